"""Document upload, deletion and re-indexing: write endpoints, guarded by RENEWAL_API_KEY when set.

Uploads are stored under `<corpus>/uploads/` with a sanitised name (no path traversal, no hidden
files) and never overwrite another document unless `replace=true`; ingestion runs in the
background and its status is polled at /api/jobs/{id}.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, HTTPException, Query, Request, UploadFile

from assistant.deps import SettingsDep, WriteKey
from assistant.schemas import JobAccepted, JobOut, UploadAccepted, error_responses
from ingest.load import SUPPORTED_SUFFIXES

router = APIRouter(tags=["documents"])
UPLOAD_FOLDER = "uploads"


def safe_filename(name: str) -> str:
    """A file name that cannot leave its folder: basename only, NFC, [\\w.-], no leading dot."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFC", base).strip().replace(" ", "-")
    base = re.sub(r"[^\w.\-]", "", base, flags=re.UNICODE).lstrip(".-")
    base = re.sub(r"\.{2,}", ".", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem:
        raise HTTPException(
            status_code=422, detail=f"file name {name[:200]!r} has no usable name and extension"
        )
    # Shortened before the extension, so that a long title keeps its type.
    return stem[:100] + dot + suffix[:16]


def store_upload(folder: Path, target: Path, data: bytes, replace: bool) -> None:
    """Write an upload whole: to a temporary file, then renamed (a reader never sees half a
    document). Without `replace` the name is taken with a hard link, which fails if the name
    exists: of two uploads of one name at once, exactly one gets it (FileExistsError)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if replace:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _jobs(request: Request):
    return request.app.state.jobs


@router.post("/api/documents", status_code=202, response_model=UploadAccepted, dependencies=[WriteKey],
             responses=error_responses(400, 401, 409, 413, 415, 422, 507))  # fmt: skip
async def upload_document(
    request: Request,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="A .txt, .md, .html, .docx or .pdf document.")],
    replace: Annotated[
        bool, Query(description="Replace an uploaded document of the same name.")
    ] = False,
) -> dict:
    """Store a document and index it in the background; poll `status_url` for the outcome."""
    name = safe_filename(file.filename or "")
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise HTTPException(status_code=415, detail=f"unsupported type {suffix or '(none)'}; "
                            f"supported: {' '.join(SUPPORTED_SUFFIXES)}")  # fmt: skip
    folder = Path(settings.corpus_dir) / UPLOAD_FOLDER
    target = folder / name
    if target.exists() and not replace:
        raise HTTPException(status_code=409, detail=f"a document named {name!r} already exists; "
                            "send replace=true to update it")  # fmt: skip
    limit = settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(status_code=413, detail=f"the file is larger than {limit} bytes "
                            "(RENEWAL_MAX_UPLOAD_BYTES)")  # fmt: skip
    if not data.strip():
        raise HTTPException(status_code=422, detail=f"{name} is empty")
    try:
        store_upload(folder, target, data, replace)
    except FileExistsError:
        raise HTTPException(status_code=409, detail=f"a document named {name!r} already exists; "
                            "send replace=true to update it") from None  # fmt: skip
    except OSError as exc:
        raise HTTPException(
            status_code=507, detail=f"cannot store the upload in {folder}: {exc.strerror}"
        ) from exc
    # Recorded in jobs.sqlite before it is queued: a crash from here on loses nothing.
    job = _jobs(request).submit("upload", [target])
    doc_id = target.resolve().relative_to(Path(settings.corpus_dir).resolve()).as_posix()
    return {
        "job_id": job.id,
        "doc_id": doc_id,
        "status_url": f"/api/jobs/{job.id}",
        "state": job.state,
    }


@router.post("/api/reindex", status_code=202, response_model=JobAccepted, dependencies=[WriteKey],
             responses=error_responses(401, 422))  # fmt: skip
def reindex(request: Request) -> dict:
    """Re-ingest the whole corpus folder in the background (incremental)."""
    job = _jobs(request).submit("reindex")
    return {"job_id": job.id, "status_url": f"/api/jobs/{job.id}", "state": job.state}


@router.delete("/api/documents/{doc_id:path}", status_code=202, response_model=JobAccepted,
               dependencies=[WriteKey], responses=error_responses(401, 403, 404, 422))  # fmt: skip
def delete_document(doc_id: str, request: Request, settings: SettingsDep) -> dict:
    """Delete an uploaded document's file and remove it from the index in the background."""
    corpus = Path(settings.corpus_dir).resolve()
    uploads = corpus / UPLOAD_FOLDER
    try:
        path = (corpus / doc_id).resolve()
        is_file = path.is_file()
    except (OSError, ValueError):  # a NUL byte or an over-long name: no such file can exist
        raise HTTPException(status_code=404, detail=f"no uploaded document {doc_id!r}") from None
    if uploads not in path.parents:
        raise HTTPException(status_code=403, detail="only uploaded documents (uploads/...) can be deleted "
                            "through the API; remove other files from the corpus folder and reindex")  # fmt: skip
    if not is_file:
        raise HTTPException(status_code=404, detail=f"no uploaded document {doc_id!r}")
    path.unlink()
    job = _jobs(request).submit("delete", [uploads])
    return {"job_id": job.id, "status_url": f"/api/jobs/{job.id}", "state": job.state}


@router.get("/api/jobs/{job_id}", response_model=JobOut, dependencies=[WriteKey],
            responses=error_responses(401, 404, 422))  # fmt: skip
def job_status(job_id: str, request: Request) -> dict:
    """State (queued, running, done, failed, cancelled), the ingest report or the error."""
    job = _jobs(request).get(job_id)
    if job is None:
        raise HTTPException(status_code=404, detail=f"no job {job_id!r}")
    return job.to_dict()


@router.delete("/api/jobs/{job_id}", response_model=JobOut, status_code=202, dependencies=[WriteKey],
               responses=error_responses(401, 404, 409, 422))  # fmt: skip
def cancel_job(job_id: str, request: Request) -> dict:
    """Cancel a job: a queued one never runs; a running ingest stops at its next embedding batch
    and publishes nothing (the previous index keeps serving; the vectors computed so far stay
    cached, so the next run resumes). Poll the job for its final state, `cancelled`."""
    job = _jobs(request).cancel(job_id)
    if job is None:
        raise HTTPException(status_code=404, detail=f"no job {job_id!r}")
    if job.state in ("done", "failed"):
        raise HTTPException(status_code=409, detail=f"job {job_id!r} has already ended ({job.state})")
    return job.to_dict()
