// What the local console does with one typed line: `/ask …` (or a bare question), `/passage N`,
// `/footnote N`, `/help`, `/quit`. Pure apart from the injected logger; bad input gets a polite
// line, never an exception, so one typo cannot end a class's session.
import { ALL_READINGS, type AnswerEngine } from '../answers/answer-engine.js';
import { readingCompanions } from '../corpus/load-corpus.js';
import { defaultReading, selectReading } from '../corpus/lookup.js';
import type { Corpus } from '../corpus/types.js';
import { loadCorpusMotions } from '../debate/motions.js';
import { UserFacingError } from '../errors.js';
import type { Logger } from '../logger.js';
import { lookUpFootnote, lookUpParagraph, parseWholeNumber } from './lookup.js';
import { describeReading, renderAnswerText, renderFootnoteText, renderMotionsText, renderPassageText, renderReadingsText, type TextStyle } from '../views/console/render-text.js';

export interface ConsoleReply {
  /** Text to print, or undefined for nothing (a blank line). */
  readonly text: string | undefined;
  /** True once the user asked to leave. */
  readonly quit: boolean;
}

/** What the console remembers between lines: the reading it is on (`/reading ID` changes it). */
export interface ConsoleSession {
  /** A reading id, or `all` for questions over every reading. */
  reading: string;
}

export function newConsoleSession(corpus: Corpus): ConsoleSession {
  return { reading: defaultReading(corpus).id };
}

export const CONSOLE_COMMANDS = `Commands:
  /ask <question>     answer with the reading's own paragraphs (or just type the question)
  /passage N          show paragraph N with the footnotes it cites
  /footnote N         show footnote N and the paragraphs that cite it
  /reading [ID|all]   list the readings, or switch to one ("all": questions search every reading)
  /motions            the current reading's debate motions with their evidence
  /help               show these commands
  /quit               leave (end of input works too)`;

export function renderGreeting(corpus: Corpus): string {
  const readings = corpus.readings.map((reading) => `  ${describeReading(reading)}`);
  return [
    'Essay Circle — local console. No DISCORD_TOKEN is set, so the bot is answering here instead of on Discord. To connect to Discord, set DISCORD_TOKEN in .env (README: "Setting up the bot on your class server").',
    '',
    corpus.readings.length === 1 ? 'Reading:' : 'Readings:',
    ...readings,
    '',
    CONSOLE_COMMANDS,
  ].join('\n');
}

const say = (text: string): ConsoleReply => ({ text, quit: false });

function ask(engine: AnswerEngine, question: string, style: TextStyle, session: ConsoleSession): ConsoleReply {
  if (question.trim() === '') return say('Ask something after /ask, e.g. /ask Why did Russia move closer to China?');
  return say(renderAnswerText(engine.answer(question.trim(), { reading: session.reading }), engine.corpus, style));
}

/** The reading passages and footnotes are looked up in: the session's, or the first when it is on "all". */
function lookupReading(engine: AnswerEngine, session: ConsoleSession): string {
  return session.reading === ALL_READINGS ? defaultReading(engine.corpus).id : session.reading;
}

function switchReading(engine: AnswerEngine, args: readonly string[], session: ConsoleSession): ConsoleReply {
  const [id] = args;
  if (id === undefined) {
    const list = engine.corpus.readings.map((reading) => ({ reading, companions: readingCompanions(reading) }));
    const on = session.reading === ALL_READINGS ? 'Questions search every reading.' : `Current reading: ${session.reading}.`;
    return say(`${renderReadingsText(list, session.reading)}\n\n${on} Switch with /reading ID (or /reading all).`);
  }
  if (id.toLowerCase() === ALL_READINGS) {
    session.reading = ALL_READINGS;
    return say('Questions now search every reading; /passage and /footnote use the first reading unless you name one.');
  }
  const reading = selectReading(engine.corpus, id);
  session.reading = reading.id;
  return say(`Now on ${reading.id}: ${describeReading(reading)}`);
}

function motions(engine: AnswerEngine, session: ConsoleSession): ConsoleReply {
  const list = loadCorpusMotions(engine.corpus).filter((motion) => session.reading === ALL_READINGS || motion.reading === session.reading);
  return say(renderMotionsText(list, engine.corpus));
}

function show(engine: AnswerEngine, kind: 'passage' | 'footnote', args: readonly string[], style: TextStyle, session: ConsoleSession): ConsoleReply {
  if (args.length > 2) return say(`/${kind} takes a number (and optionally a reading id), e.g. /${kind} ${kind === 'passage' ? 12 : 3}`);
  const number = parseWholeNumber(kind, args[0]);
  const readingId = args[1] ?? lookupReading(engine, session);
  if (kind === 'passage') {
    const { reading, paragraph } = lookUpParagraph(engine.corpus, number, readingId);
    return say(renderPassageText(reading, paragraph, style));
  }
  const { reading, footnote } = lookUpFootnote(engine.corpus, number, readingId);
  return say(renderFootnoteText(reading, footnote, style));
}

function dispatch(engine: AnswerEngine, line: string, style: TextStyle, session: ConsoleSession): ConsoleReply {
  const trimmed = line.trim();
  if (trimmed === '') return { text: undefined, quit: false };
  if (!trimmed.startsWith('/')) return ask(engine, trimmed, style, session);
  const [word = '', ...args] = trimmed.split(/\s+/);
  const rest = trimmed.slice(word.length);
  switch (word.toLowerCase()) {
    case '/ask':
      return ask(engine, rest, style, session);
    case '/passage':
    case '/footnote':
      return show(engine, word.toLowerCase() === '/passage' ? 'passage' : 'footnote', args, style, session);
    case '/reading':
    case '/readings':
      return switchReading(engine, args, session);
    case '/motions':
      return motions(engine, session);
    case '/help':
      return say(CONSOLE_COMMANDS);
    case '/quit':
    case '/exit':
      return { text: 'Goodbye.', quit: true };
    default:
      return say(`Unknown command ${word.slice(0, 40)}. The commands are /ask, /passage, /footnote, /reading, /motions, /help and /quit.`);
  }
}

/** A message as one sentence: capitalised, with a full stop unless it has one ("... footnotes 1–6." stays as it is). */
function asSentence(message: string): string {
  const capitalised = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** Handles one line; never throws. */
export function handleConsoleLine(engine: AnswerEngine, line: string, style: TextStyle, log: Logger, session: ConsoleSession = newConsoleSession(engine.corpus)): ConsoleReply {
  try {
    return dispatch(engine, line, style, session);
  } catch (err) {
    if (err instanceof UserFacingError) return say(asSentence(err.message));
    // What was typed goes to the log only at debug, as the bot's questions do (README, privacy).
    log.error({ err, ...(log.isLevelEnabled('debug') ? { input: { text: line.slice(0, 500) } } : {}) }, 'console line failed');
    return say('Sorry, something went wrong answering that; the details are in the log. Try another question.');
  }
}
