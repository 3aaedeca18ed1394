"""``python -m pracsuite_async.sandbox``: serve the fake API until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence

from ._data import DEFAULT_SIZES
from ._faults import FaultPlan
from ._server import Sandbox


def _size(text: str) -> tuple[str, int]:
    name, sep, count = text.partition("=")
    if not sep or name not in DEFAULT_SIZES or not count.isdigit():
        raise argparse.ArgumentTypeError(
            f"expected COLLECTION=N with COLLECTION one of {', '.join(DEFAULT_SIZES)}"
        )
    return name, int(count)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pracsuite-sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--records", type=int, help="records in every collection (default: per-collection sizes)"
    )
    parser.add_argument(
        "--size", type=_size, action="append", default=[], help="COLLECTION=N, repeatable"
    )
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--rate-limit", type=float, help="requests per second before 429")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of requests to fail")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    sizes = dict.fromkeys(DEFAULT_SIZES, args.records) if args.records else {}
    sizes.update(args.size)
    sandbox = Sandbox(
        host=args.host,
        port=args.port,
        seed=args.seed,
        sizes=sizes,
        latency=args.latency_ms / 1000,
        rate_limit=args.rate_limit,
        faults=FaultPlan(rate=args.fault_rate),
    )

    async def run() -> None:
        await sandbox.start()
        print(f"PracSuite sandbox at {sandbox.url}", file=sys.stderr)
        print(
            f"  headers: x-api-key: {sandbox.vendor_key}  A-api-key: {sandbox.api_key}",
            file=sys.stderr,
        )
        try:
            await asyncio.Event().wait()
        finally:
            await sandbox.stop()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


if __name__ == "__main__":
    main()
