import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { stream, lines: () => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('redacts a token wherever our objects carry one', () => {
    const out = capture();
    createLogger('info', out.stream).info({ token: 'SECRET1', config: { discordToken: 'SECRET2' } }, 'started');
    expect(JSON.stringify(out.lines())).not.toMatch(/SECRET/);
  });

  it('keeps a failed request error readable without its interaction token or message body', () => {
    const out = capture();
    const err = Object.assign(new Error('Unknown interaction'), {
      url: 'http://127.0.0.1:9/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246dG9rZW4/callback?with_response=false',
      requestBody: { json: { data: { content: 'what a student wrote' } } },
      code: 10062,
    });
    createLogger('info', out.stream).warn({ err }, 'interaction can no longer be answered');
    const [line] = out.lines();
    const logged = line?.err as Record<string, unknown>;
    expect(logged.code).toBe(10062);
    expect(logged.url).toBe('http://127.0.0.1:9/api/v10/interactions/123456789012345678/[token]/callback?with_response=false');
    expect(JSON.stringify(line)).not.toContain('aW50ZXJhY3Rpb246dG9rZW4');
    expect(JSON.stringify(line)).not.toContain('what a student wrote');
  });
});
