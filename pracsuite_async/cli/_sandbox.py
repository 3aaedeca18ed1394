"""``pracsuite sandbox``: the embedded fake API in the foreground, until Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "sandbox",
        help="run the embedded sandbox API to try the SDK against",
        description="Serve the seeded PracSuite sandbox on a local port until Ctrl-C. "
        "It prints the base URL and the two keys to use.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--records", type=int, help="records in every collection")
    parser.add_argument("--latency", type=float, default=0.0, metavar="MS", help="added latency")
    parser.add_argument("--rate-limit", type=float, metavar="R", help="requests/s before 429s")
    parser.add_argument(
        "--faults", type=float, default=0.0, metavar="P", help="share of requests to fail, 0..1"
    )
    parser.add_argument("--seed", type=int, default=1, help="data seed (default: %(default)s)")


async def _serve(args: argparse.Namespace) -> None:
    from ..sandbox import DEFAULT_SIZES, FaultPlan, Sandbox

    sandbox = Sandbox(
        host=args.host,
        port=args.port,
        seed=args.seed,
        sizes=dict.fromkeys(DEFAULT_SIZES, args.records) if args.records else {},
        latency=args.latency / 1000,
        rate_limit=args.rate_limit,
        faults=FaultPlan(rate=args.faults),
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
            loop.add_signal_handler(signum, stop.set)
    await sandbox.start()
    try:
        print(
            f"PracSuite sandbox at {sandbox.url}\n"
            f"  vendor key (x-api-key):  {sandbox.vendor_key}\n"
            f"  account key (A-api-key): {sandbox.api_key}\n"
            f"  try: PRACSUITE_VENDOR_KEY={sandbox.vendor_key} "
            f"PRACSUITE_API_KEY={sandbox.api_key} "
            f"pracsuite export patients --base-url {sandbox.url} --out patients.jsonl\n"
            "Ctrl-C stops it.",
            file=sys.stderr,
            flush=True,
        )
        await stop.wait()
    finally:
        await sandbox.stop()
        print("sandbox stopped", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))
    return 0
