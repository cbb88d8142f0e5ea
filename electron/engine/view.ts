import type { CheckResult } from '../contract/checks.js';
import type { EngineView, StepStatus } from '../contract/plan.js';
import type { HostPlatform } from '../contract/platform.js';
import type { EngineState } from './machine.js';
import type { Plan } from './plan/default-plan.js';
import type { AnySetupStep } from './steps/model.js';

/** Derives what the renderer sees from the engine state. Pure. */
export function engineView(state: EngineState, plan: Plan, platform: HostPlatform): EngineView {
  const checks = state.report?.checks ?? [];
  return {
    phase: state.activeRun ? 'running' : state.probing ? 'probing' : 'idle',
    stages: plan.stages
      .map((stage) => ({
        id: stage.id,
        title: stage.title,
        steps: plan.steps
          .filter((s) => s.stageId === stage.id)
          .map((s) => ({
            id: s.id,
            title: s.title,
            description: s.description,
            needsAdmin: s.elevation === 'admin',
            rebootOnSuccess: s.reboot === 'always',
            status: stepStatus(s, state, checks, platform),
            lastOutcome: state.steps[s.id]?.lastOutcome ?? null,
            lastExitCode: state.steps[s.id]?.lastExitCode ?? null,
            before: { ...(state.steps[s.id]?.before ?? {}) },
            after: { ...(state.steps[s.id]?.after ?? {}) },
          })),
      }))
      .filter((stage) => stage.steps.length > 0),
    checks,
    readiness: state.report?.readiness ?? null,
    activeRun: state.activeRun ? { runId: state.activeRun.runId, stepId: state.activeRun.stepId } : null,
    lastProbeAt: state.report?.createdAt ?? null,
  };
}

function stepStatus(step: AnySetupStep, state: EngineState, checks: readonly CheckResult[], platform: HostPlatform): StepStatus {
  if (!step.platforms.includes(platform)) return 'not-applicable';
  if (state.activeRun?.stepId === step.id) return 'running';
  const record = state.steps[step.id];
  switch (record?.lastOutcome) {
    case 'ok':
      // Done only when its checks were judged again and pass (a step without checks: its exit code).
      return step.reboot === 'always' ? 'reboot-required' : afterPasses(step, record.after) ? 'done' : 'failed';
    case 'reboot-required':
      return 'reboot-required';
    case 'cancelled':
      return 'cancelled';
    case 'failed':
    case 'timed-out':
    case 'launch-failed':
      return 'failed';
    default:
      return step.verify.length > 0 && step.verify.every((id) => checks.some((c) => c.id === id && c.status === 'pass')) ? 'done' : 'pending';
  }
}

function afterPasses(step: AnySetupStep, after: Readonly<Record<string, string>>): boolean {
  return step.verify.every((id) => after[id] === 'pass');
}
