/**
 * Optional counters for the throughput bench. They exist only when the page that hosts the
 * app defined `window.__benchHooks` before load (the bench does; the app never does).
 */
interface BenchHooks {
  termWritten: number;
}

/** Adds written characters to the bench counter when one is present. */
export function countWritten(chars: number): void {
  const hooks = (globalThis as { __benchHooks?: BenchHooks }).__benchHooks;
  if (hooks) hooks.termWritten += chars;
}
