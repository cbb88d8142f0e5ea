# In-distro GPU-chain collector, part 1 of 3 (lib_run, lib_commands, main): running commands.
# Standard library only, Python >= 3.6 (Ubuntu 18.04's python3), so no walrus, no
# capture_output/text= and no importlib.metadata here.
# `CHILD_SOURCES` (name -> python source of child_<name>.py) is defined above this text by
# the loader. Every inner command and every child runs in its own session with a deadline;
# nothing but the final JSON document is written to stdout.
import glob
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

PROBE_VERSION = 3  # 2: `interpreters`, `user`, `interpreter` in each framework section; 3: `wslConf`, setup records
CAP = 64 * 1024  # bytes kept per stream: enough for `ldconfig -p` on a full desktop distro
BUDGET_S = 25.0  # the collection phase; the app's own deadline is 30 s (60 s with --bench)
BENCH_BUDGET_S = 25.0  # torch import + CUDA init + at most ~15 s of measurements
WSL_LIB = "/usr/lib/wsl/lib"
T0 = time.monotonic()
ENV = dict(os.environ, LC_ALL="C", LANG="C")
ERRORS = []
ERRORS_LOCK = threading.Lock()


def note_error(where, code, message):
    with ERRORS_LOCK:
        ERRORS.append({"where": where, "code": code, "message": str(message)[:2000]})
    sys.stderr.write("wsl-gpu-probe: %s: %s\n" % (where, message))


def elapsed_ms(since):
    return int(round((time.monotonic() - since) * 1000))


def remaining(budget_end):
    return max(0.0, budget_end - time.monotonic())


def timeout_prefix():
    """`timeout -k 2` when a working coreutils/busybox timeout exists, else [] (python's own
    backstop still kills the session)."""
    tool = shutil.which("timeout", path=ENV.get("PATH"))
    if not tool:
        return None
    try:
        r = subprocess.run([tool, "-k", "2", "5", "true"], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=5, env=ENV)
        return tool if r.returncode == 0 else None
    except Exception:
        return None


TIMEOUT_TOOL = timeout_prefix()


def decode(data):
    return data.decode("utf-8", "replace")


def read_capped(proc, hard_end):
    """Reads stdout and stderr together, keeping CAP bytes of each; returns (out, err,
    total_out, total_err, killed) after EOF on both or once `hard_end` passes."""
    keep = {"out": bytearray(), "err": bytearray()}
    total = {"out": 0, "err": 0}
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ, "out")
    sel.register(proc.stderr, selectors.EVENT_READ, "err")
    killed = False
    while sel.get_map():
        wait = hard_end - time.monotonic()
        if wait <= 0:
            kill_session(proc)
            killed = True
            break
        for key, _ in sel.select(timeout=min(wait, 0.5)):
            chunk = os.read(key.fileobj.fileno(), 65536)
            if not chunk:
                sel.unregister(key.fileobj)
                continue
            total[key.data] += len(chunk)
            room = CAP - len(keep[key.data])
            if room > 0:
                keep[key.data] += chunk[:room]
    sel.close()
    return bytes(keep["out"]), bytes(keep["err"]), total["out"], total["err"], killed


def kill_session(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        pass


def user_env(user):
    """ENV as `user`'s own processes have it: their HOME, USER and LOGNAME."""
    return dict(ENV, HOME=user["home"] or "/", USER=user["name"], LOGNAME=user["name"])


def as_user_kwargs(user):
    """Popen arguments that start the child as `user` (uid, gid, supplementary groups) without
    a shell in between; python >= 3.9 does it in C, older ones through a preexec function."""
    if user is None:
        return {}
    if sys.version_info >= (3, 9):
        return {"user": user["uid"], "group": user["gid"], "extra_groups": list(user["groups"])}

    def switch():
        os.setgroups(list(user["groups"]))
        os.setgid(user["gid"])
        os.setuid(user["uid"])
    return {"preexec_fn": switch}


def run(argv, deadline_s, budget_end, env=None, as_user=None, cwd=None):
    """Runs argv (argv[0] absolute) under `timeout -k 2 <s>` in its own session, as `as_user`
    (a user record of lib_interpreters) when given. Never raises."""
    deadline_s = max(0.5, min(deadline_s, remaining(budget_end)))
    started = time.monotonic()
    rec = {"argv": list(argv), "exitCode": None, "signal": None, "stdout": "", "stderr": "",
           "durationMs": 0, "timedOut": False, "truncated": False, "error": None,
           "deadlineS": round(deadline_s, 1)}
    full = list(argv)
    if TIMEOUT_TOOL:
        full = [TIMEOUT_TOOL, "-k", "2", "%g" % deadline_s] + full
    if env is None:
        env = user_env(as_user) if as_user is not None else ENV
    try:
        proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, start_new_session=True, cwd=cwd,
                                **as_user_kwargs(as_user))
    except (OSError, subprocess.SubprocessError) as e:
        rec["error"] = "%s: %s" % (type(e).__name__, e)
        rec["durationMs"] = elapsed_ms(started)
        return rec
    # Backstop past timeout(1)'s own kill: a process stuck in the kernel ignores even SIGKILL
    # for a while, and without timeout(1) this is the only deadline.
    out, err, n_out, n_err, killed = read_capped(proc, started + deadline_s + 3)
    try:
        code = proc.wait(timeout=1 if killed else max(0.1, started + deadline_s + 4 - time.monotonic()))
    except subprocess.TimeoutExpired:
        kill_session(proc)
        killed = True
        code = None
    rec["durationMs"] = elapsed_ms(started)
    if code is not None and code < 0:
        rec["signal"] = -code
    elif code is not None:
        rec["exitCode"] = code
    # timeout(1) exits 124 when its TERM worked; when it has to send KILL it signals its whole
    # process group, itself included, so the record shows signal 9 (or 137 from some builds).
    over = time.monotonic() - started >= deadline_s - 0.05
    fired = code in (124, 137, -signal.SIGKILL, -signal.SIGTERM)
    rec["timedOut"] = killed or bool(TIMEOUT_TOOL and fired and over)
    rec["stdout"], rec["stderr"] = decode(out), decode(err)
    rec["truncated"] = n_out > CAP or n_err > CAP
    return rec


def missing(argv, searched):
    return {"argv": list(argv), "exitCode": None, "signal": None, "stdout": "", "stderr": "",
            "durationMs": 0, "timedOut": False, "truncated": False,
            "error": "not found: %s (searched %s)" % (argv[0], searched)}


def which(name, extra=()):
    """PATH first (what a user's shell would run), then fixed fallbacks such as
    /usr/lib/wsl/lib, which root's PATH usually lacks."""
    found = shutil.which(name, path=ENV.get("PATH", ""))
    if found:
        return found
    for path in extra:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def tool_run(name, args, deadline_s, budget_end, extra=()):
    exe = which(name, extra)
    if exe is None:
        return missing([name] + list(args), "PATH" + "".join(", " + p for p in extra))
    return run([exe] + list(args), deadline_s, budget_end)


def read_file_record(paths):
    """A command record for files read directly (no tool involved)."""
    started = time.monotonic()
    lines, errs = [], []
    for path in paths:
        try:
            with open(path, "rb") as f:
                lines.append("%s\t%s" % (path, decode(f.read(4096)).strip()))
        except OSError as e:
            errs.append("%s: %s" % (path, e))
    return {"argv": ["(read)"] + list(paths), "exitCode": 0 if lines or not errs else 1, "signal": None,
            "stdout": "\n".join(lines) + ("\n" if lines else ""), "stderr": "\n".join(errs),
            "durationMs": elapsed_ms(started), "timedOut": False, "truncated": False, "error": None}
