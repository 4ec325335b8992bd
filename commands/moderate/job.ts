// What every /moderate subcommand handler receives: the interaction (in a server, from a
// moderator: index.ts has checked both), the debate service and the ways to answer. One handler
// per subcommand, grouped by job in the files beside this one; index.ts maps names to handlers.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DebateService, ThreadRef } from '../../src/debate/debate-service.js';
import type { HandlerReport, Outcome } from '../../src/discord/command.js';
import type { CommandContext } from '../../src/discord/context.js';
import { replyPrivately } from '../../src/discord/reply.js';
import { notInDebateThread } from '../../src/views/discord/refusals.js';

export interface ModerateJob {
  readonly interaction: ChatInputCommandInteraction<'raw' | 'cached'>;
  readonly ctx: CommandContext;
  readonly debates: DebateService;
  readonly guildId: string;
  /** The channel the command was used in: a debate's thread for the floor and records jobs. */
  readonly threadId: string;
  /** This server and channel: every debate lookup is scoped by both. */
  readonly here: ThreadRef;
  readonly moderatorId: string;
  /** Answers privately and reports a refusal. */
  readonly refuse: (text: string) => Promise<HandlerReport>;
  /** Answers privately and reports success. */
  readonly tell: (text: string) => Promise<HandlerReport>;
  /** The refusal for a command used outside a debate's thread, naming this server's live debates. */
  readonly outside: () => Promise<HandlerReport>;
}

export type ModerateHandler = (job: ModerateJob) => Promise<HandlerReport>;

export function createModerateJob(interaction: ChatInputCommandInteraction<'raw' | 'cached'>, ctx: CommandContext, debates: DebateService): ModerateJob {
  const say = (outcome: Outcome) => async (text: string): Promise<HandlerReport> => {
    await replyPrivately(interaction, text);
    return { outcome };
  };
  const refuse = say('refused');
  return {
    interaction,
    ctx,
    debates,
    guildId: interaction.guildId,
    threadId: interaction.channelId,
    here: { guildId: interaction.guildId, threadId: interaction.channelId },
    moderatorId: interaction.user.id,
    refuse,
    tell: say('ok'),
    outside: () =>
      refuse(notInDebateThread(debates.liveDebates(interaction.guildId), { recordsDeleted: debates.recordsDeletedIn({ guildId: interaction.guildId, threadId: interaction.channelId }) })),
  };
}
