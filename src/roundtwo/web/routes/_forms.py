"""Reading posted forms: every field as text, lists for multi-valued fields."""

from __future__ import annotations

from fastapi import Request

#: Matches the app's request-body limit (roundtwo.web.app.MAX_BODY_BYTES).
MAX_FIELD_BYTES = 3 * 1024 * 1024


async def read_form(request: Request, *lists: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The posted form as plain strings, and the named multi-valued fields as lists."""
    # Fields up to the app's body limit reach validation, which names the field.
    form = await request.form(max_part_size=MAX_FIELD_BYTES)
    values = {key: value for key, value in form.items() if isinstance(value, str)}
    multi = {name: [v for v in form.getlist(name) if isinstance(v, str)] for name in lists}
    return values, multi
