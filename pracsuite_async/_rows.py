"""Records as the wire sent them, for files and warehouses: typed columns read from the
document, pagination artefacts dropped, nested objects flattened.

Every function here starts from a page's response body (``Page.body``: bytes the SDK has
already decoded and checked against the models), so records reach a file or a table without
a round trip through the models.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

import attrs
import msgspec

from ._convert import unstructure
from ._spec import ref_name, resolve, schema_properties

# What every list item carries for the list's sake, not the record's: related URLs and its
# position in the list. Dropped unless asked for (``keep_meta``).
META_FIELDS = ("links", "row_num", "total_rows")


class Kind(enum.Enum):
    """The type of a column, from the document's ``type`` and ``format``."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    DECIMAL = "decimal"  # money: exact
    BOOLEAN = "boolean"
    DATE = "date"
    TIMESTAMP = "timestamp"  # UTC, sent with Z or an offset
    LOCAL_DATETIME = "local_datetime"  # the clinic's wall-clock time, no offset
    TIME = "time"
    JSON = "json"  # an array, or a value of no single type: kept as JSON text
    OBJECT = "object"  # an object with free-form keys: flattened by the keys it holds


_FORMATS = {
    "decimal": Kind.DECIMAL,
    "date": Kind.DATE,
    "date-time": Kind.TIMESTAMP,
    "local-date-time": Kind.LOCAL_DATETIME,
    "time": Kind.TIME,
}
_TYPES = {
    "integer": Kind.INTEGER,
    "number": Kind.NUMBER,
    "boolean": Kind.BOOLEAN,
    "string": Kind.TEXT,
}


@attrs.frozen
class Column:
    """One column: the path of keys to its value in a record, and its kind."""

    path: tuple[str, ...]
    kind: Kind

    @property
    def name(self) -> str:
        """Dotted, as CSV and Parquet headers show it (``links.self``)."""
        return ".".join(self.path)


def kind_of(prop: dict[str, Any]) -> Kind:
    """A property's column kind."""
    types = prop.get("type")
    names = [t for t in (types if isinstance(types, list) else [types]) if t and t != "null"]
    if len(names) != 1:
        return Kind.JSON
    if names[0] == "array":
        return Kind.JSON
    if names[0] == "object":
        return Kind.OBJECT
    return _FORMATS.get(prop.get("format", ""), _TYPES.get(names[0], Kind.JSON))


def _columns(props: dict[str, Any], prefix: tuple[str, ...]) -> Iterator[Column]:
    for name, prop in props.items():
        target = ref_name(prop)
        node = resolve(prop) if target else prop
        if kind_of(node) is Kind.OBJECT and node.get("properties"):
            yield from _columns(node["properties"], (*prefix, name))
        else:
            yield Column((*prefix, name), Kind.OBJECT if target else kind_of(node))


@functools.cache
def schema_columns(schema: str, *, keep_meta: bool = False) -> tuple[Column, ...]:
    """The columns of a record of ``schema``, in the document's order."""
    props = schema_properties(schema)
    if not keep_meta:
        props = {k: v for k, v in props.items() if k not in META_FIELDS}
    return tuple(_columns(props, ()))


def expand(columns: Sequence[Column], records: Sequence[dict[str, Any]]) -> list[Column]:
    """The columns with free-form objects flattened by the keys ``records`` hold, and any
    field the document does not name appended (as JSON), so nothing sent is left out."""
    out: list[Column] = []
    for column in columns:
        if column.kind is not Kind.OBJECT:
            out.append(column)
            continue
        keys: dict[str, None] = {}
        for record in records:
            value = _get(record, column.path)
            if isinstance(value, dict):
                keys.update(dict.fromkeys(value))
        out += [Column((*column.path, key), Kind.TEXT) for key in keys]
    top = {c.path[0] for c in columns}
    extra = dict.fromkeys(k for r in records for k in r if k not in top)
    return out + [Column((key,), Kind.JSON) for key in extra]


def _get(record: Any, path: tuple[str, ...]) -> Any:
    value: Any = record
    for key in path:
        if value is None:
            return None
        value = value.get(key) if isinstance(value, dict) else getattr(value, key, None)
    return value


def flatten(record: Any, columns: Sequence[Column]) -> list[Any]:
    """A record's values (a wire dict or a model) in column order: nested values reached by
    path, JSON columns as JSON text, a missing or null value as None."""
    values = []
    for column in columns:
        value = _get(record, column.path)
        if column.kind is Kind.JSON and value is not None:
            value = _JSON_TEXT.encode(unstructure(value)).decode()
        values.append(value)
    return values


# Numbers with a fraction are read as Decimal, so money keeps every digit it was sent with.
_EXACT = msgspec.json.Decoder(float_hook=Decimal)
_JSON_TEXT = msgspec.json.Encoder(decimal_format="number")


def page_records(body: bytes, list_key: str, *, keep_meta: bool = False) -> list[dict[str, Any]]:
    """The records of a list body as sent, less the pagination artefacts (numbers with a
    fraction as :class:`~decimal.Decimal`)."""
    records: list[dict[str, Any]] = _EXACT.decode(body)[list_key]
    if not keep_meta:
        for record in records:
            for key in META_FIELDS:
                record.pop(key, None)
    return records


@functools.cache
def _line_decoder(list_key: str, schema: str, keep_meta: bool) -> msgspec.json.Decoder[Any]:
    if keep_meta:
        item: Any = msgspec.Raw
    else:
        # Each field's JSON text passed through as sent; a field the document does not name
        # fails the decode, and the page takes the general path, which keeps it.
        item = msgspec.defstruct(
            f"{schema}Line",
            [
                (n, msgspec.Raw | msgspec.UnsetType, msgspec.UNSET)
                for n in schema_properties(schema)
            ],
            omit_defaults=True,
            forbid_unknown_fields=True,
        )
    envelope = msgspec.defstruct("Lines", [(list_key, list[item])])
    return msgspec.json.Decoder(envelope)


_ENCODER = msgspec.json.Encoder()


def record_lines(records: Sequence[dict[str, Any]]) -> bytes:
    """Decoded records (see :func:`page_records`) as JSON Lines."""
    return _JSON_TEXT.encode_lines(records)


def wire_lines(items: Sequence[msgspec.Struct], *, keep_meta: bool = False) -> bytes:
    """Records as ``AsyncPager.wire_pages`` gives them, as JSON Lines (one buffer), less the
    pagination artefacts unless ``keep_meta``. Drops those fields from the items."""
    if not items:
        return b""
    if not keep_meta:
        present = [k for k in META_FIELDS if k in type(items[0]).__struct_fields__]
        for item in items:
            for key in present:
                setattr(item, key, msgspec.UNSET)  # an unset field is left out
    return _JSON_TEXT.encode_lines(items)


def json_lines(body: bytes, list_key: str, schema: str, *, keep_meta: bool = False) -> bytes:
    """The records of a list body as JSON Lines, each value's text exactly as sent."""
    if b"\n" not in body:  # a pretty-printed body could carry line breaks into a line
        try:
            items = getattr(_line_decoder(list_key, schema, keep_meta).decode(body), list_key)
        except (msgspec.ValidationError, msgspec.DecodeError):
            pass
        else:
            out = bytearray()
            for item in items:
                if keep_meta:
                    out += item
                else:
                    for key in META_FIELDS:
                        setattr(item, key, msgspec.UNSET)  # an unset field is left out
                    out += _ENCODER.encode(item)
                out += b"\n"
            return bytes(out)
    records = page_records(body, list_key, keep_meta=keep_meta)
    return b"".join(_JSON_TEXT.encode(r) + b"\n" for r in records)
