// The shapes of what a command sends (content, embeds, buttons, follow-ups, autocomplete
// choices), mirroring Discord's JSON so no discord.js import is needed. Types only: the fitting
// (message-drafts.ts) and the Components V2 form (components-v2.ts) both build on them.
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
