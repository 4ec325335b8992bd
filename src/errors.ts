// The one kind of error a user may see. Its message is safe to show as is; `code` is stable so
// tests and logs can tell errors apart without matching on wording.
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// A reading file that cannot be parsed. The message always names the file and the line, because
// the person who fixes it is a teacher with a text editor, not a developer with a debugger.
export class ReadingError extends Error {
  override readonly name = 'ReadingError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

// Configuration that cannot be used. One error lists every problem at once.
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Configuration problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

// The data folder or the database in it cannot be used. The message names DATA_DIR and the file
// and says what to do; the file itself is never overwritten or deleted to "fix" it.
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}

// Discord closed the gateway with a code it will never accept a reconnect after (a reset token,
// bad intents or shards). `code` is the close code; the message says what to fix.
export class GatewayFatalError extends Error {
  override readonly name = 'GatewayFatalError';
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
