import { describe, expect, it } from 'vitest';
import { classifyWslError, hresultFromHex, lookupWslError, WSL_ERROR_CATALOG } from '../../../../electron/host/wsl/error-catalog.js';
import { extractWslError } from '../../../../electron/host/wsl/error-token.js';

/** Every code of domain.md §2.4 (both members of each pair) and the tokens of prior-art §0 fact 4. */
const REQUIRED: Array<[string, string]> = [
  ['0x80370102', 'HCS_E_HYPERV_NOT_INSTALLED'],
  ['0x80370114', 'HCS_E_SERVICE_NOT_AVAILABLE'],
  ['0x8004032d', 'WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED'],
  ['0x80040321', 'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED'],
  ['0x8007019e', 'ERROR_LINUX_SUBSYSTEM_NOT_PRESENT'],
  ['0x800701bc', 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED'],
  ['0x80040301', 'WSL_E_DEFAULT_DISTRO_NOT_FOUND'],
  ['0x80040302', 'WSL_E_DISTRO_NOT_FOUND'],
  ['0x800700b7', 'ERROR_ALREADY_EXISTS'],
  ['0x80040313', 'WSL_E_VM_MODE_INVALID_STATE'],
  ['0x80040306', 'WSL_E_CONSOLE'],
  ['0x8004030f', 'WSL_E_LOWER_INTEGRITY'],
  ['0x80040310', 'WSL_E_HIGHER_INTEGRITY'],
  ['0x80040327', 'WSL_E_OS_NOT_SUPPORTED'],
  ['0x80040329', 'WSL_E_INSTALL_COMPONENT_FAILED'],
  ['0x800704c7', 'ERROR_CANCELLED'],
  ['0x8004032e', 'WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED'],
  ['0x8004032f', 'WSL_E_DISK_CORRUPTED'],
  ['0x80040332', 'WSL_E_VM_CRASHED'],
  ['0x80070005', 'E_ACCESSDENIED'],
  ['0x80070003', 'ERROR_PATH_NOT_FOUND'],
  ['0xc03a001a', 'ERROR_VIRTUAL_DISK_LIMITATION'],
  ['0x80040154', 'REGDB_E_CLASSNOTREG'],
  ['0x8000ffff', 'E_UNEXPECTED'],
  ['0x80072ee7', 'WININET_E_NAME_NOT_RESOLVED'],
  ['0x80072efd', 'WININET_E_CANNOT_CONNECT'],
  ['0x80072ee2', 'WININET_E_TIMEOUT'],
  ['0x80190193', 'HTTP_E_STATUS_FORBIDDEN'],
  ['0x800706d9', 'EPT_S_NOT_REGISTERED'],
  ['0x80070422', 'ERROR_SERVICE_DISABLED'],
  ['0x80004004', 'E_ABORT'],
];

describe('WSL error catalog', () => {
  it.each(REQUIRED)('%s %s: same entry by symbol, hex, Wsl/ path and short Win32 form', (hex, symbol) => {
    const entry = lookupWslError(symbol);
    expect(entry?.hresult).toBe(hex);
    expect(lookupWslError(hex)).toBe(entry);
    expect(lookupWslError(`Wsl/${hex}`)).toBe(entry);
    expect(lookupWslError(`Wsl/Service/CreateInstance/${symbol}`)).toBe(entry);
    if (hex.startsWith('0x8007')) expect(lookupWslError(`0x${Number.parseInt(hex.slice(6), 16).toString(16)}`)).toBe(entry);
  });

  it('resolves the prior-art tokens', () => {
    expect(lookupWslError('Wsl/CallMsi/E_ABORT')?.category).toBe('update_in_progress');
    expect(lookupWslError('Wsl/WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED')?.needsReboot).toBe(true);
    expect(lookupWslError('Wsl/WSL_E_DEFAULT_DISTRO_NOT_FOUND')?.category).toBe('no_distribution');
  });

  it('has unique symbols and HRESULTs, well-formed fields, and en + ja texts', () => {
    expect(new Set(WSL_ERROR_CATALOG.map((e) => e.symbol)).size).toBe(WSL_ERROR_CATALOG.length);
    expect(new Set(WSL_ERROR_CATALOG.map((e) => e.hresult)).size).toBe(WSL_ERROR_CATALOG.length);
    for (const e of WSL_ERROR_CATALOG) {
      expect(e.hresult).toMatch(/^0x[0-9a-f]{8}$/);
      expect(e.failsCheck).toMatch(/^(preflight|wsl)\.[a-z]+$/);
      for (const t of [e.meaning, e.fix]) {
        expect(t.en.length).toBeGreaterThan(10);
        expect(t.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it('maps checks for the common failures', () => {
    expect(lookupWslError('HCS_E_HYPERV_NOT_INSTALLED')?.failsCheck).toBe('preflight.virtualization');
    expect(lookupWslError('0x80070422')?.failsCheck).toBe('preflight.services');
    expect(lookupWslError('0x1bc')?.failsCheck).toBe('wsl.version');
    expect(lookupWslError('nonsense')).toBeNull();
    expect(lookupWslError(null)).toBeNull();
  });

  it('hresultFromHex: 8 digits as printed, short Win32 codes wrapped', () => {
    expect(hresultFromHex('0x1bc')).toBe('0x800701bc');
    expect(hresultFromHex('0xD00002FE')).toBe('0xd00002fe');
    expect(hresultFromHex('0x12345')).toBe('0x00012345');
    expect(hresultFromHex('12')).toBeNull();
  });

  it('classifies network-setup failures by their context when the code is unknown', () => {
    expect(classifyWslError(extractWslError('Error code: Wsl/Service/CreateInstance/CreateVm/ConfigureNetworking/0x803b0017'))).toBe('networking');
    expect(classifyWslError(extractWslError('Error code: Wsl/Service/0xd00002fe'))).toBeNull();
  });
});
