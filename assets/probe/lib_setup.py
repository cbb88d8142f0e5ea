# In-distro GPU-chain collector: what the setup steps verify inside the distro (probeVersion 3).
# Whether systemd is PID 1, what /etc/wsl.conf asks for, whether the default user has a usable
# password, and whether the base packages of the `packages.base` step are installed. Raw output
# goes into command records (the app parses it); wsl.conf is read here (parse_wsl_conf, in
# lib_interpreters.py).
WSL_CONF = "/etc/wsl.conf"
# The packages of the `packages.base` step (electron/engine/steps/packages/base.ts BASE_PACKAGES);
# test/unit/engine/steps/base-packages-collector.test.ts fails when the two lists differ.
BASE_PACKAGES = ("python3-venv", "python3-pip", "ca-certificates", "curl", "gnupg")
DPKG_BASE_FORMAT = r"${Package}\t${Version}\t${Status}\n"  # dpkg-query expands the escapes
PASSWD_TOOLS = ("/usr/bin/passwd", "/bin/passwd")


def wsl_conf_section():
    """The document's `wslConf`: whether /etc/wsl.conf exists and what it says."""
    try:
        with open(WSL_CONF, "rb") as f:
            text = decode(f.read(1 << 20))
    except OSError as e:
        if not os.path.exists(WSL_CONF):
            return {"present": False, "systemd": None, "defaultUser": None, "error": None}
        return {"present": True, "systemd": None, "defaultUser": None, "error": "%s: %s" % (type(e).__name__, e)}
    out = parse_wsl_conf(text)
    out["present"] = True
    return out


def pid1_comm(budget_end):
    """/proc/1/comm read directly: `systemd` when systemd is PID 1, `init` under WSL's own init.
    A kernel-given name, never localized text."""
    return read_file_record(["/proc/1/comm"])


def passwd_status(user, budget_end):
    """`passwd -S <user>` as root, LC_ALL=C: its second field is P (usable password), L (locked)
    or NP (none). Only the status is printed, never the hash."""
    return tool_run("passwd", ["-S", user["name"]], 3, budget_end, PASSWD_TOOLS)


def dpkg_base(budget_end):
    """The base packages' dpkg status, all in one call. dpkg-query exits 1 and names on stderr
    the packages it has never heard of; the ones it knows are printed with their status."""
    return tool_run("dpkg-query", ["-W", "-f=" + DPKG_BASE_FORMAT] + list(BASE_PACKAGES), 5, budget_end)


def setup_command_table(user):
    """(name, thunk) of the setup records; `passwd-status` only when the distro's default user
    was found as root (`passwd -S` of another account needs root; `current` is not the default user)."""
    table = [("pid1-comm", pid1_comm), ("dpkg-base", dpkg_base)]
    if user is not None and user.get("how") != "current":
        table.append(("passwd-status", lambda b: passwd_status(user, b)))
    return table
