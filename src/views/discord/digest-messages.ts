// What the teacher's digest says in Discord: the buttons under an /ask answer (Helpful, Not
// helpful, Ask the teacher), the notes a student gets back, the question posted to the teachers'
// channel, the digest a moderator reads, and how /help and the settings describe question keeping.
// Pure (no discord.js); user text is escaped, essay text is quoted exactly and cut only between words.
import { findReading } from '../../corpus/load-corpus.js';
import type { Corpus } from '../../corpus/types.js';
import type { GuildSettings } from '../../debate/types.js';
import type { DigestReport } from '../../digest/types.js';
import { digestButtonId } from './digest-ids.js';
import { LIMITS } from './limits.js';
import type { ButtonDraft, EmbedFieldDraft, MessageDraft, MessagePart } from './message-drafts.js';
import { truncateMarkdown } from './text-cutting.js';
import { escapeUserText } from './user-text.js';

const DIGEST_COLOR = 0x2f5d8a;

export interface StudentButtons {
  /** The kept question's id: Helpful / Not helpful are shown only when the question is kept. */
  readonly keptId?: number;
  /** Ask the teacher: only when the reading did not (fully) answer and the server set a teacher channel. */
  readonly teacher?: { readonly key: string; readonly coverage: 'partial' | 'none' };
}

/**
 * The row under an answer. Votes are shown only on a server that keeps questions: elsewhere a
 * click would store nothing, and a button that pretends to count would mislead the student.
 */
export function studentButtonRow(input: StudentButtons): ButtonDraft[] {
  const row: ButtonDraft[] = [];
  if (input.keptId !== undefined) {
    row.push({ customId: digestButtonId({ action: 'vote', questionId: input.keptId, helpful: true }), label: 'Helpful', tone: 'success' });
    row.push({ customId: digestButtonId({ action: 'vote', questionId: input.keptId, helpful: false }), label: 'Not helpful', tone: 'secondary' });
  }
  if (input.teacher !== undefined) {
    row.push({ customId: digestButtonId({ action: 'offer', ...input.teacher }), label: 'Ask the teacher', tone: 'primary' });
  }
  return row;
}

/** The draft with one more row of buttons, on the message that carries its buttons (the last part). */
export function withButtonRow(draft: MessageDraft, row: readonly ButtonDraft[]): MessageDraft {
  if (row.length === 0) return draft;
  const followUps = draft.followUps ?? [];
  const last = followUps.at(-1);
  if (last === undefined) return { ...draft, buttons: [...(draft.buttons ?? []), row] };
  const extended: MessagePart = { ...last, buttons: [...(last.buttons ?? []), row] };
  return { ...draft, followUps: [...followUps.slice(0, -1), extended] };
}

export const VOTE_THANKS = {
  helpful: 'Thanks — noted as helpful. Your teachers see how many found answers helpful, never who.',
  changed: 'Thanks — your vote on this answer is changed.',
  notKept: 'Thanks! This server does not keep feedback on answers any more, so nothing was stored.',
} as const;

/** After the "Not helpful" form: what was kept (never who said it). */
export function reasonThanks(gaveReason: boolean, kept: boolean): string {
  if (!kept) return VOTE_THANKS.notKept;
  return gaveReason ? 'Thanks — your teachers will see that this answer did not help, and why. They never see who said it.' : 'Thanks — your teachers will see that this answer did not help. They never see who said it.';
}

export const REASON_FORM = {
  title: 'What was missing?',
  label: 'What would have helped? (optional)',
  placeholder: 'e.g. it quotes the wrong part; I asked about the 1990s',
} as const;

const coverageWords = (coverage: 'partial' | 'none'): string => (coverage === 'none' ? 'found nothing in the reading for it' : 'found only part of an answer in the reading');

/** The private choice after "Ask the teacher": with the student's name or without. */
export function renderTeacherOffer(input: { readonly key: string; readonly coverage: 'partial' | 'none'; readonly channelId: string }): MessageDraft {
  return {
    content: `I will post your question in <#${input.channelId}> for your teachers. Should they see your name? (Nobody is pinged.)`,
    buttons: [
      [
        { customId: digestButtonId({ action: 'send', key: input.key, coverage: input.coverage, named: false }), label: 'Send without my name', tone: 'primary' },
        { customId: digestButtonId({ action: 'send', key: input.key, coverage: input.coverage, named: true }), label: 'Send with my name', tone: 'secondary' },
      ],
    ],
    ephemeral: true,
  };
}

/** A question the longest it is echoed in the teachers' channel: a long one stays readable. */
const TEACHER_QUESTION = 1500;

/** The question as posted in the teachers' channel: escaped, named only if the student chose. */
export function renderTeacherPost(input: { readonly question: string; readonly coverage: 'partial' | 'none'; readonly readingTitle: string; readonly askedBy?: string }): MessageDraft {
  const who = input.askedBy === undefined ? 'A student (who chose not to give their name)' : `**${truncateMarkdown(escapeUserText(input.askedBy), 80)}**`;
  return {
    content: [
      `📮 **Question for the teacher** — ${who} asked \`/ask\`, and I ${coverageWords(input.coverage)} (*${escapeUserText(input.readingTitle)}*):`,
      `> ${truncateMarkdown(escapeUserText(input.question), TEACHER_QUESTION)}`,
    ].join('\n'),
  };
}

export function teacherSent(channelId: string, named: boolean): string {
  return `Sent to your teachers in <#${channelId}>, ${named ? 'with your name' : 'without your name'}.`;
}

/** For /help, in plain words for students: whether this server keeps their questions, and for how long. */
export function questionKeepingNote(settings: Pick<GuildSettings, 'keepQuestions' | 'questionRetentionDays'> | undefined): string {
  if (settings === undefined) return 'Questions asked in direct messages are never kept.';
  if (!settings.keepQuestions) return 'This server does not keep your questions: once answered, they are forgotten.';
  const days = settings.questionRetentionDays;
  return `This server keeps the questions asked with \`/ask\` for ${days} day${days === 1 ? '' : 's'} so your teachers can see what the class found hard — the words only, never who asked. Helpful / Not helpful votes are kept the same way.`;
}

/** The settings fields for question keeping and the teacher channel (shown by /moderate settings). */
export function digestSettingsFields(settings: GuildSettings): EmbedFieldDraft[] {
  return [
    {
      name: 'Keep questions (digest)',
      value: settings.keepQuestions ? `On: kept ${settings.questionRetentionDays} day${settings.questionRetentionDays === 1 ? '' : 's'}, without who asked` : 'Off: nothing is kept',
      inline: true,
    },
    { name: 'Teacher channel', value: settings.teacherChannelId === null ? 'None (no “Ask the teacher” button)' : `<#${settings.teacherChannelId}>`, inline: true },
  ];
}

export const DIGEST_OFF =
  'This server does not keep questions, so there is no digest. To start keeping them (from now on, never before), use `/moderate settings keep-questions: True`; choose how long with `question-retention-days`. Students see this in `/help`.';

/** The first words of a passage, exact and cut only between words. */
const OPENING = 90;

function passageLine(corpus: Corpus, passage: DigestReport['passages'][number]): string {
  const reading = findReading(corpus, passage.reading);
  const text =
    passage.kind === 'paragraph' ? reading?.paragraphs[passage.number - 1]?.text : reading?.footnotes.find((footnote) => footnote.number === passage.number)?.text;
  const label = passage.kind === 'paragraph' ? `¶${passage.number}` : `Footnote ${passage.number}`;
  const where = corpus.readings.length > 1 && reading !== undefined ? ` (${escapeUserText(reading.title)})` : '';
  const opening = text === undefined ? '' : ` — “${truncateMarkdown(text.replace(/\s+/g, ' ').trim(), OPENING)}”`;
  return `**${label}**${where} · ${passage.questions} question${passage.questions === 1 ? '' : 's'}${opening}`;
}

/** Lines joined while they fit a field; what does not fit is counted, never cut mid-line. */
function fieldOfLines(lines: readonly string[], empty: string): string {
  if (lines.length === 0) return empty;
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const rest = lines.length - index - 1;
    const more = rest === 0 ? '' : `\n…and ${rest} more`;
    if (length + line.length + 1 + more.length > LIMITS.fieldValue) {
      kept.push(`…and ${lines.length - index} more`);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

const shortDay = (day: string): string => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The digest of the last days, for a moderator (private). */
export function renderDigest(report: DigestReport, corpus: Corpus, options: { readonly clampedFrom?: number } = {}): MessageDraft {
  const period = report.days === 1 ? 'today' : `the last ${report.days} days (${shortDay(report.from)} – ${shortDay(report.to)})`;
  const clamped = options.clampedFrom === undefined ? '' : ` You asked for ${options.clampedFrom} days; questions are kept only ${report.days}.`;
  if (report.questions === 0) {
    return { content: `No questions were kept for ${period}.${clamped}`, ephemeral: true };
  }
  const weak = report.weak.map((q) => {
    const times = q.times > 1 ? ` ×${q.times}` : '';
    return `${q.coverage === 'none' ? '∅' : '◐'} ${truncateMarkdown(escapeUserText(q.question), 160)}${times} · ${shortDay(q.lastAsked)}`;
  });
  const reasons = report.reasons.map((r) => `• “${truncateMarkdown(escapeUserText(r.reason), 200)}” — on: ${truncateMarkdown(escapeUserText(r.question), 80)}`);
  const fields: EmbedFieldDraft[] = [
    { name: 'Most-asked passages (first shown)', value: fieldOfLines(report.passages.map((p) => passageLine(corpus, p)), 'None shown.') },
    { name: 'Found nothing (∅) or only part (◐) — where the reading, glossary or guide could help', value: fieldOfLines(weak, 'Every question was answered.') },
    {
      name: 'Feedback',
      value: fieldOfLines([`👍 Helpful: ${report.helpful} · 👎 Not helpful: ${report.notHelpful}`, ...reasons], ''),
    },
    { name: 'Questions per day', value: fieldOfLines(report.perDay.map((d) => `${shortDay(d.day)}: ${d.questions}`), 'None.') },
  ];
  return {
    embeds: [
      {
        color: DIGEST_COLOR,
        title: `What the class asked — ${period}`,
        description: `${report.questions} question${report.questions === 1 ? '' : 's'} kept (never who asked).${clamped} Every question: \`/moderate digest-export\`.`,
        fields,
      },
    ],
    ephemeral: true,
  };
}

/** /help with the question-keeping note as its own last field (a few fields, far below Discord's 25). */
export function withPrivacyNote(draft: MessageDraft, note: string): MessageDraft {
  const [first, ...rest] = draft.embeds ?? [];
  if (first === undefined) return { ...draft, content: draft.content === undefined ? note : `${draft.content}\n\n${note}` };
  const field: EmbedFieldDraft = { name: 'Your questions', value: note };
  return { ...draft, embeds: [{ ...first, fields: [...(first.fields ?? []).slice(0, LIMITS.fields - 1), field] }, ...rest] };
}
