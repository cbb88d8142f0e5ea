import { describe, expect, it } from 'vitest';
import { vendorDriverVersion } from '../../../../electron/host/gpu/driver-version.js';

describe('vendorDriverVersion', () => {
  it.each([
    ['nvidia', '32.0.15.6094', '560.94'],
    ['nvidia', '32.0.15.8180', '581.80'],
    ['nvidia', '31.0.15.3623', '536.23'],
    ['nvidia', '32.0.16.1714', '617.14'],
    // Microsoft's Basic Display driver on an NVIDIA card before the vendor driver is installed.
    ['nvidia', '10.0.22621.3672', null],
    ['intel', '32.0.101.6790', '32.0.101.6790'],
    ['intel', ' 31.0.101.4502 ', '31.0.101.4502'],
    ['intel', '10.0.26100.1', null],
    // Adrenalin's version cannot be derived from the Windows form (domain.md §4.2).
    ['amd', '31.0.24019.1006', null],
    ['microsoft', '10.0.26100.1', null],
    ['other', '31.0.96.0', null],
    [null, '32.0.15.6094', null],
    ['nvidia', '560.94', null],
    ['nvidia', 'unknown', null],
    ['nvidia', null, null],
  ] as const)('%s %j → %j', (vendor, windows, out) => {
    expect(vendorDriverVersion(vendor, windows)).toBe(out);
  });
});
