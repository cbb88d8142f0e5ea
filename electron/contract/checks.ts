import type { Facts } from './facts.js';
import type { Msg } from './messages.js';

/** The verdict of one check. `skip`: it did not apply or a prerequisite failed; `unknown`: no data. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip' | 'unknown';

/** In the order a person reads them: what the PC must have first, then WSL, then the GPU chain. */
export const CHECK_CATEGORIES = ['preflight', 'wsl', 'gpu-chain'] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

/** One piece of evidence: a localized label and the raw value read from a tool. */
export interface Evidence {
  label: Msg;
  value: string;
}

/** How to fix a failed check: always a message, optionally a step the app can run or a page to open. */
export interface Fix {
  text: Msg;
  stepId?: string;
  url?: string;
}

/** The result of one check, as shown in the dashboard and printed by the CLI. */
export interface CheckResult {
  id: string;
  category: CheckCategory;
  status: CheckStatus;
  title: Msg;
  summary: Msg;
  evidence: Evidence[];
  fix?: Fix;
}

/** `verified-on-gpu`: a real tensor op ran on the GPU; `verified`: a framework saw the GPU. */
export type Readiness = 'not-ready' | 'installed' | 'verified' | 'verified-on-gpu';

/** What one diagnose pass produced. */
export interface DiagnoseReport {
  schema: 'wsl-gpu-setup/diagnose@1';
  createdAt: string;
  facts: Facts;
  checks: CheckResult[];
  readiness: Readiness;
}
