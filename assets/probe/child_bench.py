# Child process: PyTorch micro-benchmark (domain.md s6.3): matmul TFLOP/s in fp32 (TF32 off),
# tf32, fp16 and bf16, and device-to-device copy GB/s, timed with CUDA events after a warm-up.
# Sizes follow the card's free memory; iterations follow a time target so the whole run stays
# within MEASURE_BUDGET_S. Prints one JSON object on stdout.
import sys
import time

MEASURE_BUDGET_S = 15.0  # measurements only; torch import and CUDA init come on top
TARGET_S = 0.6  # per figure: long enough to amortise launch and clock ramp, short enough for 5 figures
SLOW_CALL_MS = 150.0  # one matmul slower than this gets a smaller n
T0 = time.monotonic()
out = {"status": "failed", "device": None, "torchVersion": None, "cudaBuild": None, "freeMemoryBytes": None,
       "results": [], "skipped": [], "measureMs": None, "error": None}


def timed(torch, fn, iters):
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    torch.cuda.synchronize()
    start.record()
    for _ in range(iters):
        fn()
    end.record()
    torch.cuda.synchronize()
    return start.elapsed_time(end)  # milliseconds


def iterations(one_ms):
    """The count that fills about TARGET_S given one call's time (3 to 200)."""
    return int(min(200, max(3, TARGET_S * 1000 / max(one_ms, 0.01))))


def matmul(torch, label, dtype, n, tf32=False):
    torch.backends.cuda.matmul.allow_tf32 = tf32
    while True:
        a = torch.randn(n, n, device="cuda", dtype=dtype)
        b = torch.randn(n, n, device="cuda", dtype=dtype)
        fn = lambda: torch.matmul(a, b)
        fn()  # first call: cuBLAS handle and heuristics
        one = timed(torch, fn, 1)
        # A slow card (or fp32 on a small one) halves n rather than blowing the time budget.
        if one <= SLOW_CALL_MS or n <= 1024:
            break
        del a, b, fn
        n //= 2
    for _ in range(2):  # warm-up: clocks ramp
        fn()
    it = iterations(one)
    ms = timed(torch, fn, it)
    del a, b
    return {"kind": "matmul", "dtype": label, "n": n, "iterations": it, "ms": round(ms, 3),
            "tflops": round(2.0 * n ** 3 * it / (ms / 1e3) / 1e12, 3)}


def copy_d2d(torch, nbytes):
    x = torch.empty(nbytes, dtype=torch.uint8, device="cuda")
    y = torch.empty_like(x)
    fn = lambda: y.copy_(x)
    fn()
    one = timed(torch, fn, 1)
    fn()
    it = iterations(one)
    ms = timed(torch, fn, it)
    del x, y
    # Each copy reads and writes every byte once.
    return {"kind": "copy-d2d", "bytes": nbytes, "iterations": it, "ms": round(ms, 3),
            "gbps": round(2.0 * nbytes * it / (ms / 1e3) / 1e9, 3)}


def pick_n(free, elem_bytes):
    # Three nxn matrices (a, b, result) in at most a third of the free memory.
    for n in (8192, 4096, 2048, 1024):
        if 3 * n * n * elem_bytes <= free / 3:
            return n
    return 512


def main():
    import torch
    out["torchVersion"] = str(torch.__version__)
    out["cudaBuild"] = getattr(torch.version, "cuda", None)
    if not torch.cuda.is_available():
        out["status"] = "no-gpu"
        return
    out["device"] = torch.cuda.get_device_name(0)
    free, _total = torch.cuda.mem_get_info()
    out["freeMemoryBytes"] = int(free)
    plan = [("fp32", torch.float32, 4, False), ("tf32", torch.float32, 4, True), ("fp16", torch.float16, 2, False)]
    if torch.cuda.is_bf16_supported():
        plan.append(("bf16", torch.bfloat16, 2, False))
    else:
        out["skipped"].append({"what": "bf16", "reason": "not supported by this GPU"})
    m0 = time.monotonic()
    for label, dtype, size, tf32 in plan:
        if time.monotonic() - m0 > MEASURE_BUDGET_S - 2 * TARGET_S - 1:
            out["skipped"].append({"what": label, "reason": "time budget"})
            continue
        try:
            out["results"].append(matmul(torch, label, dtype, pick_n(free, size), tf32))
        except Exception as e:
            out["results"].append({"kind": "matmul", "dtype": label, "error": exc_text(e)})
        torch.cuda.empty_cache()
    torch.backends.cuda.matmul.allow_tf32 = False
    try:
        out["results"].append(copy_d2d(torch, (1 << 30) if free > (8 << 30) else (256 << 20)))
    except Exception as e:
        out["results"].append({"kind": "copy-d2d", "error": exc_text(e)})
    out["measureMs"] = int((time.monotonic() - m0) * 1000)
    out["status"] = "ok" if all("error" not in r for r in out["results"]) else "partial"


run_child(main, out, echo_traceback=True)
