import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../../electron/contract/facts.js';
import { gpuChainChecks } from '../../../../electron/engine/checks/gpu-chain/index.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import { parseProbeDocument } from '../../../../electron/host/distro/parse-probe-document.js';
import { probeCapture } from './scenario.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

// probeVersion 2: the collector lists the interpreters it looked in and says, per framework
// section, which one it was read in. The facts carry that through; the checks name the
// judged interpreter and list the others.

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');
type Doc = Record<string, unknown> & { frameworks: Record<string, Record<string, unknown>>; bench: Record<string, unknown> | null };

function load(file: string): Doc {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as Doc;
}

/**
 * A version 2 document reduced to what the version 1 collector printed for the same machine:
 * no user, no interpreters, no `interpreter` index, no deadlines, none of its newer records.
 */
function asVersion1(doc: Doc): Doc {
  const old = structuredClone(doc) as Doc & { commands: Record<string, Record<string, unknown>> };
  old.probeVersion = 1;
  delete old.user;
  delete old.interpreters;
  for (const name of ['wsl-libcuda-lstat', 'nvidia-hook']) delete old.commands[name];
  for (const record of Object.values(old.commands)) delete record.deadlineS;
  for (const section of Object.values(old.frameworks)) {
    delete section.interpreter;
    delete (section.run as Record<string, unknown> | undefined)?.deadlineS;
    delete (section.run as Record<string, unknown> | undefined)?.user;
  }
  for (const run of [(old.cuda as { run?: Record<string, unknown> } | undefined)?.run, old.bench?.run as Record<string, unknown> | undefined]) {
    delete run?.deadlineS;
    delete run?.user;
  }
  if (old.bench) delete old.bench.interpreter;
  return old;
}

const CONFIGURED = '/home/u/.local/share/wsl-gpu-setup/venv/bin/python3';
const VENV = '/home/u/.venv/bin/python3';
const found = (torch: string | null) => ({
  torch: { installed: torch !== null, distVersion: torch, location: null },
  tensorflow: { installed: false, distVersion: null, location: null },
  jax: { installed: false, distVersion: null, location: null },
  torch_directml: { installed: false, distVersion: null, location: null },
});
const entry = (p: string, source: string, user: string, torch: string | null) => ({ path: p, source, user, uid: user === 'root' ? 0 : 1000, version: '3.12.3', prefix: null, frameworks: found(torch), error: null });

/** The healthy RTX 4070 document with user `u`'s interpreters, with or without a configured one. */
function v2(options: { configured: boolean; torchInConfigured: boolean }): Doc {
  const doc = load('distro/probe/wsl-rtx4070-healthy.json');
  const list = [entry(VENV, 'venv', 'u', '2.9.1'), entry('/usr/bin/python3', 'system', 'root', null)];
  if (options.configured) list.unshift(entry(CONFIGURED, 'configured', 'u', options.torchInConfigured ? '2.9.1' : null));
  doc.probeVersion = 2;
  doc.args = { bench: true, python: options.configured ? CONFIGURED : null };
  doc.python = { executable: '/usr/bin/python3', version: '3.12.3' };
  doc.user = { name: 'u', uid: 1000, home: '/home/u', how: 'passwd' };
  doc.interpreters = list;
  // First in the list either way: the configured one when there is one, else ~/.venv.
  const judged = 0;
  for (const name of ['tensorflow', 'jax', 'torch_directml']) doc.frameworks[name] = { ...doc.frameworks[name], interpreter: null };
  if (options.configured && !options.torchInConfigured) {
    doc.frameworks.torch = { installed: false, status: 'not-installed', distVersion: null, interpreter: 0 };
    doc.bench = { status: 'skipped', reason: 'torch-not-installed', results: [] };
  } else {
    doc.frameworks.torch = { ...doc.frameworks.torch, interpreter: judged };
    doc.bench = { ...doc.bench, interpreter: judged };
  }
  return doc;
}

function judge(doc: Doc) {
  const text = JSON.stringify(doc);
  const parsed = parseProbeDocument(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const distro = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from(text), 'wsl')]]));
  const facts = { host: { platform: 'windows', simulated: false }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, distro } as Facts;
  const results = evaluateChecks(gpuChainChecks(CHECK_REFERENCE), facts);
  const byId = new Map(results.map((r) => [r.id, r]));
  const evidence = (id: string) => (byId.get(id)?.evidence ?? []).map((e) => `${e.label.key}=${e.value}`);
  return { distro, byId, evidence };
}

describe('interpreters in the facts', () => {
  it('reads every interpreter of a version 2 document, and which one each framework was judged in', () => {
    const { distro } = judge(v2({ configured: false, torchInConfigured: false }));
    expect(distro?.interpreters).toEqual([
      { path: VENV, source: 'venv', user: 'u', version: '3.12.3', installed: [{ name: 'torch', version: '2.9.1' }], error: null },
      { path: '/usr/bin/python3', source: 'system', user: 'root', version: '3.12.3', installed: [], error: null },
    ]);
    expect(distro?.frameworks.map((f) => [f.name, f.interpreter?.path ?? null])).toEqual([
      ['torch', VENV],
      ['tensorflow', null],
      ['jax', null],
      ['torch_directml', null],
    ]);
    expect(distro?.bench?.interpreter).toEqual({ path: VENV, source: 'venv', user: 'u' });
  });

  it('refuses an interpreter of an unknown source as a bad shape', () => {
    const doc = v2({ configured: false, torchInConfigured: false });
    (doc.interpreters as { source: string }[])[0]!.source = 'pipx';
    expect(parseProbeDocument(JSON.stringify(doc))).toMatchObject({ ok: false, error: { code: 'bad-shape' } });
  });

  it('makes the one interpreter of a version 1 document out of --python, else the collector\'s own python', () => {
    const withPython = judge(asVersion1(load('distro/probe/wsl-rtx4070-healthy.json'))).distro;
    expect(withPython?.interpreters).toEqual([{ path: '/home/user/venv/bin/python3', source: 'configured', user: null, version: null, installed: [{ name: 'torch', version: '2.9.1' }], error: null }]);
    expect(withPython?.frameworks[0]?.interpreter).toEqual({ path: '/home/user/venv/bin/python3', source: 'configured', user: null });
    const own = judge(load('probe/ci-machine-no-gpu.json')).distro;
    expect(own?.interpreters.map((i) => [i.path, i.source])).toEqual([[own?.probe.python?.executable, 'system']]);
  });
});

describe('framework and performance checks name the interpreter they judged', () => {
  it('passes torch in ~/.venv, says so in the summary and the evidence, and lists the system python as looked in', () => {
    const { byId, evidence } = judge(v2({ configured: false, torchInConfigured: false }));
    const torch = byId.get('framework.torch');
    expect(torch?.status).toBe('pass');
    expect(torch?.summary.params).toMatchObject({ name: 'torch', interpreter: VENV });
    expect(evidence('framework.torch')).toEqual(expect.arrayContaining(['evidence.framework.interpreter=/home/u/.venv/bin/python3 (venv, u)', 'evidence.framework.lookedIn=/usr/bin/python3 (system, root)']));
    expect(evidence('gpu.performance')).toContain('evidence.perf.interpreter=/home/u/.venv/bin/python3 (venv, u)');
  });

  it('judges the configured interpreter first: torch missing there is a skip that names it and points at the venv that has it', () => {
    const { byId, evidence } = judge(v2({ configured: true, torchInConfigured: false }));
    const torch = byId.get('framework.torch');
    expect(torch?.status).toBe('skip');
    expect(torch?.summary).toEqual({ key: 'check.framework.skip.notInstalledIn', params: { name: 'torch', interpreter: `${CONFIGURED} (configured, u)` } });
    expect(evidence('framework.torch')).toEqual([
      `evidence.framework.interpreter=${CONFIGURED} (configured, u)`,
      'evidence.framework.alsoInstalled=/home/u/.venv/bin/python3 (venv, u): 2.9.1',
      'evidence.framework.lookedIn=/usr/bin/python3 (system, root)',
    ]);
  });

  it('lists an interpreter that could not be looked in with its error', () => {
    const doc = v2({ configured: false, torchInConfigured: false });
    (doc.interpreters as unknown[]).splice(1, 0, { ...entry('/home/u/.venvs/x/bin/python3', 'venv', 'u', null), frameworks: {}, error: 'locating frameworks failed: exit 126' });
    (doc.frameworks.torch as { interpreter: number }).interpreter = 0;
    expect(judge(doc).evidence('framework.torch')).toContain('evidence.framework.interpreterError=/home/u/.venvs/x/bin/python3 (venv, u): locating frameworks failed: exit 126');
  });

  it('judges the configured interpreter when it has torch, and lists the venv as another install', () => {
    const { byId, evidence } = judge(v2({ configured: true, torchInConfigured: true }));
    expect(byId.get('framework.torch')?.status).toBe('pass');
    expect(byId.get('framework.torch')?.summary.params).toMatchObject({ interpreter: CONFIGURED });
    expect(evidence('framework.torch')).toContain('evidence.framework.alsoInstalled=/home/u/.venv/bin/python3 (venv, u): 2.9.1');
  });
});
