import { describe, expect, it } from 'vitest';
import { distroSteps } from '../../../../electron/engine/steps/distro/index.js';
import { configStep } from '../../../../electron/engine/steps/distro/config.js';
import { setupScriptText } from '../../../../electron/engine/steps/setup-script.js';
import { exportPath, exportStep } from '../../../../electron/engine/steps/distro/export.js';
import { installStep } from '../../../../electron/engine/steps/distro/install.js';
import { userStep } from '../../../../electron/engine/steps/distro/user.js';
import { wsl2Step } from '../../../../electron/engine/steps/distro/wsl2.js';
import { setupSteps } from '../../../../electron/engine/steps/registry.js';
import { windowsSteps } from '../../../../electron/engine/steps/windows/index.js';
import { defaultVersionStep } from '../../../../electron/engine/steps/windows/default-version.js';
import { vmpStep } from '../../../../electron/engine/steps/windows/vmp.js';
import { wslFeatureStep } from '../../../../electron/engine/steps/windows/wsl-feature.js';
import { wslInstallStep } from '../../../../electron/engine/steps/windows/wsl-install.js';
import { wslUpdateStep } from '../../../../electron/engine/steps/windows/wsl-update.js';
import { factsFor } from '../checks/facts-for.js';
import { SCENARIOS } from '../checks/scenarios.js';
import { commandArgvs, commandLines, windowsCtx } from './context.js';

const W = 'C:\\Windows\\System32\\wsl.exe';
const DISM = 'C:\\Windows\\System32\\dism.exe';
const NO_DISTROS = factsFor({ wsl: { distros: [], defaultDistribution: null }, windowsHost: { lxss: null } });

describe('step order and ids', () => {
  it('exports the Windows and distro steps in the order a fresh machine needs them', () => {
    expect(windowsSteps.map((s) => s.id)).toEqual(['windows.vmp', 'windows.wsl-feature', 'wsl.install', 'wsl.update', 'wsl.default-version']);
    expect(distroSteps.map((s) => s.id)).toEqual(['distro.export', 'distro.install', 'distro.wsl2', 'distro.user', 'distro.config']);
    expect(new Set(setupSteps.map((s) => s.id)).size).toBe(setupSteps.length);
  });
});

describe('exact argv of every command', () => {
  it.each([
    ['windows.vmp', vmpStep, {}, [[DISM, '/Online', '/Enable-Feature', '/FeatureName:VirtualMachinePlatform', '/All', '/NoRestart']]],
    ['windows.wsl-feature', wslFeatureStep, {}, [[DISM, '/Online', '/Enable-Feature', '/FeatureName:Microsoft-Windows-Subsystem-Linux', '/All', '/NoRestart']]],
    ['wsl.install', wslInstallStep, {}, [[W, '--install', '--no-distribution'], [W, '--install', '--no-distribution', '--web-download']]],
    ['wsl.update', wslUpdateStep, {}, [[W, '--update']]],
    ['wsl.default-version', defaultVersionStep, {}, [[W, '--set-default-version', '2']]],
    ['distro.export', exportStep, { distro: 'Ubuntu-24.04', fileName: 'Ubuntu-24.04-before-setup.tar' }, [[W, '--export', 'Ubuntu-24.04', 'C:\\Users\\alice\\AppData\\Local\\wsl-gpu-setup\\Ubuntu-24.04-before-setup.tar']]],
    ['distro.install', installStep, { distro: 'Ubuntu-24.04' }, [[W, '--install', 'Ubuntu-24.04', '--no-launch']]],
    ['distro.wsl2', wsl2Step, { distro: 'Ubuntu-24.04' }, [[W, '--set-version', 'Ubuntu-24.04', '2']]],
    [
      'distro.user', userStep,
      { distro: 'Ubuntu-24.04', user: 'alice', setPassword: true },
      [
        [W, '--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/sbin/useradd', '--create-home', '--shell', '/bin/bash', '--groups', 'sudo', 'alice'],
        [W, '--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/sbin/chpasswd'],
      ],
    ],
    ['distro.config', configStep, { distro: 'Ubuntu-24.04', user: 'alice' }, [[W, '--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/bin/python3', '-', 'wsl-conf', 'alice'], [W, '--terminate', 'Ubuntu-24.04']]],
  ] as const)('%s', (_id, step, params, argvs) => {
    expect(commandArgvs(step, params)).toEqual(argvs);
  });

  it('the plan shows each command through describeCommand (quoted where a shell would split it)', () => {
    expect(commandLines(wsl2Step, { distro: 'Ubuntu-24.04' })).toEqual(['"C:\\\\Windows\\\\System32\\\\wsl.exe" --set-version Ubuntu-24.04 2']);
  });

  it('every wsl.exe call asks for UTF-8 output and no warnings, decoded with auto-detection', () => {
    const spec = wslUpdateStep.commands[0]?.build(windowsCtx(), {});
    expect(spec?.env).toEqual({ WSL_UTF8: '1', WSL_DISABLE_WARNINGS: '1' });
    expect(spec?.encoding).toBe('auto');
  });

  it('the web download is the fallback of the Store path, nothing else is', () => {
    expect(wslInstallStep.commands.map((c) => c.fallback ?? false)).toEqual([false, true]);
    for (const s of setupSteps.filter((x) => x.id !== 'wsl.install')) expect(s.commands[0]?.fallback ?? false).toBe(false);
  });
});

describe('stdin: secrets and scripts never in argv', () => {
  const params = { distro: 'Ubuntu-24.04', user: 'alice', setPassword: true };

  it('chpasswd gets `user:password` on stdin as a secret', () => {
    const chpasswd = userStep.commands[1];
    expect(chpasswd?.stdin?.kind).toBe('secret');
    expect(chpasswd?.stdin?.text(windowsCtx(), params, { password: 'S3cret pass:word' })).toBe('alice:S3cret pass:word\n');
    expect(commandLines(userStep, params).join(' ')).not.toContain('S3cret');
  });

  it.each([[undefined], [''], ['a\nroot:x'], ['a\rb'], ['a\0b'], ['x'.repeat(513)]])('refuses password %j (a line break would set another account\'s password)', (password) => {
    expect(() => userStep.commands[1]?.stdin?.text(windowsCtx(), params, { password })).toThrow(RangeError);
  });

  it('chpasswd is skipped when the user exists and no password is to be set', () => {
    const chpasswd = userStep.commands[1];
    expect(chpasswd?.skip?.(windowsCtx(), { ...params, setPassword: false })).toBe(true);
    expect(chpasswd?.skip?.(windowsCtx(), params)).toBe(false);
  });

  it('the wsl.conf script goes on stdin, its id first in argv', () => {
    const cmd = configStep.commands[0];
    expect(cmd?.stdin?.kind).toBe('script');
    expect(cmd?.stdin?.text(windowsCtx(), { distro: 'Ubuntu-24.04', user: 'alice' }, {})).toBe(setupScriptText('wsl-conf'));
    expect(setupScriptText('wsl-conf')).toContain('def merge(existing_text, user)');
  });
});

describe('export path', () => {
  it('lands in the app data folder from the environment, never elsewhere', () => {
    expect(exportPath(windowsCtx(), 'a.tar')).toBe('C:\\Users\\alice\\AppData\\Local\\wsl-gpu-setup\\a.tar');
    expect(() => exportPath(windowsCtx(factsFor(), {}), 'a.tar')).toThrow(RangeError);
    expect(() => exportPath(windowsCtx(factsFor(), { LOCALAPPDATA: '\\\\server\\share' }), 'a.tar')).toThrow(RangeError);
  });
});

describe('defaultParams on the recorded machines', () => {
  it('Windows 11 without WSL 1 distros does not need the WSL optional component; Windows 10 and WSL 1 distros do', () => {
    expect(wslFeatureStep.defaultParams(SCENARIOS.freshWin11Rtx4070, {})).toBeNull();
    expect(wslFeatureStep.defaultParams(SCENARIOS.oldInboxWsl, {})).toEqual({});
    expect(wslFeatureStep.defaultParams(SCENARIOS.distroOnWsl1, {})).toEqual({});
  });

  it('the Windows-side steps always apply on Windows (their verify checks decide "already done")', () => {
    for (const s of [vmpStep, wslInstallStep, wslUpdateStep, defaultVersionStep]) expect(s.defaultParams(SCENARIOS.wslNotInstalled, {})).toEqual({});
  });

  it('installs the pinned Ubuntu-24.04 when no distro exists', () => {
    expect(installStep.defaultParams(NO_DISTROS, {})).toEqual({ distro: 'Ubuntu-24.04' });
    expect(installStep.defaultParams(SCENARIOS.wslNotInstalled, {})).toEqual({ distro: 'Ubuntu-24.04' });
  });

  it('reuses an existing distro instead of installing over it', () => {
    expect(installStep.defaultParams(SCENARIOS.freshWin11Rtx4070, {})).toBeNull();
    expect(installStep.defaultParams(SCENARIOS.distroOnWsl1, { distro: 'Ubuntu-20.04' })).toBeNull();
    expect(installStep.defaultParams(SCENARIOS.distroOnWsl1, { distro: 'Debian' })).toEqual({ distro: 'Debian' });
  });

  it('exports only when asked and only a distro that exists', () => {
    expect(exportStep.defaultParams(SCENARIOS.freshWin11Rtx4070, {})).toBeNull();
    expect(exportStep.defaultParams(SCENARIOS.freshWin11Rtx4070, { exportBeforeChange: true })).toEqual({ distro: 'Ubuntu-24.04', fileName: 'Ubuntu-24.04-before-setup.tar' });
    expect(exportStep.defaultParams(NO_DISTROS, { exportBeforeChange: true })).toBeNull();
  });

  it('takes the Linux user from the choice, else from the Windows account when it is an allowed name', () => {
    expect(userStep.defaultParams(SCENARIOS.freshWin11Rtx4070, {})).toEqual({ distro: 'Ubuntu-24.04', user: 'alice', setPassword: true });
    expect(userStep.defaultParams(SCENARIOS.freshWin11Rtx4070, { user: 'bob', distro: 'Ubuntu-22.04' })).toEqual({ distro: 'Ubuntu-22.04', user: 'bob', setPassword: true });
    // 山田 is no Linux name: the plan must ask (the schema refuses '').
    const ja = userStep.defaultParams(SCENARIOS.japaneseWindows, {});
    expect(ja?.user).toBe('');
    expect(userStep.params.safeParse(ja).success).toBe(false);
  });

  it('does not ask for a new password for a user the distro already reports', () => {
    const facts = factsFor();
    facts.distro = { defaultUser: { name: 'alice', uid: 1000, how: 'wsl.conf' } } as typeof facts.distro;
    expect(userStep.defaultParams(facts, {})?.setPassword).toBe(false);
  });

  it('a hostile choice is kept as typed so the schema refuses it (never silently replaced)', () => {
    const p = installStep.defaultParams(NO_DISTROS, { distro: '--help' });
    expect(p).toEqual({ distro: '--help' });
    expect(installStep.params.safeParse(p).success).toBe(false);
  });
});

describe('every failure a person can see has a next action', () => {
  it.each(setupSteps.filter((s) => s.stageId === 'windows' || s.stageId === 'distro').map((s) => [s.id, s] as const))('%s', (_id, step) => {
    for (const outcome of ['failed', 'retryable', 'reboot-required'] as const) {
      const next = step.nextAction?.(outcome, '', step.commands[0]?.id ?? '', -1);
      expect(next?.label.key, `${step.id} ${outcome}`).toMatch(/^setup\.next\./);
    }
  });
});
