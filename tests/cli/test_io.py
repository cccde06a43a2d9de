"""The shared command-line input and batch helpers."""

import io
import json

import pytest

from roundtwo.cli import _io
from roundtwo.errors import RoundtwoError


def _batch(lines: list[bytes], handle) -> list[dict]:
    out = io.StringIO()
    real = _io.sys.stdout
    _io.sys.stdout = out
    try:
        _io.run_batch(handle, lines)
    finally:
        _io.sys.stdout = real
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_run_batch_keeps_order_and_reports_bad_lines() -> None:
    def handle(request: dict) -> dict:
        if request.get("boom"):
            raise RoundtwoError("refused")
        return {"id": request["id"], "ok": True}

    lines = [b'{"id": 1}\n', b"not json\n", b"\n", b'{"id": 3, "boom": true}\n', b"[1]\n", b'{"id": 5}\n']
    results = _batch(lines, handle)
    assert [r.get("id") for r in results] == [1, None, 3, None, 5]
    assert "not valid JSON" in results[1]["error"]
    assert results[2] == {"id": 3, "error": "refused"}
    assert "not a JSON object" in results[3]["error"]


def test_decode_text_refuses_binary() -> None:
    with pytest.raises(RoundtwoError, match="binary"):
        _io.decode_text(b"\x00\x01abc", "answer.txt")


def test_decode_text_refuses_non_utf8() -> None:
    with pytest.raises(RoundtwoError, match="not UTF-8"):
        _io.decode_text(b"caf\xe9", "answer.txt")


def test_read_input_missing_file(tmp_path) -> None:
    with pytest.raises(RoundtwoError, match="no such file"):
        _io.read_input(str(tmp_path / "nope.txt"))
