// /moderate — the moderator's side of a debate: open one on a motion (with a thread), pause,
// resume, close, call the next speaker, export the record as CSV, review proposed motions,
// change the server's settings, read the teacher's digest (and export it), delete the server's data. Discord hides it from students
// (default_member_permissions = Manage Threads), and every subcommand checks again here. One
// handler per subcommand, in a file per job (open, floor, records, proposals, settings, digest).
import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { DEBATE_LIMITS } from '../../src/debate/debate-service.js';
import type { Command, HandlerReport } from '../../src/discord/command.js';
import { requireDebates, type CommandContext } from '../../src/discord/context.js';
import { mayModerateDebates } from '../../src/discord/members.js';
import { replyPrivately, suggest } from '../../src/discord/reply.js';
import { LIMITS } from '../../src/views/discord/limits.js';
import { readingChoices } from '../../src/views/discord/choices.js';
import { readingOption } from '../../src/discord/readings.js';
import { NOT_A_MODERATOR, NOT_IN_A_SERVER, UNKNOWN_SUBCOMMAND } from '../../src/views/discord/refusals.js';
import { close, next, pause, resume } from './floor.js';
import { createModerateJob, type ModerateHandler } from './job.js';
import { open } from './open.js';
import { approve, listProposals, reject } from './proposals.js';
import { deleteServerData, exportRecord } from './records.js';
import { settings } from './settings.js';
import { exportDigest, showDigest } from './digest.js';
import { QUESTION_RETENTION_DAYS } from '../../src/debate/types.js';

const data = new SlashCommandBuilder()
  .setName('moderate')
  .setDescription('Run debates on the essay (moderators)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageThreads)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('open')
      .setDescription('Open a debate on a motion, in a new thread')
      .addStringOption((option) => option.setName('motion').setDescription('The motion to debate').setRequired(true).setAutocomplete(true))
      .addStringOption((option) => option.setName('reading').setDescription('The reading whose motions to list (default: the current one)').setAutocomplete(true))
      .addIntegerOption((option) =>
        option.setName('minutes').setDescription('Close automatically after this many minutes').setMinValue(DEBATE_LIMITS.durationMinutes.min).setMaxValue(DEBATE_LIMITS.durationMinutes.max),
      )
      .addIntegerOption((option) =>
        option.setName('slowmode').setDescription('Seconds each student waits between messages').setMinValue(DEBATE_LIMITS.slowmodeSeconds.min).setMaxValue(DEBATE_LIMITS.slowmodeSeconds.max),
      ),
  )
  .addSubcommand((sub) => sub.setName('pause').setDescription('Pause the debate (locks the thread)'))
  .addSubcommand((sub) => sub.setName('resume').setDescription('Resume the debate (unlocks the thread)'))
  .addSubcommand((sub) => sub.setName('close').setDescription('Close the debate, post its summary, lock and archive the thread'))
  .addSubcommand((sub) =>
    sub
      .setName('next')
      .setDescription('Call the next student in the queue to speak')
      .addIntegerOption((option) =>
        option.setName('seconds').setDescription('Speaking time, shown as a countdown').setMinValue(DEBATE_LIMITS.speakingSeconds.min).setMaxValue(DEBATE_LIMITS.speakingSeconds.max),
      ),
  )
  .addSubcommand((sub) => sub.setName('export').setDescription('The per-student record of this debate as a CSV file'))
  .addSubcommand((sub) => sub.setName('proposals').setDescription('Motions students proposed, waiting for review'))
  .addSubcommand((sub) =>
    sub
      .setName('approve')
      .setDescription('Approve a proposed motion: it becomes one of this server’s motions')
      .addIntegerOption((option) => option.setName('proposal').setDescription('The proposal').setRequired(true).setMinValue(1).setAutocomplete(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('reject')
      .setDescription('Reject a proposed motion, with a reason the student sees')
      .addIntegerOption((option) => option.setName('proposal').setDescription('The proposal').setRequired(true).setMinValue(1).setAutocomplete(true))
      .addStringOption((option) =>
        option.setName('reason').setDescription('Why (the student sees this)').setRequired(true).setMinLength(DEBATE_LIMITS.reasonLength.min).setMaxLength(DEBATE_LIMITS.reasonLength.max),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('settings')
      .setDescription('Show or change this server’s settings')
      .addBooleanOption((option) => option.setName('ask-private').setDescription('Are /ask answers private by default?'))
      .addRoleOption((option) => option.setName('moderator-role').setDescription('A role whose members may moderate debates'))
      .addBooleanOption((option) => option.setName('clear-moderator-role').setDescription('Remove the moderator role (Manage Threads still moderates)'))
      .addChannelOption((option) => option.setName('debate-channel').setDescription('The channel where debates open (a text or forum channel)').addChannelTypes(ChannelType.GuildText, ChannelType.GuildForum))
      .addBooleanOption((option) => option.setName('clear-debate-channel').setDescription('Open debates wherever /moderate open is used'))
      .addStringOption((option) => option.setName('reading').setDescription('The reading the class is on (commands use it by default)').setAutocomplete(true))
      .addBooleanOption((option) => option.setName('keep-questions').setDescription('Keep /ask questions (never who asked) for the teacher’s digest? Off by default'))
      .addIntegerOption((option) =>
        option.setName('question-retention-days').setDescription('Days a kept question stays (default 30)').setMinValue(QUESTION_RETENTION_DAYS.min).setMaxValue(QUESTION_RETENTION_DAYS.max),
      )
      .addChannelOption((option) => option.setName('teacher-channel').setDescription('Where “Ask the teacher” posts students’ questions').addChannelTypes(ChannelType.GuildText))
      .addBooleanOption((option) => option.setName('clear-teacher-channel').setDescription('Remove the teacher channel (hides “Ask the teacher”)')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('digest')
      .setDescription('What the class asked lately: passages, unanswered questions, feedback')
      .addIntegerOption((option) => option.setName('days').setDescription('How many days back (default 7)').setMinValue(1).setMaxValue(QUESTION_RETENTION_DAYS.max)),
  )
  .addSubcommand((sub) => sub.setName('digest-export').setDescription('Every kept question as a CSV file (no names)'))
  .addSubcommand((sub) =>
    sub
      .setName('delete-server-data')
      .setDescription('Delete everything the bot stored for this server (debates, proposals, kept questions, settings)')
      .addStringOption((option) => option.setName('confirm').setDescription('Type DELETE to confirm').setRequired(true)),
  )
  .toJSON();

/** Each subcommand's handler, by the name Discord sends. */
const HANDLERS: Readonly<Record<string, ModerateHandler>> = {
  open,
  pause,
  resume,
  close,
  next,
  export: exportRecord,
  proposals: listProposals,
  approve,
  reject,
  settings,
  digest: showDigest,
  'digest-export': exportDigest,
  'delete-server-data': deleteServerData,
};

async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<HandlerReport> {
  if (!interaction.inGuild()) {
    await replyPrivately(interaction, NOT_IN_A_SERVER);
    return { outcome: 'refused' };
  }
  const job = createModerateJob(interaction, ctx, requireDebates(ctx));
  // Checked on every action, whatever Discord showed the user.
  if (!mayModerateDebates(interaction, job.debates)) return job.refuse(NOT_A_MODERATOR);
  const handler = HANDLERS[interaction.options.getSubcommand(true)];
  return handler === undefined ? job.refuse(UNKNOWN_SUBCOMMAND) : handler(job);
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const debates = ctx.debates;
  const guildId = interaction.guildId;
  if (debates === undefined || guildId === null || !mayModerateDebates(interaction, debates)) {
    await suggest(interaction, []);
    return;
  }
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'reading') {
    await suggest(interaction, readingChoices(ctx.corpus, String(focused.value), false));
    return;
  }
  if (focused.name === 'motion') {
    let reading: string | undefined;
    try {
      reading = readingOption(interaction, ctx).id;
    } catch {
      reading = undefined; // a reading typed but not (yet) a reading's id: every motion
    }
    await suggest(
      interaction,
      debates.searchMotions(guildId, String(focused.value), LIMITS.choices, reading).map((motion) => ({ name: motion.motion.replace(/^This house believes that /, ''), value: motion.id })),
    );
    return;
  }
  const typed = String(focused.value).replace(/^#/, '');
  await suggest(
    interaction,
    debates
      .pendingProposals(guildId)
      .filter((p) => typed === '' || String(p.id).startsWith(typed) || p.motion.toLowerCase().includes(typed.toLowerCase()))
      .map((p) => ({ name: `#${p.id} — ${p.motion}`, value: p.id })),
  );
}

export const moderate = {
  data,
  example: '/moderate open motion: china-reliable-partner minutes: 40',
  execute,
  autocomplete,
} satisfies Command;
