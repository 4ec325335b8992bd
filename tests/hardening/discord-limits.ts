// One assertion that a message body respects every one of Discord's documented message limits.
// The limits are the tests' one independent copy (tests/support/fake-discord/message-limits.ts),
// never imported from the code under test.
import { expect } from 'vitest';
import { MESSAGE_LIMITS } from '../support/fake-discord/message-limits.js';
import { textDisplaysIn } from '../support/fake-discord/message-text.js';

/** The same numbers under the names these checks use; written out once, in the fake Discord. */
export const DISCORD = { ...MESSAGE_LIMITS, authorName: MESSAGE_LIMITS.author, rows: MESSAGE_LIMITS.actionRows } as const;

/** The parts of a message body these checks read (what reply.ts hands discord.js). */
export interface BodyToCheck {
  readonly content?: string | undefined;
  readonly embeds?: readonly {
    readonly title?: string | undefined;
    readonly description?: string | undefined;
    readonly author?: { readonly name: string } | undefined;
    readonly footer?: { readonly text: string } | undefined;
    readonly fields?: readonly { readonly name: string; readonly value: string }[] | undefined;
  }[];
  /** Action rows of buttons; in a Components V2 body also text displays and containers. */
  readonly components: readonly object[];
  readonly allowedMentions: { readonly parse?: readonly string[] | undefined };
  /** 1 << 15 for a Components V2 body. */
  readonly flags?: number | undefined;
}

const V2_FLAG = 1 << 15;

interface ComponentToCheck {
  readonly type?: number;
  readonly content?: string;
  readonly label?: string;
  readonly custom_id?: string;
  readonly components?: readonly ComponentToCheck[];
}

/** Every component, nested ones included (what Discord counts towards a V2 message's 40). */
function allComponents(components: readonly ComponentToCheck[]): ComponentToCheck[] {
  return components.flatMap((component) => [component, ...allComponents(component.components ?? [])]);
}

/** A Components V2 body: no content or embeds, text displays of 1–4000 characters and 4000 in all, 40 components, rows of 1–5 buttons. */
function expectWithinComponentsV2Limits(body: BodyToCheck): void {
  expect(body.content ?? '').toBe('');
  expect(body.embeds ?? []).toEqual([]);
  const components = body.components as readonly ComponentToCheck[];
  expect(allComponents(components).length).toBeLessThanOrEqual(DISCORD.v2Components);
  const texts = textDisplaysIn(components);
  for (const text of texts) expect(text.trim().length, 'a text display is never blank').toBeGreaterThan(0);
  expect(texts.reduce((sum, text) => sum + text.length, 0)).toBeLessThanOrEqual(DISCORD.v2Text);
  for (const component of allComponents(components)) {
    if (component.type === 17) expect((component.components ?? []).length).toBeGreaterThan(0);
    if (component.type === 1) {
      expect((component.components ?? []).length).toBeGreaterThan(0);
      expect((component.components ?? []).length).toBeLessThanOrEqual(DISCORD.buttonsPerRow);
    }
    if (component.type === 2) {
      expect((component.label ?? '').length).toBeLessThanOrEqual(DISCORD.buttonLabel);
      expect((component.custom_id ?? '').length).toBeGreaterThan(0);
      expect((component.custom_id ?? '').length).toBeLessThanOrEqual(DISCORD.customId);
    }
  }
}

/** Fails with the offending part when a body breaks any of Discord's limits or could ping. */
export function expectWithinDiscordLimits(body: BodyToCheck): void {
  expect(body.allowedMentions.parse).toEqual([]);
  if (((body.flags ?? 0) & V2_FLAG) !== 0) {
    expectWithinComponentsV2Limits(body);
    return;
  }
  const embeds = body.embeds ?? [];
  if (body.content !== undefined) expect(body.content.length).toBeLessThanOrEqual(DISCORD.content);
  expect(embeds.length).toBeLessThanOrEqual(DISCORD.embeds);
  let total = 0;
  for (const embed of embeds) {
    const title = embed.title ?? '';
    const description = embed.description ?? '';
    const author = embed.author?.name ?? '';
    const footer = embed.footer?.text ?? '';
    expect(title.length).toBeLessThanOrEqual(DISCORD.title);
    expect(description.length).toBeLessThanOrEqual(DISCORD.description);
    expect(author.length).toBeLessThanOrEqual(DISCORD.authorName);
    expect(footer.length).toBeLessThanOrEqual(DISCORD.footer);
    total += title.length + description.length + author.length + footer.length;
    const fields = embed.fields ?? [];
    expect(fields.length).toBeLessThanOrEqual(DISCORD.fields);
    for (const field of fields) {
      expect(field.name.length, `field name "${field.name.slice(0, 40)}"`).toBeLessThanOrEqual(DISCORD.fieldName);
      expect(field.value.length, `field value "${field.value.slice(0, 40)}"`).toBeLessThanOrEqual(DISCORD.fieldValue);
      // Discord refuses an empty (or blank) field name or value.
      expect(field.name.trim()).not.toBe('');
      expect(field.value.trim()).not.toBe('');
      total += field.name.length + field.value.length;
    }
  }
  expect(total).toBeLessThanOrEqual(DISCORD.embedTotal);
  expect(body.components.length).toBeLessThanOrEqual(DISCORD.rows);
  for (const row of body.components as readonly ComponentToCheck[]) {
    expect(row.type).toBe(1);
    const buttons = row.components ?? [];
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThanOrEqual(DISCORD.buttonsPerRow);
    for (const button of buttons) {
      expect((button.label ?? '').length).toBeLessThanOrEqual(DISCORD.buttonLabel);
      expect((button.custom_id ?? '').length).toBeGreaterThan(0);
      expect((button.custom_id ?? '').length).toBeLessThanOrEqual(DISCORD.customId);
    }
  }
}

/** True when `needle` occurs in `text` not preceded by an unescaped backslash (so Discord would read it). */
export function occursUnescaped(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    let backslashes = 0;
    for (let i = at - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return true;
  }
  return false;
}
