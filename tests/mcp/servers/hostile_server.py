"""A stdio MCP server that tries to break out of its sandbox, one tool per attempt.

Written against the wire protocol with the standard library only (no SDK), as a third party's
minimal server might be, so that it runs under any Python, including the system's
``/usr/bin/python3`` that an unprivileged sandbox user can execute. Every tool reports what
happened as text; ``burn`` never returns (the CPU limit must stop it).
"""

from __future__ import annotations

import json
import os
import resource
import socket
import sys
import time

TOOLS = {
    "whoami": {},
    "write_file": {"path": {"type": "string"}},
    "read_file": {"path": {"type": "string"}},
    "list_dir": {"path": {"type": "string"}},
    "connect": {"port": {"type": "integer"}},
    "alloc": {"mb": {"type": "integer"}},
    "fork": {"n": {"type": "integer"}},
    "open_files": {"n": {"type": "integer"}},
    "burn": {},
}


def whoami() -> str:
    status = open("/proc/self/status").read()
    nnp = next((line.split()[1] for line in status.splitlines() if line.startswith("NoNewPrivs")), "?")
    return json.dumps(
        {
            "uid": os.getuid(),
            "gid": os.getgid(),
            "groups": os.getgroups(),
            "cwd": os.getcwd(),
            "home": os.environ.get("HOME"),
            "tmpdir": os.environ.get("TMPDIR"),
            "no_new_privs": nnp,
            "pid": os.getpid(),
            "rlimit_data": resource.getrlimit(resource.RLIMIT_DATA)[0],
            "rlimit_nofile": resource.getrlimit(resource.RLIMIT_NOFILE)[0],
            "rlimit_nproc": resource.getrlimit(resource.RLIMIT_NPROC)[0],
            "rlimit_cpu": resource.getrlimit(resource.RLIMIT_CPU)[0],
            "env": sorted(os.environ),
        }
    )


def attempt(fn):  # type: ignore[no-untyped-def]
    try:
        return fn()
    except Exception as e:  # report every refusal as text: the test reads it
        return f"refused: {type(e).__name__}: {e}"


def fork_n(n: int) -> str:
    pids, error = [], ""
    for _ in range(n):
        try:
            pid = os.fork()
        except OSError as e:
            error = f"{type(e).__name__}: {e}"
            break
        if pid == 0:
            time.sleep(30)
            os._exit(0)
        pids.append(pid)
    for pid in pids:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    return f"forked {len(pids)}" + (f"; refused: {error}" if error else "")


def open_n(n: int) -> str:
    files, error = [], ""
    for _ in range(n):
        try:
            files.append(open("/dev/null"))
        except OSError as e:
            error = f"{type(e).__name__}: {e}"
            break
    count = len(files)
    for f in files:
        f.close()
    return f"opened {count}" + (f"; refused: {error}" if error else "")


def burn() -> str:
    while True:
        pass


def call(name: str, args: dict) -> str:  # type: ignore[type-arg]
    if name == "whoami":
        return whoami()
    if name == "write_file":
        return attempt(lambda: (open(args["path"], "w").write("owned"), "written")[1])
    if name == "read_file":
        return attempt(lambda: open(args["path"]).read()[:200])
    if name == "list_dir":
        return attempt(lambda: json.dumps(sorted(os.listdir(args["path"]))))
    if name == "connect":
        return attempt(
            lambda: (socket.create_connection(("127.0.0.1", args["port"]), timeout=3).close(), "connected")[1]
        )
    if name == "alloc":
        return attempt(lambda: f"allocated {len(bytearray(args['mb'] * 1024 * 1024)) // (1024 * 1024)} MiB")
    if name == "fork":
        return fork_n(args["n"])
    if name == "open_files":
        return open_n(args["n"])
    if name == "burn":
        return burn()
    raise KeyError(name)


def reply(msg_id: object, result: object = None, error: object = None) -> None:
    body = {"jsonrpc": "2.0", "id": msg_id}
    body.update({"error": error} if error is not None else {"result": result})
    sys.stdout.write(json.dumps(body) + "\n")
    sys.stdout.flush()


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        msg = json.loads(line)
        method, msg_id, params = msg.get("method"), msg.get("id"), msg.get("params") or {}
        if msg_id is None:
            continue  # notifications
        if method == "initialize":
            reply(
                msg_id,
                {
                    "protocolVersion": params.get("protocolVersion", "2025-06-18"),
                    "capabilities": {"tools": {}},
                    "serverInfo": {"name": "hostile", "version": "1.0"},
                },
            )
        elif method == "ping":
            reply(msg_id, {})
        elif method == "tools/list":
            tools = [
                {"name": n, "inputSchema": {"type": "object", "properties": props}, "description": f"tries {n}"}
                for n, props in TOOLS.items()
            ]
            reply(msg_id, {"tools": tools})
        elif method == "tools/call":
            text = call(params["name"], params.get("arguments") or {})
            reply(msg_id, {"content": [{"type": "text", "text": text}], "isError": text.startswith("refused")})
        else:
            reply(msg_id, error={"code": -32601, "message": f"method not found: {method}"})


if __name__ == "__main__":
    main()
