import { describe, expect, it } from 'vitest';
import type { WindowsGpu } from '../../../../../electron/contract/facts.js';
import { listedCard, rocmCardOf, xpuCardOf } from '../../../../../electron/engine/steps/stacks/vendor-cards.js';

const gpu = (name: string, vendor: WindowsGpu['vendor']): WindowsGpu => ({ name, vendor, driverVersion: null, windowsDriverVersion: null, memoryMiB: null });

describe('supported cards from assets/data/gpu-vendors.json', () => {
  it('matches whole card names: RX 7900 XT is not RX 7900 XTX, spacing and case ignored', () => {
    expect(listedCard('AMD Radeon RX 7900 XTX', ['RX 7900 XT', 'RX 7900 XTX'])).toBe('RX 7900 XTX');
    expect(listedCard('AMD Radeon RX 7900 XT', ['RX 7900 XTX'])).toBeNull();
    expect(listedCard('AMD Radeon RX7800XT', ['RX 7800 XT'])).toBe('RX 7800 XT');
  });

  it('rocmCardOf finds a librocdxg card and not RDNA2 or a generic APU name', () => {
    expect(rocmCardOf([gpu('AMD Radeon(TM) Graphics', 'amd'), gpu('AMD Radeon RX 9070 XT', 'amd')])).toBe('AMD Radeon RX 9070 XT');
    expect(rocmCardOf([gpu('AMD Radeon RX 6800 XT', 'amd')])).toBeNull();
    expect(rocmCardOf([gpu('AMD Radeon(TM) 8060S Graphics', 'amd')])).toBeNull();
  });

  it('xpuCardOf finds an Arc GPU; without the table nothing is recognised', () => {
    expect(xpuCardOf([gpu('Intel(R) UHD Graphics 770', 'intel'), gpu('Intel(R) Arc(TM) B580 Graphics', 'intel')])).toBe('Intel(R) Arc(TM) B580 Graphics');
    expect(xpuCardOf([gpu('Intel(R) Arc(TM) B580 Graphics', 'intel')], null)).toBeNull();
    expect(rocmCardOf([gpu('AMD Radeon RX 7900 XTX', 'amd')], null)).toBeNull();
  });
});
