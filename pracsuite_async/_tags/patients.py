from __future__ import annotations

from .._models import Patient
from .._namespace import GetMethod, ListMethod, Namespace
from .._operations import GetOperation, ListOperation
from .._query import FilterFormat


class Patients(Namespace):
    """The people who book appointments (tag Patient)."""

    # The stored docs do not show listPatients' page: its list key, sortable fields and
    # filter table below are inferred (see the README, "Where the docs are silent").
    list = ListMethod(
        ListOperation(
            operation_id="listPatients",
            path="/patient",
            list_key="patients",
            model=Patient,
            sort_fields=frozenset(
                {"client_id", "surname", "first_name", "date_of_birth", "created", "modified"}
            ),
            filters={
                "surname": FilterFormat.STRING,
                "first_name": FilterFormat.STRING,
                "email": FilterFormat.STRING,
                "date_of_birth": FilterFormat.DATE,
                "created": FilterFormat.TIMESTAMP,
                "modified": FilterFormat.TIMESTAMP,
                "archived": FilterFormat.BOOLEAN,
            },
        )
    )
    get = GetMethod(
        GetOperation(operation_id="getPatient", path="/patient/{client_id}", model=Patient)
    )
