/**
 * Wall time of the whole in-distro collector on this machine (`--target local`), with and without
 * `--bench`: the time from spawning `/bin/sh -s` to its JSON document. Targets: ≤ 3 s without,
 * ≤ 15 s with the benchmark.
 */
import { localProbeCommand } from '../../electron/host/distro/commands.js';
import { parseProbeDocument } from '../../electron/host/distro/parse-probe-document.js';
import { probeScriptText } from '../../electron/host/distro/probe-script.js';
import { ExecRunner } from '../../electron/runner/exec-runner.js';

export interface ProbeWallTime {
  bench: boolean;
  wallMs: number;
  documentOk: boolean;
  cudaStatus: string | null;
  benchStatus: string | null;
}

export async function measureProbeWallTime(bench: boolean): Promise<ProbeWallTime> {
  const exec = new ExecRunner({});
  const t0 = performance.now();
  const result = await exec.exec(localProbeCommand({ bench }), { stdin: probeScriptText() });
  const wallMs = performance.now() - t0;
  const parsed = parseProbeDocument(result.stdout.toString('utf8'));
  const doc = parsed.ok ? (parsed.doc as { cuda?: { status?: string }; bench?: { status?: string } | null }) : null;
  return { bench, wallMs, documentOk: parsed.ok, cudaStatus: doc?.cuda?.status ?? null, benchStatus: doc?.bench?.status ?? null };
}
