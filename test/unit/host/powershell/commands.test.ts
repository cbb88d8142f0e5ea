import { describe, expect, it } from 'vitest';
import { compactScript, encodePowerShellCommand, inventoryCommand, MAX_ENCODED_COMMAND_CHARS } from '../../../../electron/host/powershell/commands.js';
import { INVENTORY_SCRIPT } from '../../../../electron/host/powershell/inventory-script.js';
import { INVENTORY_SECTIONS } from '../../../../electron/host/powershell/parse-inventory.js';

const PS = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';

function decodedScript(args: readonly string[]): string {
  const b64 = args[args.indexOf('-EncodedCommand') + 1] ?? '';
  return Buffer.from(b64, 'base64').toString('utf16le');
}

describe('inventoryCommand', () => {
  it('runs powershell.exe non-interactively with the script as -EncodedCommand', () => {
    const spec = inventoryCommand(PS);
    expect(spec.file).toBe(PS);
    expect(spec.args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    expect(spec.args).toHaveLength(6);
    expect(spec).toMatchObject({ encoding: 'utf-8', timeoutMs: 30_000, label: 'windows.inventory' });
  });

  it('encodes UTF-16LE base64 that decodes back to the compacted script, short enough for a command line', () => {
    const spec = inventoryCommand(PS);
    expect(decodedScript(spec.args)).toBe(compactScript(INVENTORY_SCRIPT));
    expect(spec.args[5]).toMatch(/^[A-Za-z0-9+/]+=*$/u);
    const commandLine = [spec.file, ...spec.args].join(' ');
    expect(commandLine.length).toBeLessThan(MAX_ENCODED_COMMAND_CHARS);
  });

  it('round-trips non-ASCII text through the encoding', () => {
    expect(Buffer.from(encodePowerShellCommand("'日本語 ü'"), 'base64').toString('utf16le')).toBe("'日本語 ü'");
  });
});

describe('compactScript', () => {
  it('drops comment lines, blank lines and indentation only', () => {
    expect(compactScript('# note\n\n  $a = 1\r\n    # indented note\n  if ($a) { "#not a comment" }\n')).toBe('$a = 1\nif ($a) { "#not a comment" }');
  });
});

describe('INVENTORY_SCRIPT', () => {
  const script = compactScript(INVENTORY_SCRIPT);
  const lines = script.split('\n');

  it('starts by reading the language mode, switching stdout to UTF-8 where allowed, then silences errors and progress', () => {
    expect(lines[0]).toBe('$mode = [string]$ExecutionContext.SessionState.LanguageMode');
    expect(lines[1]).toBe("$full = ($mode -eq 'FullLanguage')");
    expect(lines[2]).toBe('if ($full) { [Console]::OutputEncoding=[Text.UTF8Encoding]::new($false) }');
    expect(lines[3]).toBe("$ErrorActionPreference='SilentlyContinue'");
    expect(lines[4]).toBe("$ProgressPreference='SilentlyContinue'");
  });

  it('fills every section the parser reads inside its own try/catch', () => {
    for (const section of INVENTORY_SECTIONS) {
      expect(script).toContain(`$r.${section} = `);
      expect(script).toContain(`} catch { $r.${section} = Get-Failure $_ }`);
    }
  });

  it('prints one compressed JSON object deep enough for the nested sections', () => {
    expect(script).toContain('$json = ConvertTo-Json -InputObject $r -Depth 8 -Compress\nif ($full) {\n[Console]::Out.WriteLine($json)\n} else {');
    expect(lines.at(-2)).toBe('Write-Output $json');
    expect(script.match(/ConvertTo-Json/gu)).toHaveLength(1);
  });

  it('keeps PowerShell 5.1 syntax that survives compaction', () => {
    // No here-strings (compaction trims their lines), no backtick escapes, no trailing comments,
    // no PowerShell 7-only operators.
    expect(script).not.toMatch(/@["']\s*$/mu);
    expect(script).not.toContain('`');
    expect(script).not.toMatch(/\s\?\?\s|\?\.|\s&&\s|\s\|\|\s/u);
    for (const line of lines) expect(line.startsWith('#')).toBe(false);
  });

  it('never calls wsl.exe or whoami, and reads the BCD only when elevated', () => {
    expect(script).not.toMatch(/wsl\.exe|whoami/iu);
    expect(script).toMatch(/\} elseif \(-not \$h\['Elevated'\]\) \{\n\$h\['Reason'\] = 'not-elevated'/u);
  });
});
