"""Generation through litellm, behind a narrow Completer protocol."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Protocol

from ingest.errors import RenewalError

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


class LLMError(RenewalError):
    """The language model failed: down, slow, or returned something unusable."""


class Completer(Protocol):
    model: str

    def complete(self, messages: list[dict[str, str]]) -> str: ...

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]: ...


class LiteLLMCompleter:
    """Any litellm model string; keys come from the provider's usual environment variables."""

    def __init__(self, model: str, api_base: str = "", timeout: float = 60.0, retries: int = 1,
                 temperature: float = 0.0, max_tokens: int = 800):  # fmt: skip
        self.model = model
        self.api_base = api_base or None
        self.timeout = timeout
        self.retries = retries
        self.temperature = temperature
        self.max_tokens = max_tokens

    def _kwargs(self) -> dict[str, object]:
        kwargs: dict[str, object] = {
            "model": self.model, "timeout": self.timeout, "temperature": self.temperature,
            "max_tokens": self.max_tokens, "num_retries": self.retries,
        }  # fmt: skip
        if self.api_base:
            kwargs["api_base"] = self.api_base
            if "/" not in self.model.split(":")[0]:
                kwargs["custom_llm_provider"] = "openai"
            kwargs.setdefault("api_key", os.environ.get("OPENAI_API_KEY", "not-needed"))
        return kwargs

    def complete(self, messages: list[dict[str, str]]) -> str:
        import litellm

        try:
            response = litellm.completion(messages=messages, **self._kwargs())
            content = response.choices[0].message.content
        except Exception as exc:  # litellm wraps provider failures in many exception types
            raise LLMError(
                f"language model {self.model!r} failed: {type(exc).__name__}: {exc}"
            ) from exc
        if not isinstance(content, str) or not content.strip():
            raise LLMError(f"language model {self.model!r} returned an empty answer")
        return content

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        import litellm

        response = None
        try:
            response = litellm.completion(messages=messages, stream=True, **self._kwargs())
            for part in response:
                choices = getattr(part, "choices", None) or []
                delta = getattr(choices[0], "delta", None) if choices else None
                text = getattr(delta, "content", None) if delta is not None else None
                if text:
                    yield text
        except LLMError:
            raise
        except Exception as exc:
            raise LLMError(f"language model {self.model!r} failed while streaming: {exc}") from exc
        finally:
            # A reader that stops (the user pressed stop, the client went away) closes this
            # generator: the model's HTTP stream is closed now, not whenever it is collected.
            close = getattr(response, "close", None)
            if callable(close):
                close()
