import type { Capture, CaptureMap, Probe, ProbeContext } from './model.js';

/** Prefix of the `launchError` of a probe the plan decided not to run (see `Probe.when`). */
export const NOT_RUN_PREFIX = 'not-run: ';

/** The reason recorded for a probe that was deliberately not run, or null for any other capture. */
export function notRunReason(c: Capture | undefined): string | null {
  return c?.launchError?.startsWith(NOT_RUN_PREFIX) ? c.launchError.slice(NOT_RUN_PREFIX.length) : null;
}

/**
 * Runs every probe that applies to this host and returns their raw captures. Independent
 * probes run all at once (they are read-only); a probe with `after` starts as soon as the
 * probes it names have ended, so only real dependencies wait on each other. A probe that
 * cannot start is still a capture: its `launchError` is a fact (e.g. "wsl.exe does not exist"
 * means WSL is not installed). `after` must name probes earlier in the list: the plan is data,
 * so a forward or unknown reference is a programming error and throws before anything runs.
 */
export async function runProbes(probes: readonly Probe[], ctx: ProbeContext, signal?: AbortSignal): Promise<CaptureMap> {
  const applicable = probes.filter((p) => p.platforms.includes(ctx.host.platform));
  const known = new Set(probes.map((p) => p.id));
  const started = new Map<string, Promise<Capture | null>>();
  for (const probe of applicable) {
    const deps = (probe.after ?? []).map((id) => {
      if (!known.has(id)) throw new Error(`probe ${probe.id} waits for unknown probe ${id}`);
      const dep = started.get(id);
      // A dependency for another platform never runs: it simply is not among the captures.
      if (dep === undefined && applicable.some((p) => p.id === id)) throw new Error(`probe ${probe.id} must come after ${id} in the plan`);
      return dep ?? Promise.resolve(null);
    });
    started.set(probe.id, runAfter(probe, deps, ctx, signal));
  }
  const captures = await Promise.all(started.values());
  return new Map(captures.filter((c): c is Capture => c !== null).map((c) => [c.probe, c]));
}

async function runAfter(probe: Probe, deps: Promise<Capture | null>[], ctx: ProbeContext, signal?: AbortSignal): Promise<Capture | null> {
  const prior: CaptureMap = new Map((await Promise.all(deps)).filter((c): c is Capture => c !== null).map((c) => [c.probe, c]));
  const decision = probe.when ? probe.when(prior) : true;
  if (decision === false) return null;
  if (typeof decision === 'string') return notRunCapture(probe.id, decision);
  return runProbe(probe, ctx, prior, signal);
}

function notRunCapture(probe: string, reason: string): Capture {
  return { probe, argv: [], exitCode: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), encoding: 'utf-8', durationMs: 0, launchError: `${NOT_RUN_PREFIX}${reason}` };
}

async function runProbe(probe: Probe, ctx: ProbeContext, prior: CaptureMap, signal?: AbortSignal): Promise<Capture> {
  const spec = probe.spec(ctx, prior);
  const stdin = probe.stdin?.(ctx);
  const result = await ctx.exec.exec(spec, { ...(signal ? { signal } : {}), ...(stdin !== undefined ? { stdin } : {}) });
  return {
    probe: probe.id,
    argv: [spec.file, ...spec.args],
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    encoding: spec.encoding,
    durationMs: result.durationMs,
    launchError: result.launchError ?? (result.stoppedBy ? `stopped: ${result.stoppedBy}` : null),
  };
}
