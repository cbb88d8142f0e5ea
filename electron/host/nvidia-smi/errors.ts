import { excerpt } from './text.js';

/**
 * The failures nvidia-smi reports, reduced to short stable tokens. nvidia-smi prints these
 * messages in English on every Windows and Linux locale, so the fragments below are matched
 * case-insensitively; the shells' "not found" texts are localized and are matched by shape
 * instead (see `findNotFound`). Sources: domain.md §5.4 and §9 (#3, #4, #5, #14).
 *
 * - `gpu-access-blocked`: "Failed to initialize NVML: GPU access blocked by the operating system"
 *   (a Linux driver package shadows WSL's libraries, or the GPU is in TCC mode).
 * - `driver-library-mismatch`: "Failed to initialize NVML: Driver/library version mismatch".
 * - `nvml-init-failed`: any other "Failed to initialize NVML: …" (e.g. "Unknown Error").
 * - `nvml-library-missing`: "NVIDIA-SMI couldn't find libnvidia-ml.so library in your system".
 * - `driver-communication`: "NVIDIA-SMI has failed because it couldn't communicate with the
 *   NVIDIA driver" (WSL 1, a custom kernel, or a Linux nvidia-smi inside WSL 2).
 * - `device-handle`: "Unable to determine the device handle for GPU…" (one GPU in TCC mode).
 * - `no-devices`: "No devices were found".
 * - `invalid-query-field`: `Field "…" is not a valid field to query.` (older drivers lack a field).
 * - `not-found`: the shell could not find nvidia-smi at all.
 */
export const NVIDIA_SMI_ERROR_CODES = [
  'gpu-access-blocked',
  'driver-library-mismatch',
  'nvml-init-failed',
  'nvml-library-missing',
  'driver-communication',
  'device-handle',
  'no-devices',
  'invalid-query-field',
  'not-found',
] as const;

/** One of the tokens above. */
export type NvidiaSmiErrorCode = (typeof NVIDIA_SMI_ERROR_CODES)[number];

/** A failure found in nvidia-smi output: its token and the redacted line that said so. */
export interface NvidiaSmiError {
  code: NvidiaSmiErrorCode;
  message: string;
}

/** Exit codes of "command not found": POSIX shells (127) and cmd.exe (9009). */
export const NOT_FOUND_EXIT_CODES: readonly number[] = [127, 9009];

// Ordered from most to least specific: the first pattern that matches any line wins.
const PATTERNS: readonly (readonly [NvidiaSmiErrorCode, RegExp])[] = [
  ['gpu-access-blocked', /GPU access blocked/i],
  ['driver-library-mismatch', /Driver\/library version mismatch/i],
  ['nvml-init-failed', /Failed to initialize NVML/i],
  ['nvml-library-missing', /find libnvidia-ml/i],
  ['driver-communication', /NVIDIA-SMI has failed|communicate with the NVIDIA driver/i],
  ['device-handle', /Unable to determine the device handle/i],
  ['no-devices', /No devices were found/i],
  ['invalid-query-field', /is not a valid field to query/i],
];

/** Finds the most specific nvidia-smi failure message in the lines, or null. */
export function findToolError(lines: readonly string[]): NvidiaSmiError | null {
  let best: { rank: number; line: string } | null = null;
  for (const line of lines) {
    if (line.length === 0) continue;
    for (let rank = 0; rank < PATTERNS.length; rank++) {
      if (best !== null && rank >= best.rank) break;
      const entry = PATTERNS[rank];
      if (entry !== undefined && entry[1].test(line)) {
        best = { rank, line };
        break;
      }
    }
    if (best?.rank === 0) break;
  }
  if (best === null) return null;
  const code = PATTERNS[best.rank]?.[0] ?? 'nvml-init-failed';
  return { code, message: excerpt(best.line) };
}

const TOOL = 'nvidia-smi';
const OPENING_QUOTES = `'"‘’“”„«「『`;
const CLOSING_QUOTES = `'"‘’“”«»」』`;

/**
 * Finds the shell's "not found" answer: an exit code of 127 or 9009, or a line where the tool
 * name is quoted (`'nvidia-smi' is not recognized…` in any language), followed by a colon
 * (`bash: nvidia-smi: command not found`, `nvidia-smi : The term…`) or ends the line after a
 * colon (`zsh: command not found: nvidia-smi`). A bare name, as in a prompt line, is not enough.
 */
export function findNotFound(lines: readonly string[], exitCode?: number | null): NvidiaSmiError | null {
  for (const line of lines) {
    if (mentionsToolAsSubject(line)) return { code: 'not-found', message: excerpt(line) };
  }
  if (typeof exitCode === 'number' && NOT_FOUND_EXIT_CODES.includes(exitCode)) {
    const first = lines.find((l) => l.trim() !== '') ?? '';
    return { code: 'not-found', message: excerpt(first) };
  }
  return null;
}

function mentionsToolAsSubject(line: string): boolean {
  const lower = line.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(TOOL, from);
    if (at < 0) return false;
    from = at + TOOL.length;
    let end = from;
    if (lower.startsWith('.exe', end)) end += 4;
    const before = at > 0 ? line[at - 1] ?? '' : '';
    const after = line[end] ?? '';
    if (OPENING_QUOTES.includes(before) && before !== '' && CLOSING_QUOTES.includes(after) && after !== '') return true;
    let k = end;
    while (line[k] === ' ') k++;
    if (line[k] === ':' && k - end <= 1) return true;
    if (end === line.length && /:\s*$/u.test(line.slice(Math.max(0, at - 3), at))) return true;
  }
}
