# Child process: TensorFlow's view of the GPU (domain.md s6.2). Its own process because the
# import is slow and can crash. Prints one JSON object on stdout.
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # keep TF's start-up chatter out of stderr
out = {"installed": True, "status": "failed", "version": None, "builtWithCuda": None, "cudaBuild": None,
       "cudnnBuild": None, "gpus": None, "op": None, "error": None}


def main():
    import tensorflow as tf
    out["version"] = str(tf.__version__)
    out["builtWithCuda"] = bool(tf.test.is_built_with_cuda())
    try:
        info = tf.sysconfig.get_build_info()
        out["cudaBuild"] = info.get("cuda_version")
        out["cudnnBuild"] = info.get("cudnn_version")
    except Exception as e:
        out["buildInfoError"] = exc_text(e)
    gpus = tf.config.list_physical_devices("GPU")
    out["gpus"] = [g.name for g in gpus]
    if not gpus:
        out["status"] = "no-gpu"
        return
    try:
        with tf.device("/GPU:0"):
            a = tf.random.stateless_normal([512, 512], seed=[1, 2])
            b = tf.random.stateless_normal([512, 512], seed=[3, 4])
            gpu = float(tf.reduce_sum(tf.matmul(a, b)))
        with tf.device("/CPU:0"):
            cpu = float(tf.reduce_sum(tf.matmul(a, b)))
            scale = float(tf.reduce_sum(tf.abs(tf.matmul(a, b))))
        out["op"] = {"expr": "reduce_sum(a@b) 512x512 float32", "cpu": cpu, "gpu": gpu,
                     "ok": abs(cpu - gpu) <= 1e-3 * max(1.0, scale)}
    except Exception as e:
        out["op"] = {"ok": False, "error": exc_text(e)}
    out["status"] = "ok" if out["op"].get("ok") else "op-failed"


run_child(main, out)
