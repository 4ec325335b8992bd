/**
 * Discord's rules for application command definitions, checked on bulk overwrite the way
 * Discord checks them (400, code 50035, naming the field), so a deploy that Discord would
 * refuse fails in tests too.
 */
import { DiscordApiError } from './message-limits.js';

const CHAT_INPUT = 1;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const MAX_COMMANDS = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;

// Discord's documented name pattern for chat input commands and options.
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
// User and message commands (right-click menus) may have spaces and capitals.
const MENU_NAME = /^[-_ '\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function refuse(field: string, message: string): never {
  throw new DiscordApiError(400, 50035, 'Invalid Form Body', { [field]: { _errors: [{ code: 'INVALID_COMMAND', message }] } });
}

function checkName(field: string, name: unknown): void {
  if (typeof name !== 'string' || !CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase()) {
    refuse(field, `Command and option names must match ${CHAT_INPUT_NAME.source} and be lower case (got ${JSON.stringify(name)})`);
  }
}

function checkDescription(field: string, description: unknown): void {
  const length = typeof description === 'string' ? [...description].length : 0;
  if (length < 1 || length > 100) refuse(field, 'Must be between 1 and 100 in length.');
}

function checkOptions(field: string, options: unknown): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) refuse(field, 'Must be an array.');
  if (options.length > MAX_OPTIONS) refuse(field, `Must be ${MAX_OPTIONS} or fewer in length.`);
  const names = new Set<string>();
  let seenOptional = false;
  const kinds = new Set<'sub' | 'value'>();
  options.forEach((raw: unknown, index) => {
    const at = `${field}.${index}`;
    const option = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    checkName(`${at}.name`, option['name']);
    checkDescription(`${at}.description`, option['description']);
    const name = String(option['name']);
    if (names.has(name)) refuse(`${at}.name`, `Option name ${name} is already used`);
    names.add(name);
    const isSub = option['type'] === SUBCOMMAND || option['type'] === SUBCOMMAND_GROUP;
    kinds.add(isSub ? 'sub' : 'value');
    if (isSub) {
      checkOptions(`${at}.options`, option['options']);
      return;
    }
    if (option['required'] === true && seenOptional) refuse(`${at}.required`, 'Required options must be placed before non-required options');
    if (option['required'] !== true) seenOptional = true;
    const choices = option['choices'];
    if (Array.isArray(choices)) {
      if (choices.length > MAX_CHOICES) refuse(`${at}.choices`, `Must be ${MAX_CHOICES} or fewer in length.`);
      if (option['autocomplete'] === true && choices.length > 0) refuse(`${at}.autocomplete`, 'Autocomplete cannot be used with choices');
      choices.forEach((choice: unknown, choiceIndex) => {
        const choiceName = (choice as { name?: unknown }).name;
        const length = typeof choiceName === 'string' ? [...choiceName].length : 0;
        if (length < 1 || length > 100) refuse(`${at}.choices.${choiceIndex}.name`, 'Must be between 1 and 100 in length.');
      });
    }
  });
  if (kinds.size > 1) refuse(field, 'Subcommands and subcommand groups cannot be mixed with other option types');
}

/** Throws Discord's 50035 for the first problem in a bulk overwrite body. */
export function checkCommandDefinitions(commands: readonly unknown[]): void {
  if (commands.length > MAX_COMMANDS) refuse('_', `At most ${MAX_COMMANDS} commands`);
  const seen = new Set<string>();
  commands.forEach((raw, index) => {
    const command = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const type = command['type'] ?? CHAT_INPUT;
    const key = `${String(type)}:${String(command['name'])}`;
    if (seen.has(key)) refuse(`${index}.name`, `Application command names must be unique (${String(command['name'])})`);
    seen.add(key);
    if (type !== CHAT_INPUT) {
      const name = command['name'];
      if (typeof name !== 'string' || name.length < 1 || name.length > 32) refuse(`${index}.name`, 'Must be between 1 and 32 in length.');
      if (!MENU_NAME.test(name)) refuse(`${index}.name`, `Menu command names must match ${MENU_NAME.source} (got ${JSON.stringify(name)})`);
      // Discord refuses a description or options on a user or message command.
      const description = command['description'];
      if (description !== undefined && description !== '') refuse(`${index}.description`, 'Context menu commands cannot have description');
      if (command['options'] !== undefined) refuse(`${index}.options`, 'Context menu commands cannot have options');
      return;
    }
    checkName(`${index}.name`, command['name']);
    checkDescription(`${index}.description`, command['description']);
    checkOptions(`${index}.options`, command['options']);
    const permissions = command['default_member_permissions'];
    if (permissions !== undefined && permissions !== null && (typeof permissions !== 'string' || !/^\d+$/.test(permissions))) {
      refuse(`${index}.default_member_permissions`, 'Must be a string of permission bits or null');
    }
  });
}
