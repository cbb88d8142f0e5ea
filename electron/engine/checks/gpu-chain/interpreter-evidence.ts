import type { Evidence } from '../../../contract/checks.js';
import type { FrameworkName, InterpreterFacts, InterpreterRef } from '../../../contract/distro-facts.js';
import { ev } from './common.js';

/**
 * Evidence rows that say which python interpreter a framework check (or the benchmark) judged,
 * and what the other interpreters found hold: a user whose check fails in the configured venv
 * sees at once that another env has a working build.
 */

/** `/home/u/.venv/bin/python3 (venv, u)`: the path as run, where it was found, the user it ran as. */
export function describeInterpreter(i: InterpreterRef): string {
  return `${i.path} (${i.source}${i.user ? `, ${i.user}` : ''})`;
}

const same = (a: InterpreterRef, b: InterpreterRef): boolean => a.path === b.path && a.source === b.source && a.user === b.user;

/** The judged interpreter, then every other one: with the framework's version, or as looked in. */
export function interpreterEvidence(name: FrameworkName, judged: InterpreterRef | null, interpreters: readonly InterpreterFacts[]): Evidence[] {
  const rows: Evidence[] = [];
  if (judged) rows.push(ev('evidence.framework.interpreter', describeInterpreter(judged)));
  for (const i of interpreters) {
    if (judged && same(i, judged)) continue;
    const hit = i.installed.find((x) => x.name === name);
    if (i.error) rows.push(ev('evidence.framework.interpreterError', `${describeInterpreter(i)}: ${i.error}`));
    else if (hit) rows.push(ev('evidence.framework.alsoInstalled', `${describeInterpreter(i)}: ${hit.version ?? '?'}`));
    else rows.push(ev('evidence.framework.lookedIn', describeInterpreter(i)));
  }
  return rows;
}
