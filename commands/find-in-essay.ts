// "Find in essay" (right-click a message > Apps): the message's text answered as /ask would answer
// it — same engine, the server's current reading (the first in a DM, said so), the same buttons —
// privately. Counts against the /ask cooldown: it runs the engine just the same.
import { ApplicationCommandType, ContextMenuCommandBuilder, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { HandlerReport, MessageCommand } from '../src/discord/command.js';
import type { CommandContext } from '../src/discord/context.js';
import { takeCooldown } from '../src/discord/cooldown-gate.js';
import { textOfMessage } from '../src/discord/message-text.js';
import { chooseReading, readingById } from '../src/discord/readings.js';
import { deferAnswer, reply, replyPrivately } from '../src/discord/reply.js';
import { hasWords } from '../src/answers/quotes-in-message.js';
import { withNote } from '../src/views/discord/message-drafts.js';
import { escapeUserText } from '../src/views/discord/user-text.js';
import { answerPage } from './ask.js';

export const NOTHING_TO_FIND = 'There is nothing to look up in this message.';

async function execute(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Promise<HandlerReport> {
  const question = textOfMessage(interaction.targetMessage.content);
  if (!hasWords(question)) {
    await replyPrivately(interaction, NOTHING_TO_FIND);
    return { outcome: 'refused' };
  }
  if (!(await takeCooldown(interaction, ctx, 'ask'))) return { outcome: 'cooldown', query: question };
  const chosen = chooseReading(ctx, interaction.guildId, null, false);
  await deferAnswer(interaction, { ephemeral: true });
  const key = ctx.asked.remember(question, interaction.user.id, interaction.guildId, chosen.id);
  const { draft, shown } = answerPage(ctx, question, { key, guildId: interaction.guildId }, 0, { kind: 'private' }, chosen.id);
  // In a DM with several readings: which one was searched, and how to search another (a menu has no `reading:`).
  const note = chosen.note === undefined ? undefined : `-# No server here, so this is the first reading, *${escapeUserText(readingById(ctx, chosen.id).title)}*; \`/ask\` with \`reading:\` searches another.`;
  await reply(interaction, withNote(draft, note));
  return { outcome: shown === 0 ? 'no-match' : 'ok', results: shown, query: question };
}

export const findInEssay = {
  data: new ContextMenuCommandBuilder().setName('Find in essay').setType(ApplicationCommandType.Message).toJSON(),
  execute,
} satisfies MessageCommand;
