import type { FrameworkName, InterpreterFacts, InterpreterRef } from '../../contract/distro-facts.js';
import { str } from './parse-framework-section.js';
import type { ProbeDocument } from './probe-document-schema.js';

/**
 * The collector's `interpreters` (probeVersion 2) as `InterpreterFacts`, and which of them a
 * framework section was read in. A version 1 document looked only in the collector's own
 * python, or in `--python` when given: that one becomes the only interpreter, so every document
 * answers the same way.
 */

const MAX_INTERPRETERS = 16;

/** Every interpreter the document looked in, in its order (the judging order). */
export function interpretersFrom(doc: ProbeDocument, names: readonly FrameworkName[]): InterpreterFacts[] {
  if (doc.interpreters === undefined) {
    if (doc.python === null) return [];
    const installed = names.filter((n) => doc.frameworks[n]?.installed === true).map((n) => ({ name: n, version: str(doc.frameworks[n]?.distVersion, 200) }));
    // Version 1 ran the frameworks with `--python` when given, else with its own python.
    const configured = str(doc.args.python, 4096);
    if (configured !== null) return [{ path: configured, source: 'configured', user: null, version: null, installed, error: null }];
    return [{ path: doc.python.executable, source: 'system', user: null, version: doc.python.version, installed, error: null }];
  }
  return doc.interpreters.slice(0, MAX_INTERPRETERS).map((i) => ({
    path: i.path.slice(0, 4096),
    source: i.source,
    user: str(i.user, 256),
    version: str(i.version, 64),
    installed: names.filter((n) => i.frameworks[n]?.installed === true).map((n) => ({ name: n, version: str(i.frameworks[n]?.distVersion, 200) })),
    error: str(i.error, 500),
  }));
}

/** The part of an interpreter that names it. */
function interpreterRef(i: InterpreterFacts): InterpreterRef {
  return { path: i.path, source: i.source, user: i.user };
}

/**
 * The interpreter a section (a framework's or the benchmark's) was read in: its `interpreter`
 * index in a version 2 document; in a version 1 document the collector's own python, when the
 * section ran at all.
 */
export function judgedInterpreterOf(doc: ProbeDocument, section: { interpreter?: unknown; installed?: unknown } | null | undefined, interpreters: InterpreterFacts[]): InterpreterRef | null {
  if (section === null || section === undefined) return null;
  if (doc.interpreters === undefined) {
    const own = interpreters[0];
    return own && section.installed !== false ? interpreterRef(own) : null;
  }
  const i = section.interpreter;
  const hit = typeof i === 'number' && Number.isInteger(i) ? interpreters[i] : undefined;
  return hit ? interpreterRef(hit) : null;
}
