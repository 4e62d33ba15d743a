"""Errors in the caller's protocol. Front doors register a renderer for their URL prefix; the
generic layer (404, 413, 431, malformed requests, crashes) uses the longest matching prefix."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import JSONResponse, Response

from bastion.gateway.call import Refusal

#: (status, code, message, retry_after) -> response
Renderer = Callable[[int, str, str, float | None], Response]


def default_renderer(status: int, code: str, message: str, retry_after: float | None) -> Response:
    headers = {"retry-after": str(max(1, int(retry_after + 0.999)))} if retry_after else None
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


class ErrorShapes:
    def __init__(self) -> None:
        self._by_prefix: list[tuple[str, Renderer]] = []

    def register(self, prefix: str, renderer: Renderer) -> None:
        self._by_prefix.append((prefix, renderer))
        # Longest prefix first, so "/v1/messages" wins over "/v1".
        self._by_prefix.sort(key=lambda p: len(p[0]), reverse=True)

    def renderer_for(self, path: str) -> Renderer:
        for prefix, r in self._by_prefix:
            if path.startswith(prefix):
                return r
        return default_renderer

    def render(self, path: str, status: int, code: str, message: str, retry_after: float | None = None) -> Response:
        return self.renderer_for(path)(status, code, message, retry_after)

    def render_refusal(self, path: str, r: Refusal) -> Response:
        return self.render(path, r.status, r.code, r.message, r.retry_after)
