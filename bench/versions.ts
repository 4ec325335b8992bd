// Library versions as installed, read from node_modules/<pkg>/package.json at the repository
// root, so the report names exactly what ran (not what package.json's ranges allow).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file holding package.json and node_modules
 * (bench/ when run from source by the tests, dist/bench/ when compiled). */
export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(start: string): string {
  let dir = start;
  while (!(existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'node_modules')))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`bench: no package.json with node_modules above ${start}`);
    dir = parent;
  }
  return dir;
}

export function packageVersion(pkg: string): string {
  const file = path.join(REPO_ROOT, 'node_modules', ...pkg.split('/'), 'package.json');
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : 'unknown';
  } catch {
    return 'not installed';
  }
}

export function projectVersion(): string {
  const parsed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : 'unknown';
}
