"""A stdio MCP server process as an MCP transport: started without a shell, stderr captured
into the logs, garbage on stdout skipped, orderly shutdown (close stdin, SIGTERM, SIGKILL).

One ``StdioTransport`` is one process lifetime. The upstream supervisor (``upstream.py``)
enters it once, keeps it for as long as the process lives and enters a new one (with backoff)
after a crash: a process is never started per call.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import shutil
import signal
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
import anyio.abc
import mcp_types as types
import orjson
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from mcp.client.stdio import get_default_environment
from mcp.shared.message import SessionMessage

from bastion.mcp_bridge.rawcall import PendingCalls, Progress, wait_reply
from bastion.mcp_bridge.sandbox import Sandbox, SandboxUnavailable

logger = logging.getLogger("bastion.mcp.stdio")

#: Seconds to wait after closing stdin, then after SIGTERM, before escalating.
STDIN_GRACE_S = 2.0
TERM_GRACE_S = 2.0
#: Seconds to wait, once the process is gone, for the rest of its stderr.
STDERR_GRACE_S = 1.0
#: How the sandbox launcher (``sandbox_exec.py``) starts the line saying why it failed.
LAUNCHER_PREFIX = "bastion sandbox: "


class SpawnRefused(Exception):
    """The command is not allowed to run (allow-list) or cannot be started."""


def missing_command(command: str, env: dict[str, str]) -> str | None:
    """Why ``command`` plainly cannot start, before any sandbox is built: a bare name on none of
    the PATH the server gets, or an absolute path to nothing (a typo, ``uvx`` not installed for
    the gateway). None when it exists (or is relative to a working directory, checked at exec)."""
    path = env.get("PATH", os.defpath)
    if os.sep not in command:
        if shutil.which(command, path=path) is None:
            return f"command {command!r} not found on the server's PATH ({path})"
    elif os.path.isabs(command) and not os.path.exists(command):
        return f"command {command!r} not found (no such file)"
    return None


class StdioTransport:
    """Async context manager yielding ``(read_stream, write_stream)`` for ``ClientSession``."""

    def __init__(
        self,
        name: str,
        command: str,
        args: list[str],
        env: dict[str, str] | None = None,
        cwd: str | None = None,
        max_line_bytes: int = 4 * 1024 * 1024,
        stderr_lines: int = 50,
        sandbox: Sandbox | None = None,
    ) -> None:
        self.name = name
        #: Where the process runs (None: a plain child process); see ``sandbox.py``.
        self.sandbox = sandbox
        #: How the running process is isolated, for ``bastion mcp show`` and the logs.
        self.isolation = "none"
        self.argv = [command, *args]
        self.env = get_default_environment() | (env or {})
        self.cwd = cwd
        self.max_line_bytes = max_line_bytes
        #: The last lines the process wrote to stderr (shown by ``bastion mcp show``).
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=stderr_lines)
        #: Set when the process has exited or its stdout closed.
        self.exited = anyio.Event()
        self.pid: int | None = None
        self.returncode: int | None = None
        self._cm: contextlib.AbstractAsyncContextManager[Any] | None = None
        #: The gateway's own calls, sent beside the SDK session (see ``rawcall.py``).
        self.pending = PendingCalls()
        #: Receives the server's ``notifications/message`` params in stream order (set by the upstream).
        self.on_log: Callable[[dict[str, Any]], Awaitable[None]] | None = None
        self._stdin: anyio.abc.ByteSendStream | None = None
        self._write_lock = anyio.Lock()
        self._stderr_done = anyio.Event()

    def launch_failure(self) -> str | None:
        """The sandbox launcher's own account of why the command did not start (its
        ``bastion sandbox: ...`` line on stderr), if it printed one."""
        for line in reversed(self.stderr_tail):
            if line.startswith(LAUNCHER_PREFIX):
                return line
        return None

    async def __aenter__(
        self,
    ) -> tuple[MemoryObjectReceiveStream[SessionMessage | Exception], MemoryObjectSendStream[SessionMessage]]:
        self._cm = self._run()
        return await self._cm.__aenter__()

    async def __aexit__(self, *exc: Any) -> bool | None:
        assert self._cm is not None
        return await self._cm.__aexit__(*exc)

    @contextlib.asynccontextmanager
    async def _run(self) -> AsyncIterator[Any]:
        argv, env, cwd = self.argv, self.env, self.cwd
        missing = missing_command(argv[0], env)
        if missing is not None:
            raise SpawnRefused(missing)
        if self.sandbox is not None:
            sandbox = self.sandbox
            try:
                launch = await anyio.to_thread.run_sync(lambda: sandbox.launch(argv, env, cwd))
            except (SandboxUnavailable, OSError) as e:
                raise SpawnRefused(f"cannot sandbox {self.argv[0]!r}: {e}") from e
            # The launcher changes into the working directory itself (by descriptor).
            argv, env, cwd, self.isolation = launch.argv, launch.env, None, launch.isolation
        try:
            # A list argv and no shell: arguments are never interpreted. A new session puts the
            # server and its children in their own process group for the shutdown signals.
            process = await anyio.open_process(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                cwd=cwd,
                start_new_session=True,
            )
        except (OSError, ValueError) as e:
            raise SpawnRefused(f"cannot start {self.argv[0]!r}: {e}") from e
        self.pid = process.pid
        self._stdin = process.stdin
        logger.info(
            "mcp server %s started: pid %s argv %s sandbox %s", self.name, process.pid, self.argv[0], self.isolation
        )
        read_send, read_recv = anyio.create_memory_object_stream[SessionMessage | Exception](64)
        write_send, write_recv = anyio.create_memory_object_stream[SessionMessage](64)
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._read_stdout, process, read_send)
            tg.start_soon(self._write_stdin, process, write_recv)
            tg.start_soon(self._read_stderr, process)
            tg.start_soon(self._watch_exit, process)
            try:
                yield read_recv, write_send
            finally:
                with anyio.CancelScope(shield=True):
                    self.pending.fail_all("the server process stopped")
                    write_send.close()
                    read_recv.close()
                    await self._stop(process)
                    # Let the last stderr lines in (the launcher's reason for failing, if any).
                    with anyio.move_on_after(STDERR_GRACE_S):
                        await self._stderr_done.wait()
                tg.cancel_scope.cancel()

    async def _read_stdout(
        self, process: anyio.abc.Process, out: MemoryObjectSendStream[SessionMessage | Exception]
    ) -> None:
        assert process.stdout is not None
        buf = bytearray()
        dropping = False
        async with out:
            try:
                async for chunk in process.stdout:
                    buf.extend(chunk)
                    while True:
                        nl = buf.find(b"\n")
                        if nl < 0:
                            if len(buf) > self.max_line_bytes:
                                # An over-long message: drop it up to its end rather than
                                # buffering without bound.
                                logger.warning(
                                    "mcp server %s: message over %d bytes dropped", self.name, self.max_line_bytes
                                )
                                buf.clear()
                                dropping = True
                            break
                        line = bytes(buf[:nl])
                        del buf[: nl + 1]
                        if dropping:
                            dropping = False
                            continue
                        msg = self._parse(line)
                        if isinstance(msg, dict):
                            assert self.on_log is not None
                            await self.on_log(msg.get("params") or {})
                        elif msg is not None:
                            await out.send(msg)
            except (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream, OSError):
                pass
        self.pending.fail_all("the server process closed its stdout")
        self.exited.set()

    def _parse(self, line: bytes) -> SessionMessage | dict[str, Any] | None:
        """A message for the SDK session, a log message for :attr:`on_log` (a dict), or None."""
        line = line.strip()
        if not line:
            return None
        try:
            # Replies to the gateway's raw calls never pay for pydantic validation.
            raw = orjson.loads(line)
            if self.pending.dispatch(raw):
                return None
            if self.on_log is not None and isinstance(raw, dict) and raw.get("method") == "notifications/message":
                # Handled here, in stream order: it must reach the client before the reply that
                # follows it (the SDK session would deliver it on another task, possibly later).
                return raw
            return SessionMessage(types.jsonrpc_message_adapter.validate_json(line, by_name=False))
        except ValueError:
            # Only MCP messages may appear on stdout; a server that prints anything else is
            # misbehaving, but one stray line must not end the connection.
            logger.warning("mcp server %s wrote a non-MCP line on stdout: %.200r", self.name, line)
            return None

    async def _write_stdin(self, process: anyio.abc.Process, inbox: MemoryObjectReceiveStream[SessionMessage]) -> None:
        assert process.stdin is not None
        try:
            async with inbox:
                async for msg in inbox:
                    data = msg.message.model_dump_json(by_alias=True, exclude_unset=True)
                    async with self._write_lock:
                        await process.stdin.send(data.encode() + b"\n")
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            self.exited.set()

    async def request(
        self, method: str, params: dict[str, Any], *, timeout: float, progress: Progress | None = None
    ) -> dict[str, Any]:
        """One JSON-RPC request on the pipe, beside the SDK session: its ``result`` dict.

        Raises ``MCPError`` for an error reply, ``TimeoutError`` after ``timeout`` (the server is
        sent ``notifications/cancelled``), ``ConnectionLost`` when the process goes away.
        """
        rid, pending = self.pending.open(progress is not None)
        if progress is not None:
            params = {**params, "_meta": {**(params.get("_meta") or {}), "progressToken": rid}}
        line = orjson.dumps({"jsonrpc": "2.0", "id": rid, "method": method, "params": params}) + b"\n"
        try:
            await self._write(line)
            with anyio.fail_after(timeout):
                return await wait_reply(pending, progress)
        except BaseException:
            if not pending.done.is_set():
                # Timed out or cancelled by the client: tell the server to stop working on it.
                with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
                    await self._write(
                        orjson.dumps(
                            {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": rid}}
                        )
                        + b"\n"
                    )
            raise
        finally:
            self.pending.forget(rid)

    async def _write(self, line: bytes) -> None:
        stdin = self._stdin
        if stdin is None or self.pending.closed:
            raise anyio.ClosedResourceError
        async with self._write_lock:
            await stdin.send(line)

    async def _read_stderr(self, process: anyio.abc.Process) -> None:
        assert process.stderr is not None
        buf = b""
        try:
            async for chunk in process.stderr:
                buf += chunk
                *lines, buf = buf.split(b"\n")
                for raw in lines:
                    text = raw.decode(errors="replace").rstrip()
                    if text:
                        self.stderr_tail.append(text[:2000])
                        logger.info("mcp server %s stderr: %s", self.name, text[:2000])
                if len(buf) > 64 * 1024:
                    buf = b""
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            pass
        finally:
            self._stderr_done.set()

    async def _watch_exit(self, process: anyio.abc.Process) -> None:
        while process.returncode is None:
            await anyio.sleep(0.2)
        self.returncode = process.returncode
        logger.warning("mcp server %s exited with code %s", self.name, process.returncode)
        self.exited.set()

    async def _stop(self, process: anyio.abc.Process) -> None:
        """Close stdin, wait; SIGTERM the group, wait; SIGKILL the group."""
        if process.stdin is not None:
            with contextlib.suppress(Exception):
                await process.stdin.aclose()
        if await _wait_exit(process, STDIN_GRACE_S):
            return
        _signal_group(process.pid, signal.SIGTERM)
        if await _wait_exit(process, TERM_GRACE_S):
            return
        _signal_group(process.pid, signal.SIGKILL)
        await _wait_exit(process, TERM_GRACE_S)


async def _wait_exit(process: anyio.abc.Process, timeout: float) -> bool:
    with anyio.move_on_after(timeout):
        while process.returncode is None:
            await anyio.sleep(0.02)
    return process.returncode is not None


def _signal_group(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)
