import { ZERO_IS_OK } from '../exit-table.js';
import type { StepCommand } from '../model.js';
import { NETWORK_RETRY } from '../packages/base.js';
import { inDistroCommand, withEnv } from '../packages/in-distro.js';
import { proxyEnv } from '../packages/proxy.js';
import { scriptArgv, setupScriptText, type ShellScriptId } from '../setup-script.js';

/**
 * An apt-repository script (assets/setup/<id>.sh: a vendor's key and source list) on stdin as
 * root, with the proxy for its curl; a network failure is retried like apt's.
 */
export function repoScriptCommand<P extends { distro: string; proxy: string }>(id: ShellScriptId): StepCommand<P> {
  return {
    id,
    build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: 'root', argv: withEnv(proxyEnv(p.proxy), scriptArgv(id)), label: id, timeoutMs: 5 * 60_000 }),
    stdin: { kind: 'script', text: () => setupScriptText(id) },
    exitCodes: ZERO_IS_OK,
    retry: NETWORK_RETRY,
  };
}
