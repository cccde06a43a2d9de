"""Page latency from the real server under 20 concurrent clients, beside a bare FastAPI endpoint.

Usage: python bench/bench_web.py [--interviews 50] [--clients 20] [--per-client 50]

It fills a fresh SQLite database with the given number of interviews (each
with five interviewers and a checklist), serves it with `roundtwo serve`,
serves a bare FastAPI endpoint with uvicorn the same way, and loads both in
the same run. Goal (issue 2): p95 under 50 ms for the dashboard and an
interview page with 50 interviews stored.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _load import HEADER, load
from roundtwo.services.demo import load_demo
from roundtwo.services.runtime import open_runtime
from roundtwo.settings import Settings
from roundtwo.store.models import Interview

from server import free_port, running_server, wait_until_up


def fill(data_dir: Path, count: int) -> None:
    runtime = open_runtime(Settings(data_dir=data_dir), upgrade=True)
    with runtime.session() as session:
        for n in range(count):
            # load_demo refuses a second demo; clear the flag so each copy counts as user data
            made = load_demo(session, zone="Europe/London", today=date.today() + timedelta(days=n))
            assert made is not None
            made.is_demo = False
            made.company = f"{made.company} #{n + 1}"
            session.commit()
        assert session.query(Interview).count() == count
    runtime.close()


def _first_view_ms(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url) as response:
        response.read()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=50)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-client", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        fill(data_dir, args.interviews)
        port = free_port()
        baseline = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("_baseline_app.py")), str(port)],
            env=os.environ.copy(),
        )
        try:
            wait_until_up(f"http://127.0.0.1:{port}/")
            with running_server(data_dir) as url:
                pages = [
                    (url + "/", f"dashboard ({args.interviews} interviews)"),
                    (url + "/interviews/1", "interview page"),
                ]
                # The first view of each page pays for loading the question bank and
                # reading the job description; report it, then measure steady state.
                first = [(label, _first_view_ms(page)) for page, label in pages]
                runs = [
                    load(
                        f"http://127.0.0.1:{port}/",
                        clients=args.clients,
                        per_client=args.per_client,
                        label="baseline: bare FastAPI endpoint",
                    )
                ]
                runs += [
                    load(page, clients=args.clients, per_client=args.per_client, label=label)
                    for page, label in pages
                ]
        finally:
            baseline.terminate()
            baseline.wait()
    print(f"{args.clients} concurrent clients, {args.per_client} requests each, SQLite")
    print(HEADER)
    for run in runs:
        print(run.row())
    for label, ms in first:
        print(f"first view of the {label}: {ms:.0f} ms")
    ratio = runs[1].p95_ms / runs[0].p95_ms if runs[0].p95_ms else float("nan")
    print(f"dashboard p95 / baseline p95 = {ratio:.1f}x; goal: p95 < 50 ms")


if __name__ == "__main__":
    main()
