"""The ``pracsuite`` command as a user's shell runs it: a terminal, a pipe, the help examples."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shlex
import signal
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from pracsuite_async.cli._main import EXPORT_EXAMPLES, SYNC_EXAMPLES, cli

COMMAND = [sys.executable, "-m", "pracsuite_async.cli"]
# Cursor movement, colours, erase-line and the like: what a terminal draws, not text.
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _read_until(fd: int, wanted: bytes, seen: bytearray) -> None:
    """Read the terminal's output until ``wanted`` appears (or the program ends)."""
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, f"no {wanted!r} within a minute; got {bytes(seen[-500:])!r}"
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            return
        if not chunk:
            return
        seen += chunk


def test_progress_on_a_terminal_never_shares_a_line_with_a_message(tmp_path: Path) -> None:
    width = 60
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, width, 0, 0))
    argv = [*COMMAND, "export", "patients", "--sandbox", "--records", "50000"]
    argv += ["--concurrency", "1", "--out", str(tmp_path / "p.jsonl")]
    env = {**os.environ, "TERM": "xterm", "COLUMNS": str(width)}
    with subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env) as proc:
        os.close(slave)
        seen = bytearray()
        try:
            _read_until(master, b"records/s", seen)  # a bar is being drawn
            proc.send_signal(signal.SIGINT)
            _read_until(master, b"\x00never", seen)  # everything, to the end
            assert proc.wait(30) == 130
        finally:
            proc.kill()
            os.close(master)
    text = ANSI.sub("", seen.decode("utf-8", errors="replace"))
    lines = [part for line in text.split("\n") for part in line.split("\r")]
    messages = [line for line in lines if "pracsuite: interrupted" in line or "sandbox:" in line]
    assert len(messages) == 2
    for line in messages:
        assert line.strip().startswith(("pracsuite: interrupted", "sandbox:")), line
        assert "records/s" not in line
    bars = [line for line in lines if "records/s" in line]
    assert bars
    assert all(len(line.rstrip()) <= width for line in bars)  # redrawn within the width


def test_a_closed_pipe_ends_quietly_with_status_0() -> None:
    argv = [*COMMAND, "export", "patients", "--sandbox", "--records", "5000", "--latency-ms", "0"]
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # as `| head -1` does once it has its line
        err = proc.stderr.read().decode()
        assert proc.wait(60) == 0
    assert first.startswith(b'{"client_id":1,')
    assert "error" not in err
    assert "Broken pipe" not in err
    assert "Traceback" not in err


@pytest.mark.parametrize("example", [*EXPORT_EXAMPLES, *SYNC_EXAMPLES])
def test_every_help_example_works_as_written(tmp_path: Path, example: str) -> None:
    bin_dir = Path(sys.executable).parent
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(tmp_path),  # dlt keeps its pipelines under the home directory,
        "DLT_DATA_DIR": str(tmp_path / "dlt"),  # or, as root, in /var/dlt: shared by runs
    }
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", example],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr
    words = shlex.split(example)
    if "--out" in words:
        out = tmp_path / words[words.index("--out") + 1]
        assert out.exists()
        assert out.is_dir() or out.stat().st_size > 0
    elif "sync" in words:
        assert (tmp_path / "pracsuite.duckdb").stat().st_size > 0
    else:
        assert len(done.stdout.splitlines()) == 3  # | head -3


def test_the_examples_are_the_ones_help_shows() -> None:
    for name, examples in (("export", EXPORT_EXAMPLES), ("sync", SYNC_EXAMPLES)):
        command = cli.commands[name]
        assert command.epilog is not None
        for example in examples:
            assert f"  {example}\n" in command.epilog


def test_shell_completion_offers_the_lists() -> None:
    env = {
        **os.environ,
        "_PRACSUITE_COMPLETE": "bash_complete",
        "COMP_WORDS": "pracsuite export appointments.list_by_p",
        "COMP_CWORD": "2",
    }
    done = subprocess.run(
        [str(Path(sys.executable).parent / "pracsuite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    offered = {line.split(",", 1)[1] for line in done.stdout.splitlines()}
    assert offered == {
        "appointments.list_by_patient",
        "appointments.list_by_practitioner",
        "appointments.list_by_profession",
    }


def test_export_all_on_a_terminal_has_a_total_bar_and_one_summary_line_per_list(
    tmp_path: Path,
) -> None:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    argv = [*COMMAND, "export", "--all", "--sandbox", "--records", "120", "--latency-ms", "0"]
    argv += ["--out", str(tmp_path / "dump")]
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    with subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env) as proc:
        os.close(slave)
        seen = bytearray()
        try:
            _read_until(master, b"\x00never", seen)
            assert proc.wait(120) == 0
        finally:
            proc.kill()
            os.close(master)
    lines = [
        part
        for line in ANSI.sub("", seen.decode("utf-8", errors="replace")).split("\n")
        for part in line.split("\r")
    ]
    lists = len(list((tmp_path / "dump").iterdir()))
    summaries = [line for line in lines if ": exported 120 records" in line]
    assert len({line.split(":")[0] for line in summaries}) == lists
    assert all(line.startswith(line.split(":")[0]) and "━" not in line for line in summaries)
    assert any(line.startswith("all lists") and f"{lists}/{lists}" in line for line in lines)
