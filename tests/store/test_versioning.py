"""The data version moves with every committed change, from any session."""

from __future__ import annotations

from sqlalchemy import delete, insert

from roundtwo.services.runtime import Runtime, data_version
from roundtwo.store.models import Interview


def _version(runtime: Runtime) -> int:
    with runtime.session() as session:
        return data_version(session)


def test_orm_change_bumps_version(runtime: Runtime) -> None:
    before = _version(runtime)
    with runtime.session() as session:
        session.add(Interview(company="A", role="B", timezone="UTC"))
        session.commit()
    assert _version(runtime) == before + 1


def test_bulk_statement_bumps_version(runtime: Runtime) -> None:
    before = _version(runtime)
    with runtime.session() as session:
        session.execute(
            insert(Interview).values(
                company="A",
                role="B",
                timezone="UTC",
                formats=[],
                job_description="",
                location="",
                video_link="",
                travel_notes="",
                preparation="",
                company_mission="",
                company_products="",
                company_competitors="",
                is_demo=False,
            )
        )
        session.commit()
    mid = _version(runtime)
    with runtime.session() as session:
        session.execute(delete(Interview))
        session.commit()
    assert before < mid < _version(runtime)


def test_read_only_commit_keeps_version(runtime: Runtime) -> None:
    before = _version(runtime)
    with runtime.session() as session:
        session.get(Interview, 1)
        session.commit()
    assert _version(runtime) == before


def test_rolled_back_change_keeps_version(runtime: Runtime) -> None:
    before = _version(runtime)
    with runtime.session() as session:
        session.add(Interview(company="A", role="B", timezone="UTC"))
        session.flush()
        session.rollback()
    assert _version(runtime) == before
