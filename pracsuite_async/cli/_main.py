"""``pracsuite``: bulk export of list endpoints, and the sandbox API to try it against."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from .._client import AsyncPracSuite
from .._errors import PracSuiteError, PracSuiteValueError
from . import _sandbox as _cli_sandbox
from ._export import ExportError, Format, Job, export, state_path
from ._progress import Progress
from ._target import Target, TargetError, check_query, parse_filter, resolve, top_level_tags

_EXPORT_HELP = """\
TAG names what to export:
  patients                               a top-level list (namespace.list)
  appointments.list_by_profession --parent-id 3
                                         a nested list; one --parent-id per id in its path,
                                         in path order (invoices.list_by_patient_account
                                         --parent-id CLIENT_ID --parent-id ACCOUNT_ID)
  items --parent-id 2                    a bare namespace with --parent-id works when exactly
                                         one of its nested lists takes that many ids
--filter FIELD:OPVALUE is one q[] condition, as the API writes it (OP: = != > >= < <= ~),
  e.g. --filter surname:~smi --filter created:>=2026-01-01T00:00:00Z; values are checked
  against the list's documented filter formats before anything is sent.
--resume continues an interrupted export to --out FILE from its last whole page (the state
  is kept in FILE.state.json while the export runs); the arguments must be the same.
Keys: --vendor-key/--api-key or PRACSUITE_VENDOR_KEY/PRACSUITE_API_KEY (not needed with
  --sandbox). Exit status: 0 done, 1 an API, network or export error, 2 bad arguments.

top-level lists (export --all pulls each into DIR/<tag>.jsonl):
  """


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pracsuite", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export_cmd = commands.add_parser(
        "export",
        help="export every record of a list endpoint to JSON Lines or CSV",
        description="Stream every record of a list to a file, page by page, concurrently "
        "under one rate limit.",
        epilog=_EXPORT_HELP + ",\n  ".join(_wrap(top_level_tags())),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = export_cmd.add_argument
    add("tag", nargs="?", metavar="TAG", help="what to export (see below); omit with --all")
    add("--all", action="store_true", help="export every top-level list into --out DIR")
    add("--out", default="-", help="output file, - for stdout (a directory with --all)")
    add("--format", choices=["jsonl", "csv"], default=None, help="default: from --out, else jsonl")
    add("--page-size", type=int, default=100, help="records per request, 1..100 (default 100)")
    add("--concurrency", type=int, default=8, help="requests in flight (default 8)")
    add(
        "--requests-per-second",
        type=float,
        default=None,
        help="client rate limit; 0 = none (default 20, none with --sandbox)",
    )
    add("--filter", action="append", default=[], metavar="EXPR", help="FIELD:OPVALUE, repeatable")
    add("--sort", action="append", default=[], metavar="FIELD", help="sort by FIELD, repeatable")
    add("--parent-id", type=int, action="append", default=[], metavar="ID", help="path id(s)")
    add("--resume", action="store_true", help="continue an interrupted export to --out")
    add("--base-url", default=None, help="API root (default: PRACSUITE_BASE_URL or production)")
    add("--vendor-key", default=None, help="x-api-key (default: PRACSUITE_VENDOR_KEY)")
    add("--api-key", default=None, help="A-api-key (default: PRACSUITE_API_KEY)")
    add("--sandbox", action="store_true", help="export from the embedded sandbox (no keys)")
    add("--records", type=int, default=None, help="sandbox: records to seed (default 10000)")
    add("--latency-ms", type=float, default=20.0, help="sandbox: added latency (default 20)")
    _cli_sandbox.add_parser(commands)
    return parser


def _wrap(names: list[str], width: int = 76) -> list[str]:
    lines = [""]
    for name in names:
        if lines[-1] and len(lines[-1]) + len(name) + 2 > width:
            lines.append("")
        lines[-1] += (", " if lines[-1] else "") + name
    return lines


def _format(args: argparse.Namespace) -> Format:
    if args.format is not None:
        return args.format  # type: ignore[no-any-return]
    return "csv" if str(args.out).endswith(".csv") else "jsonl"


def _jobs(args: argparse.Namespace, parser: argparse.ArgumentParser) -> list[Job]:
    """The exports the arguments ask for, fully checked; usage errors exit 2."""
    fmt = _format(args)
    if args.all:
        if args.tag or args.filter or args.sort or args.parent_id:
            parser.error("--all takes no TAG, --filter, --sort or --parent-id")
        if args.out == "-":
            parser.error("--all needs --out DIR")
        targets = [resolve(tag) for tag in top_level_tags()]
        outs = [Path(args.out) / f"{t.namespace}.{fmt}" for t in targets]
    else:
        if not args.tag:
            parser.error("name a TAG to export, or use --all")
        try:
            targets = [resolve(args.tag, args.parent_id)]
        except TargetError as exc:
            parser.error(str(exc))
        outs = [Path(args.out)] if args.out != "-" else [None]  # type: ignore[list-item]
        if args.resume and outs[0] is None:
            parser.error("--resume needs --out FILE")
    if args.concurrency < 1:  # else the client would name its own setting, not the flag
        raise PracSuiteValueError(f"--concurrency must be >= 1, got {args.concurrency}")
    base = args.base_url or os.environ.get("PRACSUITE_BASE_URL", "")
    source = f"sandbox:{args.records}" if args.sandbox else base
    jobs = []
    for target, out in zip(targets, outs, strict=True):
        filters = tuple(parse_filter(text, target.op.filters) for text in args.filter)
        check_query(target, filters, args.sort, args.page_size)
        jobs.append(
            Job(
                target=target,
                filters=filters,
                filter_texts=tuple(args.filter),
                sort=tuple(args.sort),
                page_size=args.page_size,
                concurrency=args.concurrency,
                format=fmt,
                out=out,
                source=source,
            )
        )
    return jobs


@contextlib.asynccontextmanager
async def _client(args: argparse.Namespace, targets: list[Target]) -> AsyncIterator[AsyncPracSuite]:
    # The embedded sandbox has no rate limit to respect; the real API's is undocumented.
    wanted = args.requests_per_second
    if wanted is None:
        wanted = 0.0 if args.sandbox else 20.0
    rate = None if wanted <= 0 else wanted
    settings: dict[str, Any] = {"max_concurrency": args.concurrency, "requests_per_second": rate}
    if not args.sandbox:
        keys = {"vendor_key": args.vendor_key, "api_key": args.api_key}
        for name, env in (("vendor", "PRACSUITE_VENDOR_KEY"), ("api", "PRACSUITE_API_KEY")):
            if not keys[f"{name}_key"] and not os.environ.get(env):
                raise ExportError(f"no {name} key: pass --{name}-key or set {env} (or --sandbox)")
        async with AsyncPracSuite(base_url=args.base_url, **keys, **settings) as client:
            yield client
        return
    from ..sandbox import DEFAULT_SIZES, Sandbox

    if len(targets) == 1:
        sizes = {targets[0].collection: args.records or 10_000}
    else:
        sizes = dict.fromkeys(DEFAULT_SIZES, args.records) if args.records else {}
    async with (
        Sandbox(sizes=sizes, latency=args.latency_ms / 1000) as sandbox,
        AsyncPracSuite(
            vendor_key=sandbox.vendor_key, api_key=sandbox.api_key, base_url=sandbox.url, **settings
        ) as client,
    ):
        first = targets[0].collection
        seeded = f"{sizes[first]} records of {first}" if len(targets) == 1 else "seeded"
        print(f"sandbox: {seeded} at {sandbox.url}", file=sys.stderr)
        yield client


async def _export_all(args: argparse.Namespace, jobs: list[Job]) -> int:
    async with _client(args, [job.target for job in jobs]) as client:
        for job in jobs:
            if _finished(args, job):
                print(f"{job.target.namespace}: already exported", file=sys.stderr)
                continue
            label = job.target.namespace if args.all else job.target.name.removesuffix(".list")
            progress = Progress(label, sys.stderr)
            before = (client.retry_count, client.rate_limiter.throttle_count)
            try:
                await export(client, job, progress, resume=args.resume)
            except ExportError:
                raise
            except PracSuiteError as exc:
                if job.out is not None and state_path(job.out).exists():
                    raise ExportError(
                        f"{_one_line(exc)} ({progress.records:,} records in {job.out}; "
                        "rerun with --resume to continue)"
                    ) from None
                raise
            progress.summary(
                str(job.out or "stdout"),
                retries=client.retry_count - before[0],
                throttled=client.rate_limiter.throttle_count - before[1],
            )
    return 0


def _finished(args: argparse.Namespace, job: Job) -> bool:
    """With ``--all --resume``, a file without a state file is an export already done."""
    out = job.out
    return bool(args.all and args.resume and out and out.exists() and not state_path(out).exists())


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> None:
    """The ``pracsuite`` command; exits 0 done, 1 on an error, 2 on bad arguments."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "sandbox":
            code = _cli_sandbox.run(args)
        else:
            jobs = _jobs(args, parser)
            if args.all:
                Path(args.out).mkdir(parents=True, exist_ok=True)
            code = asyncio.run(_export_all(args, jobs))
    except (PracSuiteError, OSError) as exc:
        print(f"pracsuite: error: {_one_line(exc)}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        print("pracsuite: interrupted (rerun with --resume to continue)", file=sys.stderr)
        code = 130
    raise SystemExit(code)


if __name__ == "__main__":
    main()
