import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assembleProbeScript,
  HEREDOC_END,
  loadProbeScript,
  probeAssetsDir,
  probeScriptText,
  probeSourceFiles,
  PYTHON_MARKER,
  SCRIPT_UNAVAILABLE_SCRIPT,
} from '../../../../electron/host/distro/probe-script.js';
import { parseProbeDocument } from '../../../../electron/host/distro/parse-probe-document.js';

function sources(): Record<string, string> {
  const s: Record<string, string> = {};
  for (const f of probeSourceFiles()) s[f] = `# ${f}\nx = 1\n`;
  s['collect.sh'] = `echo start\nexec python3 - <<'${HEREDOC_END}'\n${PYTHON_MARKER}\n${HEREDOC_END}\necho fallback\n`;
  return s;
}

describe('assembleProbeScript', () => {
  it('puts the python inside the here-document, children as string literals before main.py', () => {
    const r = assembleProbeScript(sources());
    if (!r.ok) throw new Error(r.error.message);
    const lines = r.text.split('\n');
    const open = lines.indexOf(`exec python3 - <<'${HEREDOC_END}'`);
    const close = lines.indexOf(HEREDOC_END);
    const body = lines.slice(open + 1, close).join('\n');
    expect(body.indexOf('# lib_run.py')).toBeLessThan(body.indexOf('# lib_commands.py'));
    expect(body.indexOf('CHILD_SOURCES = {')).toBeLessThan(body.indexOf('# main.py'));
    expect(body).toContain('"cuda": "# child_cuda.py\\nx = 1\\n",');
    expect(lines.at(-2)).toBe('echo fallback');
    expect(r.text).not.toContain(PYTHON_MARKER);
  });

  it('refuses a python line that would end the here-document early', () => {
    const s = sources();
    s['main.py'] = `x = 1\n${HEREDOC_END}\nrm -rf /\n`;
    expect(assembleProbeScript(s)).toMatchObject({ ok: false, error: { code: 'bad-source' } });
  });

  it('refuses non-ASCII sources, a missing file and a prelude without exactly one marker', () => {
    const bad = sources();
    bad['child_torch.py'] = '# é\n';
    expect(assembleProbeScript(bad)).toMatchObject({ ok: false, error: { code: 'bad-source' } });
    const missing = sources();
    delete missing['main.py'];
    expect(assembleProbeScript(missing)).toMatchObject({ ok: false, error: { code: 'missing-file', message: 'missing main.py' } });
    const twice = sources();
    twice['collect.sh'] = `${PYTHON_MARKER}\n${PYTHON_MARKER}\n`;
    expect(assembleProbeScript(twice)).toMatchObject({ ok: false, error: { code: 'bad-source' } });
  });
});

describe('the shipped collector', () => {
  it('assembles from assets/probe, and the python it holds compiles', () => {
    const r = loadProbeScript();
    if (!r.ok) throw new Error(r.error.message);
    expect(probeAssetsDir()).toMatch(/assets[/\\]probe$/);
    const lines = r.text.split('\n');
    const body = lines.slice(lines.findIndex((l) => l.endsWith(`<<'${HEREDOC_END}'`)) + 1, lines.indexOf(HEREDOC_END)).join('\n');
    // compile() only: nothing runs.
    const out = execFileSync('python3', ['-c', 'import sys; compile(sys.stdin.read(), "<probe>", "exec"); print("ok")'], { input: body, encoding: 'utf8' });
    expect(out.trim()).toBe('ok');
  });

  it('reads sources checked out with CRLF line ends as LF', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-src-'));
    try {
      for (const f of probeSourceFiles()) fs.writeFileSync(path.join(dir, f), fs.readFileSync(path.join(probeAssetsDir(), f), 'utf8').replace(/\n/gu, '\r\n'));
      const crlf = loadProbeScript(dir);
      const lf = loadProbeScript();
      expect(crlf.ok && lf.ok && crlf.text === lf.text).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to a stand-in that still prints a valid document when the sources are missing', () => {
    expect(loadProbeScript('/nonexistent-probe-dir')).toMatchObject({ ok: false, error: { code: 'missing-file' } });
    expect(probeScriptText('/nonexistent-probe-dir')).toBe(SCRIPT_UNAVAILABLE_SCRIPT);
    const out = execFileSync('/bin/sh', ['-s'], { input: SCRIPT_UNAVAILABLE_SCRIPT, encoding: 'utf8' });
    const doc = parseProbeDocument(out);
    expect(doc).toMatchObject({ ok: true, doc: { errors: [{ code: 'script-unavailable' }] } });
  });
});
