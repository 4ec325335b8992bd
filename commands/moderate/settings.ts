// /moderate settings: shows this server's settings, or changes those given.
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
  const current = Object.keys(patch).length === 0 ? debates.getSettings(guildId) : debates.updateSettings(guildId, patch);
  const on = (current.currentReading === null ? undefined : findReading(ctx.corpus, current.currentReading)) ?? ctx.corpus.readings[0];
  await reply(interaction, renderSettings(current, on === undefined ? undefined : `${on.title} (${on.id})`));
  return { outcome: 'ok' };
};
