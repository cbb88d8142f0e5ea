/**
 * The banner line of the nvidia-smi table:
 * `| NVIDIA-SMI 560.35.02    Driver Version: 560.94    CUDA Version: 12.6 |`.
 * Labels have changed across releases (R610 prints `KMD Version:` and `CUDA UMD Version:`), so
 * the values are taken by position: the first `label: value` pair after the NVIDIA-SMI version
 * is the driver, the second the CUDA version, unless a label names CUDA explicitly.
 */

/** What the banner says; versions are as printed, `null` when missing or malformed. */
export interface TableBanner {
  smiVersion: string | null;
  driverVersion: string | null;
  cudaVersion: string | null;
  /** nvidia-smi printed `ERR!` for the CUDA version (the driver could not answer). */
  cudaVersionError: boolean;
  issues: string[];
}

const VERSION = /^\d{1,4}(?:\.\d{1,6}){1,3}$/u;
const SMI = /NVIDIA-SMI\s+(\d{1,4}(?:\.\d{1,6}){1,3})(?![\w.])/iu;

/** Reads a banner from one line, or returns null when the line is not a banner. */
export function parseBanner(line: string): TableBanner | null {
  const m = SMI.exec(line);
  if (m === null) return null;
  const smiVersion = m[1] ?? null;
  const rest = line.slice(m.index + m[0].length);
  const pairs = labelValuePairs(rest);
  const issues: string[] = [];
  let cudaIdx = pairs.findIndex((p) => /cuda/iu.test(p.label));
  let driverIdx = pairs.findIndex((p, i) => i !== cudaIdx && !/cuda/iu.test(p.label));
  if (cudaIdx < 0 && pairs.length >= 2) cudaIdx = driverIdx === 0 ? 1 : 0;
  if (driverIdx < 0 && pairs.length >= 2 && cudaIdx !== 0) driverIdx = 0;
  const rawDriver = pairs[driverIdx]?.value ?? null;
  const rawCuda = pairs[cudaIdx]?.value ?? null;
  let driverVersion: string | null = null;
  if (rawDriver !== null && VERSION.test(rawDriver)) driverVersion = rawDriver;
  else issues.push(rawDriver === null ? 'banner: no driver version' : `banner: unreadable driver version "${rawDriver.slice(0, 20)}"`);
  let cudaVersion: string | null = null;
  let cudaVersionError = false;
  if (rawCuda !== null && VERSION.test(rawCuda)) cudaVersion = rawCuda;
  else if (rawCuda !== null && /^ERR!?$/iu.test(rawCuda)) {
    cudaVersionError = true;
    issues.push('banner: CUDA Version is ERR! (the driver did not answer the CUDA query)');
  } else issues.push(rawCuda === null ? 'banner: no CUDA version' : `banner: unreadable CUDA version "${rawCuda.slice(0, 20)}"`);
  return { smiVersion, driverVersion, cudaVersion, cudaVersionError, issues };
}

interface Pair {
  label: string;
  value: string;
}

/** Splits `A: x   B C: y |` into label/value pairs, scanning once. */
function labelValuePairs(text: string): Pair[] {
  const pairs: Pair[] = [];
  let labelStart = 0;
  let i = 0;
  while (i < text.length && pairs.length < 4) {
    const ch = text[i];
    if (ch === ':' || ch === '：') {
      const label = text.slice(labelStart, i).replace(/\|/gu, ' ').trim();
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
      let k = j;
      while (k < text.length && !/[\s|]/u.test(text[k] ?? ' ')) k++;
      pairs.push({ label, value: text.slice(j, k) });
      labelStart = k;
      i = k;
      continue;
    }
    i++;
  }
  return pairs;
}
