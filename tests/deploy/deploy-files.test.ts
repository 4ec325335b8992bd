// The deployment kit, checked where no Docker engine or systemd runs: the Dockerfile builds in one
// stage and runs in another as a non-root user with a data volume and a health check; what it
// copies exists; compose and the systemd unit run the compiled entry point; package.json names
// the Node versions CI tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../hardening/child-process.js';

const read = (file: string): string => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('the Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+\s/.test(line));

  it('builds with dev dependencies in one stage and runs with production ones in another', () => {
    expect(instructions.filter((line) => line.startsWith('FROM '))).toHaveLength(2);
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toMatch(/--omit=dev/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
  });

  it('runs as a non-root user, keeps DATA_DIR in a volume, checks its health, and runs the compiled bot', () => {
    const runtime = instructions.slice(instructions.findIndex((line, n) => n > 0 && line.startsWith('FROM ')));
    expect(runtime.find((line) => line.startsWith('USER '))).toMatch(/^USER (?!root)\w+/);
    expect(runtime.join('\n')).toMatch(/VOLUME \["\/data"\]/);
    expect(dockerfile).toMatch(/DATA_DIR=\/data/);
    expect(runtime.join('\n')).toMatch(/HEALTHCHECK .*CMD \["node", "dist\/src\/healthcheck\.js"\]/);
    expect(existsSync(path.join(PROJECT_ROOT, 'src/healthcheck.ts'))).toBe(true);
    expect(runtime.at(-1)).toBe('CMD ["node", "dist/src/index.js"]');
  });

  it('copies only files that exist in the project', () => {
    const sources = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(existsSync(path.join(PROJECT_ROOT, source)), source).toBe(true);
  });
});

describe('compose.yaml and the systemd unit', () => {
  it('keep the data in a volume or a state folder and run node on the compiled entry point', () => {
    const compose = read('compose.yaml');
    expect(compose).toMatch(/build: \./);
    expect(compose).toMatch(/- essay-data:\/data/);
    const unit = read('deploy/essay-circle.service');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node dist\/src\/index\.js$/m);
    expect(unit).toMatch(/^Environment=DATA_DIR=\/var\/lib\/essay-circle$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^User=essay-circle$/m);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; scripts: Record<string, string> };

  it('names the Node versions the suite runs on', () => {
    expect(pkg.engines.node).toBe('^20.19 || ^22.12 || >=24');
    expect(read('.ci/run')).toMatch(/node-\$\(node -p process.platform\)-\$\(node -p process.arch\)@24/);
  });

  it('starts the compiled program without compiling, and builds on install', () => {
    expect(pkg.scripts['start']).toBe('node dist/src/index.js');
    expect(pkg.scripts['prestart']).toBeUndefined();
    expect(pkg.scripts['precli']).toBeUndefined();
    expect(pkg.scripts['prepare']).toBe('node scripts/prepare.mjs');
    expect(pkg.scripts['start:sharded']).toBe('node dist/src/shard-manager.js');
  });
});
