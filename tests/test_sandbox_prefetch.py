"""Pages built ahead in worker processes are the pages the sandbox builds itself."""

from __future__ import annotations

from pracsuite_async.sandbox import Sandbox
from pracsuite_async.sandbox._prefetch import pool_for, prefetch

from .conftest import keyed_session


async def _pages(sb: Sandbox, pages: int, size: int) -> list[bytes]:
    async with keyed_session(sb) as http:
        bodies = []
        for page in range(1, pages + 1):
            async with http.get(f"{sb.url}patient?page={page}&page_size={size}") as resp:
                assert resp.status == 200
                bodies.append(await resp.read())
        return bodies


async def test_prefetched_pages_equal_built_ones_until_a_write() -> None:
    async with Sandbox(sizes={"patient": 230}) as plain:
        expected = await _pages(plain, 5, 50)
    async with Sandbox(sizes={"patient": 230}) as sb:
        pool = prefetch(sb.dataset, 1)
        try:
            assert await _pages(sb, 5, 50) == [
                body.replace(plain.url.encode(), sb.url.encode()) for body in expected
            ]
            assert pool.served == 5
            sb.touch("patient", 3, first_name="Changed")
            assert pool_for(sb.dataset) is None  # the workers' copies are stale now
            first = (await _pages(sb, 1, 50))[0]
            assert b'"first_name":"Changed"' in first
        finally:
            pool.close()
