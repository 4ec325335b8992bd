// Entry point of `npm start`. With DISCORD_TOKEN set it runs the Discord bot; without one it runs
// the local console, so the project does its job on any machine.
import { startBot } from './bot.js';
import { runConsole } from './console/run-console.js';
import { loadCourse } from './course.js';
import { createLogger, type Logger } from './logger.js';
import { loadEnvironment, reportFatalError } from './startup.js';

// Module-level so an error that stops the program is logged whole (with its stack) as well as
// told to the person in one line.
let fatalLog: Logger | undefined;

async function main(): Promise<void> {
  const config = loadEnvironment();
  const log = createLogger(config.logLevel);
  fatalLog = log;
  const engine = loadCourse(config, log);

  if (config.discordToken === undefined) {
    await runConsole({ engine, input: process.stdin, output: process.stdout, log });
    return;
  }

  // Signals are handled from before the login, so a stop during startup is clean too.
  const starting = startBot({ config, engine, log });
  let stopping: Promise<void> | undefined;
  // npm forwards SIGTERM to this process as well as sending its own: stopping twice must be safe.
  const stopOnSignal = (signal: NodeJS.Signals): void => {
    stopping ??= (async () => {
      log.info({ signal }, 'shutting down');
      const bot = await starting.catch(() => undefined);
      await bot?.stop();
      log.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);
  const bot = await starting;
  // A fatal gateway close after login (a token reset while running): discord.js will not
  // reconnect, so stop, say why in one line, and exit non-zero for the process manager.
  void bot.failed.then((err) => {
    stopping ??= (async () => {
      log.fatal({ err }, 'the gateway closed for good; stopping');
      await bot.stop();
      reportFatalError(err);
      process.exit(1);
    })();
  });
}

main().catch((err: unknown) => {
  fatalLog?.fatal({ err }, 'stopped by an error');
  reportFatalError(err);
  process.exit(1);
});
