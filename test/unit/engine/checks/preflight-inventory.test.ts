import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../../electron/contract/facts.js';
import { hypervisorLaunchCheck } from '../../../../electron/engine/checks/preflight/hypervisor-launch.js';
import { inventoryCheck } from '../../../../electron/engine/checks/preflight/inventory.js';
import { gpusFactsFrom } from '../../../../electron/engine/facts/gpus-facts.js';
import { hostStateFrom } from '../../../../electron/engine/facts/host-state.js';
import { windowsFactsFrom } from '../../../../electron/engine/facts/windows-facts.js';
import { emptyInventory, parseInventory, type WindowsInventory } from '../../../../electron/host/powershell/parse-inventory.js';
import { inventoryFixture } from '../../host/powershell/load-fixtures.js';
import { evaluateAll, factsFor, judge } from './facts-for.js';
import { expectBranches } from './table.js';

/** The healthy host with its Windows facts replaced by those built from `inv`. */
function factsFromInventory(inv: WindowsInventory): Facts {
  return { ...factsFor(), windows: windowsFactsFrom(inv), windowsHost: hostStateFrom(inv), gpus: gpusFactsFrom(inv) };
}

describe('preflight.inventory', () => {
  it('passes a full inventory, warns on Constrained Language Mode or unread sections, fails with no inventory', () => {
    expectBranches(inventoryCheck, [
      { name: 'full inventory', facts: { windowsHost: { languageMode: 'FullLanguage' } }, status: 'pass', key: 'check.preflight.inventory.pass' },
      { name: 'constrained', facts: { windowsHost: { languageMode: 'ConstrainedLanguage' } }, status: 'warn', key: 'check.preflight.inventory.warn.constrained' },
      {
        name: 'one section failed',
        facts: { windowsHost: { issues: [{ section: 'gpus', code: 'section-error', hresult: '0x80041003', message: 'Access denied' }] } },
        status: 'warn',
        key: 'check.preflight.inventory.warn.partial',
        params: { sections: 'gpus' },
        fix: false,
      },
      { name: 'not captured', facts: { windowsHost: null }, status: 'unknown', key: 'check.unknown.notCaptured' },
    ]);
  });

  it('judges the reconstructed ConstrainedLanguage inventory: a warning that says why, the rest still checked', () => {
    const facts = factsFromInventory(inventoryFixture('clm-constrained-language'));
    const v = judge(inventoryCheck, facts);
    expect(v.status).toBe('warn');
    expect(v.summary.key).toBe('check.preflight.inventory.warn.constrained');
    expect(v.fix?.text.key).toBe('fix.preflight.inventory.constrained');
    expect(v.evidence).toContainEqual({ label: { key: 'evidence.preflight.languageMode' }, value: 'ConstrainedLanguage' });
    const all = evaluateAll(facts);
    // What CLM can read still gives verdicts; what it cannot is unknown, never a guess.
    expect(all['preflight.windows']?.status).toBe('pass');
    expect(all['preflight.vmp']?.status).toBe('pass');
    expect(all['preflight.account']?.summary.params).toMatchObject({ user: 'CORP\\山田太郎' });
    expect(all['preflight.admin']?.status).toBe('unknown');
    // bcdedit is out of reach under CLM; the running hypervisor still proves the launch type is not off.
    expect(all['preflight.hypervisor-launch']).toMatchObject({ status: 'pass', summary: { key: 'check.preflight.hypervisorLaunch.pass' } });
    // Without that proof: unknown, saying why (not the generic "could not read").
    const host = facts.windowsHost;
    if (host === null) throw new Error('the CLM inventory gave no host state');
    const stopped = { ...facts, windowsHost: { ...host, virtualization: { ...host.virtualization, hypervisorPresent: false } } };
    expect(judge(hypervisorLaunchCheck, stopped)).toMatchObject({ status: 'unknown', summary: { key: 'check.preflight.hypervisorLaunch.unknown.languageMode' } });
  });

  it('gives a clear failure, not a gap, when PowerShell printed nothing usable', () => {
    const empty = judge(inventoryCheck, factsFromInventory(parseInventory('')));
    expect(empty).toMatchObject({ status: 'fail', summary: { key: 'check.preflight.inventory.fail.empty' }, fix: { text: { key: 'fix.preflight.inventory.noJson' } } });

    // What the previous script left on a CLM machine once its first line failed: no JSON at all.
    const prose = 'Cannot set property. Property setting is supported only on core types in this language mode.';
    const noJson = judge(inventoryCheck, factsFromInventory(parseInventory(prose)));
    expect(noJson).toMatchObject({ status: 'fail', summary: { key: 'check.preflight.inventory.fail.noJson', params: { excerpt: prose } } });

    const notRun = judge(inventoryCheck, factsFromInventory(emptyInventory([{ section: null, code: 'not-run', hresult: null, message: 'spawn powershell.exe ENOENT' }])));
    expect(notRun).toMatchObject({ status: 'unknown', summary: { key: 'check.preflight.inventory.unknown.notRun', params: { message: 'spawn powershell.exe ENOENT' } }, fix: { text: { key: 'fix.preflight.inventory.notRun' } } });
  });

  it('is one of the product checks, and skips off Windows', () => {
    expect(Object.keys(evaluateAll(factsFor()))).toContain('preflight.inventory');
    expect(judge(inventoryCheck, factsFor({ host: { platform: 'linux' } })).status).toBe('skip');
  });
});
