import type { DistroFacts } from '../../../contract/distro-facts.js';
import type { Facts } from '../../../contract/facts.js';
import { msg } from '../../../contract/messages.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, onWsl, probeVerdict } from '../gpu-chain/common.js';
import { probesFor } from '../probe-needs.js';

/**
 * A check judged on the distro's collector document: WSL only, and the document's own problems
 * (not captured, unreadable, no python3) answer before `judge` is asked.
 */
export function distroCheck(id: string, titleKey: string, judge: (d: DistroFacts) => Verdict): Check {
  return {
    id,
    category: 'wsl',
    title: msg(titleKey),
    prerequisites: [],
    applies: onWsl,
    // Read from the collector's document only: a targeted verify runs the distro probes alone.
    needs: probesFor('distro'),
    evaluate(facts: Facts) {
      const d = distroOf(facts);
      const problem = probeVerdict(d);
      if (problem || !d) return problem ?? { status: 'unknown', summary: msg('check.gpu.skip.noDistro') };
      return judge(d);
    },
  };
}
