import { describe, expect, it } from 'vitest';
import { runIdSchema, schemas, setupChoicesSchema } from '../../../electron/contract/schemas.js';

describe('setup IPC schemas', () => {
  it('accepts a profile, allow-listed choices and the consent literal', () => {
    expect(schemas['setup:plan'].safeParse([{ profile: 'beginner', choices: {} }]).success).toBe(true);
    expect(schemas['setup:plan'].safeParse([{ profile: 'cuda-pro', choices: { distro: 'Ubuntu-24.04', user: 'alice', stacks: ['cuda-toolkit', 'docker-nvidia'], exportBeforeChange: true } }]).success).toBe(true);
    expect(schemas['setup:apply'].safeParse([{ profile: 'beginner', choices: { user: 'ml_1' }, accepted: true }]).success).toBe(true);
    expect(schemas['setup:resume'].safeParse([]).success).toBe(true);
    expect(schemas['setup:apply'].safeParse([{ profile: 'beginner', choices: { user: 'taro' }, accepted: true, password: 'pa ss:wörd' }]).success).toBe(true);
    expect(schemas['setup:resume'].safeParse([{ password: 'pa ss:wörd' }]).success).toBe(true);
    expect(schemas['setup:restart'].safeParse([{ runId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }]).success).toBe(true);
    expect(schemas['setup:get'].safeParse([]).success).toBe(true);
    expect(schemas['setup:cancel'].safeParse([{ runId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }]).success).toBe(true);
  });

  it('refuses apply without consent, argv, plans and hostile names', () => {
    const bad: unknown[][] = [
      [{ profile: 'beginner', choices: {}, accepted: false }],
      [{ profile: 'beginner', choices: {} }],
      [{ profile: 'beginner', choices: {}, accepted: true, argv: ['wsl.exe', '--unregister', 'Ubuntu'] }],
      [{ profile: 'beginner', choices: {}, accepted: true, plan: { steps: [] } }],
      [{ profile: 'admin', choices: {}, accepted: true }],
      [{ profile: 'beginner', choices: { distro: 'Ubuntu; calc' }, accepted: true }],
      [{ profile: 'beginner', choices: { distro: '--help' }, accepted: true }],
      [{ profile: 'beginner', choices: { user: 'root' }, accepted: true }],
      [{ profile: 'beginner', choices: { user: 'systemd-network' }, accepted: true }],
      [{ profile: 'beginner', choices: { user: 'a'.repeat(33) }, accepted: true }],
      [{ profile: 'beginner', choices: { stacks: ['pytorch', 'pytorch'] }, accepted: true }],
      [{ profile: 'beginner', choices: { stacks: ['rm -rf'] }, accepted: true }],
      [{ profile: 'beginner', choices: { password: 'x' }, accepted: true }],
    ];
    for (const args of bad) expect(schemas['setup:apply'].safeParse(args).success, JSON.stringify(args)).toBe(false);
    expect(schemas['setup:cancel'].safeParse([{ runId: 'run-1; rm' }]).success).toBe(false);
    for (const password of ['', 'a\nb', 'a\rb', 'a\0b', 'x'.repeat(257)]) {
      expect(schemas['setup:apply'].safeParse([{ profile: 'beginner', choices: {}, accepted: true, password }]).success, JSON.stringify(password)).toBe(false);
      expect(schemas['setup:resume'].safeParse([{ password }]).success, JSON.stringify(password)).toBe(false);
    }
    expect(schemas['setup:restart'].safeParse([{ runId: 'run-1', argv: ['shutdown.exe', '/s'] }]).success).toBe(false);
    expect(schemas['setup:restart'].safeParse([{}]).success).toBe(false);
  });

  it('run ids: random UUIDs for setup runs, run-N for the diagnostics runs, nothing else', () => {
    expect(runIdSchema.safeParse('1b4e28ba-2fa1-41d2-883f-0016d3cca427').success).toBe(true);
    expect(runIdSchema.safeParse('run-3').success).toBe(true);
    for (const id of ['1B4E28BA-2FA1-41D2-883F-0016D3CCA427', '1b4e28ba2fa141d2883f0016d3cca427', 'run-', '../journal', '']) expect(runIdSchema.safeParse(id).success, id).toBe(false);
    expect(setupChoicesSchema.safeParse({ user: 'docker' }).success).toBe(false);
  });
});
