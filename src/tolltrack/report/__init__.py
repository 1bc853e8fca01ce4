"""The analyst's view: an HTML/Markdown report and a dashboard served over a read-only API.

    >>> from tolltrack.report.report import build_report, render_html, render_markdown
    >>> from tolltrack.report.server import create_app          # needs fastapi (a dependency)

CLI commands: ``tolltrack report`` and ``tolltrack serve`` (``tolltrack.report.cli``).
See ``docs/report.md``.
"""
