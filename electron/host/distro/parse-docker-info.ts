/**
 * `docker info --format '{{json .}}'`. Without a daemon the CLI still prints the JSON (server
 * fields empty) and says why on stderr, exiting 1. Runtimes list `nvidia` once the NVIDIA
 * Container Toolkit is configured (Docker Desktop ships it); `CDISpecDirs` names where CDI
 * specs are read (domain.md §7, failures #10–#12).
 */

/** What docker said about itself. */
export interface DockerInfo {
  daemonReachable: boolean;
  serverVersion: string | null;
  clientVersion: string | null;
  runtimes: string[];
  defaultRuntime: string | null;
  cdiSpecDirs: string[];
  /** The daemon's own errors, or the CLI's stderr when it could not reach one (first line, bounded). */
  error: string | null;
}

const MAX_ITEMS = 32;
const MAX_TEXT = 300;

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, MAX_TEXT) : null;
}

function firstLine(text: string): string | null {
  const line = text.split(/\r?\n/u).find((l) => l.trim() !== '');
  return line ? line.trim().slice(0, MAX_TEXT) : null;
}

function parseJson(text: string): Record<string, unknown> | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    const v: unknown = JSON.parse(text.slice(start, end + 1));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Parses the JSON and the stderr. Total: never throws, bounded output. */
export function parseDockerInfo(stdout: string, stderr = ''): DockerInfo {
  const json = parseJson(typeof stdout === 'string' && stdout.length <= 1_000_000 ? stdout : '');
  const client = json?.ClientInfo;
  const serverErrors = Array.isArray(json?.ServerErrors) ? json.ServerErrors.map(str).filter((s): s is string => s !== null) : [];
  const serverVersion = str(json?.ServerVersion);
  const runtimes = json?.Runtimes !== null && typeof json?.Runtimes === 'object' ? Object.keys(json.Runtimes).slice(0, MAX_ITEMS) : [];
  const dirs = Array.isArray(json?.CDISpecDirs) ? json.CDISpecDirs.map(str).filter((s): s is string => s !== null).slice(0, MAX_ITEMS) : [];
  const stderrLine = firstLine(typeof stderr === 'string' ? stderr.slice(0, 10_000) : '');
  const reachable = serverVersion !== null && serverErrors.length === 0;
  return {
    daemonReachable: reachable,
    serverVersion,
    clientVersion: client !== null && typeof client === 'object' ? str((client as Record<string, unknown>).Version) : null,
    runtimes: runtimes.map((r) => r.slice(0, MAX_TEXT)),
    defaultRuntime: str(json?.DefaultRuntime),
    cdiSpecDirs: dirs,
    error: reachable ? null : (serverErrors[0] ?? stderrLine ?? (json === null ? 'no JSON in docker info output' : null)),
  };
}
