import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectorPython } from './collector-python.js';

// The collector's own python functions (assets/probe/lib_run.py + lib_interpreters.py), called
// one by one in a real python3: who the distro's default user is, which interpreters count,
// which one is judged, and the switch to another uid before a child starts.

const py = collectorPython(['lib_run.py', 'lib_interpreters.py']);
const isRoot = process.getuid?.() === 0;
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
  'ghost:x:1000:1000::/home/ghost:/bin/bash',
  'alice:x:1001:1001:Alice,,,:/home/alice:/bin/bash',
  'bob:x:1002:1002::/home/bob:/bin/bash',
].join('\n');

function pick(passwd: string, wslConf: string, dirs: string[]): unknown {
  return py(`import sys\nprint(json.dumps(pick_default_user(sys.argv[1], sys.argv[2], lambda p: p in sys.argv[3:])))`, [passwd, wslConf, ...dirs]);
}

describe('pick_default_user (lib_interpreters.py)', () => {
  it('takes [user] default= of wsl.conf when it names a passwd entry', () => {
    const conf = '[boot]\nsystemd=true\n# default=root\n[User]\n  Default = "bob"  # set by the installer\n';
    expect(pick(PASSWD, conf, ['/home/alice', '/home/bob'])).toEqual([['bob', 1002, 1002, '/home/bob', '/bin/bash'], 'wsl.conf']);
  });

  it('else the first uid 1000..59999 with an existing home: skips a user whose home is gone, nobody and system users', () => {
    expect(pick(PASSWD, '', ['/home/alice', '/home/bob', '/nonexistent'])).toEqual([['alice', 1001, 1001, '/home/alice', '/bin/bash'], 'passwd']);
    // default= of another section, or naming no passwd entry, does not count.
    expect(pick(PASSWD, '[boot]\ndefault=bob\n[user]\ndefault=carol\n', ['/home/alice', '/home/bob'])).toEqual([['alice', 1001, 1001, '/home/alice', '/bin/bash'], 'passwd']);
  });

  it('says there is none on a distro with only system accounts', () => {
    expect(pick('root:x:0:0:root:/root:/bin/bash\nbroken line\nnobody:x:65534:65534::/nonexistent:/bin/false\n', '', ['/root'])).toEqual([null, 'no-user']);
  });
});

describe('find_interpreters and judged_index (lib_interpreters.py)', () => {
  function home(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-home-'));
    temps.push(dir);
    return dir;
  }
  function fakePython(file: string): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.symlinkSync('/usr/bin/python3', file);
  }

  it('lists the usual places in judging order, dedupes the same venv reached twice, and keeps the own python last', () => {
    const h = home();
    for (const p of ['.venv/bin/python3', 'venv/bin/python', '.venvs/b/bin/python3', '.venvs/a/bin/python3', 'proj/.venv/bin/python3', 'miniforge3/bin/python3', 'miniforge3/envs/ml/bin/python3', 'anaconda3/bin/python3']) {
      fakePython(path.join(h, p));
    }
    fs.symlinkSync(path.join(h, '.venv'), path.join(h, 'same'));
    fs.mkdirSync(path.join(h, 'same-parent'));
    fs.symlinkSync(path.join(h, '.venv'), path.join(h, 'same-parent', '.venv'));
    fs.mkdirSync(path.join(h, '.local/lib/python3.12/site-packages'), { recursive: true });
    const user = { name: 'u', uid: 4242, gid: 4242, groups: [4242], home: h, how: 'passwd' };
    const found = py(`import sys\nu = json.loads(sys.argv[1])\nprint(json.dumps([[i["path"], i["source"], (i["runAs"] or {}).get("uid")] for i in find_interpreters(sys.argv[2], u, "/usr/bin/python3")]))`, [
      JSON.stringify(user),
      path.join(h, 'proj/.venv/bin/python3'),
    ]) as [string, string, number | null][];
    // Configured first; ~/proj/.venv is then not listed again; ~/same-parent/.venv is ~/.venv.
    // At most 8: the anaconda3 base and the user-site entry fall off, the own python stays.
    expect(found).toEqual([
      [path.join(h, 'proj/.venv/bin/python3'), 'configured', 4242],
      [path.join(h, '.venv/bin/python3'), 'venv', 4242],
      [path.join(h, 'venv/bin/python'), 'venv', 4242],
      [path.join(h, '.venvs/a/bin/python3'), 'venv', 4242],
      [path.join(h, '.venvs/b/bin/python3'), 'venv', 4242],
      [path.join(h, 'miniforge3/bin/python3'), 'conda', 4242],
      [path.join(h, 'miniforge3/envs/ml/bin/python3'), 'conda', 4242],
      ['/usr/bin/python3', 'system', null],
    ]);
  });

  it("the app's own venv (~/.local/share/wsl-gpu-setup/venv) comes before the user's other venvs", () => {
    const h = home();
    for (const p of ['.venv/bin/python3', '.local/share/wsl-gpu-setup/venv/bin/python3']) fakePython(path.join(h, p));
    const user = { name: 'u', uid: 4242, gid: 4242, groups: [], home: h, how: 'passwd' };
    const found = py(`import sys\nprint(json.dumps([i["path"] for i in find_interpreters(None, json.loads(sys.argv[1]), "/usr/bin/python3")]))`, [JSON.stringify(user)]) as string[];
    expect(found.slice(0, 2)).toEqual([path.join(h, '.local/share/wsl-gpu-setup/venv/bin/python3'), path.join(h, '.venv/bin/python3')]);
  });

  it('adds the system python as the user when the user has a user site-packages', () => {
    const h = home();
    fs.mkdirSync(path.join(h, '.local/lib/python3.12/site-packages'), { recursive: true });
    const user = { name: 'u', uid: 4242, gid: 4242, groups: [], home: h, how: 'wsl.conf' };
    expect(py(`import sys\nprint(json.dumps([[i["path"], i["source"], (i["runAs"] or {}).get("name")] for i in find_interpreters(None, json.loads(sys.argv[1]), "/usr/bin/python3")]))`, [JSON.stringify(user)])).toEqual([
      ['/usr/bin/python3', 'user-site', 'u'],
      ['/usr/bin/python3', 'system', null],
    ]);
  });

  it('judges the configured interpreter whatever it holds, else the first that has the framework', () => {
    const entries = (torch: boolean[], sources: string[], error: string | null = null) =>
      JSON.stringify(sources.map((source, i) => ({ source, frameworks: { torch: { installed: torch[i] } }, error: i === 0 ? error : null })));
    const judged = (e: string) => py('import sys\nprint(json.dumps([judged_index(json.loads(sys.argv[1]), m) for m in ("torch", "jax")]))', [e]);
    expect(judged(entries([false, true, true], ['configured', 'venv', 'system']))).toEqual([0, 0]);
    expect(judged(entries([false, true, true], ['venv', 'conda', 'system']))).toEqual([1, null]);
    expect(judged(entries([false, false], ['venv', 'system']))).toEqual([null, null]);
    // A configured interpreter that could not be looked in has no view to judge.
    expect(judged(entries([false, true], ['configured', 'venv'], 'Permission denied'))).toEqual([1, null]);
  });
});

describe('run() as another user (lib_run.py)', () => {
  const SHOW = 'import json, os; print(json.dumps([os.getuid(), os.getgid(), sorted(os.getgroups()), os.environ.get("HOME"), os.environ.get("USER"), os.environ.get("LOGNAME"), os.getcwd()]))';

  // /usr/bin/python3: the test's own python may live under /root, which uid 4242 cannot enter.
  it.skipIf(!isRoot || !fs.existsSync('/usr/bin/python3'))('starts the child with the uid, gid, groups, HOME, USER and LOGNAME of the user, no shell between (needs root to switch)', () => {
    const user = { name: 'probe-u', uid: 4242, gid: 4243, groups: [4243, 4244], home: '/tmp', how: 'passwd' };
    const rec = py('import sys\nr = run(["/usr/bin/python3", "-c", sys.argv[2]], 5, time.monotonic() + 10, as_user=json.loads(sys.argv[1]), cwd="/")\nprint(json.dumps([r["exitCode"], r["stdout"], r["stderr"], r["deadlineS"]]))', [JSON.stringify(user), SHOW]) as [number, string, string, number];
    expect(rec[0], rec[2]).toBe(0);
    expect(JSON.parse(rec[1])).toEqual([4242, 4243, [4243, 4244], '/tmp', 'probe-u', 'probe-u', '/']);
    expect(rec[3]).toBe(5);
  });

  it('without a user, the child keeps the collector own identity', () => {
    const rec = py('import sys\nr = run([sys.executable, "-c", sys.argv[1]], 5, time.monotonic() + 10)\nprint(r["stdout"])', [SHOW]) as [number, number];
    expect(rec[0]).toBe(process.getuid?.());
  });
});
