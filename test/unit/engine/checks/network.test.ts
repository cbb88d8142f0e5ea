import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../../electron/contract/facts.js';
import { catalogs } from '../../../../electron/contract/locales/index.js';
import type { EndpointReach, NetworkFacts } from '../../../../electron/contract/network-facts.js';
import { networkCheck } from '../../../../electron/engine/checks/preflight/network.js';
import { NETWORK_ENDPOINTS } from '../../../../electron/host/network/endpoints.js';
import { parseReachability } from '../../../../electron/host/network/parse-reachability.js';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { loadPowerShellFixtures } from '../../host/powershell/load-fixtures.js';
import { evaluateAll, factsFor, healthyFacts, judge } from './facts-for.js';

/** `facts.network` from a reachability fixture, parsed as the engine would. */
function fixture(name: string): NetworkFacts {
  const f = loadPowerShellFixtures('reachability').find((x) => x.name === name);
  if (f === undefined) throw new Error(`no reachability fixture ${name}`);
  return parseReachability(decodeToolOutput(f.bytes, 'utf-8'));
}

function withNetwork(network: NetworkFacts | null, arch: 'x64' | 'arm64' | null = 'x64'): Facts {
  const facts = factsFor({ windows: { arch } });
  return { ...facts, network };
}

/** The healthy network with some endpoints replaced. */
function changed(over: Record<string, Partial<EndpointReach>>): NetworkFacts {
  const base = healthyFacts().network as NetworkFacts;
  return { ...base, endpoints: base.endpoints.map((r) => ({ ...r, ...over[r.id] })) };
}

/** The English text of a message, as the CLI would print it. */
function en(m: { key: string; params?: Record<string, unknown> }): string {
  let text = catalogs.en[m.key] ?? `<missing ${m.key}>`;
  for (const [k, v] of Object.entries(m.params ?? {})) text = text.replaceAll(`{{${k}}}`, String(v));
  return text;
}

describe('preflight.network verdicts', () => {
  it('passes only when every needed endpoint was measured reachable, and shows each one', () => {
    const v = judge(networkCheck, withNetwork(fixture('direct-all-reachable')));
    expect(v.status).toBe('pass');
    expect(v.summary).toEqual({ key: 'check.preflight.network.pass', params: { count: 8 } });
    const rows = (v.evidence ?? []).map((e) => `${en(e.label)}: ${e.value}`);
    expect(rows).toContain('WSL distribution list (raw.githubusercontent.com): reachable (HTTP 206, 312 ms)');
    expect(rows).toContain('WSL package download (github.com): reachable (HTTP 206, 905 ms, → release-assets.githubusercontent.com)');
    expect(rows).toContain('Proxy (Windows settings): direct');
    // x64 needs neither the Arm64 image host nor ports.ubuntu.com.
    expect(rows.join('\n')).not.toMatch(/ports\.ubuntu\.com|cdimages/u);
  });

  it('says the proxy carried the requests when it did', () => {
    const v = judge(networkCheck, withNetwork(changed(Object.fromEntries(NETWORK_ENDPOINTS.map((e) => [e.id, { proxy: 'http://proxy.corp.example:8080' }])))));
    expect(v).toMatchObject({ status: 'pass', summary: { key: 'check.preflight.network.pass.proxy' } });
    expect(v.evidence).toContainEqual({ label: { key: 'evidence.network.proxy' }, value: 'http://proxy.corp.example:8080' });
  });

  it('fails naming the unreachable hosts, with the firewall/proxy fix', () => {
    const v = judge(networkCheck, withNetwork(fixture('github-blocked')));
    expect(v.status).toBe('fail');
    expect(v.summary).toEqual({ key: 'check.preflight.network.fail', params: { hosts: 'raw.githubusercontent.com, api.github.com, github.com' } });
    expect(v.fix?.text.key).toBe('fix.preflight.network.blocked');
    // github.com redirects the WSL package to GitHub's asset hosts, which must be allowed too.
    expect(en(v.fix?.text ?? { key: '' })).toContain(
      'Allow these hosts through the firewall or proxy: raw.githubusercontent.com, api.github.com, github.com, objects.githubusercontent.com, release-assets.githubusercontent.com.',
    );
    const values = Object.fromEntries((v.evidence ?? []).map((e) => [e.label.key, e.value]));
    expect(values['evidence.network.wsl.distro-list']).toBe('dns-failure (NameResolutionFailure, 41 ms)');
    expect(values['evidence.network.wsl.release-api']).toBe('timeout (> 5000 ms)');
  });

  it('fails one endpoint down, naming only it', () => {
    const v = judge(networkCheck, withNetwork(changed({ 'nvidia.repository': { outcome: 'tls-failure', httpStatus: null, detail: 'TrustFailure' } })));
    expect(v).toMatchObject({ status: 'fail', summary: { key: 'check.preflight.network.fail', params: { hosts: 'developer.download.nvidia.com' } } });
  });

  it('says a proxy that wants sign-in in its own words', () => {
    const v = judge(networkCheck, withNetwork(fixture('proxy-auth-required')));
    expect(v.status).toBe('fail');
    expect(v.summary.key).toBe('check.preflight.network.fail.proxyAuth');
    expect(v.summary.params?.proxy).toBe('http://proxy.corp.example:8080');
    expect(v.fix?.text.key).toBe('fix.preflight.network.proxyAuth');
    expect(en(v.summary)).toContain('asks for sign-in (HTTP 407)');
  });

  it('warns when a server or filter answered with an error status: the connection works, the download may not', () => {
    const v = judge(networkCheck, withNetwork(fixture('proxy-filter-403')));
    expect(v).toMatchObject({ status: 'warn', summary: { key: 'check.preflight.network.warn.httpStatus', params: { hosts: 'download.pytorch.org (HTTP 403)' } } });
    expect(v.fix?.text.key).toBe('fix.preflight.network.httpStatus');
  });

  it('judges the endpoints of the machine: Arm64 needs ports.ubuntu.com, x64 does not', () => {
    const portsDown = changed({ 'ubuntu.ports': { outcome: 'dns-failure', httpStatus: null } });
    expect(judge(networkCheck, withNetwork(portsDown, 'x64')).status).toBe('pass');
    expect(judge(networkCheck, withNetwork(portsDown, 'arm64'))).toMatchObject({ status: 'fail', summary: { params: { hosts: 'ports.ubuntu.com' } } });
    // An unknown architecture needs every endpoint.
    expect(judge(networkCheck, withNetwork(portsDown, null)).status).toBe('fail');
  });

  it('is unknown, never pass, when nothing was measured: not captured, not run, Constrained Language Mode, no result', () => {
    expect(judge(networkCheck, withNetwork(null))).toMatchObject({ status: 'unknown', summary: { key: 'check.unknown.notCaptured', params: { probe: 'network.reachability' } } });
    const clm = judge(networkCheck, withNetwork(fixture('constrained-language')));
    expect(clm).toMatchObject({ status: 'unknown', summary: { key: 'check.preflight.network.unknown.languageMode', params: { mode: 'ConstrainedLanguage' } } });
    expect(clm.fix?.text.key).toBe('fix.preflight.network.byHand');
    expect(clm.evidence).toContainEqual({ label: { key: 'evidence.network.languageMode' }, value: 'ConstrainedLanguage' });
    const broken = judge(networkCheck, withNetwork(fixture('script-error')));
    expect(broken).toMatchObject({ status: 'unknown', summary: { key: 'check.preflight.network.unknown.noResult' } });
    expect(en(broken.summary)).toContain('System.Net.Http');
    const notRun: NetworkFacts = { ...parseReachability(''), unmeasuredReason: 'not-run', message: 'spawn powershell.exe ENOENT' };
    expect(judge(networkCheck, withNetwork(notRun))).toMatchObject({ status: 'unknown', summary: { params: { reason: 'spawn powershell.exe ENOENT' } } });
  });

  it('is unknown when some needed endpoints have no measurement and the rest were reachable', () => {
    const v = judge(networkCheck, withNetwork(changed({ 'pytorch.wheels': { outcome: 'not-measured', httpStatus: null } })));
    expect(v).toMatchObject({ status: 'unknown', summary: { key: 'check.preflight.network.unknown.partial', params: { hosts: 'download.pytorch.org' } } });
    // A row the facts lack altogether (an older capture) is missing too.
    const base = healthyFacts().network as NetworkFacts;
    const short = { ...base, endpoints: base.endpoints.filter((r) => r.id !== 'wsl.release-api') };
    expect(judge(networkCheck, withNetwork(short))).toMatchObject({ status: 'unknown', summary: { params: { hosts: 'wsl.release-api' } } });
  });

  it('still fails with the catalog fix when wsl.exe itself printed a download error, whatever the probe measured', () => {
    const facts = withNetwork(fixture('direct-all-reachable'));
    const failing = { ...facts, wsl: { ...(facts.wsl as NonNullable<Facts['wsl']>), error: { code: 'Wsl/WININET_E_NAME_NOT_RESOLVED', hresult: '0x80072ee7', message: '' } } };
    const r = evaluateAll(failing)['preflight.network'];
    expect(r?.status).toBe('fail');
    expect(r?.summary.key).toBe('wslError.WININET_E_NAME_NOT_RESOLVED.meaning');
  });

  it("fails the same way when the download error came from `wsl --list --online` (kept apart as onlineError)", () => {
    const facts = withNetwork(fixture('direct-all-reachable'));
    const wsl = facts.wsl as NonNullable<Facts['wsl']>;
    const failing = { ...facts, wsl: { ...wsl, error: null, onlineError: { code: 'Wsl/WININET_E_NAME_NOT_RESOLVED', hresult: '0x80072ee7', message: '' } } };
    const all = evaluateAll(failing);
    expect(all['preflight.network']).toMatchObject({ status: 'fail', summary: { key: 'wslError.WININET_E_NAME_NOT_RESOLVED.meaning' } });
    // The download error speaks to the download checks only: a Windows feature check is judged on its own facts.
    expect(all['preflight.vmp']?.summary.key).not.toMatch(/^wslError\./u);
    // An online error that is not a download error is not the network's business.
    const other = { ...facts, wsl: { ...wsl, error: null, onlineError: { code: 'Wsl/Service/WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED', hresult: '0x8004032d', message: '' } } };
    expect(evaluateAll(other)['preflight.network']?.summary.key).not.toMatch(/^wslError\./u);
  });

  it('skips on other hosts, with the reason', () => {
    const facts = { ...withNetwork(null), host: { platform: 'linux' as const, simulated: false } };
    expect(judge(networkCheck, facts)).toMatchObject({ status: 'skip', summary: { key: 'check.skip.platform' } });
  });

  it('has every message it uses in English and Japanese', () => {
    const keys = [
      'check.preflight.network.pass', 'check.preflight.network.pass.proxy', 'check.preflight.network.fail', 'check.preflight.network.fail.proxyAuth',
      'check.preflight.network.warn.httpStatus', 'check.preflight.network.unknown.partial', 'check.preflight.network.unknown.languageMode',
      'check.preflight.network.unknown.noResult', 'fix.preflight.network.blocked', 'fix.preflight.network.proxyAuth', 'fix.preflight.network.httpStatus',
      'fix.preflight.network.byHand', 'evidence.network.proxy', 'evidence.network.languageMode', ...NETWORK_ENDPOINTS.map((e) => `evidence.network.${e.id}`),
    ];
    for (const k of keys) {
      expect(catalogs.en[k], k).toBeTruthy();
      expect(catalogs.ja[k], k).toBeTruthy();
    }
  });
});
