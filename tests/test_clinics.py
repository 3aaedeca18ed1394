"""The clinics file of ``pracsuite export --clinics``: keys from the environment or files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pracsuite_async import ConfigurationError
from pracsuite_async._clinics import read_clinics


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "clinics.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_keys_come_from_the_environment_or_a_file_and_never_show(tmp_path: Path) -> None:
    (tmp_path / "south.key").write_text("south-secret\n", encoding="utf-8")
    path = write(
        tmp_path,
        '[[clinic]]\nname = "north"\nkey_env = "NORTH_KEY"\n\n'
        '[[clinic]]\nname = "south"\nkey_file = "south.key"\n',
    )
    clinics = read_clinics(path, {"NORTH_KEY": "north-secret"})
    assert [c.name for c in clinics] == ["north", "south"]
    assert [c.api_key.reveal() for c in clinics] == ["north-secret", "south-secret"]
    assert "secret" not in repr(clinics)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "lists no clinics"),
        ('[clinics]\nname = "x"\n', r"unknown tables \['clinics'\]"),
        ('[[clinic]]\nname = "../up"\nkey_env = "K"\n', "a folder name"),
        ('[[clinic]]\nname = "a"\n', "exactly one of key_env and key_file"),
        ('[[clinic]]\nname = "a"\nkey_env = "K"\nkey_file = "f"\n', "exactly one of"),
        ('[[clinic]]\nname = "a"\nkey_env = "MISSING"\n', "set MISSING"),
        ('[[clinic]]\nname = "a"\nkey_file = "nope.key"\n', "cannot read key_file"),
        (
            '[[clinic]]\nname = "a"\nkey_env = "K"\n[[clinic]]\nname = "a"\nkey_env = "K"\n',
            "used twice",
        ),
        ('[[clinic]]\nname = "a"\nkey_env = "K"\nkey = "inline"\n', r"unknown fields \['key'\]"),
        ("[[clinic]\n", "not valid TOML"),
        ('[[clinic]]\nname = "a"\nkey_file = "empty.key"\n', "empty.key is empty"),
    ],
)
def test_a_bad_clinics_file_is_refused_with_what_and_where(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "empty.key").write_text("\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message) as caught:
        read_clinics(write(tmp_path, text), {"K": "the-key"})
    assert "the-key" not in str(caught.value)
