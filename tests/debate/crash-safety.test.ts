import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDebateStore } from '../../src/debate/store.js';
import { makeTempDataDir, type TempDataDir } from './helpers.js';

const WRITER = fileURLToPath(new URL('./fixtures/acknowledged-writer.mjs', import.meta.url));
const BUILT_STORE = fileURLToPath(new URL('../../dist/src/debate/store.js', import.meta.url));

type Ack =
  | { action: 'open' | 'close'; thread: string }
  | { action: 'join'; thread: string; user: string; side: 'for' | 'against' }
  | { action: 'cite'; thread: string; user: string; paragraph: number }
  | { action: 'post' | 'hand' | 'speaker'; thread: string; user: string }
  | { action: 'settings'; value: number }
  | { action: 'propose'; id: number }
  | { action: 'approve'; id: number; motion: string };

/** Runs the writer until it has acknowledged `atLeast` actions, then kills it with SIGKILL. */
function runAndKill(dataDir: string, runId: number, atLeast: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir, String(runId)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let buffered = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the writer acknowledged only ${acks.length} actions in 20 s; stderr: ${stderr.slice(0, 500)}`));
    }, 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? ''; // a line cut by the kill was never acknowledged
      for (const line of lines) if (line !== '') acks.push(JSON.parse(line) as Ack);
      if (!killed && acks.length >= atLeast) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && killed) resolve(acks);
      else reject(new Error(`the writer exited by itself (code ${code}, signal ${signal}); stderr: ${stderr.slice(0, 500)}`));
    });
  });
}

let temp: TempDataDir | undefined;
afterEach(() => {
  temp?.remove();
  temp = undefined;
});

describe('crash safety', () => {
  it('keeps every acknowledged action through repeated kill -9, and the file stays sound', async () => {
    expect(existsSync(BUILT_STORE), 'run `npm run build` first (npm test does it)').toBe(true);
    temp = makeTempDataDir();
    const all: Ack[] = [];
    // Kill at different points: each run stops after a different number of actions.
    for (const [runId, atLeast] of [
      [1, 150],
      [2, 233],
      [3, 377],
    ] as const) {
      all.push(...(await runAndKill(temp.dir, runId, atLeast)));
    }

    const store = openDebateStore(temp.dir);
    try {
      expect(store.integrityCheck()).toBe('ok');
      const debateOf = (thread: string) => {
        const debate = store.debateByThread(thread);
        expect(debate, `debate in thread ${thread}`).toBeDefined();
        return debate!;
      };
      const expected = { posts: new Map<string, number>(), cites: new Map<string, number>(), hands: new Map<string, number>(), speakers: new Map<string, number>() };
      const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
      let lastSettings = 0;
      for (const ack of all) {
        switch (ack.action) {
          case 'open':
            debateOf(ack.thread);
            break;
          case 'close':
            expect(debateOf(ack.thread).status).toBe('closed');
            break;
          case 'join':
            expect(store.getSide(debateOf(ack.thread).id, ack.user)).toBeDefined();
            break;
          case 'cite':
            bump(expected.cites, `${ack.thread}/${ack.user}`);
            break;
          case 'post':
            bump(expected.posts, `${ack.thread}/${ack.user}`);
            break;
          case 'hand':
            bump(expected.hands, `${ack.thread}/${ack.user}`);
            break;
          case 'speaker':
            bump(expected.speakers, ack.thread);
            break;
          case 'settings':
            lastSettings = Math.max(lastSettings, ack.value);
            break;
          case 'propose':
            expect(store.getProposal('811111111111111111', ack.id)).toBeDefined();
            break;
          case 'approve':
            expect(store.getProposal('811111111111111111', ack.id)?.status).toBe('approved');
            expect(store.guildMotions('811111111111111111').some((m) => `server-${m.id}` === ack.motion)).toBe(true);
            break;
        }
      }
      for (const [key, n] of expected.posts) {
        const [t, u] = key.split('/') as [string, string];
        expect(store.postCounts(debateOf(t).id).get(u) ?? 0, `posts ${key}`).toBeGreaterThanOrEqual(n);
      }
      for (const [key, n] of expected.cites) {
        const [t, u] = key.split('/') as [string, string];
        expect(store.citations(debateOf(t).id).filter((c) => c.userId === u).length, `citations ${key}`).toBeGreaterThanOrEqual(n);
      }
      for (const [key, n] of expected.hands) {
        const [t, u] = key.split('/') as [string, string];
        const raised = store.db.prepare<[number, string], { n: number }>('SELECT COUNT(*) AS n FROM hands WHERE debate_id = ? AND user_id = ?').get(debateOf(t).id, u)?.n ?? 0;
        expect(raised, `hands ${key}`).toBeGreaterThanOrEqual(n);
      }
      for (const [t, n] of expected.speakers) expect(store.speakerCount(debateOf(t).id), `speakers ${t}`).toBeGreaterThanOrEqual(n);
      const role = Number(store.getSettings('811111111111111111').moderatorRoleId);
      expect(role).toBeGreaterThanOrEqual(lastSettings);
      expect(all.filter((a) => a.action === 'cite').length).toBeGreaterThan(0);
      expect(all.filter((a) => a.action === 'approve').length).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });
});
