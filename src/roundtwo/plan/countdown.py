"""Human countdowns: "in 3 days", "in 2 hours", "5 hours ago"."""

from __future__ import annotations

from datetime import datetime


def countdown(target: datetime, now: datetime) -> str:
    """A short phrase for the time from ``now`` to ``target`` (both aware).

    Under a minute reads "now"; past times read "... ago".
    """
    seconds = int((target - now).total_seconds())
    future = seconds >= 0
    seconds = abs(seconds)
    if seconds < 60:
        return "now"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days >= 2:
        phrase = f"{days} days"
    elif days == 1:
        phrase = f"1 day {hours} h" if hours else "1 day"
    elif hours:
        phrase = f"{hours} h {minutes} min" if minutes and hours < 6 else f"{hours} h"
    else:
        phrase = f"{minutes} min"
    return f"in {phrase}" if future else f"{phrase} ago"
