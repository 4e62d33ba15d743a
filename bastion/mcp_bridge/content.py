"""``Content`` adapters: MCP tool arguments and results seen as text by the policy stages.

Texts are every string leaf of the JSON, in a stable depth-first order; ``with_texts`` puts
(possibly redacted) strings back in the same places, so the wire shape never changes.
"""

from __future__ import annotations

from typing import Any


def _collect(value: Any, out: list[str], every: bool = True) -> None:
    """String leaves; with ``every=False`` only ``text`` fields (content blocks: the type,
    MIME type, URI and base64 data of a block are not text a model reads)."""
    if isinstance(value, str):
        if every:
            out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            if not every and k == "text" and isinstance(v, str):
                out.append(v)
            else:
                _collect(v, out, every)
    elif isinstance(value, list):
        for v in value:
            _collect(v, out, every)


def _replace(value: Any, texts: list[str], i: list[int], every: bool = True) -> Any:
    if isinstance(value, str):
        if not every:
            return value
        s = texts[i[0]]
        i[0] += 1
        return s
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not every and k == "text" and isinstance(v, str):
                out[k] = texts[i[0]]
                i[0] += 1
            else:
                out[k] = _replace(v, texts, i, every)
        return out
    if isinstance(value, list):
        return [_replace(v, texts, i, every) for v in value]
    return value


class JsonTexts:
    """Base: string leaves of a JSON value."""

    __slots__ = ("value", "_texts")

    def __init__(self, value: Any) -> None:
        self.value = value
        self._texts: list[str] | None = None

    def texts(self) -> list[str]:
        if self._texts is None:
            out: list[str] = []
            _collect(self.value, out)
            self._texts = out
        return self._texts

    def with_texts(self, texts: list[str]) -> JsonTexts:
        if len(texts) != len(self.texts()):
            raise ValueError("with_texts needs exactly one text per texts() entry")
        return type(self)(self._rebuild(texts))

    def _rebuild(self, texts: list[str]) -> Any:
        return _replace(self.value, texts, [0])


class ToolArguments(JsonTexts):
    """``tools/call`` arguments (or ``prompts/get`` arguments): a JSON object."""


class ToolResult(JsonTexts):
    """A ``CallToolResult`` / ``ReadResourceResult`` / ``GetPromptResult`` / ``CompleteResult``
    as a wire dict.

    Only the content the model sees is inspected (content blocks, structured content,
    resource contents, prompt messages); ``_meta`` and protocol fields are left alone.
    """

    #: (key, every string leaf?) in inspection order.
    KEYS = (
        ("content", False),
        ("contents", False),
        ("messages", False),
        ("structuredContent", True),
        ("completion", True),
    )

    def texts(self) -> list[str]:
        if self._texts is None:
            out: list[str] = []
            for k, every in self.KEYS:
                if k in self.value:
                    _collect(self.value[k], out, every)
            self._texts = out
        return self._texts

    def _rebuild(self, texts: list[str]) -> Any:
        out = dict(self.value)
        i = [0]
        for k, every in self.KEYS:
            if k in out:
                out[k] = _replace(out[k], texts, i, every)
        return out
