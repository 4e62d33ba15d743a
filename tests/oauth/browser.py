"""A scriptable "browser" for clients that open one (``mcp-remote``): pointed to by ``BROWSER``,
it returns at once (as a browser launcher does) and, in a detached process, signs the person in
and consents, then lands on the client's loopback callback.

usage: python -m tests.oauth.browser URL      (environment: OAUTH_TEST_LOGIN, OAUTH_TEST_CALLBACK,
                                               OAUTH_TEST_LOG)
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import httpx

from tests.oauth.helpers import Person


async def _run(url: str) -> None:
    landed = await Person(os.environ["OAUTH_TEST_LOGIN"]).authorize(url, os.environ["OAUTH_TEST_CALLBACK"])
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.get(landed)
    print(f"callback answered {r.status_code}", flush=True)


def main() -> None:
    if sys.argv[1] == "--run":
        asyncio.run(_run(sys.argv[2]))
        return
    log = open(os.environ.get("OAUTH_TEST_LOG", os.devnull), "ab")  # noqa: SIM115 - handed to the child
    subprocess.Popen(
        [sys.executable, "-m", "tests.oauth.browser", "--run", sys.argv[1]],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


if __name__ == "__main__":
    main()
