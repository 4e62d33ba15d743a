"""Cache keys of the tool-result cache: canonical JSON and short digests.

Two calls are "the same" when their arguments are equal as JSON values: key order does not
matter and ``1``, ``1.0`` and ``1e0`` are one number. The canonical form sorts keys and writes
integral floats as integers (``-0.0`` becomes ``0``); digests are BLAKE2b, short enough to keep
keys small and wide enough that a collision is not a practical concern.
"""

from __future__ import annotations

from hashlib import blake2b
from typing import Any

import orjson

_INT_SAFE = float(2**53)


def normalise(value: Any) -> Any:
    """``value`` with integral floats turned into ints, recursively (JSON types only)."""
    if isinstance(value, float):
        if value.is_integer() and -_INT_SAFE < value < _INT_SAFE:
            return int(value)
        return value
    if isinstance(value, dict):
        return {str(k): normalise(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalise(v) for v in value]
    return value


def canonical_json(value: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, normalised numbers, no whitespace."""
    return orjson.dumps(normalise(value), option=orjson.OPT_SORT_KEYS)


def digest(*parts: bytes | str, size: int = 16) -> str:
    """Hex BLAKE2b of the parts, each length-prefixed so that part boundaries are unambiguous."""
    h = blake2b(digest_size=size)
    for p in parts:
        b = p.encode() if isinstance(p, str) else p
        h.update(len(b).to_bytes(4, "little"))
        h.update(b)
    return h.hexdigest()


def schema_hash(tool_def: dict[str, Any]) -> str:
    """Digest of a tool's input and output schema: a changed definition gets new keys."""
    return digest(
        canonical_json({"in": tool_def.get("inputSchema"), "out": tool_def.get("outputSchema")}),
        size=8,
    )
