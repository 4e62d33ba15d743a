"""Run the bench modules: all of them, or those named on the command line."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
import traceback
from pathlib import Path

#: Helpers that live in bench/ but are not benches themselves.
NOT_BENCHES = {"loadgen", "baseline"}


def bench_names() -> list[str]:
    here = Path(__file__).parent
    return sorted(
        m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_") and m.name not in NOT_BENCHES
    )


def main(argv: list[str]) -> int:
    available = bench_names()
    chosen = argv or available
    unknown = [n for n in chosen if n not in available]
    if unknown:
        print(f"unknown bench(es): {', '.join(unknown)}; available: {', '.join(available)}", file=sys.stderr)
        return 2
    failed = []
    for name in chosen:
        module = importlib.import_module(f"bench.{name}")
        run = getattr(module, "main", None)
        if run is None:
            continue
        print(f"\n## bench: {name}\n", flush=True)
        t = time.perf_counter()
        try:
            run()
        except Exception:  # noqa: BLE001 - one broken bench must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
        print(f"\n_{name}: {time.perf_counter() - t:.0f}s_", flush=True)
    if failed:
        print(f"\nfailed benches: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
