import { describe, expect, it } from 'vitest';
import type { WindowsFacts } from '../../../../electron/contract/facts.js';
import { windowsFactsFrom, windowsInventoryFrom } from '../../../../electron/engine/facts/windows-facts.js';
import type { Capture } from '../../../../electron/engine/model.js';
import { emptyInventory, parseInventory } from '../../../../electron/host/powershell/parse-inventory.js';
import { inventoryFixture } from '../../host/powershell/load-fixtures.js';

const cases: [string, WindowsFacts][] = [
  ['win11-24h2-rtx4070', { version: '10.0.26100', build: 26100, ubr: 4946, edition: 'Professional', displayVersion: '24H2', arch: 'x64', memoryMiB: 32603, systemDriveFreeMiB: 393216, elevated: false, isAdmin: true, pendingReboot: false }],
  ['virt-off-firmware', { version: '10.0.19045', build: 19045, ubr: 5011, edition: 'Core', displayVersion: '22H2', arch: 'x64', memoryMiB: 8033, systemDriveFreeMiB: 20480, elevated: false, isAdmin: false, pendingReboot: false }],
  ['ja-windows-basic-display', { version: '10.0.22631', build: 22631, ubr: 4317, edition: 'Core', displayVersion: '23H2', arch: 'x64', memoryMiB: 32684, systemDriveFreeMiB: 102400, elevated: false, isAdmin: true, pendingReboot: false }],
  ['pending-reboot', { version: '10.0.22631', build: 22631, ubr: 4460, edition: 'Professional', displayVersion: '23H2', arch: 'x64', memoryMiB: 16219, systemDriveFreeMiB: 92160, elevated: true, isAdmin: true, pendingReboot: true }],
  ['arm64-snapdragon', { version: '10.0.26100', build: 26100, ubr: 2894, edition: 'Core', displayVersion: '24H2', arch: 'arm64', memoryMiB: 32223, systemDriveFreeMiB: 614400, elevated: false, isAdmin: true, pendingReboot: false }],
  ['amd-radeon', { version: '10.0.22631', build: 22631, ubr: 4602, edition: 'Professional', displayVersion: '23H2', arch: 'x64', memoryMiB: 65278, systemDriveFreeMiB: 1228800, elevated: false, isAdmin: true, pendingReboot: false }],
  ['intel-arc', { version: '10.0.26100', build: 26100, ubr: 3194, edition: 'Professional', displayVersion: '24H2', arch: 'x64', memoryMiB: 32532, systemDriveFreeMiB: 51200, elevated: false, isAdmin: true, pendingReboot: false }],
  ['ps51-quirks', { version: '10.0.19045', build: 19045, ubr: 4894, edition: 'Professional', displayVersion: '22H2', arch: 'x64', memoryMiB: 16309, systemDriveFreeMiB: 81920, elevated: false, isAdmin: true, pendingReboot: true }],
  // Features unreadable: the "VMP enabled, services missing" signal is unknown, so no verdict.
  ['section-errors', { version: '10.0.26100', build: 26100, ubr: 3194, edition: 'Professional', displayVersion: '24H2', arch: 'x64', memoryMiB: 32532, systemDriveFreeMiB: 51200, elevated: false, isAdmin: true, pendingReboot: null }],
];

describe('windowsFactsFrom', () => {
  it.each(cases)('%s', (name, expected) => {
    expect(windowsFactsFrom(inventoryFixture(name))).toEqual(expected);
  });

  it.each([
    [0, 'x86'],
    [9, 'x64'],
    [12, 'arm64'],
    [5, null],
    [6, null],
  ] as const)('Architecture %d → %j', (architecture, arch) => {
    expect(windowsFactsFrom(parseInventory(JSON.stringify({ cpu: { Architecture: architecture } }))).arch).toBe(arch);
  });

  it('falls back to ReleaseId before 20H2 and leaves unknowns null', () => {
    const facts = windowsFactsFrom(parseInventory(JSON.stringify({ os: { BuildNumber: '19041', ReleaseId: '2004' } })));
    expect(facts).toMatchObject({ build: 19041, displayVersion: '2004', ubr: null, arch: null, memoryMiB: null, elevated: null, isAdmin: null, pendingReboot: null });
  });

  it('isAdmin: false only when every admin signal reads false', () => {
    const id = (o: object) => windowsFactsFrom(parseInventory(JSON.stringify({ identity: o }))).isAdmin;
    expect(id({ Elevated: false, AdminGroup: false, AdminDenyOnly: false })).toBe(false);
    expect(id({ Elevated: false, AdminGroup: false, AdminDenyOnly: true })).toBe(true);
    expect(id({ Elevated: true, AdminGroup: true })).toBe(true);
    expect(id({ Elevated: false, AdminGroup: false })).toBeNull();
  });

  it('gives an all-null fact set for an empty inventory', () => {
    expect(Object.values(windowsFactsFrom(emptyInventory())).every((v) => v === null)).toBe(true);
  });
});

describe('windowsInventoryFrom', () => {
  const capture = (over: Partial<Capture>): Capture => ({
    probe: 'windows.inventory',
    argv: ['powershell.exe'],
    exitCode: 0,
    stdout: Buffer.from('{"os":{"BuildNumber":"26100"}}\r\n'),
    stderr: Buffer.alloc(0),
    encoding: 'utf-8',
    durationMs: 900,
    launchError: null,
    ...over,
  });

  it('is null when the probe was not captured', () => {
    expect(windowsInventoryFrom(new Map())).toBeNull();
  });

  it('parses the captured stdout', () => {
    expect(windowsInventoryFrom(new Map([['windows.inventory', capture({})]]))?.os?.build).toBe(26100);
  });

  it('reports a PowerShell that could not start as not-run', () => {
    const inv = windowsInventoryFrom(new Map([['windows.inventory', capture({ exitCode: null, stdout: Buffer.alloc(0), launchError: 'spawn powershell.exe ENOENT' })]]));
    expect(inv?.issues).toEqual([{ section: null, code: 'not-run', hresult: null, message: 'spawn powershell.exe ENOENT' }]);
    expect(inv?.os).toBeNull();
  });
});
