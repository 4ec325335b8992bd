// /moderate export and /moderate delete-server-data: the stored record of a debate, as a CSV
// file for the moderator, and deleting everything stored for the server (open debates are told
// and their threads locked first).
import { AttachmentBuilder, MessageFlags } from 'discord.js';
import { UTF8_BOM } from '../../src/debate/csv.js';
import { fetchDebateThread } from '../../src/discord/debate-threads.js';
import { deferAnswer, NO_MENTIONS, replyPrivately, toMessageBody } from '../../src/discord/reply.js';
import { debateMotionText } from '../../src/views/discord/debate-messages.js';
import type { ModerateHandler } from './job.js';

export const exportRecord: ModerateHandler = async ({ interaction, debates, here, outside }) => {
  const debate = debates.debateInThread(here);
  if (debate === undefined) return outside();
  const summary = debates.summary(debate);
  const file = new AttachmentBuilder(Buffer.from(UTF8_BOM + debates.exportCsv(debate), 'utf8'), { name: `debate-${debate.id}.csv`, description: 'Per-student record of the debate' });
  const body = toMessageBody({ content: `The record of “${debateMotionText(debate)}”: ${summary.students.length} student${summary.students.length === 1 ? '' : 's'}.`, ephemeral: true });
  await interaction.reply({ ...body, files: [file], flags: MessageFlags.Ephemeral });
  return { outcome: 'ok', results: summary.students.length };
};

/** Posted in a debate's thread, before its records are erased, when a moderator deletes the server's data mid-debate. */
export const RECORDS_BEING_DELETED = '🗑️ A moderator is deleting this server’s debate records. This debate ends here and is not recorded; the thread is locked.';

export const deleteServerData: ModerateHandler = async ({ interaction, ctx, debates, guildId, refuse }) => {
  if (interaction.options.getString('confirm', true).trim() !== 'DELETE') return refuse('Nothing deleted. To delete all of this server’s data, type `DELETE` in the confirm option.');
  // Debates still open are told in their threads and locked before their records go: otherwise
  // the class would argue on in a thread whose debate no longer exists.
  const live = debates.liveDebates(guildId);
  if (live.length > 0) await deferAnswer(interaction, { ephemeral: true });
  const unlocked: string[] = [];
  for (const debate of live) {
    try {
      const thread = await fetchDebateThread(interaction.client, debate.threadId);
      if (thread === undefined) continue;
      if (thread.archived === true) await thread.setArchived(false, 'Deleting the debate records');
      await thread.send({ content: RECORDS_BEING_DELETED, allowedMentions: NO_MENTIONS });
      await thread.setLocked(true, 'Debate records deleted');
    } catch (err) {
      ctx.log.warn({ err, thread: debate.threadId }, 'could not lock a debate thread before deleting its records');
      unlocked.push(debate.threadId);
    }
  }
  const deleted = debates.deleteGuildData(guildId);
  const wasOpen =
    live.length === 0
      ? ''
      : ` ${live.length} debate${live.length === 1 ? ' was' : 's were'} still open (${live.map((d) => `<#${d.threadId}>`).join(', ')}): I said so in ${live.length === 1 ? 'its thread' : 'their threads'} and locked ${live.length === 1 ? 'it' : 'them'}.${unlocked.length === 0 ? '' : ` I could not lock ${unlocked.map((id) => `<#${id}>`).join(', ')}: lock ${unlocked.length === 1 ? 'it' : 'them'} by hand (I need **Manage Threads**).`}`;
  await replyPrivately(
    interaction,
    `Deleted everything stored for this server: ${deleted.debates} debate${deleted.debates === 1 ? '' : 's'} with their sides, hands, citations and post counts, ${deleted.proposals} proposal${deleted.proposals === 1 ? '' : 's'}, ${deleted.questions} question${deleted.questions === 1 ? '' : 's'} kept for the digest with their Helpful / Not helpful votes, and the settings (question keeping is off again).${wasOpen} Threads in Discord are left as they are; a debate command used in one says its records were deleted.`,
  );
  return { outcome: 'ok' };
};
