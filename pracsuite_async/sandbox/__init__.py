"""A faithful local fake of the PracSuite API for tests, benchmarks and demos.

Every operation of the project's OpenAPI document (``pracsuite_async/_spec``), served from
it: seeded, referentially consistent records, writes, both auth headers checked, pagination,
sorting and filtering, latency, several clinics under one vendor key, a vendor-key-wide rate
limit (token bucket or sliding window) and daily quota, and injectable faults. It reads the
document but does not import the SDK.
"""

from ._data import DEFAULT_SIZES
from ._faults import FAULT_KINDS, Fault, FaultPlan
from ._server import Sandbox, SandboxConfig
from ._state import RATE_KINDS, Clinic
from ._stats import RequestRecord, SandboxStats

__all__ = [
    "DEFAULT_SIZES",
    "FAULT_KINDS",
    "RATE_KINDS",
    "Clinic",
    "Fault",
    "FaultPlan",
    "RequestRecord",
    "Sandbox",
    "SandboxConfig",
    "SandboxStats",
]
