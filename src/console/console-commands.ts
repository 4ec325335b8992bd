// What the local console does with one typed line: `/ask …` (or a bare question), `/passage N`,
// `/footnote N`, `/help`, `/quit`. Pure apart from the injected logger; bad input gets a polite
// line, never an exception, so one typo cannot end a class's session.
import type { AnswerEngine } from '../answers/answer-engine.js';
import type { Corpus } from '../corpus/types.js';
import { UserFacingError } from '../errors.js';
import type { Logger } from '../logger.js';
import { lookUpFootnote, lookUpParagraph, parseWholeNumber } from './lookup.js';
import { describeReading, renderAnswerText, renderFootnoteText, renderPassageText, type TextStyle } from '../views/console/render-text.js';

export interface ConsoleReply {
  /** Text to print, or undefined for nothing (a blank line). */
  readonly text: string | undefined;
  /** True once the user asked to leave. */
  readonly quit: boolean;
}

export const CONSOLE_COMMANDS = `Commands:
  /ask <question>     answer with the essay's own paragraphs (or just type the question)
  /passage N          show paragraph N with the footnotes it cites
  /footnote N         show footnote N and the paragraphs that cite it
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

function ask(engine: AnswerEngine, question: string, style: TextStyle): ConsoleReply {
  if (question.trim() === '') return say('Ask something after /ask, e.g. /ask Why did Russia move closer to China?');
  return say(renderAnswerText(engine.answer(question.trim()), engine.corpus, style));
}

function show(engine: AnswerEngine, kind: 'passage' | 'footnote', args: readonly string[], style: TextStyle): ConsoleReply {
  if (args.length > 2) return say(`/${kind} takes a number (and optionally a reading id), e.g. /${kind} ${kind === 'passage' ? 12 : 3}`);
  const number = parseWholeNumber(kind, args[0]);
  const readingId = args[1];
  if (kind === 'passage') {
    const { reading, paragraph } = lookUpParagraph(engine.corpus, number, readingId);
    return say(renderPassageText(reading, paragraph, style));
  }
  const { reading, footnote } = lookUpFootnote(engine.corpus, number, readingId);
  return say(renderFootnoteText(reading, footnote, style));
}

function dispatch(engine: AnswerEngine, line: string, style: TextStyle): ConsoleReply {
  const trimmed = line.trim();
  if (trimmed === '') return { text: undefined, quit: false };
  if (!trimmed.startsWith('/')) return ask(engine, trimmed, style);
  const [word = '', ...args] = trimmed.split(/\s+/);
  const rest = trimmed.slice(word.length);
  switch (word.toLowerCase()) {
    case '/ask':
      return ask(engine, rest, style);
    case '/passage':
    case '/footnote':
      return show(engine, word.toLowerCase() === '/passage' ? 'passage' : 'footnote', args, style);
    case '/help':
      return say(CONSOLE_COMMANDS);
    case '/quit':
    case '/exit':
      return { text: 'Goodbye.', quit: true };
    default:
      return say(`Unknown command ${word.slice(0, 40)}. The commands are /ask, /passage, /footnote, /help and /quit.`);
  }
}

/** Handles one line; never throws. */
export function handleConsoleLine(engine: AnswerEngine, line: string, style: TextStyle, log: Logger): ConsoleReply {
  try {
    return dispatch(engine, line, style);
  } catch (err) {
    if (err instanceof UserFacingError) return say(`${err.message.charAt(0).toUpperCase()}${err.message.slice(1)}.`);
    // What was typed goes to the log only at debug, as the bot's questions do (README, privacy).
    log.error({ err, ...(log.isLevelEnabled('debug') ? { input: { text: line.slice(0, 500) } } : {}) }, 'console line failed');
    return say('Sorry, something went wrong answering that; the details are in the log. Try another question.');
  }
}
