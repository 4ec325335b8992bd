// Turns the command line's arguments into one typed command, or a UserFacingError('usage') whose
// message is the single line the CLI prints before exiting with code 2. Pure: no I/O here.
import { UserFacingError } from '../errors.js';
import { parseWholeNumber } from './lookup.js';

export type CliCommand =
  | { readonly kind: 'help' }
  /** `question` undefined means: read one question per stdin line (only with --json). */
  | { readonly kind: 'ask'; readonly question: string | undefined; readonly limit: number | undefined; readonly reading: string | undefined; readonly json: boolean }
  /** The readings: id, title, author, counts, which companion files are present. */
  | { readonly kind: 'readings'; readonly json: boolean }
  /** Parse one reading file and say what was understood (for a teacher preparing a reading). */
  | { readonly kind: 'check'; readonly file: string; readonly json: boolean }
  | { readonly kind: 'motions'; readonly reading: string | undefined; readonly json: boolean }
  | { readonly kind: 'passage' | 'footnote'; readonly number: number; readonly reading: string | undefined; readonly json: boolean }
  | { readonly kind: 'passages'; readonly json: boolean }
  | { readonly kind: 'invite'; readonly clientId: string | undefined }
  /** A consistent copy of the database in DATA_DIR, made while the bot may be running. */
  | { readonly kind: 'backup'; readonly file: string };

/** Bounds for --limit: at least one result; more than this is the whole essay, not an answer. */
export const MAX_LIMIT = 50;

const COMMANDS = ['ask', 'footnote', 'passage', 'passages', 'readings', 'check', 'motions', 'invite', 'backup', 'help'] as const;
type CommandName = (typeof COMMANDS)[number];

/** The options each command accepts; `true` means the option takes a value. */
const OPTIONS: Record<CommandName, Readonly<Record<string, boolean>>> = {
  ask: { '--json': false, '--limit': true, '--reading': true },
  readings: { '--json': false },
  check: { '--json': false },
  motions: { '--json': false, '--reading': true },
  footnote: { '--json': false, '--reading': true },
  passage: { '--json': false, '--reading': true },
  passages: { '--json': false },
  invite: { '--client-id': true },
  backup: {},
  help: {},
};

function usage(message: string): UserFacingError {
  return new UserFacingError('usage', message);
}

interface Split {
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
}

// `-3` is a (bad) number, not an option, so `footnote -3` says "does not exist" rather than "unknown option".
function looksLikeOption(token: string): boolean {
  return token.startsWith('-') && token.length > 1 && !/^-\d/.test(token);
}

function splitArguments(command: CommandName, tokens: readonly string[]): Split {
  const accepted = OPTIONS[command];
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (token === '--') {
      positionals.push(...tokens.slice(i + 1));
      break;
    }
    if (!looksLikeOption(token)) {
      positionals.push(token);
      continue;
    }
    const equals = token.indexOf('=');
    const name = equals > 0 ? token.slice(0, equals) : token;
    const takesValue = accepted[name];
    if (takesValue === undefined) {
      const known = Object.keys(accepted);
      throw usage(`unknown option ${name.slice(0, 40)} for ${command}${known.length > 0 ? `: it accepts ${known.join(', ')}` : ''}`);
    }
    if (!takesValue) {
      if (equals > 0) throw usage(`${name} takes no value`);
      options.set(name, true);
      continue;
    }
    const value = equals > 0 ? token.slice(equals + 1) : tokens[i + 1];
    if (equals < 0) i += 1;
    if (value === undefined || value === '') throw usage(`${name} needs a value, e.g. ${name} ${name === '--limit' ? 5 : 'ID'}`);
    options.set(name, value);
  }
  return { positionals, options };
}

function stringOption(options: Map<string, string | true>, name: string): string | undefined {
  const value = options.get(name);
  return typeof value === 'string' ? value : undefined;
}

function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const limit = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    throw usage(`--limit must be a whole number from 1 to ${MAX_LIMIT}: got "${text.slice(0, 40)}"`);
  }
  return limit;
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h' || rest.includes('--help') || rest.includes('-h')) {
    if (name === 'help' && rest.length > 0 && !rest.every((t) => t === '--help' || t === '-h')) throw usage('help takes no arguments');
    return { kind: 'help' };
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    throw usage(`unknown command "${name.slice(0, 40)}": the commands are ${COMMANDS.join(', ')} (try: npm run cli -- help)`);
  }
  const command = name as CommandName;
  const { positionals, options } = splitArguments(command, rest);
  const json = options.has('--json');

  switch (command) {
    case 'ask': {
      const limit = parseLimit(stringOption(options, '--limit'));
      if (positionals.length === 0) {
        if (!json) throw usage('ask needs a question: npm run cli -- ask "your question" (or ask --json to read one question per line from stdin)');
        return { kind: 'ask', question: undefined, limit, reading: stringOption(options, '--reading'), json };
      }
      // Unquoted words are one question: `ask why did Russia turn to China` works too.
      const question = positionals.join(' ');
      if (question.trim() === '') throw usage('the question is empty: ask something, e.g. ask "Why did Russia move closer to China?"');
      return { kind: 'ask', question, limit, reading: stringOption(options, '--reading'), json };
    }
    case 'passage':
    case 'footnote': {
      if (positionals.length > 1) throw usage(`${command} takes one number: got "${positionals.join(' ').slice(0, 40)}"`);
      const number = parseWholeNumber(command, positionals[0]);
      return { kind: command, number, reading: stringOption(options, '--reading'), json };
    }
    case 'passages':
      if (positionals.length > 0) throw usage(`passages takes no arguments (use passage N for one paragraph)`);
      return { kind: 'passages', json };
    case 'readings':
      if (positionals.length > 0) throw usage('readings takes no arguments');
      return { kind: 'readings', json };
    case 'check':
      if (positionals.length !== 1 || positionals[0]?.trim() === '') throw usage('check takes one reading file: npm run -s cli -- check corpus/my-reading.md');
      return { kind: 'check', file: positionals[0] ?? '', json };
    case 'motions':
      if (positionals.length > 0) throw usage('motions takes no arguments (use --reading ID for one reading)');
      return { kind: 'motions', reading: stringOption(options, '--reading'), json };
    case 'invite':
      if (positionals.length > 0) throw usage('invite takes no arguments (use --client-id ID to give the application id)');
      return { kind: 'invite', clientId: stringOption(options, '--client-id') };
    case 'backup':
      if (positionals.length !== 1 || positionals[0]?.trim() === '') throw usage('backup takes the file to write: npm run -s cli -- backup backups/bot-2026-12-01.sqlite');
      return { kind: 'backup', file: positionals[0] ?? '' };
    case 'help':
      return { kind: 'help' };
  }
}

export const CLI_HELP = `Essay Circle — command line

Usage: npm run cli -- <command> [options]

  ask "question" [--limit N] [--reading ID|all] [--json]
                                        answer a question with the reading's own paragraphs
                                        (limit 1-${MAX_LIMIT}, default 3; reading: default the
                                        first, "all" searches every reading)
  ask --json                            read one question per stdin line, write one JSON object per line
  passage N [--json] [--reading ID]     show paragraph N with the footnotes it cites
  footnote N [--json] [--reading ID]    show footnote N and the paragraphs that cite it
  passages [--json]                     print every reading whole
  readings [--json]                     list the readings: id, title, author, paragraph and
                                        footnote counts, glossary / guide / motions present
  check FILE [--json]                   parse one reading file and show what was understood
                                        (title, author, paragraphs, rejoins, footnotes, warnings)
  motions [--reading ID] [--json]       the debate motions with their evidence quotes
  invite [--client-id ID]               print the link that adds the bot to a Discord server
                                        (the id comes from --client-id or from DISCORD_TOKEN)
  backup FILE                           copy the database in DATA_DIR to FILE, safely while the bot runs
  help                                  show this help

CORPUS_DIR selects the folder of readings (default corpus/). Exit codes: 0 ok, 1 failure
(broken reading, bad configuration), 2 bad input.
`;
