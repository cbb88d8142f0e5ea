import type { CommandSpec } from '../../runner/command.js';
import { INVENTORY_SCRIPT } from './inventory-script.js';

/**
 * CommandSpec builders for Windows PowerShell 5.1 (`powershell.exe`, always present; `pwsh`
 * is optional and is not used). Pure: argv arrays, never a command-line string.
 */

/** Label and probe id of the inventory run. */
export const INVENTORY_LABEL = 'windows.inventory';

/**
 * The inventory reads about a dozen CIM classes and registry keys; a cold WMI service can take
 * several seconds on its first query, so the deadline is generous.
 */
export const INVENTORY_TIMEOUT_MS = 30_000;

/**
 * Windows limits a command line to 32,767 characters; the encoded script must stay well under
 * it (base64 of UTF-16LE is 8/3 characters per script character).
 */
export const MAX_ENCODED_COMMAND_CHARS = 30_000;

/**
 * Drops full-line `#` comments, blank lines and indentation from a script. The scripts here keep
 * their comments on lines of their own (no here-strings, no trailing comments), so this only
 * shortens the command line and never changes what runs.
 */
export function compactScript(script: string): string {
  return script
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .join('\n');
}

/** `-EncodedCommand` takes base64 of the script as UTF-16LE, so no character needs quoting. */
export function encodePowerShellCommand(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

/**
 * `powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand <b64>`
 * running one of the app's scripts (compacted): one process prints one JSON object in UTF-8.
 */
export function powershellScriptCommand(powershellPath: string, script: string, timeoutMs: number, label: string): CommandSpec {
  return {
    file: powershellPath,
    args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodePowerShellCommand(compactScript(script))],
    encoding: 'utf-8',
    timeoutMs,
    idleTimeoutMs: 0,
    label,
  };
}

/** The inventory run. */
export function inventoryCommand(powershellPath: string): CommandSpec {
  return powershellScriptCommand(powershellPath, INVENTORY_SCRIPT, INVENTORY_TIMEOUT_MS, INVENTORY_LABEL);
}
