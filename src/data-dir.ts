// DATA_DIR, checked before the database is opened, and the database's own problems turned into
// one message a school's IT person can act on: which folder or file, what is wrong, what to do.
// Nothing here writes to an existing file: a wrong or newer database is reported, never replaced.
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DataDirError } from './errors.js';

const SET_IT = 'Set DATA_DIR to a folder this user may create and write (see .env.example).';

/**
 * Makes sure `dataDir` is a writable folder, creating it and its parents one level at a time.
 * (Node's recursive mkdir never returns on some paths, such as /proc/nope: it loops at full CPU.)
 */
export function prepareDataDir(dataDir: string): void {
  const missing: string[] = [];
  let existing = path.resolve(dataDir);
  for (;;) {
    const stat = statOrUndefined(existing);
    if (stat !== undefined) {
      if (!stat.isDirectory()) {
        throw new DataDirError(`DATA_DIR ${dataDir}: ${existing} is a file, not a folder. ${SET_IT}`);
      }
      break;
    }
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      if (code === 'EEXIST') continue;
      throw new DataDirError(`DATA_DIR ${dataDir} cannot be created (${code} at ${folder}). ${SET_IT}`);
    }
  }
  try {
    accessSync(dataDir, constants.W_OK | constants.X_OK);
  } catch {
    throw new DataDirError(`DATA_DIR ${dataDir} is not writable by this user. ${SET_IT}`);
  }
}

function statOrUndefined(file: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Runs `open` (which opens `file` in DATA_DIR) and says in words why a database cannot be used. */
export function openInDataDir<T>(dataDir: string, file: string, open: () => T): T {
  try {
    return open();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DataDirError(
        `DATA_DIR ${dataDir}: ${file} is not a database this bot can read (${code}). It was left untouched: move it away to start afresh, or restore a backup (README, "Backups").`,
        { cause: err },
      );
    }
    if (code === 'SCHEMA_TOO_NEW') {
      throw new DataDirError(`DATA_DIR ${dataDir}: ${file} was written by a newer version of the bot. It was left untouched: run that version again, or restore a backup made with this one.`, { cause: err });
    }
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
      throw new DataDirError(`DATA_DIR ${dataDir}: ${file} cannot be opened for writing (${code}). Check the owner and permissions of the folder and the file.`, { cause: err });
    }
    throw err;
  }
}
