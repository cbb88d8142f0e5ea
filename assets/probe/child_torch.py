# Child process: PyTorch's view of the GPU (domain.md s6.2). Its own process because importing
# torch can hang or crash. A real tensor op on the GPU is compared with the CPU result: an
# `is_available()` True with a wheel lacking this GPU's sm_XY still fails here ("no kernel
# image", failure #9 of domain.md s9). Prints one JSON object on stdout.

out = {"installed": True, "status": "failed", "version": None, "cudaBuild": None, "hipBuild": None,
       "archList": None, "deviceArch": None, "archSupported": None, "cudaAvailable": None,
       "deviceCount": None, "deviceName": None, "capability": None, "op": None, "error": None}


def tensor_op(torch):
    torch.backends.cuda.matmul.allow_tf32 = False
    g = torch.Generator().manual_seed(0)
    a = torch.randn(512, 512, generator=g)
    b = torch.randn(512, 512, generator=g)
    cpu = float((a @ b).sum().item())
    gpu = float((a.cuda() @ b.cuda()).sum().item())
    torch.cuda.synchronize()
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
    out["cudaAvailable"] = bool(torch.cuda.is_available())
    if not out["cudaAvailable"]:
        out["status"] = "no-gpu"
        return
    out["deviceCount"] = torch.cuda.device_count()
    out["deviceName"] = torch.cuda.get_device_name(0)
    major, minor = torch.cuda.get_device_capability(0)
    out["capability"] = "%d.%d" % (major, minor)
    out["deviceArch"] = "sm_%d%d" % (major, minor)
    if out["archList"] is not None and out["hipBuild"] is None:
        # A wheel also runs on a newer minor of the same major through PTX/compatible SASS, but
        # the exact sm_XY is what "no kernel image" errors hinge on: report the exact match.
        out["archSupported"] = out["deviceArch"] in out["archList"]
    try:
        out["op"] = tensor_op(torch)
    except Exception as e:
        out["op"] = {"ok": False, "error": exc_text(e)}
    out["status"] = "ok" if out["op"].get("ok") else "op-failed"


run_child(main, out)
