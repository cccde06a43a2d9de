"""Commands that manage the user's data: db upgrade, demo, export, import."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import typer

from roundtwo.cli._io import read_input
from roundtwo.cli.app import app

db_app = typer.Typer(help="Manage roundtwo's database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations (creates the database when missing)."""
    from roundtwo.services.runtime import database_label, open_runtime
    from roundtwo.settings import get_settings

    settings = get_settings()
    runtime = open_runtime(settings, upgrade=True)
    runtime.close()
    typer.echo(f"Database {database_label(settings)} is up to date.")


@app.command()
def demo(
    if_empty: bool = typer.Option(False, "--if-empty", help="Only when the database holds no data yet."),
) -> None:
    """Load the demo interview (does nothing when it is already there)."""
    from roundtwo.services.backup import is_empty
    from roundtwo.services.clock import local_zone_name
    from roundtwo.services.demo import load_demo
    from roundtwo.services.runtime import open_runtime
    from roundtwo.settings import get_settings

    settings = get_settings()
    runtime = open_runtime(settings, upgrade=True)
    zone = local_zone_name(settings)
    try:
        with runtime.session() as session:
            if if_empty and not is_empty(session):
                typer.echo("The database already holds your data; the demo was not added.")
                return
            created = load_demo(session, zone=zone, today=datetime.now(ZoneInfo(zone)).date())
    finally:
        runtime.close()
    typer.echo("Loaded the demo interview." if created else "The demo interview is already there.")


@app.command("export")
def export_command(
    file: Path = typer.Argument(..., help="Where to write the JSON backup ('-' for standard output)."),
) -> None:
    """Write a lossless JSON backup of everything you entered."""
    from roundtwo.services.backup import export_data
    from roundtwo.services.runtime import open_runtime
    from roundtwo.settings import get_settings

    runtime = open_runtime(get_settings())
    try:
        with runtime.session() as session:
            data = export_data(session)
    finally:
        runtime.close()
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if str(file) == "-":
        typer.echo(text, nl=False)
        return
    file.write_text(text, encoding="utf-8")
    rows = sum(len(v) for v in data["tables"].values())
    typer.echo(f"Wrote {rows} records to {file}.")


@app.command("import")
def import_command(
    file: str = typer.Argument(..., help="A backup made by `roundtwo export` ('-' for standard input)."),
    merge: bool = typer.Option(
        False, "--merge", help="Add the backup's records beside existing ones (never overwrites)."
    ),
) -> None:
    """Restore a backup; into a non-empty database only with --merge."""
    from roundtwo.services.backup import import_data, read_backup
    from roundtwo.services.runtime import open_runtime
    from roundtwo.settings import get_settings

    data = read_backup(read_input(file))
    runtime = open_runtime(get_settings(), upgrade=True)
    try:
        with runtime.session() as session:
            counts = import_data(session, data, merge=merge)
    finally:
        runtime.close()
    typer.echo(f"Imported {sum(counts.values())} records.")
