import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { distroFactsFrom } from '../../../electron/engine/facts/distro-facts.js';
import { localProbeCommand } from '../../../electron/host/distro/commands.js';
import { parseProbeDocument } from '../../../electron/host/distro/parse-probe-document.js';
import { loadProbeScript } from '../../../electron/host/distro/probe-script.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { probeCapture } from '../../unit/engine/gpu-chain/scenario.js';

// The real collector on this machine, read by the app's own parser and fact builder: the setup
// records (probeVersion 3) come back from the real tools and reach the facts. What they say
// depends on the machine, so each is compared with the same tool asked directly.

let script = '';
beforeAll(() => {
  const r = loadProbeScript();
  if (!r.ok) throw new Error(r.error.message);
  script = r.text;
});

const hasDpkg = (() => {
  try {
    execFileSync('dpkg-query', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the setup records of the real collector', () => {
  it('pid1-comm, dpkg-base and wslConf reach the facts as this machine has them', async () => {
    const r = await new ExecRunner({ baseEnv: process.env }).exec(localProbeCommand({ bench: false }), { stdin: script });
    const parsed = parseProbeDocument(r.stdout.toString('utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.doc.probeVersion).toBe(3);
    expect(parsed.doc.wslConf).toMatchObject({ present: fs.existsSync('/etc/wsl.conf') });
    const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(r.stdout, 'local')]]));
    expect(facts?.systemd).toBe(fs.readFileSync('/proc/1/comm', 'utf8').trim() === 'systemd');
    if (!hasDpkg) return;
    const base = facts?.basePackages;
    expect(base?.wanted).toEqual(['python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg']);
    for (const p of base?.wanted ?? []) {
      let installed: boolean;
      try {
        installed = execFileSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().endsWith(' installed');
      } catch {
        installed = false;
      }
      expect(base?.missing.includes(p), p).toBe(!installed);
    }
  });

  it.skipIf(process.getuid?.() !== 0)('as root, the default user\'s password status is read from passwd -S', async () => {
    const r = await new ExecRunner({ baseEnv: process.env }).exec(localProbeCommand({ bench: false }), { stdin: script });
    const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(r.stdout, 'local')]]));
    const user = facts?.defaultUser;
    if (!user) return; // no person's account on this machine
    const direct = execFileSync('passwd', ['-S', user.name], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim().split(/\s+/u)[1];
    expect(user.password).toBe({ P: 'usable', L: 'locked', NP: 'none' }[direct ?? ''] ?? null);
  });
});
