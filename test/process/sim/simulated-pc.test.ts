import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeToolOutput } from '../../../electron/host/text/decode.js';
import { parseWslStatus } from '../../../electron/host/wsl/parse-status.js';
import { parseWslVersion } from '../../../electron/host/wsl/parse-version.js';
import { widenSimExitCode } from '../../sim/exit-codes.js';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';
import { CALLS_FILE } from '../../sim/state.js';

// The simulated PC as the app meets it: executables in a folder, one shared state file, every
// call recorded. Real processes, so the state really goes from one call to the next.

const pcs: SimulatedPc[] = [];
afterEach(() => pcs.splice(0).forEach((pc) => pc.dispose()));

async function machine(name: Parameters<typeof createSimulatedPc>[0]): Promise<SimulatedPc> {
  const pc = await createSimulatedPc(name);
  pcs.push(pc);
  return pc;
}

interface Ran {
  stdout: Buffer;
  status: number | null;
  signal: NodeJS.Signals | null;
}

function run(pc: SimulatedPc, tool: string, args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(pc.dir, tool), args, { env: { ...process.env, ...options.env }, stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ stdout: Buffer.concat(out), status, signal }));
    child.stdin?.end(options.stdin);
  });
}

const text = (r: Ran) => decodeToolOutput(r.stdout, 'auto');

describe('a simulated PC in a folder', () => {
  it('wsl --install --no-distribution changes what wsl --version and wsl --status answer next', async () => {
    const pc = await machine('fresh-win11-rtx4070');
    const before = await run(pc, 'wsl.exe', ['--version']);
    expect(widenSimExitCode(before.status ?? 0)).toBe(-1);
    // The inbox stub ignores WSL_UTF8 and writes UTF-16LE.
    expect(before.stdout.subarray(0, 4)).toEqual(Buffer.from('In', 'utf16le'));
    expect((await run(pc, 'wsl.exe', ['--install', '--no-distribution'])).status).toBe(0);
    const after = await run(pc, 'wsl.exe', ['--version'], { env: { WSL_UTF8: '1' } });
    expect(after.status).toBe(0);
    expect(parseWslVersion(text(after)).wsl).toBe('2.7.11.0');
    expect(parseWslStatus(text(await run(pc, 'wsl.exe', ['--status']))).defaultVersion).toBe(2);
    expect(pc.calls().map((c) => c.args.join(' '))).toEqual(['--version', '--install --no-distribution', '--version', '--status']);
  });

  it('dism exits with the low byte of 3010 (widened back) and shutdown /r /t 0 restarts the PC, running RunOnce once', async () => {
    const pc = await machine('fresh-win11-rtx4070');
    const dism = await run(pc, 'dism.exe', ['/Online', '/Enable-Feature', '/FeatureName:VirtualMachinePlatform', '/All', '/NoRestart']);
    expect(widenSimExitCode(dism.status ?? 0)).toBe(3010);
    expect(pc.state().pendingReboot.cbsRebootPending).toBe(true);
    const key = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce';
    expect((await run(pc, 'reg.exe', ['add', key, '/v', '!WslGpuSetupResume', '/t', 'REG_SZ', '/d', '"app.exe" --resume', '/f'])).status).toBe(0);
    expect((await run(pc, 'shutdown.exe', ['/r', '/t', '0'])).status).toBe(0);
    const state = pc.state();
    expect(state.features.VirtualMachinePlatform).toBe('enabled');
    expect(state.ranAtRestart.map((r) => r.name)).toEqual(['!WslGpuSetupResume']);
    pc.restart();
    expect(pc.state().ranAtRestart).toHaveLength(1);
  });

  it('records that stdin was given, never what it was', async () => {
    const pc = await machine('driver-below-cuda13');
    const secret = 'alice:correct horse battery staple\n';
    await run(pc, 'wsl.exe', ['--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/sbin/chpasswd'], { stdin: secret });
    expect(pc.calls()).toEqual([{ tool: 'wsl.exe', args: ['--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/sbin/chpasswd'], stdin: true }]);
    expect(fs.readFileSync(path.join(pc.dir, CALLS_FILE), 'utf8')).not.toContain('horse');
    expect(fs.readFileSync(path.join(pc.dir, 'state.json'), 'utf8')).not.toContain('horse');
  });

  it('nvidia-smi.exe exists only while the state has an NVIDIA driver', async () => {
    const pc = await machine('amd-gpu');
    expect(fs.existsSync(path.join(pc.dir, 'nvidia-smi.exe'))).toBe(false);
    pc.update((s) => (s.nvidiaSmi = 'rtx4070-581'));
    const table = await run(pc, 'nvidia-smi.exe', []);
    expect(table.status).toBe(0);
    expect(table.stdout.toString('utf8')).toContain('581.80');
  });

  it('a hang fault keeps the call running until it is killed', async () => {
    const pc = await machine('driver-below-cuda13');
    pc.update((s) => (s.faults.hang = [{ tool: 'wsl.exe', argsPrefix: ['--update'] }]));
    const child = spawn(path.join(pc.dir, 'wsl.exe'), ['--update'], { stdio: 'ignore' });
    // The call is recorded before the hang: wait for that line, then kill.
    const log = path.join(pc.dir, CALLS_FILE);
    await new Promise<void>((resolve) => {
      const check = () => {
        if (fs.existsSync(log) && fs.readFileSync(log, 'utf8').includes('--update')) {
          watcher.close();
          resolve();
        }
      };
      const watcher = fs.watch(pc.dir, check);
      // The line may have been written before the watcher started.
      check();
    });
    expect(child.exitCode).toBeNull();
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await ended).toBe('SIGKILL');
    expect(pc.state().wsl).toEqual({ kind: 'package', version: '2.6.3.0' });
  });
});
