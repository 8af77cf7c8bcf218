"""Read the top-level streams of an OLE compound file (MS-CFB), the container of a Word 97-2003 .doc.

Pure and bounded: the whole file is in memory (callers cap its size); every sector chain is followed at most
once per sector, so a cycle, a chain pointing past the file or a stream longer than its chain raises
CfbError instead of hanging or allocating. Only what a reader of .doc needs: the root storage's streams by
name, each read whole (a stream under 4096 bytes from the mini stream).
"""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEADER_BYTES = 512
MAX_REGULAR = 0xFFFFFFFA  # sector numbers above this are markers (free, end of chain, FAT, DIFAT)
END_OF_CHAIN = 0xFFFFFFFE
NO_STREAM = 0xFFFFFFFF
MAX_ENTRIES = 100_000  # a .doc has a few dozen directory entries
_ENTRY = struct.Struct("<64sHBB3I16sI16sIQ")  # name, name length, type, colour, left, right, child, ...
_STREAM, _ROOT = 2, 5


class CfbError(ValueError):
    """The container is damaged, truncated or crafted (a cycle, a sector outside the file)."""


class Compound:
    """An OLE compound file's root streams, read on demand."""

    def __init__(self, data: bytes) -> None:
        if len(data) < HEADER_BYTES or not data.startswith(MAGIC):
            raise CfbError("not a compound file")
        self.data = data
        shift, mini_shift = struct.unpack_from("<HH", data, 30)
        if (shift, mini_shift) not in ((9, 6), (12, 6)):
            raise CfbError("unknown sector size")
        self.sector_size = 1 << shift
        self.sectors = (len(data) - HEADER_BYTES) // self.sector_size + (len(data) % self.sector_size > 0)
        self.fat = self._fat()
        entries = self._entries(struct.unpack_from("<I", data, 48)[0])
        if not entries or entries[0][1] != _ROOT:
            raise CfbError("no root entry")
        self.streams = self._root_streams(entries)
        _, _, _, _, _, root_start, root_size = entries[0]
        self.mini_cutoff = struct.unpack_from("<I", data, 56)[0]
        self._root = (root_start, root_size)
        self._mini: tuple[bytes, list[int]] | None = None

    def has(self, name: str) -> bool:
        return name in self.streams

    def stream(self, name: str, limit: int) -> bytes:
        """Return a root stream's bytes; CfbError when it is missing, truncated or larger than `limit`."""
        if name not in self.streams:
            raise CfbError(f"no {name} stream")
        start, size = self.streams[name]
        if size > limit:
            raise CfbError("stream too large")
        if size < self.mini_cutoff:
            mini_stream, mini_fat = self._mini_parts()
            return _read_chain(mini_stream, 64, mini_fat, start, size, offset=0)
        return _read_chain(self.data, self.sector_size, self.fat, start, size, offset=HEADER_BYTES)

    def _sector(self, number: int) -> bytes:
        if number >= self.sectors:
            raise CfbError("sector outside the file")
        start = HEADER_BYTES + number * self.sector_size
        return self.data[start : start + self.sector_size].ljust(self.sector_size, b"\0")

    def _fat(self) -> list[int]:
        """The FAT, whose sectors the header's 109 DIFAT slots list, then a chain of DIFAT sectors."""
        count, difat_start = (
            struct.unpack_from("<I", self.data, 44)[0],
            struct.unpack_from("<I", self.data, 68)[0],
        )
        if count > self.sectors:
            raise CfbError("more FAT sectors than the file holds")
        listed = list(struct.unpack_from("<109I", self.data, 76))
        seen: set[int] = set()
        per_sector = self.sector_size // 4 - 1
        while difat_start <= MAX_REGULAR and len(listed) < count + per_sector + 109:
            if difat_start in seen:
                raise CfbError("DIFAT cycle")
            seen.add(difat_start)
            values = struct.unpack(f"<{per_sector + 1}I", self._sector(difat_start))
            listed.extend(values[:-1])
            difat_start = values[-1]
        sectors = [number for number in listed[:count] if number <= MAX_REGULAR]
        return list(
            struct.unpack(f"<{len(sectors) * self.sector_size // 4}I", b"".join(map(self._sector, sectors)))
        )

    def _entries(self, start: int) -> list[tuple[str, int, int, int, int, int, int]]:
        """Directory entries: (name, type, left, right, child, start sector, size)."""
        directory = _read_chain(self.data, self.sector_size, self.fat, start, None, offset=HEADER_BYTES)
        entries = []
        for at in range(0, min(len(directory), MAX_ENTRIES * 128) - 127, 128):
            raw, length, kind, _colour, left, right, child, _clsid, _state, _times, first, size = (
                _ENTRY.unpack_from(directory, at)
            )
            name = raw[: max(0, min(length, 64) - 2)].decode("utf-16-le", errors="replace")
            size = (
                size & 0xFFFFFFFF if self.sector_size == 512 else size
            )  # v3 files leave the high half unset
            entries.append((name, kind, left, right, child, first, size))
        return entries

    def _root_streams(
        self, entries: list[tuple[str, int, int, int, int, int, int]]
    ) -> dict[str, tuple[int, int]]:
        """The root storage's own streams (not those of embedded objects), walking its sibling tree once."""
        streams: dict[str, tuple[int, int]] = {}
        pending, seen = [entries[0][4]], set()
        while pending:
            index = pending.pop()
            if index >= len(entries) or index in seen:
                continue  # NO_STREAM, or a cycle
            seen.add(index)
            name, kind, left, right, _child, first, size = entries[index]
            if kind == _STREAM:
                streams.setdefault(name, (first, size))
            pending += [left, right]
        return streams

    def _mini_parts(self) -> tuple[bytes, list[int]]:
        if self._mini is None:
            start, size = self._root
            if size > len(self.data):
                raise CfbError("mini stream larger than the file")
            mini_stream = _read_chain(self.data, self.sector_size, self.fat, start, size, offset=HEADER_BYTES)
            first, count = struct.unpack_from("<II", self.data, 60)
            table = _read_chain(self.data, self.sector_size, self.fat, first, None, offset=HEADER_BYTES)
            if count > self.sectors:
                raise CfbError("mini FAT larger than the file")
            self._mini = (
                mini_stream,
                list(struct.unpack(f"<{len(table) // 4}I", table[: len(table) // 4 * 4])),
            )
        return self._mini


def _read_chain(
    data: bytes, sector_size: int, fat: list[int], start: int, size: int | None, offset: int
) -> bytes:
    """Follow a chain from `start`; `size` None reads to its end. Each sector is visited at most once."""
    parts: list[bytes] = []
    wanted = size if size is not None else len(data)
    seen: set[int] = set()
    sector, total = start, 0
    while total < wanted and sector != END_OF_CHAIN:
        if sector > MAX_REGULAR or sector >= len(fat) or sector in seen:
            raise CfbError("broken sector chain")
        seen.add(sector)
        at = offset + sector * sector_size
        if at + sector_size > len(data) + (sector_size if offset else 0):
            raise CfbError("sector outside the file")
        parts.append(data[at : at + sector_size])
        total += sector_size
        sector = fat[sector]
    if size is not None and total < size:
        raise CfbError("stream shorter than its size")
    return b"".join(parts)[:wanted]
