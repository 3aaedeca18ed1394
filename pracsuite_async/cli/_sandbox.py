"""``pracsuite sandbox`` (also ``pracsuite-sandbox``): the embedded fake API in the
foreground; and the same server in a child process for ``--sandbox``."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import click

from ..sandbox import DEFAULT_SIZES, RATE_KINDS

if TYPE_CHECKING:
    from ..sandbox import Sandbox

READY = "PracSuite sandbox at "


def _size(ctx: click.Context | None, param: click.Parameter | None, value: Any) -> Any:
    sizes = {}
    for text in value:
        name, sep, count = text.partition("=")
        if not sep or name not in DEFAULT_SIZES or not count.isdigit():
            raise click.BadParameter(
                f"expected COLLECTION=N with COLLECTION one of {', '.join(DEFAULT_SIZES)}, "
                f"got {text!r}"
            )
        sizes[name] = int(count)
    return sizes


SANDBOX_OPTIONS = [
    click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on."),
    click.option(
        "--port", type=click.IntRange(0, 65535), default=8080, show_default=True,
        help="Port; 0 picks a free one.",
    ),
    click.option("--seed", type=int, default=1, show_default=True, help="Data seed."),
    click.option(
        "--records", type=click.IntRange(min=0), default=None,
        help="Records in every collection (default: typical sizes per collection).",
    ),
    click.option(
        "--size", "sizes", multiple=True, metavar="COLLECTION=N", callback=_size,
        help="Records in one collection, e.g. --size patient=50000; repeatable.",
    ),
    click.option(
        "--latency-ms", "--latency", "latency_ms", type=click.FloatRange(min=0), default=0.0,
        show_default=True, help="Latency added to every answer, in milliseconds.",
    ),
    click.option(
        "--rate-limit", type=click.FloatRange(min=0, min_open=True), default=None,
        help="Requests per second before answering 429 (default: no limit).",
    ),
    click.option(
        "--rate-burst", type=click.FloatRange(min=1), default=None,
        help="Token bucket depth (default: one second's worth).",
    ),
    click.option(
        "--rate-limit-kind", type=click.Choice(RATE_KINDS), default="token_bucket",
        show_default=True, help="How the rate limit counts: a token bucket or a sliding window.",
    ),
    click.option(
        "--clinics", type=click.IntRange(min=1), default=1, show_default=True,
        help="Clinics under the vendor key, each with its own account key and data.",
    ),
    click.option(
        "--quota", type=click.IntRange(min=1), default=None,
        help="Vendor-key requests per quota window before 429 Limit Exceeded (default: none).",
    ),
    click.option(
        "--quota-window", type=click.FloatRange(min=0, min_open=True), default=86_400.0,
        show_default=True, help="Seconds of the quota window (a day; shorten it for tests).",
    ),
    click.option(
        "--fault-rate", "--faults", "fault_rate", type=click.FloatRange(0, 1), default=0.0,
        show_default=True, help="Share of requests that fail (0..1).",
    ),
]  # fmt: skip


F = TypeVar("F", bound=Callable[..., Any])


def with_options(options: list[Callable[[F], F]]) -> Callable[[F], F]:
    """Apply a list of click options to a command, in the listed order."""

    def apply(command: F) -> F:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


def banner(url: str, vendor_key: str, api_key: str, *more_keys: str) -> str:
    """What the sandbox prints when it listens; its first three lines (and one more per
    further clinic) are read back by :func:`sandbox_process`."""
    clinics = "".join(f"  clinic {n} account key:   {key}\n" for n, key in enumerate(more_keys, 2))
    return (
        f"{READY}{url}\n"
        f"  vendor key (x-api-key):  {vendor_key}\n"
        f"  account key (A-api-key): {api_key}\n"
        f"{clinics}"
        f"  try: pracsuite export patients --base-url {url} --vendor-key {vendor_key} "
        f"--api-key {api_key} --requests-per-second 0 --out patients.jsonl\n"
        "Ctrl-C stops it."
    )


def sandbox_from(params: Mapping[str, Any]) -> Sandbox:
    """The sandbox the options describe (not started)."""
    from ..sandbox import FaultPlan, Sandbox

    sizes = dict.fromkeys(DEFAULT_SIZES, params["records"]) if params["records"] else {}
    sizes.update(params["sizes"])
    return Sandbox(
        host=params["host"],
        port=params["port"],
        seed=params["seed"],
        sizes=sizes,
        latency=params["latency_ms"] / 1000,
        rate_limit=params["rate_limit"],
        rate_burst=params["rate_burst"],
        rate_limit_kind=params["rate_limit_kind"],
        clinics=params["clinics"],
        quota=params["quota"],
        quota_window=params["quota_window"],
        faults=FaultPlan(rate=params["fault_rate"]),
    )


async def _serve(params: Mapping[str, Any]) -> None:
    sandbox = sandbox_from(params)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
            loop.add_signal_handler(signum, stop.set)
    await sandbox.start()
    try:
        more = [clinic.api_key for clinic in sandbox.clinics[1:]]
        print(
            banner(sandbox.url, sandbox.vendor_key, sandbox.api_key, *more),
            file=sys.stderr,
            flush=True,
        )
        await stop.wait()
    finally:
        await sandbox.stop()
        print("sandbox stopped", file=sys.stderr, flush=True)


@with_options(SANDBOX_OPTIONS)
def _sandbox(**params: Any) -> None:
    """Serve the seeded PracSuite sandbox on a local port until Ctrl-C.

    It prints the base URL and the two keys to use.
    """
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(params))


sandbox_command = click.command(
    "sandbox",
    epilog="Example: pracsuite sandbox --port 8080 --records 50000 --latency-ms 20",
)(_sandbox)


def main() -> None:
    """The ``pracsuite-sandbox`` script: ``pracsuite sandbox`` under its old name."""
    sandbox_command(prog_name="pracsuite-sandbox")


@attrs.frozen
class SandboxProcess:
    """A sandbox in a child process: where it listens and its keys."""

    url: str
    vendor_key: str
    api_key: str
    clinic_keys: tuple[str, ...] = ()  # every clinic's account key, the first one's first
    pid: int = 0  # the child's process id


@contextlib.asynccontextmanager
async def sandbox_process(
    *,
    sizes: Mapping[str, int] | None = None,
    records: int | None = None,
    latency_ms: float = 0.0,
    rate_limit: float | None = None,
    fault_rate: float = 0.0,
    limits: Sequence[str] = (),
    clinics: int = 1,
) -> AsyncIterator[SandboxProcess]:
    """Run ``python -m pracsuite_async.sandbox`` on a free port (its CPU is not ours);
    yields where it listens once it does, and stops it on the way out. ``clinics`` and the
    vendor-key ``limits`` flags (``--rate-limit-kind``, ``--quota``, ...) pass through."""
    args = [sys.executable, "-m", "pracsuite_async.sandbox", "--port", "0"]
    args += ["--latency-ms", str(latency_ms), "--fault-rate", str(fault_rate)]
    if records is not None:
        args += ["--records", str(records)]
    for name, count in (sizes or {}).items():
        args += ["--size", f"{name}={count}"]
    if rate_limit is not None:
        args += ["--rate-limit", str(rate_limit)]
    args += ["--clinics", str(clinics), *limits]  # e.g. --rate-limit-kind sliding_window
    proc = await asyncio.create_subprocess_exec(
        *args, stdin=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    assert proc.stderr is not None
    drain: asyncio.Task[bytes] | None = None
    try:
        lines: list[str] = []
        while len(lines) < 2 + clinics:
            line = (await proc.stderr.readline()).decode()
            if not line:
                raise RuntimeError(f"the sandbox exited with status {await proc.wait()}")
            if line.startswith(READY) or lines:
                lines.append(line.strip())
        drain = asyncio.create_task(proc.stderr.read())  # keep the pipe from filling up
        yield SandboxProcess(
            url=lines[0].removeprefix(READY.strip()).strip(),
            vendor_key=lines[1].split()[-1],
            api_key=lines[2].split()[-1],
            clinic_keys=tuple(line.split()[-1] for line in lines[2:]),
            pid=proc.pid,
        )
    finally:
        if proc.returncode is None:
            proc.terminate()
            await proc.wait()
        if drain is not None:
            await drain
