"""The API docs served from the installed package (no CDN), and RENEWAL_ALLOWED_HOSTS."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from assistant.app import create_app
from assistant.settings import Settings, SettingsError, load_settings
from tests.assistant.conftest import make_settings


def test_docs_load_only_files_of_this_server(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        page = client.get(path)
        assert page.status_code == 200
        assert not re.search(r"(src|href)=\"https?:", page.text), page.text  # nothing remote
        policy = page.headers["content-security-policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "http" not in policy  # no remote origin allowed either
        for asset in re.findall(r"(?:src|href)=['\"](/static-offline-docs/[^'\"]+)", page.text):
            response = client.get(asset)
            assert response.status_code == 200 and len(response.content) > 1000, asset
    assert "/api/chat" in client.get("/openapi.json").json()["paths"]


def test_host_allowed_matches_names_and_subdomains() -> None:
    settings = Settings(allowed_hosts="localhost, 127.0.0.1,*.renewal.example")
    assert settings.host_allowed("localhost") and settings.host_allowed("127.0.0.1")
    assert settings.host_allowed("chat.renewal.example")
    assert not settings.host_allowed("renewal.example.evil.test")
    assert not settings.host_allowed("evilrenewal.example")
    assert not settings.host_allowed("")
    assert Settings().host_allowed("anything.test")  # "*" by default
    with pytest.raises(SettingsError, match="RENEWAL_ALLOWED_HOSTS"):
        load_settings(allowed_hosts=" , ")


def test_other_hosts_get_a_json_400(app_settings: Settings) -> None:
    settings = make_settings(app_settings.data_dir, allowed_hosts="localhost,[::1]")
    with TestClient(create_app(settings, build_index=False), base_url="http://localhost:8000") as c:
        assert c.get("/healthz").status_code == 200
        assert c.get("/healthz", headers={"host": "[::1]:8000"}).status_code == 200
        rebound = c.get("/api/documents", headers={"host": "attacker.test"})
        assert rebound.status_code == 400
        assert "attacker.test" in rebound.json()["detail"]
        openai = c.post("/v1/chat/completions", headers={"host": "attacker.test"},
                        json={"messages": [{"role": "user", "content": "Antony ?"}]})  # fmt: skip
        assert openai.status_code == 400
        assert "RENEWAL_ALLOWED_HOSTS" in openai.json()["error"]["message"]


def test_favicon_is_served(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in icon.content
