import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NETWORK_ENDPOINTS } from '../../../../electron/host/network/endpoints.js';
import { parseReachability } from '../../../../electron/host/network/parse-reachability.js';
import { loadPowerShellFixtures } from '../powershell/load-fixtures.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(30_000, RUNS * 3);
const OUTCOMES = ['reachable', 'http-status', 'proxy-auth-required', 'dns-failure', 'connect-failure', 'tls-failure', 'timeout', 'error', 'not-measured'];
const fixtures = loadPowerShellFixtures('reachability').map((f) => f.bytes.toString('utf8'));

/** Parses and checks what must hold for any input: one row per endpoint, known outcomes, bounded text. */
function check(text: string): void {
  const net = parseReachability(text);
  expect(net.endpoints.map((r) => r.id)).toEqual(NETWORK_ENDPOINTS.map((e) => e.id));
  for (const r of net.endpoints) {
    expect(OUTCOMES).toContain(r.outcome);
    if (r.outcome === 'reachable') expect(r.httpStatus).toBeLessThan(400);
    if (r.httpStatus !== null) expect(r.httpStatus).toBeGreaterThanOrEqual(100);
    if (r.proxy !== null) expect(r.proxy).not.toContain('@');
  }
  expect(net.measured).toBe(net.endpoints.some((r) => r.outcome !== 'not-measured'));
  expect(net.measured === (net.unmeasuredReason === null)).toBe(true);
  expect(net.message?.length ?? 0).toBeLessThanOrEqual(300);
}

const row = fc.record(
  {
    Id: fc.oneof(fc.constantFrom(...NETWORK_ENDPOINTS.map((e) => e.id)), fc.string()),
    Proxy: fc.oneof(fc.constant(null), fc.webUrl({ withQueryParameters: true }), fc.string()),
    Completed: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })),
    Ms: fc.oneof(fc.integer(), fc.double(), fc.string()),
    Status: fc.oneof(fc.integer({ min: -1, max: 1000 }), fc.string(), fc.constant(null)),
    FinalHost: fc.oneof(fc.domain(), fc.string()),
    WebStatus: fc.oneof(fc.constantFrom('NameResolutionFailure', 'TrustFailure', 'Canceled', 'ProtocolError', 'ConnectFailure'), fc.string()),
    SocketError: fc.oneof(fc.constantFrom('HostNotFound', 'TimedOut'), fc.string()),
  },
  { requiredKeys: [] },
);

describe('parseReachability (property)', () => {
  it(
    'holds its invariants on script-shaped documents',
    () => {
      const doc = fc.record({ schema: fc.jsonValue({ maxDepth: 1 }), languageMode: fc.oneof(fc.constantFrom('FullLanguage', 'ConstrainedLanguage'), fc.string()), endpoints: fc.oneof(fc.array(row, { maxLength: 20 }), row, fc.jsonValue({ maxDepth: 2 })), error: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] });
      fc.assert(fc.property(doc, (d) => check(JSON.stringify(d))), { numRuns: RUNS });
    },
    TIMEOUT,
  );

  it(
    'holds them on fixtures cut, spliced and prefixed with noise',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), fc.string(), (text, a, b, noise) => {
          const cut = text.slice(0, a % (text.length + 1));
          check(cut);
          check(`${noise}\r\n${text}`);
          check(text.slice(0, a % (text.length + 1)) + noise + text.slice(b % (text.length + 1)));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
