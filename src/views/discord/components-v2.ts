// Components V2: how a draft reads when sent with the IS_COMPONENTS_V2 flag, as plain shapes (no
// discord.js; the reply helper turns them into API components). Discord hides embeds from anyone
// who turned off "show embeds and link previews", so a quote in an embed is a blank message to
// them; every draft with embeds is therefore sent this way instead. Each embed becomes a card (a
// Container with its colour) of Text Displays: author, title and description above a thin divider,
// then the fields and the footer. Everything is stacked line by line, never side by side (no
// inline fields, no code blocks or tables for layout), so it reads the same on a narrow phone and
// to a screen reader. The draft's content is a text display above the cards, its buttons action
// rows below them.
import type { ButtonDraft, EmbedDraft, EmbedFieldDraft, MessageDraft } from './draft-shapes.js';

export interface TextBlock {
  readonly kind: 'text';
  readonly content: string;
}

/** A thin divider between an embed's text and its fields. */
export interface SeparatorBlock {
  readonly kind: 'separator';
}

/** One embed as a Container: its colour as the accent, its text displays and divider inside. */
export interface CardBlock {
  readonly kind: 'card';
  readonly accentColor?: number;
  readonly parts: readonly (TextBlock | SeparatorBlock)[];
}

export interface ButtonRowBlock {
  readonly kind: 'buttons';
  readonly buttons: readonly ButtonDraft[];
}

/** A top-level component of a Components V2 message. */
export type Block = TextBlock | CardBlock | ButtonRowBlock;

/**
 * Whether a draft is sent as Components V2: every draft with embeds is (they would be blank to
 * readers who hide embeds); plain short notices stay content-only, which every client shows.
 * A message already sent as V2 stays V2 whatever replaces it (the reply helper sees to that).
 */
export function usesComponentsV2(draft: Pick<MessageDraft, 'embeds'>): boolean {
  return (draft.embeds ?? []).length > 0;
}

/** The most components one card takes: its container, two text displays and the divider between. */
export const CARD_COMPONENTS_MAX = 4;

/** Text displays join an embed's pieces one per line: each piece costs its line and one line break. */
export const LINE_BREAK = '\n';

/** Small grey text (Discord's `-# ` subtext), one marker per line so every line of it stays small. */
const subtext = (text: string): string =>
  text
    .split('\n')
    .map((line) => `-# ${line}`)
    .join('\n');

export const authorLine = (name: string): string => subtext(name);
export const titleLine = (title: string): string => `### ${title.replaceAll('\n', ' ')}`;
export const footerLine = (text: string): string => subtext(text);

/** A blank name (Discord's zero-width stand-in included) shows the value alone. */
const isBlank = (text: string): boolean => text.replaceAll('\u200b', '').trim() === '';

/**
 * A field as one labelled line, e.g. "**Cite as:** `Yokote, …`": its name in bold with a colon,
 * so a screen reader, which does not announce bold, still hears "Cite as:" before the value.
 */
export function fieldLine(field: EmbedFieldDraft): string {
  if (isBlank(field.name)) return field.value;
  const label = /[:：]\s*$/.test(field.name) ? field.name.trimEnd() : `${field.name}:`;
  return `**${label}** ${field.value}`;
}

const joinLines = (lines: readonly string[]): string => lines.filter((line) => !isBlank(line)).join(LINE_BREAK);

/** An embed as a card; undefined for an embed with no text at all (a container cannot be empty). */
export function cardOf(embed: EmbedDraft): CardBlock | undefined {
  const head = joinLines([
    ...(embed.author === undefined ? [] : [authorLine(embed.author.name)]),
    ...(embed.title === undefined ? [] : [titleLine(embed.title)]),
    ...(embed.description === undefined ? [] : [embed.description]),
  ]);
  const tail = joinLines([...(embed.fields ?? []).map(fieldLine), ...(embed.footer === undefined ? [] : [footerLine(embed.footer.text)])]);
  const parts: (TextBlock | SeparatorBlock)[] = [];
  if (head !== '') parts.push({ kind: 'text', content: head });
  if (head !== '' && tail !== '') parts.push({ kind: 'separator' });
  if (tail !== '') parts.push({ kind: 'text', content: tail });
  if (parts.length === 0) return undefined;
  return { kind: 'card', ...(embed.color === undefined ? {} : { accentColor: embed.color }), parts };
}

/** A draft as the top-level components of a V2 message: its content, its embeds as cards, its button rows. */
export function blocksOf(draft: Pick<MessageDraft, 'content' | 'embeds' | 'buttons'>): Block[] {
  const blocks: Block[] = [];
  if (draft.content !== undefined && !isBlank(draft.content)) blocks.push({ kind: 'text', content: draft.content });
  for (const embed of draft.embeds ?? []) {
    const card = cardOf(embed);
    if (card !== undefined) blocks.push(card);
  }
  for (const row of draft.buttons ?? []) if (row.length > 0) blocks.push({ kind: 'buttons', buttons: row });
  return blocks;
}

/** Every text display of the blocks, in reading order. */
export function textsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'text') return [block.content];
    if (block.kind === 'card') return block.parts.flatMap((part) => (part.kind === 'text' ? [part.content] : []));
    return [];
  });
}

/** The characters that count towards a V2 message's 4000: every text display's. */
export function blocksTextLength(blocks: readonly Block[]): number {
  return textsOf(blocks).reduce((sum, text) => sum + text.length, 0);
}

/** The components that count towards a V2 message's 40: nested ones too. */
export function blocksComponentCount(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + 1 + (block.kind === 'card' ? block.parts.length : block.kind === 'buttons' ? block.buttons.length : 0), 0);
}

/** The V2 text of an embed, as a card would show it (0 for an empty embed). */
export function cardTextLength(embed: EmbedDraft): number {
  const card = cardOf(embed);
  return card === undefined ? 0 : blocksTextLength([card]);
}
