import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';
import { windowsMachines } from '../../fakes/windows-scenarios.js';
import { checkedInValidator, REPO_ROOT } from '../../tools/checked-in-schema.js';
import { bundleFiles } from './bundle-helpers.js';

// docs/bundle-format.md, held to what the real `bundle` and `diagnose --replay` do: bundles
// written by the CLI from a whole fake Windows machine (wsl.exe, PowerShell, nvidia-smi and the
// in-distro collector), then read back with parts of them removed.

interface Manifest {
  captures: { probe: string; stdout: string; stderr: string }[];
}
interface Report {
  checks: { id: string; status: string; summary: string }[];
  readiness: string;
}

let dir = '';
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-format-'));
  const fake = makeFakeSystemRoot(windowsMachines.driverBelowCuda13);
  try {
    for (const out of ['folder', 'bundle.zip']) {
      const io = { env: { ...process.env, LANG: 'C', ...fake.env }, stdout: () => {}, stderr: () => {} };
      expect(await runCli(['bundle', '--out', path.join(dir, out)], io)).toBe(0);
    }
  } finally {
    fake.dispose();
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `diagnose --replay` on a plain Linux host: nothing of this machine is read. */
async function replay(target: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env = { ...process.env, LANG: 'C', WSL_GPU_SETUP_PLATFORM: 'linux' };
  const code = await runCli(['diagnose', '--json', '--replay', target], { env, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function readManifest(folder: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;
}

/** A copy of the folder bundle with `edit` applied to it. */
function copyOf(name: string, edit: (root: string, manifest: Manifest) => void): string {
  const root = path.join(dir, name);
  fs.cpSync(path.join(dir, 'folder'), root, { recursive: true });
  edit(root, readManifest(root));
  return root;
}

const statuses = (r: Report) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

describe.each(['folder', 'bundle.zip'])('a bundle written by the CLI (%s)', (name) => {
  it('holds the documented files: manifest.json, report.md, report.json, logs/diagnose.log and two capture files per probe', () => {
    const files = bundleFiles(path.join(dir, name));
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8')) as Manifest;
    // Other probes may join; these are the ones a Windows machine has always been read with.
    expect(manifest.captures.map((c) => c.probe)).toEqual(expect.arrayContaining(['distro.probe', 'nvidia-smi.query', 'nvidia-smi.windows', 'windows.inventory', 'wsl.status', 'wsl.version']));
    const captureFiles = manifest.captures.flatMap((c) => [c.stdout, c.stderr]);
    expect([...files.keys()].sort()).toEqual(['logs/diagnose.log', 'manifest.json', 'report.json', 'report.md', ...captureFiles].sort());
  });

  it('has a manifest that validates against the checked-in docs/schemas/bundle-manifest.schema.json', () => {
    const manifest = JSON.parse(Buffer.from(bundleFiles(path.join(dir, name)).get('manifest.json')!).toString('utf8')) as unknown;
    expect(checkedInValidator('docs/schemas/bundle-manifest.schema.json')(manifest)).toEqual([]);
  });
});

describe('diagnose --replay and missing captures (docs/bundle-format.md)', () => {
  it('a capture file the manifest names but the bundle lacks: exit 1, the file named on stderr, no report', async () => {
    const root = copyOf('no-file', (r) => fs.rmSync(path.join(r, 'captures', 'wsl.status.stdout')));
    const r = await replay(root);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('missing captures/wsl.status.stdout, named in manifest.json for probe wsl.status');
  });

  it('a probe left out of the manifest: the checks that read it say "not captured" or skip; the others judge as before', async () => {
    const full = JSON.parse((await replay(path.join(dir, 'folder'))).out) as Report;
    const root = copyOf('no-inventory', (r, manifest) => {
      const inventory = manifest.captures.find((c) => c.probe === 'windows.inventory')!;
      for (const f of [inventory.stdout, inventory.stderr]) fs.rmSync(path.join(r, f));
      const rest = { ...manifest, captures: manifest.captures.filter((c) => c !== inventory) };
      fs.writeFileSync(path.join(r, 'manifest.json'), JSON.stringify(rest));
    });
    const r = await replay(root);
    expect(r.err).toBe('');
    const partial = JSON.parse(r.out) as Report;
    const windows = partial.checks.find((c) => c.id === 'preflight.windows')!;
    expect(statuses(full)['preflight.windows']).toBe('pass');
    expect(windows).toMatchObject({ status: 'unknown', summary: 'Unknown: probe windows.inventory was not captured.' });
    const changed = Object.keys(statuses(full)).filter((id) => statuses(full)[id] !== statuses(partial)[id]);
    expect(changed.length).toBeGreaterThan(0);
    for (const id of changed) expect(['unknown', 'skip'], id).toContain(statuses(partial)[id]);
    // The in-distro chain does not read the inventory: it judges exactly as before.
    for (const id of ['gpu.dxg', 'gpu.cuda-driver', 'framework.torch']) expect(statuses(partial)[id], id).toBe(statuses(full)[id]);
  });
});

describe('the hand-made bundle in docs/bundle-format.md', () => {
  it('replays as a Windows machine on which only wsl --version was read', async () => {
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'bundle-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const root = path.join(dir, 'by-hand');
    fs.mkdirSync(path.join(root, 'captures'), { recursive: true });
    fs.writeFileSync(path.join(root, 'manifest.json'), example!);
    fs.copyFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'host', 'wsl', 'version', '01-en.utf-16le.txt'), path.join(root, 'captures', 'wsl.version.stdout'));
    fs.writeFileSync(path.join(root, 'captures', 'wsl.version.stderr'), '');
    expect(checkedInValidator('docs/schemas/bundle-manifest.schema.json')(JSON.parse(example!))).toEqual([]);
    const r = await replay(root);
    expect(r.err).toBe('');
    const report = JSON.parse(r.out) as Report;
    expect(statuses(report)).toMatchObject({ 'wsl.installed': 'pass', 'preflight.windows': 'unknown', 'gpu.dxg': 'skip' });
  });
});
