// The slash commands, in the order /help lists them. The router and the deploy step both read
// this list, so what is deployed is exactly what is handled. No folder scanning.
import type { Command } from '../src/discord/command.js';
import type { CommandHelp } from '../src/views/discord/answer-messages.js';
import { ask } from './ask.js';
import { debate } from './debate.js';
import { footnote } from './footnote.js';
import { help } from './help.js';
import { moderate } from './moderate/index.js';
import { passage } from './passage.js';

export const commands: readonly Command[] = [ask, footnote, passage, debate, moderate, help];

/** How /help describes a list of commands. */
export function helpFor(list: readonly Command[]): CommandHelp[] {
  return list.map((command) => ({
    name: command.data.name,
    description: command.data.description,
    ...(command.example !== undefined ? { example: command.example } : {}),
  }));
}
