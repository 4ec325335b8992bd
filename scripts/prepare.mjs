// npm runs this after `npm install` / `npm ci` in a checkout (the "prepare" script): it compiles
// the TypeScript into dist/, so `npm install && npm start` works on a fresh clone and `npm start`
// never compiles. A production install (`npm ci --omit=dev`) has no TypeScript: it keeps the
// dist/ that was built beforehand (the Dockerfile copies it in), or says what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// This checkout's own TypeScript only (npm runs prepare in the package's folder): Node's module
// resolution could find another project's copy further up the tree.
const tsc = 'node_modules/typescript/bin/tsc';

if (!existsSync(tsc)) {
  if (!existsSync('dist/src/index.js')) {
    console.error('prepare: dist/ is missing and TypeScript is not installed (a production install?). Build first with `npm ci && npm run build`, then install production dependencies.');
    process.exit(1);
  }
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
