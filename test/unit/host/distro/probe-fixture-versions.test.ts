import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A reconstructed collector document must be one the real collector could print. Version 1 and
// version 2 differ in what they hold: a version 1 document has only the version 1 collector's
// command records, no deadlines and no interpreters; a version 2 one lists the interpreters it
// looked in and says, per framework section (and the benchmark), which one it was read in.

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');
const DIRS = ['distro/probe', 'probe'];

/**
 * The records of the last version 1 collector (lib_commands.py command_table before
 * probeVersion 2 and before `wsl-libcuda-lstat` and `nvidia-hook` were added).
 */
const V1_RECORDS = [
  'uname-r', 'proc-version', 'os-release', 'nvidia-smi', 'nvidia-smi-query', 'ldconfig-p', 'ls-wsl-lib', 'dev-dxg', 'dev-nvidia',
  'proc-driver-nvidia', 'dpkg-nvidia', 'nvcc-version', 'systemd', 'docker-info', 'nvidia-ctk-version', 'cdi-specs', 'power-source',
];

/** The records the current (version 2) collector prints: the names in command_table(). */
function currentRecords(): string[] {
  const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../assets/probe/lib_commands.py'), 'utf8');
  const table = source.slice(source.indexOf('def command_table'));
  return [...table.matchAll(/^\s+\("([a-z0-9-]+)",/gmu)].map((m) => m[1]!);
}

interface Doc {
  probeVersion: number;
  python: unknown;
  commands: Record<string, Record<string, unknown>>;
  frameworks: Record<string, Record<string, unknown>>;
  bench: (Record<string, unknown> & { run?: unknown }) | null;
  interpreters?: { path: string; source: string; user: string; uid: number; run?: { argv: string[]; user?: string } }[];
  user?: { name: string; uid: number } | null;
}

const documents = DIRS.flatMap((dir) =>
  fs
    .readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.meta.json'))
    .map((f) => {
      const file = path.join(FIXTURES, dir, f);
      const meta = JSON.parse(fs.readFileSync(`${file}.meta.json`, 'utf8')) as { toolVersion: string; tool: string };
      return { name: `${dir}/${f}`, doc: JSON.parse(fs.readFileSync(file, 'utf8')) as Doc, meta };
    }),
);

describe('collector fixture documents hold what their version of the collector prints', () => {
  it('finds the documents and the current record names', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
    expect(currentRecords()).toEqual(expect.arrayContaining([...V1_RECORDS, 'wsl-libcuda-lstat', 'nvidia-hook']));
  });

  for (const { name, doc, meta } of documents) {
    it(`${name}: probeVersion ${doc.probeVersion}, and its .meta.json says so`, () => {
      expect(meta.toolVersion).toBe(`probeVersion ${doc.probeVersion}`);
      expect(meta.tool).toContain(`probeVersion ${doc.probeVersion}`);
      if (doc.probeVersion === 1) {
        expect(Object.keys(doc.commands).filter((n) => !V1_RECORDS.includes(n))).toEqual([]);
        expect(Object.keys(doc.commands).filter((n) => 'deadlineS' in doc.commands[n]!)).toEqual([]);
        expect(doc).not.toHaveProperty('interpreters');
        expect(doc).not.toHaveProperty('user');
        expect(Object.keys(doc.frameworks).filter((n) => 'interpreter' in doc.frameworks[n]!)).toEqual([]);
        return;
      }
      expect(doc.probeVersion).toBe(2);
      expect(Object.keys(doc.commands).filter((n) => !currentRecords().includes(n))).toEqual([]);
      expect(doc).toHaveProperty('user');
      const interpreters = doc.interpreters ?? [];
      expect(interpreters.length).toBeGreaterThan(0);
      // The collector's own python is always listed, last, as its own user.
      expect(interpreters.at(-1)).toMatchObject({ source: 'system', path: (doc.python as { executable: string }).executable });
      for (const it of interpreters.filter((i) => i.source !== 'system')) {
        expect(it).toMatchObject({ user: doc.user?.name, uid: doc.user?.uid });
        expect(it.run?.user).toBe(doc.user?.name);
      }
      for (const [fw, section] of Object.entries(doc.frameworks)) {
        expect(section, fw).toHaveProperty('interpreter');
        const i = section.interpreter as number | null;
        if (i !== null) expect(interpreters[i], fw).toBeDefined();
      }
      if (doc.bench?.run !== undefined) expect(doc.bench.interpreter).toBe(doc.frameworks.torch?.interpreter);
    });
  }
});
