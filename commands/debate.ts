// /debate — what students do in a debate thread: join a side, raise or lower a hand, cite a
// paragraph, see the status; and, anywhere in the server, propose a motion, see what the
// moderators decided, and see their own record (`me`). Each subcommand reads its options, calls the debate service once and
// hands the outcome to the reply helper. Citing and proposing have cooldowns (cooldowns.ts).
import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { renderCitation, renderCiteProblem, renderProposalList, renderProposalProblem, renderStatus, renderStudentRecord } from '../src/views/discord/debate-messages.js';
import type { Side } from '../src/debate/types.js';
import { paragraphChoices } from '../src/views/discord/choices.js';
import { DEBATE_CLOSED, DEBATE_PAUSED, NOT_IN_A_SERVER, notInDebateThread, UNKNOWN_SUBCOMMAND } from '../src/views/discord/refusals.js';
import type { Command, HandlerReport } from '../src/discord/command.js';
import { requireDebates, type CommandContext } from '../src/discord/context.js';
import { cooldownNotice } from '../src/discord/cooldowns.js';
import { displayNameOf } from '../src/discord/members.js';
import { readingOption, suggestNumberInReading } from '../src/discord/readings.js';
import { DEBATE_LIMITS } from '../src/debate/debate-service.js';
import { reply, replyPrivately } from '../src/discord/reply.js';

const data = new SlashCommandBuilder()
  .setName('debate')
  .setDescription('Take part in a debate on the essay')
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('join')
      .setDescription('Take a side (you may switch later; switches are recorded)')
      .addStringOption((option) =>
        option
          .setName('side')
          .setDescription('For or against the motion')
          .setRequired(true)
          .addChoices({ name: 'For the motion', value: 'for' }, { name: 'Against the motion', value: 'against' }),
      ),
  )
  .addSubcommand((sub) => sub.setName('raise-hand').setDescription('Ask to speak; the moderator calls speakers in order'))
  .addSubcommand((sub) => sub.setName('lower-hand').setDescription('Leave the queue of speakers'))
  .addSubcommand((sub) =>
    sub
      .setName('cite')
      .setDescription('Quote a paragraph of the essay into the debate, for your side')
      .addIntegerOption((option) => option.setName('paragraph').setDescription('The paragraph number (¶)').setRequired(true).setMinValue(1).setAutocomplete(true))
      .addStringOption((option) => option.setName('point').setDescription('Your point, in one line (optional)').setMaxLength(200))
      .addStringOption((option) => option.setName('reading').setDescription('Cite another reading of the course (default: the debate’s)').setAutocomplete(true)),
  )
  .addSubcommand((sub) => sub.setName('status').setDescription('The sides, the queue and your place in it'))
  .addSubcommand((sub) =>
    sub
      .setName('propose')
      .setDescription('Propose a motion for a future debate; a moderator reviews it')
      .addStringOption((option) => option.setName('motion').setDescription('“This house believes that …”').setRequired(true).setMinLength(DEBATE_LIMITS.motionLength.min).setMaxLength(DEBATE_LIMITS.motionLength.max))
      .addStringOption((option) => option.setName('paragraphs').setDescription('Paragraphs that bear on it, e.g. "12, 14-16"').setRequired(true).setMaxLength(60))
      .addStringOption((option) => option.setName('reading').setDescription('The reading the motion and its paragraphs come from (default: the current one)').setAutocomplete(true)),
  )
  .addSubcommand((sub) => sub.setName('proposals').setDescription('Your proposed motions and what the moderators decided'))
  .addSubcommand((sub) => sub.setName('me').setDescription('Your own record in this server’s debates: sides, posts, citations, turns'))
  .toJSON();

async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<HandlerReport> {
  if (!interaction.inGuild()) {
    await replyPrivately(interaction, NOT_IN_A_SERVER);
    return { outcome: 'refused' };
  }
  const debates = requireDebates(ctx);
  const guildId = interaction.guildId;
  const here = { guildId, threadId: interaction.channelId };
  const actor = { userId: interaction.user.id, displayName: displayNameOf(interaction) };
  const sub = interaction.options.getSubcommand(true);
  const refuse = async (text: string): Promise<HandlerReport> => {
    await replyPrivately(interaction, text);
    return { outcome: 'refused' };
  };
  const answer = async (text: string): Promise<HandlerReport> => {
    await replyPrivately(interaction, text);
    return { outcome: 'ok' };
  };
  const outside = (): Promise<HandlerReport> => refuse(notInDebateThread(debates.liveDebates(guildId), { recordsDeleted: debates.recordsDeletedIn(here) }));
  const who = { userId: actor.userId, guildId };
  const cooledDown = async (text: string, query: string | undefined): Promise<HandlerReport> => {
    await replyPrivately(interaction, text);
    return { outcome: 'cooldown', ...(query === undefined ? {} : { query }) };
  };

  switch (sub) {
    case 'join': {
      const side = interaction.options.getString('side', true) === 'against' ? 'against' : 'for';
      const outcome = debates.joinSide(here, actor, side);
      if (outcome.kind === 'no-debate') return outside();
      if (outcome.kind === 'debate-closed') return refuse(DEBATE_CLOSED);
      if (outcome.kind === 'already-on-side') return answer(`You are already ${sideWords(side)}.`);
      return answer(
        outcome.switchedFrom === undefined
          ? `You joined the side ${sideWords(side)}. Raise your hand with \`/debate raise-hand\` to speak.`
          : `You switched from ${sideWords(outcome.switchedFrom)} to ${sideWords(side)}. (Switches are part of the record.)`,
      );
    }
    case 'raise-hand': {
      const outcome = debates.raiseHand(here, actor);
      if (outcome.kind === 'no-debate') return outside();
      if (outcome.kind === 'debate-closed') return refuse(DEBATE_CLOSED);
      if (outcome.kind === 'no-side') return refuse('Join a side first with `/debate join`, so the moderator knows which side you speak for.');
      if (outcome.kind === 'already-raised') return answer(`Your hand is already up: you are #${outcome.position} in the queue.`);
      return answer(`Hand raised: you are #${outcome.position} in the queue.${outcome.debate.status === 'paused' ? ' (The debate is paused; the queue waits.)' : ''}`);
    }
    case 'lower-hand': {
      const outcome = debates.lowerHand(here, actor);
      if (outcome.kind === 'no-debate') return outside();
      if (outcome.kind === 'debate-closed') return refuse(DEBATE_CLOSED);
      return answer(outcome.kind === 'no-hand' ? 'Your hand is not up.' : 'Hand lowered: you left the queue.');
    }
    case 'cite': {
      const number = interaction.options.getInteger('paragraph', true);
      const point = interaction.options.getString('point');
      // The debate's own reading unless the student names another one.
      const reading = readingOption(interaction, ctx, false, debates.debateInThread(here)?.reading).id;
      const cooldown = ctx.cooldowns.check('cite', who);
      if (!cooldown.allowed) return cooledDown(cooldownNotice('cite', cooldown), point ?? undefined);
      const outcome = debates.cite(here, actor, number, reading);
      if (outcome.kind === 'no-debate') return outside();
      if (outcome.kind === 'debate-closed') return refuse(DEBATE_CLOSED);
      if (outcome.kind === 'debate-paused') return refuse(DEBATE_PAUSED);
      if (outcome.kind === 'no-side') return refuse('Join a side first with `/debate join`: a citation counts for your side.');
      if (outcome.kind === 'no-paragraph') return refuse(renderCiteProblem(outcome.problem));
      // Counted once posted: a refused citation costs the thread nothing.
      ctx.cooldowns.record('cite', who);
      await reply(
        interaction,
        renderCitation({ reading: outcome.reading, paragraph: outcome.paragraph, userId: actor.userId, displayName: actor.displayName, side: outcome.side, point, nameReading: ctx.corpus.readings.length > 1 }),
      );
      return { outcome: 'ok', results: 1, ...(point === null ? {} : { query: point }) };
    }
    case 'status': {
      const view = debates.status(here, actor.userId);
      if (view.kind === 'no-debate') return outside();
      await reply(interaction, renderStatus(view, debates.queueWithNames(view.debate)));
      return { outcome: 'ok' };
    }
    case 'propose': {
      const motion = interaction.options.getString('motion', true);
      const cooldown = ctx.cooldowns.check('propose', who);
      if (!cooldown.allowed) return cooledDown(cooldownNotice('propose', cooldown), motion);
      const reading = readingOption(interaction, ctx).id;
      const outcome = debates.propose({ guildId, userId: actor.userId, motion, paragraphs: interaction.options.getString('paragraphs', true), reading });
      if (outcome.kind === 'invalid') return refuse(renderProposalProblem(outcome.problem));
      if (outcome.kind === 'too-many-pending') return refuse(`You already have ${outcome.limit} proposals waiting for review; wait for a moderator to review them.`);
      ctx.cooldowns.record('propose', who);
      await replyPrivately(interaction, `Proposal #${outcome.proposal.id} sent to the moderators. See their decision with \`/debate proposals\`.`);
      return { outcome: 'ok', query: motion };
    }
    case 'proposals': {
      await reply(interaction, renderProposalList(debates.proposalsOf(guildId, actor.userId), 'Your proposed motions', 'You have not proposed a motion yet. Try `/debate propose`.'));
      return { outcome: 'ok' };
    }
    case 'me': {
      // Anywhere in the server: the record spans its debates. Cheap, but a loop of it is not.
      const cooldown = ctx.cooldowns.take('record', who);
      if (!cooldown.allowed) return cooledDown(cooldownNotice('record', cooldown), undefined);
      const records = debates.recordOf(guildId, actor.userId);
      await reply(interaction, renderStudentRecord(records));
      return { outcome: 'ok', results: records.length };
    }
    default:
      return refuse(UNKNOWN_SUBCOMMAND);
  }
}

function sideWords(side: Side): string {
  return side === 'for' ? '**for** the motion' : '**against** the motion';
}

export const debate = {
  data,
  example: '/debate cite paragraph: 13 point: Russia’s assertiveness is “not a mere feint”',
  execute,
  async autocomplete(interaction, ctx) {
    // `reading` (cite, propose) lists the readings; cite's paragraph previews those of the reading
    // named so far, else of the debate in this thread.
    const inThread = interaction.guildId === null ? undefined : ctx.debates?.debateInThread({ guildId: interaction.guildId, threadId: interaction.channelId });
    await suggestNumberInReading(interaction, ctx, paragraphChoices, inThread?.reading);
  },
} satisfies Command;
