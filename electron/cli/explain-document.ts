import { z } from 'zod';
import { CAUSE_IDS } from '../host/outcome/causes.js';
import { EXPLAIN_TOOLS } from '../host/outcome/rules.js';

/**
 * `wsl-gpu-setup explain --json`: the `wsl-gpu-setup/explain@1` document. Its JSON Schema is
 * generated from this zod schema into docs/schemas/explain.schema.json (`npm run schemas`).
 */

export const EXPLAIN_SCHEMA_ID = 'wsl-gpu-setup/explain@1';

const outcome = z.enum(['ok', 'already', 'reboot-required', 'retryable', 'failed', 'blocked', 'unknown']);

export const explainDocumentSchema = z
  .object({
    schema: z.literal(EXPLAIN_SCHEMA_ID),
    lang: z.enum(['en', 'ja']).describe('Language of next.text.'),
    input: z
      .object({
        file: z.string().describe('The file explained, or "-" for standard input.'),
        tool: z.enum(['auto', ...EXPLAIN_TOOLS]).describe('The tool asked for (--tool); auto: recognised from the text.'),
        exitCode: z.number().int().nullable().describe('--exit-code, when given.'),
        bytes: z.number().int().nonnegative().describe('Size of the input read.'),
      })
      .strict(),
    tool: z.enum(EXPLAIN_TOOLS).nullable().describe('The tool whose rule table decided; null when none did, or when the Windows system-message table (shared by bcdedit, dism, reg, PowerShell) did and no command line named the tool.'),
    outcome: outcome.describe('ok: changed something; already: nothing to do; reboot-required; retryable: transient (lock, network, DNS, mirror, hash); failed: needs a different action; blocked: policy, firmware or Store; unknown: not recognised, nothing guessed.'),
    cause: z.enum(CAUSE_IDS as [string, ...string[]]).nullable().describe('A cause id from the one documented list (docs/installer.md, "Causes"); null when unknown.'),
    facts: z
      .object({
        code: z.string().optional(),
        hresult: z.string().optional(),
        package: z.string().optional(),
        version: z.string().optional(),
        path: z.string().optional(),
      })
      .strict()
      .describe('What the text shows: error code, HRESULT, package, version, path.'),
    evidence: z.array(z.string()).describe('The lines the decision rests on; for unknown, the last lines of the output.'),
    next: z
      .object({
        kind: z.enum(['step', 'link', 'retry', 'reboot', 'support']),
        key: z.string().describe('Message key (electron/contract/locales).'),
        text: z.string().describe('The next action in the chosen language.'),
        stepId: z.string().optional(),
        url: z.string().optional(),
      })
      .strict()
      .nullable(),
    source: z.string().nullable().describe('Where the deciding rule comes from (a real output, a header file, the WSL catalog).'),
  })
  .strict();

export type ExplainDocument = z.infer<typeof explainDocumentSchema>;
