// `cli backup FILE`: a consistent copy of the bot's database while the bot keeps running, through
// SQLite's online backup API (better-sqlite3's db.backup): it copies page by page and restarts if
// the bot writes meanwhile, so the copy is one moment's state, never a torn file. The copy is then
// checked (PRAGMA integrity_check) before the command says it is done. An existing FILE is never
// overwritten: a backup must not destroy an older one by a typo.
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openInDataDir } from '../data-dir.js';
import { DATABASE_FILE } from '../debate/store.js';
import { DataDirError, UserFacingError } from '../errors.js';

export interface BackupResult {
  readonly source: string;
  readonly file: string;
  readonly pages: number;
}

export async function backUpDatabase(dataDir: string, target: string): Promise<BackupResult> {
  const source = path.join(dataDir, DATABASE_FILE);
  const file = path.resolve(target);
  if (existsSync(file)) throw new UserFacingError('backup-exists', `${target} already exists: choose a new file name (a backup never overwrites one)`);
  if (!existsSync(source)) throw new DataDirError(`DATA_DIR ${dataDir} has no database (${source}): nothing to back up. Is DATA_DIR the bot's folder?`);
  const db = openInDataDir(dataDir, source, () => {
    const opened = new Database(source, { fileMustExist: true });
    // The bot may hold the write lock for a moment: wait for it rather than fail.
    opened.pragma('busy_timeout = 5000');
    opened.pragma('schema_version'); // reads the header: a file that is no database fails here
    return opened;
  });
  try {
    const { totalPages } = await db.backup(file);
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`backup: the copy in ${file} failed its integrity check (${String(check)})`);
    } finally {
      copy.close();
    }
    return { source, file, pages: totalPages };
  } finally {
    db.close();
  }
}
