"""``pracsuite sync``: the dlt source run into a destination, with progress per list."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import click

from .._client import AsyncPracSuite
from .._spec import snake
from ._progress import Progress, Reporter


def _dlt() -> Any:
    try:
        import dlt

        from .. import dlt as source
    except ImportError as exc:
        raise click.UsageError(
            f"sync needs dlt ({exc}): pip install 'pracsuite-async[sync]'"
        ) from None
    return dlt, source


def sync_collections(lists: Sequence[str], *, nested: bool) -> list[str]:
    """The sandbox collections of the lists asked for (all when none); unknown names are a
    usage error."""
    _, source = _dlt()
    offered = source.sync_lists(nested=nested)
    unknown = [n for n in lists if n not in offered]
    if unknown:
        raise click.UsageError(f"unknown list {unknown[0]!r}; sync offers: {', '.join(offered)}")
    return [snake(offered[n].op.model.__name__) for n in (lists or offered)]


def _pipeline(dlt: Any, params: Mapping[str, Any]) -> tuple[Any, str]:
    """The dlt pipeline the options name, and where it loads to (for the summary)."""
    destination: Any = params["destination"]
    where = str(destination)
    if destination == "duckdb":
        where = f"duckdb file {params['out']}"
        destination = dlt.destinations.duckdb(str(Path(params["out"]).absolute()))
    pipeline = dlt.pipeline(
        pipeline_name=params["pipeline_name"],
        destination=destination,
        dataset_name=params["dataset"],
        pipelines_dir=params["pipelines_dir"],
    )
    return pipeline, where


async def run_sync(
    make_client: Callable[[], AsyncPracSuite],
    lists: list[str] | None,
    params: Mapping[str, Any],
    reporter: Reporter,
) -> None:
    """Extract, normalize and load in a worker thread; pages counted as they arrive."""
    dlt, source = _dlt()
    bars: dict[str, Progress] = {}
    lock = threading.Lock()

    def on_page(name: str, records: int, total: int | None) -> None:
        with lock:
            progress = bars.get(name)
            if progress is None:
                progress = bars[name] = reporter.progress(name)
                progress.begin(total, resumed_pages=0, resumed_records=0)
            progress.page(records)

    pipeline, where = _pipeline(dlt, params)
    data = source.pracsuite_source(
        make_client,
        lists=lists,
        nested=params["nested"],
        lookback=timedelta(seconds=params["lookback"]),
        concurrency=params["concurrency"],
        on_page=on_page,
    )
    # Parquet load files: DuckDB reads them many times faster than INSERT statements.
    info = await asyncio.to_thread(pipeline.run, data, loader_file_format="parquet")
    for _ in bars:  # each list read is done once the load is
        reporter.list_done()
    counts = pipeline.last_trace.last_normalize_info.row_counts
    tables = {k: v for k, v in counts.items() if not k.startswith("_dlt")}
    rows = sum(tables.values())
    reporter.message(
        f"synced {len(data.selected_resources)} lists into {where} "
        f"(dataset {params['dataset']}): {rows:,} rows loaded into {len(tables)} tables"
        + ("" if info.has_failed_jobs is False else "; some load jobs failed")
    )
