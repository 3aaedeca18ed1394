"""``ps.patient_attachments``: the operations of tag Patient Attachment.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.patient_attachments import (
    PatientAttachment,
    PatientAttachmentFolder,
    PatientAttachmentFolderSortField,
    PatientAttachmentPresignedUpload,
    PatientAttachmentPresignUrl,
)
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation, Param, WriteOperation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, FilterFormat

_LIST_PATIENT_ATTACHMENT_FOLDERS_BY_PATIENT = ListOperation(
    operation_id="listPatientAttachmentFoldersByPatient",
    path="/patient/{client_id}/patient_attachment_folder",
    list_key="attachment_client_folders",
    model=PatientAttachmentFolder,
    sort_fields=frozenset(get_args(PatientAttachmentFolderSortField)),
)
_GET_PATIENT_ATTACHMENT = GetOperation(
    operation_id="getPatientAttachment",
    path="/patient_attachment/{patient_attachment_id}",
    model=PatientAttachment,
)
_CREATE_PATIENT_ATTACHMENT_UPLOAD = WriteOperation(
    operation_id="createPatientAttachmentUpload",
    method="POST",
    path="/patient/{client_id}/patient_attachment",
    model=PatientAttachmentPresignedUpload,
    body=(Param(name="file_name", format=FilterFormat.STRING, required=True),),
)
_GET_PATIENT_ATTACHMENT_PRESIGN_URL = GetOperation(
    operation_id="getPatientAttachmentPresignUrl",
    path="/patient_attachment/{patient_attachment_id}/presign_url",
    model=PatientAttachmentPresignUrl,
)

METHODS: dict[str, Operation] = {
    "list_folders_by_patient": _LIST_PATIENT_ATTACHMENT_FOLDERS_BY_PATIENT,
    "get": _GET_PATIENT_ATTACHMENT,
    "create_upload": _CREATE_PATIENT_ATTACHMENT_UPLOAD,
    "presign_url": _GET_PATIENT_ATTACHMENT_PRESIGN_URL,
}
"""Every method of :class:`PatientAttachments` and the operation it sends."""


class PatientAttachments(Namespace):
    """Tag Patient Attachment: ``ps.patient_attachments``.

    Docs: https://docs.api.pracsuite.com/openapi/patient-attachment
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> PatientAttachmentsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return PatientAttachmentsWithRawResponse(self._engine)

    def list_folders_by_patient(
        self,
        client_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[PatientAttachmentFolderSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[PatientAttachmentFolder]:
        """List Patient Attachment Folders By Patient: ``GET
        /patient/{client_id}/patient_attachment_folder``.

        Docs:
        https://docs.api.pracsuite.com/openapi/patient-attachment/listpatientattachmentfoldersbypatient-get
        """
        return self._list(
            _LIST_PATIENT_ATTACHMENT_FOLDERS_BY_PATIENT,
            "patient_attachments.list_folders_by_patient",
            {"client_id": client_id},
            {},
            {
                "page_size": page_size,
                "start_page": start_page,
                "limit": limit,
                "concurrency": concurrency,
                "on_change": on_change,
                "sort_by": sort_by,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    async def get(
        self,
        patient_attachment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PatientAttachment:
        """Get Patient Attachment: ``GET /patient_attachment/{patient_attachment_id}``.

        Returns metadata only; the file itself is fetched via links.content or
        links.presign_url.

        Docs:
        https://docs.api.pracsuite.com/openapi/patient-attachment/getpatientattachment-get
        """
        return await self._engine.get(
            _GET_PATIENT_ATTACHMENT,
            "patient_attachments.get",
            {"patient_attachment_id": patient_attachment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    async def create_upload(
        self,
        client_id: int,
        /,
        *,
        file_name: str,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PatientAttachmentPresignedUpload:
        """Start a Patient Attachment upload: ``POST /patient/{client_id}/patient_attachment``.

        Answers an S3 presigned POST (url + fields) to upload the file to, unchanged, within
        100 MB.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/guides/uploading-attachments
        """
        return await self._write(
            _CREATE_PATIENT_ATTACHMENT_UPLOAD,
            "patient_attachments.create_upload",
            {"client_id": client_id},
            {"file_name": file_name},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def presign_url(
        self,
        patient_attachment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PatientAttachmentPresignUrl:
        """Get a presigned URL to download a patient attachment: ``GET
        /patient_attachment/{patient_attachment_id}/presign_url``.

        Returns the time-limited read URL in the JSON body instead of redirecting (contrast
        with .../content).

        Docs:
        https://docs.api.pracsuite.com/openapi/patient-attachment/getpatientattachmentpresignurl.md
        """
        return await self._engine.get(
            _GET_PATIENT_ATTACHMENT_PRESIGN_URL,
            "patient_attachments.presign_url",
            {"patient_attachment_id": patient_attachment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class PatientAttachmentsWithRawResponse(Namespace):
    """``ps.patient_attachments.with_raw_response``."""

    async def get(
        self,
        patient_attachment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[PatientAttachment]:
        """``patient_attachments.get()`` answering its HTTP response: status, headers, request
        id, timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PATIENT_ATTACHMENT,
            "patient_attachments.get",
            {"patient_attachment_id": patient_attachment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    async def create_upload(
        self,
        client_id: int,
        /,
        *,
        file_name: str,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[PatientAttachmentPresignedUpload]:
        """``patient_attachments.create_upload()`` answering its HTTP response: status,
        headers, request id, timing; ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _CREATE_PATIENT_ATTACHMENT_UPLOAD,
            "patient_attachments.create_upload",
            {"client_id": client_id},
            {"file_name": file_name},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def presign_url(
        self,
        patient_attachment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[PatientAttachmentPresignUrl]:
        """``patient_attachments.presign_url()`` answering its HTTP response: status, headers,
        request id, timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PATIENT_ATTACHMENT_PRESIGN_URL,
            "patient_attachments.presign_url",
            {"patient_attachment_id": patient_attachment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
