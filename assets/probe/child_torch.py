# Child process: PyTorch's view of the GPU (domain.md s6.2). Its own process because importing
# torch can hang or crash. A real tensor op on the GPU is compared with the CPU result: an
# `is_available()` True with a wheel lacking this GPU's sm_XY still fails here ("no kernel
# image", failure #9 of domain.md s9). ROCm builds answer through torch.cuda (HIP behind it) and
# name their device by its gfx ISA (gcnArchName), not sm_XY; Intel XPU builds answer through
# torch.xpu (domain.md s4.2, s4.3). Prints one JSON object on stdout.

out = {"installed": True, "status": "failed", "version": None, "cudaBuild": None, "hipBuild": None,
       "archList": None, "deviceArch": None, "archSupported": None, "cudaAvailable": None,
       "deviceCount": None, "deviceName": None, "capability": None, "op": None, "error": None,
       "xpuBuild": None, "xpuAvailable": None}


def tensor_op(torch, device="cuda"):
    torch.backends.cuda.matmul.allow_tf32 = False
    g = torch.Generator().manual_seed(0)
    a = torch.randn(512, 512, generator=g)
    b = torch.randn(512, 512, generator=g)
    cpu = float((a @ b).sum().item())
    # CUDA and ROCm builds: .cuda(), as before; an XPU build: .to("xpu").
    move = (lambda t: t.cuda()) if device == "cuda" else (lambda t: t.to(device))
    gpu = float((move(a) @ move(b)).sum().item())
    getattr(torch, device).synchronize()
    # Sums of 512^2 products: float32 reordering differences stay far below 1e-3 relative.
    tol = 1e-3 * max(1.0, float((a @ b).abs().sum().item()))
    return {"expr": "(a@b).sum() 512x512 float32", "cpu": cpu, "gpu": gpu, "ok": abs(cpu - gpu) <= tol}


def main():
    import torch
    out["version"] = str(torch.__version__)
    out["cudaBuild"] = getattr(torch.version, "cuda", None)
    out["hipBuild"] = getattr(torch.version, "hip", None)
    try:
        out["archList"] = list(torch.cuda.get_arch_list())
    except Exception as e:
        out["archList"] = None
        out["archListError"] = exc_text(e)
    out["xpuBuild"] = getattr(torch.version, "xpu", None)
    out["cudaAvailable"] = bool(torch.cuda.is_available())
    if not out["cudaAvailable"]:
        xpu(torch)
        return
    out["deviceCount"] = torch.cuda.device_count()
    out["deviceName"] = torch.cuda.get_device_name(0)
    major, minor = torch.cuda.get_device_capability(0)
    out["capability"] = "%d.%d" % (major, minor)
    if out["hipBuild"] is None:
        out["deviceArch"] = "sm_%d%d" % (major, minor)
    else:
        # HIP maps get_device_capability to the gfx version; the ISA name is what the arch list holds.
        out["deviceArch"] = getattr(torch.cuda.get_device_properties(0), "gcnArchName", None)
    if out["archList"] is not None and out["hipBuild"] is None:
        # A wheel also runs on a newer minor of the same major through PTX/compatible SASS, but
        # the exact sm_XY is what "no kernel image" errors hinge on: report the exact match.
        out["archSupported"] = out["deviceArch"] in out["archList"]
    try:
        out["op"] = tensor_op(torch)
    except Exception as e:
        out["op"] = {"ok": False, "error": exc_text(e)}
    out["status"] = "ok" if out["op"].get("ok") else "op-failed"


def xpu(torch):
    """Intel XPU builds: torch.xpu sees the GPU and runs the same op there (best-effort on WSL)."""
    mod = getattr(torch, "xpu", None)
    try:
        out["xpuAvailable"] = bool(mod is not None and mod.is_available())
    except Exception as e:
        out["xpuAvailable"] = False
        out["error"] = exc_text(e)
    if not out["xpuAvailable"]:
        out["status"] = "no-gpu"
        return
    out["deviceCount"] = mod.device_count()
    out["deviceName"] = mod.get_device_name(0)
    try:
        out["op"] = tensor_op(torch, "xpu")
    except Exception as e:
        out["op"] = {"ok": False, "error": exc_text(e)}
    out["status"] = "ok" if out["op"].get("ok") else "op-failed"


run_child(main, out)
