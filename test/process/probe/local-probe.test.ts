import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { distroFactsFrom } from '../../../electron/engine/facts/distro-facts.js';
import { localProbeCommand } from '../../../electron/host/distro/commands.js';
import { parseProbeDocument } from '../../../electron/host/distro/parse-probe-document.js';
import type { ProbeDocument } from '../../../electron/host/distro/probe-document-schema.js';
import { loadProbeScript } from '../../../electron/host/distro/probe-script.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { probeCapture } from '../../unit/engine/gpu-chain/scenario.js';

// The real collector, run with `--target local` on this machine through the real ExecRunner.
// This machine has no GPU: every GPU fact must come back as a precise "absent", never a crash.

let script = '';
const temps: string[] = [];
beforeAll(() => {
  const r = loadProbeScript();
  if (!r.ok) throw new Error(r.error.message);
  script = r.text;
  // The collector needs python3 from PATH; the test machine is documented to have it.
  expect(execFileSync('python3', ['--version'], { encoding: 'utf8' })).toMatch(/^Python 3\./);
});
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-test-'));
  temps.push(dir);
  return dir;
}

function fakeTool(dir: string, name: string, body: string): void {
  fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
}

async function probe(env: NodeJS.ProcessEnv, bench = false): Promise<{ doc: ProbeDocument; ms: number; stderr: string }> {
  const r = await new ExecRunner({ baseEnv: env }).exec(localProbeCommand({ bench }), { stdin: script });
  expect(r).toMatchObject({ exitCode: 0, stoppedBy: null, launchError: null, truncated: false });
  const parsed = parseProbeDocument(r.stdout.toString('utf8'));
  if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
  // Nothing but the document on stdout.
  expect(parsed.skippedChars).toBe(0);
  expect(r.stdout.toString('utf8').trim().endsWith('}')).toBe(true);
  return { doc: parsed.doc, ms: r.durationMs, stderr: r.stderr.toString('utf8') };
}

const hasGpu = fs.existsSync('/dev/nvidia0') || fs.existsSync('/dev/dxg');

describe.skipIf(hasGpu)('local probe on a machine without a GPU', () => {
  it('prints one valid document within its deadline, with every GPU fact reported as absent', async () => {
    const { doc, ms } = await probe(process.env);
    expect(ms).toBeLessThan(10_000);
    expect(doc).toMatchObject({ probeVersion: 3, target: 'linux', args: { bench: false }, bench: null, errors: [] });
    expect(doc.python?.version).toMatch(/^3\./);
    const c = doc.commands;
    for (const name of ['uname-r', 'proc-version', 'nvidia-smi', 'nvidia-smi-query', 'ldconfig-p', 'ls-wsl-lib', 'dev-dxg', 'dev-nvidia', 'proc-driver-nvidia', 'dpkg-nvidia', 'nvcc-version', 'os-release', 'systemd', 'docker-info', 'power-source']) {
      expect(c[name], name).toBeDefined();
      expect(c[name]?.timedOut, name).toBe(false);
    }
    expect(c['uname-r']?.stdout.trim()).toBe(os.release());
    expect(c['uname-r']?.exitCode).toBe(0);
    // No nvidia-smi anywhere: not started, with the places searched.
    expect(c['nvidia-smi']).toMatchObject({ exitCode: null, error: 'not found: nvidia-smi (searched PATH, /usr/lib/wsl/lib/nvidia-smi, /usr/bin/nvidia-smi)' });
    expect(c['dev-dxg']?.exitCode).not.toBe(0);
    expect(c['dev-dxg']?.stderr).toMatch(/cannot access '\/dev\/dxg': No such file or directory/);
    expect(c['dev-nvidia']?.stderr).toMatch(/cannot access '\/dev\/nvidia\*': No such file or directory/);
    expect(c['proc-driver-nvidia']?.stderr).toMatch(/\/proc\/driver\/nvidia\/version: No such file or directory/);
    expect(c['ldconfig-p']?.exitCode).toBe(0);
    expect(c['ldconfig-p']?.stdout).toMatch(/libc\.so\.6/);
    // No WSL driver share: lstat says why; no container hook on the daemon's PATH: the folders searched.
    expect(c['wsl-libcuda-lstat']).toMatchObject({ argv: ['(lstat)', '/usr/lib/wsl/lib/libcuda.so.1'], exitCode: 1, stdout: '', error: null });
    expect(c['wsl-libcuda-lstat']?.stderr).toMatch(/^\/usr\/lib\/wsl\/lib\/libcuda\.so\.1: FileNotFoundError/);
    expect(c['nvidia-hook']).toMatchObject({ argv: ['(lookup)', 'nvidia-container-runtime-hook'], exitCode: 1, stdout: '', error: null });
    expect(c['nvidia-hook']?.stderr).toMatch(/^nvidia-container-runtime-hook not found in \/usr\/local\/sbin:\/usr\/local\/bin:\/usr\/sbin:\/usr\/bin:\/sbin:\/bin/);
    // libcuda is not installed: every candidate is listed with the loader's own error.
    expect(doc.cuda.status).toBe('no-library');
    expect(doc.cuda.library).toBeNull();
    expect(doc.cuda.attempts?.[0]).toEqual({ name: 'libcuda.so.1', error: 'libcuda.so.1: cannot open shared object file: No such file or directory' });
    expect(doc.cuda.attempts?.some((a) => a.name === '/usr/lib/wsl/lib/libcuda.so.1')).toBe(true);
    expect(doc.cuda.run).toMatchObject({ exitCode: 0, timedOut: false });
    expect(doc.frameworks.torch).toMatchObject({ installed: false, status: 'not-installed' });
  });

  it('with --bench and no torch, reports the benchmark as skipped and says why', async () => {
    const { doc, ms } = await probe(process.env, true);
    expect(ms).toBeLessThan(15_000);
    expect(doc.args.bench).toBe(true);
    expect(doc.bench).toMatchObject({ status: 'skipped', reason: 'torch-not-installed', results: [] });
  });

  it('still prints a valid document when python3 is not in PATH', async () => {
    const bin = tempDir();
    for (const tool of ['uname', 'date']) fs.symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), path.join(bin, tool));
    const { doc, ms, stderr } = await probe({ ...process.env, PATH: bin });
    expect(ms).toBeLessThan(5_000);
    expect(doc).toMatchObject({ probeVersion: 1, target: 'linux', python: null, commands: {}, cuda: { status: 'not-run' }, bench: null });
    expect(doc.errors).toEqual([{ where: 'python3', code: 'python3-missing', message: 'python3 was not found in PATH' }]);
    expect(doc.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(stderr).toContain('python3 not found in PATH');
  });

  it('cuts a hung command at its own deadline (TERM, then KILL after 2 s) and caps a flood', async () => {
    const bin = tempDir();
    // A tool that ignores SIGTERM (the ignore is inherited by sleep): only the KILL stops it.
    fakeTool(bin, 'uname', "trap '' TERM\nsleep 60");
    fakeTool(bin, 'docker', 'exec sleep 60');
    fakeTool(bin, 'nvidia-smi', 'echo "Failed to initialize NVML: GPU access blocked by the operating system"\nexit 9');
    fakeTool(bin, 'nvcc', 'head -c 1000000 /dev/zero | tr "\\0" x');
    fakeTool(bin, 'nvidia-container-runtime-hook', 'exit 0');
    const { doc, ms } = await probe({ ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(ms).toBeLessThan(10_000);
    const c = doc.commands;
    // uname: 3 s deadline + 2 s kill-after; timeout(1) KILLs its whole group, itself included.
    expect(c['uname-r']).toMatchObject({ timedOut: true, exitCode: null, signal: 9, argv: [path.join(bin, 'uname'), '-r'] });
    expect(c['uname-r']?.durationMs).toBeGreaterThanOrEqual(4_900);
    expect(c['uname-r']?.durationMs).toBeLessThan(7_000);
    expect(c['docker-info']).toMatchObject({ timedOut: true, exitCode: 124 });
    expect(c['nvidia-smi']).toMatchObject({ exitCode: 9, timedOut: false, stdout: 'Failed to initialize NVML: GPU access blocked by the operating system\n' });
    expect(c['nvcc-version']).toMatchObject({ exitCode: 0, truncated: true });
    expect(c['nvcc-version']?.stdout.length).toBe(64 * 1024);
    // Found on root's PATH (after the daemon's default folders), never run.
    expect(c['nvidia-hook']).toMatchObject({ exitCode: 0, stdout: `${path.join(bin, 'nvidia-container-runtime-hook')}\n`, stderr: '' });
    // A failure that is not a rejected field: no second query.
    expect(c['nvidia-smi-query-retry']).toBeUndefined();
  });

  it('asks nvidia-smi again without compute_cap when an older driver rejects the field (exit code 2)', async () => {
    const bin = tempDir();
    // A 470-series nvidia-smi: the answers of test/fixtures/scenarios/nvidia-smi/rtx3060-472.*
    // (reconstructed from real reports), in the collector's field order.
    fakeTool(bin, 'nvidia-smi', [
      'case "$*" in',
      '  *compute_cap*) printf \'Field "compute_cap" is not a valid field to query.\\n\\n\'; exit 2 ;;',
      '  "--query-gpu=index,name,memory.total,driver_version,pci.bus_id --format=csv")',
      '    printf \'index, name, memory.total [MiB], driver_version, pci.bus_id\\n0, NVIDIA GeForce RTX 3060, 12288 MiB, 472.12, 00000000:01:00.0\\n\' ;;',
      '  *) echo "unexpected arguments: $*" >&2; exit 9 ;;',
      'esac',
    ].join('\n'));
    const { doc } = await probe({ ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` });
    const smi = path.join(bin, 'nvidia-smi');
    // Both raw answers are kept, byte for byte, each as its own record.
    expect(doc.commands['nvidia-smi-query']).toMatchObject({
      argv: [smi, '--query-gpu=index,name,memory.total,driver_version,pci.bus_id,compute_cap', '--format=csv'],
      exitCode: 2,
      stdout: 'Field "compute_cap" is not a valid field to query.\n\n',
    });
    expect(doc.commands['nvidia-smi-query-retry']).toMatchObject({
      argv: [smi, '--query-gpu=index,name,memory.total,driver_version,pci.bus_id', '--format=csv'],
      exitCode: 0,
      stderr: '',
      stdout: 'index, name, memory.total [MiB], driver_version, pci.bus_id\n0, NVIDIA GeForce RTX 3060, 12288 MiB, 472.12, 00000000:01:00.0\n',
    });
    const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from(JSON.stringify(doc), 'utf8'), 'local')]]));
    expect(facts?.nvidia).toMatchObject({ driverVersion: '472.12', gpus: [{ name: 'NVIDIA GeForce RTX 3060', memoryTotalMiB: 12288, computeCapability: null }], error: null });
  });
});

describe.skipIf(hasGpu)('framework check and benchmark paths, with a stand-in torch package', () => {
  const fakeTorch = path.join(import.meta.dirname, 'fake-torch');

  it('runs the torch check in its own process and reports the arch mismatch and the op', async () => {
    const { doc } = await probe({ ...process.env, PYTHONPATH: fakeTorch, PYTHONDONTWRITEBYTECODE: '1' });
    expect(doc.frameworks.torch).toMatchObject({
      installed: true,
      status: 'ok',
      version: '0.0.0+fake',
      cudaBuild: '13.0',
      cudaAvailable: true,
      deviceName: 'Fake GPU',
      capability: '8.9',
      deviceArch: 'sm_89',
      // sm_89 is not in the stand-in's arch list: exactly the "no kernel image" precondition.
      archSupported: false,
      op: { ok: true },
      run: { exitCode: 0, timedOut: false },
    });
    expect(doc.frameworks.tensorflow?.installed).toBe(false);
  });

  it('runs the benchmark after the collection and reports sizes, iterations and figures', async () => {
    const { doc, ms } = await probe({ ...process.env, PYTHONPATH: fakeTorch, PYTHONDONTWRITEBYTECODE: '1' }, true);
    expect(ms).toBeLessThan(20_000);
    expect(doc.bench).toMatchObject({ status: 'ok', device: 'Fake GPU', freeMemoryBytes: 12 * 2 ** 30, run: { exitCode: 0, timedOut: false } });
    const results = doc.bench?.results ?? [];
    expect(results.map((r) => r.dtype ?? r.kind)).toEqual(['fp32', 'tf32', 'fp16', 'bf16', 'copy-d2d']);
    // 12 GiB free: 8192² matrices fit in a third of it for every dtype.
    for (const r of results.slice(0, 4)) expect(r).toMatchObject({ kind: 'matmul', n: 8192 });
    for (const r of results) {
      expect(r.iterations).toBeGreaterThanOrEqual(3);
      expect(r.ms).toBeGreaterThan(0);
    }
    expect(results[4]).toMatchObject({ kind: 'copy-d2d', bytes: 1 << 30 });
  });
});
