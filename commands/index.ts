// The commands, slash commands in the order /help lists them, then the message commands
// (right-click a message > Apps). The router and the deploy step both read this list, so what is
// deployed is exactly what is handled. No folder scanning.
import { isMessageCommand, type AppCommand, type Command } from '../src/discord/command.js';
import type { CommandHelp } from '../src/views/discord/answer-messages.js';
import { ask } from './ask.js';
import { checkQuote } from './check-quote.js';
import { findInEssay } from './find-in-essay.js';
import { debate } from './debate.js';
import { footnote } from './footnote.js';
import { help } from './help.js';
import { moderate } from './moderate/index.js';
import { passage } from './passage.js';

export const commands: readonly AppCommand[] = [ask, footnote, passage, debate, moderate, help, findInEssay, checkQuote];

/** How /help describes a list of commands (the slash commands: a message command has no description). */
export function helpFor(list: readonly AppCommand[]): CommandHelp[] {
  return list.filter((command): command is Command => !isMessageCommand(command)).map((command) => ({
    name: command.data.name,
    description: command.data.description,
    ...(command.example !== undefined ? { example: command.example } : {}),
  }));
}
