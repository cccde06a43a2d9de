"""The question bank page: filters, and ranking by fit to a pasted job description.

Filters alone travel in the query string (``GET /questions?category=...``),
so a filtered view can be bookmarked. A pasted job description is too long
for an address, so with one the form is posted and the ranked page comes
back directly; its page buttons post the same form again.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from roundtwo.content.loader import parse_yaml
from roundtwo.content.vocabulary import CATEGORIES, FORMATS, KINDS, ROLE_FAMILIES
from roundtwo.plan.coverage import competency_label
from roundtwo.plan.guide import format_label, kind_label
from roundtwo.read.jd import JobDescription
from roundtwo.read.questions import select_questions
from roundtwo.services.forms import MAX_JOB_DESCRIPTION
from roundtwo.services.plan import read_jd
from roundtwo.web.routes._forms import read_form

router = APIRouter()

#: Questions per page.
PER_PAGE = 20
_FILTERS = ("category", "kind", "format", "role")
_CHOICES: dict[str, tuple[str, ...]] = {
    "category": CATEGORIES,
    "kind": KINDS,
    "format": FORMATS,
    "role": ROLE_FAMILIES,
}
_NAMES = {"category": "category", "kind": "interviewer kind", "format": "format", "role": "role family"}


@functools.cache
def role_labels() -> dict[str, str]:
    """Each role family's label, from ``content/role_families.yaml``."""
    text = resources.files("roundtwo.content").joinpath("role_families.yaml").read_text("utf-8")
    labels = {str(e["id"]): str(e.get("label") or e["id"]) for e in parse_yaml(text) or []}
    return {family: labels.get(family, family.replace("_", " ")) for family in ROLE_FAMILIES}


def _page_number(raw: str | None) -> int:
    try:
        return max(int(raw or 1), 1)
    except ValueError:
        return 1


def _check(values: Mapping[str, str]) -> tuple[dict[str, str], JobDescription | None]:
    """Field errors, and the job description's reading when one was pasted."""
    errors: dict[str, str] = {}
    for name in _FILTERS:
        value = values.get(name, "")
        if value and value not in _CHOICES[name]:
            errors[name] = f"Unknown {_NAMES[name]} “{value}”; pick one from the list."
    jd_text = values.get("jd", "")
    jd = None
    if len(jd_text) > MAX_JOB_DESCRIPTION:
        errors["jd"] = (
            f"The job description is {len(jd_text):,} characters; the limit is {MAX_JOB_DESCRIPTION:,}. "
            "Paste only the posting."
        )
    else:
        jd = read_jd(jd_text)  # kept per text: paging through the results reads it once
    return errors, jd


def _render(request: Request, values: dict[str, str]) -> HTMLResponse:
    errors, jd = _check(values)
    context: dict[str, Any] = {
        "values": values,
        "errors": errors,
        "jd": jd,
        "choices": _CHOICES,
        "role_label": role_labels().__getitem__,
        "category_label": str.capitalize,
        "kind_name": kind_label,
        "format_name": format_label,
        "competency_label": competency_label,
        "questions": [],
        "total": 0,
        "page": 1,
        "pages": 1,
        "first": 1,
        "query": "",
    }
    if not errors:
        found = select_questions(
            category=values.get("category") or None,
            kind=values.get("kind") or None,
            format=values.get("format") or None,
            role=values.get("role") or None,
            jd=jd,
        )
        pages = max((len(found) + PER_PAGE - 1) // PER_PAGE, 1)
        page = min(_page_number(values.get("page")), pages)
        first = (page - 1) * PER_PAGE
        context.update(
            questions=found[first : first + PER_PAGE],
            total=len(found),
            page=page,
            pages=pages,
            first=first + 1,
            family=values.get("role") or (jd.role_family if jd else None),
            query=urlencode({k: values[k] for k in _FILTERS if values.get(k)}),
        )
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, "questions.html", context, status_code=422 if errors else 200
    )
    return response


@router.get("/questions", response_class=HTMLResponse, name="read_questions")
def read_questions(request: Request) -> HTMLResponse:
    params = request.query_params
    values = {name: params.get(name, "").strip() for name in _FILTERS}
    values["page"] = params.get("page", "")
    return _render(request, values)


@router.post("/questions", name="rank_questions")
async def rank_questions(request: Request) -> Response:
    form, _ = await read_form(request)
    values = {name: form.get(name, "").strip() for name in _FILTERS}
    values["page"] = form.get("page", "")
    values["jd"] = form.get("jd", "")
    if not values["jd"].strip():
        # Filters alone: back to the address that holds them (POST-redirect-GET).
        query = urlencode({k: v for k, v in values.items() if v and k != "jd"})
        return RedirectResponse(f"/questions?{query}" if query else "/questions", status_code=303)
    return _render(request, values)
