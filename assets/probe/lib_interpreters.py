# In-distro GPU-chain collector: which python interpreters to look in, and as whom.
# The collector runs as root with the distro's /usr/bin/python3, but people install PyTorch in
# a venv, a conda env or with `pip --user` (PEP 668 leaves them no other way on Ubuntu 24.04),
# none of which root's interpreter sees. So the collector also looks at the distro's default
# user's usual places and runs each interpreter found AS THAT USER (uid, gids, HOME).
import configparser
import pwd

MAX_INTERPRETERS = 8  # the collector's own python included
# Order is the judging order (README "Interpreters"): the configured one, then these.
SOURCES = ("configured", "venv", "conda", "user-site", "system")
CONDA_BASES = ("miniforge3", "mambaforge", "miniconda3", "anaconda3")
UID_MIN, UID_MAX = 1000, 59999  # the range useradd gives login users (login.defs UID_MIN/UID_MAX)


def parse_wsl_conf(text):
    """The [boot] systemd and [user] default of a wsl.conf text, as written (quotes and inline
    comments removed), read with configparser the way WSL reads the file: section and key names
    case-insensitive, `#` and `;` comments, the last value wins, no continuation lines (each line
    is stripped first). Returns {"systemd", "defaultUser", "error"}; values None when absent."""
    out = {"systemd": None, "defaultUser": None, "error": None}
    parser = configparser.ConfigParser(interpolation=None, strict=False, allow_no_value=True,
                                       inline_comment_prefixes=("#", ";"), comment_prefixes=("#", ";"))
    try:
        parser.read_string("\n".join(line.strip() for line in (text or "").splitlines()))
    except configparser.Error as e:
        out["error"] = "%s: %s" % (type(e).__name__, str(e)[:300])
        return out
    for section in parser.sections():
        name = section.strip().lower()
        for key, field in (("systemd", "systemd"), ("default", "defaultUser")):
            if name != ("boot" if key == "systemd" else "user") or not parser.has_option(section, key):
                continue
            value = (parser.get(section, key) or "").strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1].strip()
            out[field] = value or None
    return out


def wsl_conf_default_user(text):
    """`default` of the `[user]` section of /etc/wsl.conf, or None (also when it cannot be read)."""
    return parse_wsl_conf(text)["defaultUser"]


def passwd_entries(text):
    """(name, uid, gid, home, shell) of each well-formed /etc/passwd line, in file order."""
    out = []
    for line in (text or "").splitlines():
        f = line.split(":")
        if len(f) < 7 or not f[0] or f[0].startswith(("#", "+", "-")):
            continue
        try:
            out.append((f[0], int(f[2]), int(f[3]), f[5], f[6]))
        except ValueError:
            continue
    return out


def is_login_shell(shell):
    """An account one can log in to: an empty shell field means /bin/sh; nologin and false refuse."""
    return os.path.basename(shell.strip()) not in ("nologin", "false")


def pick_default_user(passwd_text, wsl_conf_text, is_dir):
    """The user a WSL distro logs in as, as far as the distro itself can tell: `[user] default=`
    of /etc/wsl.conf when it names a passwd entry, else the first passwd entry with a uid in
    1000..59999, an existing home and a login shell (what Ubuntu's OOBE makes default and what the installer's
    `useradd -u 1000` creates; the DefaultUid in the Windows registry is not visible from
    inside). Returns (entry, how) or (None, why)."""
    entries = passwd_entries(passwd_text)
    wanted = wsl_conf_default_user(wsl_conf_text)
    if wanted is not None:
        for e in entries:
            if e[0] == wanted:
                return e, "wsl.conf"
    for e in entries:
        if UID_MIN <= e[1] <= UID_MAX and e[3].startswith("/") and is_dir(e[3]) and is_login_shell(e[4]):
            return e, "passwd"
    return None, "no-user"


def read_text(path):
    try:
        with open(path, "rb") as f:
            return decode(f.read(1 << 20))
    except OSError:
        return ""


def user_record(name, uid, gid, home, how):
    try:
        groups = sorted(set(os.getgrouplist(name, gid)))
    except (OSError, AttributeError):
        groups = [gid]
    return {"name": name, "uid": uid, "gid": gid, "groups": groups, "home": home, "how": how}


def resolve_user():
    """The user whose interpreters count: as root, the distro's default user (or None); as
    anyone else, the current user (HOME from the environment, as that user's shell has it)."""
    uid = os.geteuid()
    if uid != 0:
        try:
            pw = pwd.getpwuid(uid)
            name, home = pw.pw_name, pw.pw_dir
        except KeyError:
            name, home = str(uid), None
        env_home = os.environ.get("HOME", "")
        if env_home.startswith("/") and os.path.isdir(env_home):
            home = env_home
        rec = {"name": name, "uid": uid, "gid": os.getegid(), "groups": sorted(set(os.getgroups())),
               "home": home, "how": "current"}
        return rec
    entry, how = pick_default_user(read_text("/etc/passwd"), read_text("/etc/wsl.conf"), os.path.isdir)
    if entry is None:
        return None
    name, uid, gid, home, _shell = entry
    return user_record(name, uid, gid, home, how)


def is_python(path):
    return os.path.isfile(path) and os.access(path, os.X_OK)


def first_python(bin_dir):
    for name in ("python3", "python"):
        p = os.path.join(bin_dir, name)
        if is_python(p):
            return p
    return None


def sorted_glob(pattern, limit=16):
    return sorted(glob.glob(pattern))[:limit]


def home_candidates(home):
    """(path, source) of the usual places in `home`, in judging order."""
    found = []
    # The venv WSL GPU Setup installs the stacks into comes first: after a setup, a plain
    # diagnose (the dashboard, support) judges what the setup put there.
    venv_dirs = [os.path.join(home, ".local", "share", "wsl-gpu-setup", "venv")]
    venv_dirs += [os.path.join(home, ".venv"), os.path.join(home, "venv")]
    venv_dirs += sorted_glob(os.path.join(home, ".venvs", "*"))
    venv_dirs += sorted_glob(os.path.join(home, "*", ".venv"))
    for d in venv_dirs:
        p = first_python(os.path.join(d, "bin"))
        if p:
            found.append((p, "venv"))
    for base in CONDA_BASES:
        root = os.path.join(home, base)
        for d in [root] + sorted_glob(os.path.join(root, "envs", "*")):
            p = first_python(os.path.join(d, "bin"))
            if p:
                found.append((p, "conda"))
    return found


def identity(path):
    """What makes two paths the same interpreter. Not the plain realpath: a venv's bin/python3
    is a symlink to the system python, and it is the venv folder (found next to the path that
    was run) that decides which packages it sees."""
    return (os.path.realpath(os.path.dirname(path)), os.path.realpath(path))


def find_interpreters(configured, user, own_python):
    """The interpreters to look in, at most MAX_INTERPRETERS, deduplicated, in judging order:
    configured, venvs, conda, the system python as the user (user site-packages), and the
    collector's own python (as the collector's user), which is always kept."""
    as_user = user if (user is not None and user["uid"] != os.geteuid()) else None
    cands = []
    if configured:
        cands.append((configured, "configured", as_user))
    if user is not None and user.get("home") and os.path.isdir(user["home"]):
        cands += [(p, s, as_user) for p, s in home_candidates(user["home"])]
        if as_user is not None and sorted_glob(os.path.join(user["home"], ".local", "lib", "python3*", "site-packages")):
            cands.append((own_python, "user-site", as_user))
    out, seen = [], set()
    for path, source, who in cands:
        key = identity(path) + ((who or {}).get("uid"),)
        if key in seen:
            continue
        seen.add(key)
        out.append({"path": path, "source": source, "runAs": who})
    out = out[:MAX_INTERPRETERS - 1]
    # The collector's own python is always looked in, once: not again when --python named it.
    if identity(own_python) + (None,) not in seen:
        out.append({"path": own_python, "source": "system", "runAs": None})
    return out


def judged_index(interpreters, module):
    """Which interpreter's view of `module` the checks judge: the configured one whatever it
    holds, else the first (in judging order) where the module is installed, else None. One that
    could not be looked in (not runnable as its user, say) is never judged: it has no view."""
    for i, it in enumerate(interpreters):
        if it["source"] == "configured" and not it.get("error"):
            return i
    for i, it in enumerate(interpreters):
        if ((it.get("frameworks") or {}).get(module) or {}).get("installed"):
            return i
    return None
