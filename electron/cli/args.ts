import { parseArgs } from 'node:util';

/** A parsed command line, or the reason it is not one. */
export type CliArgs =
  | {
      ok: true;
      command: 'diagnose' | 'bundle' | 'help';
      json: boolean;
      lang?: 'en' | 'ja';
      replay?: string;
      out?: string;
      target?: 'local' | 'wsl' | 'none';
      distro?: string;
      bench: boolean;
    }
  | { ok: false; error: string };

export const USAGE = `Usage:
  wsl-gpu-setup diagnose [--json] [--lang en|ja] [--target local|wsl|none] [--distro <name>] [--bench]
  wsl-gpu-setup diagnose --replay <folder|zip> [--json] [--lang en|ja]
  wsl-gpu-setup bundle [--out <file.zip|folder>] [--target local|wsl|none] [--distro <name>] [--bench]

Commands:
  diagnose     Read this machine (or a bundle) and print every check with its verdict.
  bundle       Write a diagnostics bundle (raw tool outputs, report, redacted) for support.

Options:
  --json       Print the report as JSON ({ schema: "wsl-gpu-setup/diagnose@1", facts, checks, readiness }).
  --lang       Language of the messages (default: from LANG, else English).
  --replay     Answer every probe from a bundle instead of this machine.
  --target     Where the in-distro GPU probe runs: local (this Linux machine), wsl (a WSL
               distro, through wsl.exe), none. Default: local on Linux, wsl on Windows.
  --distro     The WSL distro to probe (default: WSL's default distribution, or your own
               distro when that default belongs to Docker Desktop, Rancher Desktop or Podman).
  --bench      Also measure matmul TFLOP/s and copy GB/s on the GPU (up to 15 s).
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
        target: { type: 'string' },
        distro: { type: 'string' },
        bench: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: 'help', json: false, bench: false };
  const [command, ...rest] = positionals;
  if (command !== 'diagnose' && command !== 'bundle') {
    return { ok: false, error: command ? `Unknown command: ${command}` : 'No command given.' };
  }
  if (rest.length) return { ok: false, error: `Unexpected argument: ${rest.join(' ')}` };
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'ja') return { ok: false, error: '--lang must be en or ja' };
  if (command === 'bundle' && values.replay !== undefined) return { ok: false, error: '--replay belongs to diagnose' };
  if (command === 'diagnose' && values.out !== undefined) return { ok: false, error: '--out belongs to bundle' };
  const target = values.target;
  if (target !== undefined && target !== 'local' && target !== 'wsl' && target !== 'none') return { ok: false, error: '--target must be local, wsl or none' };
  if (values.replay !== undefined && (target !== undefined || values.distro !== undefined || values.bench)) {
    return { ok: false, error: '--replay reads a bundle: --target, --distro and --bench do not apply' };
  }
  if (values.distro !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(values.distro)) {
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
    bench: values.bench ?? false,
  };
}
