"""The sandbox launcher: applied between the gateway and a stdio MCP server process.

Run as ``python -I sandbox_exec.py SPEC_JSON -- COMMAND [ARG ...]`` by ``sandbox.py``; never
imported by the gateway. It is a standalone script (standard library only, no package
imports) because it runs in the child before the server's own program replaces it: a package
import would load the gateway's dependencies into every server start.

In order, with the privileges it was started with:

1. open the working directory (plain mode) as a file descriptor, so that the server's
   unprivileged user never needs to walk the path to it (a gateway data directory under a
   0700 folder stays closed to it);
2. lower the resource limits (``setrlimit``), which the server and all its children inherit;
3. set ``no_new_privs``: no set-uid binary or file capability can raise privileges again;
4. drop to the server's user and group (when the gateway runs as root), with no extra groups;
5. change into the working directory by descriptor, then ``exec`` the command.

With bubblewrap it runs twice: outside (limits), then ``exec`` bubblewrap, which mounts the
sandbox with the gateway's privileges and runs this launcher again inside it (no new
privileges, the server's user) before the command.

Any failure prints one ``bastion sandbox: ...`` line on stderr (the gateway shows it as the
server's last error) and exits 126: a server is never started with less isolation than asked.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import sys

PR_SET_NO_NEW_PRIVS = 38
RLIMITS = {
    "DATA": resource.RLIMIT_DATA,
    "CPU": resource.RLIMIT_CPU,
    "NOFILE": resource.RLIMIT_NOFILE,
    "NPROC": resource.RLIMIT_NPROC,
    "FSIZE": resource.RLIMIT_FSIZE,
}


def fail(message: str) -> None:
    sys.stderr.write(f"bastion sandbox: {message}\n")
    sys.stderr.flush()
    os._exit(126)


def lower_limit(name: str, value: int) -> None:
    which = RLIMITS[name]
    _soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY and hard < value:
        value = hard  # never raise a limit the gateway itself is under
    resource.setrlimit(which, (value, value))


def main(argv: list[str]) -> None:
    if len(argv) < 4 or argv[2] != "--":
        fail("usage: sandbox_exec.py SPEC_JSON -- COMMAND [ARG ...]")
    spec = json.loads(argv[1])
    command = argv[3:]
    try:
        # 1. Directory descriptors, opened while the gateway's user can still reach them.
        fds: dict[str, int] = {}
        for path in spec.get("open", []):
            fds[path] = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        # 2. Resource limits.
        for name, value in spec.get("rlimits", {}).items():
            lower_limit(name, int(value))
        # 3. No privilege gain through exec from here on.
        if spec.get("no_new_privs", True):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
                fail(f"prctl(PR_SET_NO_NEW_PRIVS) failed: {os.strerror(ctypes.get_errno())}")
        # 4. The server's own user.
        uid, gid = spec.get("uid"), spec.get("gid")
        if uid is not None:
            os.setgroups([])
            os.setgid(int(gid if gid is not None else uid))
            os.setuid(int(uid))
            if os.getuid() != int(uid) or os.geteuid() != int(uid):
                fail("could not drop to the sandbox user")
        # 5. The working directory, by descriptor.
        cwd = spec.get("cwd")
        if cwd is not None:
            os.fchdir(fds[cwd])
        elif spec.get("chdir"):
            os.chdir(spec["chdir"])  # inside bubblewrap: a path the server's user can walk
        bwrap = spec.get("bwrap")
        for fd in fds.values():
            os.close(fd)
        if bwrap is None:
            try:
                os.execvp(command[0], command)
            except FileNotFoundError:
                # Name the cause: a missing command is not a permission problem. Inside
                # bubblewrap the host's /tmp and /home are not there, so say where we looked.
                where = " inside the sandbox (its /tmp and /home are private)" if spec.get("sandboxed") else ""
                fail(
                    f"command {command[0]!r} (or its script's interpreter) not found{where}; "
                    f"PATH={os.environ.get('PATH', os.defpath)}"
                )
        os.execv(bwrap["path"], [bwrap["path"], *bwrap["args"], "--", *command])
    except OSError as e:
        fail(f"{e.strerror or e} ({getattr(e, 'filename', None) or command[0]})")


if __name__ == "__main__":
    main(sys.argv)
