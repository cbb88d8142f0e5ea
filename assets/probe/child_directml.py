# Child process: torch-directml (the vendor-neutral DirectX path, domain.md s4.4/s6.2).
# Prints one JSON object on stdout.

out = {"installed": True, "status": "failed", "version": None, "torchVersion": None, "deviceCount": None,
       "deviceName": None, "op": None, "error": None}


def main():
    import torch
    import torch_directml as dml
    out["version"] = getattr(dml, "__version__", None)
    out["torchVersion"] = str(torch.__version__)
    out["deviceCount"] = int(dml.device_count())
    if out["deviceCount"] < 1:
        out["status"] = "no-gpu"
        return
    out["deviceName"] = dml.device_name(0)
    try:
        g = torch.Generator().manual_seed(0)
        a, b = torch.randn(256, 256, generator=g), torch.randn(256, 256, generator=g)
        cpu = float((a @ b).sum().item())
        dev = dml.device()
        gpu = float((a.to(dev) @ b.to(dev)).sum().item())
        tol = 1e-3 * max(1.0, float((a @ b).abs().sum().item()))
        out["op"] = {"expr": "(a@b).sum() 256x256 float32", "cpu": cpu, "gpu": gpu, "ok": abs(cpu - gpu) <= tol}
    except Exception as e:
        out["op"] = {"ok": False, "error": exc_text(e)}
    out["status"] = "ok" if out["op"].get("ok") else "op-failed"


run_child(main, out)
