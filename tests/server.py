"""Running the real `roundtwo serve` in a subprocess for end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def roundtwo(*args: str, env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command line with ``env`` added to the environment."""
    return subprocess.run(
        [sys.executable, "-m", "roundtwo", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def wait_until_up(url: str, limit: float = 30.0) -> float:
    """Poll ``url`` until it answers 200; return the seconds it took."""
    start = time.monotonic()
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.monotonic() - start
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() - start > limit:
            raise TimeoutError(f"{url} did not answer within {limit} s")
        time.sleep(0.05)


@contextmanager
def running_server(data_dir: Path, *, env: dict[str, str] | None = None) -> Iterator[str]:
    """Serve roundtwo on a free port over ``data_dir``; yield its base URL."""
    port = free_port()
    full_env = {**os.environ, "ROUNDTWO_DATA_DIR": str(data_dir), **(env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "roundtwo", "serve", "--port", str(port), "--no-browser"],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
