// One assertion that a message body respects every one of Discord's documented message limits.
// The limits are the tests' one independent copy (tests/support/fake-discord/message-limits.ts),
// never imported from the code under test.
import { expect } from 'vitest';
import { MESSAGE_LIMITS } from '../support/fake-discord/message-limits.js';

/** The same numbers under the names these checks use; written out once, in the fake Discord. */
export const DISCORD = { ...MESSAGE_LIMITS, authorName: MESSAGE_LIMITS.author, rows: MESSAGE_LIMITS.actionRows } as const;

/** The parts of a message body these checks read (what reply.ts hands discord.js). */
export interface BodyToCheck {
  readonly content?: string | undefined;
  readonly embeds: readonly {
    readonly title?: string | undefined;
    readonly description?: string | undefined;
    readonly author?: { readonly name: string } | undefined;
    readonly footer?: { readonly text: string } | undefined;
    readonly fields?: readonly { readonly name: string; readonly value: string }[] | undefined;
  }[];
  readonly components: readonly { readonly components: readonly { readonly label?: string | undefined; readonly custom_id: string }[] }[];
  readonly allowedMentions: { readonly parse?: readonly string[] | undefined };
}

/** Fails with the offending part when a body breaks any of Discord's limits or could ping. */
export function expectWithinDiscordLimits(body: BodyToCheck): void {
  expect(body.allowedMentions.parse).toEqual([]);
  if (body.content !== undefined) expect(body.content.length).toBeLessThanOrEqual(DISCORD.content);
  expect(body.embeds.length).toBeLessThanOrEqual(DISCORD.embeds);
  let total = 0;
  for (const embed of body.embeds) {
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
  for (const row of body.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(DISCORD.buttonsPerRow);
    for (const button of row.components) {
      expect((button.label ?? '').length).toBeLessThanOrEqual(DISCORD.buttonLabel);
      expect(button.custom_id.length).toBeGreaterThan(0);
      expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD.customId);
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
