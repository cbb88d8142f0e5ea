import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHELL_SCRIPT_IDS, setupScriptFile, setupScriptText } from '../../../../../electron/engine/steps/setup-script.js';
import { setupSteps } from '../../../../../electron/engine/steps/registry.js';
import { ctxFor, machines } from './machines.js';

/**
 * The in-distro scripts of the package and stack steps (assets/setup/*.sh). Their targets are
 * fixed system paths (/etc/apt/…, /etc/profile.d/…, /usr/share/keyrings/…) that cannot be pointed
 * at a temporary folder without a test hook in the script, so these tests check syntax, shape and
 * the argv that runs them; only proxy-env's refusal path, which exits before touching any file,
 * runs for real.
 */

const bash = (args: string[], input: string) => spawnSync('/bin/bash', args, { input, encoding: 'utf8', timeout: 10_000 });

describe('setup scripts', () => {
  it.each(SHELL_SCRIPT_IDS)('%s: bash -n passes, strict mode, no test hooks', (id) => {
    const file = setupScriptFile(id);
    expect(fs.existsSync(file)).toBe(true);
    const r = spawnSync('/bin/bash', ['-n', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = setupScriptText(id);
    expect(text.startsWith('#!/bin/bash\n')).toBe(true);
    expect(text).toMatch(/^set -euo pipefail$/mu);
    // Atomic writes: every target is written to a temp file in its folder, then moved over.
    expect(text).toMatch(/mktemp "\$\{?\w+\}?\.XXXXXX"/u);
    expect(text).toMatch(/mv -f /u);
    expect(text).not.toMatch(/WSL_GPU_SETUP|TEST|FAKE/u);
  });

  it('every script on disk is listed, and every listed one is used by a step with its id as $1', () => {
    const onDisk = fs.readdirSync('assets/setup').filter((f) => f.endsWith('.sh')).map((f) => path.basename(f, '.sh'));
    for (const id of SHELL_SCRIPT_IDS) expect(onDisk).toContain(id);
    const used = new Set<string>();
    // An NVIDIA, an Intel Arc and a Radeon machine between them plan every stack that sends a script.
    for (const facts of [machines.rtx4070(), machines.intelArc(), machines.amd()]) {
      const proxied = { ...facts, network: facts.network && { ...facts.network, endpoints: facts.network.endpoints.map((e) => ({ ...e, proxy: 'http://10.0.0.1:3128' })) } };
      for (const step of setupSteps.filter((s) => s.stageId === 'packages' || s.stageId === 'stacks')) {
        const params: unknown = step.defaultParams(proxied, {});
        if (params === null) continue;
        for (const c of step.commands.filter((x) => x.stdin?.kind === 'script')) {
          const args = c.build(ctxFor(proxied), params).args;
          const at = args.indexOf('-s');
          expect(args.slice(at - 1, at + 2), `${step.id}/${c.id}`).toEqual(['/bin/bash', '-s', '--']);
          const id = args[at + 2] ?? '';
          used.add(id);
          expect(c.stdin?.text(ctxFor(proxied), params, {})).toBe(setupScriptText(id as (typeof SHELL_SCRIPT_IDS)[number]));
        }
      }
    }
    expect([...used].sort()).toEqual([...SHELL_SCRIPT_IDS].sort());
  });

  it.each(['proxy-env', 'docker-proxy'] as const)('%s refuses hostile or empty proxy URLs before writing anything', (id) => {
    for (const url of ['http://proxy:8080; touch /tmp/x', 'http://user:pw@proxy:8080', '', "http://proxy:8080'", 'http://proxy:8080\nExecStartPre=/bin/sh']) {
      const r = bash(['-s', '--', id, url], setupScriptText(id));
      expect(r.status, url).toBe(2);
      expect(r.stderr, url).toMatch(new RegExp(`^${id}: refusing proxy URL`, 'u'));
    }
  });
});
