import { describe, expect, it } from 'vitest';
import { INVENTORY_LIMITS, videoControllerListSchema } from '../../../../electron/host/powershell/inventory-schemas.js';
import { extractJsonObject, MAX_JSON_CHARS } from '../../../../electron/host/powershell/json-text.js';
import { INVENTORY_SECTIONS, parseInventory } from '../../../../electron/host/powershell/parse-inventory.js';
import { gpuVendor } from '../../../../electron/host/gpu/pci-vendors.js';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { inventoryFixture, loadPowerShellFixtures } from './load-fixtures.js';
import { atLeastOne } from '../../../fixture-selection.js';

const real = [...loadPowerShellFixtures('cim-operating-system'), ...loadPowerShellFixtures('cim-video-controller')];
const constructed = loadPowerShellFixtures('inventory');

describe('fixture metadata', () => {
  it.each([...real, ...constructed].map((f) => [f.fixturePath, f] as const))('%s has complete meta', (_, f) => {
    expect(f.meta).toMatchObject({ tool: 'powershell.exe', encoding: 'utf-8' });
    expect(f.meta.source.length).toBeGreaterThan(10);
    expect(f.meta.notes.length).toBeGreaterThan(20);
    expect(typeof f.meta.reconstructed).toBe('boolean');
  });

  it('keeps the real samples unreconstructed and marks every constructed inventory', () => {
    for (const f of real) expect(f.meta.reconstructed).toBe(false);
    for (const f of constructed) expect(f.meta.reconstructed).toBe(true);
  });
});

describe('parseInventory on the real CIM samples (why the script prints JSON, not list output)', () => {
  const text = (name: string): string => decodeToolOutput(real.find((f) => f.fixturePath.endsWith(name))!.bytes, 'utf-8');

  it('the ja list-format Win32_OperatingSystem gives nulls and one no-json issue, not a throw', () => {
    const inv = parseInventory(text('cim-operating-system/01.txt'));
    for (const s of INVENTORY_SECTIONS) expect(inv[s]).toBeNull();
    expect(inv.issues).toHaveLength(1);
    expect(inv.issues[0]).toMatchObject({ section: null, code: 'no-json' });
    expect(inv.issues[0]?.message).toContain('BuildNumber');
  });

  it('the table-format Win32_VideoController is not JSON either', () => {
    const inv = parseInventory(text('cim-video-controller/02.txt'));
    expect(inv.gpus).toBeNull();
    expect(inv.issues.map((i) => i.code)).toEqual(['no-json']);
  });

  it('the 5.1 ConvertTo-Json sample after a prompt line is found, and its single object reads as a one-adapter list', () => {
    const json = extractJsonObject(text('cim-video-controller/01.txt'));
    expect(json.ok).toBe(true);
    const adapters = videoControllerListSchema.parse(json.ok ? json.value : null);
    expect(adapters).toHaveLength(1);
    expect(adapters[0]).toMatchObject({ name: 'Intel(R) Iris(R) Xe Graphics', adapterCompatibility: 'Intel Corporation', pnpDeviceId: null });
    // No PNPDeviceID in that query: the compatibility text is the last resort.
    expect(gpuVendor(adapters[0]?.pnpDeviceId, adapters[0]?.adapterCompatibility)).toBe('intel');
    // As a whole inventory it has none of the sections.
    const inv = parseInventory(text('cim-video-controller/01.txt'));
    expect(inv.issues.map((i) => i.code)).toEqual(INVENTORY_SECTIONS.map(() => 'missing'));
  });
});

describe('parseInventory on constructed inventories', () => {
  it.each(atLeastOne(constructed.filter((f) => f.name !== 'section-errors'), 'inventories without section errors').map((f) => [f.name]))('%s parses every section without issues', (name) => {
    const inv = inventoryFixture(name);
    expect(inv.issues).toEqual([]);
    for (const s of INVENTORY_SECTIONS) expect(inv[s]).not.toBeNull();
  });

  it('reads the 5.1 quirks: BOM, leading and trailing host text, strings for numbers, unrolled lists, {value,Count}, /Date()/', () => {
    const inv = inventoryFixture('ps51-quirks');
    expect(inv.os).toMatchObject({ build: 19045, ubr: 4894, productType: 1, displayVersion: '22H2' });
    expect(inv.cpu).toMatchObject({ architecture: 9, virtualizationFirmwareEnabled: true, slat: true });
    expect(inv.computer).toMatchObject({ hypervisorPresent: false, totalPhysicalMemory: 17101975552 });
    expect(inv.features).toEqual([{ name: 'VirtualMachinePlatform', installState: 1 }]);
    expect(inv.services?.map((s) => s.name)).toEqual(['HNS', 'vmcompute']);
    expect(inv.lxss?.distros).toEqual([
      { id: '{5e8c9a0b-1d2e-4f3a-8b7c-6d5e4f3a2b1c}', name: 'Debian', version: 2, basePath: expect.stringContaining('TheDebianProject') as string, state: 1 },
    ]);
    expect(inv.gpus?.controllers[0]).toMatchObject({ driverDate: '2023-06-01', adapterRam: 4293918720, pnpDeviceId: 'PCI\\VEN_10DE&DEV_1E81&SUBSYS_30623842&REV_A1\\4&2C8F7A1B&0&0008' });
    expect(inv.gpus?.displayClass[0]).toMatchObject({ qwMemorySize: 8589934592, memorySize: 0 });
    expect(inv.pendingReboot?.windowsUpdateRebootRequired).toBe(true);
  });

  it('keeps Japanese text intact (UTF-8)', () => {
    const inv = inventoryFixture('ja-windows-basic-display');
    expect(inv.identity?.name).toBe('DESKTOP-JP01\\山田太郎');
    expect(inv.gpus?.controllers[0]?.name).toBe('Microsoft 基本ディスプレイ アダプター');
    expect(inv.wslconfig?.content).toContain('# メモリは 16GB まで\r\nmemory=16GB');
  });

  it('turns a section the script caught into null plus an issue with the HResult, and keeps the rest', () => {
    const inv = inventoryFixture('section-errors');
    expect(inv.features).toBeNull();
    expect(inv.gpus).toBeNull();
    expect(inv.os?.build).toBe(26100);
    expect(inv.issues).toEqual([
      { section: 'features', code: 'section-error', hresult: '0x80041003', message: 'Access denied ' },
      { section: 'gpus', code: 'section-error', hresult: '0x8004100e', message: 'Invalid class ' },
    ]);
  });
});

describe('parseInventory on damaged output', () => {
  it.each([
    ['', 'no-json'],
    ['Get-CimInstance : Access denied\r\n', 'no-json'],
    ['{"os": {"Caption": "cut off', 'invalid-json'],
    ['[1,2,3]', 'not-object'],
    ['42', 'not-object'],
  ])('%j → %s', (text, code) => {
    const inv = parseInventory(text);
    expect(inv.issues).toEqual([expect.objectContaining({ section: null, code })]);
    for (const s of INVENTORY_SECTIONS) expect(inv[s]).toBeNull();
  });

  it('marks a section of the wrong shape invalid and reads fields of the wrong type as null', () => {
    const inv = parseInventory(JSON.stringify({ os: 'Windows', cpu: { Architecture: 'ARM64', Name: 7 }, features: [1, { Name: 'VirtualMachinePlatform', InstallState: 1 }] }));
    expect(inv.os).toBeNull();
    expect(inv.issues.find((i) => i.section === 'os')).toMatchObject({ code: 'invalid', message: '"Windows"' });
    expect(inv.cpu).toEqual({ architecture: null, name: '7', virtualizationFirmwareEnabled: null, slat: null, vmMonitorModeExtensions: null });
    expect(inv.features).toEqual([{ name: 'VirtualMachinePlatform', installState: 1 }]);
    expect(inv.issues.find((i) => i.section === 'computer')).toMatchObject({ code: 'missing' });
  });

  it('bounds lists, the .wslconfig text and the input size', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ Name: `svc${i}`, State: 'Running', StartMode: 'Manual' }));
    const inv = parseInventory(JSON.stringify({ services: many, wslconfig: { Exists: true, Content: 'x'.repeat(200_000), Truncated: true } }));
    expect(inv.services).toHaveLength(INVENTORY_LIMITS.services);
    expect(inv.wslconfig?.content).toHaveLength(INVENTORY_LIMITS.wslconfigChars);
    const huge = parseInventory(`{"os":{"Caption":"${'a'.repeat(MAX_JSON_CHARS)}"}}`);
    expect(huge.issues).toEqual([expect.objectContaining({ code: 'too-large' })]);
  });

  it('skips a JSON-looking line of host text and finds the object after it', () => {
    const inv = parseInventory('{ not json at all\r\n{"os":{"BuildNumber":"22631"}}\r\nPS C:\\> ');
    expect(inv.os?.build).toBe(22631);
  });
});
