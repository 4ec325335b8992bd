// "Check quote" (right-click a message > Apps): is each quotation in the message the essay's own
// words? Privately: exact (where, how to cite), nearly (the differences), or not found. In an open
// debate's thread the result offers "Post to thread", which posts it there, credited by name.
import { ApplicationCommandType, ContextMenuCommandBuilder, type BaseInteraction, type ButtonInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { checkMessageQuotes } from '../src/answers/quote-check.js';
import { hasWords } from '../src/answers/quotes-in-message.js';
import type { HandlerReport, MessageCommand } from '../src/discord/command.js';
import type { CommandContext } from '../src/discord/context.js';
import { takeCooldown } from '../src/discord/cooldown-gate.js';
import { displayNameOf } from '../src/discord/members.js';
import { textOfMessage } from '../src/discord/message-text.js';
import { currentReadingOf } from '../src/discord/readings.js';
import { deferAnswer, reply, replyPrivately } from '../src/discord/reply.js';
import { UNKNOWN_BUTTON } from '../src/discord/router.js';
import { askButtonId, parseQuotePostButtonId, quotePostButtonId } from '../src/views/discord/custom-ids.js';
import { CHECK_EXPIRED, NOT_YOUR_CHECK, NOTHING_TO_CHECK, renderQuoteCheckMessage, THREAD_NOT_OPEN } from '../src/views/discord/quote-check-messages.js';

/** Whether the interaction is in the thread of a debate that is open (students may post there). */
function inOpenDebate(interaction: BaseInteraction, ctx: CommandContext): boolean {
  if (interaction.guildId === null || interaction.channelId === null || ctx.debates === undefined) return false;
  return ctx.debates.debateInThread({ guildId: interaction.guildId, threadId: interaction.channelId })?.status === 'open';
}

/** The check of a message's text, against every reading, the class's current one first. */
function check(ctx: CommandContext, text: string, guildId: string | null) {
  const current = currentReadingOf(ctx, guildId);
  return checkMessageQuotes(ctx.corpus, text, current === undefined ? {} : { preferReading: current.id });
}

async function execute(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Promise<HandlerReport> {
  const text = textOfMessage(interaction.targetMessage.content);
  if (!hasWords(text)) {
    await replyPrivately(interaction, NOTHING_TO_CHECK);
    return { outcome: 'refused' };
  }
  if (!(await takeCooldown(interaction, ctx, 'check'))) return { outcome: 'cooldown', query: text };
  await deferAnswer(interaction, { ephemeral: true });
  const result = check(ctx, text, interaction.guildId);
  // The text is remembered (for 15 minutes, in memory) only when it may be posted to the thread.
  const postButtonId = inOpenDebate(interaction, ctx) ? quotePostButtonId(ctx.asked.remember(text, interaction.user.id, interaction.guildId)) : undefined;
  await reply(interaction, renderQuoteCheckMessage(ctx.corpus, result, { kind: 'private', ...(postButtonId === undefined ? {} : { postButtonId }) }));
  return { outcome: result.kind === 'checked' ? 'ok' : 'no-match', results: result.kind === 'checked' ? result.checks.length : 0, query: text };
}

async function handleButton(interaction: ButtonInteraction, ctx: CommandContext): Promise<HandlerReport> {
  const button = parseQuotePostButtonId(interaction.customId);
  if (button === undefined) {
    await replyPrivately(interaction, UNKNOWN_BUTTON);
    return { outcome: 'unknown' };
  }
  const checked = ctx.asked.recall(button.key);
  if (checked === undefined) {
    await replyPrivately(interaction, CHECK_EXPIRED);
    return { outcome: 'expired' };
  }
  if (checked.askedBy !== interaction.user.id || checked.guildId !== interaction.guildId) {
    await replyPrivately(interaction, NOT_YOUR_CHECK);
    return { outcome: 'refused' };
  }
  if (!inOpenDebate(interaction, ctx)) {
    await replyPrivately(interaction, THREAD_NOT_OPEN);
    return { outcome: 'refused' };
  }
  // A posted check quotes the essay into the debate, as a citation does: the same cooldown.
  if (!(await takeCooldown(interaction, ctx, 'cite'))) return { outcome: 'cooldown' };
  await deferAnswer(interaction, { ephemeral: false });
  const result = check(ctx, checked.question, interaction.guildId);
  const audience = { kind: 'public', checkedBy: displayNameOf(interaction), deleteButtonId: askButtonId({ action: 'delete', ownerId: interaction.user.id }) } as const;
  await reply(interaction, renderQuoteCheckMessage(ctx.corpus, result, audience));
  return { outcome: 'ok', results: result.kind === 'checked' ? result.checks.length : 0 };
}

export const checkQuote = {
  data: new ContextMenuCommandBuilder().setName('Check quote').setType(ApplicationCommandType.Message).toJSON(),
  buttonPrefix: 'quote',
  execute,
  handleButton,
} satisfies MessageCommand;
