import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CSV_COLUMNS, MAX_CSV_ROWS, parseNvidiaSmiCsv, type NvidiaSmiCsv } from '../../../../electron/host/nvidia-smi/parse-csv.js';
import { MAX_TABLE_GPUS, MAX_TABLE_PROCESSES, parseNvidiaSmiTable, type NvidiaSmiTable } from '../../../../electron/host/nvidia-smi/parse-table.js';
import { nvidiaFactsFrom } from '../../../../electron/host/nvidia-smi/facts.js';
import { MAX_EXCERPT_CHARS } from '../../../../electron/host/nvidia-smi/text.js';
import { loadNvidiaSmiFixtures } from './load-fixtures.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// Each property gets time in proportion to its runs (about 1 ms per run is plenty) so that
// FUZZ_RUNS=100000 is not cut off by the 30 s default.
const TIMEOUT = Math.max(30_000, RUNS * 2);
const fixtures = loadNvidiaSmiFixtures().map((f) => f.text);

function checkTable(r: NvidiaSmiTable): void {
  expect(['table', 'error', 'not-found', 'unknown']).toContain(r.kind);
  expect(r.gpus.length).toBeLessThanOrEqual(MAX_TABLE_GPUS);
  expect(r.processes.length).toBeLessThanOrEqual(MAX_TABLE_PROCESSES);
  expect(r.issues.length).toBeLessThanOrEqual(32);
  if (r.error) expect(r.error.message.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
  if (r.excerpt !== null) expect(r.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
  for (const g of r.gpus) expect((g.name ?? '').length).toBeLessThanOrEqual(2_000);
}

function checkCsv(r: NvidiaSmiCsv): void {
  expect(r.rows.length).toBeLessThanOrEqual(MAX_CSV_ROWS);
  expect(r.columns.length).toBeLessThanOrEqual(MAX_CSV_COLUMNS);
  expect(r.issues.length).toBeLessThanOrEqual(32);
}

function parseAll(text: string): { table: NvidiaSmiTable; csv: NvidiaSmiCsv } {
  const table = parseNvidiaSmiTable(text);
  const csv = parseNvidiaSmiCsv(text, { columns: ['index', 'name', 'memory.total'] });
  checkTable(table);
  checkCsv(csv);
  // The merge must accept whatever the parsers return.
  nvidiaFactsFrom(table, csv);
  return { table, csv };
}

const units = fc.uint16Array({ maxLength: 2_000 }).map((a) => String.fromCharCode(...a));

const crlf = (s: string): string => s.replace(/\n/gu, '\r\n');

/** Mutations of a real fixture: truncation, duplicated rows, collapsed whitespace, CRLF, junk lines. */
type Op =
  | { op: 'truncate'; at: number }
  | { op: 'dup'; at: number }
  | { op: 'drop'; at: number }
  | { op: 'collapse' }
  | { op: 'crlf' }
  | { op: 'insert'; at: number; text: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('dup' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('collapse' as const) }),
  fc.record({ op: fc.constant('crlf' as const) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 80 }) }),
);

function applyOp(text: string, o: Op): string {
  const lines = text.split('\n');
  switch (o.op) {
    case 'truncate': return text.slice(0, o.at % (text.length + 1));
    case 'dup': { const i = o.at % lines.length; lines.splice(i, 0, lines[i] ?? ''); return lines.join('\n'); }
    case 'drop': lines.splice(o.at % lines.length, 1); return lines.join('\n');
    case 'collapse': return text.replace(/[ \t]+/gu, ' ');
    case 'crlf': return crlf(text);
    case 'insert': lines.splice(o.at % (lines.length + 1), 0, o.text); return lines.join('\n');
  }
}

const mutatedFixture = fc
  .tuple(fc.constantFrom(...fixtures), fc.array(opArb, { maxLength: 5 }))
  .map(([text, ops]) => ops.reduce(applyOp, text));

const boxy = fc.array(
  fc.oneof(
    fc.constantFrom('|', '+', '-', '=', ' ', 'MiB', '/', '%', 'C', '0', '9', 'WDDM', 'TCC', 'NVIDIA-SMI 560.94', 'Driver Version: ', 'CUDA Version: ', 'ERR!', '\n', '\r\n', '\r', '\x1b[', '\x1b]0;', ':', 'N/A', 'nvidia-smi', "'", ',', '[N/A]'),
    fc.string({ maxLength: 4 }),
  ),
  { maxLength: 400 },
).map((parts) => parts.join(''));

describe('nvidia-smi parsers under fuzzing', () => {
  it('never throw and stay bounded on random strings', { timeout: TIMEOUT }, () => {
    // Random UTF-16 units (lone surrogates included) are cheap to generate at length; the
    // `binary` unit adds whole code points, shorter because fast-check builds them slowly.
    const input = fc.oneof(units, fc.string({ unit: 'binary', maxLength: 64 }));
    fc.assert(fc.property(input, (s) => { parseAll(s); }), { numRuns: RUNS });
  });

  it('never throw on random bytes decoded as latin1', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4_096 }), (b) => { parseAll(Buffer.from(b).toString('latin1')); }), { numRuns: RUNS });
  });

  it('never throw on table-shaped noise', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(boxy, (s) => { parseAll(s); }), { numRuns: RUNS });
  });

  it('never throw on mutated real fixtures', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(mutatedFixture, (s) => { parseAll(s); }), { numRuns: RUNS });
  });

  it('give the same result with a trailing newline or CRLF line ends', { timeout: TIMEOUT }, () => {
    const input = fc.oneof(mutatedFixture, boxy, units);
    fc.assert(
      fc.property(input, fc.constantFrom('\n', '\r\n'), (s, nl) => {
        const base = parseAll(s);
        expect(parseAll(s + nl)).toEqual(base);
        expect(parseAll(crlf(s))).toEqual(base);
      }),
      { numRuns: RUNS },
    );
  });

  it('keep the real fixtures readable after CRLF conversion and whitespace collapse', () => {
    for (const text of fixtures) {
      const base = parseNvidiaSmiTable(text);
      const collapsed = parseNvidiaSmiTable(crlf(text.replace(/[ \t]+/gu, ' ')));
      expect(collapsed.gpus.map((g) => [g.index, g.name, g.memoryTotalMiB, g.driverModel])).toEqual(base.gpus.map((g) => [g.index, g.name, g.memoryTotalMiB, g.driverModel]));
      expect([collapsed.kind, collapsed.driverVersion, collapsed.cudaVersion, collapsed.smiVersion]).toEqual([base.kind, base.driverVersion, base.cudaVersion, base.smiVersion]);
    }
  });

  it('stay linear on large adversarial input', () => {
    const inputs = [
      ' '.repeat(999_999) + 'x',
      '\r'.repeat(1_000_000),
      `|${'-'.repeat(999_998)}x`,
      `${'1 '.repeat(400)}MiB\n`.repeat(1_200),
      `|   0  ${'a '.repeat(900)}WDDM | ${'0'.repeat(8)}:01:00.0 |\n| ${'1'.repeat(9)} MiB / x |\n`.repeat(500),
      `${'x@'.repeat(600)}\n`.repeat(1_500),
      `${'nvidia-smi '.repeat(180)}\n`.repeat(500),
      `\x1b[${'1;'.repeat(40)}`.repeat(10_000),
      `${'a,'.repeat(500)}\n`.repeat(900),
    ];
    for (const text of inputs) {
      const start = performance.now();
      parseAll(text);
      // Generous: a quadratic path would take minutes on 1 MB, linear work takes milliseconds.
      expect(performance.now() - start).toBeLessThan(5_000);
    }
  });

  it('cap GPUs at 64 on a table with 100 GPU rows', () => {
    const gpu = (i: number): string => `|   ${i}  NVIDIA GeForce RTX 4090      WDDM  | 00000000:01:00.0  On | N/A |\n|  0%   36C P8 9W / 200W | 1MiB / 24564MiB | 0% Default |\n+---+---+---+\n`;
    const text = `| NVIDIA-SMI 560.94  Driver Version: 560.94  CUDA Version: 12.6 |\n|===+===+===|\n${Array.from({ length: 100 }, (_, i) => gpu(i)).join('')}`;
    const r = parseNvidiaSmiTable(text);
    expect(r.gpus).toHaveLength(MAX_TABLE_GPUS);
    expect(r.issues.some((i) => i.includes('more than 64'))).toBe(true);
  });
});
