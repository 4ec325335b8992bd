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

/** One container of a V2 message as a reader sees it: its colour, its text displays, their text, its footer line. */
export interface CardText {
  readonly color: number | null;
  readonly texts: readonly string[];
  /** The text displays, one per line. */
  readonly text: string;
  /** The small last line (`-# …`, without the marker) that ends the card, if any: "Result 1 of 3", "Part 1 of 2 — …". */
  readonly footer: string | undefined;
  /** Above the divider: the small first line (`-# `), the heading (`### `), the text under it. */
  readonly author: string | undefined;
  readonly title: string | undefined;
  readonly description: string | undefined;
  /** Below the divider, line by line: the labelled lines (`**Cite as:** …`) and the footer line. */
  readonly lines: readonly string[];
}

/** Splits a card's text displays at its divider (a card without one is all head, or all lines when it starts with a label). */
function headAndTail(components: readonly { type?: unknown; content?: unknown }[]): { head: string | undefined; tail: string | undefined } {
  const divider = components.findIndex((component) => component.type === 14);
  const text = (from: number, to: number): string | undefined => {
    const texts = components.slice(from, to).flatMap((component) => (component.type === 10 && typeof component.content === 'string' ? [component.content] : []));
    return texts.length === 0 ? undefined : texts.join('\n');
  };
  if (divider !== -1) return { head: text(0, divider), tail: text(divider + 1, components.length) };
  const only = text(0, components.length);
  return only !== undefined && /^\*\*[^\n]*?:\*\* /.test(only) ? { head: undefined, tail: only } : { head: only, tail: undefined };
}

/** The containers (cards) of a V2 message, in order. */
export function cardsOf(message: Pick<StoredMessage, 'components'>): CardText[] {
  return message.components.flatMap((component) => {
    if (component.type !== 17) return [];
    const texts = textDisplaysIn(component.components);
    const last = texts.at(-1) ?? '';
    const lastLine = last.split('\n').at(-1) ?? '';
    // An author line (also `-# `) opens a card and is never its only line, so a last `-# ` line is the footer.
    const footer = lastLine.startsWith('-# ') && (texts.length > 1 || last.includes('\n')) ? lastLine.slice(3) : undefined;
    const { head, tail } = headAndTail(component.components as readonly { type?: unknown; content?: unknown }[]);
    const headLines = head === undefined ? [] : head.split('\n');
    const author = headLines[0]?.startsWith('-# ') === true ? headLines.shift()?.slice(3) : undefined;
    const title = headLines[0]?.startsWith('### ') === true ? headLines.shift()?.slice(4) : undefined;
    const description = headLines.length === 0 ? undefined : headLines.join('\n');
    const lines = tail === undefined ? [] : tail.split('\n');
    return [{ color: component.accent_color ?? null, texts, text: texts.join('\n'), footer, author, title, description, lines }];
  });
}

/** The line above the cards: the content of a legacy message, or a V2 message's first top-level text display. */
export function leadText(message: Pick<StoredMessage, 'content' | 'components'>): string {
  if (message.content !== '') return message.content;
  const first = message.components[0];
  return first?.type === 10 ? first.content : '';
}

/** A card read back as the embed it was drawn from (fields from its `**Name:** value` lines), for tests written against embeds. */
export interface CardAsEmbed {
  readonly title?: string;
  readonly description?: string;
  readonly author?: { readonly name: string };
  readonly footer?: { readonly text: string };
  readonly fields?: { name: string; value: string }[];
}

/**
 * The embeds of a legacy message, or a V2 message's cards read back as embeds: title, author,
 * description, the labelled lines as fields (a line that is no label continues the field above),
 * and the footer. Lets a test keep asserting what it did, on what a V2 reader sees.
 */
export function embedsOf(message: Pick<StoredMessage, 'embeds' | 'components'>): CardAsEmbed[] {
  if (message.embeds.length > 0) return message.embeds as CardAsEmbed[];
  return cardsOf(message).map((card) => {
    const lines = card.footer === undefined ? card.lines : card.lines.slice(0, -1);
    const fields: { name: string; value: string }[] = [];
    for (const line of lines) {
      const label = /^\*\*(.+?):\*\* ([\s\S]*)$/.exec(line);
      const last = fields.at(-1);
      if (label !== null) fields.push({ name: label[1] ?? '', value: label[2] ?? '' });
      else if (last !== undefined) last.value += `\n${line}`;
    }
    return {
      ...(card.title === undefined ? {} : { title: card.title }),
      ...(card.description === undefined ? {} : { description: card.description }),
      ...(card.author === undefined ? {} : { author: { name: card.author } }),
      ...(card.footer === undefined ? {} : { footer: { text: card.footer } }),
      ...(fields.length === 0 ? {} : { fields }),
    };
  });
}
