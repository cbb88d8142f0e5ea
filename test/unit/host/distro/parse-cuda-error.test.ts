import { describe, expect, it } from 'vitest';
import { archListCovers, smArchOf } from '../../../../electron/host/distro/parse-arch-list.js';
import { classifyCudaError } from '../../../../electron/host/distro/parse-cuda-error.js';
import { readDistroFixture } from './load-distro-fixtures.js';

describe('classifyCudaError on real torch output', () => {
  it.each([
    ['torch-cuda-check/01.txt', 'device-enumeration', null],
    ['torch-cuda-check/02.txt', 'driver-too-old', '11.4'],
    ['torch-cuda-check/03.txt', 'driver-too-old', '11.0'],
    ['torch-cuda-check/05.txt', 'no-driver', null],
    ['torch-cuda-check/06.txt', 'driver-init-failed', null],
  ] as const)('%s → %s', (file, kind, version) => {
    const m = classifyCudaError(readDistroFixture(file));
    expect(m?.kind).toBe(kind);
    expect(m?.driverCudaVersion).toBe(version);
  });

  it('recognizes "no kernel image" and nothing in unrelated text', () => {
    expect(classifyCudaError('RuntimeError: CUDA error: no kernel image is available for execution on the device')?.kind).toBe('no-kernel-image');
    expect(classifyCudaError('ModuleNotFoundError: No module named torch')).toBeNull();
    expect(classifyCudaError(null)).toBeNull();
  });
});

describe('archListCovers', () => {
  const cu126 = ['sm_50', 'sm_60', 'sm_70', 'sm_75', 'sm_80', 'sm_86', 'sm_90'];
  it('a Blackwell sm_120 card is not covered by a cu126 wheel (arch-list mismatch)', () => {
    expect(archListCovers(cu126, '12.0')).toBe(false);
  });
  it('an Ada sm_89 card runs the sm_86 code of the same major', () => {
    expect(archListCovers(cu126, '8.9')).toBe(true);
  });
  it('PTX compute_XY covers newer devices; arch-specific targets do not', () => {
    expect(archListCovers(['sm_80', 'compute_90'], '12.0')).toBe(true);
    expect(archListCovers(['sm_90a'], '9.1')).toBe(false);
    expect(archListCovers(['sm_75', 'sm_80'], '6.1')).toBe(false);
  });
  it('says nothing without a list or capability', () => {
    expect(archListCovers([], '8.9')).toBeNull();
    expect(archListCovers(cu126, null)).toBeNull();
    expect(smArchOf('12.0')).toBe('sm_120');
  });
});
