// The container's HEALTHCHECK (Dockerfile): exits 0 when the bot's database in DATA_DIR opens and
// answers a query, 1 otherwise. Read-only: it never creates or changes the file.
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from './debate/store.js';
import { loadEnvironment } from './startup.js';

try {
  const config = loadEnvironment(process.env, { needsCorpus: false });
  const db = new Database(path.join(config.dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 2000');
  db.prepare('SELECT COUNT(*) FROM debates').get();
  db.close();
} catch (err) {
  process.stderr.write(`unhealthy: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
