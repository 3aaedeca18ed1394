"""``pracsuite``: bulk export of a list endpoint to JSON Lines, optionally against the sandbox."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import sys
import time
from collections.abc import AsyncIterator, Sequence
from typing import IO, Any

from ._client import AsyncPracSuite
from ._convert import unstructure
from ._errors import PracSuiteError
from ._operations import ListOperation
from ._tags import METHODS


def _list_methods() -> dict[str, ListOperation[Any]]:
    """Every tag whose ``list`` needs no arguments, by its attribute name on the client."""
    return {
        name.removesuffix(".list"): op
        for name, op in METHODS.items()
        if name.endswith(".list")
        and isinstance(op, ListOperation)
        and not op.path_params
        and not any(p.required for p in op.query)
    }


@contextlib.asynccontextmanager
async def _client(args: argparse.Namespace, kind: str) -> AsyncIterator[AsyncPracSuite]:
    rate = None if args.requests_per_second <= 0 else args.requests_per_second
    settings: dict[str, Any] = {"max_concurrency": args.concurrency, "requests_per_second": rate}
    if not args.sandbox:
        async with AsyncPracSuite(base_url=args.base_url, **settings) as client:
            yield client
        return
    from .sandbox import Sandbox

    async with (
        Sandbox(sizes={kind: args.records}, latency=args.latency_ms / 1000) as sandbox,
        AsyncPracSuite(
            vendor_key=sandbox.vendor_key, api_key=sandbox.api_key, base_url=sandbox.url, **settings
        ) as client,
    ):
        print(f"sandbox: {args.records} records of {kind} at {sandbox.url}", file=sys.stderr)
        yield client


async def _export(args: argparse.Namespace, out: IO[str]) -> int:
    operation = _list_methods()[args.tag]
    # The sandbox names each collection after its record schema (Patient -> patient).
    collection = re.sub(r"(?<!^)(?=[A-Z])", "_", operation.model.__name__).lower()
    async with _client(args, kind=collection) as client:
        namespace = getattr(client, args.tag)
        pager = namespace.list(page_size=args.page_size, concurrency=args.concurrency)
        started = time.monotonic()
        records = pages = 0
        async with contextlib.aclosing(pager.pages()) as stream:
            async for page in stream:
                pages += 1
                for record in page.items:
                    out.write(json.dumps(unstructure(record), separators=(",", ":")) + "\n")
                records += len(page.items)
                if pages % 50 == 0:
                    print(f"  {records} records, {pages} pages", file=sys.stderr)
        elapsed = time.monotonic() - started
        print(
            f"exported {records} {args.tag} in {pages} pages to {args.out} in {elapsed:.2f}s "
            f"({records / elapsed if elapsed else 0:.0f} records/s; "
            f"429s seen: {client.rate_limiter.throttle_count})",
            file=sys.stderr,
        )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pracsuite", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="export every record of a list endpoint")
    export.add_argument("tag", choices=sorted(_list_methods()), help="what to export")
    export.add_argument("--out", default="-", help="output file (JSON Lines); - for stdout")
    export.add_argument("--page-size", type=int, default=100)
    export.add_argument("--concurrency", type=int, default=8)
    export.add_argument(
        "--requests-per-second", type=float, default=20.0, help="client rate limit; 0 = none"
    )
    export.add_argument("--base-url", default=None, help="API root (default: production)")
    export.add_argument(
        "--sandbox", action="store_true", help="start the embedded sandbox and export from it"
    )
    export.add_argument("--records", type=int, default=10_000, help="sandbox: records to seed")
    export.add_argument("--latency-ms", type=float, default=20.0, help="sandbox: added latency")
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    try:
        # Opened before the loop starts: buffered file writes are fine for a CLI.
        with (
            open(args.out, "w", encoding="utf-8")
            if args.out != "-"
            else contextlib.nullcontext(sys.stdout)
        ) as out:
            code = asyncio.run(_export(args, out))
    except PracSuiteError as exc:
        print(f"pracsuite: error: {exc}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        code = 130
    raise SystemExit(code)
