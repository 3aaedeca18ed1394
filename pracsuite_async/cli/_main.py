"""``pracsuite``: export lists to files, sync them into a warehouse, and a sandbox to try it on.

Exit status: 0 done (also when the reader of stdout goes away, as ``| head`` does), 1 an
API, network or export error (one ``pracsuite: error: ...`` line), 2 bad arguments (the
command's usage), 130 interrupted.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import click

from .._client import AsyncPracSuite
from .._clinics import Clinic, read_clinics
from .._errors import PracSuiteError
from .._ratelimit import RateLimiter
from .._version import __version__
from ._export import FORMATS, ExportError, Job, export, format_for, state_path
from ._progress import Reporter
from ._sandbox import sandbox_command, sandbox_process, with_options

if TYPE_CHECKING:
    from ..redis import RedisRateLimiter
from ._target import (
    TargetError,
    check_query,
    list_methods,
    parse_filter,
    resolve,
    top_level_tags,
)

# Every line here is run by the test suite exactly as written (in an empty directory).
EXPORT_EXAMPLES = (
    "pracsuite export patients --sandbox --out patients.jsonl",
    "pracsuite export patients --sandbox --out patients.csv --filter 'surname:~smi' --sort surname",
    "pracsuite export appointments --sandbox --out appointments.parquet"
    " --filter 'updated:>=2026-01-01T00:00:00Z'",
    "pracsuite export appointments.list_by_profession --parent-id 3 --sandbox --out physio.jsonl",
    "pracsuite export invoices --parent-id 1 --parent-id 1 --sandbox --out invoices.csv",
    "pracsuite export --all --sandbox --records 200 --out exports/",
    "pracsuite export patients --sandbox --records 300 | head -3",
)
SYNC_EXAMPLES = (
    "pracsuite sync --sandbox",
    "pracsuite sync appointments patients --sandbox --records 500 --out clinic.duckdb"
    " --dataset pracsuite",
)


def _examples(lines: Sequence[str], notes: str) -> str:
    # \b keeps click from re-wrapping the paragraph that follows.
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines) + "\n\n" + notes


_EXPORT_NOTES = """\
\b
TAG is a list: patients (a top-level list), appointments.list_by_profession
with one --parent-id per id in its path, in path order, or a bare namespace
with --parent-id when exactly one of its nested lists takes that many ids.
--filter FIELD:OPVALUE is one q[] condition (OP: = != > >= < <= ~), checked
against the list's documented filter formats before anything is sent.
--resume continues an interrupted JSON Lines or CSV export from its last whole
page (FILE.state.json is kept while it runs); the arguments must be the same.
Keys: --vendor-key/--api-key or PRACSUITE_VENDOR_KEY/PRACSUITE_API_KEY (not
needed with --sandbox)."""

_SYNC_NOTES = """\
\b
LIST names resources of the dlt source (default: every top-level list).
Lists whose records carry a last-change time (appointments, appointment_book,
notes) load incrementally and merge by id; the others are refreshed whole.
--nested adds the nested lists (patient_accounts, invoices, payments, ...).
Credentials of other destinations come from dlt's configuration
(environment variables or .dlt/secrets.toml)."""


CLIENT_OPTIONS = [
    click.option(
        "--concurrency", type=click.IntRange(min=1), default=8, show_default=True,
        help="Requests in flight.",
    ),
    click.option(
        "--requests-per-second", type=click.FloatRange(min=0), default=None,
        help="Client rate limit; 0 = none (default 20, none with --sandbox).",
    ),
    click.option("--base-url", default=None, help="API root (default: PRACSUITE_BASE_URL)."),
    click.option("--vendor-key", default=None, help="x-api-key (default: PRACSUITE_VENDOR_KEY)."),
    click.option("--api-key", default=None, help="A-api-key (default: PRACSUITE_API_KEY)."),
    click.option(
        "--sandbox", is_flag=True,
        help="Read from the embedded sandbox, run in a process of its own (no keys).",
    ),
    click.option(
        "--records", type=click.IntRange(min=1), default=None,
        help="Sandbox: records to seed (default 10000 for one list, typical sizes for several).",
    ),
    click.option(
        "--latency-ms", type=click.FloatRange(min=0), default=20.0, show_default=True,
        help="Sandbox: latency added to every answer.",
    ),
]  # fmt: skip

EXPORT_OPTIONS = [
    click.option("--all", "all_lists", is_flag=True, help="Export every top-level list into DIR."),
    click.option(
        "--out", default="-", show_default=True,
        help=f"Output file ({', '.join(FORMATS)}), - for stdout; a directory with --all.",
    ),
    click.option(
        "--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default=None,
        help="Default: from the --out extension, else jsonl.",
    ),
    click.option(
        "--page-size", type=click.IntRange(1, 100), default=100, show_default=True,
        help="Records per request.",
    ),
    click.option("--filter", "filters", multiple=True, metavar="EXPR", help="FIELD:OPVALUE."),
    click.option("--sort", multiple=True, metavar="FIELD", help="Sort by FIELD; repeatable."),
    click.option("--parent-id", "parent_ids", type=int, multiple=True, metavar="ID",
                 help="Path id(s) of a nested list, in path order."),
    click.option("--resume", is_flag=True, help="Continue an interrupted export to --out."),
    click.option("--keep-meta", is_flag=True,
                 help="Keep the list artefacts (links, row_num, total_rows) in every record."),
    click.option(
        "--clinics", "clinics_file", default=None, metavar="FILE",
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        help="Export every clinic of this TOML file ([[clinic]] name, key_env or key_file) "
             "into its own folder under --out DIR, all under one request budget.",
    ),
    click.option(
        "--redis", "redis_url", default=None, metavar="URL",
        help="Share the budget with other workers through Redis (extra [redis]).",
    ),
    click.option(
        "--redis-key", default="pracsuite-export", show_default=True,
        help="Name of the shared budget in Redis (one per vendor key).",
    ),
]  # fmt: skip

SYNC_OPTIONS = [
    click.option(
        "--destination", default="duckdb", show_default=True,
        help="A dlt destination: duckdb, postgres, bigquery, snowflake, filesystem, ...",
    ),
    click.option(
        "--out", default="pracsuite.duckdb", show_default=True,
        help="The DuckDB file (with --destination duckdb).",
    ),
    click.option("--dataset", default="clinic", show_default=True, help="Dataset (schema)."),
    click.option("--pipeline-name", default="pracsuite", show_default=True,
                 help="dlt pipeline name (its state holds the change checkpoints)."),
    click.option("--pipelines-dir", default=None,
                 help="Where dlt keeps pipeline working files (default: dlt's)."),
    click.option("--lookback", type=click.FloatRange(min=0), default=5.0, show_default=True,
                 help="Seconds of changes read again on each run, as watch() does."),
    click.option("--nested", is_flag=True,
                 help="Also the nested lists (a patient's accounts, an account's invoices and "
                      "payments): one request per parent record."),
]  # fmt: skip


class Failure(Exception):
    """An error the command reports on one line and exits 1 with."""


def _complete_tags(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    names = sorted({*top_level_tags(), *list_methods()})
    return [n for n in names if n.startswith(incomplete)]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="pracsuite")
def cli() -> None:
    """Export PracSuite lists to files, sync them into a warehouse, or run the sandbox."""


cli.add_command(sandbox_command)


def run_command(work: Callable[[Reporter], Coroutine[Any, Any, None]], *, lists: int = 1) -> None:
    """Run ``work`` with progress on stderr; errors, interruption and a closed pipe end the
    command with its exit status and a message on a line of its own."""
    code = 0
    reporter = Reporter(sys.stderr, lists=lists)
    try:
        with reporter:
            asyncio.run(work(reporter))
    except BrokenPipeError:
        # The reader left (``| head``): nothing more to say, and nothing left to flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (PracSuiteError, OSError, Failure) as exc:
        print(f"pracsuite: error: {_one_line(exc)}", file=sys.stderr, flush=True)
        code = 1
    except KeyboardInterrupt:
        print("pracsuite: interrupted", file=sys.stderr, flush=True)
        code = 130
    raise SystemExit(code)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def client_settings(params: Mapping[str, Any]) -> dict[str, Any]:
    """The client's settings from the command's options (the sandbox has no rate limit)."""
    wanted = params["requests_per_second"]
    if wanted is None:
        wanted = 0.0 if params["sandbox"] else 20.0
    return {
        "max_concurrency": params["concurrency"],
        "requests_per_second": None if wanted <= 0 else wanted,
    }


@contextlib.asynccontextmanager
async def open_client(
    params: Mapping[str, Any], sizes: Mapping[str, int], reporter: Reporter
) -> AsyncIterator[Callable[[], AsyncPracSuite]]:
    """A factory of clients of the API (or of a sandbox process, seeded with ``sizes``)."""
    settings = client_settings(params)
    if not params["sandbox"]:
        keys = {"vendor_key": params["vendor_key"], "api_key": params["api_key"]}
        for name, env in (("vendor", "PRACSUITE_VENDOR_KEY"), ("api", "PRACSUITE_API_KEY")):
            if not keys[f"{name}_key"] and not os.environ.get(env):
                raise Failure(f"no {name} key: pass --{name}-key or set {env} (or --sandbox)")
        yield lambda: AsyncPracSuite(base_url=params["base_url"], **keys, **settings)
        return
    async with sandbox_process(sizes=sizes, latency_ms=params["latency_ms"]) as sb:
        counts = set(sizes.values())
        if len(sizes) == 1:
            seeded = ", ".join(f"{n:,} records of {name}" for name, n in sizes.items())
        else:
            seeded = f"{counts.pop():,} records of each list" if counts else "typical sizes"
        reporter.message(f"sandbox: {seeded} at {sb.url}")
        yield lambda: AsyncPracSuite(
            vendor_key=sb.vendor_key, api_key=sb.api_key, base_url=sb.url, **settings
        )


def sandbox_sizes(params: Mapping[str, Any], collections: Sequence[str]) -> dict[str, int]:
    """What ``--sandbox`` seeds: ``--records`` of the one collection asked for (10,000 by
    default), or of every collection when there are several (default: typical sizes)."""
    from ..sandbox import DEFAULT_SIZES

    if len(collections) == 1:
        return {collections[0]: params["records"] or 10_000}
    return dict.fromkeys(DEFAULT_SIZES, params["records"]) if params["records"] else {}


@cli.command(
    "export",
    epilog=_examples(EXPORT_EXAMPLES, _EXPORT_NOTES),
    short_help="Export every record of a list to JSON Lines, CSV or Parquet.",
)
@click.argument("tag", required=False, shell_complete=_complete_tags)
@with_options(EXPORT_OPTIONS + CLIENT_OPTIONS)
def export_command(tag: str | None, **params: Any) -> None:
    """Stream every record of a list to a file, page by page, concurrently under one rate
    limit; JSON Lines as sent, CSV with nested objects as dotted columns, or Parquet with
    the document's types."""
    if params["clinics_file"] is not None:
        _export_clinics(tag, params)
        return
    if params["redis_url"] is not None:
        raise click.UsageError("--redis shares the budget of --clinics; add --clinics FILE")
    jobs = _jobs(tag, params)
    if params["all_lists"]:
        Path(params["out"]).mkdir(parents=True, exist_ok=True)

    async def work(reporter: Reporter) -> None:
        sizes = sandbox_sizes(params, [job.target.collection for job in jobs])
        async with open_client(params, sizes, reporter) as make_client, make_client() as client:
            for job in jobs:
                await _export_one(client, job, params, reporter)

    run_command(work, lists=len(jobs))


def _jobs(tag: str | None, params: Mapping[str, Any]) -> list[Job]:
    """The exports the arguments ask for, fully checked before anything starts."""
    try:
        fmt = format_for("x.jsonl" if params["all_lists"] else params["out"], params["fmt"])
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--out") from None
    out = params["out"]
    if params["all_lists"]:
        if tag or params["filters"] or params["sort"] or params["parent_ids"]:
            raise click.UsageError("--all takes no TAG, --filter, --sort or --parent-id")
        if out == "-":
            raise click.UsageError("--all needs --out DIR")
        targets = [resolve(t) for t in top_level_tags()]
        outs: list[Path | None] = [Path(out) / f"{t.namespace}.{fmt}" for t in targets]
    else:
        if not tag:
            raise click.UsageError("name a TAG to export, or use --all")
        try:
            targets = [resolve(tag, params["parent_ids"])]
        except TargetError as exc:
            raise click.UsageError(str(exc)) from None
        outs = [Path(out) if out != "-" else None]
        if params["resume"] and outs[0] is None:
            raise click.UsageError("--resume needs --out FILE")
    if fmt == "parquet" and params["resume"]:
        raise click.UsageError("--resume works with JSON Lines and CSV, not Parquet")
    base = params["base_url"] or os.environ.get("PRACSUITE_BASE_URL", "")
    source = f"sandbox:{params['records']}" if params["sandbox"] else base
    jobs = []
    try:
        for target, path in zip(targets, outs, strict=True):
            filters = tuple(parse_filter(text, target.op.filters) for text in params["filters"])
            check_query(target, filters, params["sort"], params["page_size"])
            jobs.append(
                Job(
                    target=target,
                    filters=filters,
                    filter_texts=tuple(params["filters"]),
                    sort=tuple(params["sort"]),
                    page_size=params["page_size"],
                    concurrency=params["concurrency"],
                    format=fmt,
                    keep_meta=params["keep_meta"],
                    out=path,
                    source=source,
                )
            )
    except PracSuiteError as exc:
        print(f"pracsuite: error: {_one_line(exc)}", file=sys.stderr)
        raise SystemExit(1) from None
    return jobs


def _export_clinics(tag: str | None, params: Mapping[str, Any]) -> None:
    """Every clinic of the file to ``<out>/<clinic>/<list>.<format>``, all clinics at once
    under one budget (shared through Redis with ``--redis``)."""
    if params["sandbox"]:
        raise click.UsageError(
            "--clinics reads each clinic's key from its file: run `pracsuite sandbox --clinics N` "
            "and point --base-url at it instead of --sandbox"
        )
    if params["out"] == "-":
        raise click.UsageError("--clinics needs --out DIR: each clinic gets its own folder")
    try:
        clinics = read_clinics(params["clinics_file"], os.environ)
    except PracSuiteError as exc:
        raise click.BadParameter(str(exc), param_hint="--clinics") from None
    vendor = params["vendor_key"] or os.environ.get("PRACSUITE_VENDOR_KEY")
    if not vendor:
        raise Failure("no vendor key: pass --vendor-key or set PRACSUITE_VENDOR_KEY")
    fmt = params["fmt"] or "jsonl"
    plan: list[tuple[Clinic, list[Job]]] = []
    for clinic in clinics:
        folder = Path(params["out"]) / clinic.name
        if params["all_lists"]:
            jobs = _jobs(tag, {**params, "out": str(folder), "fmt": fmt})
        else:
            named = _jobs(tag, {**params, "out": str(folder / f"list.{fmt}"), "fmt": fmt})
            jobs = [attrs.evolve(j, out=folder / f"{j.target.namespace}.{fmt}") for j in named]
        folder.mkdir(parents=True, exist_ok=True)
        plan.append((clinic, jobs))
    settings = client_settings(params)

    async def work(reporter: Reporter) -> None:
        budget: RateLimiter | RedisRateLimiter
        if params["redis_url"]:
            from ..redis import RedisRateLimiter

            budget = shared = RedisRateLimiter(
                params["redis_url"], key=params["redis_key"], **settings
            )
        else:
            budget, shared = RateLimiter(**settings), None

        async def one(clinic: Clinic, jobs: list[Job]) -> None:
            async with AsyncPracSuite(
                vendor_key=vendor,
                api_key=clinic.api_key.reveal(),
                base_url=params["base_url"],
                rate_limiter=budget,
            ) as client:
                for job in jobs:
                    await _export_one(client, job, params, reporter, clinic=clinic.name)

        try:
            outcomes = await asyncio.gather(
                *(one(c, jobs) for c, jobs in plan), return_exceptions=True
            )
        finally:
            if shared is not None:
                await shared.aclose()
        failed = [(c.name, o) for (c, _), o in zip(plan, outcomes, strict=True) if o is not None]
        for name, error in failed:
            if not isinstance(error, Exception):
                raise error
            reporter.message(f"pracsuite: error: {name}: {_one_line(error)}")
        if failed:
            raise Failure(f"{len(failed)} of {len(plan)} clinics failed")
        reporter.message(f"{len(plan)} clinics exported to {params['out']}")

    run_command(work, lists=sum(len(jobs) for _, jobs in plan))


async def _export_one(
    client: AsyncPracSuite,
    job: Job,
    params: Mapping[str, Any],
    reporter: Reporter,
    *,
    clinic: str | None = None,
) -> None:
    if _finished(params, job):
        reporter.message(f"{job.target.namespace}: already exported")
        reporter.list_done()
        return
    label = job.target.namespace if params["all_lists"] else job.target.name.removesuffix(".list")
    if clinic is not None:
        label = f"{clinic}: {label}"
    progress = reporter.progress(label)
    before = (client.retry_count, client.rate_limiter.throttle_count)
    try:
        await export(
            client,
            job,
            progress,
            resume=params["resume"],
            warn=lambda text: reporter.message(f"pracsuite: warning: {text}"),
        )
    except ExportError:
        raise
    except PracSuiteError as exc:
        if job.out is not None and state_path(job.out).exists():
            raise Failure(
                f"{_one_line(exc)} ({progress.records:,} records in {job.out}; "
                "rerun with --resume to continue)"
            ) from None
        raise
    progress.summary(
        str(job.out or "stdout"),
        retries=client.retry_count - before[0],
        throttled=client.rate_limiter.throttle_count - before[1],
    )


def _finished(params: Mapping[str, Any], job: Job) -> bool:
    """With ``--all --resume``, a file without a state file is an export already done."""
    out = job.out
    return bool(
        params["all_lists"]
        and params["resume"]
        and out
        and out.exists()
        and not state_path(out).exists()
    )


@cli.command(
    "sync",
    epilog=_examples(SYNC_EXAMPLES, _SYNC_NOTES),
    short_help="Load the lists into a database, then only what changed.",
)
@click.argument("lists", nargs=-1)
@with_options(SYNC_OPTIONS + CLIENT_OPTIONS)
def sync_command(lists: tuple[str, ...], **params: Any) -> None:
    """Load every list into a database with dlt (DuckDB by default): the first run loads
    everything, later runs only the records changed since (needs the ``sync`` extra)."""
    from ._sync import run_sync, sync_collections

    collections = sync_collections(lists, nested=params["nested"])  # usage error if unknown

    async def work(reporter: Reporter) -> None:
        sizes = sandbox_sizes(params, collections if lists else [])
        async with open_client(params, sizes, reporter) as make_client:
            await run_sync(make_client, list(lists) or None, params, reporter)

    run_command(work, lists=len(collections))


def main(argv: Sequence[str] | None = None) -> None:
    """The ``pracsuite`` command."""
    cli.main(args=None if argv is None else list(argv), prog_name="pracsuite")
