import { afterEach, describe, expect, it } from 'vitest';
import { openDebateStore } from '../../../src/debate/store.js';
import { LIMITS } from '../../../src/views/discord/limits.js';
import { fitMessage } from '../../../src/views/discord/message-drafts.js';
import { renderStatus, renderStudentRecord } from '../../../src/views/discord/debate-messages.js';
import { CHANNEL, GUILD, HERE, makeClock, makeService, makeTempDataDir, TEACHER, THREAD, type TempDataDir } from '../../debate/helpers.js';

let temp: TempDataDir | undefined;
afterEach(() => {
  temp?.remove();
  temp = undefined;
});

function crowdedDebate(students: number) {
  temp = makeTempDataDir();
  const service = makeService(openDebateStore(temp.dir), makeClock());
  service.openDebate({ guildId: GUILD, channelId: CHANNEL, threadId: THREAD, motionId: 'china-reliable-partner', openedBy: TEACHER });
  for (let n = 0; n < students; n += 1) {
    const displayName = `*Student* ${n} with a very long display name that goes on @everyone`.slice(0, 80);
    service.joinSide(HERE, { userId: `8700000000000${String(n).padStart(5, '0')}`, displayName }, n % 2 === 0 ? 'for' : 'against');
  }
  return service;
}

describe('the status and a student’s record', () => {
  it('names as many students per side as fit a field, escaped, then says how many more', () => {
    const service = crowdedDebate(80);
    const view = service.status(HERE, TEACHER);
    if (view.kind !== 'status') throw new Error('test setup: no debate');
    const draft = renderStatus(view, []);
    const fields = draft.embeds?.[0]?.fields ?? [];
    const forSide = fields.find((f) => f.name === 'For the motion (40)')!.value;
    expect(forSide.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(forSide).toMatch(/ and \d+ more$/);
    expect(forSide).toContain('**\\*Student\\* 0 with');
    expect(forSide).not.toMatch(/@everyone/);
    // Nothing left for fitMessage to cut.
    expect(fitMessage(draft)).toEqual(draft);
  });

  it('lists a student’s debates within Discord’s limits', () => {
    const service = crowdedDebate(1);
    const record = service.recordOf(GUILD, '870000000000000000');
    expect(record).toHaveLength(1);
    const draft = renderStudentRecord(record);
    expect(draft.ephemeral).toBe(true);
    expect(draft.embeds?.[0]?.fields?.[0]?.value).toBe(`for the motion · 0 posts, 0 citations, called to speak 0× · <#${THREAD}>`);
    expect(fitMessage(draft)).toEqual(draft);
  });
});
