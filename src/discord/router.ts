// Sends each interaction to its command (slash or message command, autocomplete, button) inside
// the one error boundary: a UserFacingError becomes its message, privately; anything else a private
// "Something went wrong (ref …)" and a log line with the same ref. One log line per interaction.
// Privacy: at info the line names the request (ref), the command and the outcome, never the
// student (user id) nor what they asked; at debug it adds both, for a teacher chasing a problem.
import { randomBytes } from 'node:crypto';
import { DiscordAPIError, RESTJSONErrorCodes, type Interaction, type RepliableInteraction } from 'discord.js';
import { UserFacingError } from '../errors.js';
import { isMessageCommand, type AppCommand, type Command, type HandlerReport, type MessageCommand, type Outcome } from './command.js';
import type { CommandContext } from './context.js';
import { commandOfCustomId } from '../views/discord/custom-ids.js';
import { replyPrivately } from './reply.js';

export interface Router {
  /** Handles one interaction to the end; never rejects. */
  handle(interaction: Interaction): Promise<void>;
}

export interface RouterOptions {
  /** A short reference per request, logged and shown to the user on an error (default 6 random hex digits). */
  readonly newRef?: () => string;
}

export const UNKNOWN_BUTTON = 'This button is no longer in use. Please run the command again.';
export const UNKNOWN_COMMAND = 'I do not know that command any more. Ask your teacher to deploy the commands again.';
/** For a select menu or a form the bot no longer knows (never called a button: it is not one). */
export const UNKNOWN_COMPONENT = 'This menu or form is no longer in use. Please run the command again.';

export function somethingWentWrong(ref: string): string {
  return `Something went wrong (ref ${ref}). Please try again; if it keeps happening, tell your teacher.`;
}

const randomRef = (): string => randomBytes(3).toString('hex');

/**
 * Discord takes no answer through this interaction any more: it expired before we acknowledged
 * it (10062 Unknown interaction), or it was acknowledged already, by another running copy of the
 * bot or by an earlier attempt of a retried request (40060).
 */
function isInteractionGone(err: unknown): boolean {
  return err instanceof DiscordAPIError && (err.code === RESTJSONErrorCodes.UnknownInteraction || err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged);
}

export function createRouter(commands: readonly AppCommand[], ctx: CommandContext, options: RouterOptions = {}): Router {
  const byName = new Map(commands.flatMap((command): [string, Command][] => (isMessageCommand(command) ? [] : [[command.data.name, command]])));
  const menus = new Map(commands.flatMap((command): [string, MessageCommand][] => (isMessageCommand(command) ? [[command.data.name, command]] : [])));
  // Buttons find their command by the first part of their custom id.
  const byButtonPrefix = new Map<string, AppCommand>(
    commands.map((command) => [isMessageCommand(command) ? (command.buttonPrefix ?? command.data.name) : command.data.name, command]),
  );
  const newRef = options.newRef ?? randomRef;
  const log = ctx.log.child({ module: 'router' });

  /** Runs a handler; turns whatever it throws into a private message and an outcome. */
  async function guarded(interaction: RepliableInteraction, name: string, ref: string, run: () => Promise<HandlerReport>): Promise<HandlerReport> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof UserFacingError) {
        await tell(interaction, err.message, name);
        return { outcome: 'user-error' };
      }
      if (isInteractionGone(err)) {
        // Telling the user would go through the same interaction and fail the same way: one
        // warning, no second attempt (tests/faults/interaction-faults.test.ts).
        log.warn({ err, ref, command: name }, 'interaction can no longer be answered');
        return { outcome: 'error' };
      }
      log.error({ err, ref, command: name }, 'interaction handler failed');
      await tell(interaction, somethingWentWrong(ref), name);
      return { outcome: 'error' };
    }
  }

  /** A private message that must not throw: the interaction may be gone (expired, unknown). */
  async function tell(interaction: RepliableInteraction, text: string, name: string): Promise<void> {
    try {
      await replyPrivately(interaction, text);
    } catch (err) {
      log.warn({ err, command: name }, 'could not tell the user');
    }
  }

  function logLine(interaction: Interaction, name: string, kind: string, started: number, ref: string, report: HandlerReport): void {
    const detailed = log.isLevelEnabled('debug');
    const line = {
      ref,
      command: name,
      kind,
      guild: interaction.guildId ?? 'dm',
      // Wall time, not ctx.now: tests fix ctx's clock, and latency must stay real.
      latencyMs: Date.now() - started,
      results: report.results ?? 0,
      outcome: report.outcome ?? 'ok',
      // Who asked and what: only when a teacher turned LOG_LEVEL to debug (README, "What the bot stores and logs").
      ...(detailed ? { user: interaction.user.id } : {}),
      ...(detailed && report.query !== undefined ? { query: { text: report.query } } : {}),
    };
    // Autocomplete fires on every keystroke: its lines are debug-level to keep the log readable.
    if (kind === 'autocomplete') log.debug(line, 'interaction');
    else log.info(line, 'interaction');
  }

  return {
    async handle(interaction) {
      const started = Date.now();
      // One reference per request: in its log line, and shown to the user if it fails.
      const ref = newRef();
      if (interaction.isChatInputCommand()) {
        const name = interaction.commandName;
        const command = byName.get(name);
        const report = await guarded(interaction, name, ref, async () => {
          if (command === undefined) {
            await replyPrivately(interaction, UNKNOWN_COMMAND);
            return { outcome: 'unknown' };
          }
          return command.execute(interaction, ctx);
        });
        logLine(interaction, name, 'command', started, ref, report);
        return;
      }
      if (interaction.isAutocomplete()) {
        const name = interaction.commandName;
        let outcome: Outcome = 'ok';
        try {
          const command = byName.get(name);
          if (command?.autocomplete === undefined) await interaction.respond([]);
          else await command.autocomplete(interaction, ctx);
        } catch (err) {
          outcome = 'error';
          log.warn({ err, command: name }, 'autocomplete failed');
          if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
        }
        logLine(interaction, name, 'autocomplete', started, ref, { outcome });
        return;
      }
      if (interaction.isButton()) {
        const name = commandOfCustomId(interaction.customId);
        const command = byButtonPrefix.get(name);
        const report = await guarded(interaction, name, ref, async () => {
          if (command?.handleButton === undefined) {
            await replyPrivately(interaction, UNKNOWN_BUTTON);
            return { outcome: 'unknown' };
          }
          return command.handleButton(interaction, ctx);
        });
        logLine(interaction, `${name}:button`, 'button', started, ref, report);
        return;
      }
      if (interaction.isMessageContextMenuCommand()) {
        const name = interaction.commandName;
        const command = menus.get(name);
        const report = await guarded(interaction, name, ref, async () => {
          if (command === undefined) {
            // A stale menu entry after a redeploy gets the unknown-command words.
            await replyPrivately(interaction, UNKNOWN_COMMAND);
            return { outcome: 'unknown' };
          }
          return command.execute(interaction, ctx);
        });
        logLine(interaction, name, 'command', started, ref, report);
        return;
      }
      if (interaction.isModalSubmit()) {
        const name = commandOfCustomId(interaction.customId);
        const command = byName.get(name);
        const report = await guarded(interaction, name, ref, async () => {
          if (command?.handleModal === undefined) {
            await replyPrivately(interaction, UNKNOWN_COMPONENT);
            return { outcome: 'unknown' };
          }
          return command.handleModal(interaction, ctx);
        });
        logLine(interaction, `${name}:form`, 'form', started, ref, report);
        return;
      }
      if (interaction.isContextMenuCommand()) {
        // No user (right-click a member) command exists: a stale menu entry gets the unknown-command words.
        await tell(interaction, UNKNOWN_COMMAND, interaction.commandName);
        logLine(interaction, interaction.commandName, 'command', started, ref, { outcome: 'unknown' });
        return;
      }
      if (interaction.isRepliable()) {
        // Select menus belong to no command (forms are routed above): say so rather than let it time out.
        await tell(interaction, UNKNOWN_COMPONENT, 'unknown');
        logLine(interaction, 'unknown', 'other', started, ref, { outcome: 'unknown' });
      }
    },
  };
}
