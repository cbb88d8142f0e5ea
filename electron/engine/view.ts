import type { CheckResult } from '../contract/checks.js';
import type { EngineView, StepStatus } from '../contract/plan.js';
import type { HostPlatform } from '../contract/platform.js';
import type { EngineState } from './machine.js';
import type { Plan } from './plan/default-plan.js';
import type { Step } from './model.js';

/** Derives what the renderer sees from the engine state. Pure. */
export function engineView(state: EngineState, plan: Plan, platform: HostPlatform): EngineView {
  const checks = state.report?.checks ?? [];
  return {
    phase: state.activeRun ? 'running' : state.probing ? 'probing' : 'idle',
    stages: plan.stages.map((stage) => ({
      id: stage.id,
      title: stage.title,
      steps: plan.steps
        .filter((s) => s.stageId === stage.id)
        .map((s) => ({
          id: s.id,
          title: s.title,
          description: s.description,
          needsAdmin: s.needsAdmin,
          rebootOnSuccess: s.rebootOnSuccess,
          status: stepStatus(s, state, checks, platform),
          lastOutcome: state.steps[s.id]?.lastOutcome ?? null,
          lastExitCode: state.steps[s.id]?.lastExitCode ?? null,
        })),
    })),
    checks,
    readiness: state.report?.readiness ?? null,
    activeRun: state.activeRun,
    lastProbeAt: state.report?.createdAt ?? null,
  };
}

function stepStatus(step: Step, state: EngineState, checks: readonly CheckResult[], platform: HostPlatform): StepStatus {
  if (!step.platforms.includes(platform)) return 'not-applicable';
  if (state.activeRun?.stepId === step.id) return 'running';
  switch (state.steps[step.id]?.lastOutcome) {
    case 'ok':
      return step.rebootOnSuccess ? 'reboot-required' : 'done';
    case 'reboot-required':
      return 'reboot-required';
    case 'cancelled':
      return 'cancelled';
    case 'failed':
    case 'timed-out':
    case 'launch-failed':
      return 'failed';
    default:
      return step.verifyCheck && checks.some((c) => c.id === step.verifyCheck && c.status === 'pass') ? 'done' : 'pending';
  }
}
