import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localProbeCommand, type ProbeOptions } from '../../../electron/host/distro/commands.js';
import { parseProbeDocument } from '../../../electron/host/distro/parse-probe-document.js';
import type { ProbeDocument } from '../../../electron/host/distro/probe-document-schema.js';
import { loadProbeScript } from '../../../electron/host/distro/probe-script.js';
import { distroFactsFrom } from '../../../electron/engine/facts/distro-facts.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';

// The real collector on this machine, with a user whose PyTorch lives in ~/.venv (the stand-in
// torch of fake-torch/, copied into the venv's site-packages). The system python does not have
// it: only looking in the user's venv finds it. As root the collector is started as an unused
// uid (setpriv, no account needed), so it runs as "the current user" exactly as on a native
// Linux desktop; as a normal user it runs as that user.

const SYSTEM_PYTHON = '/usr/bin/python3';
const isRoot = process.getuid?.() === 0;
const UID = isRoot ? 4242 : (process.getuid?.() ?? 0);
const canRun = fs.existsSync(SYSTEM_PYTHON) && (!isRoot || fs.existsSync('/usr/bin/setpriv'));
const hasGpu = fs.existsSync('/dev/nvidia0') || fs.existsSync('/dev/dxg');

let home = '';
let venvSite = '';
let script = '';
beforeAll(() => {
  if (!canRun) return;
  const r = loadProbeScript();
  if (!r.ok) throw new Error(r.error.message);
  script = r.text;
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-venv-home-'));
  fs.chmodSync(home, 0o755);
  for (const venv of ['.venv', 'managed-env']) {
    execFileSync(SYSTEM_PYTHON, ['-m', 'venv', '--without-pip', path.join(home, venv)]);
  }
  const lib = path.join(home, '.venv', 'lib');
  venvSite = path.join(lib, fs.readdirSync(lib).find((d) => d.startsWith('python3')) ?? 'python3', 'site-packages');
  fs.cpSync(path.join(import.meta.dirname, 'fake-torch', 'torch'), path.join(venvSite, 'torch'), { recursive: true });
}, 60_000);
afterAll(() => {
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

async function probe(options: ProbeOptions): Promise<ProbeDocument> {
  const spec = localProbeCommand(options);
  const asUser = isRoot ? { ...spec, file: '/usr/bin/setpriv', args: ['--reuid', String(UID), '--regid', String(UID), '--clear-groups', spec.file, ...spec.args] } : spec;
  // PATH without this test's own python (it may live under /root): the collector runs /usr/bin/python3.
  const env = { PATH: '/usr/bin:/bin', HOME: home, PYTHONDONTWRITEBYTECODE: '1', LANG: 'C' };
  const r = await new ExecRunner({ baseEnv: env }).exec(asUser, { stdin: script });
  expect(r, r.stderr.toString('utf8')).toMatchObject({ exitCode: 0, stoppedBy: null, launchError: null });
  const parsed = parseProbeDocument(r.stdout.toString('utf8'));
  if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
  return parsed.doc;
}

const venvPython = () => path.join(home, '.venv', 'bin', 'python3');

describe.skipIf(!canRun || hasGpu)('the collector finds PyTorch in the user\'s venv', () => {
  it('looks in ~/.venv as the user, finds torch there and not in the system python, and judges the venv', async () => {
    const doc = await probe({ bench: false });
    expect(doc.probeVersion).toBe(3);
    // Run as the user itself: passwd -S of that account is not asked (it needs root).
    expect(Object.keys(doc.commands)).not.toContain('passwd-status');
    expect(doc.user).toMatchObject({ uid: UID, home, how: 'current' });
    const list = doc.interpreters ?? [];
    expect(list.map((i) => [i.path, i.source])).toEqual([
      [venvPython(), 'venv'],
      [SYSTEM_PYTHON, 'system'],
    ]);
    expect(list[0]).toMatchObject({ uid: UID, frameworks: { torch: { installed: true } }, error: null });
    expect(list[0]?.frameworks.torch?.location).toBe(path.join(venvSite, 'torch', '__init__.py'));
    expect(list[1]?.frameworks.torch).toMatchObject({ installed: false });
    // The torch child ran in the venv: the stand-in's own answers.
    expect(doc.frameworks.torch).toMatchObject({ installed: true, status: 'ok', version: '0.0.0+fake', interpreter: 0, run: { exitCode: 0 } });
    expect(doc.frameworks.torch?.run?.argv[0]).toBe(venvPython());
    // ROCm before 7.13 finds the WSL GPU only with this set; wsl --exec reads no profile.
    expect(doc.frameworks.torch?.run?.env).toEqual({ HSA_ENABLE_DXG_DETECTION: '1' });
    expect(doc.frameworks.jax).toMatchObject({ installed: false, interpreter: null });

    const facts = distroFactsFrom(new Map([['distro.probe', { probe: 'distro.probe', argv: ['/bin/sh'], exitCode: 0, stdout: Buffer.from(JSON.stringify(doc)), stderr: Buffer.alloc(0), encoding: 'utf-8', durationMs: 1, launchError: null }]]));
    expect(facts?.frameworks[0]).toMatchObject({ name: 'torch', installed: true, interpreter: { path: venvPython(), source: 'venv' } });
    expect(facts?.interpreters.map((i) => [i.source, i.installed.map((x) => x.name)])).toEqual([
      ['venv', ['torch']],
      ['system', []],
    ]);
  });

  it('judges the configured interpreter first, even without torch, and still lists the venv that has it', async () => {
    const managed = path.join(home, 'managed-env', 'bin', 'python3');
    const doc = await probe({ bench: false, python: managed });
    expect(doc.args.python).toBe(managed);
    expect((doc.interpreters ?? []).map((i) => [i.path, i.source, i.frameworks.torch?.installed])).toEqual([
      [managed, 'configured', false],
      [venvPython(), 'venv', true],
      [SYSTEM_PYTHON, 'system', false],
    ]);
    expect(doc.frameworks.torch).toMatchObject({ installed: false, status: 'not-installed', interpreter: 0 });
  });

  it('runs the benchmark in the judged venv, with the documented 25 s deadline', async () => {
    const doc = await probe({ bench: true });
    expect(doc.bench).toMatchObject({ status: 'ok', interpreter: 0, run: { exitCode: 0, timedOut: false } });
    expect(doc.bench?.run?.argv[0]).toBe(venvPython());
    // The deadline the child ran under (clipped by at most the moment it took to start it).
    expect(doc.bench?.run?.deadlineS).toBeGreaterThan(24.5);
    expect(doc.bench?.run?.deadlineS).toBeLessThanOrEqual(25);
    expect(doc.frameworks.torch?.run?.deadlineS).toBeLessThanOrEqual(20);
  });
});
