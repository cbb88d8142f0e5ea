import { describe, expect, it } from 'vitest';
import { parseSetupArgs } from '../../../electron/cli/setup-args.js';

describe('setup CLI: --backup', () => {
  it('plan and apply take --backup as the choice to export the existing distro first', () => {
    expect(parseSetupArgs('plan', ['--profile', 'beginner', '--backup'])).toMatchObject({ ok: true, choices: { exportBeforeChange: true } });
    expect(parseSetupArgs('apply', ['--profile', 'cuda-pro', '--unattended', '--backup', '--distro', 'Ubuntu-24.04'])).toMatchObject({
      ok: true,
      choices: { distro: 'Ubuntu-24.04', exportBeforeChange: true },
    });
  });

  it('without --backup the choice is absent, and resume and undo refuse it', () => {
    const plain = parseSetupArgs('plan', ['--profile', 'beginner']);
    expect(plain.ok && 'choices' in plain ? plain.choices : null).toEqual({});
    expect(parseSetupArgs('resume', ['--backup'])).toEqual({ ok: false, error: 'resume does not take --backup' });
    expect(parseSetupArgs('undo', ['--stack', 'pytorch', '--backup'])).toEqual({ ok: false, error: 'undo does not take --backup' });
  });
});
