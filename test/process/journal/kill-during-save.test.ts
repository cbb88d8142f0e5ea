import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FileJournalStore } from '../../../electron/journal/file-journal-store.js';

const CHILD = fileURLToPath(new URL('./save-loop-child.ts', import.meta.url));

const tmpDirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  // A failed test must not leave a save loop running.
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  tmpDirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/**
 * Runs the save loop; `killWhen` sees each acknowledged N and returns true to SIGKILL the child
 * right then (an event, not a timer). Resolves with the highest N the child acknowledged.
 */
function runChild(dir: string, first: number, extra: string[], killWhen: (n: number) => boolean): Promise<{ lastAck: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(first), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let lastAck = first - 1;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const n = Number(/^saved (\d+)$/.exec(line)?.[1] ?? NaN);
      if (!Number.isInteger(n)) return;
      lastAck = Math.max(lastAck, n);
      if (killWhen(n)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    // Windows reports a self-inflicted SIGKILL as a plain exit: then a silent stderr is the proof.
    const selfKill = extra.length > 0;
    child.on('close', (_code, signal) =>
      signal === 'SIGKILL' || (selfKill && stderr === '') ? resolve({ lastAck, signal }) : reject(new Error(`child ended without being killed: ${stderr}`)),
    );
  });
}

/** The generation number the sample journal carries (see sampleJournal). */
async function loadedN(dir: string): Promise<number> {
  const result = await new FileJournalStore({ dir }).load();
  if (result.kind !== 'ok') throw new Error(`load after kill: ${JSON.stringify(result)}`);
  expect(result.recoveredFrom).toBe('current');
  return result.journal.steps[0]!.attempts;
}

describe('journal: kill -9 during save', () => {
  it('killed at random acknowledged points: every load is a valid generation, never older than the last acknowledged', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'journal-kill-'));
    tmpDirs.push(dir);
    let next = 1;
    for (let round = 0; round < 5; round++) {
      const target = next + 1 + Math.floor(Math.random() * 10);
      const { lastAck } = await runChild(dir, next, [], (n) => n >= target);
      const n = await loadedN(dir);
      // The save in flight when the kill landed either committed whole or not at all.
      expect([lastAck, lastAck + 1], `round ${round}`).toContain(n);
      next = n + 1;
    }
    // The loader removed any temp file a kill left between write and rename.
    expect(readdirSync(dir).sort()).toEqual(['journal.json', 'journal.prev.json']);
    // Each round starts a fresh node + tsx child: slow on a busy machine, and nothing here waits on time.
  }, 180_000);

  it.each([
    ['before-previous', 4],
    ['after-previous', 4],
    ['after-current', 5],
  ])('killed at a fixed phase (%s of save 5): loads generation %i', async (phase, expected) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'journal-phase-'));
    tmpDirs.push(dir);
    const { lastAck } = await runChild(dir, 1, [phase, '5'], () => false);
    expect(lastAck).toBe(4);
    expect(await loadedN(dir)).toBe(expected);
  }, 60_000);
});
