"""A small closed-loop load generator: N clients, each on one keep-alive connection."""

from __future__ import annotations

import http.client
import statistics
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class LoadResult:
    label: str
    requests: int
    errors: int
    p50_ms: float
    p95_ms: float
    per_second: float

    def row(self) -> str:
        return (
            f"{self.label:<34} {self.requests:>6} {self.errors:>4} {self.p50_ms:>8.1f} "
            f"{self.p95_ms:>8.1f} {self.per_second:>8.0f}"
        )


HEADER = f"{'target':<34} {'reqs':>6} {'errs':>4} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8}"


def load(url: str, *, clients: int = 20, per_client: int = 50, label: str | None = None) -> LoadResult:
    """GET ``url`` ``per_client`` times from each of ``clients`` threads at once."""
    parts = urlsplit(url)
    path = parts.path or "/"
    timings: list[float] = []
    errors = 0
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine: list[float] = []
        failed = 0
        barrier.wait()
        for _ in range(per_client):
            start = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except OSError:
                failed += 1
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            mine.append(time.perf_counter() - start)
        conn.close()
        with lock:
            timings.extend(mine)
            errors += failed

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    cuts = statistics.quantiles(timings, n=100)
    return LoadResult(
        label=label or path,
        requests=len(timings),
        errors=errors,
        p50_ms=statistics.median(timings) * 1000,
        p95_ms=cuts[94] * 1000,
        per_second=len(timings) / wall,
    )
