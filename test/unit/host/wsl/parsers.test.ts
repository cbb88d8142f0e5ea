import { describe, expect, it } from 'vitest';
import { parseWslListQuiet, parseWslListVerbose } from '../../../../electron/host/wsl/parse-list.js';
import { parseWslListOnline } from '../../../../electron/host/wsl/parse-list-online.js';
import { parseWslStatus } from '../../../../electron/host/wsl/parse-status.js';
import { findInvalidOption, isUsageText } from '../../../../electron/host/wsl/parse-usage.js';
import { parseWslVersion } from '../../../../electron/host/wsl/parse-version.js';

describe('parseWslVersion kinds', () => {
  it('install prompt of the stub on a machine without WSL', () => {
    const text = 'Windows Subsystem for Linux is not installed. You can install by running \'wsl.exe --install\'.\nFor more information please visit https://aka.ms/wslinstall\nPress any key to install Windows Subsystem for Linux.\nPress CTRL-C or wait 60 seconds to cancel.\n';
    expect(parseWslVersion(text).kind).toBe('install-prompt');
  });

  it('error token without versions', () => {
    expect(parseWslVersion('Échec\nError code: Wsl/0x80080005\n')).toMatchObject({ kind: 'error', wsl: null });
  });

  it('unknown text gives nulls and an issue', () => {
    const v = parseWslVersion('hello\nworld');
    expect(v).toMatchObject({ kind: 'unknown', wsl: null, windows: null });
    expect(v.issues.length).toBeGreaterThan(0);
  });

  it('fullwidth and small colons, extra lines around, and an eighth line placed by product names', () => {
    const text = 'PS C:\\> wsl --version\nWSL 版本： 2.7.11.0\n内核版本﹕ 6.18.33.2-2\nWSLg 版本: 1.0.73.2\nMSRDC 版本: 1.2.7214\nDirect3D 版本: 1.611.1-81528511\nDXCore 版本: 10.0.26100.1-240331-1435.ge-release\nWindows 版本: 10.0.26100.4946\nFoo 版本: 1.2.3\nPS C:\\>';
    const v = parseWslVersion(text);
    expect([v.wsl, v.kernel, v.wslg, v.msrdc, v.direct3d, v.dxcore, v.windows]).toEqual(['2.7.11.0', '6.18.33.2-2', '1.0.73.2', '1.2.7214', '1.611.1-81528511', '10.0.26100.1-240331-1435.ge-release', '10.0.26100.4946']);
    expect(v.issues.join()).toMatch(/expected 7/);
  });
});

describe('usage text', () => {
  it('is recognised by option lines without any synopsis', () => {
    expect(isUsageText('Optionen:\n    -d, --distribution <Name>\n    -e, --exec <Befehlszeile>\n    --help\n')).toBe(true);
    expect(isUsageText('Default Version: 2')).toBe(false);
  });

  it('finds the rejected option', () => {
    expect(findInvalidOption('Opción de línea de comandos no válida: --version')).toBe('--version');
    expect(findInvalidOption('--list: unrecognized option: online')).toBe('--online');
    expect(findInvalidOption('PS C:\\> wsl --version')).toBeNull();
  });
});

describe('parseWslStatus', () => {
  it('reads the two label lines in Japanese with a fullwidth colon', () => {
    expect(parseWslStatus('既定のディストリビューション： Ubuntu\n既定のバージョン： 2\n')).toMatchObject({ defaultDistribution: 'Ubuntu', defaultVersion: 2, kernelVersion: null });
  });

  it('gives nulls and an issue for unrelated text', () => {
    const s = parseWslStatus('nothing to see');
    expect(s).toMatchObject({ defaultDistribution: null, defaultVersion: null, virtualizationDisabled: false });
    expect(s.issues).toContain('no status lines found');
  });
});

describe('parseWslListVerbose', () => {
  it('reads rows without a header, collapsed spacing and a missing marker', () => {
    expect(parseWslListVerbose('* Ubuntu Running 2\nDebian Stopped 1\n').distros).toEqual([
      { name: 'Ubuntu', state: 'Running', version: 2, isDefault: true },
      { name: 'Debian', state: 'Stopped', version: 1, isDefault: false },
    ]);
  });

  it('keeps mojibake names under a header, rejects prose rows without one', () => {
    expect(parseWslListVerbose('  NAME STATE VERSION\n* Ub�ntu Running 2\n').distros[0]?.name).toBe('Ub�ntu');
    expect(parseWslListVerbose('Default Version: 1\nPS > wsl 2').distros).toEqual([]);
  });

  it('without rows and without a no-distribution message, noDistributions stays false', () => {
    expect(parseWslListVerbose('Error code: Wsl/0x80070422')).toMatchObject({ distros: [], noDistributions: false });
  });
});

describe('parseWslListQuiet / parseWslListOnline', () => {
  it('skips prompts and messages in -l -q output', () => {
    const q = parseWslListQuiet('> wsl -l -q\nUbuntu\n\nkali-linux\n');
    expect(q.names).toEqual(['Ubuntu', 'kali-linux']);
    expect(q.issues).toHaveLength(1);
  });

  it('reads rows without a header by the two-space gap', () => {
    expect(parseWslListOnline('intro sentence here.\nUbuntu-24.04    Ubuntu 24.04 LTS\nOracleLinux_9_1  Oracle Linux 9.1\n').distros).toEqual([
      { name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS' },
      { name: 'OracleLinux_9_1', friendlyName: 'Oracle Linux 9.1' },
    ]);
  });
});
