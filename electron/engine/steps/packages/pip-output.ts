import type { CauseRule } from './output-cause.js';
import { nextActionBy, refineBy } from './output-cause.js';

/**
 * pip's messages (run with LC_ALL=C.UTF-8; pip is not translated anyway), in order of
 * precedence. A TLS failure comes before "No matching distribution": old pip prints both when a
 * TLS-intercepting proxy breaks the index request, and the index is not what is missing.
 * Samples: test/fixtures/steps/pip (recorded public pastes, sources in their .meta.json).
 */
export const PIP_RULES: readonly CauseRule[] = [
  { cause: 'disk-full', pattern: /No space left on device|\[Errno 28\]/u },
  { cause: 'hash-mismatch', pattern: /DO NOT MATCH THE HASHES/u },
  { cause: 'proxy-or-tls', pattern: /SSL: [A-Z_]+|SSLError\(|CERTIFICATE_VERIFY_FAIL|ProxyError|Tunnel connection failed|407 Proxy Authentication Required/u },
  { cause: 'network', pattern: /Temporary failure in name resolution|Failed to establish a new connection|Read timed out|Connection reset by peer|Connection aborted|NewConnectionError|RemoteDisconnected|\b50[0234] Server Error/u },
  { cause: 'externally-managed', pattern: /externally-managed-environment/u },
  { cause: 'no-matching-wheel', pattern: /No matching distribution found for|Could not find a version that satisfies the requirement/u },
];

/** Refines a pip command's outcome from its output tail. */
export const refinePip = refineBy(PIP_RULES);

/** The next action a pip failure points to. */
export const pipNextAction = nextActionBy(PIP_RULES);
