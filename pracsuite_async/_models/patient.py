from __future__ import annotations

from datetime import date, datetime

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class Patient(Record):
    """A person who books appointments (``client_id`` is the patient's id).

    ``accepted_privacy_policy``: None = no answer, True = accepted, False = rejected.
    ``time_zone``: an IANA zone id, or None when not set.
    """

    client_id: int
    tenant_id: int | None = None
    title: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    surname: str | None = None
    preferred_name: str | None = None
    date_of_birth: date | None = None
    email: str | None = None
    gender: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    address_3: str | None = None
    address_4: str | None = None
    suburb: str | None = None
    address_state: str | None = None
    postcode: str | None = None
    country: str | None = None
    home_phone: str | None = None
    work_phone: str | None = None
    mobile: str | None = None
    fax: str | None = None
    file_no: str | None = None
    accepted_privacy_policy: bool | None = None
    time_zone: str | None = None
    archived: bool | None = None
    created: datetime | None = None
    modified: datetime | None = None
