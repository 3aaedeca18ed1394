"""Appointment watcher: react to new and changed appointments, and resume after a restart.

What it shows:

- ``ps.appointments.watch(...)``, the changes feed: every created or updated appointment
  once, oldest first, as a ``Change`` (``.kind``, ``.record``, ``.checkpoint``);
- the checkpoint saved to a file after each change is handled (atomically: written beside
  it, then renamed), and ``Checkpoint.from_json`` to carry on from there after a restart,
  so a change is never handled twice across restarts. A crash between handling a change
  and saving is the one case that repeats it: make the handler safe to run again.

Run it against the API (keys from ``PRACSUITE_VENDOR_KEY`` / ``PRACSUITE_API_KEY``, optional
``PRACSUITE_BASE_URL``)::

    python examples/appointment_watcher.py --checkpoint watcher.json

With no checkpoint file it starts from now (``--since 2026-03-01T00:00:00+00:00`` to catch up
on older changes first). Stop it with Ctrl-C and start it again: it resumes from the file.

Or against the embedded sandbox, where a simulated front desk books and edits appointments
every second, no keys needed::

    python examples/appointment_watcher.py --sandbox --interval 1 --max-changes 10
"""

import argparse
import asyncio
import contextlib
import os
import random
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from pracsuite_async import AsyncPracSuite, Change, Checkpoint, PracSuiteError
from pracsuite_async.sandbox import Sandbox
from pracsuite_async.types import Appointment

Handler = Callable[[Change[Appointment]], Awaitable[None]]


def load_checkpoint(path: Path) -> Checkpoint | None:
    """The saved checkpoint, or None on the first run."""
    try:
        return Checkpoint.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def save_checkpoint(path: Path, checkpoint: Checkpoint) -> None:
    """Replace the file in one step: a crash mid-write never leaves half a checkpoint."""
    part = path.with_name(path.name + ".part")
    part.write_text(checkpoint.to_json(), encoding="utf-8")
    os.replace(part, path)


async def watch_appointments(
    ps: AsyncPracSuite,
    checkpoint_file: Path,
    handle: Handler,
    *,
    start: datetime | None = None,
    interval: float = 30.0,
    max_changes: int | None = None,
) -> int:
    """Hand each new or changed appointment to ``handle``, saving the checkpoint after each.

    Resumes from ``checkpoint_file`` when it exists; otherwise starts at ``start`` (an aware
    datetime; None: from now). Runs until cancelled, or until ``max_changes`` were handled;
    returns how many were.
    """
    since: Checkpoint | datetime | None = await asyncio.to_thread(load_checkpoint, checkpoint_file)
    if since is None:
        since = start
    handled = 0
    feed = ps.appointments.watch(since=since, interval=interval)
    async with contextlib.aclosing(feed) as changes:
        async for change in changes:
            await handle(change)
            await asyncio.to_thread(save_checkpoint, checkpoint_file, change.checkpoint)
            handled += 1
            if max_changes is not None and handled >= max_changes:
                break
    return handled


async def print_change(change: Change[Appointment]) -> None:
    """The default handler: one line per change (send a message, sync a calendar, ...)."""
    appointment = change.record
    print(
        f"{change.kind:>7} appointment {appointment.appointment_id}: "
        f"patient {appointment.client_id} with practitioner {appointment.practitioner_id} "
        f"at {appointment.app_time} ({appointment.duration} min)",
        flush=True,
    )


@contextlib.asynccontextmanager
async def open_client(*, sandbox: bool) -> AsyncIterator[AsyncPracSuite]:
    """A client of the API (PRACSUITE_* environment variables) or of the embedded sandbox,
    with a simulated front desk busy in the background."""
    if not sandbox:
        async with AsyncPracSuite() as ps:
            yield ps
        return
    async with (
        Sandbox(sizes={"appointment": 200}) as sb,
        AsyncPracSuite(vendor_key=sb.vendor_key, api_key=sb.api_key, base_url=sb.url) as ps,
        asyncio.TaskGroup() as tasks,
    ):
        print(f"sandbox at {sb.url}: a new booking or an edit every second", file=sys.stderr)
        front_desk = tasks.create_task(simulate_front_desk(sb))
        try:
            yield ps
        finally:
            front_desk.cancel()


async def simulate_front_desk(sb: Sandbox) -> None:
    """Book a new appointment or edit an existing one, once a second (sandbox demo only)."""
    rng = random.Random(7)
    while True:
        await asyncio.sleep(1.0)
        if rng.random() < 0.5:
            sb.add("appointment", duration=rng.choice([15, 30, 45, 60]))
        else:
            sb.touch("appointment", rng.randint(1, 200), notes=rng.choice(["Moved", "Confirmed"]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoint", default="appointment-watcher.json", type=Path)
    parser.add_argument("--since", type=datetime.fromisoformat, default=None)
    parser.add_argument("--interval", type=float, default=30.0, help="seconds between polls")
    parser.add_argument("--max-changes", type=int, default=None, help="stop after this many")
    parser.add_argument("--sandbox", action="store_true", help="watch the embedded sandbox")
    args = parser.parse_args(argv)
    if args.since is not None and args.since.tzinfo is None:
        args.since = args.since.replace(tzinfo=UTC)

    saved = load_checkpoint(args.checkpoint)
    if saved is not None:
        print(f"resuming from {args.checkpoint} (changes after {saved.since})", file=sys.stderr)

    async def run() -> int:
        async with open_client(sandbox=args.sandbox) as ps:
            return await watch_appointments(
                ps,
                args.checkpoint,
                print_change,
                start=args.since,
                interval=args.interval,
                max_changes=args.max_changes,
            )

    try:
        handled = asyncio.run(run())
    except KeyboardInterrupt:
        return 130  # the checkpoint file already holds the last change handled
    except PracSuiteError as exc:
        print(f"watcher failed: {exc}", file=sys.stderr)
        return 1
    print(f"handled {handled} changes; checkpoint in {args.checkpoint}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
