import { describe, expect, it } from 'vitest';
import type { WindowsGpu } from '../../../../electron/contract/facts.js';
import { hasOptimusPair, pickComputeGpu } from '../../../../electron/engine/facts/compute-gpu.js';

const gpu = (name: string, vendor: WindowsGpu['vendor'], memoryMiB: number | null, kind: WindowsGpu['kind']): WindowsGpu => ({ name, vendor, driverVersion: null, windowsDriverVersion: null, memoryMiB, kind });

const uhd = gpu('Intel(R) UHD Graphics 770', 'intel', 128, 'integrated');
const a770 = gpu('Intel(R) Arc(TM) A770 Graphics', 'intel', 16_384, 'discrete');
const apu = gpu('AMD Radeon(TM) 8060S Graphics', 'amd', 65_536, 'integrated');
const rtx4070 = gpu('NVIDIA GeForce RTX 4070', 'nvidia', 12_288, 'discrete');
const a4000 = gpu('NVIDIA RTX A4000', 'nvidia', 16_376, 'discrete');

describe('pickComputeGpu', () => {
  it('takes a discrete card before an integrated GPU, whatever the order and even with less memory', () => {
    expect(pickComputeGpu([uhd, a770])).toBe(a770);
    expect(pickComputeGpu([apu, rtx4070])).toBe(rtx4070);
  });

  it('then the most memory', () => {
    expect(pickComputeGpu([rtx4070, a4000])).toBe(a4000);
  });

  it('then the card the framework reports, names compared without (R)/(TM)', () => {
    const twin = gpu('NVIDIA GeForce RTX 4070', 'nvidia', 12_288, 'discrete');
    const other = gpu('NVIDIA GeForce RTX 4070 SUPER', 'nvidia', 12_288, 'discrete');
    expect(pickComputeGpu([twin, other], 'NVIDIA GeForce RTX 4070 SUPER')).toBe(other);
    expect(pickComputeGpu([uhd, a770].reverse(), 'Intel Arc A770 Graphics')).toBe(a770);
  });

  it('ignores Microsoft and other adapters; null when none is left', () => {
    expect(pickComputeGpu([gpu('Microsoft Basic Render Driver', 'microsoft', 0, null)])).toBeNull();
    expect(pickComputeGpu([])).toBeNull();
  });
});

describe('hasOptimusPair', () => {
  it('is an integrated GPU beside an NVIDIA card only', () => {
    expect(hasOptimusPair([uhd, rtx4070])).toBe(true);
    expect(hasOptimusPair([apu, rtx4070])).toBe(true);
    expect(hasOptimusPair([rtx4070, a4000])).toBe(false);
    expect(hasOptimusPair([uhd, a770])).toBe(false);
  });
});
