// The layers of README's Design section, checked on the code's own imports: the core (corpus,
// search, answers, debate) never speaks Discord, the views never import discord.js, and no two
// top-level folders of src/ (or commands/) import each other, directly or round a longer loop.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** Every module a file names in an import, an export … from, or a dynamic import(). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s;}])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (spec !== undefined) found.push(spec);
  }
  return found;
}

interface Edge {
  readonly from: string;
  readonly spec: string;
  /** Repo-relative path of the imported file (no extension), or the package name. */
  readonly to: string;
}

const FILES = [...sourceFiles('src'), ...sourceFiles('commands')];
const EDGES: Edge[] = FILES.flatMap((from) =>
  importsOf(readFileSync(path.join(ROOT, from), 'utf8')).map((spec) => ({
    from,
    spec,
    to: spec.startsWith('.') ? path.posix.join(path.posix.dirname(from), spec).replace(/\.(js|ts|mjs)$/, '') : spec,
  })),
);

const under = (file: string, folders: readonly string[]): boolean => folders.some((folder) => file.startsWith(`${folder}/`));
const isDiscordJs = (to: string): boolean => to === 'discord.js' || to.startsWith('@discordjs/');

/** src/<dir>/…, commands/…; a file directly in src/ is its own unit. */
export function unitOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'commands') return 'commands';
  return parts.length > 2 ? `src/${parts[1]}` : file.replace(/\.(ts|js)$/, '');
}

/** A loop of units, as "a -> b -> a", or undefined when the unit graph has none. */
export function findCycle(edges: readonly { readonly from: string; readonly to: string }[]): string | undefined {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) if (from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (unit: string): string | undefined => {
    if (state.get(unit) === 'done') return undefined;
    if (state.get(unit) === 'visiting') return [...stack.slice(stack.indexOf(unit)), unit].join(' -> ');
    state.set(unit, 'visiting');
    stack.push(unit);
    for (const to of next.get(unit) ?? []) {
      const cycle = visit(to);
      if (cycle !== undefined) return cycle;
    }
    stack.pop();
    state.set(unit, 'done');
    return undefined;
  };
  for (const unit of next.keys()) {
    const cycle = visit(unit);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

describe('the layers', () => {
  it('reads the imports it checks (the Discord adapter does import discord.js)', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(EDGES.some((edge) => edge.from === 'src/discord/reply.ts' && edge.to === 'discord.js')).toBe(true);
    expect(importsOf("import type { A } from './a.js';\nexport { b } from \"../b.js\";\nconst c = await import('./c.js');")).toEqual(['./a.js', '../b.js', './c.js']);
  });

  it('keeps the core (corpus, search, answers, debate, digest) free of src/discord and discord.js', () => {
    const core = ['src/corpus', 'src/search', 'src/answers', 'src/debate', 'src/digest'];
    const offending = EDGES.filter((edge) => under(edge.from, core) && (isDiscordJs(edge.to) || under(`${edge.to}.ts`, ['src/discord']) || edge.to === 'src/discord'));
    expect(offending.map((edge) => `${edge.from} imports ${edge.spec}`)).toEqual([]);
  });

  it('keeps the core free of the views and the adapters above it', () => {
    const core = ['src/corpus', 'src/search', 'src/answers', 'src/debate', 'src/digest'];
    const above = ['src/views', 'src/console', 'src/discord', 'commands'];
    const offending = EDGES.filter((edge) => under(edge.from, core) && under(`${edge.to}.ts`, above));
    expect(offending.map((edge) => `${edge.from} imports ${edge.spec}`)).toEqual([]);
  });

  it('keeps src/views free of discord.js and of the Discord adapter', () => {
    const offending = EDGES.filter((edge) => under(edge.from, ['src/views']) && (isDiscordJs(edge.to) || under(`${edge.to}.ts`, ['src/discord', 'src/console', 'commands'])));
    expect(offending.map((edge) => `${edge.from} imports ${edge.spec}`)).toEqual([]);
  });

  it('has no import cycle between the top-level folders of src/ and commands/', () => {
    const units = EDGES.filter((edge) => edge.spec.startsWith('.')).map((edge) => ({ from: unitOf(edge.from), to: unitOf(`${edge.to}.ts`) }));
    expect(findCycle(units)).toBeUndefined();
  });

  it('finds a cycle when there is one (the check itself)', () => {
    expect(findCycle([{ from: 'src/debate', to: 'src/discord' }, { from: 'src/discord', to: 'src/debate' }])).toBe('src/debate -> src/discord -> src/debate');
    expect(findCycle([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }])).toBeUndefined();
  });
});
