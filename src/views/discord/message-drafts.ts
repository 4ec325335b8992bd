// Message drafts: the shapes of what a command sends (content, embeds, buttons, follow-ups,
// autocomplete choices), mirroring Discord's JSON so no discord.js import is needed, and
// fitMessage / fitChoices, which make any draft fit Discord's limits. The reply helper sends them.
import { LIMITS } from './limits.js';
import { MIN_BUDGET, truncateMarkdown, truncatePlain } from './text-cutting.js';

export interface EmbedFieldDraft {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

export interface EmbedDraft {
  readonly title?: string;
  readonly description?: string;
  readonly url?: string;
  readonly color?: number;
  readonly author?: { readonly name: string };
  readonly fields?: readonly EmbedFieldDraft[];
  readonly footer?: { readonly text: string };
}

export type ButtonTone = 'primary' | 'secondary' | 'success' | 'danger';

export interface ButtonDraft {
  readonly customId: string;
  readonly label: string;
  readonly tone: ButtonTone;
  readonly disabled?: boolean;
}

/** What a command wants to say; the reply helper turns it into a discord.js payload. */
export interface MessageDraft {
  readonly content?: string;
  readonly embeds?: readonly EmbedDraft[];
  /** Rows of buttons. */
  readonly buttons?: readonly (readonly ButtonDraft[])[];
  /** Only the person who used the command sees it. */
  readonly ephemeral?: boolean;
  /**
   * The one user this message may ping (a speaker the moderator calls): the reply helper allows
   * that user alone; @everyone, roles and every other user stay unpingable. Default: nobody.
   */
  readonly pingUserId?: string;
  /**
   * Messages that continue this one when what it quotes is too long for one message (see
   * layoutQuote): the reply helper sends them in order, as follow-ups with this one's visibility.
   */
  readonly followUps?: readonly MessagePart[];
}

/** A follow-up of a draft: everything but the visibility (the first message's) and further follow-ups. */
export type MessagePart = Omit<MessageDraft, 'followUps' | 'ephemeral'>;

export interface ChoiceDraft {
  readonly name: string;
  readonly value: string | number;
}

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
 * Keeps the embeds within the 6000-character total: drops trailing embeds, then fields, then
 * shortens. A safety net for our own labels and notices only: quotes come from layoutQuote
 * already within every limit, so this never touches them (tests check that fitting a laid-out
 * quote changes nothing).
 */
function fitEmbedTotal(embeds: readonly EmbedDraft[]): EmbedDraft[] {
  const kept = [...embeds];
  while (kept.length > 1 && messageEmbedLength(kept) > LIMITS.embedTotal) kept.pop();
  const only = kept[0];
  if (only === undefined || messageEmbedLength(kept) <= LIMITS.embedTotal) return kept;
  const fields = [...(only.fields ?? [])];
  let embed: EmbedDraft = only;
  while (fields.length > 0 && embedLength(embed) > LIMITS.embedTotal) {
    fields.pop();
    embed = { ...embed, fields: [...fields] };
  }
  const excess = embedLength(embed) - LIMITS.embedTotal;
  if (excess > 0 && embed.description !== undefined) {
    embed = { ...embed, description: truncateMarkdown(embed.description, Math.max(MIN_BUDGET, embed.description.length - excess)) };
  }
  return [embed];
}

/**
 * Makes any draft acceptable to Discord: every text within its limit (cut between words, pairs
 * closed), at most 10 embeds and 6000 characters across them, at most 5 rows of 5 buttons.
 * A custom id over 100 characters is a bug in its builder, so it throws rather than guess.
 */
export function fitMessage(draft: MessageDraft): MessageDraft {
  const fitted: { -readonly [K in keyof MessageDraft]: MessageDraft[K] } = { ...draft };
  if (draft.content !== undefined) fitted.content = truncateMarkdown(draft.content, LIMITS.content);
  if (draft.embeds !== undefined) fitted.embeds = fitEmbedTotal(draft.embeds.slice(0, LIMITS.embeds).map(fitEmbed));
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
  return fitted;
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
