"""A real ``redis-server`` (Debian package) on a free loopback port, for benchmarks and tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def redis_binary() -> str:
    """The redis-server on PATH; RuntimeError saying how to install it when there is none."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed: apt-get install -y redis-server")
    return binary


@contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    """Start redis-server with its data in ``directory``; yields its URL, stops it after."""
    binary = redis_binary()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory),
         "--save", "", "--appendonly", "no", "--protected-mode", "no"],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    drain = threading.Thread(target=proc.stdout.read, daemon=True)  # keeps the pipe flowing
    try:
        for line in proc.stdout:  # ends when the server exits
            if "Ready to accept connections" in line:
                break
        else:
            raise RuntimeError(f"redis-server exited with {proc.wait()}")
        drain.start()
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)
        if drain.is_alive():
            drain.join(10)
        proc.stdout.close()
