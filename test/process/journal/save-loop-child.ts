/**
 * Saves journals in a loop and prints `saved N` after each save resolved (the acknowledgement
 * the parent relies on). With a phase argument it kills itself with SIGKILL at that point of save
 * number `killAt`, to hit the windows between the two writes deterministically.
 *
 * Usage: node --import tsx save-loop-child.ts <dir> <first N> [<phase> <killAt>]
 */
import { FileJournalStore } from '../../../electron/journal/file-journal-store.js';
import { nodeJournalFs, type JournalFs } from '../../../electron/journal/journal-fs.js';
import { sampleJournal } from '../../unit/journal/journal-helpers.js';

type Phase = 'before-previous' | 'after-previous' | 'after-current';

const [dir, firstArg, phase, killAtArg] = process.argv.slice(2);
const first = Number(firstArg);
const killAt = Number(killAtArg);
let saving = first;

function killHere(at: Phase): void {
  if (phase === at && saving === killAt) process.kill(process.pid, 'SIGKILL');
}

const fs: JournalFs = {
  ...nodeJournalFs,
  writeFileAtomic: async (file, data) => {
    const isPrevious = file.endsWith('journal.prev.json');
    if (isPrevious) killHere('before-previous');
    await nodeJournalFs.writeFileAtomic(file, data);
    killHere(isPrevious ? 'after-previous' : 'after-current');
  },
};

const store = new FileJournalStore({ dir: dir!, fs });
for (;; saving++) {
  await store.save(sampleJournal(saving));
  process.stdout.write(`saved ${saving}\n`);
}
