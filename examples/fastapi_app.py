"""A FastAPI service in front of PracSuite: one shared client, API errors mapped to HTTP.

What it shows:

- ONE ``AsyncPracSuite`` per application, made in the FastAPI lifespan (startup), shared by
  every request through a dependency, and closed at shutdown;
- ``GET /patients/{client_id}``: a single record; ``NotFoundError`` becomes 404;
- records returned through ``to_jsonable`` (timestamps as ISO 8601 strings with ``Z``, the
  clinic-local ``app_time`` without an offset, dates as ``YYYY-MM-DD``);
- ``GET /appointments?practitioner_id=3&page_size=20``: one page of a list filtered with a
  ``q[]`` condition (``Filter.eq``), with the list's ``total_entries``;
- ``POST /appointments``: a booking; arguments the SDK refuses before sending
  (``PracSuiteValueError``) and bodies the API refuses (``UnprocessableEntityError``, with
  its validation messages) both become 422.

Run it against the API (keys from ``PRACSUITE_VENDOR_KEY`` / ``PRACSUITE_API_KEY``, optional
``PRACSUITE_BASE_URL``)::

    pip install fastapi uvicorn
    python examples/fastapi_app.py --port 8000

or against the embedded sandbox, no keys needed::

    python examples/fastapi_app.py --sandbox
    curl localhost:8000/patients/7
    curl 'localhost:8000/appointments?practitioner_id=3&page_size=5'

(``PRACSUITE_SANDBOX=1 uvicorn examples.fastapi_app:app`` works too.)
"""

import argparse
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from pracsuite_async import (
    APIConnectionError,
    APIStatusError,
    AsyncPracSuite,
    Filter,
    NotFoundError,
    PracSuiteValueError,
    UnprocessableEntityError,
    to_jsonable,
)

ClientFactory = Callable[[], AbstractAsyncContextManager[AsyncPracSuite]]


@contextlib.asynccontextmanager
async def client_from_env() -> AsyncIterator[AsyncPracSuite]:
    """The production client: keys and base URL from the PRACSUITE_* environment variables."""
    async with AsyncPracSuite(user_agent="pracsuite-fastapi-example") as ps:
        yield ps


@contextlib.asynccontextmanager
async def client_of_sandbox() -> AsyncIterator[AsyncPracSuite]:
    """A client of the embedded sandbox, which runs as long as the app does."""
    from pracsuite_async.sandbox import Sandbox

    async with (
        Sandbox() as sb,
        AsyncPracSuite(vendor_key=sb.vendor_key, api_key=sb.api_key, base_url=sb.url) as ps,
    ):
        yield ps


def pracsuite(request: Request) -> AsyncPracSuite:
    """The dependency: the client the lifespan made, the same for every request."""
    client: AsyncPracSuite = request.app.state.pracsuite
    return client


PracSuite = Annotated[AsyncPracSuite, Depends(pracsuite)]


class Booking(BaseModel):
    """The body of ``POST /appointments``; ``app_time`` is the clinic's local time."""

    client_id: int
    account_id: int
    appointment_type_id: int
    practitioner_id: int
    business_id: int
    app_time: datetime
    duration: int = Field(description="minutes; the SDK checks 5..1440 in steps of 5")


def create_app(client_factory: ClientFactory = client_from_env) -> FastAPI:
    """The app; ``client_factory`` opens the one client it shares (and closes it at exit)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with client_factory() as ps:
            app.state.pracsuite = ps
            yield
        # Leaving the `async with` closed the client's connection pool.

    app = FastAPI(title="PracSuite example", lifespan=lifespan)

    @app.get("/patients/{client_id}")
    async def get_patient(client_id: int, ps: PracSuite) -> dict[str, Any]:
        return to_jsonable(await ps.patients.get(client_id))  # NotFoundError -> 404 below

    @app.get("/appointments")
    async def list_appointments(
        ps: PracSuite,
        practitioner_id: int,
        page_size: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> dict[str, Any]:
        pager = ps.appointments.list(
            filters=[Filter.eq("practitioner_id", practitioner_id)],  # q[]=practitioner_id:=3
            sort_by=["app_time"],
            page_size=page_size,
            limit=page_size,  # only the first page is fetched
        )
        async with contextlib.aclosing(pager.pages()) as pages:
            async for page in pages:
                return {
                    "total_entries": page.total_entries,
                    "page_size": page.page_size,
                    "appointments": to_jsonable(page.items),
                }
        return {"total_entries": 0, "page_size": page_size, "appointments": []}

    @app.post("/appointments", status_code=201)
    async def book_appointment(booking: Booking, ps: PracSuite) -> dict[str, Any]:
        # The SDK checks the arguments (e.g. duration 5..1440 in steps of 5, a naive
        # app_time) before sending: PracSuiteValueError -> 422 below.
        created = await ps.appointments.create(**booking.model_dump())
        return to_jsonable(created)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail or "not found"}, status_code=404)

    @app.exception_handler(PracSuiteValueError)
    async def refused_by_sdk(request: Request, exc: PracSuiteValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc), "validation": {}}, status_code=422)

    @app.exception_handler(UnprocessableEntityError)
    async def refused_by_api(request: Request, exc: UnprocessableEntityError) -> JSONResponse:
        body = {"detail": exc.detail or "invalid request", "validation": exc.validation}
        return JSONResponse(body, status_code=422)

    @app.exception_handler(APIStatusError)
    async def upstream_error(request: Request, exc: APIStatusError) -> JSONResponse:
        body = {"detail": f"PracSuite answered {exc.status}", "request_id": exc.request_id}
        return JSONResponse(body, status_code=502)

    @app.exception_handler(APIConnectionError)
    async def upstream_unreachable(request: Request, exc: APIConnectionError) -> JSONResponse:
        return JSONResponse({"detail": "PracSuite is unreachable"}, status_code=503)

    return app


def _sandbox_from_env() -> bool:
    return os.environ.get("PRACSUITE_SANDBOX", "") not in ("", "0")


# For `uvicorn examples.fastapi_app:app`; nothing connects until the app starts.
app = create_app(client_of_sandbox if _sandbox_from_env() else client_from_env)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", action="store_true", help="serve the embedded sandbox")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    import uvicorn  # type: ignore[import-not-found,unused-ignore]  # only needed to serve

    uvicorn.run(
        create_app(client_of_sandbox if args.sandbox else client_from_env),
        host=args.host,
        port=args.port,
    )


if __name__ == "__main__":
    main()
