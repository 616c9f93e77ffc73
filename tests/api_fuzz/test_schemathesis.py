"""Fuzz the HTTP API against its own OpenAPI schema with schemathesis (prototype)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from assistant.app import create_app
from assistant.settings import PROJECT_ROOT, Settings

SCHEMA = schemathesis.openapi.from_dict(create_app(build_index=False).openapi())
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]  # fmt: skip


def send(client: TestClient, case: Any) -> httpx.Response:
    kw = case.as_transport_kwargs(base_url=str(client.base_url))
    form: dict[str, Any] = {}
    files = []
    for name, value in kw.get("files") or []:
        if value[0] is None:
            form[name] = value[1]
        else:
            files.append((name, value))
    data = kw.get("data")
    content = None
    if isinstance(data, (bytes, str)):
        content = data
    elif isinstance(data, dict):
        form.update(data)
    response = client.request(kw["method"], kw["url"], headers=kw.get("headers"), params=kw.get("params"),
                          json=kw.get("json"), content=content, data=form or None, files=files or None)  # fmt: skip
    response.request.read()
    return response


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("api-fuzz")
    corpus = root / "corpus"
    shutil.copytree(PROJECT_ROOT / "corpus", corpus)
    return corpus, root / "data"


@pytest.fixture(scope="module")
def open_client(workspace: tuple[Path, Path]) -> Iterator[TestClient]:
    corpus, data = workspace
    app = create_app(Settings(corpus_dir=corpus, data_dir=data, threads=1, api_key=""))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@SCHEMA.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))  # fmt: skip
def test_api_conforms_to_its_schema(case: Any, open_client: TestClient) -> None:
    response = send(open_client, case)
    case.validate_response(response, checks=CHECKS)
