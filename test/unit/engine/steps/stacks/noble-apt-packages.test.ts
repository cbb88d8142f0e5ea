import { describe, expect, it } from 'vitest';
import type { AnySetupStep } from '../../../../../electron/engine/steps/model.js';
import { stacksSteps } from '../../../../../electron/engine/steps/stacks/index.js';
import { newDistroState } from '../../../../sim/distro/index.js';
import { APT, Session } from '../../../sim/distro/session.js';
import { ctxFor, machines } from './machines.js';

/**
 * The apt packages a venv stack installs from the Ubuntu archive exist on the pinned Ubuntu 24.04
 * (noble): its apt-install command, run in the simulated noble distro (whose catalogue lists
 * noble's names, test/sim/distro/apt-catalog.ts), installs every package. torch-directml's
 * OpenMP runtime is `libomp5-18` there; the plain `libomp5` of older releases is not in noble.
 */

/** The in-distro argv (after wsl.exe … --exec) of a stack's apt-install command on a machine. */
function aptInstallArgv(stepId: string): string[] {
  const step = stacksSteps.find((s) => s.id === stepId) as AnySetupStep;
  const facts = machines.intelUhd();
  const params: unknown = step.defaultParams(facts, {});
  const cmd = step.commands.find((c) => c.id === 'apt-install');
  if (!cmd || params === null) throw new Error(`${stepId} has no apt-install on this machine`);
  const args = cmd.build(ctxFor(facts), params).args;
  return args.slice(args.indexOf('--exec') + 1);
}

describe('stack apt packages on Ubuntu 24.04', () => {
  it('stack.directml installs libblas3, libomp5-18 and liblapack3, all found on noble', () => {
    const argv = aptInstallArgv('stack.directml');
    expect(argv.slice(-3)).toEqual(['libblas3', 'libomp5-18', 'liblapack3']);
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    expect(s.run('root', [...APT, 'update']).exitCode).toBe(0);
    const r = s.run('root', argv);
    expect(r.err).not.toContain('Unable to locate package');
    expect(r.exitCode).toBe(0);
  });

  it('the simulated noble archive refuses the plain libomp5, as the real one does', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    s.run('root', [...APT, 'update']);
    const r = s.run('root', [...APT, 'install', '-y', 'libomp5']);
    expect(r.exitCode).toBe(100);
    expect(r.err).toContain('Unable to locate package libomp5');
  });
});
