"""The clinics one vendor key serves, read from a TOML file (``pracsuite export --clinics``).

::

    [[clinic]]
    name = "north"                       # also the clinic's folder under --out
    key_env = "NORTH_PRACSUITE_API_KEY"  # its account key (A-api-key) from the environment

    [[clinic]]
    name = "south"
    key_file = "/run/secrets/south"      # or from a file (one line; relative to the TOML file)

Keys never appear in the file itself, nor in any message about it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

import attrs

from ._config import Secret, resolve_key
from ._errors import ConfigurationError

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@attrs.frozen(kw_only=True)
class Clinic:
    """One clinic: its name (a safe folder name) and its account key."""

    name: str
    api_key: Secret = attrs.field(repr=False)


def read_clinics(path: Path, environ: Mapping[str, str]) -> list[Clinic]:
    """Every ``[[clinic]]`` of the file, keys resolved; ConfigurationError naming the clinic
    and the field when anything is missing or wrong."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(f"cannot read {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{path} is not valid TOML: {exc}") from None
    unknown = set(document) - {"clinic"}
    if unknown:
        raise ConfigurationError(f"{path}: unknown tables {sorted(unknown)}; use [[clinic]]")
    entries = document.get("clinic")
    if not isinstance(entries, list) or not entries:
        raise ConfigurationError(f"{path} lists no clinics: add [[clinic]] tables")
    clinics: list[Clinic] = []
    for n, entry in enumerate(entries, 1):
        clinic = _clinic(entry, f"{path}: clinic {n}", path.parent, environ)
        if any(c.name == clinic.name for c in clinics):
            raise ConfigurationError(f"{path}: clinic name {clinic.name!r} is used twice")
        clinics.append(clinic)
    return clinics


def _clinic(entry: object, where: str, base: Path, environ: Mapping[str, str]) -> Clinic:
    if not isinstance(entry, dict):
        raise ConfigurationError(f"{where} is not a table")
    unknown = set(entry) - {"name", "key_env", "key_file"}
    if unknown:
        raise ConfigurationError(f"{where}: unknown fields {sorted(unknown)}")
    name = entry.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigurationError(
            f"{where}: name must be 1-64 letters, digits, '.', '_' or '-' (a folder name), "
            f"got {name!r}"
        )
    where = f"{where} ({name})"
    sources = [k for k in ("key_env", "key_file") if k in entry]
    if len(sources) != 1:
        raise ConfigurationError(f"{where}: give exactly one of key_env and key_file")
    source = entry[sources[0]]
    if not isinstance(source, str) or not source:
        raise ConfigurationError(f"{where}: {sources[0]} must be a non-empty string")
    if sources[0] == "key_env":
        key = resolve_key(None, source, f"account key of clinic {name!r}", environ)
    else:
        file = base / source
        try:
            text = file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigurationError(
                f"{where}: cannot read key_file {file}: {exc.strerror or exc}"
            ) from None
        if not text:
            raise ConfigurationError(f"{where}: key_file {file} is empty")
        key = resolve_key(text, "", f"account key of clinic {name!r} in {file}", {})
    return Clinic(name=name, api_key=key)
