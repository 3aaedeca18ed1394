"""``Sandbox``: start the fake API on a local port for the life of an ``async with``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self

import attrs
from aiohttp import web

from ._app import make_app
from ._data import Dataset
from ._faults import Fault, FaultPlan, FaultSchedule
from ._names import collection_name
from ._schema import document
from ._state import RATE_KINDS, Clinic, DailyQuota, RateKind, SandboxState, rate_limiter
from ._stats import SandboxStats
from ._validate import problem


def _one_of(choices: tuple[str, ...]) -> Callable[[object, attrs.Attribute[str], str], None]:
    def check(_: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in choices:
            raise ValueError(f"{attribute.name} must be one of {', '.join(choices)}: {value!r}")

    return check


@attrs.frozen(kw_only=True)
class SandboxConfig:
    """How a sandbox behaves. ``sizes`` overrides records per collection (others keep defaults).

    ``latency`` is added to every answered request, in seconds. ``rate_limit`` is that many
    requests per second for the whole vendor key (all clinics together): a token bucket
    ``rate_burst`` deep (default: one second's worth) or, with
    ``rate_limit_kind="sliding_window"``, at most that many in any one-second window; beyond
    it the answer is 429 "Too Many Requests" with ``Retry-After``. ``quota`` is the vendor
    key's requests per ``quota_window`` seconds (a day; shorten it for tests), beyond which
    the answer is 429 "Limit Exceeded" until the window ends. None means no limit.

    ``clinics`` is how many clinics the vendor serves: each has its own account key
    (``api_key`` for the first, ``api_key-2``, ``api_key-3``, ... for the others) and its own
    data, seeded from ``seed``, ``seed + 1``, ...
    """

    vendor_key: str = "sandbox-vendor-key"
    api_key: str = "sandbox-account-key"
    seed: int = 1
    sizes: Mapping[str, int] = attrs.field(factory=dict)
    latency: float = 0.0
    rate_limit: float | None = None
    rate_burst: float | None = None
    rate_limit_kind: RateKind = attrs.field(default="token_bucket", validator=_one_of(RATE_KINDS))
    quota: int | None = None
    quota_window: float = 86_400.0
    clinics: int = attrs.field(default=1, validator=attrs.validators.ge(1))
    faults: FaultPlan = attrs.field(factory=FaultPlan)
    seed_faults: int = 0


class Sandbox:
    """A seeded fake of the PracSuite API on ``http://127.0.0.1:<port>/v1/``.

    Keyword arguments override fields of ``config``; ``sizes`` is merged with it. Wherever a
    collection is named (``sizes``, :meth:`add`, :meth:`touch`, :meth:`resize`), its
    namespace in the SDK works too: ``"patients"`` for ``"patient"``.
    """

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        **overrides: Any,
    ) -> None:
        config = config or SandboxConfig()
        if "sizes" in overrides:
            overrides["sizes"] = {**config.sizes, **overrides["sizes"]}
        self.config: SandboxConfig = attrs.evolve(config, **overrides)
        sizes = {collection_name(document(), k): v for k, v in self.config.sizes.items()}
        self.host = host
        self.stats: SandboxStats = SandboxStats()
        self.dataset: Dataset = Dataset(seed=self.config.seed, sizes=sizes)
        self.clinics: list[Clinic] = [
            Clinic(name="clinic-1", api_key=self.config.api_key, dataset=self.dataset)
        ]
        for n in range(2, self.config.clinics + 1):
            data = Dataset(seed=self.config.seed + n - 1, sizes=sizes, doc=self.dataset.doc)
            self.clinics.append(
                Clinic(name=f"clinic-{n}", api_key=f"{self.config.api_key}-{n}", dataset=data)
            )
        self._faults = FaultSchedule(self.config.faults, seed=self.config.seed_faults)
        self._wanted_port = port
        self._runner: web.AppRunner | None = None
        self._state: SandboxState | None = None
        self.port: int | None = None

    def __repr__(self) -> str:
        return f"Sandbox(url={self.url if self.port else None!r}, sizes={self.dataset.sizes})"

    @property
    def vendor_key(self) -> str:
        return self.config.vendor_key

    @property
    def api_key(self) -> str:
        """The first clinic's account key (``clinics`` holds every clinic's)."""
        return self.config.api_key

    @property
    def quota_used(self) -> int:
        """Requests counted against the vendor key's quota in the current window."""
        return self._state.quota.used if self._state and self._state.quota else 0

    @property
    def url(self) -> str:
        """Base URL of the API, with the trailing slash the SDK expects."""
        if self.port is None:
            raise RuntimeError("the sandbox is not running; use `async with Sandbox() as sb`")
        return f"http://{self.host}:{self.port}/v1/"

    def inject(self, *faults: Fault) -> None:
        """Queue one-shot faults; each hits the next request it matches."""
        self._faults.inject(*faults)

    def clear_faults(self) -> None:
        """Drop the queued faults that no request has hit yet (the background plan stays)."""
        self._faults.clear()

    def resize(self, collection: str, size: int) -> None:
        """Grow or shrink a collection now, e.g. mid-pull, as if records were created or deleted.

        Records are added or removed at the end of the id range; later answers (including
        ``total_entries``) reflect the new size at once.
        """
        self.dataset.resize(collection_name(self.dataset.doc, collection), size)
        if self._runner is not None:
            self.clinics[0].pages.clear()  # cached list bodies are stale now

    def touch(self, collection: str, id: int, **fields: Any) -> dict[str, Any]:
        """Change fields of a record as an update through the API would (its modified or
        updated stamp becomes now); returns the record. KeyError when there is no such id."""
        collection = collection_name(self.dataset.doc, collection)
        self._check(collection, fields)
        return self.dataset.update(collection, id, fields)

    def add(self, collection: str, **fields: Any) -> int:
        """Create a record with the next id, as a create through the API would (seeded values
        for the fields not given; created and modified/updated now); returns its id."""
        collection = collection_name(self.dataset.doc, collection)
        self._check(collection, fields)
        record = self.dataset.insert(collection, fields)
        return int(record[self.dataset.collection(collection).id_field])

    def _check(self, collection: str, fields: dict[str, Any]) -> None:
        spec = self.dataset.collection(collection)
        for name, value in fields.items():
            field = spec.fields.get(name)
            if field is None or name == spec.id_field:
                raise ValueError(f"{name!r} is not a writable field of {collection}")
            found = problem(self.dataset.doc, field, value, name)
            if found:
                raise ValueError(found)

    async def start(self) -> None:
        config = self.config
        state = SandboxState(
            vendor_key=self.vendor_key,
            clinics=self.clinics,
            stats=self.stats,
            faults=self._faults,
            latency=config.latency,
            rate=rate_limiter(config.rate_limit_kind, config.rate_limit, config.rate_burst),
            quota=None
            if config.quota is None
            else DailyQuota(limit=config.quota, window=config.quota_window),
        )
        self._state = state
        # handler_cancellation: a stalled answer stops when its client gives up.
        runner = web.AppRunner(
            make_app(state), access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self._wanted_port)
        await site.start()
        self._runner = runner
        self.port = runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
