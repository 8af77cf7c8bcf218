"""Id parsing for URLs: a malformed id is simply not one of ours (404), never a server error."""

from __future__ import annotations

import uuid
from typing import Any


def is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
