import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareDriverVersions } from '../../../../electron/host/nvidia-smi/driver-version.js';
import { NVIDIA_FLOORS } from '../../../../electron/host/gpu/driver-floors.js';
import { BUILT_IN_DRIVER_FLOORS, driverFloorsFrom } from '../../../../electron/engine/wheels/cuda-driver-floors.js';
import { loadTorchWheelTable, TORCH_WHEELS } from '../../../../electron/engine/wheels/torch-wheels.js';

const failingLoaders: Record<string, () => string | null> = {
  missing: () => null,
  unreadable: () => {
    throw new Error('EACCES: permission denied');
  },
  'not JSON': () => '{"schema": "wsl-gpu-setup/torch-wheels@1",',
  'wrong shape': () => JSON.stringify({ schema: 'wsl-gpu-setup/torch-wheels@1', driverFloors: {} }),
};

describe('driver floors per CUDA major: built in, the wheel table checked against them', () => {
  it('the shipped table carries exactly the built-in floors', () => {
    expect(TORCH_WHEELS).not.toBeNull();
    const fromTable = Object.fromEntries(Object.entries(TORCH_WHEELS?.driverFloors ?? {}).map(([major, f]) => [Number(major), { windows: f.windows, linux: f.linux }]));
    expect(fromTable).toEqual(BUILT_IN_DRIVER_FLOORS);
  });

  it('the preflight floors (host/gpu/driver-floors.ts) name the same CUDA 12 and 13 Windows drivers', () => {
    expect(compareDriverVersions(NVIDIA_FLOORS.cuda12.minimum, BUILT_IN_DRIVER_FLOORS[12]!.windows)).toBe(0);
    expect(compareDriverVersions(NVIDIA_FLOORS.cuda13.minimum, BUILT_IN_DRIVER_FLOORS[13]!.windows)).toBe(0);
  });

  for (const [name, loader] of Object.entries(failingLoaders)) {
    it(`a ${name} table loads as null with a reason, and the floors stay the built-in ones`, () => {
      const loaded = loadTorchWheelTable(loader);
      expect(loaded.table).toBeNull();
      expect(loaded.error).toMatch(/\S/u);
      expect(driverFloorsFrom(loaded.table)).toEqual(BUILT_IN_DRIVER_FLOORS);
    });
  }

  it('a table never lowers a built-in floor; a major only the table knows is added', () => {
    if (TORCH_WHEELS === null) throw new Error('table did not load');
    const lowered = { ...TORCH_WHEELS, driverFloors: { ...TORCH_WHEELS.driverFloors, '13': { windows: '500', linux: '500.00', source: 'a wrong table entry' }, '14': { windows: '600', linux: '600.10', source: 'a later table entry' } } };
    const floors = driverFloorsFrom(lowered);
    expect(floors[13]).toEqual({ windows: '580', linux: '580.65.06' });
    expect(floors[14]).toEqual({ windows: '600', linux: '600.10' });
  });
});

describe('gpu.cuda-driver with a wheel table that fails to load', () => {
  afterEach(() => {
    vi.doUnmock('../../../../electron/engine/wheels/torch-wheels.js');
    vi.resetModules();
  });

  it('still fails a cu130 wheel on a driver below 580, naming the 580 floor', async () => {
    vi.resetModules();
    vi.doMock('../../../../electron/engine/wheels/torch-wheels.js', async (importOriginal) => {
      const actual = await importOriginal<typeof import('../../../../electron/engine/wheels/torch-wheels.js')>();
      const loaded = actual.loadTorchWheelTable(failingLoaders.unreadable);
      return { ...actual, TORCH_WHEELS: loaded.table, TORCH_WHEELS_ERROR: loaded.error };
    });
    const { runScenario } = await import('../gpu-chain/scenario.js');
    const wheels = await import('../../../../electron/engine/wheels/torch-wheels.js');
    expect(wheels.TORCH_WHEELS).toBeNull();
    const r = runScenario('distro/probe/wsl-cu130-old-driver.json').byId.get('gpu.cuda-driver');
    expect(r?.status).toBe('fail');
    expect(r?.summary).toMatchObject({ key: 'check.gpu.cudaDriver.fail.tooOld', params: { needed: '13.0', minDriver: '580' } });
    expect(r?.fix?.text).toEqual({ key: 'fix.gpu.driverOrWheel', params: { minDriver: '580' } });
  });
});
