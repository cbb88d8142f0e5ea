# Child process: JAX's devices and a small op (domain.md s6.2). JAX marks NVIDIA on WSL 2
# "experimental", so its view is reported apart from torch's. Prints one JSON object on stdout.

out = {"installed": True, "status": "failed", "version": None, "backend": None, "devices": None,
       "op": None, "error": None}


def main():
    import jax
    import jax.numpy as jnp
    out["version"] = str(jax.__version__)
    out["backend"] = jax.default_backend()
    devices = jax.devices()
    out["devices"] = [{"platform": d.platform, "kind": getattr(d, "device_kind", None)} for d in devices]
    if not any(d.platform in ("gpu", "cuda", "rocm") for d in devices):
        out["status"] = "no-gpu"
        return
    try:
        x = jnp.ones((512, 512), dtype=jnp.float32)
        got = float((x @ x).block_until_ready().sum())
        # All-ones: every entry of x@x is exactly 512, the sum exactly 512**3.
        out["op"] = {"expr": "(ones@ones).sum() 512x512 float32", "expected": 512.0 ** 3, "gpu": got,
                     "ok": got == 512.0 ** 3}
    except Exception as e:
        out["op"] = {"ok": False, "error": exc_text(e)}
    out["status"] = "ok" if out["op"].get("ok") else "op-failed"


run_child(main, out)
