// The teacher's digest seen from /ask: keeping a question on a server that opted in, the row of
// buttons under an answer (Helpful, Not helpful, Ask the teacher), and what each click does.
// commands/ask.ts calls these; nothing here logs a question or a user id.
import { ChannelType, ComponentType, TextInputStyle, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import { ALL_READINGS } from '../answers/answer-engine.js';
import type { Answer } from '../answers/types.js';
import { findReading } from '../corpus/load-corpus.js';
import type { GuildSettings } from '../debate/types.js';
import { REASON_MAX } from '../digest/digest-service.js';
import type { HandlerReport } from './command.js';
import type { CommandContext } from './context.js';
import { takeCooldown } from './cooldown-gate.js';
import { displayNameOf } from './members.js';
import { replyPrivately, replyToButton, toMessageBody, reply } from './reply.js';
import { EXPIRED_ANSWER } from '../views/discord/answer-messages.js';
import { REASON_FIELD, reasonFormId, parseReasonFormId, type DigestButton } from '../views/discord/digest-ids.js';
import {
  REASON_FORM,
  reasonThanks,
  renderTeacherOffer,
  renderTeacherPost,
  studentButtonRow,
  teacherSent,
  VOTE_THANKS,
  type StudentButtons,
} from '../views/discord/digest-messages.js';
import type { ButtonDraft } from '../views/discord/message-drafts.js';

/** The server's settings, or undefined in a DM, without a database, or when they cannot be read. */
function settingsOf(ctx: CommandContext, guildId: string | null): GuildSettings | undefined {
  if (guildId === null || ctx.debates === undefined) return undefined;
  try {
    return ctx.debates.getSettings(guildId);
  } catch (err) {
    // An answer still goes out: without its settings, nothing is kept and no button is added.
    ctx.log.warn({ err, guild: guildId }, 'could not read the server’s digest settings');
    return undefined;
  }
}

/**
 * Keeps the question for the teacher's digest when its server opted in: the words, the reading,
 * the day, the coverage and the first passage shown — no user id. Returns its id, or undefined
 * when nothing was kept (a DM, a server that keeps none, small talk, a database error).
 */
export function keepAskedQuestion(ctx: CommandContext, guildId: string | null, scope: string, answer: Answer): number | undefined {
  // "hi" and "thanks" are not questions about the reading, nor "who wrote it": the digest would only be noisier.
  if (ctx.digest === undefined || guildId === null || (answer.kind === 'no-match' && answer.smallTalk) || answer.kind === 'about-reading') return undefined;
  const first = answer.kind === 'answer' ? answer.results[0] : undefined;
  try {
    return ctx.digest.keep({
      guildId,
      reading: first?.reading ?? scope,
      question: answer.question,
      coverage: answer.coverage,
      ...(first === undefined ? {} : { shown: { kind: first.kind, number: first.number } }),
    });
  } catch (err) {
    ctx.log.warn({ err, guild: guildId }, 'could not keep a question for the digest');
    return undefined;
  }
}

/** The row of digest buttons for an answer: votes when kept; Ask the teacher when weak and a channel is set. */
export function studentRowFor(ctx: CommandContext, guildId: string | null, answer: Answer, asked: { readonly key: string; readonly keptId?: number | undefined }): ButtonDraft[] {
  const weak = answer.coverage !== 'answered' && !(answer.kind === 'no-match' && answer.smallTalk);
  const teacherChannel = weak ? settingsOf(ctx, guildId)?.teacherChannelId : null;
  const input: StudentButtons = {
    ...(asked.keptId === undefined ? {} : { keptId: asked.keptId }),
    ...(teacherChannel === null || teacherChannel === undefined || answer.coverage === 'answered' ? {} : { teacher: { key: asked.key, coverage: answer.coverage } }),
  };
  return studentButtonRow(input);
}

/** Helpful, or Not helpful (which then opens the optional form for why). */
export async function handleVote(interaction: ButtonInteraction, ctx: CommandContext, button: Extract<DigestButton, { action: 'vote' }>): Promise<HandlerReport> {
  if (!(await takeCooldown(interaction, ctx, 'feedback'))) return { outcome: 'cooldown' };
  const outcome = ctx.digest?.vote({ guildId: interaction.guildId, questionId: button.questionId, userId: interaction.user.id, helpful: button.helpful }) ?? { kind: 'not-kept' };
  if (outcome.kind === 'not-kept') {
    await replyPrivately(interaction, VOTE_THANKS.notKept);
    return { outcome: 'ok' };
  }
  if (button.helpful) {
    await replyPrivately(interaction, outcome.kind === 'changed' ? VOTE_THANKS.changed : VOTE_THANKS.helpful);
    return { outcome: 'ok' };
  }
  // The vote is already kept; the form only adds a reason, and closing it loses nothing.
  await interaction.showModal({
    custom_id: reasonFormId(button.questionId),
    title: REASON_FORM.title,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: REASON_FIELD,
            label: REASON_FORM.label,
            placeholder: REASON_FORM.placeholder,
            style: TextInputStyle.Paragraph,
            required: false,
            max_length: REASON_MAX,
          },
        ],
      },
    ],
  });
  return { outcome: 'ok' };
}

/** The "Not helpful" form sent back: its reason joins the student's vote (never their name). */
export async function handleReasonForm(interaction: ModalSubmitInteraction, ctx: CommandContext): Promise<HandlerReport> {
  const questionId = parseReasonFormId(interaction.customId);
  if (questionId === undefined) return { outcome: 'unknown' };
  if (!(await takeCooldown(interaction, ctx, 'feedback'))) return { outcome: 'cooldown' };
  const reason = interaction.fields.fields.has(REASON_FIELD) ? interaction.fields.getTextInputValue(REASON_FIELD) : '';
  // False when the vote is not kept (the server stopped keeping questions, or it was pruned).
  const kept = ctx.digest?.giveReason({ guildId: interaction.guildId, questionId, userId: interaction.user.id, reason }) ?? false;
  await replyPrivately(interaction, reasonThanks(reason.trim() !== '', kept));
  return { outcome: 'ok' };
}

export const ONLY_THE_ASKER = 'Only the student who asked this question can send it to the teacher. Ask your own with `/ask`.';
export const NO_TEACHER_CHANNEL = 'Your teachers have not chosen a channel for questions (yet), so I cannot send this. Ask them in class!';

/** The remembered question behind a teacher button, if it is the clicker's own and still remembered. */
async function ownQuestion(interaction: ButtonInteraction, ctx: CommandContext, key: string): Promise<{ readonly question: string; readonly reading?: string } | undefined> {
  const asked = ctx.asked.recall(key);
  if (asked === undefined || asked.guildId !== interaction.guildId) {
    await replyPrivately(interaction, EXPIRED_ANSWER);
    return undefined;
  }
  if (asked.askedBy !== interaction.user.id) {
    await replyPrivately(interaction, ONLY_THE_ASKER);
    return undefined;
  }
  return asked;
}

/** "Ask the teacher": the private choice of sending with the student's name or without. */
export async function handleTeacherOffer(interaction: ButtonInteraction, ctx: CommandContext, button: Extract<DigestButton, { action: 'offer' }>): Promise<HandlerReport> {
  if ((await ownQuestion(interaction, ctx, button.key)) === undefined) return { outcome: 'refused' };
  const channelId = settingsOf(ctx, interaction.guildId)?.teacherChannelId ?? null;
  if (channelId === null) {
    await replyPrivately(interaction, NO_TEACHER_CHANNEL);
    return { outcome: 'refused' };
  }
  await reply(interaction, renderTeacherOffer({ key: button.key, coverage: button.coverage, channelId }));
  return { outcome: 'ok' };
}

/** Posts the question in the teachers' channel, named only if the student chose; never pings. */
export async function handleTeacherSend(interaction: ButtonInteraction, ctx: CommandContext, button: Extract<DigestButton, { action: 'send' }>): Promise<HandlerReport> {
  const asked = await ownQuestion(interaction, ctx, button.key);
  if (asked === undefined) return { outcome: 'refused' };
  const channelId = settingsOf(ctx, interaction.guildId)?.teacherChannelId ?? null;
  if (channelId === null) {
    await replyPrivately(interaction, NO_TEACHER_CHANNEL);
    return { outcome: 'refused' };
  }
  if (!(await takeCooldown(interaction, ctx, 'teacher'))) return { outcome: 'cooldown' };
  // Posting is a REST call that may be slow: acknowledge in place first (Discord's 3 s).
  await interaction.deferUpdate();
  const reading = asked.reading === undefined || asked.reading === ALL_READINGS ? undefined : findReading(ctx.corpus, asked.reading);
  const post = renderTeacherPost({
    question: asked.question,
    coverage: button.coverage,
    readingTitle: reading?.title ?? 'the readings',
    ...(button.named ? { askedBy: displayNameOf(interaction) } : {}),
  });
  try {
    const channel = await interaction.client.channels.fetch(channelId);
    if (channel === null || channel.type !== ChannelType.GuildText || channel.guildId !== interaction.guildId) throw new Error(`digest: teacher channel ${channelId} is not a text channel of this server`);
    await channel.send(toMessageBody(post));
  } catch (err) {
    ctx.log.warn({ err, channel: channelId }, 'could not post a question in the teacher channel');
    await replyToButton(interaction, { content: `I could not post in <#${channelId}>. Tell your teacher in class; they may need to give me **Send Messages** there.`, ephemeral: true });
    return { outcome: 'error' };
  }
  await replyToButton(interaction, { content: teacherSent(channelId, button.named), ephemeral: true });
  return { outcome: 'ok' };
}
