import { describe, expect, it } from 'vitest';
import { msg } from '../../../../electron/contract/messages.js';
import type { SetupChoices } from '../../../../electron/contract/setup.js';
import type { PlanInput, StackOptionsFn } from '../../../../electron/engine/setup/plan-setup.js';
import { planSetup } from '../../../../electron/engine/setup/plan-setup.js';
import type { AnySetupStep } from '../../../../electron/engine/steps/model.js';
import { healthyFacts } from '../checks/facts-for.js';
import { allPass, distroStep, featureStep, installStep, results, stepContext, testSteps, torchStep, userStep } from './test-steps.js';

const torchOnly: StackOptionsFn = () => [
  { id: 'pytorch', supported: true, reason: msg('ok'), recommended: true },
  { id: 'pytorch-rocm', supported: false, reason: msg('stack.rocm.unsupportedCard'), recommended: false },
];

function plan(over: Partial<PlanInput> = {}, choices: SetupChoices = {}) {
  return planSetup({ facts: healthyFacts(), report: results({}), profile: 'beginner', choices, steps: testSteps, ctx: stepContext(), stackOptions: torchOnly, ...over });
}

function okPlan(over: Partial<PlanInput> = {}, choices: SetupChoices = {}) {
  const r = plan(over, choices);
  if (!r.ok) throw new Error(`no plan: ${JSON.stringify(r.error)}`);
  return r.plan;
}

describe('planSetup', () => {
  it('plans every beginner step on a fresh machine, in order, with the exact argv, stdin kind, elevation and the checks it fixes', () => {
    const p = okPlan({}, { user: 'alice' });
    expect(p.steps.map((s) => s.stepId)).toEqual(['test.feature', 'test.install', 'test.distro', 'test.user', 'test.torch']);
    const install = p.steps[1];
    expect(install?.commands.map((c) => c.argv)).toEqual([
      ['C:\\Windows\\System32\\wsl.exe', '--install', '--no-distribution'],
      ['C:\\Windows\\System32\\wsl.exe', '--install', '--no-distribution', '--web-download'],
    ]);
    expect(install?.commands[1]?.label).toBe('web (fallback)');
    expect(install?.commands[0]?.display).toBe('"C:\\\\Windows\\\\System32\\\\wsl.exe" --install --no-distribution');
    const user = p.steps[3];
    expect(user?.commands.map((c) => c.stdin)).toEqual(['none', 'secret']);
    expect(user?.params).toEqual({ distro: 'Ubuntu-24.04', user: 'alice', setPassword: true });
    expect(user?.commands.flatMap((c) => c.argv)).not.toContain('alice:');
    expect(p.steps.map((s) => s.elevation)).toEqual(['admin', 'admin', 'user', 'user', 'user']);
    expect(p.steps[0]?.fixes).toEqual(['feat.on']);
    expect(p.steps[0]?.reason).toEqual(msg('setup.reason.fixes', { checks: 'feat.on' }));
    expect(p).toMatchObject({ needsAdmin: true, mayReboot: true, downloadBytes: 3_700_000_000, seconds: 30 + 120 + 60 + 10 + 600, alreadyDone: [] });
    expect(p.stacks).toEqual([
      { id: 'pytorch', supported: true, reason: msg('ok') },
      { id: 'pytorch-rocm', supported: false, reason: msg('stack.rocm.unsupportedCard') },
    ]);
  });

  it('plans nothing on a finished machine: every step is already done', () => {
    const p = okPlan({ report: allPass() });
    expect(p.steps).toEqual([]);
    expect(p.alreadyDone).toEqual(['test.feature', 'test.install', 'test.distro', 'test.user', 'test.torch']);
    expect(p).toMatchObject({ needsAdmin: false, mayReboot: false, downloadBytes: 0, seconds: 0 });
  });

  it('keeps only the steps whose verify checks do not all pass', () => {
    const p = okPlan({ report: results({ 'feat.on': 'pass', 'tool.installed': 'pass', 'distro.present': 'warn' }) });
    expect(p.alreadyDone).toEqual(['test.feature', 'test.install']);
    expect(p.steps.map((s) => s.stepId)).toEqual(['test.distro', 'test.user', 'test.torch']);
    expect(p.needsAdmin).toBe(false);
  });

  it('refuses a hostile distro or user name through the step schema, as a typed error', () => {
    for (const choices of [{ distro: 'Ubuntu; rm -rf /' }, { distro: '-d' }, { user: 'root' }, { user: 'Alice' }, { user: '$(id)' }]) {
      const r = plan({}, choices);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe('invalid-params');
    }
  });

  it('moves a step after the step that provides its precondition, and keeps registry order otherwise', () => {
    const p = okPlan({ steps: [distroStep, featureStep, installStep, userStep] });
    expect(p.steps.map((s) => s.stepId)).toEqual(['test.feature', 'test.install', 'test.distro', 'test.user']);
  });

  it('reports a precondition cycle instead of looping', () => {
    const a: AnySetupStep = { ...featureStep, id: 'cyc.a', preconditions: ['cyc.b.ok'], verify: ['cyc.a.ok'] };
    const b: AnySetupStep = { ...featureStep, id: 'cyc.b', preconditions: ['cyc.a.ok'], verify: ['cyc.b.ok'] };
    const r = plan({ steps: [a, b] });
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'order-cycle', stepIds: ['cyc.a', 'cyc.b'] });
  });

  it('follows the profile and the stacks chosen: cuda-pro drops the beginner stack, a named unsupported stack is refused', () => {
    expect(okPlan({ profile: 'cuda-pro' }).steps.map((s) => s.stepId)).not.toContain('test.torch');
    expect(okPlan({}, { stacks: [] }).steps.map((s) => s.stepId)).not.toContain('test.torch');
    const r = plan({}, { stacks: ['pytorch-rocm'] });
    expect(r.ok ? null : r.error).toEqual({ kind: 'stack-unsupported', stack: 'pytorch-rocm', message: msg('stack.rocm.unsupportedCard') });
  });

  it('without a stacks function installs only the stacks named', () => {
    const base = { facts: healthyFacts(), report: results({}), profile: 'beginner' as const, steps: testSteps, ctx: stepContext() };
    const none = planSetup({ ...base, choices: {} });
    const named = planSetup({ ...base, choices: { stacks: ['pytorch'] } });
    expect(none.ok && none.plan.steps.map((s) => s.stepId)).not.toContain('test.torch');
    expect(named.ok && named.plan.steps.map((s) => s.stepId)).toContain('test.torch');
  });

  it('leaves out steps for another platform, steps whose defaultParams is null and commands their params skip', () => {
    const linuxOnly: AnySetupStep = { ...featureStep, id: 'linux.only', platforms: ['linux'] };
    const notHere: AnySetupStep = { ...featureStep, id: 'not.here', defaultParams: () => null };
    const noPassword: AnySetupStep = { ...userStep, defaultParams: () => ({ distro: 'Ubuntu-24.04', user: 'ml', setPassword: false }) };
    const p = okPlan({ steps: [linuxOnly, notHere, noPassword, torchStep] });
    expect(p.steps.map((s) => s.stepId)).toEqual(['test.user', 'test.torch']);
    expect(p.steps[0]?.commands.map((c) => c.label)).toEqual(['useradd']);
  });
});

describe('planSetup: a command that cannot be built', () => {
  it('names the step and the reason instead of throwing, and plans nothing', () => {
    const refusing: AnySetupStep = {
      ...distroStep,
      commands: [
        {
          ...distroStep.commands[0]!,
          build: () => {
            throw new RangeError('distro.export: LOCALAPPDATA is not an absolute drive path');
          },
        },
      ],
    };
    const r = plan({ steps: testSteps.map((s) => (s.id === distroStep.id ? refusing : s)) }, { user: 'alice' });
    expect(r.ok ? null : r.error).toEqual({
      kind: 'unbuildable',
      stepId: distroStep.id,
      reason: 'distro.export: LOCALAPPDATA is not an absolute drive path',
      message: msg('setup.error.unbuildable', { step: distroStep.id, reason: 'distro.export: LOCALAPPDATA is not an absolute drive path' }),
    });
  });
});
