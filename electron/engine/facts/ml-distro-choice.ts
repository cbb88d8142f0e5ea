import { chooseMlDistro, type MlDistroChoice } from '../../host/wsl/choose-ml-distro.js';
import { parseWslListVerbose } from '../../host/wsl/parse-list.js';
import type { CaptureMap } from '../model.js';
import { WSL_PROBE_IDS } from '../probes/wsl-probes.js';
import { captureText } from './capture-text.js';

/**
 * The ML distro choice read from the `wsl -l -v` capture. Pure: the probes decide with it
 * before the collector runs, and the facts builder reads the same captures again, so a
 * replayed bundle explains the choice exactly as the live run made it.
 */
export function mlDistroChoiceFrom(captures: CaptureMap): MlDistroChoice {
  const list = captures.get(WSL_PROBE_IDS.listVerbose);
  const rows = list !== undefined && list.exitCode === 0 && list.launchError === null ? parseWslListVerbose(captureText(list)).distros : null;
  return chooseMlDistro(rows);
}
