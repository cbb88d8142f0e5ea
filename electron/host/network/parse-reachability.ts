import type { EndpointOutcome, EndpointReach, NetworkFacts } from '../../contract/network-facts.js';
import { excerptOf, extractJsonObject } from '../powershell/json-text.js';
import { formatHresult, isRecord, psCount, psList, psString } from '../powershell/ps-values.js';
import { endpointHost, NETWORK_ENDPOINTS, type NetworkEndpoint } from './endpoints.js';

/**
 * Parses what the reachability script (reachability-script.ts) printed into `facts.network`.
 * Pure and total: malformed output, a missing endpoint or a field of the wrong shape becomes
 * `not-measured` or null, never an exception and never a guess.
 */

/** More rows than endpoints are ignored; the script prints one per endpoint. */
const MAX_ROWS = 64;
const MAX_MESSAGE_CHARS = 300;

/** WebExceptionStatus names (stable .NET identifiers) and what they mean here. */
const WEB_STATUS: Record<string, EndpointOutcome> = {
  NameResolutionFailure: 'dns-failure',
  ProxyNameResolutionFailure: 'dns-failure',
  ConnectFailure: 'connect-failure',
  ConnectionClosed: 'connect-failure',
  ReceiveFailure: 'connect-failure',
  SendFailure: 'connect-failure',
  TrustFailure: 'tls-failure',
  SecureChannelFailure: 'tls-failure',
  Timeout: 'timeout',
  RequestCanceled: 'timeout',
  // The script's own word for a task HttpClient cancelled at its deadline.
  Canceled: 'timeout',
};

/** SocketError names, for failures that carry no WebException. */
const SOCKET_ERROR: Record<string, EndpointOutcome> = {
  HostNotFound: 'dns-failure',
  NoData: 'dns-failure',
  TryAgain: 'dns-failure',
  ConnectionRefused: 'connect-failure',
  NetworkUnreachable: 'connect-failure',
  HostUnreachable: 'connect-failure',
  ConnectionReset: 'connect-failure',
  TimedOut: 'timeout',
};

/** A .NET enum name: letters only, so nothing else can pass as one. */
function identifier(v: unknown): string | null {
  const s = psString(v, 64);
  return s !== null && /^[A-Za-z]+$/u.test(s) ? s : null;
}

function httpStatus(v: unknown): number | null {
  const n = psCount(v);
  return n !== null && n >= 100 && n <= 599 ? n : null;
}

function duration(v: unknown): number | null {
  const n = psCount(v);
  return n !== null && n <= 3_600_000 ? n : null;
}

/** `scheme://host:port` with any user info dropped; null for anything else. */
function proxyOf(v: unknown): string | null {
  const s = psString(v, 300);
  const m = s === null ? null : /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s]*@)?([A-Za-z0-9.[\]:-]{1,260})\/?$/iu.exec(s);
  return m ? `${m[1]?.toLowerCase() ?? ''}://${m[2] ?? ''}` : null;
}

function hostOf(v: unknown): string | null {
  const s = psString(v, 253);
  return s !== null && /^[A-Za-z0-9.-]+$/u.test(s) ? s.toLowerCase() : null;
}

/** The outcome of one raw row: an HTTP answer first, else the failure's identifiers. */
export function outcomeOf(row: { completed: boolean | null; status: number | null; webStatus: string | null; socketError: string | null }): EndpointOutcome {
  if (row.status === 407) return 'proxy-auth-required';
  if (row.status !== null) return row.status < 400 ? 'reachable' : 'http-status';
  if (row.completed !== true) return 'timeout';
  // Own keys only: the tool's text may be any string, `valueOf` or `constructor` included.
  const web = row.webStatus !== null && Object.hasOwn(WEB_STATUS, row.webStatus) ? WEB_STATUS[row.webStatus] : undefined;
  const socket = row.socketError !== null && Object.hasOwn(SOCKET_ERROR, row.socketError) ? SOCKET_ERROR[row.socketError] : undefined;
  return web ?? socket ?? 'error';
}

function notMeasured(endpoint: NetworkEndpoint): EndpointReach {
  return { id: endpoint.id, host: endpointHost(endpoint), arch: endpoint.arch, outcome: 'not-measured', httpStatus: null, durationMs: null, proxy: null, finalHost: null, detail: null };
}

function reachOf(endpoint: NetworkEndpoint, row: Record<string, unknown>): EndpointReach {
  const completed = typeof row.Completed === 'boolean' ? row.Completed : null;
  const status = httpStatus(row.Status);
  const webStatus = identifier(row.WebStatus);
  const socketError = identifier(row.SocketError);
  const outcome = outcomeOf({ completed, status, webStatus, socketError });
  return {
    ...notMeasured(endpoint),
    outcome,
    httpStatus: status,
    durationMs: duration(row.Ms),
    proxy: proxyOf(row.Proxy),
    finalHost: hostOf(row.FinalHost),
    detail: webStatus ?? socketError,
  };
}

/** Rows by endpoint id, first one wins; ids the app does not know are dropped. */
function rowsById(value: unknown, known: ReadonlySet<string>): Map<string, Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>();
  for (const row of psList(value, MAX_ROWS)) {
    if (!isRecord(row)) continue;
    const id = psString(row.Id, 64);
    if (id !== null && known.has(id) && !rows.has(id)) rows.set(id, row);
  }
  return rows;
}

/** The script's own error, as bounded text. */
function scriptError(value: unknown): string | null {
  if (!isRecord(value)) return null;
  return psString(value.message, MAX_MESSAGE_CHARS) ?? formatHresult(value.hresult) ?? 'error';
}

/** `facts.network` from the script's output. `endpoints` are the rows to report, in order. */
export function parseReachability(text: string, endpoints: readonly NetworkEndpoint[] = NETWORK_ENDPOINTS): NetworkFacts {
  const base = { languageMode: null, deadlineMs: null, endpoints: endpoints.map(notMeasured) };
  const json = extractJsonObject(text);
  if (!json.ok) return { ...base, measured: false, unmeasuredReason: 'no-result', message: `${json.reason}: ${json.excerpt}`.slice(0, MAX_MESSAGE_CHARS) };
  const doc = json.value;
  const languageMode = psString(doc.languageMode, 64);
  const rows = rowsById(doc.endpoints, new Set(endpoints.map((e) => e.id)));
  const reaches = endpoints.map((e) => {
    const row = rows.get(e.id);
    return row ? reachOf(e, row) : notMeasured(e);
  });
  const measured = reaches.some((r) => r.outcome !== 'not-measured');
  const error = scriptError(doc.error);
  const facts: NetworkFacts = { measured, unmeasuredReason: null, languageMode, deadlineMs: duration(doc.deadlineMs), message: error, endpoints: reaches };
  if (measured) return facts;
  if (languageMode !== null && languageMode !== 'FullLanguage') return { ...facts, unmeasuredReason: 'language-mode' };
  if (error !== null) return { ...facts, unmeasuredReason: 'script-error' };
  return { ...facts, unmeasuredReason: 'no-result', message: excerptOf(text) || null };
}
