// /moderate open: posts the motion in the debate channel, starts its thread (in a forum: one post
// per debate, tagged open), records the debate and welcomes the class. A missing permission is said in words naming what to grant.
import { ChannelType, PermissionFlagsBits, PermissionsBitField, ThreadAutoArchiveDuration, type Client, type ForumChannel, type Message, type PermissionsString, type TextChannel, type ThreadChannel } from 'discord.js';
import { selectReading } from '../../src/corpus/lookup.js';
import { debateTags, isMissingPermission } from '../../src/discord/debate-threads.js';
import type { MessageBody } from '../../src/discord/reply.js';
import { deferAnswer, replyPrivately, toMessageBody } from '../../src/discord/reply.js';
import { relativeTime, renderMotionPost, renderThreadWelcome } from '../../src/views/discord/debate-messages.js';
import { truncatePlain } from '../../src/views/discord/text-cutting.js';
import type { ModerateHandler } from './job.js';

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

type ThreadOptions = { readonly name: string; readonly autoArchiveDuration: ThreadAutoArchiveDuration; readonly rateLimitPerUser?: number; readonly reason: string };
type Started = { readonly post: Message; readonly thread: ThreadChannel } | string;

/** A text channel: the motion post, then a thread from it (so the post has the thread's id). A missing permission comes back in words. */
async function startTextThread(client: Client, channel: TextChannel, body: MessageBody, options: ThreadOptions): Promise<Started> {
  let post;
  try {
    post = await channel.send(body);
  } catch (err) {
    if (!isMissingPermission(err)) throw err;
    const missing = missingPermissions(client, channel, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks);
    return `I cannot post the motion in <#${channel.id}>: I am missing ${missing} there. Give me that permission (Server Settings › Roles, or the channel's permissions) and try again.`;
  }
  try {
    return { post, thread: await post.startThread(options) };
  } catch (err) {
    if (!isMissingPermission(err)) throw err;
    await post.delete().catch(() => undefined);
    const missing = missingPermissions(client, channel, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessagesInThreads | PermissionFlagsBits.CreatePublicThreads);
    return `I cannot open a thread for the debate in <#${channel.id}>: I am missing ${missing} there. Give me that permission and try again.`;
  }
}

/** A forum: one post per debate, the motion its first message, tagged "open" when the forum has such a tag. */
async function startForumPost(client: Client, forum: ForumChannel, body: MessageBody, options: ThreadOptions): Promise<Started> {
  const { open } = debateTags(forum);
  try {
    const thread = await forum.threads.create({ ...options, message: body, ...(open === undefined ? {} : { appliedTags: [open] }) });
    const post = await thread.fetchStarterMessage();
    if (post === null) throw new Error(`moderate: forum post ${thread.id} has no first message`);
    return { post, thread };
  } catch (err) {
    if (!isMissingPermission(err)) throw err;
    const missing = missingPermissions(client, forum, PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks);
    return `I cannot open a post for the debate in <#${forum.id}>: I am missing ${missing} there. Give me that permission and try again.`;
  }
}

export const open: ModerateHandler = async ({ interaction, ctx, debates, guildId }) => {
  const motionId = interaction.options.getString('motion', true);
  const minutes = interaction.options.getInteger('minutes') ?? undefined;
  const slowmode = interaction.options.getInteger('slowmode') ?? undefined;
  const timing = { ...(minutes === undefined ? {} : { durationMinutes: minutes }), ...(slowmode === undefined ? {} : { slowmodeSeconds: slowmode }) };
  const motion = debates.checkOpen(guildId, motionId, timing);
  if (motion === undefined) {
    await replyPrivately(interaction, 'I do not know that motion. Pick one from the list as you type in the motion option.');
    return { outcome: 'refused', query: motionId };
  }
  // A motion names a loaded reading (listMotions keeps only those); otherwise the moderator is told.
  const reading = selectReading(ctx.corpus, motion.reading);
  const named = interaction.options.getString('reading');
  if (named !== null && named.trim() !== '' && selectReading(ctx.corpus, named.trim()).id !== reading.id) {
    await replyPrivately(interaction, `That motion is drawn from *${reading.title}*, not from the reading you chose. Pick a motion from the list as you type, or leave \`reading\` empty.`);
    return { outcome: 'refused', query: motionId };
  }

  const settings = debates.getSettings(guildId);
  const here = interaction.channel;
  const channelId = settings.debateChannelId ?? (here?.isThread() === true ? (here.parentId ?? interaction.channelId) : interaction.channelId);
  const channel = await interaction.client.channels.fetch(channelId).catch(() => null);
  if (channel === null || (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildForum)) {
    await replyPrivately(interaction, `Debates open in a text or forum channel, and I cannot use <#${channelId}>. Run this in a text channel, or set one with \`/moderate settings debate-channel\`.`);
    return { outcome: 'refused' };
  }
  await deferAnswer(interaction, { ephemeral: true });

  const draft = renderMotionPost({ motion, reading, evidence: debates.evidenceQuotes(motion), endsAt: null, slowmodeSeconds: slowmode ?? null });
  const threadOptions = {
    name: truncatePlain(motion.motion.replace(/^This house believes that /, ''), 100),
    autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    ...(slowmode === undefined ? {} : { rateLimitPerUser: slowmode }),
    reason: 'Debate opened',
  };
  const started =
    channel.type === ChannelType.GuildForum
      ? await startForumPost(interaction.client, channel, toMessageBody(draft), threadOptions)
      : await startTextThread(interaction.client, channel, toMessageBody(draft), threadOptions);
  if (typeof started === 'string') {
    await replyPrivately(interaction, started);
    return { outcome: 'refused' };
  }
  const { post, thread } = started;
  const outcome = debates.openDebate({ guildId, channelId: channel.id, threadId: thread.id, motionId: motion.id, openedBy: interaction.user.id, ...timing });
  if (outcome.kind !== 'opened') throw new Error(`moderate: a new thread ${thread.id} could not take a debate (${outcome.kind})`);
  // The motion post now shows the real end time (it was unknown before the debate was recorded).
  if (outcome.debate.endsAt !== null) {
    await post.edit(toMessageBody(renderMotionPost({ motion, reading, evidence: debates.evidenceQuotes(motion), endsAt: outcome.debate.endsAt, slowmodeSeconds: slowmode ?? null }))).catch(() => undefined);
  }
  await thread.send(toMessageBody(renderThreadWelcome(outcome.debate, ctx.commandIds.forGuild(guildId))));
  const ends = outcome.debate.endsAt === null ? '' : ` It closes ${relativeTime(outcome.debate.endsAt)}.`;
  await replyPrivately(interaction, `Debate opened in <#${thread.id}>.${ends}`);
  return { outcome: 'ok', query: motionId };
};
