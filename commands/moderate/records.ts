// /moderate export and /moderate delete-server-data: the stored record of a debate, as a CSV
// file for the moderator, and deleting everything stored for the server.
import { AttachmentBuilder, MessageFlags } from 'discord.js';
import { UTF8_BOM } from '../../src/debate/csv.js';
import { toMessageBody } from '../../src/discord/reply.js';
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

export const deleteServerData: ModerateHandler = async ({ interaction, debates, guildId, refuse, tell }) => {
  if (interaction.options.getString('confirm', true).trim() !== 'DELETE') return refuse('Nothing deleted. To delete all of this server’s data, type `DELETE` in the confirm option.');
  const deleted = debates.deleteGuildData(guildId);
  return tell(
    `Deleted everything stored for this server: ${deleted.debates} debate${deleted.debates === 1 ? '' : 's'} with their sides, hands, citations and post counts, ${deleted.proposals} proposal${deleted.proposals === 1 ? '' : 's'}, and the settings. Threads in Discord are left as they are.`,
  );
};
