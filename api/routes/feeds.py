"""``/feeds``: the feeds followed in this store, with each one's last poll, error and counts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from api.deps import ParleyDep
from api.schemas import OrjsonResponse
from application.follow import feeds

router = APIRouter(tags=["feeds"])


class FeedOut(BaseModel):
    url: str
    configured: bool = Field(description="Followed by this server (`parley serve --feeds`).")
    last_poll: str | None = Field(description="When the last round polled it (UTC).")
    last_error: str | None = Field(description="Why the last poll failed; null if it did not.")
    items: int = Field(description="Items done with (stored, found stored, refused, skipped).")
    counts: dict[str, int] = Field(description="Totals over every round, by outcome.")


class FeedList(BaseModel):
    feeds: list[FeedOut]


@router.get("/feeds", response_model=FeedList, summary="Followed feeds and how their polls went")
def list_feeds(request: Request, parley: ParleyDep) -> OrjsonResponse:
    configured = list(getattr(request.app.state, "feeds", ()))
    known = {feed.url: feed for feed in feeds(parley)}
    urls = configured + [url for url in known if url not in configured]
    body = []
    for url in urls:
        feed = known.get(url)
        body.append(
            {
                "url": url,
                "configured": url in configured,
                "last_poll": feed.last_poll if feed else None,
                "last_error": feed.last_error if feed else None,
                "items": len(feed.done) if feed else 0,
                "counts": dict(feed.totals) if feed else {},
            }
        )
    return OrjsonResponse({"feeds": body})
