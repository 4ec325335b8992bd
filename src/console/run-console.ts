// The local console: what `npm start` runs when no DISCORD_TOKEN is set. Reads lines from any
// stream (a terminal with a prompt, or piped input without prompt noise), answers each in order
// as text, and resolves at end of input or /quit.
import { createInterface } from 'node:readline';
import type { AnswerEngine } from '../answers/answer-engine.js';
import type { Logger } from '../logger.js';
import { handleConsoleLine, newConsoleSession, renderGreeting } from './console-commands.js';
import { textStyleFor } from '../views/console/render-text.js';

export interface RunConsoleOptions {
  readonly engine: AnswerEngine;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly log: Logger;
  /** Prompt as a terminal would; defaults to true only when both streams are TTYs. */
  readonly interactive?: boolean;
}

const PROMPT = 'essay> ';

function isTty(stream: NodeJS.ReadableStream | NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

export async function runConsole({ engine, input, output, log, interactive }: RunConsoleOptions): Promise<void> {
  const prompting = interactive ?? (isTty(input) && isTty(output));
  const style = textStyleFor(output);
  // Without a terminal, readline gets no output stream, so nothing is echoed and no prompt is drawn.
  const lines = createInterface({
    input,
    ...(prompting ? { output, terminal: true } : { terminal: false }),
    crlfDelay: Infinity,
    prompt: PROMPT,
  });
  // In terminal mode readline swallows Ctrl+C (it only pauses input); a person pressing it means "leave".
  lines.on('SIGINT', () => lines.close());
  // The input can end while lines are still being answered (piped text, Ctrl-D): from Node 24 on,
  // prompt() after that throws "readline was closed", so the prompt is drawn only while open.
  let open = true;
  lines.once('close', () => (open = false));
  const prompt = (): void => {
    if (prompting && open) lines.prompt();
  };
  output.write(`${renderGreeting(engine.corpus)}\n\n`);
  const session = newConsoleSession(engine.corpus);
  prompt();
  try {
    for await (const line of lines) {
      const reply = handleConsoleLine(engine, line, style, log, session);
      if (reply.text !== undefined) output.write(`${reply.text}\n\n`);
      if (reply.quit) break;
      prompt();
    }
  } finally {
    lines.close();
  }
}
