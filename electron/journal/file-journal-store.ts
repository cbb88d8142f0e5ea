import path from 'node:path';
import type { JournalLoad, JournalStore, RunJournal } from '../engine/setup/ports.js';
import { decodeJournalFile, encodeJournalFile, type DecodedJournalFile } from './journal-codec.js';
import { errnoCode, nodeJournalFs, type JournalFs } from './journal-fs.js';
import { validateRunJournal } from './journal-schema.js';

/**
 * The setup journal on disk, crash-safe (reliability.md §3.2):
 *
 * - two generations: `journal.json` (current) and `journal.prev.json` (the one before). A save
 *   first copies a *valid* current over the previous one, then replaces the current; each write
 *   is write-file-atomic (temp file, fsync, rename) and the folder is fsynced after. A kill at any
 *   point leaves at least one valid generation, and the newest acknowledged one is never lost.
 * - every generation carries a sequence number and a sha256 (journal-codec.ts); load takes the
 *   valid generation with the highest number and reports whether it had to fall back.
 * - nothing that fails the checksum or the strict schema is ever returned: the caller gets
 *   `unreadable` and re-probes. Load never throws.
 * - saves, loads and clears of one store run one at a time, in call order.
 *
 * No separate append-only event log: reliability.md §3 recommends snapshots in two generations,
 * and a torn write of the snapshot (the "torn last line" case) already falls back to the previous
 * generation; a second file format would be a second thing to recover.
 */

export const CURRENT_JOURNAL_FILE = 'journal.json';
export const PREVIOUS_JOURNAL_FILE = 'journal.prev.json';
/** write-file-atomic's temp names (`<target>.<uint32>`), left behind only by a kill mid-write. */
const STRAY_TEMP = /^journal(\.prev)?\.json\.\d+$/;

/** Windows antivirus and indexers hold fresh files briefly: these are retried (≤ about 2.5 s). */
const TRANSIENT_WRITE = new Set(['EPERM', 'EACCES', 'EBUSY']);
const WRITE_TRIES = 8;

export type JournalSaveFailure = 'invalid-journal' | 'disk-full' | 'no-permission' | 'io';

/** Why a save did not happen; the previous generations are untouched when this is thrown. */
export class JournalSaveError extends Error {
  constructor(
    readonly failure: JournalSaveFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'JournalSaveError';
  }
}

export interface FileJournalStoreOptions {
  /** The folder holding the journal (see defaultJournalDir). */
  dir: string;
  fs?: JournalFs;
  /** When given, a journal naming a step outside this set is unreadable (a newer app's journal). */
  knownStepIds?: ReadonlySet<string>;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/** One generation's file: null when it does not exist. */
type Slot = DecodedJournalFile | null;

export class FileJournalStore implements JournalStore {
  private readonly fs: JournalFs;
  private readonly current: string;
  private readonly previous: string;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  /** The journal's folder: what a failed save names (where to free space or fix permissions). */
  readonly location: string;

  constructor(private readonly options: FileJournalStoreOptions) {
    this.location = options.dir;
    this.fs = options.fs ?? nodeJournalFs;
    this.current = path.join(options.dir, CURRENT_JOURNAL_FILE);
    this.previous = path.join(options.dir, PREVIOUS_JOURNAL_FILE);
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  load(): Promise<JournalLoad> {
    return this.serialize(() => this.loadNow());
  }

  save(journal: RunJournal): Promise<void> {
    return this.serialize(() => this.saveNow(journal));
  }

  clear(): Promise<void> {
    return this.serialize(() => this.clearNow());
  }

  /** Runs `op` after every earlier operation settled, whatever their outcome. */
  private serialize<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async loadNow(): Promise<JournalLoad> {
    try {
      const current = await this.readSlot(this.current);
      const previous = await this.readSlot(this.previous);
      await this.removeStrayTemps();
      if (current === null && previous === null) return { kind: 'none' };
      const currentOk = current?.ok ? current : null;
      const previousOk = previous?.ok ? previous : null;
      if (currentOk && (!previousOk || currentOk.seq >= previousOk.seq)) return { kind: 'ok', journal: currentOk.journal, recoveredFrom: 'current' };
      if (previousOk) return { kind: 'ok', journal: previousOk.journal, recoveredFrom: 'previous' };
      return { kind: 'unreadable', reason: `current: ${slotReason(current)}; previous: ${slotReason(previous)}` };
    } catch (e) {
      return { kind: 'unreadable', reason: `journal folder unreadable (${errnoCode(e) ?? (e instanceof Error ? e.message : 'error')})` };
    }
  }

  private async readSlot(file: string): Promise<Slot> {
    let bytes: Uint8Array | null;
    try {
      bytes = await this.fs.readFile(file);
    } catch (e) {
      return { ok: false, reason: `cannot read (${errnoCode(e) ?? 'error'})` };
    }
    return bytes === null ? null : decodeJournalFile(bytes, this.options.knownStepIds);
  }

  /** A kill between write-file-atomic's temp write and its rename leaves the temp behind. */
  private async removeStrayTemps(): Promise<void> {
    try {
      const names = await this.fs.readdir(this.options.dir);
      for (const name of names.filter((n) => STRAY_TEMP.test(n))) await this.fs.remove(path.join(this.options.dir, name));
    } catch {
      // Leftover temp files are harmless; never fail a load over them.
    }
  }

  private async saveNow(journal: RunJournal): Promise<void> {
    // Validate what we are asked to write with the same schema load uses: a journal that could
    // not be read back (or that carries a command line) is never written.
    const valid = validateRunJournal(journal, this.options.knownStepIds);
    if (!valid.ok) throw new JournalSaveError('invalid-journal', `Refusing to save an invalid setup journal: ${valid.reason}`);
    try {
      await this.fs.mkdir(this.options.dir);
      const currentBytes = await this.fs.readFile(this.current);
      const current = currentBytes === null ? null : decodeJournalFile(currentBytes, this.options.knownStepIds);
      let seq: number;
      if (currentBytes && current?.ok) {
        // Keep the current generation as the previous one before replacing it.
        await this.writeWithRetry(this.previous, currentBytes);
        seq = current.seq + 1;
      } else {
        // A missing or damaged current file: the previous generation stays as it is.
        const previous = await this.readSlot(this.previous);
        seq = (previous?.ok ? previous.seq : 0) + 1;
      }
      await this.writeWithRetry(this.current, encodeJournalFile(valid.journal, seq, this.now().toISOString()));
      await this.fs.syncDir(this.options.dir);
    } catch (e) {
      throw saveError(e, this.options.dir);
    }
  }

  private async writeWithRetry(file: string, data: Uint8Array): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.fs.writeFileAtomic(file, data);
        return;
      } catch (e) {
        if (attempt >= WRITE_TRIES || !TRANSIENT_WRITE.has(errnoCode(e) ?? '')) throw e;
        await this.sleep(Math.min(25 * 2 ** (attempt - 1), 800));
      }
    }
  }

  private async clearNow(): Promise<void> {
    try {
      // The previous generation goes first: a kill in between leaves the current run (clear not
      // done), never an older generation that would look like a run to resume.
      await this.fs.remove(this.previous);
      await this.fs.remove(this.current);
      await this.fs.syncDir(this.options.dir);
    } catch (e) {
      throw saveError(e, this.options.dir);
    }
  }
}

function slotReason(slot: Slot): string {
  if (slot === null) return 'missing';
  return slot.ok ? 'ok' : slot.reason;
}

function saveError(e: unknown, dir: string): JournalSaveError {
  const code = errnoCode(e);
  const failure: JournalSaveFailure = code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'no-permission' : 'io';
  const what = failure === 'disk-full' ? 'the disk is full' : failure === 'no-permission' ? 'no permission to write there' : 'a file-system error';
  return new JournalSaveError(failure, `Could not save the setup journal in ${dir}: ${what} (${code ?? (e instanceof Error ? e.message : 'error')})`, { cause: e });
}
