import { createHash } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_JOURNAL_FILE, FileJournalStore, PREVIOUS_JOURNAL_FILE } from '../../../electron/journal/file-journal-store.js';
import { canonicalJson, decodeJournalFile, encodeJournalFile, JOURNAL_FILE_FORMAT } from '../../../electron/journal/journal-codec.js';
import { MemoryJournalFs, sampleJournal } from './journal-helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const DIR = '/state/wsl-gpu-setup';
const GEN1 = encodeJournalFile(sampleJournal(1), 1, '2026-12-03T10:00:00.000Z');
const GEN2 = encodeJournalFile(sampleJournal(2), 2, '2026-12-03T10:01:00.000Z');

/** A store whose folder holds exactly these two files (null: absent). */
function storeWith(current: Uint8Array | null, previous: Uint8Array | null) {
  const fs = new MemoryJournalFs();
  if (current) fs.files.set(path.join(DIR, CURRENT_JOURNAL_FILE), current);
  if (previous) fs.files.set(path.join(DIR, PREVIOUS_JOURNAL_FILE), previous);
  return new FileJournalStore({ dir: DIR, fs });
}

/** A file with a correct checksum over whatever body it is given: only the schema can refuse it. */
function forged(journal: unknown, seq = 3): Uint8Array {
  const body = { format: JOURNAL_FILE_FORMAT, seq, writtenAt: '2026-12-03T10:02:00.000Z', journal };
  const sha256 = createHash('sha256').update(canonicalJson(body)).digest('hex');
  return Buffer.from(JSON.stringify({ ...body, sha256 }));
}

describe('journal file: torn and damaged files', () => {
  it('truncated at every byte offset: falls back to the previous generation, never throws', async () => {
    for (let cut = 0; cut < GEN2.byteLength; cut++) {
      const result = await storeWith(GEN2.subarray(0, cut), GEN1).load();
      // Only the trailing newline may go missing and leave the current generation whole.
      if (cut === GEN2.byteLength - 1) expect(result).toEqual({ kind: 'ok', journal: sampleJournal(2), recoveredFrom: 'current' });
      else expect(result, `cut at ${cut}`).toEqual({ kind: 'ok', journal: sampleJournal(1), recoveredFrom: 'previous' });
    }
  });

  it('truncated at every byte offset with no previous generation: unreadable, never a throw', async () => {
    for (let cut = 0; cut < GEN2.byteLength - 1; cut++) {
      const result = await storeWith(GEN2.subarray(0, cut), null).load();
      expect(result.kind, `cut at ${cut}`).toBe('unreadable');
    }
  });

  it('property: random truncation, byte flips and appended garbage give one of the two written generations or unreadable', async () => {
    const damage = fc.record({
      cut: fc.nat({ max: GEN2.byteLength }),
      flips: fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { maxLength: 4 }),
      garbage: fc.uint8Array({ maxLength: 16 }),
      damagePrevious: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ cut, flips, garbage, damagePrevious }) => {
        const bytes = Buffer.concat([GEN2.subarray(0, cut), garbage]);
        for (const f of flips) {
          const i = f.at % Math.max(bytes.length, 1);
          if (i < bytes.length) bytes[i] = bytes[i]! ^ f.xor;
        }
        const previous = damagePrevious ? GEN1.subarray(0, GEN1.byteLength >> 1) : GEN1;
        const result = await storeWith(bytes, previous).load();
        if (result.kind === 'ok') {
          const expected = result.recoveredFrom === 'current' ? sampleJournal(2) : sampleJournal(1);
          expect(result.journal).toEqual(expected);
          if (damagePrevious) expect(result.recoveredFrom).toBe('current');
        } else {
          expect(result.kind).toBe('unreadable');
        }
      }),
      { numRuns: runs },
    );
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['UTF-8 BOM first', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), GEN2])],
    ['UTF-16LE', Buffer.from(Buffer.from(GEN2).toString('utf8'), 'utf16le')],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['a JSON array', Buffer.from('[1,2,3]')],
    ['deeply nested', Buffer.from('['.repeat(200_000) + ']'.repeat(200_000))],
    ['too large', Buffer.alloc(2 * 1024 * 1024, 0x20)],
  ])('%s: falls back to the previous generation', async (_name, bytes) => {
    expect(await storeWith(bytes, GEN1).load()).toEqual({ kind: 'ok', journal: sampleJournal(1), recoveredFrom: 'previous' });
  });
});

describe('journal file: hostile content with a valid checksum', () => {
  const journal = sampleJournal(2);
  const hostile: [string, unknown][] = [
    ['an argv field on a step', { ...journal, steps: [{ ...journal.steps[0], argv: ['C:\\Windows\\System32\\cmd.exe', '/c', 'evil'] }] }],
    ['a command field at the top', { ...journal, command: 'wsl.exe --unregister Ubuntu' }],
    ['a command line in params', { ...journal, steps: [{ ...journal.steps[0], params: { commandLine: 'rm -rf /' } }] }],
    ['a prototype key in params', { ...journal, steps: [{ ...journal.steps[0], params: JSON.parse('{"__proto__":{"polluted":true}}') as unknown }] }],
    ['a state outside the closed set', { ...journal, steps: [{ ...journal.steps[0], state: 'skipped' }] }],
    ['a step id that is not an id', { ...journal, steps: [{ ...journal.steps[0], stepId: '../../evil' }] }],
    ['a wrong schema', { ...journal, schema: 'wsl-gpu-setup/journal@2' }],
    ['a hostile user name', { ...journal, choices: { user: 'root;rm -rf /' } }],
    ['a run id that is not a UUID', { ...journal, runId: 'run-1' }],
  ];

  it.each(hostile)('%s: rejected even with a correct checksum; the previous generation is used', async (_name, body) => {
    expect(decodeJournalFile(forged(body))).toMatchObject({ ok: false, reason: expect.stringMatching(/^schema: /) as unknown });
    expect(await storeWith(forged(body), GEN1).load()).toEqual({ kind: 'ok', journal: sampleJournal(1), recoveredFrom: 'previous' });
  });

  it('both generations hostile: unreadable with both reasons, no data', async () => {
    const result = await storeWith(forged({ ...journal, command: 'x' }), forged({ ...journal, argv: [] }, 2)).load();
    expect(result).toEqual({ kind: 'unreadable', reason: expect.stringMatching(/^current: schema: .*; previous: schema: /) as unknown });
  });

  it('the same body with a wrong checksum is refused before the schema', () => {
    const text = Buffer.from(GEN2).toString('utf8').replace('"attempts":2', '"attempts":7');
    expect(decodeJournalFile(Buffer.from(text))).toEqual({ ok: false, reason: 'checksum mismatch' });
  });

  it('a valid forged file is accepted: the checks above refuse the content, not the forging', () => {
    expect(decodeJournalFile(forged(journal))).toEqual({ ok: true, seq: 3, journal });
  });
});
