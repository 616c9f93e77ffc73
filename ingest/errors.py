"""Domain errors. The CLI and the API translate these once, at their edge."""


class RenewalError(Exception):
    """Base class: a failure the user can act on; the message says what to do."""


class LoadError(RenewalError):
    """A file could not be read or its text extracted. The message names the file."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class UnsupportedFormat(LoadError):
    """The file's extension is not one the loaders handle."""


class IndexMissing(RenewalError):
    """No index has been built yet in the data directory."""


class EmbedderMismatch(RenewalError):
    """The index was built by another embedder than the one configured."""


class IngestLocked(RenewalError):
    """Another ingest holds the data directory's lock."""


class IngestCancelled(RenewalError):
    """An ingest was stopped on request: nothing was published, computed vectors are cached."""
