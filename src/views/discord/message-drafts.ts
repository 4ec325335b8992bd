// Message drafts (their shapes are in draft-shapes.ts, re-exported here for the commands) and
// fitMessage / fitChoices, which make any draft fit Discord's limits. The reply helper sends them;
// a draft with embeds goes out as Components V2 (components-v2.ts), its embeds as cards.
import { blocksComponentCount, blocksOf, blocksTextLength, type Block } from './components-v2.js';
import type { ChoiceDraft, EmbedDraft, MessageDraft } from './draft-shapes.js';
import { LIMITS } from './limits.js';
import { MIN_BUDGET, truncateMarkdown, truncatePlain } from './text-cutting.js';

export type { ButtonDraft, ButtonTone, ChoiceDraft, EmbedDraft, EmbedFieldDraft, MessageDraft, MessagePart } from './draft-shapes.js';

/** The characters of an embed that count towards the 6000 total. */
export function embedLength(embed: EmbedDraft): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

export function messageEmbedLength(embeds: readonly EmbedDraft[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

// Discord refuses an empty field name or value; a zero-width space is its documented stand-in.
const BLANK = '\u200b';
export const nonEmpty = (text: string): string => (text.trim() === '' ? BLANK : text);

function fitEmbed(embed: EmbedDraft): EmbedDraft {
  const fitted: {
    -readonly [K in keyof EmbedDraft]: EmbedDraft[K];
  } = { ...embed };
  if (embed.title !== undefined) fitted.title = truncateMarkdown(embed.title, LIMITS.title);
  if (embed.description !== undefined) fitted.description = truncateMarkdown(embed.description, LIMITS.description);
  if (embed.author !== undefined) fitted.author = { name: truncatePlain(embed.author.name, LIMITS.authorName) };
  if (embed.footer !== undefined) fitted.footer = { text: truncatePlain(embed.footer.text, LIMITS.footer) };
  if (embed.fields !== undefined) {
    fitted.fields = embed.fields.slice(0, LIMITS.fields).map((field) => ({
      ...field,
      name: nonEmpty(truncateMarkdown(field.name, LIMITS.fieldName)),
      value: nonEmpty(truncateMarkdown(field.value, LIMITS.fieldValue)),
    }));
  }
  return fitted;
}

/**
 * Keeps a message within Components V2's limits, which every draft with embeds is sent under
 * (components-v2.ts): at most 40 components and 4000 characters of text in all. Drops trailing
 * embeds (then button rows) while there are too many components; then trailing embeds, then the
 * last one's fields, while there is too much text; then shortens the longest texts. A safety net
 * for our own labels and notices only: quotes come from layoutQuote already within every limit,
 * so this never touches them (tests check that fitting a laid-out quote changes nothing).
 */
function fitComponentsV2(draft: MessageDraft): MessageDraft {
  let fitted: { -readonly [K in keyof MessageDraft]: MessageDraft[K] } = { ...draft };
  const embeds = [...(draft.embeds ?? [])];
  const buttons = [...(draft.buttons ?? [])];
  const blocks = (): Block[] => blocksOf({ ...fitted, embeds, buttons });
  const overComponents = (): boolean => blocksComponentCount(blocks()) > LIMITS.v2Components;
  const excessText = (): number => blocksTextLength(blocks()) - LIMITS.v2Text;
  while (overComponents() && embeds.length > 1) embeds.pop();
  while (overComponents() && buttons.length > 0) buttons.pop();
  while (excessText() > 0 && embeds.length > 1) embeds.pop();
  const last = embeds.length - 1;
  let embed = embeds[last];
  while (embed !== undefined && excessText() > 0 && (embed.fields ?? []).length > 0) {
    embed = { ...embed, fields: (embed.fields ?? []).slice(0, -1) };
    embeds[last] = embed;
  }
  // Shorten what is left, longest first: the description, the content, then the short labels.
  const shorten = (text: string): string => truncateMarkdown(text, Math.max(MIN_BUDGET, text.length - excessText()));
  if (embed !== undefined && embed.description !== undefined && excessText() > 0) embeds[last] = embed = { ...embed, description: shorten(embed.description) };
  if (fitted.content !== undefined && excessText() > 0) fitted = { ...fitted, content: shorten(fitted.content) };
  if (embed !== undefined && embed.footer !== undefined && excessText() > 0) embeds[last] = embed = { ...embed, footer: { text: truncatePlain(embed.footer.text, Math.max(MIN_BUDGET, embed.footer.text.length - excessText())) } };
  if (embed !== undefined && embed.title !== undefined && excessText() > 0) embeds[last] = embed = { ...embed, title: shorten(embed.title) };
  if (embed !== undefined && embed.author !== undefined && excessText() > 0) embeds[last] = embed = { ...embed, author: { name: truncatePlain(embed.author.name, Math.max(MIN_BUDGET, embed.author.name.length - excessText())) } };
  return {
    ...fitted,
    ...(draft.embeds === undefined ? {} : { embeds }),
    ...(draft.buttons === undefined ? {} : { buttons }),
  };
}

/**
 * Makes any draft acceptable to Discord: every text within its limit (cut between words, pairs
 * closed), at most 10 embeds, at most 5 rows of 5 buttons, and within Components V2's 4000
 * characters and 40 components (how drafts with embeds are sent; content alone fits either way).
 * A custom id over 100 characters is a bug in its builder, so it throws rather than guess.
 */
export function fitMessage(draft: MessageDraft): MessageDraft {
  const fitted: { -readonly [K in keyof MessageDraft]: MessageDraft[K] } = { ...draft };
  if (draft.content !== undefined) fitted.content = truncateMarkdown(draft.content, LIMITS.content);
  if (draft.embeds !== undefined) fitted.embeds = draft.embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  if (draft.buttons !== undefined) {
    fitted.buttons = draft.buttons
      .filter((row) => row.length > 0)
      .slice(0, LIMITS.actionRows)
      .map((row) =>
        row.slice(0, LIMITS.buttonsPerRow).map((button) => {
          if (button.customId.length > LIMITS.customId || button.customId.length === 0) {
            throw new RangeError(`limits: custom id "${button.customId.slice(0, 40)}…" is ${button.customId.length} characters; Discord allows 1–${LIMITS.customId}`);
          }
          return { ...button, label: truncatePlain(button.label, LIMITS.buttonLabel) };
        }),
      );
  }
  return fitComponentsV2(fitted);
}

/** At most 25 autocomplete choices, names of at most 100 characters, string values of at most 100. */
export function fitChoices(choices: readonly ChoiceDraft[]): ChoiceDraft[] {
  return choices.slice(0, LIMITS.choices).map((choice) => ({
    name: truncatePlain(choice.name.trim() === '' ? String(choice.value) : choice.name, LIMITS.choiceName),
    value: typeof choice.value === 'string' ? choice.value.slice(0, LIMITS.choiceValue) : choice.value,
  }));
}


/** The draft with a line added above its content (e.g. which reading a DM used); unchanged without one. */
export function withNote(draft: MessageDraft, note: string | undefined): MessageDraft {
  if (note === undefined) return draft;
  return { ...draft, content: draft.content === undefined || draft.content === '' ? note : `${note}\n${draft.content}` };
}
