// Command mentions: clickable when Discord's id is known, the name in code otherwise (the console,
// or a bot whose fetch of its commands has not answered), and never broken markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandMention, NO_COMMAND_IDS } from '../../../src/views/discord/command-mentions.js';
import { renderThreadWelcome } from '../../../src/views/discord/debate-messages.js';
import type { Debate } from '../../../src/debate/types.js';

const ids = (known: Record<string, string>) => (name: string) => known[name];

describe('commandMention', () => {
  it('mentions a command and a subcommand by the top-level command\'s id', () => {
    expect(commandMention(ids({ ask: '111' }), 'ask')).toBe('</ask:111>');
    expect(commandMention(ids({ debate: '222' }), 'debate cite')).toBe('</debate cite:222>');
  });

  it('names the command in code when its id is not known', () => {
    expect(commandMention(NO_COMMAND_IDS, 'debate join')).toBe('`/debate join`');
    expect(commandMention(ids({ ask: '111' }), 'help')).toBe('`/help`');
  });

  it('falls back to code for any id that is not a snowflake, so no markup can break', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const text = commandMention(() => id, 'ask');
        expect(text === `</ask:${id}>` ? /^\d{1,20}$/.test(id) : text === '`/ask`').toBe(true);
      }),
    );
  });
});

describe('the debate thread\'s welcome', () => {
  const debate: Debate = {
    id: 1,
    guildId: '1',
    channelId: '2',
    threadId: '3',
    reading: 'russo-japanese-relations',
    motionId: 'china-reliable-partner',
    motion: 'This house believes that China will be a reliable partner.',
    evidenceParagraphs: [14],
    status: 'open',
    openedBy: '4',
    openedAt: 0,
    endsAt: null,
    slowmodeSeconds: null,
    closedAt: null,
    closedBy: null,
    closeReason: null,
    threadState: 'open',
    threadPending: false,
    summaryPending: false,
  };

  it('makes each /debate command clickable once the ids are known', () => {
    const text = renderThreadWelcome(debate, ids({ debate: '333' })).content ?? '';
    for (const sub of ['join', 'raise-hand', 'cite', 'status']) expect(text).toContain(`• </debate ${sub}:333> — `);
  });

  it('names them in code before then', () => {
    expect(renderThreadWelcome(debate).content).toContain('• `/debate join` — take a side');
  });
});
