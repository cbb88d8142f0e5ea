import { describe, expect, it } from 'vitest';
import type { EndpointReach } from '../../../../electron/contract/network-facts.js';
import { NETWORK_ENDPOINTS } from '../../../../electron/host/network/endpoints.js';
import { outcomeOf, parseReachability } from '../../../../electron/host/network/parse-reachability.js';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { loadPowerShellFixtures } from '../powershell/load-fixtures.js';

const fixtures = loadPowerShellFixtures('reachability');

function parsed(name: string) {
  const f = fixtures.find((x) => x.name === name);
  if (f === undefined) throw new Error(`no reachability fixture ${name}`);
  return parseReachability(decodeToolOutput(f.bytes, 'utf-8'));
}

function byId(rows: readonly EndpointReach[]): Record<string, EndpointReach> {
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}

describe('reachability fixtures', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s is a marked reconstruction with complete meta', (_, f) => {
    expect(f.meta).toMatchObject({ tool: 'powershell.exe', encoding: 'utf-8', reconstructed: true });
    expect(f.meta.notes.length).toBeGreaterThan(20);
  });
});

describe('parseReachability', () => {
  it('reads a direct connection where every endpoint answered, with statuses, durations and the asset host', () => {
    const net = parsed('direct-all-reachable');
    expect(net).toMatchObject({ measured: true, unmeasuredReason: null, languageMode: 'FullLanguage', deadlineMs: 5000, message: null });
    expect(net.endpoints.map((r) => r.id)).toEqual(NETWORK_ENDPOINTS.map((e) => e.id));
    expect(net.endpoints.every((r) => r.outcome === 'reachable' && r.proxy === null)).toBe(true);
    expect(byId(net.endpoints)['wsl.release-asset']).toEqual({
      id: 'wsl.release-asset', host: 'github.com', arch: 'any', outcome: 'reachable', httpStatus: 206, durationMs: 905, proxy: null, finalHost: 'release-assets.githubusercontent.com', detail: null,
    });
  });

  it('tells DNS failure, a silent drop (timeout) and a refused connection apart', () => {
    const rows = byId(parsed('github-blocked').endpoints);
    expect(rows['wsl.distro-list']).toMatchObject({ outcome: 'dns-failure', detail: 'NameResolutionFailure', durationMs: 41, httpStatus: null });
    expect(rows['wsl.release-api']).toMatchObject({ outcome: 'timeout', durationMs: null, detail: null });
    expect(rows['wsl.release-asset']).toMatchObject({ outcome: 'connect-failure', detail: 'ConnectFailure' });
    expect(rows['ubuntu.archive']).toMatchObject({ outcome: 'reachable', httpStatus: 206 });
  });

  it('reads a 407 as proxy-auth-required whether it came as an exception (CONNECT) or a response (plain HTTP)', () => {
    const rows = parsed('proxy-auth-required').endpoints;
    expect(rows.every((r) => r.outcome === 'proxy-auth-required' && r.httpStatus === 407)).toBe(true);
    expect(rows.every((r) => r.proxy === 'http://proxy.corp.example:8080')).toBe(true);
    expect(byId(rows)['wsl.distro-list']?.detail).toBe('ProtocolError');
  });

  it('reads an untrusted TLS-inspecting proxy as tls-failure for HTTPS only (BOM before the JSON)', () => {
    const rows = byId(parsed('tls-inspection-untrusted').endpoints);
    expect(rows['pytorch.wheels']).toMatchObject({ outcome: 'tls-failure', detail: 'TrustFailure' });
    expect(rows['ubuntu.archive']).toMatchObject({ outcome: 'reachable', httpStatus: 206 });
  });

  it('keeps an error status from a proxy filter as http-status, not reachable', () => {
    expect(byId(parsed('proxy-filter-403').endpoints)['pytorch.wheels']).toMatchObject({ outcome: 'http-status', httpStatus: 403 });
  });

  it('reports Constrained Language Mode as the reason nothing was measured', () => {
    const net = parsed('constrained-language');
    expect(net).toMatchObject({ measured: false, unmeasuredReason: 'language-mode', languageMode: 'ConstrainedLanguage' });
    expect(net.endpoints.every((r) => r.outcome === 'not-measured')).toBe(true);
  });

  it("reports the script's own failure with its message", () => {
    const net = parsed('script-error');
    expect(net).toMatchObject({ measured: false, unmeasuredReason: 'script-error', languageMode: 'FullLanguage' });
    expect(net.message).toContain('System.Net.Http');
  });

  it.each([
    ['empty output', ''],
    ['prose', 'powershell.exe : The term is not recognized'],
    ['a cut-off document', '{"schema":1,"languageMode":"FullLanguage","endpoints":[{"Id":"wsl.distro-list","Completed":tr'],
    ['a JSON list', '[1,2,3]'],
    ['an object without endpoints', '{"schema":1,"languageMode":"FullLanguage"}'],
  ])('measures nothing from %s', (_, text) => {
    const net = parseReachability(text);
    expect(net.measured).toBe(false);
    expect(net.unmeasuredReason).toBe('no-result');
    expect(net.endpoints).toHaveLength(NETWORK_ENDPOINTS.length);
    expect(net.endpoints.every((r) => r.outcome === 'not-measured')).toBe(true);
  });

  it('keeps partial results: rows that came are measured, the rest not-measured; unknown and repeated ids are dropped', () => {
    const text = JSON.stringify({
      schema: 1,
      languageMode: 'FullLanguage',
      endpoints: [
        { Id: 'pytorch.wheels', Completed: true, Status: 200, Ms: 10 },
        { Id: 'pytorch.wheels', Completed: true, Status: 500, Ms: 11 },
        { Id: 'evil.example', Completed: true, Status: 200 },
        { Id: 'nvidia.repository', Completed: true, Status: 'two hundred', WebStatus: 'Not an identifier!' },
      ],
    });
    const rows = byId(parseReachability(text).endpoints);
    expect(rows['pytorch.wheels']).toMatchObject({ outcome: 'reachable', httpStatus: 200, durationMs: 10 });
    expect(rows['nvidia.repository']).toMatchObject({ outcome: 'error', httpStatus: null, detail: null });
    expect(rows['wsl.distro-list']?.outcome).toBe('not-measured');
    expect(Object.keys(rows)).not.toContain('evil.example');
  });

  it('drops credentials from a proxy address and rejects values that are not one', () => {
    const rows = (proxy: unknown) => parseReachability(JSON.stringify({ endpoints: [{ Id: 'pytorch.wheels', Completed: true, Status: 200, Proxy: proxy }] })).endpoints[8];
    expect(rows('http://alice:s3cret@proxy.corp.example:8080')?.proxy).toBe('http://proxy.corp.example:8080');
    expect(rows('HTTP://proxy:3128')?.proxy).toBe('http://proxy:3128');
    expect(rows('not a proxy')?.proxy).toBeNull();
    expect(rows(42)?.proxy).toBeNull();
  });

  it('reads a 5.1 one-element list unrolled to a single object', () => {
    const text = '{"schema":1,"endpoints":{"Id":"ubuntu.archive","Completed":true,"Status":206,"Ms":"77"}}';
    expect(byId(parseReachability(text).endpoints)['ubuntu.archive']).toMatchObject({ outcome: 'reachable', durationMs: 77 });
  });
});

describe('outcomeOf', () => {
  const row = { completed: true, status: null, webStatus: null, socketError: null };
  it.each([
    [{ status: 200 }, 'reachable'],
    [{ status: 302 }, 'reachable'],
    [{ status: 407, webStatus: 'ProtocolError' }, 'proxy-auth-required'],
    [{ status: 404 }, 'http-status'],
    [{ status: 503 }, 'http-status'],
    [{ webStatus: 'NameResolutionFailure' }, 'dns-failure'],
    [{ webStatus: 'ProxyNameResolutionFailure' }, 'dns-failure'],
    [{ webStatus: 'SecureChannelFailure' }, 'tls-failure'],
    [{ webStatus: 'Canceled' }, 'timeout'],
    [{ socketError: 'HostNotFound' }, 'dns-failure'],
    [{ socketError: 'TimedOut' }, 'timeout'],
    [{ webStatus: 'UnknownError' }, 'error'],
    // Names of Object.prototype members are text like any other, never a lookup hit.
    [{ webStatus: 'valueOf' }, 'error'],
    [{ webStatus: 'constructor', socketError: '__proto__' }, 'error'],
    [{ socketError: 'toString' }, 'error'],
    [{ completed: false }, 'timeout'],
    [{ completed: null }, 'timeout'],
  ] as const)('%j → %s', (over, outcome) => {
    expect(outcomeOf({ ...row, ...over })).toBe(outcome);
  });
});
