import path from 'node:path';
import { readAppVersion } from '../app/app-version.js';
import { createProbeContext, loadCheckReference } from '../app/create-engine.js';
import { readBundle } from '../bundle/read-bundle.js';
import { writeBundle } from '../bundle/write-bundle.js';
import type { DiagnoseReport } from '../contract/checks.js';
import { diagnoseHost, reportFrom } from '../engine/diagnose.js';
import { defaultInDistro, defaultPlan } from '../engine/plan/default-plan.js';
import { detectHost } from '../host/platform.js';
import { ExecRunner } from '../runner/exec-runner.js';
import { parseCliArgs, USAGE } from './args.js';
import { parseSetupArgs, SETUP_COMMANDS } from './setup-args.js';
import type { CliIo } from './cli-io.js';
import { runSetupCommand } from './setup-commands.js';
import { writeProbeScript } from './write-probe-script.js';
import { runExplain } from './explain.js';
import { formatReportTable } from './format-report.js';
import { reportToJson } from '../app/report-json.js';
import { createTranslator } from '../app/engine-translator.js';
import { bundleContentOf } from '../app/bundle-content.js';
import { pickLanguage } from './translate.js';

/** Exit codes: 0 no check failed, 1 a check failed (or the bundle could not be read/written), 2 usage error (or probe-script could not write). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;


export type { CliIo, CliStdin } from './cli-io.js';

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'broker' || first === '--broker') return runBrokerMode(rest, io);
  if (first === 'explain') return runExplain(rest, io);
  if ((SETUP_COMMANDS as readonly string[]).includes(first ?? '')) {
    const setupArgs = parseSetupArgs(first as (typeof SETUP_COMMANDS)[number], rest);
    if (!setupArgs.ok) {
      io.stderr(`${setupArgs.error}\n\n${USAGE}`);
      return EXIT.usage;
    }
    return runSetupCommand(setupArgs, io);
  }
  const args = parseCliArgs(argv);
  if (!args.ok) {
    io.stderr(`${args.error}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (args.command === 'probe-script') {
    const written = writeProbeScript(path.resolve(io.cwd ?? process.cwd(), args.out ?? ''));
    if (!written.ok) {
      io.stderr(`${written.error}\n`);
      return EXIT.usage;
    }
    io.stdout(`${written.path}\n`);
    return EXIT.ok;
  }
  const now = io.now ?? (() => new Date());
  // The runner logs which absolute file ran and how it ended; a bundle carries these lines (redacted).
  const logLines: string[] = [];
  const log = (line: string, fields?: Readonly<Record<string, unknown>>) => logLines.push(`${now().toISOString()} ${line}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
  const host = detectHost(io.env);
  const plan = defaultPlan(
    {
      ...defaultInDistro(host.platform),
      ...(args.target ? { target: args.target } : {}),
      ...(args.distro !== undefined ? { distro: args.distro } : {}),
      ...(args.python !== undefined ? { python: args.python } : {}),
      bench: args.bench,
    },
    loadCheckReference(log),
  );
  const lang = pickLanguage(args.lang, io.env);
  const t = await createTranslator(lang);

  if (args.command === 'diagnose' && args.replay !== undefined) {
    const bundle = await readBundle(path.resolve(io.cwd ?? process.cwd(), args.replay));
    if (!bundle.ok) {
      io.stderr(`${bundle.error.message}\n${bundle.error.fix}\n`);
      return EXIT.failed;
    }
    return printReport(reportFrom(bundle.value.manifest.platform, bundle.value.captures, plan.checks, now()), args.json, io, t);
  }

  const ctx = createProbeContext(io.env, new ExecRunner({ baseEnv: io.env, log }), host);
  const { captures, report } = await diagnoseHost(plan, ctx, now);
  if (args.command === 'diagnose') return printReport(report, args.json, io, t);

  const out = path.resolve(io.cwd ?? process.cwd(), args.out ?? `wsl-gpu-setup-bundle-${stamp(now())}.zip`);
  const content = await bundleContentOf({ captures, report, logLines, version: readAppVersion() ?? 'unknown', host: ctx.host, env: io.env });
  const written = await writeBundle({ ...content, out });
  if (!written.ok) {
    io.stderr(`${written.error.message}\n${written.error.fix}\n`);
    return EXIT.failed;
  }
  io.stdout(`${written.value.path}\n`);
  return EXIT.ok;
}

/**
 * `wsl-gpu-setup broker …`: the elevated helper's mode, implemented in electron/broker. Loaded
 * only when asked for, so the CLI works in builds where it is absent.
 */
async function runBrokerMode(argv: string[], io: CliIo): Promise<number> {
  try {
    const mod = await import('../broker/broker-main.js');
    return await mod.runBroker(argv);
  } catch (e) {
    io.stderr(`broker mode is not available: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failed;
  }
}

function printReport(report: DiagnoseReport, json: boolean, io: CliIo, t: Awaited<ReturnType<typeof createTranslator>>): number {
  io.stdout(json ? `${JSON.stringify(reportToJson(report, t), null, 2)}\n` : `${formatReportTable(report, t)}\n`);
  return report.checks.some((c) => c.status === 'fail') ? EXIT.failed : EXIT.ok;
}

/** `20261124-081500`: sortable and safe in file names on every OS. */
function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
