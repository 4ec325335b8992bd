// The command line's work, given its arguments, environment and streams: parse, load what the
// command needs (nothing for help, the corpus for passages, the engine for ask), render, and
// return the exit code (0 ok, 1 failure, 2 bad input). src/cli.ts wires it to the process.
import { createInterface } from 'node:readline';
import type { Config } from '../config.js';
import { describeReadingProblem, loadCorpus, loadReadingFile, readingCompanions } from '../corpus/load-corpus.js';
import { selectReading } from '../corpus/lookup.js';
import type { Corpus } from '../corpus/types.js';
import { UserFacingError } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { describeFatalError, loadEnvironment } from '../startup.js';
import { answerToJson, footnoteToJson, motionsToJson, passagesToJson, passageToJson, readingCheckToJson, readingSummaryToJson } from '../views/json.js';
import { lookUpFootnote, lookUpParagraph } from './lookup.js';
import { CLI_HELP, parseCliArgs, type CliCommand } from './parse-cli-args.js';
import { renderAnswerText, renderFootnoteText, renderMotionsText, renderPassageText, renderReadingCheckText, renderReadingsText, renderReadingText, textStyleFor } from '../views/console/render-text.js';

export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

const SNOWFLAKE = /^\d{17,20}$/;

function writeJson(stdout: CliIo['stdout'], value: unknown): void {
  stdout.write(`${JSON.stringify(value)}\n`);
}

// A footnote nobody cites does not stop the reading, nor does a broken reading stop the others;
// the teacher still hears about both (on stderr, one file:line per broken reading).
function logWarnings(corpus: Corpus, log: Logger): Corpus {
  for (const problem of corpus.problems ?? []) log.error({ reading: { file: problem.file, line: problem.line } }, `reading left out: ${describeReadingProblem(problem)}`);
  for (const reading of corpus.readings) for (const warning of reading.warnings) log.warn({ reading: reading.id, warning }, 'reading warning');
  return corpus;
}

function loadCorpusLogged(config: Config, log: Logger): Corpus {
  return logWarnings(loadCorpus(config.corpusDir), log);
}

async function runInvite(clientId: string | undefined, config: Config, stdout: CliIo['stdout']): Promise<void> {
  // Imported here so the other commands never load the Discord side.
  const { applicationIdFromToken, buildInviteUrl } = await import('../discord/invite.js');
  if (clientId !== undefined) {
    if (!SNOWFLAKE.test(clientId)) {
      throw new UserFacingError('usage', `--client-id must be the application id (17-20 digits, Developer Portal > General Information): got "${clientId.slice(0, 40)}"`);
    }
    stdout.write(`${buildInviteUrl(clientId)}\n`);
    return;
  }
  if (config.discordToken === undefined) {
    throw new UserFacingError('usage', 'invite needs the application id: pass --client-id ID, or set DISCORD_TOKEN in .env (the id is derived from the token)');
  }
  let derived: string | undefined;
  try {
    derived = applicationIdFromToken(config.discordToken);
  } catch {
    derived = undefined; // its message could quote the token; ours never does
  }
  if (derived === undefined || !SNOWFLAKE.test(derived)) {
    throw new UserFacingError('usage', 'the application id cannot be derived from DISCORD_TOKEN (is it a bot token?): pass --client-id ID instead');
  }
  stdout.write(`${buildInviteUrl(derived)}\n`);
}

/** Calls `onLine` for every stdin line, trimmed, blank ones included (as ''). */
async function askFromLines(stdin: CliIo['stdin'], onLine: (question: string) => void): Promise<void> {
  const lines = createInterface({ input: stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) onLine(line.trim());
}

/** The JSON line for an input line that holds no question: line n of the output still answers line n. */
export const EMPTY_QUESTION_JSON = { question: '', error: { code: 'empty-question', message: 'the question is empty' } } as const;

async function runCommand(command: Exclude<CliCommand, { kind: 'help' }>, io: CliIo, config: Config, log: Logger): Promise<void> {
  const { stdout } = io;
  const style = textStyleFor(stdout);
  switch (command.kind) {
    case 'invite':
      return runInvite(command.clientId, config, stdout);
    case 'backup': {
      // Imported here so the other commands never load the native SQLite module.
      const { backUpDatabase } = await import('./backup.js');
      const result = await backUpDatabase(config.dataDir, command.file);
      stdout.write(`Backed up ${result.source} to ${result.file} (${result.pages} pages, integrity ok).\n`);
      return;
    }
    case 'passages': {
      const corpus = loadCorpusLogged(config, log);
      if (command.json) writeJson(stdout, passagesToJson(corpus));
      else stdout.write(`${corpus.readings.map((reading) => renderReadingText(reading, style)).join('\n\n')}\n`);
      return;
    }
    case 'readings': {
      const corpus = loadCorpusLogged(config, log);
      const list = corpus.readings.map((reading) => ({ reading, companions: readingCompanions(reading) }));
      if (command.json) writeJson(stdout, { readings: list.map(({ reading, companions }) => readingSummaryToJson(reading, companions)) });
      else stdout.write(`${renderReadingsText(list)}\n`);
      return;
    }
    case 'check': {
      // A ReadingError here is the answer a teacher wants: file:line: problem (exit code 1).
      let reading;
      try {
        reading = loadReadingFile(command.file);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (typeof code === 'string') throw new UserFacingError('usage', `cannot read ${command.file.slice(0, 200)} (${code}): check FILE takes the path of a reading (.md)`);
        throw err;
      }
      if (command.json) writeJson(stdout, readingCheckToJson(reading));
      else stdout.write(`${renderReadingCheckText(reading)}\n`);
      return;
    }
    case 'motions': {
      const corpus = loadCorpusLogged(config, log);
      const only = command.reading === undefined ? undefined : selectReading(corpus, command.reading).id;
      // Imported here so the other commands never load the debate module.
      const { loadCorpusMotions } = await import('../debate/motions.js');
      const motions = loadCorpusMotions(corpus).filter((motion) => only === undefined || motion.reading === only);
      if (command.json) writeJson(stdout, motionsToJson(motions));
      else stdout.write(`${renderMotionsText(motions, corpus)}\n`);
      return;
    }
    case 'passage': {
      const { reading, paragraph } = lookUpParagraph(loadCorpusLogged(config, log), command.number, command.reading);
      if (command.json) writeJson(stdout, passageToJson(reading, paragraph));
      else stdout.write(`${renderPassageText(reading, paragraph, style)}\n`);
      return;
    }
    case 'footnote': {
      const { reading, footnote } = lookUpFootnote(loadCorpusLogged(config, log), command.number, command.reading);
      if (command.json) writeJson(stdout, footnoteToJson(footnote));
      else stdout.write(`${renderFootnoteText(reading, footnote, style)}\n`);
      return;
    }
    case 'ask': {
      // Imported here so passage/footnote/passages need only the parsed corpus, not the index.
      const [{ ALL_READINGS, engineForCorpus }, { savedAnalysesIn }] = await Promise.all([import('../answers/answer-engine.js'), import('../course.js')]);
      const corpus = loadCorpusLogged(config, log);
      // The bot's saved analyses of the readings serve each one-shot question too.
      const engine = engineForCorpus(config.corpusDir, corpus, savedAnalysesIn(config, log));
      // The first reading unless one is named; "all" searches every reading.
      const reading = command.reading === ALL_READINGS ? ALL_READINGS : selectReading(corpus, command.reading).id;
      const options = { reading, ...(command.limit === undefined ? {} : { limit: command.limit }) };
      const answerLine = (question: string): void => {
        const answer = engine.answer(question, options);
        if (command.json) writeJson(stdout, answerToJson(answer));
        else stdout.write(`${renderAnswerText(answer, engine.corpus, style)}\n`);
      };
      if (command.question !== undefined) answerLine(command.question);
      else
        await askFromLines(io.stdin, (question) => {
          if (question !== '') answerLine(question);
          else if (command.json) writeJson(stdout, EMPTY_QUESTION_JSON);
        });
      return;
    }
  }
}

/** Runs one command line; never throws: every failure becomes a message on stderr and an exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let log: Logger | undefined;
  try {
    const command = parseCliArgs(argv);
    if (command.kind === 'help') {
      io.stdout.write(CLI_HELP);
      return EXIT_OK;
    }
    // dotenv fills io.env from .env (variables already set win), then the config is read once.
    const config = loadEnvironment(io.env, { needsCorpus: command.kind !== 'invite' && command.kind !== 'backup' && command.kind !== 'check' });
    log = createLogger(config.logLevel, io.stderr).child({ module: 'cli' });
    await runCommand(command, io, config, log);
    return EXIT_OK;
  } catch (err) {
    if (err instanceof UserFacingError) {
      io.stderr.write(`${err.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const known = describeFatalError(err); // a broken reading or bad config: one message, no stack
    if (known !== undefined) {
      io.stderr.write(`${known}\n`);
      return EXIT_FAILURE;
    }
    log?.error({ err }, 'unexpected error');
    io.stderr.write(`unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_FAILURE;
  }
}
