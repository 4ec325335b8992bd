import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../src/errors.js';
import { parseCliArgs } from '../../src/console/parse-cli-args.js';

function usageMessage(argv: readonly string[]): string {
  try {
    parseCliArgs(argv);
  } catch (err) {
    if (err instanceof UserFacingError && err.code === 'usage') return err.message;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(argv)} to be refused`);
}

describe('parseCliArgs', () => {
  it('reads a quoted question with its limit and --json in any order', () => {
    expect(parseCliArgs(['ask', '--json', 'Why did Russia turn to China?', '--limit', '5'])).toEqual({
      kind: 'ask',
      question: 'Why did Russia turn to China?',
      limit: 5,
      json: true,
    });
    expect(parseCliArgs(['ask', 'What is the SCO?', '--limit=2'])).toEqual({ kind: 'ask', question: 'What is the SCO?', limit: 2, json: false });
  });

  it('joins unquoted words into one question', () => {
    expect(parseCliArgs(['ask', 'why', 'did', 'Russia', 'turn'])).toMatchObject({ question: 'why did Russia turn' });
  });

  it('treats everything after -- as the question, even words that look like options', () => {
    expect(parseCliArgs(['ask', '--', '--json', 'is', 'a', 'flag?'])).toMatchObject({ question: '--json is a flag?', json: false });
  });

  it('means "read questions from stdin" by ask --json without a question', () => {
    expect(parseCliArgs(['ask', '--json'])).toEqual({ kind: 'ask', question: undefined, limit: undefined, json: true });
  });

  it('reads passage and footnote numbers, with an optional reading id', () => {
    expect(parseCliArgs(['passage', '12'])).toEqual({ kind: 'passage', number: 12, reading: undefined, json: false });
    expect(parseCliArgs(['footnote', '3', '--json', '--reading', 'tea-and-trade'])).toEqual({
      kind: 'footnote',
      number: 3,
      reading: 'tea-and-trade',
      json: true,
    });
  });

  it('keeps a negative number as a number, so the range check can explain it', () => {
    expect(parseCliArgs(['footnote', '-1'])).toMatchObject({ kind: 'footnote', number: -1 });
  });

  it('reads passages, invite and help', () => {
    expect(parseCliArgs(['passages', '--json'])).toEqual({ kind: 'passages', json: true });
    expect(parseCliArgs(['passages'])).toEqual({ kind: 'passages', json: false });
    expect(parseCliArgs(['invite', '--client-id', '123456789012345678'])).toEqual({ kind: 'invite', clientId: '123456789012345678' });
    expect(parseCliArgs(['invite'])).toEqual({ kind: 'invite', clientId: undefined });
    expect(parseCliArgs([])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['passage', '--help'])).toEqual({ kind: 'help' });
  });

  it('refuses bad input with one line saying what was wrong', () => {
    expect(usageMessage(['passage', 'abc'])).toBe('passage number must be a whole number: got "abc"');
    expect(usageMessage(['passage', '1', '2'])).toBe('passage takes one number: got "1 2"');
    expect(usageMessage(['footnote'])).toBe('footnote needs a number, e.g. footnote 3');
    expect(usageMessage(['ask', ''])).toBe('the question is empty: ask something, e.g. ask "Why did Russia move closer to China?"');
    expect(usageMessage(['ask', 'q', '--limit', '51'])).toBe('--limit must be a whole number from 1 to 50: got "51"');
    expect(usageMessage(['ask', 'q', '--limit', '-1'])).toBe('--limit must be a whole number from 1 to 50: got "-1"');
    expect(usageMessage(['ask', 'q', '--json=yes'])).toBe('--json takes no value');
    expect(usageMessage(['passages', 'all'])).toBe('passages takes no arguments (use passage N for one paragraph)');
    expect(usageMessage(['passage', '3', '--limit', '2'])).toBe('unknown option --limit for passage: it accepts --json, --reading');
    expect(usageMessage(['invite', '--client-id'])).toBe('--client-id needs a value, e.g. --client-id ID');
    expect(usageMessage(['Ask'])).toMatch(/^unknown command "Ask": the commands are ask, /);
  });
});
