/**
 * `facts.network`: whether this PC reaches the download sites the install needs, measured by a
 * read-only probe (`network.reachability`) through the user's own proxy. Every value is a
 * measurement or null; nothing here is assumed.
 */

/** What one request to one endpoint came to. `not-measured`: the probe gave no result for it. */
export type EndpointOutcome =
  | 'reachable'
  | 'http-status'
  | 'proxy-auth-required'
  | 'dns-failure'
  | 'connect-failure'
  | 'tls-failure'
  | 'timeout'
  | 'error'
  | 'not-measured';

/** Which machines need an endpoint: Ubuntu serves arm64 from other hosts than x64. */
export type EndpointArch = 'any' | 'x64' | 'arm64';

export interface EndpointReach {
  /** The endpoint's id in electron/host/network/endpoints.ts, e.g. `wsl.distro-list`. */
  id: string;
  host: string;
  arch: EndpointArch;
  outcome: EndpointOutcome;
  /** The HTTP status that came back (after redirects), when one did. */
  httpStatus: number | null;
  /** Milliseconds until the answer or failure; null when it never came. */
  durationMs: number | null;
  /** The proxy the system chose for this URL as `scheme://host:port`; null = direct or unknown. */
  proxy: string | null;
  /** The host that answered last, when a redirect moved the request (GitHub release assets). */
  finalHost: string | null;
  /** .NET's failure identifier (`NameResolutionFailure`, `TrustFailure`…), never translated text. */
  detail: string | null;
}

/** Why nothing was measured, when nothing was. */
export type NetworkUnmeasured = 'not-run' | 'language-mode' | 'no-result' | 'script-error';

export interface NetworkFacts {
  /** True when at least one endpoint has a measured outcome. */
  measured: boolean;
  unmeasuredReason: NetworkUnmeasured | null;
  /** PowerShell's language mode as the probe reported it (`FullLanguage`, `ConstrainedLanguage`). */
  languageMode: string | null;
  /** The per-request deadline the probe used. */
  deadlineMs: number | null;
  /** Bounded text for people: the launch error, the script's exception or an output excerpt. */
  message: string | null;
  /** One row per known endpoint, in the order of endpoints.ts (`not-measured` where no result came). */
  endpoints: EndpointReach[];
}
