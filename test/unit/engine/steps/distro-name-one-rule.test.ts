import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedDistroName } from '../../../../electron/contract/distro-name.js';
import { distroNameSchema as choicesDistroSchema, setupChoicesSchema } from '../../../../electron/contract/schemas.js';
import { distroNameSchema as distroStepsSchema } from '../../../../electron/engine/steps/distro/names.js';
import { distroNameSchema as packageStepsSchema, distroOf } from '../../../../electron/engine/steps/packages/target.js';
import { isValidDistroName } from '../../../../electron/host/distro/distro-name.js';

/**
 * One distro-name rule (electron/contract/distro-name.ts) behind every place a name is checked:
 * the CLI/IPC choices, the distro steps, the package and stack steps, and the host's branded
 * DistroName. Before, three regexes said the same thing separately and none refused `Legacy`,
 * the name wsl.exe keeps for itself (microsoft/WSL, LxssUserSession.cpp s_ValidateDistroName).
 */

const NAMES = ['Ubuntu', 'Ubuntu-24.04', 'my_distro.2', '0', 'a'.repeat(64), 'a'.repeat(65), 'Legacy', 'legacy', 'LEGACY', 'Legacy2', '-d', '.x', '..', 'a b', 'Ubuntu\n', 'Ｕbuntu', 'a;b', ''];

describe('one distro-name rule', () => {
  it.each(NAMES)('every check gives the same answer for %j', (name) => {
    const expected = isAllowedDistroName(name);
    expect(choicesDistroSchema.safeParse(name).success).toBe(expected);
    expect(setupChoicesSchema.safeParse({ distro: name }).success).toBe(expected);
    expect(distroStepsSchema.safeParse(name).success).toBe(expected);
    expect(packageStepsSchema.safeParse(name).success).toBe(expected);
    expect(isValidDistroName(name)).toBe(expected);
    expect(distroOf({ distro: name })).toBe(expected ? name : null);
  });

  it('refuses the name wsl.exe reserves (Legacy, any case) and keeps the stricter shape', () => {
    for (const name of ['Legacy', 'legacy', 'LEGACY']) expect(isAllowedDistroName(name)).toBe(false);
    for (const name of ['Legacy2', 'Ubuntu-24.04', 'a'.repeat(64)]) expect(isAllowedDistroName(name)).toBe(true);
    for (const name of ['-d', '.x', 'a'.repeat(65)]) expect(isAllowedDistroName(name)).toBe(false);
  });

  it('the package steps use the distro steps\' schema object, not a copy', () => {
    expect(packageStepsSchema).toBe(distroStepsSchema);
  });

  it('no source file under electron/ spells the distro-name pattern but the contract', () => {
    const root = path.resolve(__dirname, '../../../../electron');
    const spelled: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && fs.readFileSync(p, 'utf8').includes('[A-Za-z0-9._-]{0,63}')) spelled.push(path.relative(root, p));
      }
    };
    walk(root);
    expect(spelled).toEqual([path.join('contract', 'distro-name.ts')]);
  });
});
