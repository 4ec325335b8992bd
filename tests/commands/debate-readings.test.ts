// Debates in a course of two readings, through the fake Discord and the real client: motions are
// listed from the reading the moderator chooses, a citation quotes the debate's reading unless the
// student names another one, the paragraph previews follow that choice, and every citation names
// its reading (with two readings, "¶2" alone would be ambiguous).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineForCorpus } from '../../src/answers/answer-engine.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { makeCourseFolder, type CourseFolder } from '../support/course-folder.js';
import { cardsOf, embedsOf, leadText } from '../support/fake-discord/index.js';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';

const ESSAY = 'russo-japanese-relations';
const ESSAY_TITLE = 'Russo-Japanese Relations in the New Strategic Environment';
const ARCTIC = 'arctic-shipping';
const ARCTIC_TITLE = 'Arctic Shipping and the Northern Sea Route';
const ARCTIC_MOTIONS = {
  reading: ARCTIC,
  motions: [
    {
      id: 'sea-route-open',
      motion: 'This house believes that the Northern Sea Route is open for business.',
      question: 'Do the ships or the ice decide? (¶1–¶2)',
      evidence: [
        { paragraph: 1, side: 'for' },
        { paragraph: 2, side: 'context' },
      ],
    },
  ],
};

let course: CourseFolder;
let h: DebateHarness;
let threadId = '';

beforeAll(async () => {
  course = makeCourseFolder();
  writeFileSync(path.join(course.dir, `${ARCTIC}.motions.json`), JSON.stringify(ARCTIC_MOTIONS));
  h = await startDebateHarness({}, { engine: engineForCorpus(course.dir, loadCorpus(course.dir)) });
});
afterAll(async () => {
  await h?.stop();
  course?.cleanup();
});

const threadIdIn = (text: string): string => {
  const match = /<#(\d+)>/.exec(text);
  if (match?.[1] === undefined) throw new Error(`no thread mention in: ${text}`);
  return match[1];
};

describe('debates over a course of two readings', () => {
  it('lists the motions of the chosen reading, else of the current one (the first reading here)', async () => {
    const teacher = h.discord.users.teacher;
    const motions = (options: Record<string, string>) =>
      h.discord.sendAutocomplete({ name: 'moderate', subcommand: 'open', user: teacher, channelId: h.debatesChannel, options: { motion: '', ...options }, focused: 'motion' }).waitForChoices();
    expect((await motions({})).map((c) => c.value)).toEqual(['sea-route-open']);
    const essayMotions = (await motions({ reading: ESSAY })).map((c) => c.value);
    expect(essayMotions).toContain('china-reliable-partner');
    expect(essayMotions).not.toContain('sea-route-open');
    expect((await motions({ reading: ARCTIC })).map((c) => c.value)).toEqual(['sea-route-open']);
    const readings = await h.discord
      .sendAutocomplete({ name: 'moderate', subcommand: 'open', user: teacher, channelId: h.debatesChannel, options: { motion: '', reading: 'yokote' }, focused: 'reading' })
      .waitForChoices();
    expect(readings).toEqual([{ name: `${ESSAY_TITLE} — YOKOTE Shinji`, value: ESSAY }]);
  });

  it('refuses a motion that is not drawn from the reading chosen, politely and privately', async () => {
    const refused = await h.run({ name: 'moderate', sub: 'open', user: h.discord.users.teacher, options: { motion: 'china-reliable-partner', reading: ARCTIC } });
    expect(isEphemeral(refused)).toBe(true);
    expect(refused.content).toBe(`That motion is drawn from *${ESSAY_TITLE}*, not from the reading you chose. Pick a motion from the list as you type, or leave \`reading\` empty.`);
    expect(h.discord.threads).toHaveLength(0);
  });

  it('opens a debate on the essay and stores its reading', async () => {
    const opened = await h.run({ name: 'moderate', sub: 'open', user: h.discord.users.teacher, options: { motion: 'hard-line-break-with-west', reading: ESSAY } });
    threadId = threadIdIn(leadText(opened));
    const post = h.discord.channelMessages(h.debatesChannel).at(-1)!;
    expect(embedsOf(post)[0]?.author?.name).toBe(`Debate · ${ESSAY_TITLE}`);
    expect(h.store().debateByThread(threadId)?.reading).toBe(ESSAY);
  });

  it("previews the debate's reading's paragraphs in the thread, and the named reading's when one is chosen", async () => {
    const student = h.discord.users.student(1);
    const previews = (options: Record<string, string>) =>
      h.discord.sendAutocomplete({ name: 'debate', subcommand: 'cite', user: student, channelId: threadId, options: { paragraph: '', ...options }, focused: 'paragraph' }).waitForChoices();
    // The server's current reading is the arctic one (2 paragraphs); the debate's (31) wins.
    expect(await previews({})).toHaveLength(25);
    expect((await previews({ paragraph: '12' }))[0]?.name).toMatch(/^¶12 — /);
    const arctic = await previews({ reading: ARCTIC });
    expect(arctic.map((c) => c.value)).toEqual([1, 2]);
    expect(arctic[0]?.name).toMatch(/^¶1 — Ice routes now open/);
  });

  it("cites the debate's reading by default and another reading when named, each citation naming its reading", async () => {
    const student = h.discord.users.student(1);
    await h.run({ name: 'debate', sub: 'join', user: student, channelId: threadId, options: { side: 'for' } });
    const own = await h.run({ name: 'debate', sub: 'cite', user: student, channelId: threadId, options: { paragraph: 12 } });
    expect(isEphemeral(own)).toBe(false);
    expect(leadText(own)).toBe(`📖 **Student 1** (for the motion) cites ¶12 of *${ESSAY_TITLE}*.`);
    h.clock.advance(60_000); // past the citation cooldown
    const other = await h.run({ name: 'debate', sub: 'cite', user: student, channelId: threadId, options: { paragraph: 1, reading: ARCTIC, point: 'The ice opens' } });
    expect(leadText(other)).toBe(`📖 **Student 1** (for the motion) cites ¶1 of *${ARCTIC_TITLE}*.\n> The ice opens`);
    // The paragraph quoted is in the card below the line.
    expect(cardsOf(other).map((card) => card.text).join('\n')).toContain('ships from Murmansk reach the Bering Strait');
    const stored = h.store().citations(h.store().debateByThread(threadId)!.id);
    expect(stored.map((c) => [c.reading, c.paragraph])).toEqual([
      [ESSAY, 12],
      [ARCTIC, 1],
    ]);
  });

  it('refuses an unknown reading or a paragraph the named reading lacks, privately', async () => {
    const student = h.discord.users.student(2);
    await h.run({ name: 'debate', sub: 'join', user: student, channelId: threadId, options: { side: 'against' } });
    const unknown = await h.run({ name: 'debate', sub: 'cite', user: student, channelId: threadId, options: { paragraph: 1, reading: 'nope' } });
    expect(isEphemeral(unknown)).toBe(true);
    expect(unknown.content).toBe(`There is no reading "nope": the readings are ${ARCTIC}, ${ESSAY}.`);
    const missing = await h.run({ name: 'debate', sub: 'cite', user: student, channelId: threadId, options: { paragraph: 12, reading: ARCTIC } });
    expect(isEphemeral(missing)).toBe(true);
    expect(missing.content).toContain('12');
  });

  it("counts a citation of the other reading, but keeps its ¶ out of the lists of the debate's paragraphs", async () => {
    const summary = await h.run({ name: 'moderate', sub: 'close', user: h.discord.users.teacher, channelId: threadId });
    const field = (name: string) => embedsOf(summary)[0]?.fields?.find((f) => f.name === name)?.value;
    expect(field('For (1)')).toBe('**Student 1** — 0 posts, 2 citations');
    expect(field('Passages cited by the side for')).toBe('¶12');
    // The essay's ¶1 is evidence for this motion: the arctic reading's ¶1 does not cite it.
    expect(field('Evidence nobody cited')).toBe('¶1, ¶4, ¶11, ¶13');
  });

  it('files a proposed motion under the reading named', async () => {
    const proposed = await h.run({ name: 'debate', sub: 'propose', user: h.discord.users.student(3), options: { motion: 'the ice decides more than the ministers', paragraphs: '1-2', reading: ARCTIC } });
    expect(proposed.content).toMatch(/^Proposal #\d+ sent to the moderators/);
    const tooFar = await h.run({ name: 'debate', sub: 'propose', user: h.discord.users.student(3), options: { motion: 'the ice decides more than the ministers', paragraphs: '12', reading: ARCTIC } });
    expect(isEphemeral(tooFar)).toBe(true);
    expect(tooFar.content).toContain('12');
  });
});
