import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../../electron/engine/plan/default-plan.js';
import type { ProbeContext } from '../../../../electron/engine/model.js';
import { compactScript } from '../../../../electron/host/powershell/commands.js';
import { INVENTORY_SCRIPT } from '../../../../electron/host/powershell/inventory-script.js';
import { REACHABILITY_SCRIPT } from '../../../../electron/host/network/reachability-script.js';
import { powershellSyntaxProblems } from './powershell-grammar.js';
import { LAUNCH_BROKER_SCRIPT } from '../../../../electron/broker/launch-script.js';
import { brokerLaunchCommand } from '../../../../electron/broker/windows-launcher.js';
import { CURRENT_SID_SCRIPT, currentSidCommand } from '../../../../electron/broker/windows-sid.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

/**
 * Every PowerShell script the app sends parses under a real PowerShell grammar
 * (../shared/docs/stack.md §12). The scripts are taken from the command lines the plan builds
 * (`-EncodedCommand`, base64 of UTF-16LE), so what is parsed is exactly what powershell.exe gets.
 */

const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';

const ctx: ProbeContext = {
  host: { platform: 'windows', simulated: true },
  env: {},
  tool: (name) => (name === 'powershell.exe' ? POWERSHELL : `C:\\Windows\\System32\\${name}`),
  exec: { exec: () => Promise.reject(new Error('nothing runs in this test')) },
};

/** The decoded `-EncodedCommand` of every powershell.exe command line in the plan, by probe id. */
function sentScripts(): [string, string][] {
  const plan = defaultPlan({ target: 'wsl', bench: false }, CHECK_REFERENCE);
  const out: [string, string][] = [];
  for (const probe of plan.probes) {
    if (!probe.platforms.includes('windows')) continue;
    const spec = probe.spec(ctx, new Map());
    if (spec.file !== POWERSHELL) continue;
    const i = spec.args.findIndex((a) => a.toLowerCase() === '-encodedcommand');
    const encoded = spec.args[i + 1];
    if (i < 0 || encoded === undefined) throw new Error(`${probe.id}: powershell.exe without -EncodedCommand`);
    out.push([probe.id, Buffer.from(encoded, 'base64').toString('utf16le')]);
  }
  return out;
}

describe('PowerShell scripts the app sends', () => {
  const scripts = sentScripts();

  it('are found in the plan (the inventory and the network probe at least)', () => {
    expect(scripts.map(([id]) => id)).toEqual(expect.arrayContaining(['windows.inventory', 'network.reachability']));
  });

  it.each(scripts)('%s parses with no syntax error', async (_id, script) => {
    expect(await powershellSyntaxProblems(script)).toEqual([]);
  });

  it.each([
    ['inventory', INVENTORY_SCRIPT],
    ['reachability', REACHABILITY_SCRIPT],
    ['broker launch', LAUNCH_BROKER_SCRIPT],
    ['current SID', CURRENT_SID_SCRIPT],
  ])('the %s script parses before compaction too (comments and layout as written)', async (_name, script) => {
    expect(await powershellSyntaxProblems(script)).toEqual([]);
  });
});

describe('PowerShell scripts of the elevated broker', () => {
  it.each([
    ['broker.launch', brokerLaunchCommand(POWERSHELL).args],
    ['identity.sid', currentSidCommand(POWERSHELL).args],
  ])('%s parses as sent (-EncodedCommand)', async (_id, args) => {
    const encoded = args[args.findIndex((a) => a.toLowerCase() === '-encodedcommand') + 1] ?? '';
    expect(await powershellSyntaxProblems(Buffer.from(encoded, 'base64').toString('utf16le'))).toEqual([]);
  });
});

describe('the grammar check can fail', () => {
  it.each([
    ['an unbalanced parenthesis', (s: string) => s.replace('(', '((')],
    ['an extra opening brace', (s: string) => `${s}\n{`],
    ['an unterminated string', (s: string) => `${s}\n$x = 'open`],
  ])('finds %s in the compacted inventory script', async (_name, mutate) => {
    const problems = await powershellSyntaxProblems(mutate(compactScript(INVENTORY_SCRIPT)));
    expect(problems.length).toBeGreaterThan(0);
  });
});
