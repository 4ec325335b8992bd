// The readings of a course, loaded the way every long-running entry point (bot, console) needs
// them: good readings only, one log line per broken file (file:line), each reading's warnings,
// and the engine with its saved analyses in DATA_DIR/indexes (read at start, written when a
// reading is new or changed). The default reading's index is made before the first question.
import { engineForCorpus, type CourseAnswerEngine, type LoadOptions } from './answers/answer-engine.js';
import { openSnapshotStore } from './answers/reading-snapshots.js';
import type { Config } from './config.js';
import { describeReadingProblem, loadCorpus } from './corpus/load-corpus.js';
import { defaultReading } from './corpus/lookup.js';
import type { Corpus } from './corpus/types.js';
import { prepareDataDir } from './data-dir.js';
import type { Logger } from './logger.js';

/** Logs each broken reading (error: it was left out) and each reading's warnings. */
export function logReadingProblems(corpus: Corpus, log: Logger): void {
  for (const problem of corpus.problems ?? []) {
    log.error({ reading: { file: problem.file, line: problem.line } }, `reading left out: ${describeReadingProblem(problem)}`);
  }
  for (const reading of corpus.readings) for (const warning of reading.warnings) log.warn({ reading: reading.id }, warning);
}

/** A question with a word no reading uses and a name typed as it sounds: it exercises every step of an answer. */
const WARM_UP_QUESTION = 'who was prima cough, and whats the qwzx about';

/** The engine's saved analyses in DATA_DIR/indexes; none (each start analyses again) where DATA_DIR cannot be used. */
export function savedAnalysesIn(config: Config, log: Logger): Pick<LoadOptions, 'savedAnalysis' | 'onAnalysed'> {
  try {
    prepareDataDir(config.dataDir);
    const snapshots = openSnapshotStore(config.dataDir, (err, reading) => log.warn({ err, reading: reading.id }, 'could not read or save the reading\'s saved index; it is rebuilt'));
    return { savedAnalysis: snapshots.load, onAnalysed: snapshots.save };
  } catch (err) {
    // Answers need no DATA_DIR: without one, each start analyses the readings again.
    log.warn({ err }, 'DATA_DIR cannot be used; reading indexes are not saved');
    return {};
  }
}

export function loadCourse(config: Config, log: Logger): CourseAnswerEngine {
  const corpus = loadCorpus(config.corpusDir);
  logReadingProblems(corpus, log);
  const engine = engineForCorpus(config.corpusDir, corpus, savedAnalysesIn(config, log));
  const reading = defaultReading(corpus).id;
  engine.prepare(reading);
  // What every answer needs once (the English word list, the names by sound, the first compiling
  // of the search code) is paid now, not by the first question of a class asking all at once.
  try {
    engine.answer(WARM_UP_QUESTION, { reading });
  } catch (err) {
    // Only a head start: the students' questions will say what is wrong, each with its own ref.
    log.warn({ err }, 'the warm-up question failed');
  }
  return engine;
}
