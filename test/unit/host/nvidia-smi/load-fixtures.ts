import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { atLeastOne } from '../../../fixture-selection.js';

/** One nvidia-smi fixture: its text (decoded as stored) and its `.meta.json`. */
export interface NvidiaSmiFixture {
  id: string;
  text: string;
  meta: {
    source: string | null;
    reconstructed: boolean;
    encoding: string;
    parse: 'table' | 'csv';
    exitCode?: number | null;
    columns?: string[];
    expected: Record<string, unknown>;
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** Root of the nvidia-smi fixtures. */
export const NVIDIA_FIXTURES_DIR = path.resolve(here, '../../../fixtures/host/nvidia-smi');

/** Every `<slug>/NN.txt` with its meta, sorted by id. */
export function loadNvidiaSmiFixtures(): NvidiaSmiFixture[] {
  const out: NvidiaSmiFixture[] = [];
  for (const slug of fs.readdirSync(NVIDIA_FIXTURES_DIR).sort()) {
    const dir = path.join(NVIDIA_FIXTURES_DIR, slug);
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith('.txt')) continue;
      const meta = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/u, '.meta.json')), 'utf8')) as NvidiaSmiFixture['meta'];
      out.push({ id: `${slug}/${file}`, text: fs.readFileSync(path.join(dir, file), 'utf8'), meta });
    }
  }
  return atLeastOne(out, 'nvidia-smi fixtures');
}
