import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import { windowsMachines } from '../../fakes/windows-scenarios.js';
import type { FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';

// Whole `diagnose` runs against fake Windows machines: wsl.exe, powershell.exe and nvidia-smi.exe
// replaying recorded or reconstructed outputs, through the real runners and the real CLI.
interface Report {
  facts: Record<string, unknown> & { windows: Record<string, unknown> | null; wsl: Record<string, unknown> | null };
  checks: { id: string; status: string; summary: string; fix?: { text: string; stepId?: string; url?: string } }[];
  readiness: string;
}

const fakes: FakeSystemRoot[] = [];
afterEach(() => fakes.splice(0).forEach((f) => f.dispose()));

async function diagnose(machine: keyof typeof windowsMachines, lang = 'en'): Promise<{ code: number; report: Report; status: Record<string, string> }> {
  const fake = makeFakeSystemRoot(windowsMachines[machine]);
  fakes.push(fake);
  let out = '';
  const code = await runCli(['diagnose', '--json', '--lang', lang, '--target', 'none'], { env: { ...process.env, ...fake.env }, stdout: (t) => (out += t), stderr: () => {} });
  const report = JSON.parse(out) as Report;
  return { code, report, status: Object.fromEntries(report.checks.map((c) => [c.id, c.status])) };
}

describe('diagnose on whole Windows machines', () => {
  it('fresh Windows 11 + RTX 4070: WSL missing is one red row; the GPU side is ready', async () => {
    const { code, status, report } = await diagnose('freshWin11Rtx4070');
    expect(code).toBe(1);
    expect(status).toMatchObject({
      'wsl.installed': 'fail',
      'wsl.version': 'skip',
      'wsl.kernel': 'skip',
      'wsl.distro': 'skip',
      'preflight.windows': 'pass',
      'preflight.arch': 'pass',
      'preflight.virtualization': 'pass',
      'preflight.vmp': 'fail',
      'gpu.present': 'pass',
      'gpu.driver-floor': 'pass',
      'gpu.driver-model': 'pass',
    });
    expect(report.checks.find((c) => c.id === 'wsl.kernel')?.summary).toContain('wsl.installed');
    expect(report.facts.windows).toMatchObject({ build: 26100, ubr: 4946, arch: 'x64', displayVersion: '24H2' });
    expect(report.facts.gpus).toContainEqual(expect.objectContaining({ name: 'NVIDIA GeForce RTX 4070', vendor: 'nvidia', driverVersion: '581.80', memoryMiB: 12288 }));
    expect(report.facts.nvidia).toMatchObject({ driverVersion: '581.80', cudaVersion: '13.0' });
  });

  it('the network check is judged from the reachability answer, not from another probe\'s output', async () => {
    const { status, report } = await diagnose('freshWin11Rtx4070');
    expect(status['preflight.network']).toBe('pass');
    expect(report.facts.network).toMatchObject({ measured: true });
    const network = report.checks.find((c) => c.id === 'preflight.network');
    expect(network?.summary).not.toMatch(/"os":\{|"schema":1/u);
  });

  it('virtualization off in firmware: the firmware check fails, and so does the WSL error it causes', async () => {
    const { status, report } = await diagnose('virtualizationOffInFirmware');
    expect(status['preflight.virtualization']).toBe('fail');
    expect(report.facts.wsl?.error).toMatchObject({ hresult: '0x80370102' });
    expect(report.checks.find((c) => c.id === 'preflight.virtualization')?.fix?.text).toMatch(/VT-x|SVM|virtuali/i);
  });

  it('old inbox WSL: the version check fails and offers the update step', async () => {
    const { status, report } = await diagnose('oldInboxWsl');
    expect(status).toMatchObject({ 'wsl.installed': 'pass', 'wsl.version': 'fail' });
    expect(report.facts.wsl).toMatchObject({ kind: 'inbox' });
    expect(report.checks.find((c) => c.id === 'wsl.version')?.fix?.stepId).toBe('wsl.update');
  });

  it('a distro on WSL 1: warned by name, with the conversion command', async () => {
    const { status, report } = await diagnose('distroOnWsl1');
    expect(status['wsl.distros-wsl1']).toBe('warn');
    const check = report.checks.find((c) => c.id === 'wsl.distros-wsl1');
    expect(check?.summary).toContain('Ubuntu-20.04');
    expect(check?.fix?.text).toContain('--set-version');
  });

  it('driver 566.36: fine for CUDA 12 wheels, warned for CUDA 13', async () => {
    const { status, report } = await diagnose('driverBelowCuda13');
    expect(status).toMatchObject({ 'gpu.present': 'pass', 'gpu.driver-floor': 'warn', 'gpu.driver-model': 'pass' });
    expect(report.checks.find((c) => c.id === 'gpu.driver-floor')?.summary).toContain('566.36');
  });

  it('a TCC card: the driver-model check fails with the nvidia-smi command to switch it', async () => {
    const { status, report } = await diagnose('tccCard');
    expect(status['gpu.driver-model']).toBe('fail');
    expect(report.checks.find((c) => c.id === 'gpu.driver-model')?.fix?.text).toContain('-dm 0');
  });

  it('Japanese Windows: facts read without English, messages in Japanese', async () => {
    const { status, report } = await diagnose('japaneseWindows', 'ja');
    expect(status).toMatchObject({ 'wsl.installed': 'pass', 'wsl.version': 'pass', 'preflight.vmp': 'pass', 'preflight.services': 'pass' });
    expect(report.facts.wsl).toMatchObject({ version: '2.0.14.0', kind: 'package' });
    expect(report.checks.find((c) => c.id === 'wsl.installed')?.summary).toMatch(/[\u3040-\u30ff]/);
  });

  it('pending reboot: named, with the restart as the fix', async () => {
    const { status, report } = await diagnose('pendingReboot');
    expect(status['preflight.pending-reboot']).toBe('fail');
    expect(report.checks.find((c) => c.id === 'preflight.pending-reboot')?.summary).toMatch(/VirtualMachinePlatform|restart/i);
  });
});

describe('bundles of whole machines', () => {
  it('diagnose --replay gives every machine the verdicts and facts it had live', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-machines-'));
    try {
      for (const machine of Object.keys(windowsMachines) as (keyof typeof windowsMachines)[]) {
        const live = await diagnose(machine);
        const fake = makeFakeSystemRoot(windowsMachines[machine]);
        fakes.push(fake);
        const out = path.join(dir, `${machine}.zip`);
        const io = { env: { ...process.env, ...fake.env }, stdout: () => {}, stderr: () => {} };
        expect(await runCli(['bundle', '--out', out, '--target', 'none'], io)).toBe(0);
        let replayed = '';
        await runCli(['diagnose', '--json', '--replay', out], { env: { ...process.env, WSL_GPU_SETUP_PLATFORM: 'linux' }, stdout: (t) => (replayed += t), stderr: () => {} });
        const report = JSON.parse(replayed) as Report;
        expect(Object.fromEntries(report.checks.map((c) => [c.id, c.status])), machine).toEqual(live.status);
        expect(report.facts.windows, machine).toEqual(live.report.facts.windows);
        expect(report.facts.gpus, machine).toEqual(live.report.facts.gpus);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Eight machines, three CLI runs each (live, bundle, replay), each starting every fake tool
    // process; the in-distro probe waits for the list and the boot allowance (three in a row).
  }, 120_000);
});
