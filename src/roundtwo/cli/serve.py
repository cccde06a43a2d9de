"""`roundtwo serve`: the web app on a local port."""

from __future__ import annotations

import threading
import webbrowser

import typer

from roundtwo.cli.app import app


@app.command()
def serve(
    host: str = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
    port: int = typer.Option(None, help="Port to listen on (default 8000).", min=1, max=65535),
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open a browser window."),
) -> None:
    """Serve the roundtwo web app (migrates the database first)."""
    import uvicorn

    from roundtwo.services.runtime import open_runtime
    from roundtwo.settings import get_settings
    from roundtwo.web.app import create_app

    settings = get_settings()
    host = host or settings.host
    port = port or settings.port
    runtime = open_runtime(settings, upgrade=True)
    application = create_app(runtime)
    url = f"http://{host}:{port}/"
    typer.echo(f"roundtwo is serving {url} (Ctrl+C to stop)")
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    try:
        uvicorn.run(application, host=host, port=port, log_level="warning")
    finally:
        runtime.close()
