/**
 * What a stored message shows as text, for tests: its content and every Text Display of a
 * Components V2 message (nested in containers and sections too), in reading order. Tests assert
 * on what a reader sees, whether the bot sent it as content, embeds or V2 components.
 */
import type { StoredMessage } from './world.js';

/** Every Text Display's content in a list of components (walking containers and sections). */
export function textDisplaysIn(components: unknown): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const component = value as { type?: unknown; content?: unknown; components?: unknown };
      if (component.type === 10 && typeof component.content === 'string') texts.push(component.content);
      visit(component.components);
    }
  };
  visit(components);
  return texts;
}

/** A message's Text Displays, in order (empty for a message without Components V2). */
export function textDisplays(message: Pick<StoredMessage, 'components'>): string[] {
  return textDisplaysIn(message.components);
}

/**
 * All the text a reader sees: the content, each embed's author, title, description, fields
 * (`name: value`) and footer, and each text display, one per line. V2 messages carry their text
 * in text displays only; legacy ones in content and embeds.
 */
export function messageText(message: Pick<StoredMessage, 'content' | 'embeds' | 'components'>): string {
  const embedTexts = message.embeds.flatMap((embed) => [
    ...(embed.author?.name === undefined ? [] : [embed.author.name]),
    ...(embed.title === undefined ? [] : [embed.title]),
    ...(embed.description === undefined ? [] : [embed.description]),
    ...(embed.fields ?? []).map((field) => `${field.name}: ${field.value}`),
    ...(embed.footer?.text === undefined ? [] : [embed.footer.text]),
  ]);
  return [message.content, ...embedTexts, ...textDisplays(message)].filter((text) => text !== '').join('\n');
}

/** The accent colours of a V2 message's containers, in order. */
export function containerColors(message: Pick<StoredMessage, 'components'>): (number | null)[] {
  return message.components.flatMap((component) => (component.type === 17 ? [component.accent_color ?? null] : []));
}
