import { decodeToolOutput } from '../../host/text/decode.js';
import type { Capture } from '../model.js';

/** The decoded text of a capture, stdout and stderr together (wsl.exe prints errors on stdout). */
export function captureText(c: Capture): string {
  const out = decodeToolOutput(c.stdout, c.encoding);
  const err = decodeToolOutput(c.stderr, c.encoding);
  return err.trim() ? `${out}\n${err}` : out;
}

/** The tool itself does not exist (not an error of the tool: a fact about the machine). */
export function launchNotFound(c: Capture | undefined): boolean {
  return !!c?.launchError && /ENOENT|not found|no such file/i.test(c.launchError);
}
