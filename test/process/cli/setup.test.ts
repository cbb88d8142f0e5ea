import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import type { CliIo } from '../../../electron/cli/main.js';
import type { AnySetupStep } from '../../../electron/engine/steps/model.js';
import { scenarios } from '../../fakes/scenarios.js';
import type { FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';
import type { LogEntry, Script } from '../../unit/engine/setup/fake-ports.js';
import { FakeElevator, FakeExec, FakePty, FakeResume, MemoryJournal } from '../../unit/engine/setup/fake-ports.js';
import { distroStep, featureStep, userStep } from '../../unit/engine/setup/test-steps.js';

/**
 * The installer commands against the fake Windows tools: diagnose runs the real probes (the
 * fakes record every call); the setup's own commands go to in-memory runners and ports.
 */

const fakes: FakeSystemRoot[] = [];
afterEach(() => fakes.splice(0).forEach((f) => f.dispose()));

// `wsl.installed` passes on the healthy machine: the feature step is already done there.
const steps: AnySetupStep[] = [
  { ...featureStep, verify: ['wsl.installed'] },
  { ...distroStep, preconditions: [], verify: ['test.install'] },
  { ...userStep, preconditions: [], verify: ['test.chpasswd', 'test.none'] },
];

function cli(argv: string[], opts: { tty?: boolean; piped?: string; answer?: string; script?: Script; ports?: boolean } = {}) {
  const fake = makeFakeSystemRoot(scenarios.healthyEnglish);
  fakes.push(fake);
  const log: LogEntry[] = [];
  const pty = new FakePty(log, opts.script ?? {});
  const exec = new FakeExec(log, opts.script ?? {});
  const journal = new MemoryJournal(log);
  let out = '';
  let err = '';
  const io: CliIo = {
    env: { ...process.env, LANG: 'C', ...fake.env },
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: { isTTY: opts.tty ?? false, readLine: () => Promise.resolve(opts.answer ?? ''), readAll: () => Promise.resolve(opts.piped ?? '') },
    setup: {
      steps,
      pty,
      exec,
      ports: opts.ports === false ? null : { journal, elevator: new FakeElevator(log, opts.script ?? {}), resume: new FakeResume(log) },
      // Verify: `test.<label>` passes once a command with that label ran; `test.none` never does.
      verify: (ids) => {
        const ran = new Set([...pty.started.map((c) => c.label), ...exec.calls.map((c) => c.spec.label)]);
        const pass = (id: string) => id === 'wsl.installed' || ran.has(id.replace(/^test\./, ''));
        return Promise.resolve(ids.map((id) => ({ id, category: 'wsl' as const, status: pass(id) ? ('pass' as const) : ('fail' as const), title: { key: id }, summary: { key: id }, evidence: [] })));
      },
    },
  };
  return runCli(argv, io).then((code) => ({ code, out, err, calls: fake.calls(), pty, exec, journal }));
}

describe('wsl-gpu-setup plan / apply / resume / undo', () => {
  it('plan --json prints the exact argv of every step still needed and what is already done', async () => {
    const r = await cli(['plan', '--profile', 'beginner', '--json', '--user', 'alice']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as { schema: string; alreadyDone: string[]; steps: { stepId: string; reason: string; commands: { argv: string[]; stdin: string }[] }[] };
    expect(plan.schema).toBe('wsl-gpu-setup/plan@1');
    expect(plan.alreadyDone).toEqual(['test.feature']);
    expect(plan.steps.map((s) => s.stepId)).toEqual(['test.distro', 'test.user']);
    const wsl = plan.steps[0]?.commands[0]?.argv[0] ?? '';
    expect(wsl.endsWith('wsl.exe')).toBe(true);
    expect(plan.steps[0]?.commands[0]?.argv.slice(1)).toEqual(['--install', 'Ubuntu-24.04', '--no-launch']);
    expect(plan.steps[1]?.commands.map((c) => [c.argv.slice(1), c.stdin])).toEqual([
      [['--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/sbin/useradd', '--create-home', 'alice'], 'none'],
      [['--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/sbin/chpasswd'], 'secret'],
    ]);
    expect(plan.steps[0]?.reason).toBe('Needed because these checks do not pass yet: test.install');
    expect(r.calls.length).toBeGreaterThan(0);
  });

  it('plan prints a localized table in Japanese', async () => {
    const r = await cli(['plan', '--profile', 'beginner', '--lang', 'ja']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('セットアップ計画 (beginner): 2 ステップ');
    expect(r.out).toContain('$ ');
  });

  const hostile: [string, string[]][] = [
    ['a distro name with a shell metacharacter', ['apply', '--profile', 'beginner', '--unattended', '--distro', 'Ubuntu;calc.exe']],
    ['a distro name that is an option', ['plan', '--profile', 'beginner', '--distro', '--help']],
    ['root as the user', ['apply', '--profile', 'beginner', '--unattended', '--user', 'root']],
    ['a user with command substitution', ['plan', '--profile', 'cuda-pro', '--user', '$(whoami)']],
    ['an upper-case user', ['apply', '--profile', 'beginner', '--unattended', '--user', 'Admin']],
    ['an unknown profile', ['plan', '--profile', 'expert']],
    ['an unknown stack', ['plan', '--profile', 'beginner', '--stack', 'evil']],
    ['an unknown undo stack', ['undo', '--stack', '../../etc']],
    ['an option of another command', ['resume', '--unattended']],
  ];
  for (const [what, argv] of hostile) {
    it(`refuses ${what} with exit 2 before any process starts`, async () => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.calls).toEqual([]);
      expect(r.pty.started).toEqual([]);
    });
  }

  it('apply without --unattended refuses a non-terminal stdin with exit 2, before probing', async () => {
    const r = await cli(['apply', '--profile', 'beginner']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--unattended');
    expect(r.calls).toEqual([]);
  });

  it('apply on a terminal shows the plan and changes nothing when the answer is not yes', async () => {
    const r = await cli(['apply', '--profile', 'beginner'], { tty: true, answer: 'n' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('Apply this plan? [y/N]');
    expect(r.out).toContain('Nothing was changed.');
    expect(r.pty.started).toEqual([]);
    expect(r.journal.saved).toEqual([]);
  });

  it('apply --unattended runs the plan, the password from stdin only on the command\'s stdin; a failed verify exits 1 with the next action', async () => {
    const r = await cli(['apply', '--profile', 'beginner', '--unattended', '--password-stdin', '--user', 'alice'], { piped: 's3cret\n' });
    expect(r.pty.started.map((s) => s.label)).toEqual(['install', 'useradd']);
    expect(r.exec.calls.map((c) => [c.spec.label, c.stdin])).toEqual([['chpasswd', 'alice:s3cret\n']]);
    expect(JSON.stringify(r.pty.started.map((s) => s.args))).not.toContain('s3cret');
    expect(r.code).toBe(1);
    expect(r.out).toContain('test.distro: done');
    expect(r.out).toContain('test.user: failed');
    expect(r.out).toContain('The step ran but these checks still do not pass: test.none');
    expect(JSON.stringify(r.journal.saved)).not.toContain('s3cret');
  });

  it('apply exits 3010 when a step needs a restart', async () => {
    const reboot: AnySetupStep[] = [{ ...distroStep, preconditions: [], verify: ['test.none'], reboot: 'always' }];
    const fake = makeFakeSystemRoot(scenarios.healthyEnglish);
    fakes.push(fake);
    const log: LogEntry[] = [];
    const code = await runCli(['apply', '--profile', 'beginner', '--unattended'], {
      env: { ...process.env, LANG: 'C', ...fake.env },
      stdout: () => {},
      stderr: () => {},
      setup: { steps: reboot, pty: new FakePty(log, {}), exec: new FakeExec(log, {}), ports: { journal: new MemoryJournal(log), elevator: new FakeElevator(log, {}), resume: new FakeResume(log) }, verify: () => Promise.resolve([]) },
    });
    expect(code).toBe(3010);
    expect(log.some((e) => e.port === 'resume' && /^register [0-9a-f-]{36}$/.test(e.what))).toBe(true);
  });

  it('apply and resume say so and exit 1 where this build has no journal or broker', async () => {
    const r = await cli(['apply', '--profile', 'beginner', '--unattended'], { ports: false });
    expect(r.code).toBe(1);
    expect(r.err).toContain('This build cannot apply yet.');
    expect(r.pty.started).toEqual([]);
  });

  it('resume without a saved run says there is nothing to resume', async () => {
    const r = await cli(['resume']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('There is no setup run to resume.');
  });
});
