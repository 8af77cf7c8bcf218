"""The API's pagination: `?limit=&offset=`, kept within what the database accepts; a bad value is a 400."""

from __future__ import annotations

from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import LimitOffsetPagination

from api.bounds import MAX_INT

# PostgreSQL's OFFSET is a bigint: a larger value would be a DataError (a 500) rather than an empty page.
MAX_OFFSET = MAX_INT


def query_int(request: Any, name: str, *, minimum: int) -> int | None:
    """The query parameter as a whole number of at least `minimum`; None if absent; otherwise a 400."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    value = int(raw) if raw.strip().isdecimal() else None
    if value is None or value < minimum:
        raise ValidationError({name: [f"A whole number of at least {minimum} is required."]}, code="invalid")
    return value


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    """LimitOffsetPagination with a maximum page size, an offset that cannot overflow the query, and no
    silently ignored parameter: DRF falls back to the defaults on `?limit=abc`, this answers 400."""

    default_limit = 20
    max_limit = 100

    def get_limit(self, request: Any) -> int:
        limit = query_int(request, self.limit_query_param, minimum=1)
        return self.default_limit if limit is None else min(limit, self.max_limit)

    def get_offset(self, request: Any) -> int:
        offset = query_int(request, self.offset_query_param, minimum=0)
        return 0 if offset is None else min(offset, MAX_OFFSET)
