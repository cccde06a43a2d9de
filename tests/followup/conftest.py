"""Local SMTP servers for the sending tests: aiosmtpd on 127.0.0.1 at a free port."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from smtp_server import HOST, REFUSED, Mailbox, Recorder, free_port

USER = "candidate"
PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class Account:
    """The test servers' address, the login they accept and the recipient they refuse."""

    host: str = HOST
    user: str = USER
    password: str = PASSWORD
    refused: str = REFUSED


def _authenticate(
    server: SMTPServer, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    # handled=False lets aiosmtpd send the 535 reply itself on failure.
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_account() -> Account:
    """Who the test servers are and whom they accept."""
    return Account()


@pytest.fixture
def unused_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    return free_port()


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1, made with the openssl command."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError("the openssl command is missing: install it (Debian: apt-get install openssl)")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost"),
            *("-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def client_tls(tls_files: tuple[Path, Path]) -> ssl.SSLContext:
    """A client context that trusts only the test certificate, host names checked."""
    return ssl.create_default_context(cafile=str(tls_files[0]))


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., Mailbox]]:
    """Start an SMTP server; ``smtp_server(tls=..., implicit=...)`` returns its mailbox.

    ``tls`` is a server SSLContext: offered through STARTTLS (and required
    for AUTH), or spoken from the first byte when ``implicit`` is true.
    """
    controllers: list[Controller] = []

    def start(*, tls: ssl.SSLContext | None = None, implicit: bool = False) -> Mailbox:
        mailbox = Mailbox(port=free_port())
        options: dict[str, Any] = {"server_hostname": "localhost", "authenticator": _authenticate}
        if tls is not None and implicit:
            options["ssl_context"] = tls
            # aiosmtpd only counts STARTTLS as TLS for AUTH; this link is TLS from the start.
            options["auth_require_tls"] = False
        elif tls is not None:
            options["tls_context"] = tls
        controller = Controller(Recorder(mailbox), hostname=HOST, port=mailbox.port, **options)
        controller.start()
        controllers.append(controller)
        return mailbox

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def server_tls(tls_files: tuple[Path, Path]) -> ssl.SSLContext:
    """The server side of the test certificate."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(tls_files[0]), str(tls_files[1]))
    return context


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections but never says a word, to provoke timeouts."""
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen(4)
        yield int(listener.getsockname()[1])
