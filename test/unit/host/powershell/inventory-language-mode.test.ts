/**
 * The inventory under Constrained Language Mode (AppLocker/WDAC-managed PCs): the script must
 * find its mode first and, outside FullLanguage, touch only what that mode allows, so JSON still
 * comes out. PowerShell cannot run here (docs/stack.md §12): the script is read statically, and
 * the CLM output is a reconstructed fixture of what its ConstrainedLanguage road prints.
 */
import { describe, expect, it } from 'vitest';
import { compactScript, inventoryCommand } from '../../../../electron/host/powershell/commands.js';
import { INVENTORY_SCRIPT } from '../../../../electron/host/powershell/inventory-script.js';
import { parseInventory } from '../../../../electron/host/powershell/parse-inventory.js';
import { CONSTRAINED_ALLOWED_METHODS, CONSTRAINED_ALLOWED_TYPES, constrainedReachableCode, methodCalls, typeLiterals } from './language-mode.js';
import { inventoryFixture, loadPowerShellFixtures } from './load-fixtures.js';

const script = compactScript(INVENTORY_SCRIPT);

describe('constrainedReachableCode (the static reading the script tests rely on)', () => {
  it('keeps unguarded code and drops the FullLanguage-only arms', () => {
    const code = constrainedReachableCode(
      [
        "[Console]::OutputEncoding=[Text.UTF8Encoding]::new($false)",
        "if ($full) { [Console]::Out.WriteLine('x') } else { Write-Output 'x' }",
        'if ($exists -and -not $full) {',
        '$a = Get-Content -LiteralPath $p -Raw',
        '} elseif ($exists) {',
        '$reader = [IO.StreamReader]::new($p)',
        '}',
        'function F($k) {',
        'if (-not $full) { return (Get-ItemProperty -LiteralPath $k).x }',
        "return (Get-Item -LiteralPath $k).GetValue('x')",
        '}',
        "$t = '{ not a block'",
      ].join('\n'),
    );
    expect(code).toContain('[Console]::OutputEncoding=[Text.UTF8Encoding]::new($false)');
    expect(code).toContain('Write-Output');
    expect(code).toContain('Get-Content');
    expect(code).toContain('Get-ItemProperty');
    expect(code).not.toContain('WriteLine');
    expect(code).not.toContain('StreamReader');
    expect(code).not.toContain('GetValue');
    expect(typeLiterals(code)).toEqual(['console', 'text.utf8encoding']);
    expect(methodCalls(code)).toEqual(['new']);
  });

  it('rejects unbalanced blocks and strings left open, so a broken script cannot pass as CLM-safe', () => {
    expect(() => constrainedReachableCode(script)).not.toThrow();
    expect(() => constrainedReachableCode(`${script}\nif ($x) {`)).toThrow(/never closed/u);
    expect(() => constrainedReachableCode(script.replace('} catch { $r.os = Get-Failure $_ }', '}} catch { $r.os = Get-Failure $_ }'))).toThrow(/without/u);
    expect(() => constrainedReachableCode("$a = 'open")).toThrow(/string left open/u);
  });
});

describe('INVENTORY_SCRIPT under Constrained Language Mode', () => {
  const reachable = constrainedReachableCode(script);

  it('reads the language mode before anything else and records it in the JSON', () => {
    const lines = script.split('\n');
    expect(lines[0]).toBe('$mode = [string]$ExecutionContext.SessionState.LanguageMode');
    expect(lines[1]).toBe("$full = ($mode -eq 'FullLanguage')");
    expect(script).toContain('$r = [ordered]@{ schema = 1; languageMode = $mode }');
  });

  it('names only types that ConstrainedLanguage allows outside the FullLanguage-only arms', () => {
    const types = typeLiterals(reachable);
    expect(types.length).toBeGreaterThan(5);
    expect(types.filter((t) => !CONSTRAINED_ALLOWED_TYPES.has(t))).toEqual([]);
  });

  it('calls no .NET method that ConstrainedLanguage blocks, and no New-Object or Add-Type', () => {
    expect(methodCalls(reachable).filter((m) => !CONSTRAINED_ALLOWED_METHODS.has(m))).toEqual([]);
    expect(reachable).not.toMatch(/New-Object|Add-Type/iu);
  });

  it('keeps the UTF-8 switch and [Console] output for FullLanguage, and writes ASCII-escaped JSON otherwise', () => {
    expect(script).toContain('if ($full) { [Console]::OutputEncoding=[Text.UTF8Encoding]::new($false) }');
    expect(reachable).toContain('Write-Output $json');
    expect(script).toMatch(/'\\u\{0:x4\}' -f \[int\]\$c/u);
    expect(script.match(/ConvertTo-Json/gu)).toHaveLength(1);
  });

  it('still fits on one command line', () => {
    const spec = inventoryCommand('powershell.exe');
    expect([spec.file, ...spec.args].join(' ').length).toBeLessThan(30_000);
  });
});

describe('the ConstrainedLanguage inventory (reconstructed fixture)', () => {
  it('is marked reconstructed and is pure ASCII, so the console code page cannot garble it', () => {
    const f = loadPowerShellFixtures('inventory').find((x) => x.name === 'clm-constrained-language');
    expect(f?.meta.reconstructed).toBe(true);
    expect([...(f?.bytes ?? [])].every((b) => b < 0x80)).toBe(true);
  });

  it('parses with every section, the mode, unknown token flags and the escaped Japanese names intact', () => {
    const inv = inventoryFixture('clm-constrained-language');
    expect(inv.issues).toEqual([]);
    expect(inv.languageMode).toBe('ConstrainedLanguage');
    expect(inv.identity).toEqual({ name: 'CORP\\山田太郎', sid: 'S-1-5-21-1004336348-1177238915-682003330-51234', isSystem: false, elevated: null, adminGroup: null, adminDenyOnly: null });
    expect(inv.computer?.userName).toBe('CORP\\山田太郎');
    expect(inv.lxss?.distros[0]?.basePath).toBe('C:\\Users\\山田太郎\\AppData\\Local\\wsl\\{3f9e1c2a-7b4d-4e8f-a1c6-5d2b9e0f7a14}');
    expect(inv.hypervisorLaunchType).toMatchObject({ elevated: null, reason: 'language-mode' });
    expect(inv.wslconfig).toEqual({ exists: true, content: '[wsl2]\r\nmemory=16GB\r\n', truncated: false });
  });

  it('reads the mode only from the four PowerShell names', () => {
    expect(parseInventory('{"schema":1,"languageMode":"FullLanguage"}').languageMode).toBe('FullLanguage');
    expect(parseInventory('{"schema":1,"languageMode":"Constrained"}').languageMode).toBeNull();
    expect(parseInventory('{"schema":1}').languageMode).toBeNull();
    expect(parseInventory('').languageMode).toBeNull();
  });
});
