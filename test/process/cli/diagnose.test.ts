import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import type { ScenarioName } from '../../fakes/scenarios.js';
import { scenarios } from '../../fakes/scenarios.js';
import type { FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';

interface JsonReport {
  schema: string;
  facts: { host: { platform: string }; wsl: Record<string, unknown> | null };
  checks: { id: string; status: string; summary: string; evidence: { label: string; value: string }[]; fix?: { text: string; stepId?: string } }[];
  readiness: string;
}

const fakes: FakeSystemRoot[] = [];
afterEach(() => fakes.splice(0).forEach((f) => f.dispose()));

async function diagnose(name: ScenarioName | null, argv: string[] = ['diagnose', '--json'], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', ...extraEnv };
  if (name) {
    const fake = makeFakeSystemRoot(scenarios[name]);
    fakes.push(fake);
    Object.assign(env, fake.env);
  }
  let out = '';
  let err = '';
  const code = await runCli(argv, { env, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err, json: () => JSON.parse(out) as JsonReport };
}

const statuses = (r: JsonReport) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

describe('wsl-gpu-setup diagnose against fake Windows tools', () => {
  it('healthy English WSL 2.0.6: both WSL checks pass, facts as printed', async () => {
    const r = await diagnose('healthyEnglish');
    expect(r.code).toBe(0);
    const report = r.json();
    expect(report.schema).toBe('wsl-gpu-setup/diagnose@1');
    expect(statuses(report)).toMatchObject({ 'wsl.installed': 'pass', 'wsl.version': 'pass' });
    expect(report.facts.wsl).toMatchObject({
      installed: true,
      kind: 'package',
      version: '2.0.6.0',
      kernelVersion: '5.15.133.1-1',
      windowsVersion: '10.0.19045.3570',
      defaultDistribution: 'Ubuntu',
      defaultVersion: 2,
      error: null,
    });
    expect((report.facts.wsl as { onlineDistros: { name: string }[] }).onlineDistros.length).toBeGreaterThan(0);
    expect(report.checks.find((c) => c.id === 'wsl.version')?.evidence).toContainEqual({ label: 'WSL version', value: '2.0.6.0' });
    // The in-distro collector's document (one wsl.exe round trip): the whole chain up to a real tensor op and the bench.
    expect(statuses(report)).toMatchObject({ 'distro.wsl2': 'pass', 'gpu.dxg': 'pass', 'gpu.cuda-driver': 'pass', 'framework.torch': 'pass', 'gpu.performance': 'pass' });
    expect(report.readiness).toBe('verified-on-gpu');
  });

  it('Japanese Windows (UTF-16LE with BOM, Japanese labels): versions read, messages in Japanese', async () => {
    const r = await diagnose('japanese', ['diagnose', '--json', '--lang', 'ja']);
    const report = r.json();
    expect(report.facts.wsl).toMatchObject({ installed: true, kind: 'package', version: '2.0.14.0', windowsVersion: '10.0.22631.3155' });
    expect(statuses(report)).toMatchObject({ 'wsl.installed': 'pass', 'wsl.version': 'pass' });
    expect(report.checks[0]?.summary).toContain('インストールされています');
  });

  it('WSL 1.0.0.0: warns and points at the wsl.update step', async () => {
    const report = (await diagnose('oldPackageJapanese')).json();
    expect(statuses(report)).toMatchObject({ 'wsl.installed': 'pass', 'wsl.version': 'warn' });
    expect(report.checks.find((c) => c.id === 'wsl.version')?.fix?.stepId).toBe('wsl.update');
  });

  it('old inbox wsl.exe (usage text for --version): installed through the old component, version fails', async () => {
    const r = await diagnose('oldInbox');
    expect(r.code).toBe(1);
    const report = r.json();
    expect(report.facts.wsl).toMatchObject({ kind: 'inbox', installed: true, version: null, error: null });
    expect(statuses(report)).toMatchObject({ 'wsl.installed': 'pass', 'wsl.version': 'fail' });
  });

  it('WSL not installed: one red row, its dependants skip with the prerequisite named', async () => {
    const r = await diagnose('notInstalled');
    expect(r.code).toBe(1);
    const report = r.json();
    expect(report.facts.wsl).toMatchObject({ installed: false, kind: 'none' });
    expect(statuses(report)).toMatchObject({ 'wsl.installed': 'fail', 'wsl.version': 'skip' });
    expect(report.checks.find((c) => c.id === 'wsl.version')?.summary).toContain('wsl.installed');
  });

  it('service disabled: the stable error token lands in facts.wsl.error', async () => {
    const report = (await diagnose('serviceDisabled')).json();
    expect(report.facts.wsl?.error).toMatchObject({ code: 'Wsl/0x80070422', hresult: '0x80070422' });
  });

  it('on a Linux host the Windows checks skip with the reason, exit 0', async () => {
    const r = await diagnose(null, ['diagnose', '--json', '--target', 'none'], { WSL_GPU_SETUP_PLATFORM: 'linux' });
    expect(r.code).toBe(0);
    const report = r.json();
    expect(report.facts.host.platform).toBe('linux');
    for (const c of report.checks.filter((x) => x.id.startsWith('wsl.'))) {
      expect(c.status).toBe('skip');
      expect(c.summary).toMatch(/Windows/);
    }
  });

  it('prints a readable table and answers usage errors with exit 2', async () => {
    const table = await diagnose('healthyEnglish', ['diagnose']);
    expect(table.out).toMatch(/✔ pass\s+wsl\.installed\s+WSL is installed/);
    expect(table.out).toMatch(/Readiness: verified-on-gpu/);
    expect((await diagnose(null, ['frobnicate'])).code).toBe(2);
    expect((await diagnose(null, ['diagnose', '--lang', 'xx'])).code).toBe(2);
    expect((await diagnose(null, ['diagnose', '--nope'])).code).toBe(2);
  });

  it('the installed command prints valid JSON from a separate process', async () => {
    const fake = makeFakeSystemRoot(scenarios.healthyEnglish);
    fakes.push(fake);
    const bin = path.resolve('electron/cli/wsl-gpu-setup.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'diagnose', '--json'], { env: { ...process.env, ...fake.env } });
    expect((JSON.parse(stdout) as JsonReport).facts.wsl?.version).toBe('2.0.6.0');
    // One wsl.exe process per probe, each with the exact argv; in the distro, the boot allowance
    // (a no-op) and then one round trip for everything the collector reads.
    expect(fake.calls().map((c) => c.args.join(' ')).sort()).toEqual(['--list --online', '--list --verbose', '--status', '--version', '-u root --exec /bin/sh -s --', '-u root --exec /bin/true']);
  });
});

describe('bundle and replay', () => {
  it('diagnose --replay reproduces the verdicts of a bundle written by bundle, for every scenario', async () => {
    const os = await import('node:os');
    const fs = await import('node:fs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-bundle-'));
    try {
      for (const name of ['healthyEnglish', 'japanese', 'oldInbox', 'notInstalled', 'serviceDisabled'] as const) {
        const live = (await diagnose(name)).json();
        const out = path.join(dir, `${name}.zip`);
        const written = await diagnose(name, ['bundle', '--out', out]);
        expect(written.code, written.err).toBe(0);
        expect(written.out.trim()).toBe(out);
        // Replay on a plain Linux environment: nothing of this machine is read.
        const replayed = await diagnose(null, ['diagnose', '--json', '--replay', out], { WSL_GPU_SETUP_PLATFORM: 'linux' });
        const report = replayed.json();
        expect(statuses(report), name).toEqual(statuses(live));
        expect(report.facts.wsl, name).toEqual(live.facts.wsl);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad bundle path fails with the reason and the way out', async () => {
    const r = await diagnose(null, ['diagnose', '--replay', '/nonexistent/bundle.zip']);
    expect(r.code).toBe(1);
    expect(r.err.length).toBeGreaterThan(10);
  });
});
