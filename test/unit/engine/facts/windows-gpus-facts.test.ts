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
      { name: 'NVIDIA GeForce RTX 4070', vendor: 'nvidia', driverVersion: '581.80', windowsDriverVersion: '32.0.15.8180', memoryMiB: 12288 },
      { name: 'Intel(R) UHD Graphics 770', vendor: 'intel', driverVersion: '31.0.101.4502', windowsDriverVersion: '31.0.101.4502', memoryMiB: 128 },
    ],
  ],
  ['virt-off-firmware', [{ name: 'Intel(R) UHD Graphics 620', vendor: 'intel', driverVersion: '31.0.101.2115', windowsDriverVersion: '31.0.101.2115', memoryMiB: 1024 }]],
  ['ja-windows-basic-display', [{ name: 'Microsoft 基本ディスプレイ アダプター', vendor: 'nvidia', driverVersion: null, windowsDriverVersion: '10.0.22621.3672', memoryMiB: null }]],
  [
    'pending-reboot',
    [
      { name: 'Intel(R) Iris(R) Xe Graphics', vendor: 'intel', driverVersion: '32.0.101.6129', windowsDriverVersion: '32.0.101.6129', memoryMiB: 128 },
      { name: 'NVIDIA GeForce RTX 3070 Ti Laptop GPU', vendor: 'nvidia', driverVersion: '560.94', windowsDriverVersion: '32.0.15.6094', memoryMiB: 8192 },
    ],
  ],
  ['arm64-snapdragon', [{ name: 'Qualcomm(R) Adreno(TM) X1-85 GPU', vendor: 'other', driverVersion: null, windowsDriverVersion: '31.0.96.0', memoryMiB: 512 }]],
  [
    'amd-radeon',
    [
      { name: 'AMD Radeon(TM) Graphics', vendor: 'amd', driverVersion: null, windowsDriverVersion: '31.0.24019.1006', memoryMiB: 512 },
      { name: 'AMD Radeon RX 7900 XTX', vendor: 'amd', driverVersion: null, windowsDriverVersion: '31.0.24019.1006', memoryMiB: 24576 },
    ],
  ],
  [
    'intel-arc',
    [
      { name: 'Intel(R) Arc(TM) A770 Graphics', vendor: 'intel', driverVersion: '32.0.101.6790', windowsDriverVersion: '32.0.101.6790', memoryMiB: 16384 },
      { name: 'Intel(R) UHD Graphics 770', vendor: 'intel', driverVersion: '32.0.101.6790', windowsDriverVersion: '32.0.101.6790', memoryMiB: 128 },
    ],
  ],
  ['ps51-quirks', [{ name: 'NVIDIA GeForce RTX 2080 SUPER', vendor: 'nvidia', driverVersion: '536.23', windowsDriverVersion: '31.0.15.3623', memoryMiB: 8192 }]],
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
