# In-distro GPU-chain collector, part 3 of 3: the child probes (CUDA driver, frameworks,
# benchmark) and the document. Runs everything concurrently, then the benchmark alone.
FRAMEWORKS = (("torch", "torch", ("torch",)), ("tensorflow", "tensorflow", ("tensorflow", "tensorflow-cpu", "tf-nightly")),
              ("jax", "jax", ("jax",)), ("torch_directml", "directml", ("torch-directml",)))
# Locates the frameworks without importing them (an import can take seconds or crash), and
# says which python this is: the venv's prefix tells a venv from the interpreter it links to.
FIND_SOURCE = """
import importlib.util, json, sys
try:
    import importlib.metadata as md
except ImportError:
    md = None
out = {}
for spec in sys.argv[1:]:
    mod, dists = spec.split("=", 1)
    try:
        found = importlib.util.find_spec(mod)
    except Exception:
        found = None
    version = None
    for dist in dists.split(",") if (found and md) else ():
        try:
            version = md.version(dist)
            break
        except Exception:
            pass
    where = None
    if found is not None:
        where = found.origin if found.origin not in (None, "namespace") else list(found.submodule_search_locations or [None])[0]
    out[mod] = {"installed": found is not None, "distVersion": version, "location": where}
print(json.dumps({"version": sys.version.split()[0], "prefix": sys.prefix, "frameworks": out}))
"""
# The benchmark child has the whole BENCH_BUDGET_S (torch import + CUDA init + measuring).
DEADLINES = {"find": 10, "cuda": 10, "torch": 20, "tensorflow": 22, "jax": 20, "directml": 20, "bench": BENCH_BUDGET_S}


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


CHILD_ENV = {"HSA_ENABLE_DXG_DETECTION": "1"}


def child(name, source, python, deadline_s, budget_end, extra_args=(), as_user=None):
    """Runs one child probe; returns (parsed JSON or None, run summary)."""
    # cwd "/": `python -c` puts the working folder first on sys.path, and a `torch/` folder
    # there (a clone of the sources) would shadow the installed package.
    # ROCm before 7.13 (the runtime PyTorch's rocm7.2 wheels bundle) looks for the WSL GPU only with
    # HSA_ENABLE_DXG_DETECTION=1; `wsl --exec` reads no profile, so the children get it as the
    # setup's /etc/profile.d/rocm-wsl.sh gives it to login shells. CUDA, XPU and later ROCm ignore it.
    env = dict(user_env(as_user) if as_user is not None else ENV, **CHILD_ENV)
    rec = run([python, "-c", source] + list(extra_args), deadline_s, budget_end, env=env, as_user=as_user, cwd="/")
    summary = {"argv": [python, "-c", "<child_%s.py>" % name] + list(extra_args), "exitCode": rec["exitCode"],
               "signal": rec["signal"], "durationMs": rec["durationMs"], "timedOut": rec["timedOut"],
               "deadlineS": rec["deadlineS"], "stderr": rec["stderr"][-4096:], "error": rec["error"],
               "env": dict(CHILD_ENV)}
    if as_user is not None:
        summary["user"] = as_user["name"]
    lines = [l for l in rec["stdout"].splitlines() if l.strip()]
    try:
        parsed = json.loads(lines[-1]) if lines else None
    except ValueError:
        parsed = None
    return (parsed if isinstance(parsed, dict) else None), summary


def child_section(name, python, budget_end, fallback, as_user=None):
    parsed, summary = child(name, CHILD_SOURCES[name], python, DEADLINES.get(name, 20), budget_end, as_user=as_user)
    if parsed is None:
        parsed = dict(fallback)
        parsed["status"] = "timeout" if summary["timedOut"] else "crashed"
    parsed["run"] = summary
    return parsed


def user_name(who):
    if who is not None:
        return who["name"]
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return str(os.geteuid())


def look_in(cand, budget_end):
    """One interpreter's entry of `interpreters`: its version and where each framework is."""
    specs = ["%s=%s" % (mod, ",".join(dists)) for mod, _, dists in FRAMEWORKS]
    who = cand["runAs"]
    found, summary = child("find", FIND_SOURCE, cand["path"], DEADLINES["find"], budget_end, specs, who)
    entry = {"path": cand["path"], "source": cand["source"], "user": user_name(who),
             "uid": who["uid"] if who else os.geteuid(), "version": None, "prefix": None,
             "frameworks": {}, "run": summary, "error": None}
    if found is None or not isinstance(found.get("frameworks"), dict):
        entry["error"] = "locating frameworks failed: %s" % (summary["stderr"][-500:] or summary["error"]
                                                              or "exit %s" % summary["exitCode"])
        note_error("frameworks", "find-failed", "%s: %s" % (cand["path"], entry["error"]))
        return entry
    entry["version"], entry["prefix"] = found.get("version"), found.get("prefix")
    for mod, _, _ in FRAMEWORKS:
        info = found["frameworks"].get(mod) or {}
        entry["frameworks"][mod] = {"installed": bool(info.get("installed")), "distVersion": info.get("distVersion"),
                                    "location": info.get("location")}
    return entry


def frameworks(cands, budget_end):
    """Looks in every interpreter at once, then runs each framework's child in the interpreter
    the checks judge (judged_index), as that interpreter's user. The others are listed with
    what is installed: a full child per interpreter would import torch up to 8 times at once."""
    with ThreadPoolExecutor(max_workers=MAX_INTERPRETERS) as pool:
        entries = list(pool.map(lambda c: look_in(c, budget_end), cands))
    out, futures = {}, {}
    with ThreadPoolExecutor(max_workers=len(FRAMEWORKS)) as pool:
        for mod, name, _ in FRAMEWORKS:
            j = judged_index(entries, mod)
            info = entries[j]["frameworks"].get(mod) if j is not None else None
            if info and info["installed"]:
                futures[mod] = (j, info, pool.submit(child_section, name, cands[j]["path"], budget_end,
                                                     {"installed": True}, cands[j]["runAs"]))
            else:
                futures[mod] = (j, info, None)
        for mod, (j, info, fut) in futures.items():
            section = fut.result() if fut else {"installed": False, "status": "not-installed"}
            section["distVersion"] = (info or {}).get("distVersion")
            section["interpreter"] = j
            out[mod] = section
    return entries, out


def collect(args, target, user):
    budget_end = T0 + BUDGET_S
    cands = find_interpreters(args["python"], user, sys.executable)
    commands, cuda, fw, entries = {}, None, {}, []
    with ThreadPoolExecutor(max_workers=12) as pool:
        fw_future = pool.submit(frameworks, cands, budget_end)
        cuda_future = pool.submit(child_section, "cuda", sys.executable, budget_end, {"status": "failed"})
        cmd_futures = [(name, pool.submit(fn, budget_end)) for name, fn in command_table() + setup_command_table(user)]
        for name, fut in cmd_futures:
            commands[name] = guarded(name, fut, lambda: missing([name], "nothing: internal error"))
        # Asked only after the first answer is in; the other children keep running meanwhile.
        retry = guarded("nvidia-smi-query-retry",
                        pool.submit(nvidia_smi_query_retry, commands.get("nvidia-smi-query"), budget_end),
                        lambda: None)
        if retry is not None:
            commands["nvidia-smi-query-retry"] = retry
        cuda = guarded("cuda", cuda_future, lambda: {"status": "failed"})
        entries, fw = guarded("frameworks", fw_future, lambda: ([], {}))
    bench = None
    torch = fw.get("torch") or {}
    if args["bench"] and not torch.get("installed"):
        bench = {"status": "skipped", "reason": "torch-not-installed", "results": []}
    elif args["bench"]:
        # The benchmark runs where the torch check ran: the judged interpreter, as its user.
        cand = cands[torch["interpreter"]]
        bench = child_section("bench", cand["path"], time.monotonic() + BENCH_BUDGET_S, {"status": "failed"}, cand["runAs"])
        bench["interpreter"] = torch["interpreter"]
    if time.monotonic() > budget_end:
        note_error("probe", "budget-exceeded", "collection took longer than %gs" % BUDGET_S)
    return commands, cuda, fw, bench, entries


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
           "bench": None, "user": None, "interpreters": [], "errors": ERRORS, "wslConf": None}
    if args["python"] and not (args["python"].startswith("/") and os.access(args["python"], os.X_OK)):
        note_error("args", "bad-python", "not an executable absolute path: %r" % args["python"][:200])
        args["python"] = None
        doc["args"]["python"] = None
    try:
        doc["wslConf"] = wsl_conf_section()
        user = resolve_user()
        if user is not None:
            doc["user"] = {"name": user["name"], "uid": user["uid"], "home": user["home"], "how": user["how"]}
        doc["commands"], doc["cuda"], doc["frameworks"], doc["bench"], doc["interpreters"] = collect(args, target, user)
    except Exception as e:
        note_error("probe", "internal", "%s: %s" % (type(e).__name__, e))
    doc["durationMs"] = elapsed_ms(T0)
    sys.stdout.write(json.dumps(doc) + "\n")
    sys.stdout.flush()


main()
