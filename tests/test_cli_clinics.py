"""``pracsuite export --clinics``: every clinic of a vendor key under one budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_cli import ThreadedSandbox, rows, run


def clinics_file(tmp_path: Path, names: list[str]) -> Path:
    path = tmp_path / "clinics.toml"
    path.write_text(
        "".join(f'[[clinic]]\nname = "{n}"\nkey_env = "KEY_{n.upper()}"\n\n' for n in names),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("shared", ["local", "redis"])
def test_every_clinic_is_exported_to_its_own_folder_under_one_budget(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    redis_url: str,
    shared: str,
) -> None:
    with ThreadedSandbox(clinics=2, sizes={"patient": 120}) as sb:
        keys = [c.api_key for c in sb.sandbox.clinics]
        monkeypatch.setenv("KEY_NORTH", keys[0])
        monkeypatch.setenv("KEY_SOUTH", keys[1])
        monkeypatch.setenv("PRACSUITE_VENDOR_KEY", sb.sandbox.vendor_key)
        redis = ["--redis", redis_url, "--redis-key", f"cli-{tmp_path.name}"]
        code = run(
            "export", "patients", "--clinics", str(clinics_file(tmp_path, ["north", "south"])),
            "--base-url", sb.sandbox.url, "--requests-per-second", "0", "--page-size", "25",
            "--out", str(tmp_path / "out"), *(redis if shared == "redis" else []),
        )  # fmt: skip
        north = sb.sandbox.clinics[0].dataset
        south = sb.sandbox.clinics[1].dataset
    assert code == 0, capsys.readouterr().err
    got = {name: rows(tmp_path / "out" / name / "patients.jsonl") for name in ("north", "south")}
    assert [r["client_id"] for r in got["north"]] == list(range(1, 121))
    assert [r["client_id"] for r in got["south"]] == list(range(1, 121))
    assert got["north"] != got["south"]  # each clinic's own data, under its own key
    assert north is not south
    err = capsys.readouterr().err
    assert "north: patients" in err
    assert "south: patients" in err
    assert "2 clinics exported" in err
    assert keys[1] not in err


def test_a_clinic_whose_key_is_missing_stops_the_command_before_any_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KEY_NORTH", "k1")
    monkeypatch.delenv("KEY_SOUTH", raising=False)
    path = clinics_file(tmp_path, ["north", "south"])
    code = run("export", "patients", "--clinics", str(path), "--out", str(tmp_path / "o"))
    assert code == 2
    assert "set KEY_SOUTH" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_redis_without_clinics_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("export", "patients", "--redis", "redis://127.0.0.1:1/0") == 2
    assert "--redis shares the budget of --clinics" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--sandbox", "--out", "o"], "point --base-url at it instead of --sandbox"),
        ([], "--clinics needs --out DIR"),
    ],
)
def test_clinics_need_real_keys_and_a_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    monkeypatch.setenv("KEY_NORTH", "k1")
    path = clinics_file(tmp_path, ["north"])
    assert run("export", "patients", "--clinics", str(path), *extra) == 2
    assert message in capsys.readouterr().err
