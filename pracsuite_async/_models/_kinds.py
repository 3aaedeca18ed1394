"""Hand-written behaviour that generated models build on."""

from __future__ import annotations

import enum

import attrs

from ._base import Record


class BookEntryKind(enum.Enum):
    """What an appointment book entry is."""

    APPOINTMENT = "appointment"
    GROUP_APPOINTMENT = "group_appointment"
    RULE_OUT = "rule_out"


@attrs.frozen(kw_only=True)
class AppointmentBookEntryBase(Record):
    """The appointment book mixes three kinds of entry; :attr:`kind` tells which."""

    @property
    def kind(self) -> BookEntryKind:
        """From ``links`` as the docs describe them: only group appointments link their
        ``appointment_clients``, and rule outs have no ``resources`` link; the text
        ``category`` ("Group", "Rule Out") decides when links are absent."""
        category = str(getattr(self, "category", None) or "").replace(" ", "").lower()
        links = self.links
        if (links is not None and "appointment_clients" in links) or category == "group":
            return BookEntryKind.GROUP_APPOINTMENT
        if category in ("ruleout", "rule_out") or (
            links is not None and "self" in links and "resources" not in links
        ):
            return BookEntryKind.RULE_OUT
        return BookEntryKind.APPOINTMENT
