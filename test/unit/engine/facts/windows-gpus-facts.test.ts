import { describe, expect, it } from 'vitest';
import type { WindowsGpu } from '../../../../electron/contract/facts.js';
import { displayClassEntryFor, gpuMemoryBytes, gpusFactsFrom } from '../../../../electron/engine/facts/gpus-facts.js';
import { parseInventory } from '../../../../electron/host/powershell/parse-inventory.js';
import { inventoryFixture } from '../../host/powershell/load-fixtures.js';

const cases: [string, WindowsGpu[] | null][] = [
  [
    'win11-24h2-rtx4070',
    [
      // 12 GiB from qwMemorySize although AdapterRAM reads the 4 GiB cap.
      { name: 'NVIDIA GeForce RTX 4070', vendor: 'nvidia', driverVersion: '581.80', windowsDriverVersion: '32.0.15.8180', memoryMiB: 12288, driverVersionFrom: 'windows-version', pciDeviceId: '2786', kind: 'discrete' },
      { name: 'Intel(R) UHD Graphics 770', vendor: 'intel', driverVersion: '31.0.101.4502', windowsDriverVersion: '31.0.101.4502', memoryMiB: 128, driverVersionFrom: 'windows-version', pciDeviceId: 'A780', kind: 'integrated' },
    ],
  ],
  ['virt-off-firmware', [{ name: 'Intel(R) UHD Graphics 620', vendor: 'intel', driverVersion: '31.0.101.2115', windowsDriverVersion: '31.0.101.2115', memoryMiB: 1024, driverVersionFrom: 'windows-version', pciDeviceId: '5917', kind: 'integrated' }]],
  ['ja-windows-basic-display', [{ name: 'Microsoft 基本ディスプレイ アダプター', vendor: 'nvidia', driverVersion: null, windowsDriverVersion: '10.0.22621.3672', memoryMiB: null, driverVersionFrom: null, pciDeviceId: '2504', kind: 'discrete' }]],
  [
    'pending-reboot',
    [
      { name: 'Intel(R) Iris(R) Xe Graphics', vendor: 'intel', driverVersion: '32.0.101.6129', windowsDriverVersion: '32.0.101.6129', memoryMiB: 128, driverVersionFrom: 'windows-version', pciDeviceId: '46A6', kind: 'integrated' },
      { name: 'NVIDIA GeForce RTX 3070 Ti Laptop GPU', vendor: 'nvidia', driverVersion: '560.94', windowsDriverVersion: '32.0.15.6094', memoryMiB: 8192, driverVersionFrom: 'windows-version', pciDeviceId: '24A0', kind: 'discrete' },
    ],
  ],
  ['arm64-snapdragon', [{ name: 'Qualcomm(R) Adreno(TM) X1-85 GPU', vendor: 'other', driverVersion: null, windowsDriverVersion: '31.0.96.0', memoryMiB: 512, driverVersionFrom: null, pciDeviceId: '0C36', kind: null }]],
  [
    'amd-radeon',
    [
      { name: 'AMD Radeon(TM) Graphics', vendor: 'amd', driverVersion: null, windowsDriverVersion: '31.0.24019.1006', memoryMiB: 512, driverVersionFrom: null, pciDeviceId: '164E', kind: 'integrated' },
      { name: 'AMD Radeon RX 7900 XTX', vendor: 'amd', driverVersion: null, windowsDriverVersion: '31.0.24019.1006', memoryMiB: 24576, driverVersionFrom: null, pciDeviceId: '744C', kind: 'discrete' },
    ],
  ],
  [
    'intel-arc',
    [
      { name: 'Intel(R) Arc(TM) A770 Graphics', vendor: 'intel', driverVersion: '32.0.101.6790', windowsDriverVersion: '32.0.101.6790', memoryMiB: 16384, driverVersionFrom: 'windows-version', pciDeviceId: '56A0', kind: 'discrete' },
      { name: 'Intel(R) UHD Graphics 770', vendor: 'intel', driverVersion: '32.0.101.6790', windowsDriverVersion: '32.0.101.6790', memoryMiB: 128, driverVersionFrom: 'windows-version', pciDeviceId: '4680', kind: 'integrated' },
    ],
  ],
  ['ps51-quirks', [{ name: 'NVIDIA GeForce RTX 2080 SUPER', vendor: 'nvidia', driverVersion: '536.23', windowsDriverVersion: '31.0.15.3623', memoryMiB: 8192, driverVersionFrom: 'windows-version', pciDeviceId: '1E81', kind: 'discrete' }]],
  ['section-errors', null],
];

describe('gpusFactsFrom', () => {
  it.each(cases)('%s', (name, expected) => {
    expect(gpusFactsFrom(inventoryFixture(name))).toEqual(expected);
  });

  it('is an empty list when the machine reports no adapter', () => {
    expect(gpusFactsFrom(parseInventory('{"gpus":{"Controllers":[],"DisplayClass":[]}}'))).toEqual([]);
  });
});

describe('joining controllers with the display-class registry', () => {
  const gpus = (json: object) => parseInventory(JSON.stringify({ gpus: json })).gpus!;

  it('uses the Enum Driver value first, then MatchingDeviceId tokens in any order, most specific first', () => {
    const g = gpus({
      Controllers: [
        { PNPDeviceID: 'PCI\\VEN_1002&DEV_744C&SUBSYS_0E3A1002&REV_C8\\6&1A&0&19', DriverKey: '{4D36E968-E325-11CE-BFC1-08002BE10318}\\0002' },
        { PNPDeviceID: 'PCI\\VEN_1002&DEV_744C&SUBSYS_0E3A1002&REV_C8\\6&1A&0&19' },
        { PNPDeviceID: 'PCI\\VEN_1002&DEV_744C&SUBSYS_0E3A1002&REV_C8\\6&1A&0&19', DriverKey: '{00000000-0000-0000-0000-000000000000}\\0000' },
        { PNPDeviceID: 'PCI\\VEN_10DE&DEV_2786\\4&1' },
      ],
      DisplayClass: [
        { Key: '0000', MatchingDeviceId: 'PCI\\VEN_1002&DEV_744C' },
        { Key: '0001', MatchingDeviceId: 'PCI\\VEN_1002&DEV_744C&REV_C8' },
        { Key: '0002', MatchingDeviceId: 'PCI\\VEN_1002&DEV_73BF' },
        { Key: '0003', MatchingDeviceId: 'ACPI\\VEN_1002&DEV_744C' },
      ],
    });
    expect(g.controllers.map((c) => displayClassEntryFor(c, g.displayClass)?.key ?? null)).toEqual(['0002', '0001', '0001', null]);
  });

  it('takes qwMemorySize, then MemorySize, then AdapterRAM', () => {
    const g = gpus({
      Controllers: [{ AdapterRAM: 4293918720 }],
      DisplayClass: [{ QwMemorySize: 25769803776, MemorySize: [0, 0, 240, 255] }, { MemorySize: [0, 0, 0, 32] }, { QwMemorySize: 0 }],
    });
    const c = g.controllers[0]!;
    expect(gpuMemoryBytes(c, g.displayClass[0]!)).toEqual({ bytes: 25769803776, source: 'qwMemorySize' });
    expect(gpuMemoryBytes(c, g.displayClass[1]!)).toEqual({ bytes: 536870912, source: 'memorySize' });
    expect(gpuMemoryBytes(c, g.displayClass[2]!)).toEqual({ bytes: 4293918720, source: 'adapterRam' });
    expect(gpuMemoryBytes({ ...c, adapterRam: 0 }, null)).toBeNull();
  });
});

describe('AMD Adrenalin release', () => {
  const inv = (gpus: object) => parseInventory(JSON.stringify({ gpus }));
  const controller = { Name: 'AMD Radeon RX 7900 XTX', AdapterCompatibility: 'Advanced Micro Devices, Inc.', DriverVersion: '32.0.31035.1003', PNPDeviceID: 'PCI\\VEN_1002&DEV_744C&SUBSYS_0E3A1002&REV_C8\\6&1A2B3C4D&0&00000019', DriverKey: '{4d36e968-e325-11ce-bfc1-08002be10318}\\0000' };
  const entry = { Key: '0000', DriverDesc: 'AMD Radeon RX 7900 XTX', MatchingDeviceId: 'PCI\\VEN_1002&DEV_744C&REV_C8', DriverVersion: '32.0.31035.1003' };

  it('reads the release from the adapter\'s own registry entry and keeps the Windows version beside it', () => {
    const [g] = gpusFactsFrom(inv({ Controllers: [controller], DisplayClass: [{ ...entry, RadeonSoftwareVersion: '26.7.1' }], AmdRadeonSoftwareVersion: '25.1.1' })) ?? [];
    expect(g).toMatchObject({ vendor: 'amd', driverVersion: '26.7.1', driverVersionFrom: 'adapter-registry', windowsDriverVersion: '32.0.31035.1003' });
  });

  it('falls back to AMD\'s machine-wide key, and takes nothing that is not a release number', () => {
    const [g] = gpusFactsFrom(inv({ Controllers: [controller], DisplayClass: [entry], AmdRadeonSoftwareVersion: '26.7.1' })) ?? [];
    expect(g).toMatchObject({ driverVersion: '26.7.1', driverVersionFrom: 'machine-registry' });
    const [bad] = gpusFactsFrom(inv({ Controllers: [controller], DisplayClass: [{ ...entry, RadeonSoftwareVersion: 'Adrenalin Edition' }] })) ?? [];
    expect(bad).toMatchObject({ driverVersion: null, driverVersionFrom: null });
  });
});
