import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configStep } from '../../../../electron/engine/steps/distro/config.js';
import { PYTHON_SCRIPT_IDS, SHELL_SCRIPT_IDS, setupScriptFile, setupScriptText } from '../../../../electron/engine/steps/setup-script.js';
import { windowsCtx } from './context.js';

/**
 * One loader for every in-distro script a setup step sends on stdin (electron/engine/steps/setup-script.ts).
 * Before, distro.config read assets/setup/wsl-conf.py with a copy of the package steps' loader.
 */

const STEPS_DIR = path.resolve(import.meta.dirname, '../../../../electron/engine/steps');

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourcesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the setup-script loader', () => {
  it('is the only step module that finds or reads a shipped file', () => {
    const readers = sourcesUnder(STEPS_DIR).filter((f) => /findAssetFile\(|readFileSync\(/u.test(fs.readFileSync(f, 'utf8')));
    expect(readers.map((f) => path.relative(STEPS_DIR, f))).toEqual(['setup-script.ts']);
  });

  it('serves distro.config\'s wsl.conf merge: the .py file, on stdin, its id first in argv', () => {
    expect(PYTHON_SCRIPT_IDS).toContain('wsl-conf');
    expect(setupScriptFile('wsl-conf')).toBe(path.join('assets', 'setup', 'wsl-conf.py'));
    const cmd = configStep.commands.find((c) => c.id === 'wsl-conf');
    const params = { distro: 'Ubuntu-24.04', user: 'alice' };
    expect(cmd?.stdin?.text(windowsCtx(), params, {})).toBe(fs.readFileSync(path.join('assets', 'setup', 'wsl-conf.py'), 'utf8'));
    expect(cmd?.build(windowsCtx(), params).args.slice(-4)).toEqual(['/usr/bin/python3', '-', 'wsl-conf', 'alice']);
  });

  it('lists every script shipped in assets/setup, each under its own kind', () => {
    const shipped = fs.readdirSync(path.join('assets', 'setup')).sort();
    const listed = [...SHELL_SCRIPT_IDS, ...PYTHON_SCRIPT_IDS].map((id) => path.basename(setupScriptFile(id))).sort();
    expect(listed).toEqual(shipped);
    for (const id of [...SHELL_SCRIPT_IDS, ...PYTHON_SCRIPT_IDS]) expect(setupScriptText(id).length).toBeGreaterThan(0);
  });
});
