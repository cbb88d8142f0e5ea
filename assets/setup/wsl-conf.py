"""wsl-conf: merge the app's settings into /etc/wsl.conf (run as root inside the distro).

Usage (stdin script, run by the distro.config step):
    wsl.exe --distribution D --user root --exec /usr/bin/python3 - wsl-conf <user>

Sets [boot] systemd=true and [user] default=<user>, keeps every other section, key and value
the image or the person put there (domain.md §3.2-3.3), and replaces the file atomically (a
temp file in /etc, fsync, rename) so a crash leaves either the old or the new file. Exits 0
when done (also when nothing changed), 2 on bad arguments, 1 on any other error, with a
one-line message on stderr. Python 3 standard library only.
"""
import configparser
import os
import re
import sys
import tempfile

SCRIPT_ID = "wsl-conf"
TARGET = "/etc/wsl.conf"
# The app's own allow-list for Linux user names (engine/steps/distro/names.ts).
USER_RE = re.compile(r"[a-z_][a-z0-9_-]{0,31}")


SECTION_RE = re.compile(r"^\s*\[([^\]]+)\]\s*$")
WANTED = (("boot", "systemd", "true"), ("user", "default", None))


def new_parser():
    # No interpolation ('%' stays literal), keys keep their case, duplicate sections allowed
    # (later ones win, as they would for WSL).
    parser = configparser.ConfigParser(interpolation=None, strict=False, comment_prefixes=("#", ";"), inline_comment_prefixes=None)
    parser.optionxform = str
    return parser


def _section_bounds(lines, section):
    """(header index, end index) of each [section] block, in order."""
    bounds = []
    current = None
    for i, line in enumerate(lines):
        m = SECTION_RE.match(line)
        if m:
            if current is not None:
                bounds.append((current, i))
            current = i if m.group(1).strip() == section else None
    if current is not None:
        bounds.append((current, len(lines)))
    return bounds


def set_key(lines, section, key, value):
    """lines with key=value in [section]: every existing assignment of key there is replaced
    (with its continuation lines), else the key is added at the end of the first such block,
    else the block is appended. Comments and every other line stay as they are."""
    key_re = re.compile(r"^\s*" + re.escape(key) + r"\s*[=:]", re.IGNORECASE)
    blocks = _section_bounds(lines, section)
    out = list(lines)
    replaced = False
    for start, end in reversed(blocks):
        i = start + 1
        while i < end:
            if key_re.match(out[i]):
                j = i + 1
                while j < end and out[j][:1] in (" ", "\t") and out[j].strip():
                    j += 1
                out[i:j] = ["%s=%s" % (key, value)]
                end -= j - i - 1
                replaced = True
            i += 1
    if replaced:
        return out
    if blocks:
        start, end = blocks[0]
        last = start
        for i in range(start + 1, end):
            if out[i].strip():
                last = i
        out.insert(last + 1, "%s=%s" % (key, value))
        return out
    if out and out[-1].strip():
        out.append("")
    out.extend(["[%s]" % section, "%s=%s" % (key, value)])
    return out


def merge(existing_text, user):
    """Returns the new wsl.conf text: existing_text with [boot] systemd=true and [user]
    default=user; every other section, key, value and comment is kept as it was. Raises
    configparser.Error when existing_text is not an INI file (WSL could not read it either)."""
    new_parser().read_string(existing_text)
    lines = existing_text.splitlines()
    for section, key, value in WANTED:
        lines = set_key(lines, section, key, user if value is None else value)
    return "\n".join(lines) + "\n"


def write_atomically(path, text):
    directory = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".wsl.conf.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def main(argv):
    if len(argv) != 2 or argv[0] != SCRIPT_ID or not USER_RE.fullmatch(argv[1]):
        sys.stderr.write("wsl-conf: usage: wsl-conf <user> (user must match [a-z_][a-z0-9_-]{0,31})\n")
        return 2
    try:
        try:
            with open(TARGET, encoding="utf-8") as f:
                existing = f.read()
        except FileNotFoundError:
            existing = ""
        merged = merge(existing, argv[1])
        if merged != existing:
            write_atomically(TARGET, merged)
    except (OSError, UnicodeError, configparser.Error) as e:
        sys.stderr.write("wsl-conf: cannot update %s: %s\n" % (TARGET, str(e).replace("\n", " ")))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
