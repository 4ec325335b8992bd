import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  askButtonId,
  commandOfCustomId,
  parseAskButtonId,
  parsePassageButtonId,
  passageButtonId,
  readingToken,
} from '../../../src/views/discord/custom-ids.js';

describe('button custom ids', () => {
  it('round-trips every kind of ask button', () => {
    expect(parseAskButtonId(askButtonId({ action: 'more', key: 'a1b2c3', offset: 3 }))).toEqual({ action: 'more', key: 'a1b2c3', offset: 3 });
    expect(parseAskButtonId(askButtonId({ action: 'post', key: 'k', offset: 0 }))).toEqual({ action: 'post', key: 'k', offset: 0 });
    expect(parseAskButtonId(askButtonId({ action: 'delete', ownerId: '123456789012345678' }))).toEqual({ action: 'delete', ownerId: '123456789012345678' });
  });

  it('writes the documented shapes', () => {
    expect(askButtonId({ action: 'more', key: 'abc', offset: 6 })).toBe('ask:more:abc:6');
    expect(passageButtonId({ reading: 'russo-japanese-relations', number: 12 })).toBe('passage:russo-japanese-relations:12');
  });

  it('round-trips passage buttons, including a reading whose id needs hashing', () => {
    const token = readingToken('a reading: with spaces and colons');
    expect(token).toMatch(/^h[0-9a-f]{12}$/);
    expect(parsePassageButtonId(passageButtonId({ reading: token, number: 31 }))).toEqual({ reading: token, number: 31 });
    expect(readingToken('russo-japanese-relations')).toBe('russo-japanese-relations');
  });

  it('rejects garbled or foreign ids without throwing', () => {
    for (const id of ['', 'ask', 'ask:more', 'ask:more:KEY:1', 'ask:more:abc:-1', 'ask:more:abc:1:extra', 'ask:del:alice', 'ask:explode:abc:1', 'passage:x', 'passage:x:one', 'passage:x:1:2', 'debate:join:1']) {
      expect(parseAskButtonId(id)).toBeUndefined();
      expect(parsePassageButtonId(id)).toBeUndefined();
    }
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (id) => {
        parseAskButtonId(id);
        parsePassageButtonId(id);
        commandOfCustomId(id);
      }),
    );
  });

  it('names the command an id belongs to by its first segment', () => {
    expect(commandOfCustomId('ask:more:abc:3')).toBe('ask');
    expect(commandOfCustomId('help')).toBe('help');
  });

  it('keeps the longest ids we build under 100 characters', () => {
    expect(askButtonId({ action: 'more', key: 'z'.repeat(16), offset: 999_999 }).length).toBeLessThanOrEqual(100);
    expect(passageButtonId({ reading: readingToken('r'.repeat(60)), number: 999_999 }).length).toBeLessThanOrEqual(100);
    expect(passageButtonId({ reading: readingToken('r'.repeat(500)), number: 1 }).length).toBeLessThanOrEqual(100);
  });
});
