"""A failure after a streamed answer has started is reported as an `error` event, not a cut."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from assistant.answering import Assistant
from assistant.app import create_app
from assistant.settings import Settings
from ingest.errors import RenewalError


class FailingMidway(Assistant):
    """The real assistant, whose generation step fails after retrieval (a disk or model fault)."""

    def stream(self, question, history=None, filters=None):
        events = super().stream(question, history, filters)
        yield next(events)
        raise RenewalError("the index file vanished while answering")


def test_mid_stream_failure_becomes_an_error_event(tmp_path: Path, corpus_index) -> None:
    data = tmp_path / "data"
    shutil.copytree(corpus_index[0], data)
    with TestClient(create_app(Settings(data_dir=data, threads=1), build_index=False)) as client:
        real = client.app.state.assistant
        client.app.state.assistant = FailingMidway(
            **{f: getattr(real, f) for f in real.__dataclass_fields__}
        )
        with client.stream("POST", "/api/chat", json={"question": "Combien de démolitions à Antony ?",
                                                     "stream": True}) as response:  # fmt: skip
            assert response.status_code == 200
            events = [
                line for line in response.iter_lines() if line.startswith(("event:", "data:"))
            ]
    kinds = [line.split(": ", 1)[1] for line in events if line.startswith("event:")]
    assert kinds == ["meta", "error"]
    error = json.loads(events[-1].split(": ", 1)[1])
    assert error == {"type": "error", "detail": "the index file vanished while answering"}
