import type { ExitCodeTable } from '../exit-table.js';
import { ZERO_IS_OK } from '../exit-table.js';
import type { StepCommand } from '../model.js';
import { NETWORK_RETRY } from '../packages/base.js';
import { aptNextAction, refineApt } from '../packages/apt-output.js';
import { inDistroCommand, withEnv } from '../packages/in-distro.js';
import { proxyEnv } from '../packages/proxy.js';

/**
 * A vendor .deb that no apt repository carries (NVIDIA's cuda-keyring, AMD's librocdxg): fetched
 * with curl as root through the proxy, then installed with dpkg in the C locale.
 */

/**
 * curl's exit codes (curl(1) "EXIT CODES"): name resolution (6), connect (7), timeout (28), TLS
 * connect (35), send/receive (55, 56) are network trouble worth another try; 22 (HTTP error
 * with -f: 404…) and everything else are not.
 */
export const CURL_EXIT: ExitCodeTable = { codes: { 0: 'ok', 6: 'retryable', 7: 'retryable', 28: 'retryable', 35: 'retryable', 55: 'retryable', 56: 'retryable' }, otherwise: 'failed' };

/** `curl -fsSL -o FILE URL` as root with the proxy in its environment. */
export function curlCommand<P extends { distro: string; proxy: string }>(id: string, url: string, file: string): StepCommand<P> {
  return {
    id,
    build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: 'root', argv: withEnv(proxyEnv(p.proxy), ['/usr/bin/curl', '-fsSL', '-o', file, url]), label: id, timeoutMs: 10 * 60_000, idleTimeoutMs: 120_000 }),
    exitCodes: CURL_EXIT,
    retry: NETWORK_RETRY,
  };
}

/** `dpkg -i FILE` as root, C locale; its output is read like apt's (lock, full disk). */
export function dpkgInstallCommand<P extends { distro: string }>(id: string, file: string): StepCommand<P> {
  return {
    id,
    build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: 'root', argv: withEnv(['LC_ALL=C.UTF-8'], ['/usr/bin/dpkg', '-i', file]), label: id, timeoutMs: 5 * 60_000 }),
    exitCodes: ZERO_IS_OK,
    refine: refineApt,
    nextAction: aptNextAction,
  };
}
