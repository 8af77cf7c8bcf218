"""The API's pagination: `?limit=&offset=`, kept within what the database accepts."""

from __future__ import annotations

from typing import Any

from rest_framework.pagination import LimitOffsetPagination

from api.bounds import MAX_INT

# PostgreSQL's OFFSET is a bigint: a larger value would be a DataError (a 500) rather than an empty page.
MAX_OFFSET = MAX_INT


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    """LimitOffsetPagination with a maximum page size and an offset that cannot overflow the query."""

    default_limit = 20
    max_limit = 100

    def get_offset(self, request: Any) -> int:
        return min(super().get_offset(request), MAX_OFFSET)
