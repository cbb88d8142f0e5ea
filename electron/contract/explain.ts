import type { NextAction } from './setup.js';

/**
 * What `explain` answers (the CLI's `explain`, the dashboard's "Paste an output"): the shapes the
 * outcome classifier (electron/host/outcome) gives and the renderer shows.
 */

/** The tools the classifier has tables for (`bcdedit`, `dism`, `reg` and `powershell` share the Windows table). */
export const EXPLAIN_TOOLS = ['wsl', 'dism', 'powershell', 'reg', 'bcdedit', 'apt', 'pip', 'nvidia-ctk', 'docker'] as const;
export type ExplainTool = (typeof EXPLAIN_TOOLS)[number];

export type ExplainOutcome = 'ok' | 'already' | 'reboot-required' | 'retryable' | 'failed' | 'blocked' | 'unknown';

/** What the text shows besides the cause. */
export interface ExplainFacts {
  code?: string;
  hresult?: string;
  package?: string;
  version?: string;
  path?: string;
}

/** The most characters a paste may have over IPC (the CLI reads files of any size by head and tail). */
export const EXPLAIN_PASTE_MAX = 4 * 1024 * 1024;

/** One explained output. */
export interface ExplainResult {
  /** The tool whose table decided; null when none did. */
  tool: ExplainTool | null;
  outcome: ExplainOutcome;
  /** A cause id from the one documented list (docs/installer.md, "Causes"); null when unknown. */
  cause: string | null;
  facts: ExplainFacts;
  /** The lines the decision rests on (for `unknown`: the last lines). */
  evidence: string[];
  next: NextAction | null;
  /** Where the deciding rule's wording comes from. */
  source: string | null;
}
