import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One recorded response of a fake tool. Files are read relative to test/fixtures/. */
export interface FakeRule {
  args?: string[] | '*';
  argsPrefix?: string[];
  stdout?: string;
  stdoutEncoding?: 'utf8' | 'utf16le' | 'latin1';
  stdoutFile?: string;
  stdoutBase64?: string;
  stderr?: string;
  stderrFile?: string;
  exitCode?: number;
  delayMs?: number;
  chunks?: { data: string; delayMs?: number; encoding?: string }[];
  /**
   * N bytes of numbered lines; with `exitWhenFileExists` the program then stays until that file
   * exists, so a test decides when it exits (a pty's unread output is lost at hang-up on Linux).
   */
  flood?: { bytes: number; exitWhenFileExists?: string };
  /** Runs this program with the fake's stdout and stderr as its own (the benches' flood). */
  program?: { file: string; args: string[] };
  hang?: boolean;
  ignoreStop?: boolean;
}

export type FakeScenario = Partial<Record<string, FakeRule[]>>;

export interface FakeSystemRoot {
  dir: string;
  /** Environment that makes the engine use the fakes and act as Windows. */
  env: Record<string, string>;
  /** The calls the fakes received, in order. */
  calls(): { tool: string; args: string[] }[];
  dispose(): void;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = path.resolve(here, '../fixtures');
const FAKE_TOOL = path.join(here, 'fake-tool.mjs');

/** The tools a scenario may define: a wrapper is written for each. */
const TOOLS = ['wsl.exe', 'powershell.exe', 'nvidia-smi.exe', 'taskkill.exe'];

/**
 * Creates a temporary folder of fake Windows tools replaying `scenario`. Tools missing from the
 * scenario are absent from the folder (as on a machine without them).
 */
export function makeFakeSystemRoot(scenario: FakeScenario): FakeSystemRoot {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-fake-sys-'));
  const resolved: FakeScenario = {};
  for (const [tool, rules] of Object.entries(scenario)) {
    resolved[tool] = (rules ?? []).map((r) => ({
      ...r,
      ...(r.stdoutFile ? { stdoutFile: path.resolve(FIXTURES_DIR, r.stdoutFile) } : {}),
      ...(r.stderrFile ? { stderrFile: path.resolve(FIXTURES_DIR, r.stderrFile) } : {}),
    }));
  }
  fs.writeFileSync(path.join(dir, 'scenario.json'), JSON.stringify(resolved));
  for (const tool of TOOLS) {
    if (!scenario[tool]) continue;
    const file = path.join(dir, tool);
    fs.writeFileSync(file, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(FAKE_TOOL)} ${JSON.stringify(dir)} ${tool} "$@"\n`);
    fs.chmodSync(file, 0o755);
  }
  return {
    dir,
    env: { WSL_GPU_SETUP_SYSTEM_ROOT: dir, WSL_GPU_SETUP_PLATFORM: 'windows' },
    calls() {
      const log = path.join(dir, 'calls.jsonl');
      if (!fs.existsSync(log)) return [];
      return fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { tool: string; args: string[] });
    },
    dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
