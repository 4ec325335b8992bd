// What the debate commands post, as drafts for the reply helper: the motion with its evidence,
// speaker calls, citations, status, the closing summary, proposals. Pure (no discord.js), so
// every message is tested without Discord. Students are credited by name or by a mention that
// the reply helper's allowedMentions keeps from pinging; anything a student typed is escaped.
import { describeLookupProblem, type LookupProblem } from '../../corpus/lookup.js';
import type { Paragraph, Reading } from '../../corpus/types.js';
import { renderParagraphParts } from './embeds.js';
import { LIMITS } from './limits.js';
import { type EmbedFieldDraft, type MessageDraft } from './message-drafts.js';
import { draftOfParts } from './quote-layout.js';
import { truncateMarkdown, truncatePlain } from './text-cutting.js';
import { escapeUserText } from './user-text.js';
import { commandMention, NO_COMMAND_IDS, type CommandIdOf } from './command-mentions.js';
import { digestSettingsFields } from './digest-messages.js';
import { formatCitation } from '../citation.js';
import type { EvidenceQuote, DebateStatusView, NamedStudent, ProposalProblem, ReviewOutcome, StudentDebateRecord } from '../../debate/debate-service.js';
import { SERVER_MOTION_PREFIX } from '../../debate/motions.js';
import type { DebateSummary } from '../../debate/summary.js';
import type { Debate, EvidenceSide, GuildSettings, Motion, Proposal, Side } from '../../debate/types.js';

export const DEBATE_COLORS = { motion: 0x7a4fa0, for: 0x2e8b57, against: 0xb5483b, summary: 0x2f5d8a, notice: 0x8a8f98 } as const;

const SIDE_LABEL: Record<EvidenceSide, string> = { for: 'for the motion', against: 'against the motion', context: 'context' };

/** A Discord timestamp that every reader sees in their own time zone, e.g. "in 5 minutes". */
export function relativeTime(ms: number): string {
  return `<t:${Math.floor(ms / 1000)}:R>`;
}

/** How a student is named in a post: their display name (escaped), else a mention that pings nobody. */
export function studentName(userId: string, displayName: string | null | undefined): string {
  return displayName === null || displayName === undefined || displayName.trim() === '' ? `<@${userId}>` : `**${truncateMarkdown(escapeUserText(displayName), 80)}**`;
}

/** A motion's wording; a server's own motions were typed by a student, so they are escaped. */
function motionText(motion: Pick<Motion, 'motion' | 'source'>): string {
  return motion.source === 'server' ? escapeUserText(motion.motion) : motion.motion;
}

/** A debate's motion as it was opened: escaped when it is a server's own (a student's words). */
export function debateMotionText(debate: Pick<Debate, 'motion' | 'motionId'>): string {
  return motionText({ motion: debate.motion, source: debate.motionId.startsWith(SERVER_MOTION_PREFIX) ? 'server' : 'reading' });
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [...(hours > 0 ? [`${hours} h`] : []), ...(rest > 0 ? [`${rest} min`] : [])];
  return parts.join(' ');
}

const paragraphList = (numbers: readonly number[]): string => (numbers.length === 0 ? 'none' : numbers.map((n) => `¶${n}`).join(', '));

/** The motion post that opens a debate: wording, the essay's question, evidence with exact quotes. */
export function renderMotionPost(input: {
  readonly motion: Motion;
  readonly reading: Reading;
  readonly evidence: readonly EvidenceQuote[];
  readonly endsAt: number | null;
  readonly slowmodeSeconds: number | null;
}): MessageDraft {
  const { motion, reading } = input;
  const fields: EmbedFieldDraft[] = input.evidence.map((item) => ({
    name: `¶${item.paragraph} · ${SIDE_LABEL[item.side]}`,
    value: `“${item.quote}”${item.why === undefined ? '' : `\n*${item.why}*`}`,
  }));
  const rules = [
    input.endsAt === null ? 'No time limit: a moderator closes the debate.' : `Closes ${relativeTime(input.endsAt)}.`,
    ...(input.slowmodeSeconds !== null && input.slowmodeSeconds > 0 ? [`Slowmode: one message every ${input.slowmodeSeconds} s.`] : []),
  ];
  return {
    embeds: [
      {
        color: DEBATE_COLORS.motion,
        author: { name: `Debate · ${reading.title}` },
        title: truncateMarkdown(motionText(motion), LIMITS.title),
        description: [`**The essay's question:** ${motion.source === 'server' ? escapeUserText(motion.question) : motion.question}`, '', ...rules].join('\n'),
        fields: fields.slice(0, LIMITS.fields),
        footer: { text: `Evidence from ${formatCitation(reading, undefined)}. Argue in the thread below.` },
      },
    ],
  };
}

/** The first message in a debate thread: how to take part, each command clickable when its id is known. */
export function renderThreadWelcome(debate: Debate, commandIds: CommandIdOf = NO_COMMAND_IDS): MessageDraft {
  const command = (name: string): string => commandMention(commandIds, name);
  const lines = [
    'The floor is open.',
    `• ${command('debate join')} — take a side (you may switch; switches are recorded).`,
    `• ${command('debate raise-hand')} — ask to speak; the moderator calls speakers in order.`,
    `• ${command('debate cite')} — quote a paragraph of the essay for your side, with your one-line point.`,
    `• ${command('debate status')} — the sides, the queue and your place in it.`,
    ...(debate.endsAt === null ? [] : [`The debate closes ${relativeTime(debate.endsAt)}.`]),
  ];
  return { content: lines.join('\n') };
}

export function renderSpeakerCall(input: { readonly userId: string; readonly displayName: string | null; readonly side: Side | null; readonly endsAt: number | null; readonly stillWaiting: number }): MessageDraft {
  const side = input.side === null ? '' : ` (${SIDE_LABEL[input.side]})`;
  const time = input.endsAt === null ? '' : ` Speaking time ends ${relativeTime(input.endsAt)}.`;
  const waiting = input.stillWaiting === 0 ? ' No one else is waiting.' : ` ${input.stillWaiting} still waiting.`;
  // The called student is pinged (a mention the reply helper allows for that user alone), with
  // their name beside it for everyone reading later.
  const name = input.displayName === null || input.displayName.trim() === '' ? '' : ` — ${studentName(input.userId, input.displayName)}`;
  return { content: `🎤 <@${input.userId}>${name}${side} has the floor.${time}${waiting}`, pingUserId: input.userId };
}

/**
 * A citation posted into the thread: who, for which side, their point (escaped), then ¶n
 * exactly with its citation line. A paragraph too long for one message continues in follow-ups
 * (the reply helper posts them); footnotes are previews that say where the whole note is.
 */
export function renderCitation(input: {
  readonly reading: Reading;
  readonly paragraph: Paragraph;
  readonly userId: string;
  readonly displayName: string | null;
  readonly side: Side;
  readonly point: string | null;
  /** Name the reading in the line (when the course has more than one, ¶n alone is ambiguous). */
  readonly nameReading?: boolean;
}): MessageDraft {
  const { reading, paragraph } = input;
  const of = input.nameReading === true ? ` of *${reading.title}*` : '';
  const footnotes = paragraph.footnotes.flatMap((n) => reading.footnotes.filter((footnote) => footnote.number === n));
  const point = input.point === null || input.point.trim() === '' ? '' : `\n> ${truncateMarkdown(escapeUserText(input.point), 300)}`;
  const parts = renderParagraphParts(reading, { number: paragraph.number, text: paragraph.text, highlight: '', footnotes }, { compactFootnotes: true }).map((embeds) =>
    embeds.map((embed) => ({ ...embed, color: DEBATE_COLORS[input.side] })),
  );
  return draftOfParts(parts, { content: `📖 ${studentName(input.userId, input.displayName)} (${SIDE_LABEL[input.side]}) cites ¶${paragraph.number}${of}.${point}` });
}

export function renderStatus(view: DebateStatusView, queue: readonly { readonly userId: string; readonly displayName: string | null }[]): MessageDraft {
  const { debate } = view;
  const state = debate.status === 'open' ? 'Open' : debate.status === 'paused' ? 'Paused (the thread is locked)' : 'Closed';
  const fields: EmbedFieldDraft[] = [
    { name: 'Status', value: `${state}${debate.status !== 'closed' && debate.endsAt !== null ? ` · closes ${relativeTime(debate.endsAt)}` : ''}`, inline: true },
    { name: 'Sides', value: `${view.sideCounts.for} for · ${view.sideCounts.against} against`, inline: true },
    { name: 'You', value: `${view.yourSide === null ? 'not on a side yet' : SIDE_LABEL[view.yourSide]}${view.yourPosition === null ? '' : ` · hand raised, #${view.yourPosition} in the queue`}`, inline: true },
    { name: `For the motion (${view.sides.for.length})`, value: nameList(view.sides.for) },
    { name: `Against the motion (${view.sides.against.length})`, value: nameList(view.sides.against) },
    {
      name: `Queue (${view.queueLength})`,
      value: queue.length === 0 ? 'Nobody is waiting.' : queue.slice(0, 15).map((hand, index) => `${index + 1}. ${studentName(hand.userId, hand.displayName)}`).join('\n') + (queue.length > 15 ? `\n… and ${queue.length - 15} more` : ''),
    },
  ];
  return { embeds: [{ color: DEBATE_COLORS.notice, title: truncateMarkdown(debateMotionText(debate), LIMITS.title), fields }], ephemeral: true };
}

/** Students by name, comma-separated, as many as fit a field (1,024 characters), then "and N more": never a name cut in half. */
function nameList(students: readonly NamedStudent[]): string {
  if (students.length === 0) return 'Nobody yet.';
  const budget = LIMITS.fieldValue - ' and 9999 more'.length;
  const shown: string[] = [];
  for (const student of students) {
    const name = studentName(student.userId, student.displayName);
    if ([...shown, name].join(', ').length > budget) break;
    shown.push(name);
  }
  return shown.join(', ') + (shown.length < students.length ? ` and ${students.length - shown.length} more` : '');
}

/** `/debate me`: a student's own record in this server's debates, privately. */
export function renderStudentRecord(records: readonly StudentDebateRecord[]): MessageDraft {
  if (records.length === 0) return { content: 'You have not taken part in a debate on this server yet (or its records were deleted).', ephemeral: true };
  const fields: EmbedFieldDraft[] = records.slice(0, LIMITS.fields).map((r) => {
    const state = r.debate.status === 'closed' ? 'Closed' : r.debate.status === 'paused' ? 'Paused' : 'Open';
    const side = r.side === null ? 'no side' : SIDE_LABEL[r.side];
    const counts = [
      `${r.posts} post${r.posts === 1 ? '' : 's'}`,
      `${r.citations} citation${r.citations === 1 ? '' : 's'}${r.paragraphs.length === 0 ? '' : ` (${paragraphList(r.paragraphs)})`}`,
      `called to speak ${r.timesCalled}×`,
      ...(r.switches > 0 ? [`switched ${r.switches}×`] : []),
    ];
    return {
      name: truncateMarkdown(`${state} · ${debateMotionText(r.debate).replace(/^This house believes that /, '')}`, LIMITS.fieldName),
      value: `${side} · ${counts.join(', ')} · <#${r.debate.threadId}>`,
    };
  });
  return { embeds: [{ color: DEBATE_COLORS.notice, title: 'Your debates on this server', fields }], ephemeral: true };
}

/** The closing post: participants per side, posts and citations per student, passages per side, uncited evidence, duration. */
export function renderSummary(summary: DebateSummary): MessageDraft {
  const { debate } = summary;
  const how = debate.closeReason === 'time-up' ? 'Time is up' : 'Closed by a moderator';
  const sideField = (side: Side): EmbedFieldDraft => {
    const students = summary.students.filter((s) => s.side === side);
    const lines = students.map((s) => `${studentName(s.userId, s.displayName)} — ${s.posts} post${s.posts === 1 ? '' : 's'}, ${s.citations} citation${s.citations === 1 ? '' : 's'}${s.switches > 0 ? `, switched ${s.switches}×` : ''}`);
    return { name: `${side === 'for' ? 'For' : 'Against'} (${students.length})`, value: lines.length === 0 ? 'Nobody.' : lines.join('\n') };
  };
  const unsided = summary.students.filter((s) => s.side === null);
  const fields: EmbedFieldDraft[] = [
    sideField('for'),
    sideField('against'),
    ...(unsided.length === 0 ? [] : [{ name: `Posted without a side (${unsided.length})`, value: unsided.map((s) => `${studentName(s.userId, s.displayName)} — ${s.posts} posts`).join('\n') }]),
    { name: 'Passages cited by the side for', value: paragraphList(summary.citedBySide.for), inline: true },
    { name: 'Passages cited by the side against', value: paragraphList(summary.citedBySide.against), inline: true },
    { name: 'Evidence nobody cited', value: paragraphList(summary.uncitedEvidence) },
    { name: 'Totals', value: `${summary.totals.posts} posts · ${summary.totals.citations} citations · ${summary.totals.speakers} speakers called` },
  ];
  return {
    embeds: [
      {
        color: DEBATE_COLORS.summary,
        author: { name: 'Debate summary' },
        title: truncateMarkdown(debateMotionText(debate), LIMITS.title),
        description: `${how}. Duration: ${formatDuration(summary.durationMs)}. The thread is now locked and archived; a moderator can export the record with \`/moderate export\`.`,
        fields,
      },
    ],
  };
}

/**
 * The line the motion post gets when its debate closes (its embed, the motion and evidence, is
 * kept): closed, when, how long it ran, and a link to the summary.
 */
export function renderClosedBanner(input: { readonly closedAt: number; readonly durationMs: number; readonly closeReason: Debate['closeReason']; readonly summaryUrl: string | null }): string {
  const how = input.closeReason === 'time-up' ? 'time ran out' : 'closed by a moderator';
  const link = input.summaryUrl === null ? '' : ` Summary: ${input.summaryUrl}`;
  return `🔒 **Debate closed** <t:${Math.floor(input.closedAt / 1000)}:f> (${how}) after ${formatDuration(input.durationMs)}.${link}`;
}

/** Proposals as fields; moderators also see who proposed each (a mention that pings nobody). */
export function renderProposalList(proposals: readonly Proposal[], heading: string, empty: string, options: { readonly showAuthor?: boolean } = {}): MessageDraft {
  if (proposals.length === 0) return { content: empty, ephemeral: true };
  const fields = proposals.slice(0, LIMITS.fields).map((p) => {
    const review =
      p.status === 'pending' ? 'Waiting for a moderator.' : p.status === 'approved' ? 'Approved: it is now one of this server’s motions.' : `Not accepted. Reason: ${escapeUserText(p.reason ?? '')}`;
    const author = options.showAuthor === true ? `Proposed by <@${p.userId}>\n` : '';
    return { name: truncatePlain(`#${p.id} · ${p.status}`, LIMITS.fieldName), value: `${escapeUserText(p.motion)}\n${author}Evidence: ${paragraphList(p.paragraphs)}\n${review}` };
  });
  return { embeds: [{ color: DEBATE_COLORS.notice, title: heading, fields }], ephemeral: true };
}

export function renderSettings(settings: GuildSettings, readingTitle?: string): MessageDraft {
  return {
    embeds: [
      {
        color: DEBATE_COLORS.notice,
        title: 'Server settings',
        fields: [
          { name: '/ask answers', value: settings.askPrivate ? 'Private by default' : 'Public by default', inline: true },
          { name: 'Moderator role', value: settings.moderatorRoleId === null ? 'None (Manage Threads only)' : `<@&${settings.moderatorRoleId}>`, inline: true },
          { name: 'Debate channel', value: settings.debateChannelId === null ? 'Wherever /moderate open is used' : `<#${settings.debateChannelId}>`, inline: true },
          ...(readingTitle === undefined ? [] : [{ name: 'Current reading', value: readingTitle, inline: false }]),
          ...digestSettingsFields(settings),
        ],
      },
    ],
    ephemeral: true,
  };
}

/** Why a citation was refused: the paragraph is not in the debate's reading (the one "does not exist" sentence). */
export function renderCiteProblem(problem: LookupProblem): string {
  return describeLookupProblem(problem);
}

/** Why a proposal was refused, to the student; what they typed is echoed escaped. */
export function renderProposalProblem(problem: ProposalProblem): string {
  switch (problem.kind) {
    case 'no-such-paragraph':
    case 'no-such-reading':
      return `I could not take that proposal. ${describeLookupProblem(problem)}`;
    case 'no-paragraphs':
      return `I could not take that proposal: give at least one paragraph number (¶1–¶${problem.last}), e.g. "12, 14-16".`;
    case 'not-a-number':
      return `I could not take that proposal: "${escapeUserText(problem.text)}" is not a paragraph number; use numbers like "12, 14-16".`;
    case 'bad-range':
      return `I could not take that proposal: "${escapeUserText(problem.text)}" is not a usable range.`;
    case 'too-many-paragraphs':
      return `I could not take that proposal: name at most ${problem.max} paragraphs (you gave ${problem.given}).`;
    case 'motion-length':
      return `I could not take that proposal: a motion is between ${problem.min} and ${problem.max} characters ("This house believes that …" included).`;
  }
}

/** Why a review was refused, to the moderator. */
export function renderReviewProblem(problem: Extract<ReviewOutcome, { readonly kind: 'invalid' }>['problem']): string {
  return `Please give the student a reason of ${problem.min}–${problem.max} characters.`;
}
