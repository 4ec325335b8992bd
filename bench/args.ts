// The command line of `npm run bench` (bench/run.ts): every section by default, or some alone with
// `--only`. Pure and apart from run.ts, which starts measuring when imported.

export const SECTION_KEYS = ['quality', 'essay', 'scale', 'burst', 'course'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_TITLES: Readonly<Record<SectionKey, string>> = {
  quality: '1. Answer quality on the essay',
  essay: '2. Speed on the essay',
  scale: '3. Scale',
  burst: '4. The bot under a burst',
  course: '5. A course of readings',
};

export const BENCH_USAGE = `Usage: npm run bench [-- --only <section>[,<section>...]] [-- --help]

Runs the benchmark sections and writes docs/benchmarks.md.

  --only <sections>  run only these sections (comma-separated, or --only repeated), print them,
                     and leave docs/benchmarks.md as it is (a partial run does not replace it)
  --help             print this and exit

Sections:
  quality  ${SECTION_TITLES.quality}: the project and every peer on never-tuned question sets
  essay    ${SECTION_TITLES.essay}: in-process latency and heap, then one-shot CLI cold starts
  scale    ${SECTION_TITLES.scale}: synthetic corpora, every library in its own child process
  burst    ${SECTION_TITLES.burst}: the real bot against a fake Discord
  course   ${SECTION_TITLES.course}: 50 readings, one reading and all, start to first answer, memory
`;

export type BenchArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly sections: readonly SectionKey[]; readonly partial: boolean }
  | { readonly kind: 'error'; readonly message: string };

function isSectionKey(value: string): value is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(value);
}

/** Parses the arguments after `npm run bench --`; unknown arguments are errors, not ignored. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const only: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (value === undefined || value === '') return { kind: 'error', message: `--only needs a section: ${SECTION_KEYS.join(', ')}` };
      only.push(...value.split(',').map((s) => s.trim()).filter((s) => s !== ''));
      continue;
    }
    return { kind: 'error', message: `unknown argument "${arg}" (see --help)` };
  }
  const unknown = only.filter((s) => !isSectionKey(s));
  if (unknown.length > 0) return { kind: 'error', message: `unknown section "${unknown.join('", "')}"; sections: ${SECTION_KEYS.join(', ')}` };
  if (only.length === 0) return { kind: 'run', sections: SECTION_KEYS, partial: false };
  return { kind: 'run', sections: SECTION_KEYS.filter((key) => only.includes(key)), partial: true };
}
