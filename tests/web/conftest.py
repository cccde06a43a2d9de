"""A web client over the real app and a migrated SQLite database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from roundtwo.services.runtime import Runtime
from roundtwo.web.app import create_app


@pytest.fixture
def client(sqlite_runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(sqlite_runtime), base_url="http://127.0.0.1:8000") as test_client:
        yield test_client
