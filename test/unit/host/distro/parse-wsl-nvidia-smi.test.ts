import { describe, expect, it } from 'vitest';
import { nvidiaFactsFrom } from '../../../../electron/host/nvidia-smi/facts.js';
import { parseNvidiaSmiTable } from '../../../../electron/host/nvidia-smi/parse-table.js';
import { readDistroFixture } from './load-distro-fixtures.js';

describe('the nvidia-smi parsers on in-distro (WSL) output', () => {
  it.each([
    ['nvidia-smi-wsl/01.txt', '546.33', '12.3', '545.36', 'NVIDIA GeForce RTX 4080'],
    ['nvidia-smi-wsl/02.txt', '555.85', '12.5', '555.42.03', 'NVIDIA GeForce RTX 4090'],
    ['nvidia-smi-wsl/04.txt', '531.68', '12.1', '530.47', 'NVIDIA GeForce RTX 3070'],
  ])('%s: two-part Windows driver %s next to a Linux-style banner', (file, driver, cuda, smi, name) => {
    const f = nvidiaFactsFrom(parseNvidiaSmiTable(readDistroFixture(file)), null);
    expect(f).toMatchObject({ driverVersion: driver, cudaVersion: cuda, smiVersion: smi, error: null });
    expect(f.gpus[0]?.name).toBe(name);
  });

  it('CUDA Version: ERR! gives no CUDA version but keeps the driver and GPU', () => {
    const t = parseNvidiaSmiTable(readDistroFixture('nvidia-smi-wsl/05-err-reconstructed.txt'));
    expect(t).toMatchObject({ driverVersion: '546.33', cudaVersion: null, cudaVersionError: true });
    expect(t.gpus).toHaveLength(1);
  });

  it.each([
    ['nvidia-smi-wsl-error/01.txt', 'driver-communication'],
    ['nvidia-smi-wsl-error/02.txt', 'driver-communication'],
    ['nvidia-smi-wsl-error/03.txt', 'gpu-access-blocked'],
  ])('%s is the NVML failure %s', (file, code) => {
    const f = nvidiaFactsFrom(parseNvidiaSmiTable(readDistroFixture(file), { exitCode: 9 }), null);
    expect(f.error?.code).toBe(code);
    expect(f.gpus).toEqual([]);
  });
});
