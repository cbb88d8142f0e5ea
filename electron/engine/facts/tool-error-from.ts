import type { ToolError } from '../../contract/facts.js';
import { extractWslError } from '../../host/wsl/error-token.js';
import type { Capture } from '../model.js';

/** Longest raw excerpt kept in an error fact. */
const EXCERPT_CHARS = 500;

/** The stable error token of a failed capture, or null when it succeeded. */
export function toolErrorFrom(c: Capture, text: string): ToolError | null {
  if (c.exitCode === 0 && !c.launchError) return null;
  const token = extractWslError(text, c.exitCode ?? undefined);
  const message = (c.launchError ?? text).trim().slice(0, EXCERPT_CHARS);
  return { code: token?.code ?? null, hresult: token?.hresult ?? null, message };
}
