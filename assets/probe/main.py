# In-distro GPU-chain collector, part 3 of 3: the child probes (CUDA driver, frameworks,
# benchmark) and the document. Runs everything concurrently, then the benchmark alone.
FRAMEWORKS = (("torch", "torch", ("torch",)), ("tensorflow", "tensorflow", ("tensorflow", "tensorflow-cpu", "tf-nightly")),
              ("jax", "jax", ("jax",)), ("torch_directml", "directml", ("torch-directml",)))
# Locates the frameworks without importing them (an import can take seconds or crash).
FIND_SOURCE = """
import importlib.util, json, sys
try:
    import importlib.metadata as md
except ImportError:
    md = None
out = {}
for spec in sys.argv[1:]:
    mod, dists = spec.split("=", 1)
    found = importlib.util.find_spec(mod) is not None
    version = None
    for dist in dists.split(",") if (found and md) else ():
        try:
            version = md.version(dist)
            break
        except Exception:
            pass
    out[mod] = {"found": found, "distVersion": version}
print(json.dumps(out))
"""
DEADLINES = {"find": 10, "cuda": 10, "torch": 20, "tensorflow": 22, "jax": 20, "directml": 20}


def started_iso():
    now = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + ".%03dZ" % int((now % 1) * 1000)


def detect_target():
    try:
        with open("/proc/sys/kernel/osrelease") as f:
            release = f.read()
    except OSError:
        release = os.uname().release
    return "wsl" if "microsoft" in release.lower() else "linux"


def parse_args(argv):
    args = {"bench": False, "python": None}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--bench":
            args["bench"] = True
        elif a == "--python" and i + 1 < len(argv):
            i += 1
            args["python"] = argv[i]
        else:
            note_error("args", "bad-argument", "unknown argument ignored: %r" % a[:200])
        i += 1
    return args


def child(name, source, python, deadline_s, budget_end, extra_args=()):
    """Runs one child probe; returns (parsed JSON or None, run summary)."""
    rec = run([python, "-c", source] + list(extra_args), deadline_s, budget_end)
    summary = {"argv": [python, "-c", "<child_%s.py>" % name] + list(extra_args), "exitCode": rec["exitCode"],
               "signal": rec["signal"], "durationMs": rec["durationMs"], "timedOut": rec["timedOut"],
               "stderr": rec["stderr"][-4096:], "error": rec["error"]}
    lines = [l for l in rec["stdout"].splitlines() if l.strip()]
    try:
        parsed = json.loads(lines[-1]) if lines else None
    except ValueError:
        parsed = None
    return (parsed if isinstance(parsed, dict) else None), summary


def child_section(name, python, budget_end, fallback):
    parsed, summary = child(name, CHILD_SOURCES[name], python, DEADLINES.get(name, 20), budget_end)
    if parsed is None:
        parsed = dict(fallback)
        parsed["status"] = "timeout" if summary["timedOut"] else "crashed"
    parsed["run"] = summary
    return parsed


def frameworks(python, budget_end, pool):
    specs = ["%s=%s" % (mod, ",".join(dists)) for mod, _, dists in FRAMEWORKS]
    found, summary = child("find", FIND_SOURCE, python, DEADLINES["find"], budget_end, specs)
    if found is None:
        note_error("frameworks", "find-failed", "locating frameworks failed: %s" % (summary["stderr"] or summary["error"]))
        found = {}
    futures = {}
    for mod, name, _ in FRAMEWORKS:
        info = found.get(mod) or {"found": False, "distVersion": None}
        if info.get("found"):
            futures[mod] = (info, pool.submit(child_section, name, python, budget_end, {"installed": True}))
        else:
            futures[mod] = (info, None)
    out = {}
    for mod, (info, fut) in futures.items():
        section = fut.result() if fut else {"installed": False, "status": "not-installed"}
        section["distVersion"] = info.get("distVersion")
        out[mod] = section
    return out


def collect(args, target):
    budget_end = T0 + BUDGET_S
    python = args["python"] or sys.executable
    commands, cuda, fw = {}, None, {}
    with ThreadPoolExecutor(max_workers=12) as pool:
        fw_future = pool.submit(frameworks, python, budget_end, pool)
        cuda_future = pool.submit(child_section, "cuda", sys.executable, budget_end, {"status": "failed"})
        cmd_futures = [(name, pool.submit(fn, budget_end)) for name, fn in command_table()]
        for name, fut in cmd_futures:
            commands[name] = guarded(name, fut, lambda: missing([name], "nothing: internal error"))
        cuda = guarded("cuda", cuda_future, lambda: {"status": "failed"})
        fw = guarded("frameworks", fw_future, dict)
    bench = None
    if args["bench"] and not (fw.get("torch") or {}).get("installed"):
        bench = {"status": "skipped", "reason": "torch-not-installed", "results": []}
    elif args["bench"]:
        bench = child_section("bench", python, time.monotonic() + BENCH_BUDGET_S, {"status": "failed"})
    if time.monotonic() > budget_end:
        note_error("probe", "budget-exceeded", "collection took longer than %gs" % BUDGET_S)
    return commands, cuda, fw, bench


def guarded(where, future, fallback):
    try:
        return future.result()
    except Exception as e:
        note_error(where, "internal", "%s: %s" % (type(e).__name__, e))
        return fallback()


def main():
    started = started_iso()
    target = detect_target()
    args = parse_args(sys.argv[1:])
    doc = {"probeVersion": PROBE_VERSION, "target": target, "startedAt": started, "durationMs": 0,
           "args": {"bench": args["bench"], "python": args["python"]},
           "python": {"executable": sys.executable, "version": sys.version.split()[0]},
           "timeoutTool": TIMEOUT_TOOL, "commands": {}, "cuda": {"status": "not-run"}, "frameworks": {},
           "bench": None, "errors": ERRORS}
    if args["python"] and not (args["python"].startswith("/") and os.access(args["python"], os.X_OK)):
        note_error("args", "bad-python", "not an executable absolute path: %r" % args["python"][:200])
        args["python"] = None
        doc["args"]["python"] = None
    try:
        doc["commands"], doc["cuda"], doc["frameworks"], doc["bench"] = collect(args, target)
    except Exception as e:
        note_error("probe", "internal", "%s: %s" % (type(e).__name__, e))
    doc["durationMs"] = elapsed_ms(T0)
    sys.stdout.write(json.dumps(doc) + "\n")
    sys.stdout.flush()


main()
