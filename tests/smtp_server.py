"""A local SMTP server for tests: aiosmtpd on 127.0.0.1 that records what it accepts."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session

HOST = "127.0.0.1"
#: The one recipient the test servers refuse.
REFUSED = "nobody@example.com"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass
class Mailbox:
    """What a test server received, and how to reach it."""

    port: int
    envelopes: list[Envelope] = field(default_factory=list)


class Recorder:
    """aiosmtpd handler: keeps every message, refuses the REFUSED recipient."""

    def __init__(self, mailbox: Mailbox) -> None:
        self.mailbox = mailbox

    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address == REFUSED:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.mailbox.envelopes.append(envelope)
        return "250 Message accepted for delivery"
