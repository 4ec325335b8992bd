// /moderate digest [days] and /moderate digest-export: what the class asked lately (the passages
// shown most, the questions the reading did not answer, the Helpful / Not helpful counts with
// their reasons, questions per day), and every kept question as a CSV file. Both say how to opt in
// when the server keeps no questions.
import { AttachmentBuilder, MessageFlags } from 'discord.js';
import { UTF8_BOM } from '../../src/debate/csv.js';
import { dayOf } from '../../src/digest/types.js';
import type { CommandContext } from '../../src/discord/context.js';
import { cooldownNotice } from '../../src/discord/cooldowns.js';
import { reply, toMessageBody } from '../../src/discord/reply.js';
import { DIGEST_OFF, renderDigest } from '../../src/views/discord/digest-messages.js';
import type { ModerateHandler, ModerateJob } from './job.js';

/** The digest service when this server keeps questions; otherwise the moderator is told how to opt in. */
async function digestOf(job: ModerateJob): Promise<NonNullable<CommandContext['digest']> | undefined> {
  const { ctx, debates, guildId, interaction, refuse } = job;
  const verdict = ctx.cooldowns.take('digest', { userId: interaction.user.id, guildId });
  if (!verdict.allowed) {
    await refuse(cooldownNotice('digest', verdict));
    return undefined;
  }
  if (ctx.digest === undefined || !debates.getSettings(guildId).keepQuestions) {
    await job.tell(DIGEST_OFF);
    return undefined;
  }
  return ctx.digest;
}

export const showDigest: ModerateHandler = async (job) => {
  const digest = await digestOf(job);
  if (digest === undefined) return { outcome: 'refused' };
  const { interaction, ctx, debates, guildId } = job;
  const asked = interaction.options.getInteger('days') ?? 7;
  // Nothing older than the retention is kept, so a longer look back would only mislead.
  const retention = debates.getSettings(guildId).questionRetentionDays;
  const days = Math.min(asked, retention);
  const report = digest.report(guildId, days);
  await reply(interaction, renderDigest(report, ctx.corpus, asked > retention ? { clampedFrom: asked } : {}));
  return { outcome: 'ok', results: report.questions };
};

export const exportDigest: ModerateHandler = async (job) => {
  const digest = await digestOf(job);
  if (digest === undefined) return { outcome: 'refused' };
  const { interaction, ctx, guildId } = job;
  const { csv, rows } = digest.exportCsv(guildId);
  const file = new AttachmentBuilder(Buffer.from(UTF8_BOM + csv, 'utf8'), { name: `asked-questions-${dayOf(ctx.now())}.csv`, description: 'The questions the class asked (no names)' });
  const body = toMessageBody({ content: `${rows} kept question${rows === 1 ? '' : 's'}, one per row (no names, no user ids).`, ephemeral: true });
  await interaction.reply({ ...body, files: [file], flags: MessageFlags.Ephemeral });
  return { outcome: 'ok', results: rows };
};
