// The one way the bot speaks: every message goes through here. It fits the draft to Discord's
// limits (see views/discord/message-drafts.ts), never lets a message ping anyone, picks the right interaction call
// (reply, edit, follow-up, update) for where the interaction stands, and sends a draft's
// follow-ups (a quote too long for one message) after it, so no command can forget them.
// A draft with embeds is sent as Components V2 (views/discord/components-v2.ts: readers who hide
// embeds would see a blank message), and a message once sent as V2 is only ever edited as V2.
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  SeparatorSpacingSize,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInContainer,
  type APIEmbed,
  type APIMessageTopLevelComponent,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type Message,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import { blocksOf, usesComponentsV2, type Block, type ButtonRowBlock } from '../views/discord/components-v2.js';
import { fitChoices, fitMessage, type ButtonTone, type ChoiceDraft, type MessageDraft } from '../views/discord/message-drafts.js';
import { hasPartFooterLine, isPartFooter } from '../views/discord/quote-layout.js';

/** Nobody is ever pinged: not @everyone, not a role, not a user, not the replied-to author. */
export const NO_MENTIONS: MessageMentionOptions = Object.freeze({ parse: [], repliedUser: false });

const STYLES: Record<ButtonTone, APIButtonComponentWithCustomId['style']> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

/**
 * The discord.js message body for a draft: fitted to the limits, mentions disabled. A Components
 * V2 body has `flags` set and neither `content` nor `embeds` (V2 refuses both).
 */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  allowedMentions: MessageMentionOptions;
  flags?: MessageFlags.IsComponentsV2;
}

/** Mentions for a draft: nobody, or the one user it calls (and still nothing parsed). */
function mentionsFor(draft: MessageDraft): MessageMentionOptions {
  return draft.pingUserId === undefined ? NO_MENTIONS : { parse: [], users: [draft.pingUserId], repliedUser: false };
}

function buttonRow(buttons: ButtonRowBlock['buttons']): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: buttons.map((button) => ({
      type: ComponentType.Button,
      style: STYLES[button.tone],
      custom_id: button.customId,
      label: button.label,
      disabled: button.disabled === true,
    })),
  };
}

function v2Component(block: Block): APIMessageTopLevelComponent {
  switch (block.kind) {
    case 'text':
      return { type: ComponentType.TextDisplay, content: block.content };
    case 'buttons':
      return buttonRow(block.buttons);
    case 'card':
      return {
        type: ComponentType.Container,
        ...(block.accentColor === undefined ? {} : { accent_color: block.accentColor }),
        components: block.parts.map(
          (part): APIComponentInContainer =>
            part.kind === 'text' ? { type: ComponentType.TextDisplay, content: part.content } : { type: ComponentType.Separator, divider: true, spacing: SeparatorSpacingSize.Small },
        ),
      };
  }
}

export interface BodyOptions {
  /** Send as Components V2 even without embeds: the message it replaces was V2, and V2 cannot be undone. */
  readonly componentsV2?: boolean;
}

export function toMessageBody(draft: MessageDraft, options: BodyOptions = {}): MessageBody {
  const fitted = fitMessage(draft);
  if (options.componentsV2 === true || usesComponentsV2(fitted)) {
    return { components: blocksOf(fitted).map(v2Component), allowedMentions: mentionsFor(draft), flags: MessageFlags.IsComponentsV2 };
  }
  return {
    ...(fitted.content !== undefined && fitted.content !== '' ? { content: fitted.content } : {}),
    embeds: (fitted.embeds ?? []).map((embed): APIEmbed => {
      const { fields, author, footer, ...rest } = embed;
      return {
        ...rest,
        ...(author !== undefined ? { author: { name: author.name } } : {}),
        ...(footer !== undefined ? { footer: { text: footer.text } } : {}),
        ...(fields !== undefined ? { fields: fields.map((field) => ({ ...field })) } : {}),
      };
    }),
    components: (fitted.buttons ?? []).filter((row) => row.length > 0).map(buttonRow),
    allowedMentions: mentionsFor(draft),
  };
}

type NewMessageFlag = MessageFlags.Ephemeral | MessageFlags.IsComponentsV2;

/** The flags of a new message: private or not, V2 or not (both may be set together). */
function flagsFor(draft: MessageDraft, body: MessageBody): { flags?: NewMessageFlag[] } {
  const flags: NewMessageFlag[] = [...(draft.ephemeral === true ? [MessageFlags.Ephemeral as const] : []), ...(body.flags === undefined ? [] : [body.flags])];
  return flags.length === 0 ? {} : { flags };
}

/**
 * The body of an edit replacing a message's whole text. A legacy body clears what the old one
 * had (content, embeds). A V2 body sends no content or embeds, except that converting a message
 * that was not V2 (a deferred placeholder, or a message from before V2) clears them explicitly.
 */
function editBody(body: MessageBody, wasComponentsV2: boolean): MessageBody {
  if (body.flags === undefined) return { ...body, content: body.content ?? '', embeds: body.embeds ?? [] };
  return wasComponentsV2 ? body : { ...body, content: '', embeds: [] };
}

/** Whether a message was sent as Components V2 (so every edit of it must be V2 too). */
export function isComponentsV2Message(message: Pick<Message, 'flags'>): boolean {
  return message.flags.has(MessageFlags.IsComponentsV2);
}

/** Every text display of a message, nested ones included, in order. */
export function textDisplaysOf(message: Pick<Message, 'components'>): string[] {
  const texts: string[] = [];
  const visit = (component: unknown): void => {
    if (typeof component !== 'object' || component === null) return;
    const data = component as { type?: unknown; content?: unknown; components?: unknown };
    if (data.type === ComponentType.TextDisplay && typeof data.content === 'string') texts.push(data.content);
    if (Array.isArray(data.components)) data.components.forEach(visit);
  };
  for (const component of message.components) visit(component.toJSON());
  return texts;
}

/** True when a message is one part of a post in several (its footer, or its last line in V2, says so). */
function isPartOfSeveral(message: Pick<Message, 'embeds' | 'components'>): boolean {
  return message.embeds.some((embed) => isPartFooter(embed.footer?.text)) || hasPartFooterLine(textDisplaysOf(message));
}

// Interactions we deferred with a public "thinking…" placeholder: a private message cannot
// replace it (visibility is fixed at the first response), so it is deleted instead.
const publicPlaceholders = new WeakSet<RepliableInteraction>();

/**
 * Acknowledges now and answers later (Discord allows 3 s for the first response, 15 min for
 * the rest). The visibility chosen here is the answer's visibility.
 */
export async function deferAnswer(interaction: RepliableInteraction, options: { readonly ephemeral: boolean }): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  if (!options.ephemeral) publicPlaceholders.add(interaction);
}

/**
 * Sends a new message answering the interaction: the first response, the deferred response,
 * or a follow-up, whichever is due; then the draft's follow-ups, in order, with its visibility.
 * A private draft after a public deferral becomes a private follow-up and the placeholder is
 * removed.
 */
export async function reply(interaction: RepliableInteraction, draft: MessageDraft): Promise<void> {
  await send(interaction, draft);
  for (const part of draft.followUps ?? []) await send(interaction, { ...part, ephemeral: draft.ephemeral === true });
}

async function send(interaction: RepliableInteraction, draft: MessageDraft): Promise<void> {
  const body = toMessageBody(draft);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...body, ...flagsFor(draft, body) });
    return;
  }
  const deferredNotAnswered = interaction.deferred && !interaction.replied;
  const deferredPublicly = publicPlaceholders.has(interaction);
  const deferredPrivately = deferredNotAnswered && interaction.ephemeral === true;
  if (deferredNotAnswered && (deferredPrivately || (deferredPublicly && draft.ephemeral !== true))) {
    publicPlaceholders.delete(interaction);
    // The "thinking…" placeholder is not V2; the answer that replaces it may become V2.
    await interaction.editReply(editBody(body, false));
    return;
  }
  await interaction.followUp({ ...body, ...flagsFor(draft, body) });
  if (deferredNotAnswered && deferredPublicly) {
    publicPlaceholders.delete(interaction);
    // Best effort: if it fails, an empty "thinking…" remains, which Discord expires itself.
    await interaction.deleteReply().catch(() => undefined);
  }
}

/** A short private message: notices, refusals, errors. */
export async function replyPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  await reply(interaction, { content: text, ephemeral: true });
}

/**
 * Answers a button on its own message: a private message is replaced in place (only its owner
 * sees it); a public one is left alone and the clicker gets the answer privately, so one
 * student's click never changes what the class sees. An answer in several messages, or a
 * click on one part of several, arrives as new private messages instead: replacing one part
 * would leave its sibling parts quoting a paragraph with a hole in it.
 */
export async function replyToButton(interaction: ButtonInteraction, draft: MessageDraft): Promise<void> {
  const onPrivateMessage = interaction.message.flags.has(MessageFlags.Ephemeral);
  const onePart = (draft.followUps ?? []).length === 0 && !isPartOfSeveral(interaction.message);
  if (!onPrivateMessage || !onePart) {
    await reply(interaction, { ...draft, ephemeral: true });
    return;
  }
  // A V2 message stays V2 (Discord cannot take the flag back), even for a short notice.
  const wasComponentsV2 = isComponentsV2Message(interaction.message);
  const edit = editBody(toMessageBody(draft, { componentsV2: wasComponentsV2 }), wasComponentsV2);
  if (interaction.deferred || interaction.replied) await interaction.editReply(edit);
  else await interaction.update(edit);
}

/** How far back Delete looks for the other parts of a post (a post is at most a few messages). */
const PART_LOOKBACK = 10;

/**
 * Delete on a public post: removes the clicked message and every other part of the same post.
 * The parts of one post answer one interaction, so they carry its id (interaction metadata):
 * the bot's messages just before the clicked one with that id are its parts. Nothing is kept in
 * memory, so this works after a restart too. The clicked part goes through the interaction's
 * own webhook; the others are the bot's own messages, which it may always delete.
 */
export async function deletePost(interaction: ButtonInteraction): Promise<void> {
  await interaction.deferUpdate();
  const clicked = interaction.message;
  const origin = clicked.interactionMetadata?.id;
  const botId = interaction.client.user.id;
  const siblings = [];
  if (origin !== undefined) {
    try {
      const channel = interaction.channel ?? (await interaction.client.channels.fetch(interaction.channelId));
      if (channel !== null && 'messages' in channel) {
        const before = await channel.messages.fetch({ before: clicked.id, limit: PART_LOOKBACK });
        siblings.push(...before.filter((message) => message.id !== clicked.id && message.author.id === botId && message.interactionMetadata?.id === origin).values());
      }
    } catch {
      // Without Read Message History only the clicked part can go: still better than nothing.
    }
  }
  await interaction.deleteReply();
  for (const message of siblings) await message.delete().catch(() => undefined);
}

/** Acknowledges a button whose answer takes work: in place on a private message, privately otherwise. */
export async function deferButton(interaction: ButtonInteraction): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  if (interaction.message.flags.has(MessageFlags.Ephemeral)) await interaction.deferUpdate();
  else await deferAnswer(interaction, { ephemeral: true });
}

/** Autocomplete answers (at most 25 choices, names of at most 100 characters). */
export async function suggest(interaction: AutocompleteInteraction, choices: readonly ChoiceDraft[]): Promise<void> {
  if (interaction.responded) return;
  await interaction.respond(fitChoices(choices));
}
