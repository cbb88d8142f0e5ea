import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setupSteps } from '../../../electron/engine/steps/registry.js';
import { WINDOWS_EXIT_CODES } from '../../../electron/engine/steps/windows-exit-codes.js';
import { GENERATED, INSTALLER_DOC, generatedBlock } from './installer-tables.js';

/** docs/installer.md's tables are generated from the code; a stale doc fails here. */
describe('docs/installer.md', () => {
  const doc = fs.readFileSync(INSTALLER_DOC, 'utf8');

  for (const [name, make] of Object.entries(GENERATED)) {
    it(`has the ${name} section as the code says it (regenerate: npx tsx test/unit/docs/write-installer-doc.ts)`, () => {
      expect(generatedBlock(doc, name)).toBe(make());
    });
  }

  it('lists every step of the registry with the argv of each of its commands', () => {
    const commands = generatedBlock(doc, 'step-commands') ?? '';
    for (const s of setupSteps) {
      expect(commands, s.id).toContain(`#### \`${s.id}\``);
      for (const c of s.commands) expect(commands, `${s.id}/${c.id}`).toMatch(new RegExp(`\\d+\\. \`${c.id}\`: \``));
    }
  });

  it('lists every Windows exit code', () => {
    const table = generatedBlock(doc, 'windows-exit-codes') ?? '';
    for (const r of Object.values(WINDOWS_EXIT_CODES)) expect(table).toContain(`| ${r.code} |`);
  });
});
