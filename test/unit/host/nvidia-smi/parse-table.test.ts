import { describe, expect, it } from 'vitest';
import { parseNvidiaSmiTable } from '../../../../electron/host/nvidia-smi/parse-table.js';
import { loadNvidiaSmiFixtures } from './load-fixtures.js';

const fixture = (id: string): string => loadNvidiaSmiFixtures().find((f) => f.id === id)?.text ?? '';

// Pre-535 Windows layout (`TCC/WDDM` joined to the name column, 31/22/22 widths).
const OLD_WINDOWS = [
  '+-----------------------------------------------------------------------------+',
  '| NVIDIA-SMI 516.94       Driver Version: 516.94       CUDA Version: 11.7     |',
  '|-------------------------------+----------------------+----------------------+',
  '| GPU  Name            TCC/WDDM | Bus-Id        Disp.A | Volatile Uncorr. ECC |',
  '| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |',
  '|                               |                      |               MIG M. |',
  '|===============================+======================+======================|',
  '|   0  NVIDIA GeForce ... WDDM  | 00000000:0A:00.0  On |                  N/A |',
  '| 30%   41C    P8    22W / 350W |    812MiB / 24576MiB |      4%      Default |',
  '|                               |                      |                  N/A |',
  '+-------------------------------+----------------------+----------------------+',
  '|   1  Tesla T4            TCC  | 00000000:0B:00.0 Off |                    0 |',
  '| N/A   35C    P8     9W /  70W |      0MiB / 15360MiB |      0%      Default |',
  '|                               |                      |                  N/A |',
  '+-------------------------------+----------------------+----------------------+',
].join('\r\n');

// A MIG devices box after the GPUs uses `+===+` too; it must not be read as more GPUs.
const WITH_MIG = [
  '| NVIDIA-SMI 535.104.05             Driver Version: 535.104.05   CUDA Version: 12.2     |',
  '|=========================================+======================+======================|',
  '|   0  NVIDIA A100-SXM4-40GB          On  | 00000000:07:00.0 Off |                   On |',
  '| N/A   31C    P0              42W / 400W |     87MiB / 40960MiB |     N/A      Default |',
  '|                                         |                      |              Enabled |',
  '+-----------------------------------------+----------------------+----------------------+',
  '',
  '+---------------------------------------------------------------------------------------+',
  '| MIG devices:                                                                          |',
  '+------------------+--------------------------------+-----------+-----------------------+',
  '| GPU  GI  CI  MIG |                   Memory-Usage |        Vol|      Shared           |',
  '|==================+================================+===========+=======================|',
  '|  0    1   0   0  |              37MiB / 19968MiB  | 42      0 |  3   0    2    0    0 |',
  '+------------------+--------------------------------+-----------+-----------------------+',
].join('\n');

describe('parseNvidiaSmiTable', () => {
  it('reads the pre-535 Windows layout with two GPUs, TCC and a truncated name', () => {
    const r = parseNvidiaSmiTable(OLD_WINDOWS);
    expect(r.kind).toBe('table');
    expect(r.gpus.map((g) => [g.index, g.name, g.nameTruncated, g.driverModel, g.busId, g.memoryUsedMiB, g.memoryTotalMiB])).toEqual([
      [0, 'NVIDIA GeForce ...', true, 'WDDM', '00000000:0A:00.0', 812, 24576],
      [1, 'Tesla T4', false, 'TCC', '00000000:0B:00.0', 0, 15360],
    ]);
    expect(r.gpus[0]?.temperatureC).toBe(41);
    expect(r.gpus[0]?.gpuUtilPercent).toBe(4);
  });

  it('ignores a MIG devices box after the GPU table', () => {
    const r = parseNvidiaSmiTable(WITH_MIG);
    expect(r.gpus).toHaveLength(1);
    expect(r.gpus[0]?.name).toBe('NVIDIA A100-SXM4-40GB');
    expect(r.gpus[0]?.persistenceMode).toBe('On');
  });

  it('does not depend on spacing: whitespace runs collapsed to one space', () => {
    const text = fixture('nvidia-smi-windows/01.txt').replace(/ +/gu, ' ');
    const r = parseNvidiaSmiTable(text);
    expect(r.driverVersion).toBe('546.33');
    expect(r.cudaVersion).toBe('12.3');
    expect(r.gpus[0]).toMatchObject({ index: 0, name: 'NVIDIA GeForce RTX 4060 Ti', driverModel: 'WDDM', memoryTotalMiB: 16380, memoryUsedMiB: 581 });
  });

  it('tells the WSL banner (Linux-style NVIDIA-SMI version) from the Windows driver', () => {
    const r = parseNvidiaSmiTable(fixture('nvidia-smi-wsl/02.txt'));
    expect(r.smiVersion).toBe('555.42.03');
    expect(r.driverVersion).toBe('555.85');
  });

  it('reports CUDA ERR! as null with a flag and an issue', () => {
    const r = parseNvidiaSmiTable(fixture('nvidia-smi-windows/12.txt'));
    expect(r.cudaVersion).toBeNull();
    expect(r.cudaVersionError).toBe(true);
    expect(r.issues.some((i) => i.includes('ERR!'))).toBe(true);
  });

  it('keeps a failure printed next to a table', () => {
    const text = `Unable to determine the device handle for GPU1: 0000:02:00.0: Unknown Error\n${fixture('nvidia-smi-windows/01.txt')}`;
    const r = parseNvidiaSmiTable(text);
    expect(r.kind).toBe('table');
    expect(r.gpus).toHaveLength(1);
    expect(r.error?.code).toBe('device-handle');
  });

  it('prefers the most specific NVML failure and strips the prompt from the message', () => {
    const r = parseNvidiaSmiTable(fixture('nvidia-smi-wsl-error/03.txt'));
    expect(r.error).toEqual({ code: 'gpu-access-blocked', message: 'Failed to initialize NVML: GPU access blocked by the operating system' });
  });

  it('uses the exit code for a not-found answer it cannot read', () => {
    expect(parseNvidiaSmiTable('Der Befehl wurde nicht gefunden.', { exitCode: 127 }).kind).toBe('not-found');
    expect(parseNvidiaSmiTable('Der Befehl wurde nicht gefunden.', { exitCode: 1 }).kind).toBe('unknown');
  });

  it('does not take a prompt line naming the tool for not-found', () => {
    const r = parseNvidiaSmiTable('(base) user@host:~$ nvidia-smi\nSegmentation fault\n');
    expect(r.kind).toBe('unknown');
    expect(r.excerpt).toContain('…@…');
    expect(r.excerpt).not.toContain('user@host');
  });

  it('answers unknown with an issue for empty input', () => {
    const r = parseNvidiaSmiTable('');
    expect(r).toMatchObject({ kind: 'unknown', gpus: [], error: null, driverVersion: null });
    expect(r.issues.length).toBeGreaterThan(0);
  });

  it('parses a table that ends mid-rule (truncated paste)', () => {
    const r = parseNvidiaSmiTable(fixture('nvidia-smi-wsl/02.txt'));
    expect(r.gpus).toHaveLength(1);
    expect(r.gpus[0]?.busId).toBe('00000000:01:00.0');
  });
});
