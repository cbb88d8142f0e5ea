import type { CheckCategory, CheckStatus, Evidence, Fix } from '../contract/checks.js';
import type { Facts } from '../contract/facts.js';
import type { Msg } from '../contract/messages.js';
import type { HostInfo, HostPlatform } from '../contract/platform.js';
import type { CommandSpec, OutputEncoding } from '../runner/command.js';
import type { ExecRunnerLike } from '../runner/runner.js';
import type { SystemTool } from '../runner/system-tools.js';

/**
 * The engine's vocabulary. The plan is data: probes read the host, fact builders turn raw
 * captures into `Facts` (pure), checks judge facts (pure); the steps that change the host are
 * the setup's declarative steps (steps/model.ts).
 */

/** What a probe needs from the outside world. */
export interface ProbeContext {
  host: HostInfo;
  env: NodeJS.ProcessEnv;
  /** Absolute path of an allow-listed system tool. */
  tool(name: SystemTool): string;
  exec: ExecRunnerLike;
}

/** The raw result of one probe, kept byte for byte (this is also a bundle capture). */
export interface Capture {
  probe: string;
  argv: string[];
  exitCode: number | null;
  stdout: Buffer;
  stderr: Buffer;
  encoding: OutputEncoding;
  durationMs: number;
  /** Set when the tool could not be started at all (e.g. the file does not exist). */
  launchError: string | null;
}

/** Captures by probe id; a missing key means "not captured". */
export type CaptureMap = ReadonlyMap<string, Capture>;

/** A read-only command whose output feeds the fact builders. */
export interface Probe {
  id: string;
  platforms: readonly HostPlatform[];
  /** `prior`: the captures of the probes named in `after` (empty for a probe without `after`). */
  spec(ctx: ProbeContext, prior?: CaptureMap): CommandSpec;
  /**
   * Probes (ids earlier in the plan) this one needs: it starts when they have ended and reads
   * their captures. Probes without `after` all start at once.
   */
  after?: readonly string[];
  /**
   * Decided from the `after` captures: `true` runs the probe; `false` records nothing (not
   * needed, e.g. no retry after a query that worked); a string is the reason it was not run,
   * recorded as a capture whose `launchError` is `not-run: <reason>` so a bundle keeps the
   * decision and its replay gives the same verdict.
   */
  when?: (prior: CaptureMap) => boolean | string;
  /** Text sent to the process's stdin (e.g. the in-distro probe script). */
  stdin?: (ctx: ProbeContext) => string | Buffer;
}

/** A check's own verdict; the engine adds id, category and title. */
export interface Verdict {
  status: CheckStatus;
  summary: Msg;
  evidence?: Evidence[];
  fix?: Fix;
}

/** One capability check: a pure function of the facts. */
export interface Check {
  id: string;
  category: CheckCategory;
  title: Msg;
  /** Checks that must pass or warn first; when one fails or skips, this check is `skip`. */
  prerequisites: readonly string[];
  /**
   * Prerequisites that depend on the host, replacing `prerequisites` when present: links shared
   * by two roads (WSL and native Linux) depend on whichever road this host takes.
   */
  prerequisitesFor?(facts: Facts): readonly string[];
  /**
   * Ids of the probes whose captures this check reads through the facts (checks/probe-needs.ts
   * names them by fact section), so a targeted verify runs only those. Absent: every probe of
   * the plan. A probe's own `after` dependencies are added by the verify, not listed here.
   */
  needs?: readonly string[];
  /**
   * Probes whose captures this check also reads when the run took them, without ever running
   * them for it in a targeted verify: evidence that only sharpens a verdict the check can give
   * without it. wsl.exe's error when starting the distro overrides a Windows check, and
   * re-checking that Windows check must not start the distro.
   */
  usesIfCaptured?: readonly string[];
  /** `true` when the check applies to this host, else the reason it does not. */
  applies(facts: Facts): true | Msg;
  evaluate(facts: Facts): Verdict;
}

/** A stage groups steps in the wizard. */
export interface Stage {
  id: string;
  title: Msg;
}
