import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archListCovers } from '../../../../electron/host/distro/parse-arch-list.js';
import { classifyCudaError } from '../../../../electron/host/distro/parse-cuda-error.js';
import { MAX_DPKG_PACKAGES, parseDpkgQuery } from '../../../../electron/host/distro/parse-dpkg.js';
import { parseDockerInfo } from '../../../../electron/host/distro/parse-docker-info.js';
import { parseKernelRelease } from '../../../../electron/host/distro/parse-kernel.js';
import { parseLdconfig } from '../../../../electron/host/distro/parse-ldconfig.js';
import { MAX_LS_ENTRIES, parseLsLong } from '../../../../electron/host/distro/parse-ls.js';
import { parseNvccVersion } from '../../../../electron/host/distro/parse-nvcc.js';
import { parseOsReleaseName } from '../../../../electron/host/distro/parse-os-release.js';
import { parsePowerSource } from '../../../../electron/host/distro/parse-power-source.js';
import { parseProcDriverVersion } from '../../../../electron/host/distro/parse-proc-driver.js';
import { parseRocminfo } from '../../../../electron/host/distro/parse-rocminfo.js';
import { cachedLibraryPath } from '../../../../electron/host/distro/parse-ldconfig-soname.js';
import { allDistroTexts } from './load-distro-fixtures.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(30_000, RUNS * 2);
const REF = new Date('2026-11-24T08:00:00Z');
const seeds = allDistroTexts();

/** Runs every new parser on the text and checks the bounds of what comes back. */
function parseAll(text: string): void {
  const k = parseKernelRelease(text);
  expect(k.release === null || k.release.length <= 128).toBe(true);
  expect([1, 2, null]).toContain(k.wslGeneration);
  const ld = parseLdconfig(text, text);
  expect(ld.entries.length).toBeLessThanOrEqual(64);
  expect(ld.otherMessages.length).toBeLessThanOrEqual(8);
  const ls = parseLsLong(text, text, REF);
  expect(ls.entries.length).toBeLessThanOrEqual(MAX_LS_ENTRIES);
  expect(parseDpkgQuery(text).length).toBeLessThanOrEqual(MAX_DPKG_PACKAGES);
  const docker = parseDockerInfo(text, text);
  expect(docker.runtimes.length).toBeLessThanOrEqual(32);
  expect((docker.error ?? '').length).toBeLessThanOrEqual(300);
  parseNvccVersion(text);
  expect((parseOsReleaseName(text) ?? '').length).toBeLessThanOrEqual(200);
  expect(['ac', 'battery', null]).toContain(parsePowerSource(text));
  parseProcDriverVersion(text);
  const e = classifyCudaError(text);
  if (e) expect(e.line.length).toBeLessThanOrEqual(300);
  archListCovers(text.split(/\s+/u), text.slice(0, 4));
  const rocm = parseRocminfo(text);
  expect(rocm.agentCount).toBeLessThanOrEqual(32);
  for (const a of rocm.gpuAgents) expect(a.name.length + (a.marketingName ?? '').length).toBeLessThanOrEqual(400);
  expect((cachedLibraryPath(text, 'libze_loader.so.1') ?? '').length).toBeLessThanOrEqual(text.length);
}

const units = fc.uint16Array({ maxLength: 2_000 }).map((a) => String.fromCharCode(...a));
const lineish = fc.array(fc.constantFrom('\t', ' ', '\n', '\r\n', 'libcuda.so.1', '(libc6,x86-64)', '=>', '/usr/lib/wsl/lib/', 'ldconfig:', 'is not a symbolic link', 'crw-rw-rw-', '-r--r--r--', '1', 'root', 'Nov', '24', '07:58', '2024', 'install ok installed', 'nvidia-driver-550', 'release 13.0, V13.0.88', 'NVRM', '550.54.14', '{', '}', '"Runtimes"', ':', 'Microsoft', 'microsoft-standard-WSL2', '4.4.0-18362-Microsoft', 'found version 11040', 'sm_120', 'compute_90', '=', 'PRETTY_NAME', '"', '*******', 'Agent 2', '  Name:                    gfx1100', '  Device Type:             GPU', '  Marketing Name:', 'WSL environment detected.'), { maxLength: 400 }).map((a) => a.join(''));

describe('in-distro output parsers are total', () => {
  it('never throw on arbitrary UTF-16 code units', () => {
    fc.assert(fc.property(units, (s) => parseAll(s)), { numRuns: RUNS });
  }, TIMEOUT);

  it('never throw on shuffled fragments of real shapes', () => {
    fc.assert(fc.property(lineish, (s) => parseAll(s)), { numRuns: RUNS });
  }, TIMEOUT);

  it('never throw on truncated and CRLF-converted real fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), fc.boolean(), (seed, cut, crlf) => {
        const text = seed.slice(0, cut % (seed.length + 1));
        parseAll(crlf ? text.replace(/\n/gu, '\r\n') : text);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('stay fast on long adversarial lines', () => {
    const long = `${'a '.repeat(200_000)}\n${'-rw-r--r-- 1 '.repeat(20_000)}\n${'\t'.repeat(100_000)}=>`;
    const t0 = Date.now();
    parseAll(long);
    expect(Date.now() - t0).toBeLessThan(5_000);
  }, TIMEOUT);
});
