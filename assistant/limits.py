"""Answering under a concurrency limit, so that one burst of questions cannot starve the server.

Retrieval and query encoding are CPU-bound on a few cores: at most `slots` run at once, in worker
threads; the others wait without a thread, up to `queue_timeout_s`, then get 503 with a
Retry-After header. `/healthz`, documents and static files never wait behind them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread
from fastapi import HTTPException

T = TypeVar("T")


class AnswerSlots:
    def __init__(self, slots: int, queue_timeout_s: float):
        self.limiter = anyio.CapacityLimiter(slots)
        self.queue_timeout_s = queue_timeout_s

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """`fn(*args)` in a worker thread once a slot is free; 503 when none frees in time."""
        with anyio.move_on_after(self.queue_timeout_s) as waiting:
            await self.limiter.acquire()
        if waiting.cancelled_caught:
            raise HTTPException(
                status_code=503,
                detail="the assistant is answering as many questions as it can "
                f"({int(self.limiter.total_tokens)} at once); try again in a few seconds",
                headers={"Retry-After": "2"},
            )
        try:
            return await anyio.to_thread.run_sync(fn, *args)
        finally:
            self.limiter.release()
