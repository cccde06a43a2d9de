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
                runs = [
                    load(
                        f"http://127.0.0.1:{port}/",
                        clients=args.clients,
                        per_client=args.per_client,
                        label="baseline: bare FastAPI endpoint",
                    ),
                    load(
                        url + "/",
                        clients=args.clients,
                        per_client=args.per_client,
                        label=f"dashboard ({args.interviews} interviews)",
                    ),
                    load(
                        url + "/interviews/1",
                        clients=args.clients,
                        per_client=args.per_client,
                        label="interview page",
                    ),
                ]
        finally:
            baseline.terminate()
            baseline.wait()
    print(f"{args.clients} concurrent clients, {args.per_client} requests each, SQLite")
    print(HEADER)
    for run in runs:
        print(run.row())
    ratio = runs[1].p95_ms / runs[0].p95_ms if runs[0].p95_ms else float("nan")
    print(f"dashboard p95 / baseline p95 = {ratio:.1f}x; goal: p95 < 50 ms")


if __name__ == "__main__":
    main()
