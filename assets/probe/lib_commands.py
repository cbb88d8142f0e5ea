# In-distro GPU-chain collector, part 2 of 3: the raw commands (domain.md s5, s7, s9). Each
# entry is (name, thunk); thunks run concurrently and return a command record from lib_run.
import stat
SBIN = ("/sbin/ldconfig", "/usr/sbin/ldconfig")
NVIDIA_SMI = (WSL_LIB + "/nvidia-smi", "/usr/bin/nvidia-smi")
NVCC = ("/usr/local/cuda/bin/nvcc",)
QUERY_FIELDS = ("index", "name", "memory.total", "driver_version", "pci.bus_id", "compute_cap")
# Fields only newer drivers know: a 470-series nvidia-smi rejects the whole query for
# `compute_cap` (`Field "compute_cap" is not a valid field to query.`, exit code 2).
OPTIONAL_QUERY_FIELDS = ("compute_cap",)
INVALID_ARGUMENT_EXIT = 2  # nvidia-smi(1): "a supplied argument or flag is invalid"
DPKG_FORMAT = r"${Package}\t${Version}\t${Status}\n"  # dpkg-query expands the escapes
DPKG_PREFIXES = ("nvidia", "cuda", "libnvidia", "libcuda")


def dpkg_nvidia(budget_end):
    """All installed packages, filtered here (never through a shell pipeline) to the NVIDIA and
    CUDA ones: a Linux driver package inside WSL is failure #4/#5 of domain.md s9."""
    rec = tool_run("dpkg-query", ["-W", "-f=" + DPKG_FORMAT], 5, budget_end)
    kept = [line for line in rec["stdout"].splitlines() if line.lower().startswith(DPKG_PREFIXES)]
    rec["stdout"] = "\n".join(kept) + ("\n" if kept else "")
    rec["filtered"] = "package name starts with " + "|".join(DPKG_PREFIXES)
    return rec


def dev_nvidia(budget_end):
    # Expand the glob here; with no match `ls` gets the literal pattern and prints its own
    # "cannot access" error, exactly as a shell would.
    paths = sorted(glob.glob("/dev/nvidia*")) or ["/dev/nvidia*"]
    return tool_run("ls", ["-la"] + paths, 3, budget_end)


def systemd(budget_end):
    rec = tool_run("ps", ["-p", "1", "-o", "comm="], 3, budget_end)
    try:
        rec["initExe"] = os.readlink("/proc/1/exe")
    except OSError as e:
        rec["initExe"] = None
        rec["initExeError"] = "%s: %s" % (type(e).__name__, e)
    return rec


def power_source(budget_end):
    supplies = sorted(glob.glob("/sys/class/power_supply/*"))
    paths = []
    for s in supplies:
        paths += [p for p in (s + "/type", s + "/online", s + "/status") if os.path.exists(p)]
    rec = read_file_record(paths)
    if not supplies:
        rec["stderr"] = "no entries in /sys/class/power_supply"
    return rec


def ldconfig_p(budget_end):
    # `ldconfig -p` only prints the cache; stderr is kept for real errors (an unreadable cache).
    return tool_run("ldconfig", ["-p"], 5, budget_end, SBIN)


def lstat_kind(mode):
    for test, kind in ((stat.S_ISLNK, "link"), (stat.S_ISREG, "file"), (stat.S_ISDIR, "dir"),
                       (stat.S_ISCHR, "char"), (stat.S_ISBLK, "block")):
        if test(mode):
            return kind
    return "other"


def wsl_libcuda_lstat(budget_end):
    """lstat of WSL's libcuda.so.1, read directly. The driver share holds it as a regular file,
    not the symlink ldconfig expects, which is why `ldconfig` (rebuilding its cache, never
    `ldconfig -p`) warns "is not a symbolic link" (cosmetic, warning #6). Lines: path, kind
    (file, link, dir, char, block, other) and, for a link, its target, tab-separated."""
    started = time.monotonic()
    path = WSL_LIB + "/libcuda.so.1"
    rec = {"argv": ["(lstat)", path], "exitCode": 0, "signal": None, "stdout": "", "stderr": "",
           "durationMs": 0, "timedOut": False, "truncated": False, "error": None}
    try:
        kind = lstat_kind(os.lstat(path).st_mode)
        fields = [path, kind] + ([os.readlink(path)] if kind == "link" else [])
        rec["stdout"] = "\t".join(fields) + "\n"
    except OSError as e:
        rec["exitCode"] = 1
        rec["stderr"] = "%s: %s: %s" % (path, type(e).__name__, e.strerror or e)
    rec["durationMs"] = elapsed_ms(started)
    return rec


# dockerd registers its `--gpus` driver when this hook is on its PATH (moby daemon/nvidia_linux.go,
# exec.LookPath), with or without an `nvidia` runtime in daemon.json.
NVIDIA_HOOK = "nvidia-container-runtime-hook"
# The daemon's PATH: systemd's default for services (docker.service sets none) and what the
# init script exports; then root's own PATH, without the Windows folders WSL appends.
DAEMON_PATH = ("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")


def nvidia_hook(budget_end):
    """Where dockerd would find nvidia-container-runtime-hook, checked directly (nothing runs)."""
    started = time.monotonic()
    dirs = list(DAEMON_PATH)
    for d in ENV.get("PATH", "").split(":"):
        if d.startswith("/") and not d.startswith("/mnt/") and d not in dirs:
            dirs.append(d)
    found = [p for p in (os.path.join(d, NVIDIA_HOOK) for d in dirs[:32])
             if os.path.isfile(p) and os.access(p, os.X_OK)]
    return {"argv": ["(lookup)", NVIDIA_HOOK], "exitCode": 0 if found else 1, "signal": None,
            "stdout": "".join(p + "\n" for p in found[:8]),
            "stderr": "" if found else "%s not found in %s" % (NVIDIA_HOOK, ":".join(dirs[:32])),
            "durationMs": elapsed_ms(started), "timedOut": False, "truncated": False, "error": None}


def nvidia_smi_query(fields, budget_end):
    return tool_run("nvidia-smi", ["--query-gpu=" + ",".join(fields), "--format=csv"], 10, budget_end, NVIDIA_SMI)


def rejected_optional_fields(rec):
    """The optional query fields an older driver rejected: exit code 2 with the field named,
    quoted, in its answer. Keyed on the code and the field name, not on the English sentence."""
    if rec is None or rec.get("error") is not None or rec.get("exitCode") != INVALID_ARGUMENT_EXIT:
        return []
    text = rec.get("stdout", "") + "\n" + rec.get("stderr", "")
    return [f for f in OPTIONAL_QUERY_FIELDS if '"%s"' % f in text]


def nvidia_smi_query_retry(first, budget_end):
    """The query asked again without the fields the first try was rejected for, as its own
    record (both raw answers are kept); None when the first try was not such a rejection."""
    rejected = rejected_optional_fields(first)
    if not rejected:
        return None
    return nvidia_smi_query([f for f in QUERY_FIELDS if f not in rejected], budget_end)


# AMD ROCm on WSL (domain.md s4.2): librocdxg (ROCm >= 7.1) or the legacy rocr4wsl runtime
# (ROCm 6.1.3-6.4.x) carries /dev/dxg to the HSA runtime; rocminfo then lists a gfx GPU agent.
ROCM_LIB = "/opt/rocm/lib"
ROCMINFO = ("/opt/rocm/bin/rocminfo",)
# Before ROCm 7.13 the HSA runtime looks for the WSL GPU only with this set (librocdxg README);
# later releases ignore it, so it is always set for the run.
ROCM_ENV = dict(ENV, HSA_ENABLE_DXG_DETECTION="1")
RUNTIME_PREFIXES = ("rocm", "hsa-", "rocdxg", "hip-runtime", "rocminfo", "libze", "level-zero",
                    "intel-level-zero", "intel-opencl")


def rocm_libs(budget_end):
    # Globbed here, never through a shell; no match lists the literal pattern (ls says it is missing).
    paths = sorted(glob.glob(ROCM_LIB + "/librocdxg.so*") + glob.glob(ROCM_LIB + "/libhsa-runtime64.so*"))
    return tool_run("ls", ["-la"] + (paths or [ROCM_LIB + "/librocdxg.so*"]), 3, budget_end)


def rocminfo(budget_end):
    exe = which("rocminfo", ROCMINFO)
    if exe is None:
        return missing(["rocminfo"], "PATH, " + ", ".join(ROCMINFO))
    rec = run([exe], 10, budget_end, env=ROCM_ENV)
    rec["env"] = {"HSA_ENABLE_DXG_DETECTION": "1"}
    return rec


def dpkg_gpu_runtimes(budget_end):
    """Installed ROCm/HSA/librocdxg and Level Zero/compute-runtime packages (same filter idea as
    dpkg_nvidia): the legacy ROCm-on-WSL layout is known by its package name only."""
    rec = tool_run("dpkg-query", ["-W", "-f=" + DPKG_FORMAT], 5, budget_end)
    kept = [line for line in rec["stdout"].splitlines() if line.lower().startswith(RUNTIME_PREFIXES)]
    rec["stdout"] = "\n".join(kept) + ("\n" if kept else "")
    rec["filtered"] = "package name starts with " + "|".join(RUNTIME_PREFIXES)
    return rec


def command_table():
    return [
        ("uname-r", lambda b: tool_run("uname", ["-r"], 3, b)),
        ("proc-version", lambda b: tool_run("cat", ["/proc/version"], 3, b)),
        ("os-release", lambda b: tool_run("cat", ["/etc/os-release"], 3, b)),
        ("nvidia-smi", lambda b: tool_run("nvidia-smi", [], 10, b, NVIDIA_SMI)),
        ("nvidia-smi-query", lambda b: nvidia_smi_query(QUERY_FIELDS, b)),
        ("ldconfig-p", ldconfig_p),
        ("wsl-libcuda-lstat", wsl_libcuda_lstat),
        ("ls-wsl-lib", lambda b: tool_run("ls", ["-la", WSL_LIB], 3, b)),
        ("dev-dxg", lambda b: tool_run("ls", ["-la", "/dev/dxg"], 3, b)),
        ("dev-nvidia", dev_nvidia),
        ("proc-driver-nvidia", lambda b: tool_run("cat", ["/proc/driver/nvidia/version"], 3, b)),
        ("dpkg-nvidia", dpkg_nvidia),
        ("nvcc-version", lambda b: tool_run("nvcc", ["--version"], 5, b, NVCC)),
        ("systemd", systemd),
        ("docker-info", lambda b: tool_run("docker", ["info", "--format", "{{json .}}"], 5, b)),
        ("nvidia-ctk-version", lambda b: tool_run("nvidia-ctk", ["--version"], 3, b)),
        ("cdi-specs", lambda b: tool_run("ls", ["-la", "/etc/cdi", "/var/run/cdi"], 3, b)),
        ("nvidia-hook", nvidia_hook),
        ("power-source", power_source),
        ("rocm-libs", rocm_libs),
        ("rocminfo", rocminfo),
        ("dpkg-gpu-runtimes", dpkg_gpu_runtimes),
    ]
