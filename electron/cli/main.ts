import { parseArgs } from 'node:util';
import type { DiagnoseReport } from '../contract/checks.js';
import { createEngine } from '../app/create-engine.js';
import { formatReportTable, reportToJson } from './format-report.js';
import { createTranslator, pickLanguage } from './translate.js';

/** Exit codes: 0 every check passed or was not applicable, 1 a check failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const USAGE = `Usage: wsl-gpu-setup diagnose [--json] [--lang en|ja]

Commands:
  diagnose     Read the host and print every check with its verdict.

Options:
  --json       Print the report as JSON ({ schema: "wsl-gpu-setup/diagnose@1", facts, checks, readiness }).
  --lang       Language of the messages (default: from LANG, else English).
  -h, --help   Show this help.
`;

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || positionals[0] !== 'diagnose') {
    io.stderr(`${positionals.length ? `Unknown command: ${positionals.join(' ')}` : 'No command given.'}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (values.lang !== undefined && !['en', 'ja'].includes(values.lang)) {
    io.stderr(`--lang must be en or ja\n\n${USAGE}`);
    return EXIT.usage;
  }

  const t = await createTranslator(pickLanguage(values.lang, io.env));
  const engine = createEngine({ env: io.env });
  let report: DiagnoseReport;
  try {
    report = await engine.diagnose();
  } finally {
    await engine.dispose();
  }
  io.stdout(values.json ? `${JSON.stringify(reportToJson(report, t), null, 2)}\n` : `${formatReportTable(report, t)}\n`);
  return report.checks.some((c) => c.status === 'fail') ? EXIT.failed : EXIT.ok;
}
