"""The README's Python examples run, as written, against the sandbox.

The quickstart is a whole program: it runs in its own interpreter with the sandbox's URL and
keys in the environment. The other blocks are fragments using ``ps`` (and top-level
``await``): each runs inside a coroutine given a client of the sandbox.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from pracsuite_async.sandbox import Sandbox

from .conftest import client_for

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)
# A safety net, not a wait: a broken block fails here instead of hanging the suite.
DEADLINE = 30.0
# Fragments that never end by design, and the test that covers what they show instead.
ENDLESS = {"ps.appointments.watch(": "tests/test_changes.py and the appointment watcher example"}


def _fragments() -> list[Any]:
    params = []
    for block in BLOCKS:
        if "asyncio.run(main())" in block:
            continue  # the quickstart: test_the_quickstart_runs
        endless = next((why for marker, why in ENDLESS.items() if marker in block), None)
        marks = [pytest.mark.skip(reason=f"runs forever; see {endless}")] if endless else []
        params.append(pytest.param(block, id=block.split("\n", 1)[0][:50], marks=marks))
    return params


def test_the_readme_has_the_blocks_these_tests_run() -> None:
    assert sum("asyncio.run(main())" in b for b in BLOCKS) == 1
    assert len(_fragments()) >= 5


async def test_the_quickstart_runs() -> None:
    (program,) = [b for b in BLOCKS if "asyncio.run(main())" in b]
    async with Sandbox() as sb:
        env = {
            **os.environ,
            "PRACSUITE_VENDOR_KEY": sb.vendor_key,
            "PRACSUITE_API_KEY": sb.api_key,
            "PRACSUITE_BASE_URL": sb.url,
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            program,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), DEADLINE)
        assert proc.returncode == 0, err.decode()
        lines = out.decode().splitlines()
        assert len(lines) > 3  # resources, then pages of changed patients
        assert not any(line.startswith("404") for line in lines)  # patient 7 exists


@pytest.mark.parametrize("block", _fragments())
async def test_a_readme_fragment_runs(
    block: str, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRACSUITE_REDIS_URL", redis_url)  # the shared-budget block's Redis
    namespace: dict[str, Any] = {}
    exec(  # the README's own code: the point is to run exactly what a reader copies
        "from datetime import UTC, date, datetime, timedelta\n"
        "from pracsuite_async import *\n"
        "async def fragment(ps):\n" + textwrap.indent(block, "    "),
        namespace,
    )
    async with Sandbox() as sb, client_for(sb) as ps:
        await asyncio.wait_for(namespace["fragment"](ps), DEADLINE)
