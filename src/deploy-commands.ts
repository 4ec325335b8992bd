// Entry point of `npm run deploy-commands`: registers the commands in commands/index.ts with
// Discord (see src/discord/deploy.ts). Logs to stderr; prints one line for a person to stdout.
import { commands } from '../commands/index.js';
import { deployCommands, describeDeployment } from './discord/deploy.js';
import { createLogger } from './logger.js';
import { loadEnvironment, reportFatalError } from './startup.js';

async function main(): Promise<void> {
  const config = loadEnvironment(process.env, { needsCorpus: false });
  const log = createLogger(config.logLevel).child({ module: 'deploy' });
  const result = await deployCommands(
    config,
    commands.map((command) => command.data),
    log,
  );
  process.stdout.write(`${describeDeployment(result)}\n`);
}

main().catch((err: unknown) => {
  reportFatalError(err);
  process.exit(1);
});
