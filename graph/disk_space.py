"""Room on disk for the embedded store: a write LadybugDB could not finish is refused before it starts.

LadybugDB 0.22 raises when its log write fails at COMMIT (disk full, or the process's
file-size limit), but the open database then holds a log page it can never write, and
closing it, or the process exiting, ends in a C++ terminate (SIGABRT). So before each
article's transaction the embedded store checks that the write and the checkpoint after
it fit on the disk and under ``ulimit -f``.

Measured on LadybugDB 0.22 (tmpfs, disk use sampled while each checkpoint ran):

* an article costs 2.0-2.65 bytes of log per byte of its graph document as compact JSON
  (synthetic, generated and extracted articles);
* a checkpoint (when the log passes 16 MiB, and on every close) needs room well beyond
  the log's size while it runs (a shadow file, and a data file that grows by whole
  column chunks). Its peak need: 2.4-13.4 MB for logs of 0.1-4.7 MB into a new store (pages for
  every column of every table), 15.6-33.2 MB for a 16.8 MB log, 44.5 MB for 16.8 MB into
  a 58 MB data file, 21.8 MB for 2.1 MB into 87 MB. The reserve below, 16 MB + a quarter
  of the data file + twice the log, covers each with at least 9 MB to spare.
"""

from __future__ import annotations

import json
import logging
import os
import resource
from dataclasses import dataclass
from pathlib import Path

from dipgraph.errors import StoreError
from dipgraph.graph.document import GraphDocument
from dipgraph.graph.store import env_number

log = logging.getLogger(__name__)

RESERVE_ENV = "DIPGRAPH_DISK_RESERVE_MB"
LOG_BYTES_PER_JSON_BYTE = 3  # measured 2.0-2.65 on synthetic, generated and extracted articles
# The checkpoint's room. The largest measured need beyond the two shares is 6.8 MB (a 1.6 MB log
# into a new store); the fixed part is over twice that, for larger stores and file-system overhead.
CHECKPOINT_FIXED = 16_000_000
CHECKPOINT_DATA_SHARE = 0.25
CHECKPOINT_LOG_SHARE = 2
PAGE = 4096
MB = 1_000_000


def checkpoint_reserve(data: int, wal: int) -> int:
    """Bytes kept free for LadybugDB's checkpoint: DIPGRAPH_DISK_RESERVE_MB, or the measured bound."""
    value = env_number(RESERVE_ENV, "megabytes")
    if value is None:
        return CHECKPOINT_FIXED + int(CHECKPOINT_DATA_SHARE * data) + CHECKPOINT_LOG_SHARE * wal
    return int(value * MB)


def log_estimate(doc: GraphDocument) -> int:
    """Bytes of write-ahead log one document's transaction may take (measured ratio, rounded up)."""
    # ASCII-escaped JSON is at least as long as the UTF-8 one, and quicker to make.
    return LOG_BYTES_PER_JSON_BYTE * len(json.dumps(doc.to_dict())) + 2 * PAGE


@dataclass
class DiskGuard:
    """Checks the room for a store's next write: free space on its disk and the file-size limit."""

    path: Path

    def check_create(self) -> None:
        """Refuse to create a store on a disk without room for its first checkpoint."""
        # An existing store is not checked at open: reading it needs no room (measured on a
        # full disk), and a load into it is refused before its first transaction.
        self._check(0, "create the store")

    def check_write(self, doc: GraphDocument) -> None:
        """Refuse to start a transaction for `doc` when the disk or file-size limit has no room for it."""
        self._check(log_estimate(doc), "write the next article")

    def check_bytes(self, write: int, what: str) -> None:
        """Refuse a write of about `write` bytes (a bulk COPY chunk) the disk or file-size limit has no room for."""
        self._check(write, what)

    def _check(self, write: int, what: str) -> None:
        wal = _size(self.path.with_name(self.path.name + ".wal"))
        data = _size(self.path)
        # The next checkpoint folds the whole log; the data file's share counts its allocated
        # blocks, not its apparent size (it may be sparse).
        reserve = checkpoint_reserve(_allocated(self.path), wal + write)
        folder = self.path.parent
        try:
            stats = os.statvfs(folder)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot check the free space in {folder} ({exc.strerror})") from None
        if stats.f_flag & os.ST_RDONLY or not stats.f_blocks:
            return  # a read-only or size-less file system: opening the store says what is wrong
        free = stats.f_bavail * stats.f_frsize
        if free < write + reserve:
            raise StoreError(
                f"{self.path}: not enough free disk space to {what}: {_mb(free)} free in {folder}, "
                f"{_mb(write + reserve)} needed ({_mb(write)} for the write, {_mb(reserve)} kept for "
                f"LadybugDB's checkpoint, see {RESERVE_ENV}); free some space or put the store on a "
                f"larger disk (--store)")
        log.debug("%s: room to %s (%d bytes free, %d needed)", self.path, what, free, write + reserve)
        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if limit == resource.RLIM_INFINITY:
            return
        # The log grows by the write; the checkpoint grows the data file by up to the reserve.
        largest = max(wal + write + PAGE, data + reserve)
        if largest > limit:
            raise StoreError(
                f"{self.path}: cannot {what}: the store's files may grow to {_mb(largest)} (with "
                f"LadybugDB's checkpoint, see {RESERVE_ENV}), past this process's file-size limit of "
                f"{_mb(limit)} (ulimit -f); raise the limit or start a new store")


def room(path: Path) -> str:
    """The free space on a store's disk and the file-size limit, for error messages."""
    try:
        stats = os.statvfs(path.parent)
        free = f"{_mb(stats.f_bavail * stats.f_frsize)} free in {path.parent}"
    except OSError:
        free = f"free space in {path.parent} unknown"
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return free if limit == resource.RLIM_INFINITY else f"{free}, file-size limit {_mb(limit)} (ulimit -f)"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # no such file yet, or a bad path: opening the store says which
        return 0


def _allocated(path: Path) -> int:
    try:
        return path.stat().st_blocks * 512
    except OSError:
        return 0


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB"
