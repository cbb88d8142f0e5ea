import { describe, expect, it } from 'vitest';
import { compareDriverVersions, driverVersionParts, isDriverAtLeast, nvidiaDriverFromWindows } from '../../../../electron/host/nvidia-smi/driver-version.js';

describe('nvidiaDriverFromWindows', () => {
  it.each([
    ['32.0.15.6094', '560.94'],
    ['31.0.15.3623', '536.23'],
    ['32.0.15.8180', '581.80'],
    ['32.0.16.1714', '617.14'],
    ['31.0.15.5186', '551.86'],
    ['30.0.14.7141', '471.41'],
    ['27.21.14.5671', '456.71'],
    [' 32.0.15.6094 ', '560.94'],
    // A short last group is a number, not four digits: 15 and 123 → 501.23.
    ['31.0.15.123', '501.23'],
    ['31.0.15.0123', '501.23'],
  ])('%s → %s', (win, nv) => {
    expect(nvidiaDriverFromWindows(win)).toBe(nv);
  });

  it.each([['32.0.15'], ['32.0.15.60945'], ['a.b.c.d'], [''], ['32.0.9.1234'], ['32.0.20.0005'], ['32.0.15.6094.1']])('rejects %j', (win) => {
    expect(nvidiaDriverFromWindows(win)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(nvidiaDriverFromWindows(null)).toBeNull();
    expect(nvidiaDriverFromWindows(undefined)).toBeNull();
  });
});

describe('compareDriverVersions', () => {
  it('compares numerically, part by part', () => {
    expect(compareDriverVersions('528.33', '528.33')).toBe(0);
    expect(compareDriverVersions('528.24', '528.33')).toBe(-1);
    expect(compareDriverVersions('581.80', '528.33')).toBe(1);
    expect(compareDriverVersions('560.35.02', '560.35.2')).toBe(0);
    expect(compareDriverVersions('560.35.03', '560.35.02')).toBe(1);
    expect(compareDriverVersions('560', '560.0.0')).toBe(0);
    // Not lexicographic: 1000 > 999.
    expect(compareDriverVersions('1000.1', '999.99')).toBe(1);
  });

  it('returns null for malformed input', () => {
    expect(compareDriverVersions('ERR!', '528.33')).toBeNull();
    expect(compareDriverVersions('528.33', null)).toBeNull();
    expect(compareDriverVersions('5.2.8.3.3', '1')).toBeNull();
    expect(driverVersionParts('560.35.02')).toEqual([560, 35, 2]);
  });

  it('answers minimum-driver questions', () => {
    expect(isDriverAtLeast('546.33', '528.33')).toBe(true);
    expect(isDriverAtLeast('516.94', '528.33')).toBe(false);
    expect(isDriverAtLeast('x', '528.33')).toBeNull();
  });
});
