/**
 * Rewrites the generated parts of docs/installer.md (step table and commands from the registry,
 * the Windows exit-code table, the apt/pip output rules). Run after changing a step;
 * test/unit/docs/installer-doc.test.ts fails until then.
 *   npx tsx test/unit/docs/write-installer-doc.ts
 */
import fs from 'node:fs';
import { INSTALLER_DOC, regenerate } from './installer-tables.js';

fs.writeFileSync(INSTALLER_DOC, regenerate(fs.readFileSync(INSTALLER_DOC, 'utf8')));
console.log('docs/installer.md generated sections updated');
