// What a command handler may use: the engine, the corpus, a logger, the clock, cooldowns and
// the remembered questions — never the whole client. Add a field here (and to
// createCommandContext) when a feature needs one; handlers receive it unchanged.
import type { Logger } from 'pino';
import type { AnswerEngine } from '../answers/answer-engine.js';
import type { Corpus } from '../corpus/types.js';
import type { DebateService } from '../debate/debate-service.js';
import type { DigestService } from '../digest/digest-service.js';
import { UserFacingError } from '../errors.js';
import { createAskedQuestions, type AskedQuestions } from './asked-questions.js';
import { createCommandIds, type CommandIds } from './command-ids.js';
import { createCooldowns, type Cooldowns } from './cooldowns.js';
import type { CommandHelp } from '../views/discord/answer-messages.js';
import { DEBATES_UNAVAILABLE } from '../views/discord/refusals.js';

export interface CommandContext {
  readonly engine: AnswerEngine;
  readonly corpus: Corpus;
  readonly log: Logger;
  /** Milliseconds since the epoch; injected so tests fix the time. */
  readonly now: () => number;
  readonly cooldowns: Cooldowns;
  /** Questions behind "More passages" / "Post to class" buttons. */
  readonly asked: AskedQuestions;
  /** The deployed commands, for /help. */
  readonly commands: readonly CommandHelp[];
  /** The ids Discord gave the commands, to mention them (`</ask:ID>`); filled once connected. */
  readonly commandIds: CommandIds;
  /** Debates and their store; absent when the bot runs without a database (debate commands say so). */
  readonly debates?: DebateService;
  /** The teacher's digest (kept questions, votes), in the same database; absent without one. */
  readonly digest?: DigestService;
}

export interface CommandContextOptions {
  readonly engine: AnswerEngine;
  readonly log: Logger;
  readonly commands: readonly CommandHelp[];
  readonly now?: () => number;
  readonly cooldowns?: Cooldowns;
  readonly asked?: AskedQuestions;
  readonly commandIds?: CommandIds;
  readonly debates?: DebateService;
  readonly digest?: DigestService;
}

export function createCommandContext(options: CommandContextOptions): CommandContext {
  const now = options.now ?? Date.now;
  return {
    engine: options.engine,
    corpus: options.engine.corpus,
    log: options.log,
    now,
    cooldowns: options.cooldowns ?? createCooldowns(now),
    asked: options.asked ?? createAskedQuestions({ now }),
    commands: options.commands,
    commandIds: options.commandIds ?? createCommandIds(),
    ...(options.debates !== undefined ? { debates: options.debates } : {}),
    ...(options.digest !== undefined ? { digest: options.digest } : {}),
  };
}

/** The debate service, or a polite refusal when the bot runs without one. */
export function requireDebates(ctx: CommandContext): DebateService {
  if (ctx.debates === undefined) throw new UserFacingError('debates-unavailable', DEBATES_UNAVAILABLE);
  return ctx.debates;
}
