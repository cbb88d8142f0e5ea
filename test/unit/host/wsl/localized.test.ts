/**
 * Localized shapes built from the current wsl.exe resource strings of all 22 languages
 * (fixture localized/wsl-localized-strings.json): every parser must read them without
 * knowing any of the words. The built outputs are reconstructed, not captured.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { extractWslError } from '../../../../electron/host/wsl/error-token.js';
import { parseWslList, parseWslListVerbose } from '../../../../electron/host/wsl/parse-list.js';
import { parseWslListOnline } from '../../../../electron/host/wsl/parse-list-online.js';
import { parseWslStatus } from '../../../../electron/host/wsl/parse-status.js';
import { parseWslVersion } from '../../../../electron/host/wsl/parse-version.js';
import { FIXTURE_DIR } from './fixture-support.js';
import { atLeast } from '../../../fixture-selection.js';

type Strings = Record<string, string>;
const data = JSON.parse(readFileSync(`${FIXTURE_DIR}localized/wsl-localized-strings.json`, 'utf8')) as { locales: Record<string, Strings> };
// WSL ships its messages in 22 languages; fewer here means the data file lost some.
const locales = atLeast(22, Object.entries(data.locales), 'locales in wsl-localized-strings.json');

function fill(template: string, ...values: string[]): string {
  let out = template;
  for (const v of values) out = out.replace('{}', v);
  return out;
}

/** What wsl.exe writes on a pipe: CRLF line ends, UTF-16LE without BOM. */
function asPipe(text: string): string {
  return decodeToolOutput(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le'), 'auto');
}

const VERSIONS = ['2.7.11.0', '6.18.33.2-2', '1.0.73.2', '1.2.7214', '1.611.1-81528511', '10.0.26100.1-240331-1435.ge-release', '10.0.26100.4946'];

describe.each(locales)('%s', (_code, s) => {
  it('wsl --version', () => {
    const text = asPipe(`PS C:\\> wsl --version\n${fill(s['MessagePackageVersions'] as string, ...VERSIONS)}\n`);
    const v = parseWslVersion(text);
    expect([v.kind, v.wsl, v.kernel, v.wslg, v.msrdc, v.direct3d, v.dxcore, v.windows]).toEqual(['versions', ...VERSIONS]);
    expect(v.issues).toEqual([]);
  });

  it('wsl --status, with the virtualization note', () => {
    const text = asPipe(`${fill(s['MessageStatusDefaultDistro'] as string, 'Ubuntu-24.04')}\n${fill(s['MessageStatusDefaultVersion'] as string, '2')}\n\n${s['MessageEnableVirtualization']}\n`);
    expect(parseWslStatus(text)).toMatchObject({ defaultDistribution: 'Ubuntu-24.04', defaultVersion: 2, virtualizationDisabled: true });
  });

  it('error code line with its localized label', () => {
    const text = asPipe(fill(s['MessageErrorCode'] as string, s['MessageEnableVirtualization'] as string, 'Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED'));
    expect(extractWslError(text, -1)).toEqual({
      code: 'Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED',
      hresult: '0x80370102',
      symbol: 'HCS_E_HYPERV_NOT_INSTALLED',
      contexts: ['Service', 'CreateInstance', 'CreateVm', 'HCS'],
    });
    const bare = asPipe(fill(s['MessageErrorCode'] as string, 'x', 'HCS_E_SERVICE_NOT_AVAILABLE'));
    expect(extractWslError(bare)?.hresult).toBe('0x80370114');
  });

  it('wsl -l -v with no distributions, with and without the error code line', () => {
    const message = s['MessageNoDefaultDistro'] as string;
    expect(parseWslListVerbose(asPipe(message))).toMatchObject({ distros: [], noDistributions: true });
    const coded = asPipe(fill(s['MessageErrorCode'] as string, message, 'Wsl/WSL_E_DEFAULT_DISTRO_NOT_FOUND'));
    expect(parseWslListVerbose(coded)).toMatchObject({ distros: [], noDistributions: true });
  });

  it('plain wsl --list with the localized header and default marker', () => {
    const text = asPipe(`${s['MessageRegisteredDistrosHeader']}\n${fill(s['MessagePrintDistroDefault'] as string, 'Ubuntu-24.04')}\nDebian\n`);
    expect(parseWslList(text).distros).toEqual([
      { name: 'Ubuntu-24.04', isDefault: true },
      { name: 'Debian', isDefault: false },
    ]);
  });

  it('wsl -l -o with the localized intro', () => {
    const intro = fill(s['MessageDistributionListOnline'] as string, '--install');
    const text = asPipe(`${intro}\nNAME                            FRIENDLY NAME\nUbuntu                          Ubuntu\nUbuntu-24.04                    Ubuntu 24.04 LTS\n`);
    expect(parseWslListOnline(text).distros).toEqual([
      { name: 'Ubuntu', friendlyName: 'Ubuntu' },
      { name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS' },
    ]);
  });
});
