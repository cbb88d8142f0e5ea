import type { Evidence } from '../../../contract/checks.js';
import type { Facts } from '../../../contract/facts.js';
import { msg } from '../../../contract/messages.js';
import type { EndpointOutcome, EndpointReach, NetworkFacts } from '../../../contract/network-facts.js';
import { endpointsFor, NETWORK_ENDPOINTS } from '../../../host/network/endpoints.js';
import type { Check, Verdict } from '../../model.js';
import { NETWORK_PROBE_ID } from '../../probes/network-probe.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, nameList, notCaptured } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Can this PC reach the download sites the install needs (the WSL package and distro list, the
 * Ubuntu image and archive for its architecture, PyTorch's wheel index, NVIDIA's repository),
 * through the user's proxy? Judged only from measurements (`facts.network`): pass needs every
 * needed endpoint measured reachable; a connection that failed fails, an error status from a
 * server or proxy warns, and nothing measured is `unknown` with the reason. A download error
 * wsl.exe itself printed (WININET_E_*) still fails this check through the error overlay.
 */

/** Outcomes that mean the request never got an answer, or the proxy refused to carry it. */
const BLOCKED: ReadonlySet<EndpointOutcome> = new Set(['proxy-auth-required', 'dns-failure', 'connect-failure', 'tls-failure', 'timeout', 'error']);

/** The evidence value of one endpoint: its outcome and the measured details, untranslated. */
function reachText(r: EndpointReach, deadlineMs: number | null): string {
  const parts: string[] = [];
  if (r.httpStatus !== null) parts.push(`HTTP ${r.httpStatus}`);
  if (r.detail !== null) parts.push(r.detail);
  if (r.outcome === 'timeout' && r.durationMs === null && deadlineMs !== null) parts.push(`> ${deadlineMs} ms`);
  if (r.durationMs !== null) parts.push(`${r.durationMs} ms`);
  if (r.finalHost !== null && r.finalHost !== r.host) parts.push(`→ ${r.finalHost}`);
  return parts.length ? `${r.outcome} (${parts.join(', ')})` : r.outcome;
}

function hosts(rows: readonly EndpointReach[]): string {
  return nameList([...new Set(rows.map((r) => r.host))]);
}

/** The hosts to allow for these rows: their own and the ones their redirects lead to. */
function hostsToAllow(rows: readonly EndpointReach[]): string {
  const redirects = rows.flatMap((r) => NETWORK_ENDPOINTS.find((e) => e.id === r.id)?.redirectHosts ?? []);
  return nameList([...new Set([...rows.map((r) => r.host), ...redirects])], 12);
}

function evidenceOf(network: NetworkFacts, rows: readonly EndpointReach[]): Evidence[] {
  const evidence = rows.map((r) => ({ label: msg(`evidence.network.${r.id}`, { host: r.host }), value: reachText(r, network.deadlineMs) }));
  const proxies = [...new Set(rows.map((r) => r.proxy).filter((p): p is string => p !== null))];
  if (network.measured) evidence.push(ev('evidence.network.proxy', proxies.length ? proxies.join(', ') : 'direct'));
  if (network.languageMode !== null) evidence.push(ev('evidence.network.languageMode', network.languageMode));
  return evidence;
}

/** Nothing measured: say why, and how to look by hand. */
function unmeasured(network: NetworkFacts, rows: readonly EndpointReach[]): Verdict {
  const byHand = fix('fix.preflight.network.byHand', { hosts: hostsToAllow(rows) });
  if (network.unmeasuredReason === 'language-mode') {
    return { status: 'unknown', summary: msg('check.preflight.network.unknown.languageMode', { mode: network.languageMode ?? 'unknown' }), evidence: evidenceOf(network, []), fix: byHand };
  }
  const reason = network.message ?? network.unmeasuredReason ?? 'no-result';
  return { status: 'unknown', summary: msg('check.preflight.network.unknown.noResult', { reason }), fix: byHand };
}

function judge(facts: Facts, network: NetworkFacts): Verdict {
  const needed = new Set(endpointsFor(facts.windows?.arch ?? null).map((e) => e.id));
  const rows = network.endpoints.filter((r) => needed.has(r.id));
  if (!network.measured) return unmeasured(network, rows);
  const evidence = evidenceOf(network, rows);
  const blocked = rows.filter((r) => BLOCKED.has(r.outcome));
  const authOnly = blocked.filter((r) => r.outcome === 'proxy-auth-required');
  if (blocked.length > 0 && authOnly.length === blocked.length) {
    const proxy = nameList([...new Set(authOnly.map((r) => r.proxy ?? 'unknown'))]);
    return { status: 'fail', summary: msg('check.preflight.network.fail.proxyAuth', { proxy, hosts: hosts(authOnly) }), evidence, fix: fix('fix.preflight.network.proxyAuth') };
  }
  if (blocked.length > 0) {
    const key = authOnly.length > 0 ? 'fix.preflight.network.proxyAuth' : 'fix.preflight.network.blocked';
    return { status: 'fail', summary: msg('check.preflight.network.fail', { hosts: hosts(blocked) }), evidence, fix: fix(key, { hosts: hostsToAllow(blocked) }) };
  }
  const refused = rows.filter((r) => r.outcome === 'http-status');
  if (refused.length > 0) {
    const list = nameList(refused.map((r) => `${r.host} (HTTP ${r.httpStatus ?? '?'})`));
    return { status: 'warn', summary: msg('check.preflight.network.warn.httpStatus', { hosts: list }), evidence, fix: fix('fix.preflight.network.httpStatus', { hosts: hostsToAllow(refused) }) };
  }
  const missing = [...rows.filter((r) => r.outcome !== 'reachable').map((r) => r.host), ...[...needed].filter((id) => !rows.some((r) => r.id === id))];
  if (missing.length > 0) {
    return { status: 'unknown', summary: msg('check.preflight.network.unknown.partial', { hosts: nameList(missing) }), evidence };
  }
  const proxied = rows.some((r) => r.proxy !== null);
  return { status: 'pass', summary: msg(proxied ? 'check.preflight.network.pass.proxy' : 'check.preflight.network.pass', { count: rows.length }), evidence };
}

export const networkCheck: Check = {
  id: 'preflight.network',
  category: 'preflight',
  title: msg('check.preflight.network.title'),
  prerequisites: [],
  needs: probesFor('inventory', 'network'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const network = facts.network;
    if (!network) return notCaptured(NETWORK_PROBE_ID);
    return judge(facts, network);
  },
};
