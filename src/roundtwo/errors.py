"""The one error type roundtwo raises for anything the user can fix.

The web renders it as a page or as ``{"ok": false, "error": ...}`` JSON, the
command line prints it on standard error and exits non-zero.
"""

from __future__ import annotations


class RoundtwoError(Exception):
    """A failure the user can act on: what failed, on which value, what to do.

    ``status`` is the HTTP status the web answers with; ``field`` names the
    form field at fault, when there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        status: int = 400,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.status = status
        self.field = field

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class NotFound(RoundtwoError):
    """The thing asked for does not exist (HTTP 404)."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint, status=404)


class ValidationFailed(RoundtwoError):
    """A form with one or more bad fields; ``errors`` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        first = next(iter(errors.items()))
        summary = f"{first[0]}: {first[1]}" if len(errors) == 1 else f"{len(errors)} fields need attention"
        super().__init__(summary, status=422, field=first[0])
        self.errors = errors
