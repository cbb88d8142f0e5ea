import type { Capture, CaptureMap, Probe, ProbeContext } from './model.js';

/**
 * Runs every probe that applies to this host, all at once (they are independent and read-only),
 * and returns their raw captures. A probe that cannot start is still a capture: its
 * `launchError` is a fact (e.g. "wsl.exe does not exist" means WSL is not installed).
 */
export async function runProbes(probes: readonly Probe[], ctx: ProbeContext, signal?: AbortSignal): Promise<CaptureMap> {
  const applicable = probes.filter((p) => p.platforms.includes(ctx.host.platform));
  const captures = await Promise.all(applicable.map((p) => runProbe(p, ctx, signal)));
  return new Map(captures.map((c) => [c.probe, c]));
}

async function runProbe(probe: Probe, ctx: ProbeContext, signal?: AbortSignal): Promise<Capture> {
  const spec = probe.spec(ctx);
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
