"""Option parsing shared by the command groups, so every command says the same thing."""

from __future__ import annotations

import datetime as dt

import click


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: the value must be a calendar date written YYYY-MM-DD."""
    if value is not None:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None
    return value
