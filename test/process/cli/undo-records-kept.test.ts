import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import type { DiagnoseReport } from '../../../electron/contract/checks.js';
import { finishedStackJournal } from '../../unit/journal/journal-helpers.js';
import { healthyFacts } from '../../unit/engine/checks/facts-for.js';
import type { LogEntry } from '../../unit/engine/setup/fake-ports.js';
import { FakeElevator, FakeExec, FakePty, FakeResume, MemoryJournal } from '../../unit/engine/setup/fake-ports.js';
import { ALL_CHECKS, results, torchStep } from '../../unit/engine/setup/test-steps.js';

/**
 * A new run's journal replaces the last one; the undo records of what earlier runs installed must
 * survive that, or `undo --stack` could no longer remove them. The diagnose and the runners are
 * in-memory: only the journal's undo records are under test here.
 */

const AT = '2026-12-03T10:00:00.000Z';
const cudaRecord = { stack: 'cuda-toolkit' as const, aptPackages: ['cuda-toolkit-13-0', 'cuda-keyring'], aptSources: ['/etc/apt/sources.list.d/cuda-wsl-ubuntu-x86_64.list'], paths: ['/tmp/cuda-keyring.deb'] };
const earlier = finishedStackJournal({ stepId: 'stack.cuda-toolkit', params: {}, record: cudaRecord, user: 'alice', profile: 'cuda-pro' });

describe('undo records across runs', () => {
  it('a new apply keeps the undo records of the journaled run and adds its own', async () => {
    const log: LogEntry[] = [];
    const pty = new FakePty(log, {});
    const exec = new FakeExec(log, {});
    const journal = new MemoryJournal(log, { kind: 'ok', journal: earlier, recoveredFrom: 'current' });
    const report: DiagnoseReport = { schema: 'wsl-gpu-setup/diagnose@1', createdAt: AT, facts: healthyFacts(), checks: results({}, ALL_CHECKS), readiness: 'not-ready' };
    let out = '';
    const ran = () => new Set(pty.started.map((c) => c.label));
    const code = await runCli(['apply', '--profile', 'beginner', '--unattended', '--stack', 'pytorch'], {
      // A simulated Windows host (the test steps are Windows steps); nothing is run from this folder.
      env: { ...process.env, LANG: 'C', WSL_GPU_SETUP_PLATFORM: 'windows', WSL_GPU_SETUP_SYSTEM_ROOT: os.tmpdir() },
      stdout: (t) => void (out += t),
      stderr: (t) => void (out += t),
      setup: {
        steps: [{ ...torchStep, preconditions: [] }],
        stackOptions: () => [{ id: 'pytorch', supported: true, recommended: true, reason: { key: 'test' } }],
        pty,
        exec,
        ports: { journal, elevator: new FakeElevator(log, {}), resume: new FakeResume(log) },
        inspect: () => ({
          diagnose: () => Promise.resolve(report),
          // fw.torch passes once the pip command ran.
          verify: (ids) => Promise.resolve(results(ran().has('pip') ? { 'fw.torch': 'pass' } : {}, ids)),
        }),
      },
    });
    expect(out).toContain('test.torch: done');
    expect(code).toBe(0);
    const last = journal.saved.at(-1);
    expect(last?.runId).not.toBe(earlier.runId);
    expect(last?.undo.map((u) => u.stack)).toEqual(['cuda-toolkit', 'pytorch']);
    expect(last?.undo[0]).toEqual(cudaRecord);
    // Every save of the new run holds the earlier record: a crash at any point keeps it.
    expect(journal.saved.every((j) => j.undo.some((u) => u.stack === 'cuda-toolkit'))).toBe(true);
  });
});
