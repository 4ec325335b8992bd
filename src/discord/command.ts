// What a command is — a slash command, or a message command (right-click a message > Apps): its
// definition (sent to Discord by the deploy step) and thin handlers that read the interaction,
// call one core function and hand the result to the reply helper. commands/index.ts lists them;
// the router dispatches to them.
import {
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandContext } from './context.js';

/** How an interaction ended, for its log line. */
export type Outcome = 'ok' | 'no-match' | 'refused' | 'expired' | 'cooldown' | 'user-error' | 'error' | 'restarting' | 'unknown';

/** What a handler reports about its work; the router adds timing and writes the log line. */
export interface HandlerReport {
  readonly outcome?: Outcome;
  /** How many results the reply showed. */
  readonly results?: number;
  /** Text the user typed, logged under its own key (`query.text`), never at top level. */
  readonly query?: string;
}

export interface Command {
  /** The definition as Discord takes it (name, description, options). */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** An example use for /help, as a student would type it. */
  readonly example?: string;
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<HandlerReport>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
  /** Buttons whose custom id starts with `<data.name>:`. */
  handleButton?(interaction: ButtonInteraction, ctx: CommandContext): Promise<HandlerReport>;
  /** Forms (modals) whose custom id starts with `<data.name>:`. */
  handleModal?(interaction: ModalSubmitInteraction, ctx: CommandContext): Promise<HandlerReport>;
}

/**
 * A message command: Discord lists it under Apps when a student right-clicks (long-presses) a
 * message, and hands the bot that message's text with the interaction — no Message Content
 * intent needed.
 */
export interface MessageCommand {
  /** The definition as Discord takes it: a name as shown in the menu (spaces allowed), type Message. */
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /** The first part of its buttons' custom ids (`<buttonPrefix>:…`): a menu name has spaces. */
  readonly buttonPrefix?: string;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Promise<HandlerReport>;
  handleButton?(interaction: ButtonInteraction, ctx: CommandContext): Promise<HandlerReport>;
}

/** Anything commands/index.ts lists. */
export type AppCommand = Command | MessageCommand;

export function isMessageCommand(command: AppCommand): command is MessageCommand {
  return command.data.type === ApplicationCommandType.Message;
}
