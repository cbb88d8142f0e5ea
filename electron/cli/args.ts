import { parseArgs } from 'node:util';

/** A parsed command line, or the reason it is not one. */
export type CliArgs =
  | { ok: true; command: 'diagnose' | 'bundle' | 'help'; json: boolean; lang?: 'en' | 'ja'; replay?: string; out?: string }
  | { ok: false; error: string };

export const USAGE = `Usage:
  wsl-gpu-setup diagnose [--json] [--lang en|ja] [--replay <folder|zip>]
  wsl-gpu-setup bundle [--out <file.zip|folder>]

Commands:
  diagnose     Read this machine (or a bundle) and print every check with its verdict.
  bundle       Write a diagnostics bundle (raw tool outputs, report, redacted) for support.

Options:
  --json       Print the report as JSON ({ schema: "wsl-gpu-setup/diagnose@1", facts, checks, readiness }).
  --lang       Language of the messages (default: from LANG, else English).
  --replay     Answer every probe from a bundle instead of this machine.
  --out        Where bundle writes (default: wsl-gpu-setup-bundle-<time>.zip in the current folder).
  -h, --help   Show this help.

Exit codes: 0 no check failed, 1 a check failed, 2 usage error.
`;

/** Parses argv (without node and script). Never throws. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        lang: { type: 'string' },
        replay: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: 'help', json: false };
  const [command, ...rest] = positionals;
  if (command !== 'diagnose' && command !== 'bundle') {
    return { ok: false, error: command ? `Unknown command: ${command}` : 'No command given.' };
  }
  if (rest.length) return { ok: false, error: `Unexpected argument: ${rest.join(' ')}` };
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'ja') return { ok: false, error: '--lang must be en or ja' };
  if (command === 'bundle' && values.replay !== undefined) return { ok: false, error: '--replay belongs to diagnose' };
  if (command === 'diagnose' && values.out !== undefined) return { ok: false, error: '--out belongs to bundle' };
  return {
    ok: true,
    command,
    json: values.json ?? false,
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.replay !== undefined ? { replay: values.replay } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}
