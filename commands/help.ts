// /help — what the bot does, the reading(s) it knows (which is current), and each command with an
// example; moderators also see the reading files that were left out as broken. It also says, in
// plain words, whether this server keeps the questions asked (and for how long), and how to reach
// the message commands (right-click or long-press a message > Apps), which cannot be typed.
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { renderHelpMessage, type MessageCommandHelp } from '../src/views/discord/answer-messages.js';
import { reply } from '../src/discord/reply.js';
import { describeReadingProblem } from '../src/corpus/load-corpus.js';
import { mayModerateDebates } from '../src/discord/members.js';
import { currentReadingOf } from '../src/discord/readings.js';
import { questionKeepingNote, withPrivacyNote } from '../src/views/discord/digest-messages.js';
import type { CommandContext } from '../src/discord/context.js';
import { checkQuote } from './check-quote.js';
import { findInEssay } from './find-in-essay.js';

/** The message commands, named as their definitions name them, with what each does to a message. */
const MESSAGE_COMMANDS: readonly MessageCommandHelp[] = [
  { name: findInEssay.data.name, does: 'the essay’s paragraphs that answer it, as `/ask` would, privately.' },
  { name: checkQuote.data.name, does: 'whether each quotation in it is the essay’s own words, and where; privately.' },
];

/** Whether and how long this server keeps questions (for the note students read); undefined in a DM. */
function keepingSettings(guildId: string | null, ctx: CommandContext): { keepQuestions: boolean; questionRetentionDays: number } | undefined {
  if (guildId === null) return undefined;
  try {
    return ctx.debates?.getSettings(guildId) ?? { keepQuestions: false, questionRetentionDays: 0 };
  } catch (err) {
    ctx.log.warn({ err }, 'could not read whether the server keeps questions; /help says it does not');
    return { keepQuestions: false, questionRetentionDays: 0 };
  }
}

export const help = {
  data: new SlashCommandBuilder().setName('help').setDescription('What this bot does and how to use it').toJSON(),
  example: '/help',
  async execute(interaction, ctx) {
    const current = currentReadingOf(ctx, interaction.guildId)?.id;
    let moderator = false;
    try {
      moderator = mayModerateDebates(interaction, ctx.debates);
    } catch (err) {
      ctx.log.warn({ err }, 'could not tell whether the member moderates; /help shows the student view');
    }
    // Students see only the readings that work; the file and line of a broken one are for moderators.
    const problems = moderator ? (ctx.corpus.problems ?? []).map(describeReadingProblem) : [];
    const draft = renderHelpMessage(ctx.corpus, ctx.commands, { ...(current === undefined ? {} : { current }), problems, messageCommands: MESSAGE_COMMANDS, commandIds: ctx.commandIds.forGuild(interaction.guildId) });
    await reply(interaction, withPrivacyNote(draft, questionKeepingNote(keepingSettings(interaction.guildId, ctx))));
    return { outcome: 'ok' };
  },
} satisfies Command;
