// `npm run -s cli -- backup FILE`: a consistent copy of the database while the bot writes to it
// (another connection commits all through the backup), which opens as the bot's database again
// (the README's restore steps). It never overwrites a file and names a missing database.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, openDatabase, openDebateStore } from '../../src/debate/store.js';
import { runCliProcess } from './run-cli-process.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'essay-backup-'));
  folders.push(dir);
  return dir;
}

describe('npm run cli -- backup FILE', () => {
  it('copies the database consistently while another process keeps writing, and the copy restores', async () => {
    const dataDir = folder();
    const db = openDatabase(path.join(dataDir, 'bot.sqlite'));
    db.exec('CREATE TABLE writes (n INTEGER NOT NULL)');
    const insert = db.prepare('INSERT INTO writes (n) VALUES (?)');
    for (let n = 0; n < 500; n += 1) insert.run(n);
    // The "bot": a commit every few milliseconds for as long as the backup runs.
    let n = 500;
    const writer = setInterval(() => insert.run(n++), 2);
    const target = path.join(folder(), 'nightly.sqlite');
    try {
      const { code, stdout, stderr } = await runCliProcess(['backup', target], { env: { DATA_DIR: dataDir } });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(/^Backed up .*bot\.sqlite to .*nightly\.sqlite \(\d+ pages, integrity ok\)\.\n$/);
    } finally {
      clearInterval(writer);
      db.close();
    }

    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const { count, max } = copy.prepare('SELECT COUNT(*) AS count, MAX(n) AS max FROM writes').get() as { count: number; max: number };
    // A moment's state: every row up to some commit, none missing in between.
    expect(count).toBeGreaterThanOrEqual(500);
    expect(max).toBe(count - 1);
    copy.close();

    // Restore (README): the copy becomes DATA_DIR/bot.sqlite of a stopped bot.
    const restored = folder();
    writeFileSync(path.join(restored, 'bot.sqlite'), readFileSync(target));
    const store = openDebateStore(restored);
    expect(store.schemaVersion()).toBe(LATEST_VERSION);
    store.close();
  });

  it('never overwrites an existing file', async () => {
    const dataDir = folder();
    openDatabase(path.join(dataDir, 'bot.sqlite')).close();
    const target = path.join(folder(), 'keep.sqlite');
    writeFileSync(target, 'last week');
    const { code, stderr } = await runCliProcess(['backup', target], { env: { DATA_DIR: dataDir } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/keep\.sqlite already exists: choose a new file name/);
    expect(readFileSync(target, 'utf8')).toBe('last week');
  });

  it('says when DATA_DIR holds no database, and creates nothing', async () => {
    const dataDir = folder();
    const target = path.join(folder(), 'copy.sqlite');
    const { code, stderr } = await runCliProcess(['backup', target], { env: { DATA_DIR: dataDir } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^DATA_DIR .* has no database .*nothing to back up/);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(path.join(dataDir, 'bot.sqlite'))).toBe(false);
  });
});
