import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunJournal } from '../../../electron/engine/setup/ports.js';
import { finishedStackJournal } from '../../unit/journal/journal-helpers.js';
import { venvPath } from '../../../electron/engine/steps/packages/target.js';
import { setupSteps } from '../../../electron/engine/steps/registry.js';
import { FileJournalStore } from '../../../electron/journal/file-journal-store.js';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';
import { newDistroState, type DistroState } from '../../sim/distro/index.js';

/**
 * `wsl-gpu-setup undo --stack NAME` as a process against the simulated PC: the real CLI, the real
 * exec runner and fake wsl.exe, the real file journal. The PC is put in the state a finished
 * beginner run leaves (user, venv with torch + torchvision) and the journal holds the undo record
 * the pytorch step itself writes (its `undo(params)`), kept with the finished run.
 */

const BIN = path.resolve('electron/cli/wsl-gpu-setup.mjs');
const DISTRO = 'Ubuntu-24.04';
const USER = 'taro';
const VENV = venvPath(USER);

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const pytorch = setupSteps.find((s) => s.id === 'stack.pytorch');
const params = { distro: DISTRO, user: USER, venv: VENV, proxy: '', indexUrl: 'https://download.pytorch.org/whl/cu130', packages: ['torch', 'torchvision'] };

function finishedJournal(): RunJournal {
  const record = pytorch?.undo?.(params);
  if (!record) throw new Error('stack.pytorch writes no undo record');
  return finishedStackJournal({ stepId: 'stack.pytorch', params, record, user: USER, outcome: 'changed' });
}

/** A ready PC whose distro holds what the beginner run installed, and the run's journal. */
async function afterPytorchInstall(): Promise<{ pc: SimulatedPc; env: NodeJS.ProcessEnv; journal: FileJournalStore }> {
  const pc = await createSimulatedPc('driver-below-cuda13');
  const stateHome = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-undo-state-'));
  cleanups.push(() => pc.dispose(), () => fs.rmSync(stateHome, { recursive: true, force: true }));
  pc.update((s) => {
    const entry = s.distros.find((d) => d.name === DISTRO);
    if (!entry) throw new Error(`${DISTRO} missing from the start state`);
    const distro = newDistroState(DISTRO, 2, { users: [{ name: USER, password: true, groups: ['sudo'] }] });
    const venv = { owner: USER, packages: { torch: { version: '2.9.1+cu130', variant: 'cu130' }, torchvision: { version: '0.24.1+cu130', variant: 'cu130' }, numpy: { version: '2.3.5', variant: null } } };
    entry.state = { ...distro, venvs: { [VENV]: venv } } satisfies DistroState;
  });
  const journal = new FileJournalStore({ dir: path.join(stateHome, 'wsl-gpu-setup'), knownStepIds: new Set(setupSteps.map((s) => s.id)) });
  await journal.save(finishedJournal());
  return { pc, env: { ...process.env, LANG: 'C', ...pc.env, XDG_STATE_HOME: stateHome }, journal };
}

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { env });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

function distroOf(pc: SimulatedPc): DistroState {
  return pc.state().distros.find((d) => d.name === DISTRO)?.state as DistroState;
}

describe('wsl-gpu-setup undo --stack', () => {
  it('removes exactly what the pytorch step recorded, as the user, and deletes the record', async () => {
    const { pc, env, journal } = await afterPytorchInstall();
    const before = pc.calls().length;
    const r = await cli(['undo', '--stack', 'pytorch'], env);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Successfully uninstalled torch-2.9.1+cu130');
    expect(r.out).toContain('pytorch was removed (1 command(s)); its record was deleted.');
    const calls = pc.calls().slice(before);
    expect(calls.map((c) => [path.basename(c.tool), c.args, c.stdin])).toEqual([
      ['wsl.exe', ['--distribution', DISTRO, '--user', USER, '--exec', '/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `${VENV}/bin/python`, '-m', 'pip', 'uninstall', '-y', 'torch', 'torchvision'], false],
    ]);
    // Only the stack's own distributions go; what pip pulled in for them (numpy) and the venv stay.
    expect(Object.keys(distroOf(pc).venvs[VENV]?.packages ?? {})).toEqual(['numpy']);
    const saved = await journal.load();
    expect(saved.kind === 'ok' && saved.journal.undo).toEqual([]);
    expect(saved.kind === 'ok' && saved.journal.steps.map((s) => s.state)).toEqual(['done']);
  });

  it('a stack the app did not install (or already removed) exits 1 and runs nothing', async () => {
    const { pc, env } = await afterPytorchInstall();
    expect((await cli(['undo', '--stack', 'pytorch'], env)).code).toBe(0);
    const before = pc.calls().length;
    const again = await cli(['undo', '--stack', 'pytorch'], env);
    expect(again.code).toBe(1);
    expect(again.err).toContain('Nothing was removed: pytorch was not installed by this app');
    const other = await cli(['undo', '--stack', 'cuda-toolkit', '--lang', 'ja'], env);
    expect(other.code).toBe(1);
    expect(other.err).toContain('何も削除していません: cuda-toolkit はこのアプリでインストールされていません');
    expect(pc.calls().length).toBe(before);
  });

  it('an unknown stack name is refused with exit 2 before any process starts', async () => {
    const { pc, env } = await afterPytorchInstall();
    const before = pc.calls().length;
    const r = await cli(['undo', '--stack', '../../etc'], env);
    expect(r.code).toBe(2);
    expect(r.err).toContain('undo needs one --stack of:');
    expect(pc.calls().length).toBe(before);
  });

  it('a failing removal keeps the record and exits 1', async () => {
    const { pc, env, journal } = await afterPytorchInstall();
    // The venv belongs to someone else now: pip cannot remove from it as the user.
    pc.update((s) => {
      const entry = s.distros.find((d) => d.name === DISTRO);
      const d = entry?.state as DistroState;
      const v = d.venvs[VENV];
      if (entry && v) entry.state = { ...d, venvs: { [VENV]: { ...v, owner: 'root' } } };
    });
    const r = await cli(['undo', '--stack', 'pytorch'], env);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Removing pytorch stopped at undo.pytorch.pip-uninstall (exit code 1)');
    const saved = await journal.load();
    expect(saved.kind === 'ok' && saved.journal.undo.map((u) => u.stack)).toEqual(['pytorch']);
  });
});
