"""Single-flight: concurrent identical cache misses make one upstream call.

The first caller for a key becomes the *leader* and does the work; callers arriving while it
runs become *followers* and wait for the leader's result instead of repeating the call. The
work is not a coroutine this module runs (in the gateway it is a whole pipeline pass: route,
output policy, cache store), so the leader reports back explicitly with :meth:`release`.

Followers must never hang on a leader that died: the wait is time-bounded, and a leader's
flight is also released (with no result) when the asyncio task that leads it finishes without
releasing it (a refusal, an exception, a cancelled request). A follower that gets no result
falls back to doing the work itself.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True, eq=False)
class Flight:
    """One in-progress piece of work that followers can wait for."""

    key: str
    done: asyncio.Event = field(default_factory=asyncio.Event)
    #: What the leader shared; ``None`` means "nothing to share: do it yourself".
    result: Any = None
    followers: int = 0
    task: asyncio.Task[Any] | None = None
    released: bool = False


class SingleFlight:
    """Per-process registry of flights keyed by a string. Not thread-safe (one event loop)."""

    def __init__(self) -> None:
        self._flights: dict[str, Flight] = {}

    def __len__(self) -> int:
        return len(self._flights)

    def current(self, key: str) -> Flight | None:
        """The flight in progress for ``key``, if any."""
        return self._flights.get(key)

    def lead(self, key: str) -> Flight:
        """Register the caller as the leader for ``key`` (there must be no flight for it).

        The flight is released automatically when the current task finishes, so a leader that
        fails before calling :meth:`release` cannot strand its followers.
        """
        flight = Flight(key)
        self._flights[key] = flight
        try:
            task = asyncio.current_task()
        except RuntimeError:
            task = None
        if task is not None:
            flight.task = task
            task.add_done_callback(flight_abandoned(self, flight))
        return flight

    def join(self, key: str) -> tuple[Flight, bool]:
        """The flight for ``key`` and whether the caller leads it (``True``) or follows."""
        flight = self._flights.get(key)
        if flight is not None:
            flight.followers += 1
            return flight, False
        return self.lead(key), True

    async def wait(self, flight: Flight, timeout_s: float) -> Any:
        """Wait up to ``timeout_s`` for the leader; its shared result, or ``None``."""
        if not flight.done.is_set():
            try:
                await asyncio.wait_for(flight.done.wait(), timeout_s)
            except TimeoutError:
                return None
        return flight.result

    def release(self, flight: Flight, result: Any = None) -> None:
        """Finish ``flight``: wake every follower with ``result`` (``None``: nothing to share).

        Idempotent; only the first release sets the result.
        """
        if flight.released:
            return
        flight.released = True
        flight.result = result
        if self._flights.get(flight.key) is flight:
            del self._flights[flight.key]
        if flight.task is not None:
            flight.task.remove_done_callback(flight_abandoned(self, flight))
            flight.task = None
        flight.done.set()


@dataclass(frozen=True, slots=True)
class flight_abandoned:  # noqa: N801 - used as a callback, named for what it does
    """Task done-callback releasing a flight its leader never released. Equality by value so
    that ``remove_done_callback`` can find the instance registered in :meth:`SingleFlight.lead`."""

    registry: SingleFlight
    flight: Flight

    def __call__(self, _task: asyncio.Task[Any]) -> None:
        self.registry.release(self.flight, None)
