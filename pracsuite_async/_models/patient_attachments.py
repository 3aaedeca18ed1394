"""Records of ``ps.patient_attachments`` (tag Patient Attachment).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from .._redact import phi_repr
from ._base import Model, Record


@attrs.frozen(kw_only=True)
class PatientAttachment(Record):
    """A patient attachment's metadata; its id is attachment_client_id.

    Id: ``attachment_client_id``.
    """

    attachment_client_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    user_id: int | None = None
    file_date: str | None = None
    description: str | None = attrs.field(default=None, repr=phi_repr)
    file_type: str | None = None
    file_size: int | None = None


@attrs.frozen(kw_only=True)
class PatientAttachmentFolder(Record):
    """A patient's attachment folder.

    Id: ``attachment_client_folder_id``.
    """

    attachment_client_folder_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    description: str | None = None


PatientAttachmentFolderSortField = Literal[
    "attachment_client_folder_id", "client_id", "description", "tenant_id"
]
"""The fields a list of PatientAttachmentFolder sorts by: ``sort_by=[...]``."""


@attrs.frozen(kw_only=True)
class PatientAttachmentPresignUrl(Model):
    """A time-limited URL to download an attachment."""

    url: str | None = None
    expires: str | None = None
    file_name: str | None = None


@attrs.frozen(kw_only=True)
class PatientAttachmentPresignedUpload(Model):
    """An S3 presigned POST: send the file to url with fields, unchanged."""

    url: str | None = None
    fields: Any | None = None


__all__ = [
    "PatientAttachment",
    "PatientAttachmentFolder",
    "PatientAttachmentFolderSortField",
    "PatientAttachmentPresignUrl",
    "PatientAttachmentPresignedUpload",
]
