import type { DiagnoseReport } from '../../contract/checks.js';
import type { VerifyChecks } from './ports.js';

/**
 * Verify through a whole diagnose pass, keeping the named checks' results. Correct but not
 * targeted: the targeted verify (checks naming the probes they need) replaces it where available.
 */
export function verifyByDiagnose(diagnose: () => Promise<DiagnoseReport>): VerifyChecks {
  return async (checkIds) => {
    const report = await diagnose();
    return report.checks.filter((c) => checkIds.includes(c.id));
  };
}
