// The words of a right-clicked message: Discord's markup (mentions, emoji, timestamps, links) is
// nobody's words about the essay, so it is left out before a check or a look-up.
import { describe, expect, it } from 'vitest';
import { textOfMessage } from '../../src/discord/message-text.js';

describe('textOfMessage', () => {
  it('leaves out mentions, channels, commands, custom emoji, timestamps and links', () => {
    const content = '@everyone <@123456789012345678> <@!123456789012345678> <@&123456789012345678> see <#123456789012345678> </ask:123456789012345678> <:wave:123456789012345678> <t:1700000000:R> https://example.com/a.png not a mere feint @here';
    expect(textOfMessage(content).split(/\s+/)).toEqual(['see', 'not', 'a', 'mere', 'feint']);
  });

  it('keeps the text itself as written, markdown and all', () => {
    expect(textOfMessage('  “not a **mere** feint”\n> and more ')).toBe('“not a **mere** feint”\n> and more');
  });

  it('leaves nothing of a message that is only markup', () => {
    expect(textOfMessage('<@123456789012345678> https://cdn.example.com/x.gif')).toBe('');
  });
});
