import { describe, expect, it } from 'vitest';
import { describeFatalError } from '../src/startup.js';

// A DNS failure cannot be produced in a test without a lookup leaving the machine, so the error
// is built the way fetch (undici) reports it: a TypeError whose cause carries the resolver's code.
function fetchFailure(code: string): Error {
  const cause = Object.assign(new Error(`getaddrinfo ${code} discord.com`), { code, hostname: 'discord.com' });
  return new TypeError('fetch failed', { cause });
}

describe('describeFatalError', () => {
  it.each(['ENOTFOUND', 'EAI_AGAIN'])('says Discord cannot be reached when its name does not resolve (%s)', (code) => {
    const message = describeFatalError(fetchFailure(code));
    expect(message).toBe(`Cannot reach Discord (${code}). Check this machine's internet connection, DNS and firewall (and DISCORD_API_URL, if set), then start the bot again.`);
    expect(message).not.toMatch(/Unexpected error|at .*\(/);
  });

  it('finds the code inside an AggregateError, as undici reports a failed connection to several addresses', () => {
    const inner = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(describeFatalError(new TypeError('fetch failed', { cause: new AggregateError([inner]) }))).toMatch(/^Cannot reach Discord \(ECONNREFUSED\)/);
  });

  it('leaves a real bug to the stack trace', () => {
    expect(describeFatalError(new RangeError('oops'))).toBeUndefined();
  });
});
