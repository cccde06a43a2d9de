"""The engines import no web, database or CLI library (STYLE.md, rule 1)."""

import subprocess
import sys

import pytest

ENGINES = ["coach", "read", "speech", "practice", "followup", "content"]
FORBIDDEN = ["fastapi", "starlette", "sqlalchemy", "alembic", "typer", "uvicorn", "roundtwo.store"]


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_imports_no_framework(engine: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module('roundtwo.{engine}')\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        f"bad = sorted(m for m in {FORBIDDEN!r} if m in sys.modules)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"roundtwo.{engine} pulled in {out.stdout.strip()}"
