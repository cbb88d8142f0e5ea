/**
 * Optional counters for the throughput bench. They exist only when the page that hosts the
 * app defined `window.__benchHooks` before load (the bench does; the app never does).
 */
interface BenchHooks {
  termWritten: number;
  /** The bench's flood verifier: sees every written piece, in write order. */
  verifier?: { push(data: string): void; complete(): boolean };
  /** When (page clock) the verifier first saw the whole flood: the stream's clock stops there. */
  completeAt?: number;
}

/** Adds text xterm has written to the bench counter (and verifier) when one is present. */
export function countWritten(data: string): void {
  const hooks = (globalThis as { __benchHooks?: BenchHooks }).__benchHooks;
  if (!hooks) return;
  hooks.termWritten += data.length;
  hooks.verifier?.push(data);
  if (hooks.completeAt === undefined && hooks.verifier?.complete()) hooks.completeAt = performance.now();
}
