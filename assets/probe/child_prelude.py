# Prepended to every child probe by the loader (electron/host/distro/probe-script.ts): the error
# text and the wrapper that always prints the child's one JSON object, whatever main() raised.
import json
import sys
import traceback


def exc_text(e):
    return ("%s: %s" % (type(e).__name__, e))[:4000]


def run_child(main, out, echo_traceback=False):
    try:
        main()
    except Exception as e:
        out["error"] = exc_text(e)
        out["traceback"] = traceback.format_exc()[-4000:]
        if echo_traceback:
            sys.stderr.write(out["traceback"])
    print(json.dumps(out))
