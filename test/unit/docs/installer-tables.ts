import path from 'node:path';
import type { Facts } from '../../../electron/contract/facts.js';
import { catalogs } from '../../../electron/contract/locales/index.js';
import { STACK_IDS, type SetupChoices } from '../../../electron/contract/setup.js';
import type { ExitCodeTable } from '../../../electron/engine/steps/exit-table.js';
import type { AnySetupStep, StepContext } from '../../../electron/engine/steps/model.js';
import { installerOutcomeOf } from '../../../electron/engine/steps/packages/output-cause.js';
import { CAUSE_IDS, CAUSES } from '../../../electron/host/outcome/causes.js';
import type { RegexRule } from '../../../electron/host/outcome/rules.js';
import { APT_TABLE } from '../../../electron/host/outcome/tables/apt.js';
import { DOCKER_TABLE, NVIDIA_CTK_TABLE } from '../../../electron/host/outcome/tables/docker.js';
import { PIP_TABLE } from '../../../electron/host/outcome/tables/pip.js';
import { REBOOT_MESSAGES } from '../../../electron/host/outcome/tables/reboot-messages.js';
import { WINDOWS_TABLE } from '../../../electron/host/outcome/tables/windows.js';
import { WSL_CATEGORY_CAUSES, WSL_PHRASE_ROWS, WSL_TOKEN_ROWS } from '../../../electron/host/outcome/tables/wsl.js';
import { setupSteps } from '../../../electron/engine/steps/registry.js';
import { WINDOWS_EXIT_CODES } from '../../../electron/engine/steps/windows-exit-codes.js';
import { describeCommand } from '../../../electron/runner/command.js';
import { machines } from '../engine/steps/stacks/machines.js';

/**
 * The generated parts of docs/installer.md, computed from the code: the step table (from the
 * registry, each command built for an example machine), the Windows exit-code table and the
 * apt/pip output rules. Each sits between `<!-- generated:NAME:begin -->` and
 * `<!-- generated:NAME:end -->`; test/unit/docs/installer-doc.test.ts fails when the doc is stale,
 * test/unit/docs/write-installer-doc.ts rewrites it.
 */

export const INSTALLER_DOC = path.resolve('docs/installer.md');

/** The example the argv are built for: Linux user `taro`, every stack chosen, a backup asked for. */
const CHOICES: SetupChoices = { user: 'taro', stacks: [...STACK_IDS], exportBeforeChange: true };

/** The same RTX 4070 host before any distro exists (for `distro.install`). */
function withoutDistros(facts: Facts): Facts {
  const host = facts.windowsHost;
  return {
    ...facts,
    ...(facts.wsl ? { wsl: { ...facts.wsl, distros: [] } } : {}),
    ...(host ? { windowsHost: { ...host, ...(host.lxss ? { lxss: { ...host.lxss, distros: [] } } : {}) } } : {}),
  };
}

/** Example machines, tried in order: the first one a step applies to builds its argv. */
const EXAMPLES: { name: string; facts: () => Facts }[] = [
  { name: 'Windows 11, RTX 4070 on driver 581.80, Ubuntu-24.04 present', facts: machines.rtx4070 },
  { name: 'Windows 11, RTX 4070, no distro yet', facts: () => withoutDistros(machines.rtx4070()) },
  { name: 'Windows 10 22H2, Radeon', facts: machines.amdWindows10 },
  { name: 'Windows 11, Radeon RX 7900 XTX', facts: machines.amd },
  { name: 'Windows 11, Intel Arc A770', facts: machines.intelArc },
];

/** Tools appear by name (the real path is resolved at run time: System32, or the WSL package's). */
function ctxFor(facts: Facts): StepContext {
  return { host: { platform: 'windows', simulated: false }, env: { LOCALAPPDATA: 'C:\\Users\\taro\\AppData\\Local' }, tool: (name) => name, facts };
}

function english(key: string): string {
  return catalogs.en[key] ?? key;
}

const code = (s: string): string => `\`${s.replace(/\|/gu, '\\|')}\``;
const list = (xs: readonly string[]): string => (xs.length ? xs.map(code).join(', ') : '—');
const cell = (s: string): string => s.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

function exitText(t: ExitCodeTable): string {
  const rows = Object.entries(t.codes).map(([c, o]) => `${hex(Number(c))} ${o}`);
  return [...rows, `else ${t.otherwise}`].join(', ');
}

/** A negative (HRESULT) code as Windows prints it, with its signed value. */
function hex(c: number): string {
  return c < -1 ? `0x${(c >>> 0).toString(16).toUpperCase()} (${c})` : String(c);
}

function duration(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

function mb(bytes: number): string {
  return bytes === 0 ? '0' : `${Math.round(bytes / 1e6)} MB`;
}

/** The summary table: one row per step. */
export function stepSummaryTable(steps: readonly AnySetupStep[] = setupSteps): string {
  const head = ['| step | stage | profiles | admin | reboot | verify (pass = done) | preconditions | fixes |', '|---|---|---|---|---|---|---|---|'];
  const rows = steps.map((s) => `| ${code(s.id)} | ${s.stageId} | ${s.profiles.join(', ')}${s.stack ? ` (stack ${s.stack})` : ''} | ${s.elevation === 'admin' ? 'yes' : 'no'} | ${s.reboot} | ${list(s.verify)} | ${list(s.preconditions)} | ${list(s.fixes)} |`);
  return [...head, ...rows].join('\n');
}

/** Every step's commands with their exact argv for the first example machine it applies to. */
export function stepCommandsSection(steps: readonly AnySetupStep[] = setupSteps): string {
  const out: string[] = [];
  for (const s of steps) {
    out.push(`#### ${code(s.id)} — ${cell(english(s.title.key))}`, '');
    out.push(`${cell(english(s.description.key))}`, '');
    out.push(`Stage ${s.stageId}; runs as ${s.elevation === 'admin' ? 'admin, in the elevated broker' : 'the user'}; reboot ${s.reboot}; estimate ${mb(s.estimate.downloadBytes)} download, ~${duration(s.estimate.seconds)}.${s.undo ? ' Records what it installed for `undo --stack`.' : ''}`, '');
    const example = EXAMPLES.map((e) => ({ e, p: s.defaultParams(e.facts(), CHOICES) as unknown })).find((x) => x.p !== null);
    if (!example) {
      out.push('Not applicable on any example machine.', '');
      continue;
    }
    const facts = example.e.facts();
    const params: unknown = s.params.parse(example.p);
    out.push(`Example: ${example.e.name}, user \`taro\`.`, '');
    s.commands.forEach((c, i) => {
      const spec = c.build(ctxFor(facts), params);
      const extras = [
        c.skip?.(ctxFor(facts), params) === true ? 'not run on this example machine (it runs only when its condition holds, e.g. a proxy is in use)' : '',
        c.fallback ? 'fallback: runs only when the command before it failed' : '',
        c.stdin ? `stdin: ${c.stdin.kind}` : '',
        c.retry ? `retry: ${c.retry.attempts} tries, backoff ${c.retry.backoffMs.map((ms) => `${ms / 1000} s`).join('/')}` : '',
        c.refine ? 'output refines the outcome' : '',
      ].filter(Boolean);
      out.push(`${i + 1}. ${code(c.id)}: ${code(describeCommand(spec))}`);
      out.push(`   — exit codes: ${exitText(c.exitCodes)}${extras.length ? `; ${extras.join('; ')}` : ''}`);
    });
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** The one Windows exit-code table (electron/engine/steps/windows-exit-codes.ts). */
export function windowsExitTable(): string {
  const head = ['| code | hex | symbol | outcome | source |', '|---|---|---|---|---|'];
  const rows = Object.values(WINDOWS_EXIT_CODES).map((r) => `| ${r.code} | ${r.code < 0 ? `0x${(r.code >>> 0).toString(16).toUpperCase()}` : ''} | ${code(r.symbol)} | ${r.outcome} | ${cell(r.source)} |`);
  return [...head, ...rows, '', 'Any code not listed is `failed` and shows its number.'].join('\n');
}

function rulesTable(rules: readonly RegexRule[]): string {
  const head = ['| order | cause | outcome | matches (one line of output) | source |', '|---|---|---|---|---|'];
  return [...head, ...rules.map((r, i) => `| ${i + 1} | ${code(r.cause)} | ${CAUSES[r.cause].outcome} | ${code(r.pattern.source)} | ${cell(r.source)} |`)].join('\n');
}

function restartTable(): string {
  const rows = REBOOT_MESSAGES.flatMap((m) => m.texts.map((t) => `| ${m.id} | ${code(m.symbol)} | ${t.locale} | ${cell(t.text)} | ${cell(t.source)} |`));
  return ['| id | symbol | locale | text | source |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The outcome classifier's tables (electron/host/outcome/tables/), which the installer's apt and pip commands use too. */
export function outputRulesSection(): string {
  const tokens = ['| token | context | cause | source |', '|---|---|---|---|', ...WSL_TOKEN_ROWS.map((r) => `| ${code(r.symbol ?? r.hresult ?? '')} | ${r.context ? code(r.context) : '—'} | ${code(r.cause)} | ${cell(r.source)} |`)];
  const categories = ['| WSL catalog category | cause |', '|---|---|', ...Object.entries(WSL_CATEGORY_CAUSES).map(([k, v]) => `| ${code(k)} | ${v ? code(v) : '— (unknown)'} |`)];
  return [
    ['**apt-get**', rulesTable(APT_TABLE.rules)],
    ['**pip**', rulesTable(PIP_TABLE.rules)],
    ['**docker**', rulesTable(DOCKER_TABLE.rules)],
    ['**nvidia-ctk**', rulesTable(NVIDIA_CTK_TABLE.rules)],
    ['**Windows restart messages** (any tool; tried first for wsl.exe and the Windows tools → `reboot-pending`)', restartTable()],
    ['**bcdedit, dism, reg, PowerShell**', rulesTable(WINDOWS_TABLE.rules)],
    ['**wsl.exe: tokens with a meaning of their own** (then the WSL error catalog, by category)', tokens.join('\n')],
    ['**wsl.exe: catalog categories**', categories.join('\n')],
    ['**wsl.exe: outputs without a token**', rulesTable(WSL_PHRASE_ROWS)],
  ]
    .map(([title, table]) => `${title}\n\n${table}`)
    .join('\n\n');
}

/** The one list of causes (electron/host/outcome/causes.ts): explain's outcome, the installer's, the next action. */
export function causesTable(): string {
  const head = ['| cause | outcome | installer | next action |', '|---|---|---|---|'];
  const rows = CAUSE_IDS.map((id) => {
    const info = CAUSES[id];
    const installer = installerOutcomeOf(id) ?? 'exit table decides';
    return `| ${code(id)} | ${info.outcome} | ${installer} | ${info.next ? cell(english(info.next.key)) : '—'} |`;
  });
  return [...head, ...rows, '', 'Anything else is `unknown`: the last lines are kept as evidence and the next action is to send them to support.'].join('\n');
}

export const GENERATED: Record<string, () => string> = {
  'step-summary': stepSummaryTable,
  'step-commands': stepCommandsSection,
  'windows-exit-codes': windowsExitTable,
  'output-rules': outputRulesSection,
  'explain-causes': causesTable,
};

const marker = (name: string, end: 'begin' | 'end') => `<!-- generated:${name}:${end} -->`;

/** The text between a block's markers, or null when the doc lacks them. */
export function generatedBlock(doc: string, name: string): string | null {
  const a = doc.indexOf(marker(name, 'begin'));
  const b = doc.indexOf(marker(name, 'end'));
  if (a < 0 || b < a) return null;
  return doc.slice(a + marker(name, 'begin').length, b).replace(/^\n|\n$/gu, '');
}

/** The doc with every generated block replaced by what the code says now. */
export function regenerate(doc: string): string {
  let out = doc;
  for (const [name, make] of Object.entries(GENERATED)) {
    const a = out.indexOf(marker(name, 'begin'));
    const b = out.indexOf(marker(name, 'end'));
    if (a < 0 || b < a) throw new Error(`docs/installer.md has no ${marker(name, 'begin')} … ${marker(name, 'end')}`);
    out = `${out.slice(0, a + marker(name, 'begin').length)}\n${make()}\n${out.slice(b)}`;
  }
  return out;
}
