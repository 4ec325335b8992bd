import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../../../src/views/discord/user-text.js';

describe('escapeUserText', () => {
  it('neutralises @everyone and @here', () => {
    expect(escapeUserText('hey @everyone and @here')).toBe('hey @\u200beveryone and @\u200bhere');
  });

  it('turns user, role and channel mentions into plain text', () => {
    expect(escapeUserText('<@123456789012345678> <@&234567890123456789> <#345678901234567890>')).toBe(
      '\\<@123456789012345678\\> \\<@&234567890123456789\\> \\<\\#345678901234567890\\>',
    );
  });

  it('escapes markdown so it shows as typed', () => {
    expect(escapeUserText('**bold** _it_ `code` ~~x~~ ||spoiler|| [link](http://x)')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\|\\|spoiler\\|\\| \\[link\\]\\(http\\://x\\)',
    );
  });

  it('folds line breaks so a quote cannot be broken out of', () => {
    expect(escapeUserText('line one\n# heading\r\n> quote')).toBe('line one \\# heading \\> quote');
  });
});
