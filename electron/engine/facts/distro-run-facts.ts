import type { DistroBootFacts, DistroFacts, WslTargetFacts } from '../../contract/distro-facts.js';
import { isUtilityDistro } from '../../host/wsl/choose-ml-distro.js';
import type { Capture, CaptureMap } from '../model.js';
import { COLLECTOR_NOT_RUN, DISTRO_BOOT_PROBE_ID } from '../probes/distro-probe.js';
import { notRunReason } from '../run-probes.js';
import { captureText } from './capture-text.js';
import { mlDistroChoiceFrom } from './ml-distro-choice.js';

/** How the collector was run: in which distro, after how long a boot, for how long. */
export type RunFacts = Pick<DistroFacts, 'wslTarget' | 'boot' | 'collectorMs'>;

const MESSAGE_CHARS = 300;

function bootFrom(c: Capture | undefined): DistroBootFacts | null {
  if (c === undefined || notRunReason(c) !== null) return null;
  const base = { durationMs: Math.round(c.durationMs), exitCode: c.exitCode };
  if (c.launchError === 'stopped: timeout') return { ...base, status: 'timeout', message: null };
  if (c.exitCode === 0 && c.launchError === null) return { ...base, status: 'ok', message: null };
  return { ...base, status: 'failed', message: (c.launchError ?? captureText(c)).trim().slice(0, MESSAGE_CHARS) || null };
}

/** The `-d <distro>` of a wsl.exe argv (`[wsl.exe, -d, name, …]`), or null. */
function distroArg(argv: readonly string[]): string | null {
  return argv[1] === '-d' ? (argv[2] ?? null) : null;
}

function targetFrom(captures: CaptureMap, collector: Capture, boot: Capture | undefined): WslTargetFacts | null {
  const reason = notRunReason(collector);
  const argv = reason !== null ? (boot?.argv ?? []) : collector.argv;
  if (reason === null && !/wsl\.exe$/iu.test(argv[0] ?? '')) return null;
  const choice = mlDistroChoiceFrom(captures);
  const none = { replacedDefault: null, utilities: [] as string[] };
  if (reason === COLLECTOR_NOT_RUN.noUserDistro) {
    return { ...none, name: null, source: 'none', utility: false, utilities: choice.kind === 'none' ? choice.utilities : [] };
  }
  const named = distroArg(argv);
  if (named === null) {
    const name = choice.kind === 'wsl-default' ? choice.name : null;
    return { ...none, name, source: 'wsl-default', utility: name !== null && isUtilityDistro(name) };
  }
  if (choice.kind === 'instead-of-utility' && choice.name === named) {
    return { ...none, name: named, source: 'instead-of-utility', utility: false, replacedDefault: choice.replaced };
  }
  return { ...none, name: named, source: 'explicit', utility: isUtilityDistro(named) };
}

/** The run facts of the collector capture and the captures it waited for. Pure. */
export function runFactsFrom(captures: CaptureMap, collector: Capture): RunFacts {
  const boot = captures.get(DISTRO_BOOT_PROBE_ID);
  return {
    wslTarget: targetFrom(captures, collector, boot),
    boot: bootFrom(boot),
    collectorMs: notRunReason(collector) === null ? Math.round(collector.durationMs) : null,
  };
}
