"""Records of ``ps.patient_attachments`` (tag Patient Attachment).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._base import Model, Record


@attrs.frozen(kw_only=True)
class PatientAttachment(Record):
    """200 body of Get Patient Attachment (.md field list, complete - the 400 section follows
    file_size).

    Id: ``attachment_client_id``.
    """

    attachment_client_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    user_id: int | None = None
    file_date: str | None = None
    description: str | None = None
    file_type: str | None = None
    file_size: int | None = None


@attrs.frozen(kw_only=True)
class PatientAttachmentFolder(Record):
    """item of `attachment_client_folders` (List Patient Attachment Folders By Patient);
    complete list, name not shown

    Id: ``attachment_client_folder_id``.
    """

    attachment_client_folder_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    description: str | None = None


@attrs.frozen(kw_only=True)
class PatientAttachmentPresignUrl(Model):
    """200 body of GET /patient_attachment/{patient_attachment_id}/presign_url (name not shown)"""

    url: str | None = None
    expires: str | None = None
    file_name: str | None = None


@attrs.frozen(kw_only=True)
class PatientAttachmentPresignedUpload(Model):
    """response of POST /patient/{client_id}/patient_attachment per the guide (status code not
    stated) - an S3 presigned POST
    """

    url: str | None = None
    fields: Any | None = None


__all__ = [
    "PatientAttachment",
    "PatientAttachmentFolder",
    "PatientAttachmentPresignUrl",
    "PatientAttachmentPresignedUpload",
]
