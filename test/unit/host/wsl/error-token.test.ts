import { describe, expect, it } from 'vitest';
import { extractWslError } from '../../../../electron/host/wsl/error-token.js';

describe('extractWslError', () => {
  it.each([
    ['Error code: Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED', 'Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED', '0x80370102', 'HCS_E_HYPERV_NOT_INSTALLED'],
    ['エラー コード: Wsl/0x80070422', 'Wsl/0x80070422', '0x80070422', null],
    ['Code d’erreur\u00a0: Wsl/Service/0xd00002fe', 'Wsl/Service/0xd00002fe', '0xd00002fe', null],
    ['错误代码: Wsl/CallMsi/E_ABORT', 'Wsl/CallMsi/E_ABORT', '0x80004004', 'E_ABORT'],
    ['Fehlercode: HCS_E_HYPERV_NOT_INSTALLED', 'HCS_E_HYPERV_NOT_INSTALLED', '0x80370102', 'HCS_E_HYPERV_NOT_INSTALLED'],
    ['Error: 0x1bc', '0x1bc', '0x800701bc', null],
    ['WslRegisterDistribution failed with error: 0x80370102', '0x80370102', '0x80370102', null],
    ['Wsl/WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED happened', 'Wsl/WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED', '0x80040321', 'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED'],
    ['blah 0x80370102 blah', '0x80370102', '0x80370102', null],
    ['错误代码： Wsl/Service/RegisterDistro/ParseConfig/E_ACCESSDENIED', 'Wsl/Service/RegisterDistro/ParseConfig/E_ACCESSDENIED', '0x80070005', 'E_ACCESSDENIED'],
  ])('%s', (text, code, hresult, symbol) => {
    expect(extractWslError(text)).toMatchObject({ code, hresult, symbol });
  });

  it('takes the last token when several are printed', () => {
    expect(extractWslError('Error code: Wsl/0x80070005\nError code: Wsl/0x80070422')?.code).toBe('Wsl/0x80070422');
  });

  it('uses the exit code only when no token is printed', () => {
    expect(extractWslError('something failed', -1)).toEqual({ code: null, hresult: null, symbol: null, contexts: [] });
    expect(extractWslError('something failed', 4294967295)).toEqual({ code: null, hresult: null, symbol: null, contexts: [] });
    expect(extractWslError('something failed', 0x8007019e | 0)).toMatchObject({ code: null, hresult: '0x8007019e' });
    expect(extractWslError('all good', 0)).toBeNull();
    expect(extractWslError('all good')).toBeNull();
  });

  it('ignores -1 printed as hex and lower-case paths', () => {
    expect(extractWslError('[process exited with code 4294967295 (0xffffffff)]')).toBeNull();
    expect(extractWslError('mounted at /mnt/wsl/data and https://aka.ms/wsl2kernel')).toBeNull();
  });
});
