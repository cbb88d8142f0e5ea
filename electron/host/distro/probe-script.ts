import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The collector script sent on stdin to `/bin/sh -s`. It is kept in assets/probe/ as a shell
 * prelude (collect.sh) and small python files; this module splices them into the one text the
 * shell reads: the python program becomes a quoted here-document inside collect.sh, and each
 * child_*.py becomes an entry of `CHILD_SOURCES` (a JSON string literal, which is also a valid
 * Python literal for ASCII text).
 */

/** The line of collect.sh replaced by the python program. */
export const PYTHON_MARKER = '@@PYTHON@@';

/** The here-document terminator in collect.sh; no line of the python may equal it. */
export const HEREDOC_END = '__WSL_GPU_PROBE_PYTHON__';

/** Child probes, by the name collect's main.py runs them under (`child_<name>.py`). */
export const CHILD_NAMES = ['cuda', 'torch', 'tensorflow', 'jax', 'directml', 'bench'] as const;

/** The python parts, in the order they are concatenated (CHILD_SOURCES goes before main.py). */
export const LIBRARY_FILES = ['lib_run.py', 'lib_commands.py', 'lib_interpreters.py', 'lib_setup.py'] as const;

/** Prepended to each child that calls `run_child` (all but cuda, whose errors have their own shape). */
export const CHILD_PRELUDE = 'child_prelude.py';

/** The texts the script is assembled from, by file name. */
export type ProbeSources = Readonly<Record<string, string>>;

/** Why the script could not be built. */
export interface ProbeScriptError {
  code: 'missing-file' | 'bad-source';
  message: string;
}

/** The folder of the collector sources: assets/probe/ at the repository root. */
export function probeAssetsDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/probe');
}

/** Every file name the script is assembled from. */
export function probeSourceFiles(): string[] {
  return ['collect.sh', ...LIBRARY_FILES, CHILD_PRELUDE, ...CHILD_NAMES.map((n) => `child_${n}.py`), 'main.py'];
}

/** Tab, newline and printable ASCII only. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x09 || c === 0x0a || (c >= 0x20 && c <= 0x7e))) return false;
  }
  return true;
}

/** Splices the sources into the stdin text (pure). */
export function assembleProbeScript(sources: ProbeSources): { ok: true; text: string } | { ok: false; error: ProbeScriptError } {
  for (const file of probeSourceFiles()) {
    const text = sources[file];
    if (text === undefined) return { ok: false, error: { code: 'missing-file', message: `missing ${file}` } };
    // ASCII only: the python may run under LC_ALL=C, and JSON string literals are only valid
    // Python literals for ASCII text.
    if (!isPlainAscii(text)) return { ok: false, error: { code: 'bad-source', message: `${file} is not plain ASCII` } };
  }
  const get = (file: string): string => sources[file] ?? '';
  const prelude = get(CHILD_PRELUDE);
  const child = (n: string): string => {
    const source = get(`child_${n}.py`);
    return source.includes('run_child(') ? `${prelude}\n${source}` : source;
  };
  const children = CHILD_NAMES.map((n) => `    ${JSON.stringify(n)}: ${JSON.stringify(child(n))},\n`).join('');
  const python = [...LIBRARY_FILES.map(get), `CHILD_SOURCES = {\n${children}}\n`, get('main.py')].join('\n');
  if (python.split('\n').includes(HEREDOC_END)) {
    return { ok: false, error: { code: 'bad-source', message: `a python line equals the here-document end ${HEREDOC_END}` } };
  }
  const shell = get('collect.sh');
  const lines = shell.split('\n');
  if (lines.filter((l) => l === PYTHON_MARKER).length !== 1) {
    return { ok: false, error: { code: 'bad-source', message: `collect.sh must hold exactly one ${PYTHON_MARKER} line` } };
  }
  return { ok: true, text: lines.map((l) => (l === PYTHON_MARKER ? python.replace(/\n$/u, '') : l)).join('\n') };
}

const cache = new Map<string, ReturnType<typeof assembleProbeScript>>();

/** Reads the sources from `dir` (default {@link probeAssetsDir}) and assembles them, once per folder. */
export function loadProbeScript(dir: string = probeAssetsDir()): ReturnType<typeof assembleProbeScript> {
  const hit = cache.get(dir);
  if (hit) return hit;
  const sources: Record<string, string> = {};
  for (const file of probeSourceFiles()) {
    try {
      // A Windows checkout may have turned LF into CRLF; a CR would end up in every shell word.
      sources[file] = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/gu, '\n');
    } catch (error) {
      return { ok: false, error: { code: 'missing-file', message: `${path.join(dir, file)}: ${(error as Error).message}` } };
    }
  }
  const result = assembleProbeScript(sources);
  cache.set(dir, result);
  return result;
}

/**
 * A stand-in script for when the collector cannot be built (a broken install): it still
 * answers with a valid document, whose only error says so. Fixed text, nothing interpolated.
 */
export const SCRIPT_UNAVAILABLE_SCRIPT = [
  'case "$(uname -r 2>/dev/null)" in *[Mm]icrosoft*) t=wsl ;; *) t=linux ;; esac',
  `printf '{"probeVersion": 1, "target": "%s", "startedAt": "1970-01-01T00:00:00Z", "durationMs": 0, ` +
    `"args": {"bench": false}, "python": null, "timeoutTool": null, "commands": {}, "cuda": {"status": "not-run"}, ` +
    `"frameworks": {}, "bench": null, "errors": [{"where": "app", "code": "script-unavailable", ` +
    `"message": "the collector script could not be loaded by the app"}]}\\n' "$t"`,
  '',
].join('\n');

/** The collector text, or the stand-in when the sources are missing or malformed. */
export function probeScriptText(dir?: string): string {
  const r = loadProbeScript(dir);
  return r.ok ? r.text : SCRIPT_UNAVAILABLE_SCRIPT;
}
