"""A faithful local fake of the PracSuite API for tests, benchmarks and demos.

Seeded data, both auth headers checked, pagination/sorting/filtering as the docs describe,
latency, a server-side rate limit and injectable faults. It does not import the SDK.
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
