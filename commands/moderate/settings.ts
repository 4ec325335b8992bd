// /moderate settings: shows this server's settings, or changes those given. Turning question
// keeping off deletes the questions already kept; a shorter retention deletes those now too old.
import { ChannelType } from 'discord.js';
import type { SettingsPatch } from '../../src/debate/types.js';
import { reply } from '../../src/discord/reply.js';
import { renderSettings } from '../../src/views/discord/debate-messages.js';
import type { ModerateHandler } from './job.js';
import { selectReading } from '../../src/corpus/lookup.js';
import { findReading } from '../../src/corpus/load-corpus.js';

export const settings: ModerateHandler = async ({ interaction, ctx, debates, guildId }) => {
  const options = interaction.options;
  const patch: { -readonly [K in keyof SettingsPatch]: SettingsPatch[K] } = {};
  const askPrivate = options.getBoolean('ask-private');
  if (askPrivate !== null) patch.askPrivate = askPrivate;
  const role = options.getRole('moderator-role');
  if (role !== null) patch.moderatorRoleId = role.id;
  if (options.getBoolean('clear-moderator-role') === true) patch.moderatorRoleId = null;
  const channel = options.getChannel('debate-channel', false, [ChannelType.GuildText, ChannelType.GuildForum]);
  if (channel !== null) patch.debateChannelId = channel.id;
  if (options.getBoolean('clear-debate-channel') === true) patch.debateChannelId = null;
  const reading = options.getString('reading');
  // An unknown id is refused with the list of readings (a UserFacingError the router shows).
  if (reading !== null) patch.currentReading = selectReading(ctx.corpus, reading.trim()).id;
  const keep = options.getBoolean('keep-questions');
  if (keep !== null) patch.keepQuestions = keep;
  const retention = options.getInteger('question-retention-days');
  if (retention !== null) patch.questionRetentionDays = retention;
  const teacher = options.getChannel('teacher-channel', false, [ChannelType.GuildText]);
  if (teacher !== null) patch.teacherChannelId = teacher.id;
  if (options.getBoolean('clear-teacher-channel') === true) patch.teacherChannelId = null;
  const current = Object.keys(patch).length === 0 ? debates.getSettings(guildId) : debates.updateSettings(guildId, patch);
  // Turning keeping off, or shortening the retention, takes effect on what is kept now, not tomorrow.
  const pruned = keep === false || retention !== null ? (ctx.digest?.prune(guildId) ?? 0) : 0;
  const on = (current.currentReading === null ? undefined : findReading(ctx.corpus, current.currentReading)) ?? ctx.corpus.readings[0];
  const settingsDraft = renderSettings(current, on === undefined ? undefined : `${on.title} (${on.id})`);
  await reply(interaction, pruned === 0 ? settingsDraft : { ...settingsDraft, content: `Deleted ${pruned} kept question${pruned === 1 ? '' : 's'} (and their votes) that this server no longer keeps.` });
  return { outcome: 'ok' };
};
