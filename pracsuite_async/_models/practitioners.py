"""Records of ``ps.practitioners`` (tag Practitioner).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

from ._base import Model, Record


@attrs.frozen(kw_only=True)
class PractitionerBusiness(Model):
    """One of a practitioner's businesses."""

    archive: bool | None = None
    business_id: int | None = None
    app_book_columns: float | None = None
    override_intervals: float | None = None


@attrs.frozen(kw_only=True)
class PractitionerProfession(Model):
    """One of a practitioner's professions."""

    title: str | None = None
    is_default: bool | None = None
    profession_id: int | None = None
    qualifications: str | None = None


@attrs.frozen(kw_only=True)
class Practitioner(Record):
    """A practitioner record.

    Id: ``practitioner_id``.
    """

    practitioner_id: int
    tenant_id: int | None = None
    title: str | None = None
    first_name: str | None = None
    surname: str | None = None
    short_description: str | None = None
    professional_title: str | None = None
    qualifications: str | None = None
    archive: bool | None = None
    email: str | None = None
    about_me: str | None = None
    telehealth_patient_link: str | None = None
    telehealth_practitioner_link: str | None = None
    created: datetime | None = None
    businesses: tuple[PractitionerBusiness, ...] | None = None
    professions: tuple[PractitionerProfession, ...] | None = None


PractitionerSortField = Literal[
    "about_me",
    "archive",
    "created",
    "email",
    "first_name",
    "practitioner_id",
    "professional_title",
    "qualifications",
    "short_description",
    "surname",
    "telehealth_patient_link",
    "telehealth_practitioner_link",
    "tenant_id",
    "title",
]
"""The fields a list of Practitioner sorts by: ``sort_by=[...]``."""

__all__ = [
    "Practitioner",
    "PractitionerBusiness",
    "PractitionerProfession",
    "PractitionerSortField",
]
