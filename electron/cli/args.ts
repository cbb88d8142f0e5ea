import { parseArgs } from 'node:util';
import { isValidProbePython } from '../host/distro/commands.js';
import { isValidDistroName } from '../host/distro/distro-name.js';
import { EXPLAIN_USAGE } from './explain.js';
import { SETUP_USAGE } from './setup-args.js';

/** A parsed command line, or the reason it is not one. */
export type CliArgs =
  | {
      ok: true;
      command: 'diagnose' | 'bundle' | 'probe-script' | 'help';
      json: boolean;
      lang?: 'en' | 'ja';
      replay?: string;
      out?: string;
      target?: 'local' | 'wsl' | 'none';
      distro?: string;
      bench: boolean;
      /** Interpreter for the framework checks and the benchmark inside the distro. */
      python?: string;
    }
  | { ok: false; error: string };

export const USAGE = `Usage:
  wsl-gpu-setup diagnose [--json] [--lang en|ja] [--target local|wsl|none] [--distro <name>] [--bench] [--python <path>]
  wsl-gpu-setup diagnose --replay <folder|zip> [--json] [--lang en|ja]
  wsl-gpu-setup bundle [--out <file.zip|folder>] [--target local|wsl|none] [--distro <name>] [--bench] [--python <path>]
  wsl-gpu-setup probe-script --out <file>
${SETUP_USAGE}
${EXPLAIN_USAGE}
Commands:
  diagnose     Read this machine (or a bundle) and print every check with its verdict.
  bundle       Write a diagnostics bundle (raw tool outputs, report, redacted) for support.
  probe-script Write the in-distro collector exactly as the app sends it on stdin; run it
               where Node is absent with: sh <file> [--bench] [--python <path>]

Options:
  --json       Print the report as JSON ({ schema: "wsl-gpu-setup/diagnose@1", facts, checks, readiness }).
  --lang       Language of the messages (default: from LANG, else English).
  --replay     Answer every probe from a bundle instead of this machine.
  --target     Where the in-distro GPU probe runs: local (this Linux machine), wsl (a WSL
               distro, through wsl.exe), none. Default: local on Linux, wsl on Windows.
  --distro     The WSL distro to probe (default: WSL's default distribution, or your own
               distro when that default belongs to Docker Desktop, Rancher Desktop or Podman).
  --bench      Also measure matmul TFLOP/s and copy GB/s on the GPU (up to 15 s).
  --python     The Python interpreter inside the distro to judge first (absolute path, e.g.
               /home/me/.venv/bin/python3); venvs, conda envs and user site-packages of the
               distro's default user are looked in as well.
  --out        Where bundle writes (default: wsl-gpu-setup-bundle-<time>.zip in the current
               folder); where probe-script writes (required).
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
        target: { type: 'string' },
        distro: { type: 'string' },
        bench: { type: 'boolean' },
        python: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: 'help', json: false, bench: false };
  const [command, ...rest] = positionals;
  if (command !== 'diagnose' && command !== 'bundle' && command !== 'probe-script') {
    return { ok: false, error: command ? `Unknown command: ${command}` : 'No command given.' };
  }
  if (rest.length) return { ok: false, error: `Unexpected argument: ${rest.join(' ')}` };
  if (command === 'probe-script') return probeScriptArgs(values);
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'ja') return { ok: false, error: '--lang must be en or ja' };
  if (command === 'bundle' && values.replay !== undefined) return { ok: false, error: '--replay belongs to diagnose' };
  if (command === 'diagnose' && values.out !== undefined) return { ok: false, error: '--out belongs to bundle' };
  const target = values.target;
  if (target !== undefined && target !== 'local' && target !== 'wsl' && target !== 'none') return { ok: false, error: '--target must be local, wsl or none' };
  if (values.replay !== undefined && (target !== undefined || values.distro !== undefined || values.bench || values.python !== undefined)) {
    return { ok: false, error: '--replay reads a bundle: --target, --distro, --bench and --python do not apply' };
  }
  if (values.python !== undefined && !isValidProbePython(values.python)) {
    return { ok: false, error: '--python must be an absolute Linux path of plain characters (letters, digits, . _ + @ - /), without ..' };
  }
  if (values.distro !== undefined && !isValidDistroName(values.distro)) {
    return { ok: false, error: '--distro must be a WSL distro name (letters, digits, . _ -; at most 64)' };
  }
  return {
    ok: true,
    command,
    json: values.json ?? false,
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.replay !== undefined ? { replay: values.replay } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(values.distro !== undefined ? { distro: values.distro } : {}),
    ...(values.python !== undefined ? { python: values.python } : {}),
    bench: values.bench ?? false,
  };
}

/** `probe-script --out FILE`: nothing but where to write (the script's own options are given to `sh`). */
function probeScriptArgs(values: Record<string, string | boolean | undefined>): CliArgs {
  const extra = ['json', 'lang', 'replay', 'target', 'distro', 'bench', 'python'].filter((k) => values[k] !== undefined);
  if (extra.length) return { ok: false, error: `probe-script takes only --out (pass --bench and --python to the script itself): ${extra.map((k) => `--${k}`).join(' ')}` };
  if (typeof values.out !== 'string' || values.out === '') return { ok: false, error: 'probe-script needs --out <file>' };
  return { ok: true, command: 'probe-script', json: false, out: values.out, bench: false };
}
