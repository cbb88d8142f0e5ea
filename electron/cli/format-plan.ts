import type { Msg } from '../contract/messages.js';
import type { SetupPlan, SetupRunView } from '../contract/setup.js';

type Translate = (m: Msg) => string;

/** The plan as a person reviews it before consenting: each step, why, and the exact commands. */
export function formatPlanText(plan: SetupPlan, t: Translate): string {
  if (plan.steps.length === 0) {
    const done = plan.alreadyDone.length ? [t({ key: 'cli.setup.alreadyDone', params: { steps: plan.alreadyDone.join(', ') } })] : [];
    return [t({ key: 'cli.setup.nothingToDo', params: { profile: plan.profile } }), ...done].join('\n');
  }
  const lines = [t({ key: 'cli.setup.planTitle', params: { profile: plan.profile, count: plan.steps.length } }), ''];
  plan.steps.forEach((s, i) => {
    const flags = [...(s.elevation === 'admin' ? [t({ key: 'cli.setup.admin' })] : []), ...(s.reboot !== 'never' ? [t({ key: 'cli.setup.mayReboot' })] : [])];
    lines.push(`${i + 1}. ${s.stepId} — ${t(s.title)}${flags.length ? ` [${flags.join('; ')}]` : ''}`);
    lines.push(`   ${t({ key: 'cli.setup.why' })}: ${t(s.reason)}`);
    for (const c of s.commands) lines.push(`   $ ${c.display}${c.stdin !== 'none' ? `  < ${t({ key: `cli.setup.stdin.${c.stdin}` })}` : ''}`);
  });
  lines.push('');
  if (plan.alreadyDone.length) lines.push(t({ key: 'cli.setup.alreadyDone', params: { steps: plan.alreadyDone.join(', ') } }));
  for (const s of plan.stacks.filter((x) => !x.supported)) lines.push(t({ key: 'cli.setup.stackUnsupported', params: { stack: s.id, reason: t(s.reason) } }));
  lines.push(t({ key: 'cli.setup.totals', params: { mb: Math.round(plan.downloadBytes / 1_000_000), minutes: Math.ceil(plan.seconds / 60) } }));
  return lines.join('\n');
}

/** The machine-readable plan: the same object, every message resolved to text. */
export function planToJson(plan: SetupPlan, t: Translate): unknown {
  return {
    ...plan,
    steps: plan.steps.map((s) => ({ ...s, title: t(s.title), description: t(s.description), reason: t(s.reason) })),
    stacks: plan.stacks.map((s) => ({ ...s, reason: t(s.reason) })),
  };
}

/** Where each step of a run ended, with the next action of a failed one. */
export function formatRunText(view: SetupRunView, t: Translate): string {
  const lines = view.steps.map((s) => t({ key: 'cli.setup.step', params: { step: s.stepId, state: s.state } }));
  for (const s of view.steps) if (s.next) lines.push(`${s.stepId}:`, t({ key: 'cli.setup.next', params: { text: t(s.next.label) } }));
  // A run whose steps all ended well can still fail as a whole (its final record was not saved).
  if (view.error) lines.push('', t(view.error.msg), t({ key: 'cli.setup.next', params: { text: t(view.error.next.label) } }));
  const end = { done: 'cli.setup.done', failed: 'cli.setup.failed', cancelled: 'cli.setup.cancelled', 'reboot-pending': 'cli.setup.rebootRequired', running: null, planned: null }[view.state];
  if (end) lines.push('', t({ key: end }));
  return lines.join('\n');
}
