"""Stage 4, render: the IR laid out through the Jinja templates in ``generator/templates``,
formatted, as ``{relative path: text}``. The only place where spec text becomes code, always
through the filters of ``escape``."""

from .render import render

__all__ = ["render"]
