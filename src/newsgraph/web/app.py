"""The FastAPI application: server-rendered pages and the JSON API over one archive.

``create_app(db)`` builds an app bound to one DuckDB file. Pages and API routes call the
same functions in ``queries``/``accounts``/``network``; ids are checked against their
pattern before any query (a malformed id is simply not found), list sizes are capped, and
static files come only from the package's own folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.web import accounts as accounts_q
from newsgraph.web import queries
from newsgraph.web.db import COUNTRY, DATE, HEX16, MAX_LIMIT, PLOVER, Database, is_event_id, is_hex16
from newsgraph.web.highlight import article_html, event_title, speaker_hue
from newsgraph.web.network import NetworkFilters, network
from newsgraph.web.timeline import timeline_svg

HERE = Path(__file__).parent


def _optional(pattern: str) -> str:
    """The pattern, or empty: HTML forms send ``actor=`` for an unset filter."""
    return f"^(?:{pattern.strip('^$')})?$"


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
Text = Annotated[str, Query(max_length=200, description="Words that must all appear (case-insensitive).")]
ActorFilter = Annotated[str, Query(pattern=_optional(HEX16), description="An actor id (16 hex digits).")]
CountryFilter = Annotated[str, Query(pattern=_optional(COUNTRY), description="ISO 3166 alpha-3 code, e.g. RUS.")]
PloverFilter = Annotated[str, Query(pattern=_optional(PLOVER), description="PLOVER event type, e.g. CONSULT.")]
DateFilter = Annotated[str, Query(pattern=_optional(DATE), description="YYYY-MM-DD")]
KindFilter = Annotated[str, Query(pattern=r"^(?:person|organization|government|country|group|igo|place)?$")]
NetworkKind = Annotated[str, Query(pattern=r"^(?:all|events|quotes)$", description="Which edges to draw.")]
Match = Annotated[str, Query(pattern=r"^(?:actors|countries)$",
                             description="Same event across articles: same actor pair, or same country pair.")]


def page_link(request: Request, **changes: Any) -> str:
    """A relative link to this page with some query parameters changed (pagers, filters)."""
    params = dict(request.query_params)
    params.update({k: str(v) for k, v in changes.items()})
    return "?" + urlencode(params)


def _none(value: str) -> str | None:
    return value or None


def _not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no such {what}")


def create_app(db: str | Path) -> FastAPI:
    database = Database(db)
    app = FastAPI(title="newsgraph", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Read-only API over a newsgraph archive: articles, actors, quotations, "
                              "coded events (CAMEO/PLOVER), the actor network and event accounts.")
    app.state.database = database
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(speaker_hue=speaker_hue, event_title=event_title, max_limit=MAX_LIMIT,
                                 page_link=page_link)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
            "base-uri 'none'; frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                                          status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        if wants_json(request):
            return JSONResponse({"detail": errors}, status_code=422)
        detail = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in errors)
        return templates.TemplateResponse(request, "error.html", {"status": 422, "detail": detail},
                                          status_code=422)

    def page(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context)

    # --- data functions shared by the API and the pages -----------------------------------

    def do_search(q: str, actor: str, country: str, plover: str, date_from: str, date_to: str,
                  limit: int, offset: int) -> dict[str, Any]:
        filters = queries.SearchFilters(q=q.strip(), actor=_none(actor), country=_none(country),
                                        plover=_none(plover), date_from=_none(date_from), date_to=_none(date_to))
        with database.connect() as con:
            return queries.search(con, filters, queries.Page(limit, offset))

    def do_article(article_id: str) -> dict[str, Any]:
        if not is_hex16(article_id):
            raise _not_found("article")
        with database.connect() as con:
            found = queries.article(con, article_id)
        if found is None:
            raise _not_found("article")
        return found

    def do_actor(actor_id: str, limit: int, offset: int) -> dict[str, Any]:
        if not is_hex16(actor_id):
            raise _not_found("actor")
        with database.connect() as con:
            found = queries.actor(con, actor_id, queries.Page(limit, offset))
        if found is None:
            raise _not_found("actor")
        return found

    def do_accounts(event_id: str, match: str) -> dict[str, Any]:
        if not is_event_id(event_id):
            raise _not_found("event")
        with database.connect() as con:
            found = accounts_q.accounts(con, event_id, match)
        if found is None:
            raise _not_found("event")
        return found

    def do_network(kind: str, plover: str, country: str, actor: str, min_weight: int, limit: int) -> dict[str, Any]:
        filters = NetworkFilters(kind=kind, plover=_none(plover), country=_none(country), actor=_none(actor),
                                 min_weight=min_weight, limit=limit)
        with database.connect() as con:
            return network(con, filters)

    # --- JSON API --------------------------------------------------------------------------

    @app.get("/api/stats", tags=["api"], summary="Row counts of the archive")
    def api_stats() -> dict[str, int]:
        with database.connect() as con:
            return queries.counts(con)

    @app.get("/api/search", tags=["api"], summary="Full-text search over titles, texts and quotations")
    def api_search(q: Text = "", actor: ActorFilter = "", country: CountryFilter = "", plover: PloverFilter = "",
                   date_from: DateFilter = "", date_to: DateFilter = "", limit: Limit = 20,
                   offset: Offset = 0) -> dict[str, Any]:
        return do_search(q, actor, country, plover, date_from, date_to, limit, offset)

    @app.get("/api/filters", tags=["api"], summary="Actors, countries and PLOVER types to filter by")
    def api_filters() -> dict[str, Any]:
        with database.connect() as con:
            return queries.filter_options(con)

    @app.get("/api/articles", tags=["api"], summary="Articles, newest first")
    def api_articles(limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        with database.connect() as con:
            return queries.article_list(con, queries.Page(limit, offset))

    @app.get("/api/articles/{article_id}", tags=["api"], summary="An article with actors, quotations and events")
    def api_article(article_id: str) -> dict[str, Any]:
        return do_article(article_id)

    @app.get("/api/actors", tags=["api"], summary="Actors, most widely reported first")
    def api_actors(name: Text = "", kind: KindFilter = "", country: CountryFilter = "", limit: Limit = 50,
                   offset: Offset = 0) -> dict[str, Any]:
        with database.connect() as con:
            return queries.actor_list(con, queries.Page(limit, offset), name.strip(), _none(kind), _none(country))

    @app.get("/api/actors/{actor_id}", tags=["api"],
             summary="An actor: descriptions, quotations, events as source and target, timeline")
    def api_actor(actor_id: str, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return do_actor(actor_id, limit, offset)

    @app.get("/api/network", tags=["api"], summary="Actors as nodes, events and quotations as weighted edges")
    def api_network(kind: NetworkKind = "all", plover: PloverFilter = "", country: CountryFilter = "",
                    actor: ActorFilter = "", min_weight: Annotated[int, Query(ge=1, le=1000)] = 1,
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 60) -> dict[str, Any]:
        return do_network(kind, plover, country, actor, min_weight, limit)

    @app.get("/api/accounts", tags=["api"], summary="Events between two actors, most-reported first")
    def api_accounts(plover: PloverFilter = "", actor: ActorFilter = "", limit: Limit = 50,
                     offset: Offset = 0) -> dict[str, Any]:
        with database.connect() as con:
            return accounts_q.candidates(con, queries.Page(limit, offset), _none(plover), _none(actor))

    @app.get("/api/accounts/{event_id}", tags=["api"],
             summary="Each side's statements about an event, and other reports of it")
    def api_account(event_id: str, match: Match = "actors") -> dict[str, Any]:
        return do_accounts(event_id, match)

    # --- pages -----------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Text = "", actor: ActorFilter = "", country: CountryFilter = "",
                    plover: PloverFilter = "", date_from: DateFilter = "", date_to: DateFilter = "",
                    limit: Limit = 20, offset: Offset = 0) -> HTMLResponse:
        result = do_search(q, actor, country, plover, date_from, date_to, limit, offset)
        with database.connect() as con:
            options, totals = queries.filter_options(con), queries.counts(con)
        return page(request, "search.html", {"result": result, "options": options, "totals": totals})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        detail = do_article(article_id)
        return page(request, "article.html", {"d": detail, "body": article_html(detail)})

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, name: Text = "", kind: KindFilter = "", country: CountryFilter = "",
                    limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
        with database.connect() as con:
            result = queries.actor_list(con, queries.Page(limit, offset), name.strip(), _none(kind), _none(country))
        return page(request, "actors.html", {"result": result, "name": name, "kind": kind, "country": country})

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_id: str, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
        detail = do_actor(actor_id, limit, offset)
        return page(request, "actor.html", {"d": detail, "timeline": timeline_svg(detail["timeline"])})

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, kind: NetworkKind = "all", plover: PloverFilter = "",
                     country: CountryFilter = "", actor: ActorFilter = "",
                     min_weight: Annotated[int, Query(ge=1, le=1000)] = 1,
                     limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 60) -> HTMLResponse:
        graph = do_network(kind, plover, country, actor, min_weight, limit)
        with database.connect() as con:
            options = queries.filter_options(con)
        return page(request, "network.html", {"g": graph, "options": options})

    @app.get("/accounts", response_class=HTMLResponse, include_in_schema=False)
    def accounts_page(request: Request, plover: PloverFilter = "", actor: ActorFilter = "", limit: Limit = 50,
                      offset: Offset = 0) -> HTMLResponse:
        with database.connect() as con:
            result = accounts_q.candidates(con, queries.Page(limit, offset), _none(plover), _none(actor))
            options = queries.filter_options(con)
        return page(request, "accounts.html", {"result": result, "options": options, "plover": plover,
                                               "actor": actor})

    @app.get("/accounts/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def account_page(request: Request, event_id: str, match: Match = "actors") -> HTMLResponse:
        return page(request, "account.html", {"d": do_accounts(event_id, match)})

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        """API docs rendered from /openapi.json by a small vendored script: works offline."""
        return page(request, "docs.html", {})

    return app
