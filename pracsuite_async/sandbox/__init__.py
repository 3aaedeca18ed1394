"""A faithful local fake of the PracSuite API for tests, benchmarks and demos.

Every operation of the project's OpenAPI document (``pracsuite_async/_spec``), served from
it: seeded, referentially consistent records, writes, both auth headers checked, pagination,
sorting and filtering, latency, a server-side rate limit and injectable faults. It reads the
document but does not import the SDK.
"""

from ._data import DEFAULT_SIZES
from ._faults import FAULT_KINDS, Fault, FaultPlan
from ._server import Sandbox, SandboxConfig
from ._stats import RequestRecord, SandboxStats

__all__ = [
    "DEFAULT_SIZES",
    "FAULT_KINDS",
    "Fault",
    "FaultPlan",
    "RequestRecord",
    "Sandbox",
    "SandboxConfig",
    "SandboxStats",
]
