import type { DiagnoseReport } from '../contract/checks.js';
import type { Msg } from '../contract/messages.js';

/** The machine-readable report: the same object, with every message resolved to text. */
export function reportToJson(report: DiagnoseReport, t: (m: Msg) => string): unknown {
  return {
    ...report,
    checks: report.checks.map((c) => ({
      id: c.id,
      category: c.category,
      status: c.status,
      title: t(c.title),
      summary: t(c.summary),
      evidence: c.evidence.map((e) => ({ label: t(e.label), value: e.value })),
      ...(c.fix ? { fix: { text: t(c.fix.text), ...(c.fix.stepId ? { stepId: c.fix.stepId } : {}), ...(c.fix.url ? { url: c.fix.url } : {}) } } : {}),
    })),
  };
}
