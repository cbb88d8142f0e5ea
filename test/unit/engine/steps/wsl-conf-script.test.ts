import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * assets/setup/wsl-conf.py under the real python3, in one process for every case: its merge
 * function and its main() are imported (the script touches /etc/wsl.conf only when run as a
 * program), so the test needs no hook in the script.
 */
const SCRIPT = path.join(import.meta.dirname, '../../../../assets/setup/wsl-conf.py');

const HARNESS = `
import contextlib, importlib.util, io, json, sys
spec = importlib.util.spec_from_file_location("wsl_conf", sys.argv[1])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
out = {"merge": [], "main": []}
cases = json.loads(sys.stdin.read())
for existing, user in cases["merge"]:
    try:
        out["merge"].append(m.merge(existing, user))
    except Exception as e:
        out["merge"].append("ERROR " + type(e).__name__)
for argv in cases["main"]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = m.main(argv)
    out["main"].append([code, err.getvalue()])
sys.stdout.write(json.dumps(out))
`;

const MERGES: [string, string][] = [
  ['', 'alice'],
  ['# written by the image\n[boot]\nsystemd=false\ncommand = echo 100%\n\n[network]\nhostname=Box\n; generateResolvConf=false\n', 'alice'],
  ['[user]\nDefault = bob\n  continued\n[boot]\n', 'alice'],
  ['[automount]\nenabled=true\n# [boot]\n# systemd=false\n', 'alice'],
  ['[automount]\nenabled=true\n# [boot]\n# systemd=false\n\n[boot]\nsystemd=true\n\n[user]\ndefault=alice\n', 'alice'],
  ['systemd=true\n', 'alice'],
];
const MAINS: string[][] = [['wsl-conf'], ['wsl-conf', 'Bad;Name'], ['other-script', 'alice'], ['wsl-conf', 'alice', 'extra']];

let merged: string[] = [];
let mains: [number, string][] = [];

beforeAll(() => {
  const raw = execFileSync('python3', ['-c', HARNESS, SCRIPT], { input: JSON.stringify({ merge: MERGES, main: MAINS }), encoding: 'utf8' });
  const out = JSON.parse(raw) as { merge: string[]; main: [number, string][] };
  merged = out.merge;
  mains = out.main;
}, 60_000);

describe('wsl-conf merge', () => {
  it('creates both sections in an empty file', () => {
    expect(merged[0]).toBe('[boot]\nsystemd=true\n\n[user]\ndefault=alice\n');
  });

  it('keeps comments, other sections and other keys; turns systemd=false on', () => {
    expect(merged[1]).toBe(
      '# written by the image\n[boot]\nsystemd=true\ncommand = echo 100%\n\n[network]\nhostname=Box\n; generateResolvConf=false\n\n[user]\ndefault=alice\n',
    );
  });

  it('replaces an existing default user (any key case, with its continuation lines) and fills an existing empty section', () => {
    expect(merged[2]).toBe('[user]\ndefault=alice\n[boot]\nsystemd=true\n');
  });

  it('leaves a commented-out section alone, and a second run changes nothing', () => {
    expect(merged[3]).toBe(MERGES[4]?.[0]);
    expect(merged[4]).toBe(MERGES[4]?.[0]);
  });

  it('refuses a file that is not INI (WSL could not read it either) instead of guessing', () => {
    expect(merged[5]).toBe('ERROR MissingSectionHeaderError');
  });

  it('refuses bad arguments with exit 2 and a one-line message, before touching any file', () => {
    for (const [code, stderr] of mains) {
      expect(code).toBe(2);
      expect(stderr).toMatch(/^wsl-conf: usage: .*\n$/);
    }
    expect(mains).toHaveLength(MAINS.length);
  });
});
