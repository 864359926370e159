"""A griffe extension: the docstrings' reStructuredText habits as Markdown.

kzuk_figures' docstrings are prose that runs as doctests.  They use three
reStructuredText conventions that Markdown reads differently, and this
extension rewrites them before mkdocstrings renders the API reference:

* roles, ``:class:`~kzuk_figures.types.Check``` -> ``Check`` in code (the
  ``~`` form keeps the last name, as Sphinx does);
* doctest blocks (``>>>`` lines and the output under them) -> fenced
  ``pycon`` blocks, which Markdown would otherwise run together as a paragraph;
* ``.. code-block:: xml`` and a paragraph ending in ``::`` followed by an
  indented block -> a fenced block.

It also reads two things griffe does not: ``#:`` comments above a module
constant (Sphinx's attribute docstrings, as this codebase writes them), and a
module docstring completed at import time (``kzuk_figures.report`` appends
its ``SCHEMA`` field list to ``__doc__``).

Nothing else changes: the docstrings stay the single source, with no RST
layer between them and the site.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|data|attr|exc|obj|const)?:`(~?)([^`<]+?)(?:\s*<([^>]+)>)?`")


def _role(m: re.Match[str]) -> str:
    tilde, text, target = m.groups()
    if target is not None:  # :func:`label <target>`
        return f"`{text.strip()}`"
    name = text.strip()
    return f"`{name.rsplit('.', 1)[-1] if tilde else name}`"


def _fence(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        indent = line[: len(line) - len(stripped)]
        code_block = re.match(r"\.\. code-block::\s*(\w*)\s*$", stripped)
        if stripped.startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].lstrip())
                i += 1
            out += [f"{indent}```pycon", *(indent + b for b in block), f"{indent}```"]
            continue
        if code_block or (stripped.endswith("::") and not stripped.startswith("..")):
            # the paragraph (or directive) introduces the indented block below it
            if code_block:
                lang = code_block.group(1) or "text"
            else:
                out.append(line[:-1])  # "Fields of to_dict()::" reads "Fields of to_dict():"
                lang = "text"
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            block = []
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > len(indent)):
                block.append(lines[i])
                i += 1
            while block and not block[-1].strip():
                block.pop()
            depth = min((len(b) - len(b.lstrip()) for b in block if b.strip()), default=0)
            out += ["", f"{indent}```{lang}", *(indent + b[depth:] for b in block), f"{indent}```", ""]
            continue
        out.append(line)
        i += 1
    return out


def markdown(text: str) -> str:
    """``text`` with its reStructuredText habits as Markdown."""
    return "\n".join(_fence(_ROLE.sub(_role, text).split("\n")))


def _comment_docstring(attr: griffe.Attribute) -> str | None:
    """The ``#:`` comment lines right above ``attr``'s assignment, if any."""
    try:
        lines = attr.lines_collection[attr.filepath]  # the whole file, 1-based line numbers
    except (KeyError, TypeError, AttributeError):
        return None
    if attr.lineno is None or attr.lineno > len(lines):
        return None
    found: list[str] = []
    i = attr.lineno - 2  # the line above, 0-based
    while i >= 0 and lines[i].lstrip().startswith("#:"):
        found.insert(0, lines[i].lstrip()[2:].strip())
        i -= 1
    return " ".join(found) or None


def _runtime_docstring(module: griffe.Module, static: str) -> str:
    """The module's ``__doc__`` after import, when it extends the static one."""
    if module.name == "__main__":  # importing it would run the program
        return static
    try:
        runtime = importlib.import_module(module.path).__doc__ or ""
    except Exception:  # noqa: BLE001 - a module that cannot be imported keeps its static docstring
        return static
    return runtime if runtime.strip().startswith(static.strip()) and len(runtime) > len(static) else static


class RstHabitsToMarkdown(griffe.Extension):
    """Rewrites every docstring once it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None and isinstance(obj, griffe.Attribute):
            text = _comment_docstring(obj)
            if text:
                obj.docstring = griffe.Docstring(text, parent=obj)
        if obj.docstring is not None:
            value = obj.docstring.value
            if isinstance(obj, griffe.Module):
                value = _runtime_docstring(obj, value)
            obj.docstring.value = markdown(value)
