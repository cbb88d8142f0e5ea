# A stand-in for the `torch` package, just wide enough for the collector's child_torch.py and
# child_bench.py: it lets the framework check and the benchmark run end to end on a machine
# without a GPU. Tensors carry one number; a matmul multiplies them. Nothing here is measured.
import time

__version__ = "0.0.0+fake"


class _Version:
    cuda = "13.0"
    hip = None


version = _Version()
float32, float16, bfloat16, uint8 = "float32", "float16", "bfloat16", "uint8"


class Tensor:
    def __init__(self, value, device="cpu"):
        self.value = float(value)
        self.device = device

    def __matmul__(self, other):
        return Tensor(self.value * other.value, self.device)

    def sum(self):
        return Tensor(self.value * 7, self.device)

    def abs(self):
        return Tensor(abs(self.value), self.device)

    def item(self):
        return self.value

    def cuda(self):
        return Tensor(self.value, "cuda")

    def copy_(self, other):
        self.value = other.value
        return self


class Generator:
    def manual_seed(self, seed):
        return self


def randn(*shape, generator=None, device="cpu", dtype=float32):
    return Tensor(1.5, device)


def empty(n, dtype=uint8, device="cpu"):
    return Tensor(0, device)


def empty_like(t):
    return Tensor(0, t.device)


def matmul(a, b):
    time.sleep(0.0005)
    return a @ b


class _Flag:
    allow_tf32 = False


class _CudaBackend:
    matmul = _Flag()


class _Backends:
    cuda = _CudaBackend()


backends = _Backends()


class _Event:
    def __init__(self, enable_timing=False):
        self.t = None

    def record(self):
        self.t = time.perf_counter()

    def elapsed_time(self, end):
        return (end.t - self.t) * 1000.0


class _Cuda:
    Event = _Event

    @staticmethod
    def is_available():
        return True

    @staticmethod
    def device_count():
        return 1

    @staticmethod
    def get_device_name(i):
        return "Fake GPU"

    @staticmethod
    def get_device_capability(i):
        return (8, 9)

    @staticmethod
    def get_arch_list():
        return ["sm_75", "sm_80", "sm_86", "sm_90"]

    @staticmethod
    def synchronize():
        pass

    @staticmethod
    def mem_get_info():
        return (12 << 30, 16 << 30)

    @staticmethod
    def is_bf16_supported():
        return True

    @staticmethod
    def empty_cache():
        pass


cuda = _Cuda()
