"""Bounds for every number a request may carry, so none reaches the database out of its column's range."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

# PostgreSQL's `integer`: the widest column a request's number is compared with or stored in. OFFSET and
# LIMIT are bigints, but no page of this API starts past two billion rows either.
MAX_INT = 2**31 - 1


class BoundedIntegerField(serializers.IntegerField):
    """An IntegerField that is never unbounded: 0..MAX_INT unless narrower bounds are given."""

    def __init__(self, *, min_value: int = 0, max_value: int = MAX_INT, **kwargs: Any) -> None:
        super().__init__(min_value=max(min_value, -MAX_INT - 1), max_value=min(max_value, MAX_INT), **kwargs)
