// Entry point of the command line (`npm run cli -- ask "..."`): runs the command against this
// process's arguments, environment (.env loaded quietly by runCli) and streams, and exits with its
// code. Logs go to stderr; stdout carries only answers and JSON.
import { runCli } from './console/run-cli.js';

// `npm run cli -- passages | head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
