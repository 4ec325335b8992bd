// Property tests (fast-check) draw new cases on every local run, to keep finding inputs nobody
// wrote down. Under CI they replay one fixed seed instead, so a merge is judged on the same cases
// every time and a case found by chance fails a developer's run, not the merge. FC_SEED=<n>
// replays any seed a failure printed.
import fc from 'fast-check';

const CI_SEED = 20261206;

const seed = process.env['FC_SEED'] ?? (process.env['CI'] ? String(CI_SEED) : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
