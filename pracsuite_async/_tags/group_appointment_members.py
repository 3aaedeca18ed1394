"""``ps.group_appointment_members``: the operations of tag Group Appointment Member.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._config import Timeout
from .._extras import QueryParams
from .._models.group_appointment_members import GroupAppointmentMember
from .._namespace import Namespace
from .._operations import Operation, Param, WriteOperation
from .._params import NOT_GIVEN, NotGiven
from .._response import APIResponse
from .._wire import FilterFormat

_ADD_GROUP_APPOINTMENT_MEMBER = WriteOperation(
    operation_id="addGroupAppointmentMember",
    method="POST",
    path="/group_appointment/{appointment_id}/add_group_member",
    model=GroupAppointmentMember,
    body=(
        Param(name="client_id", format=FilterFormat.INTEGER, required=True),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="appointment_status_id", format=FilterFormat.INTEGER),
        Param(name="item_id", format=FilterFormat.INTEGER),
        Param(name="item_group_id", format=FilterFormat.INTEGER),
        Param(name="sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="email_follow_up", format=FilterFormat.BOOLEAN),
    ),
)
_REMOVE_GROUP_APPOINTMENT_MEMBER: WriteOperation[None] = WriteOperation(
    operation_id="removeGroupAppointmentMember",
    method="POST",
    path="/group_appointment/{appointment_id}/remove_group_member",
    model=None,
    body=(
        Param(name="client_id", format=FilterFormat.INTEGER, required=True),
        Param(name="appointment_cancellation_reason_id", format=FilterFormat.INTEGER),
        Param(name="record_as_cancelled", format=FilterFormat.BOOLEAN),
        Param(name="reason", format=FilterFormat.STRING),
    ),
)

METHODS: dict[str, Operation] = {
    "add": _ADD_GROUP_APPOINTMENT_MEMBER,
    "remove": _REMOVE_GROUP_APPOINTMENT_MEMBER,
}
"""Every method of :class:`GroupAppointmentMembers` and the operation it sends."""


class GroupAppointmentMembers(Namespace):
    """Tag Group Appointment Member: ``ps.group_appointment_members``.

    Docs: https://docs.api.pracsuite.com/openapi/group-appointment-member
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> GroupAppointmentMembersWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return GroupAppointmentMembersWithRawResponse(self._engine)

    async def add(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        account_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GroupAppointmentMember:
        """Add Group Appointment Member: ``POST
        /group_appointment/{appointment_id}/add_group_member``.

        Adds a patient to a group appointment. Only client_id is required; account_id,
        status, item / item group and six SMS/email reminder/confirmation/follow-up booleans
        are optional.

        Arguments are checked before sending; never re-sent blindly.

        Docs:
        https://docs.api.pracsuite.com/openapi/group-appointment-member/addgroupappointmentmember-post
        """
        return await self._write(
            _ADD_GROUP_APPOINTMENT_MEMBER,
            "group_appointment_members.add",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "account_id": account_id,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def remove(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        appointment_cancellation_reason_id: int | NotGiven = NOT_GIVEN,
        record_as_cancelled: bool | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Remove Group Appointment Member: ``POST
        /group_appointment/{appointment_id}/remove_group_member``.

        Takes the patient out of the group; with record_as_cancelled the removal counts as a
        cancellation in their attendance history. Answers 204 with no body.

        Arguments are checked before sending; never re-sent blindly.

        Docs:
        https://docs.api.pracsuite.com/openapi/group-appointment-member/removegroupappointmentmember-post
        """
        return await self._command(
            _REMOVE_GROUP_APPOINTMENT_MEMBER,
            "group_appointment_members.remove",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "appointment_cancellation_reason_id": appointment_cancellation_reason_id,
                "record_as_cancelled": record_as_cancelled,
                "reason": reason,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )


class GroupAppointmentMembersWithRawResponse(Namespace):
    """``ps.group_appointment_members.with_raw_response``."""

    async def add(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        account_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[GroupAppointmentMember]:
        """``group_appointment_members.add()`` answering its HTTP response: status, headers,
        request id, timing; ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _ADD_GROUP_APPOINTMENT_MEMBER,
            "group_appointment_members.add",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "account_id": account_id,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def remove(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        appointment_cancellation_reason_id: int | NotGiven = NOT_GIVEN,
        record_as_cancelled: bool | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``group_appointment_members.remove()`` answering its HTTP response: status, headers,
        request id, timing; ``.parse()`` gives the result.
        """
        return await self._raw_command(
            _REMOVE_GROUP_APPOINTMENT_MEMBER,
            "group_appointment_members.remove",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "appointment_cancellation_reason_id": appointment_cancellation_reason_id,
                "record_as_cancelled": record_as_cancelled,
                "reason": reason,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )
