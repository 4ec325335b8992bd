// /moderate — the moderator's side of a debate: open one on a motion (with a thread), pause,
// resume, close, call the next speaker, export the record as CSV, review proposed motions,
// change the server's settings, delete the server's data. Discord hides it from students
// (default_member_permissions = Manage Threads), and every subcommand checks again here.
import {
  AttachmentBuilder,
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  PermissionsBitField,
  SlashCommandBuilder,
  ThreadAutoArchiveDuration,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type PermissionsString,
} from 'discord.js';
import { DEBATE_LIMITS, type DebateService } from '../src/debate/debate-service.js';
import { debateMotionText, relativeTime, renderMotionPost, renderProposalList, renderReviewProblem, renderSettings, renderSpeakerCall, renderSummary, renderThreadWelcome } from '../src/views/discord/debate-messages.js';
import type { SettingsPatch, ThreadState } from '../src/debate/types.js';
import type { Command, HandlerReport } from '../src/discord/command.js';
import type { CommandContext } from '../src/discord/context.js';
import { isMissingPermission, syncDebateThread } from '../src/discord/debate-threads.js';
import { mayModerateDebates } from '../src/discord/members.js';
import { LIMITS } from '../src/views/discord/limits.js';
import { truncatePlain } from '../src/views/discord/text-cutting.js';
import { deferAnswer, reply, replyPrivately, suggest, toMessageBody } from '../src/discord/reply.js';
import { escapeUserText } from '../src/views/discord/user-text.js';
import { notInDebateThread, NOT_IN_A_SERVER, requireDebates } from './debate.js';

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
      .addChannelOption((option) => option.setName('debate-channel').setDescription('The channel where debates open').addChannelTypes(ChannelType.GuildText))
      .addBooleanOption((option) => option.setName('clear-debate-channel').setDescription('Open debates wherever /moderate open is used')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('delete-server-data')
      .setDescription('Delete everything the bot stored for this server (debates, records, proposals, settings)')
      .addStringOption((option) => option.setName('confirm').setDescription('Type DELETE to confirm').setRequired(true)),
  )
  .toJSON();

export const NOT_A_MODERATOR = 'Only moderators can do that: members with **Manage Threads**, or with the server’s moderator role (see `/moderate settings`).';

/** The member's role ids, from a cached member or the raw interaction member. */
/** `CreatePublicThreads` -> `Create Public Threads`, as Discord's settings name it. */
const permissionName = (flag: PermissionsString): string => flag.replace(/([a-z])([A-Z])/g, '$1 $2');

/** Names the permissions the bot lacks in a channel, from those `needed`; all of them when the cache cannot tell. */
function missingPermissions(client: Client, channel: { permissionsFor(user: Client['user'] & object): Readonly<PermissionsBitField> | null }, needed: bigint): string {
  const user = client.user;
  const held = user === null ? null : channel.permissionsFor(user);
  const missing = held === null ? [] : held.missing(needed);
  const names = (missing.length > 0 ? missing : new PermissionsBitField(needed).toArray()).map(permissionName);
  return names.map((name) => `**${name}**`).join(', ');
}

const THREAD_VERB: Record<ThreadState, string> = { open: 'unlock', locked: 'lock', archived: 'lock and archive' };

/**
 * Does what the debate's thread is owed in Discord (see syncDebateThread); says what went wrong
 * in words for the moderator, or undefined when all is done. What could not be done stays
 * recorded as owed: the next start (or the same command again) retries it.
 */
async function syncThread(interaction: ChatInputCommandInteraction, debates: DebateService, ctx: CommandContext, threadId: string): Promise<string | undefined> {
  try {
    await syncDebateThread(interaction.client, debates, threadId);
    return undefined;
  } catch (err) {
    const verb = THREAD_VERB[debates.debateInThread(threadId)?.threadState ?? 'archived'];
    if (isMissingPermission(err)) return `I could not ${verb} the thread: I need the **Manage Threads** permission here.`;
    ctx.log.warn({ err, thread: threadId }, 'could not update a debate thread');
    return `Discord did not let me ${verb} the thread just now. Run this command again in a moment (I also retry when I restart).`;
  }
}

async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<HandlerReport> {
  if (!interaction.inGuild()) {
    await replyPrivately(interaction, NOT_IN_A_SERVER);
    return { outcome: 'refused' };
  }
  const debates = requireDebates(ctx);
  const refuse = async (text: string): Promise<HandlerReport> => {
    await replyPrivately(interaction, text);
    return { outcome: 'refused' };
  };
  // Checked on every action, whatever Discord showed the user.
  if (!mayModerateDebates(interaction, debates)) return refuse(NOT_A_MODERATOR);

  const guildId = interaction.guildId;
  const threadId = interaction.channelId;
  const moderatorId = interaction.user.id;
  const sub = interaction.options.getSubcommand(true);
  const tell = async (text: string): Promise<HandlerReport> => {
    await replyPrivately(interaction, text);
    return { outcome: 'ok' };
  };
  const outside = (): Promise<HandlerReport> => refuse(notInDebateThread(debates, guildId));

  switch (sub) {
    case 'open':
      return openDebate(interaction, debates, ctx);
    case 'pause':
    case 'resume': {
      // Recorded first, with the lock or unlock it owes the thread; then done in Discord. A crash
      // in between is re-applied at the next start, and "already paused" retries what is owed.
      const outcome = sub === 'pause' ? debates.pauseDebate(threadId) : debates.resumeDebate(threadId);
      if (outcome.kind === 'no-debate') return outside();
      if (outcome.kind === 'debate-closed') return refuse('This debate is already closed.');
      // Locking the thread is a REST call that may be slow: acknowledge first (Discord's 3 s).
      const changed = outcome.kind !== 'already-paused' && outcome.kind !== 'already-open';
      await deferAnswer(interaction, { ephemeral: !changed });
      const problem = await syncThread(interaction, debates, ctx, threadId);
      if (outcome.kind === 'already-paused' || outcome.kind === 'already-open') {
        return tell(`The debate is already ${outcome.kind === 'already-paused' ? 'paused' : 'open'}.${problem === undefined ? '' : ` ${problem}`}`);
      }
      // The class is told what changed; only the moderator hears about a thread Discord refused.
      if (problem !== undefined) {
        await reply(interaction, { content: sub === 'pause' ? '⏸️ The debate is paused.' : '▶️ The debate has resumed.' });
        return tell(`The debate is ${sub === 'pause' ? 'paused' : 'resumed'}, but ${problem}`);
      }
      await reply(interaction, { content: sub === 'pause' ? '⏸️ The debate is paused: the thread is locked until a moderator resumes it.' : '▶️ The debate has resumed: the floor is open again.' });
      return { outcome: 'ok' };
    }
    case 'close': {
      const outcome = debates.closeDebate(threadId, moderatorId);
      if (outcome.kind === 'no-debate') return outside();
      if (outcome.kind === 'already-closed') {
        // A summary or an archive still owed (a crash, a refusal) is retried here.
        await deferAnswer(interaction, { ephemeral: true });
        const problem = await syncThread(interaction, debates, ctx, threadId);
        return tell(`This debate is already closed.${problem === undefined ? '' : ` ${problem}`}`);
      }
      // The summary answers the moderator's command in the thread; then the thread is shut.
      await reply(interaction, renderSummary(outcome.summary));
      debates.markSummaryPosted(outcome.debate);
      const problem = await syncThread(interaction, debates, ctx, threadId);
      if (problem !== undefined) await replyPrivately(interaction, `The debate is closed, but ${problem}`);
      return { outcome: 'ok' };
    }
    case 'next': {
      const seconds = interaction.options.getInteger('seconds') ?? undefined;
      const outcome = debates.callNextSpeaker(threadId, moderatorId, seconds);
      if (outcome.kind === 'no-debate') return outside();
      if (outcome.kind === 'debate-closed') return refuse('This debate is closed.');
      if (outcome.kind === 'debate-paused') return refuse('The debate is paused: resume it before calling a speaker.');
      if (outcome.kind === 'queue-empty') return tell('Nobody has a hand raised.');
      await reply(interaction, renderSpeakerCall({ ...outcome.speaker, endsAt: outcome.endsAt, stillWaiting: outcome.stillWaiting }));
      return { outcome: 'ok' };
    }
    case 'export': {
      const debate = debates.debateInThread(threadId);
      if (debate === undefined) return outside();
      const summary = debates.summary(debate);
      const file = new AttachmentBuilder(Buffer.from(debates.exportCsv(debate), 'utf8'), { name: `debate-${debate.id}.csv`, description: 'Per-student record of the debate' });
      const body = toMessageBody({ content: `The record of “${debateMotionText(debate)}”: ${summary.students.length} student${summary.students.length === 1 ? '' : 's'}.`, ephemeral: true });
      await interaction.reply({ ...body, files: [file], flags: MessageFlags.Ephemeral });
      return { outcome: 'ok', results: summary.students.length };
    }
    case 'proposals': {
      await reply(interaction, renderProposalList(debates.pendingProposals(guildId), 'Proposals waiting for review', 'No proposal is waiting for review.', { showAuthor: true }));
      return { outcome: 'ok' };
    }
    case 'approve': {
      const id = interaction.options.getInteger('proposal', true);
      const outcome = debates.approveProposal(guildId, id, moderatorId);
      if (outcome.kind === 'not-found') return refuse(`There is no proposal #${id} in this server.`);
      if (outcome.kind === 'already-reviewed') return refuse(`Proposal #${id} was already ${outcome.proposal.status}.`);
      if (outcome.kind !== 'approved') return refuse('That proposal could not be approved.');
      return tell(`Approved proposal #${id}. It is now a motion of this server: open it with \`/moderate open\` (it is listed as “${escapeUserText(outcome.motion.motion)}”).`);
    }
    case 'reject': {
      const id = interaction.options.getInteger('proposal', true);
      const outcome = debates.rejectProposal(guildId, id, moderatorId, interaction.options.getString('reason', true));
      if (outcome.kind === 'invalid') return refuse(renderReviewProblem(outcome.problem));
      if (outcome.kind === 'not-found') return refuse(`There is no proposal #${id} in this server.`);
      if (outcome.kind === 'already-reviewed') return refuse(`Proposal #${id} was already ${outcome.proposal.status}.`);
      return tell(`Rejected proposal #${id}. The student sees your reason with \`/debate proposals\`.`);
    }
    case 'settings': {
      const options = interaction.options;
      const patch: { -readonly [K in keyof SettingsPatch]: SettingsPatch[K] } = {};
      const askPrivate = options.getBoolean('ask-private');
      if (askPrivate !== null) patch.askPrivate = askPrivate;
      const role = options.getRole('moderator-role');
      if (role !== null) patch.moderatorRoleId = role.id;
      if (options.getBoolean('clear-moderator-role') === true) patch.moderatorRoleId = null;
      const channel = options.getChannel('debate-channel', false, [ChannelType.GuildText]);
      if (channel !== null) patch.debateChannelId = channel.id;
      if (options.getBoolean('clear-debate-channel') === true) patch.debateChannelId = null;
      const settings = Object.keys(patch).length === 0 ? debates.getSettings(guildId) : debates.updateSettings(guildId, patch);
      await reply(interaction, renderSettings(settings));
      return { outcome: 'ok' };
    }
    case 'delete-server-data': {
      if (interaction.options.getString('confirm', true).trim() !== 'DELETE') return refuse('Nothing deleted. To delete all of this server’s data, type `DELETE` in the confirm option.');
      const deleted = debates.deleteGuildData(guildId);
      return tell(
        `Deleted everything stored for this server: ${deleted.debates} debate${deleted.debates === 1 ? '' : 's'} with their sides, hands, citations and post counts, ${deleted.proposals} proposal${deleted.proposals === 1 ? '' : 's'}, and the settings. Threads in Discord are left as they are.`,
      );
    }
    default:
      return refuse('I do not know that subcommand. Ask your teacher to deploy the commands again.');
  }
}

/** Posts the motion in the debate channel, starts its thread, records the debate, welcomes the class. */
async function openDebate(interaction: ChatInputCommandInteraction<'raw' | 'cached'>, debates: DebateService, ctx: CommandContext): Promise<HandlerReport> {
  const motionId = interaction.options.getString('motion', true);
  const minutes = interaction.options.getInteger('minutes') ?? undefined;
  const slowmode = interaction.options.getInteger('slowmode') ?? undefined;
  const timing = { ...(minutes === undefined ? {} : { durationMinutes: minutes }), ...(slowmode === undefined ? {} : { slowmodeSeconds: slowmode }) };
  const motion = debates.checkOpen(interaction.guildId, motionId, timing);
  if (motion === undefined) {
    await replyPrivately(interaction, 'I do not know that motion. Pick one from the list as you type in the motion option.');
    return { outcome: 'refused', query: motionId };
  }
  const reading = ctx.corpus.readings.find((r) => r.id === motion.reading);
  if (reading === undefined) throw new Error(`moderate: motion ${motion.id} is on reading ${motion.reading}, which is not loaded`);

  const settings = debates.getSettings(interaction.guildId);
  const here = interaction.channel;
  const channelId = settings.debateChannelId ?? (here?.isThread() === true ? (here.parentId ?? interaction.channelId) : interaction.channelId);
  const channel = await interaction.client.channels.fetch(channelId).catch(() => null);
  if (channel === null || channel.type !== ChannelType.GuildText) {
    await replyPrivately(interaction, `Debates open in a text channel, and I cannot use <#${channelId}>. Run this in a text channel, or set one with \`/moderate settings debate-channel\`.`);
    return { outcome: 'refused' };
  }
  await deferAnswer(interaction, { ephemeral: true });

  const draft = renderMotionPost({ motion, reading, evidence: debates.evidenceQuotes(motion), endsAt: null, slowmodeSeconds: slowmode ?? null });
  let post;
  try {
    post = await channel.send(toMessageBody(draft));
  } catch (err) {
    if (!isMissingPermission(err)) throw err;
    const missing = missingPermissions(interaction.client, channel, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks);
    await replyPrivately(interaction, `I cannot post the motion in <#${channel.id}>: I am missing ${missing} there. Give me that permission (Server Settings › Roles, or the channel's permissions) and try again.`);
    return { outcome: 'refused' };
  }
  let thread;
  try {
    thread = await post.startThread({
      name: truncatePlain(motion.motion.replace(/^This house believes that /, ''), 100),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
      ...(slowmode === undefined ? {} : { rateLimitPerUser: slowmode }),
      reason: 'Debate opened',
    });
  } catch (err) {
    if (!isMissingPermission(err)) throw err;
    await post.delete().catch(() => undefined);
    const missing = missingPermissions(interaction.client, channel, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessagesInThreads | PermissionFlagsBits.CreatePublicThreads);
    await replyPrivately(interaction, `I cannot open a thread for the debate in <#${channel.id}>: I am missing ${missing} there. Give me that permission and try again.`);
    return { outcome: 'refused' };
  }
  const outcome = debates.openDebate({ guildId: interaction.guildId, channelId: channel.id, threadId: thread.id, motionId: motion.id, openedBy: interaction.user.id, ...timing });
  if (outcome.kind !== 'opened') throw new Error(`moderate: a new thread ${thread.id} could not take a debate (${outcome.kind})`);
  // The motion post now shows the real end time (it was unknown before the debate was recorded).
  if (outcome.debate.endsAt !== null) {
    await post.edit(toMessageBody(renderMotionPost({ motion, reading, evidence: debates.evidenceQuotes(motion), endsAt: outcome.debate.endsAt, slowmodeSeconds: slowmode ?? null }))).catch(() => undefined);
  }
  await thread.send(toMessageBody(renderThreadWelcome(outcome.debate)));
  const ends = outcome.debate.endsAt === null ? '' : ` It closes ${relativeTime(outcome.debate.endsAt)}.`;
  await replyPrivately(interaction, `Debate opened in <#${thread.id}>.${ends}`);
  return { outcome: 'ok', query: motionId };
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const debates = ctx.debates;
  const guildId = interaction.guildId;
  if (debates === undefined || guildId === null || !mayModerateDebates(interaction, debates)) {
    await suggest(interaction, []);
    return;
  }
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'motion') {
    await suggest(
      interaction,
      debates.searchMotions(guildId, String(focused.value), LIMITS.choices).map((motion) => ({ name: motion.motion.replace(/^This house believes that /, ''), value: motion.id })),
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
