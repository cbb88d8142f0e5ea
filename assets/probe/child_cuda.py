# Child process: the CUDA driver API through ctypes, no toolkit needed (domain.md s5.2). Runs
# apart from the collector because cuInit can hang or crash on a broken driver. Prints one
# JSON object on stdout.
import ctypes
import json
import os

CANDIDATES = ["libcuda.so.1", "/usr/lib/wsl/lib/libcuda.so.1", "/usr/lib/x86_64-linux-gnu/libcuda.so.1",
              "/usr/lib64/libcuda.so.1", "/usr/lib/aarch64-linux-gnu/libcuda.so.1", "libcuda.so"]
ATTR_CC_MAJOR, ATTR_CC_MINOR, ATTR_SM_COUNT, ATTR_CONCURRENT_MANAGED = 75, 76, 16, 89

out = {"status": "failed", "library": None, "attempts": [], "driverVersion": None, "driverVersionText": None,
       "deviceCount": None, "devices": [], "error": None}


def loaded_path():
    """The file the dynamic loader actually mapped (the kernel shows it with links resolved),
    which tells the WSL library (/usr/lib/wsl/lib) from a Linux driver's copy."""
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                fields = line.split()
                if len(fields) >= 6 and "/libcuda.so" in fields[-1]:
                    return fields[-1]
    except OSError:
        pass
    return None


def error_name(lib, code):
    name, text = ctypes.c_char_p(), ctypes.c_char_p()
    try:
        if lib.cuGetErrorName(code, ctypes.byref(name)) != 0:
            name = ctypes.c_char_p(None)
        if lib.cuGetErrorString(code, ctypes.byref(text)) != 0:
            text = ctypes.c_char_p(None)
    except AttributeError:
        pass
    dec = lambda v: v.value.decode("utf-8", "replace") if v.value else None
    return dec(name), dec(text)


def fail(lib, call, code):
    name, text = error_name(lib, code)
    out["error"] = {"call": call, "code": code, "name": name, "message": text}


def main():
    lib = None
    for cand in CANDIDATES:
        try:
            lib = ctypes.CDLL(cand)
            out["attempts"].append({"name": cand, "error": None})
            break
        except OSError as e:
            out["attempts"].append({"name": cand, "error": str(e)})
    if lib is None:
        out["status"] = "no-library"
        return
    out["library"] = loaded_path()
    i = ctypes.c_int
    ver = i()
    # cuDriverGetVersion works before cuInit: report it even when init fails (error 35 etc.).
    if lib.cuDriverGetVersion(ctypes.byref(ver)) == 0:
        out["driverVersion"] = ver.value
        out["driverVersionText"] = "%d.%d" % (ver.value // 1000, (ver.value % 1000) // 10)
    rc = lib.cuInit(0)
    if rc != 0:
        out["status"] = "init-failed"
        fail(lib, "cuInit", rc)
        return
    n = i()
    rc = lib.cuDeviceGetCount(ctypes.byref(n))
    if rc != 0:
        fail(lib, "cuDeviceGetCount", rc)
        return
    out["deviceCount"] = n.value
    for k in range(n.value):
        out["devices"].append(device(lib, k))
    out["status"] = "ok" if n.value > 0 else "no-device"


def device(lib, k):
    i = ctypes.c_int
    d = i()
    rec = {"index": k}
    rc = lib.cuDeviceGet(ctypes.byref(d), k)
    if rc != 0:
        rec["error"] = {"call": "cuDeviceGet", "code": rc, "name": error_name(lib, rc)[0]}
        return rec
    name = ctypes.create_string_buffer(256)
    lib.cuDeviceGetName(name, 256, d)
    rec["name"] = name.value.decode("utf-8", "replace")
    attrs = {}
    for key, attr in (("ccMajor", ATTR_CC_MAJOR), ("ccMinor", ATTR_CC_MINOR), ("smCount", ATTR_SM_COUNT),
                      ("concurrentManagedAccess", ATTR_CONCURRENT_MANAGED)):
        v = i()
        attrs[key] = v.value if lib.cuDeviceGetAttribute(ctypes.byref(v), attr, d) == 0 else None
    rec.update(attrs)
    if attrs["ccMajor"] is not None and attrs["ccMinor"] is not None:
        rec["computeCapability"] = "%d.%d" % (attrs["ccMajor"], attrs["ccMinor"])
        rec["smArch"] = "sm_%d%d" % (attrs["ccMajor"], attrs["ccMinor"])
    mem = ctypes.c_size_t()
    rec["totalMemoryBytes"] = mem.value if lib.cuDeviceTotalMem_v2(ctypes.byref(mem), d) == 0 else None
    bus = ctypes.create_string_buffer(64)
    try:
        rec["pciBusId"] = bus.value.decode() if lib.cuDeviceGetPCIBusId(bus, 64, d) == 0 else None
    except AttributeError:
        rec["pciBusId"] = None
    return rec


try:
    main()
except Exception as e:  # a probe reports, it does not crash
    out["status"] = "failed"
    out["error"] = {"call": "python", "code": None, "name": type(e).__name__, "message": str(e)}
print(json.dumps(out))
