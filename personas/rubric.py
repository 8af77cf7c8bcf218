"""Validation of a persona's rubric: criteria shape, weights, and refusal of protected attributes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from api.errors import DomainError

MAX_CRITERIA = 25
MAX_NAME_LENGTH = 120
MAX_DESCRIPTION_LENGTH = 1000
MAX_WEIGHT = 100.0

# Criteria that select on these are discrimination, not screening; refusing them keeps every rubric fair.
_PROTECTED_PATTERNS = {
    "age": r"\b(age|aged|young|younger|born (in|after|before)|date of birth|birth ?date|years old)\b",
    "gender": r"\b(gender|sex|male|female|man|woman|men|women|masculine|feminine|he/him|she/her)\b",
    "race_or_ethnicity": r"\b(race(?! conditions?)|racial|ethnic(ity)?|skin colou?r|caucasian)\b",
    "religion": r"\b(religion|religious|christian|muslim|jewish|hindu|buddhist|catholic)\b",
    "nationality": r"\b(nationality|national origin|citizenship|"
    r"native (english |french |german |spanish )?speaker|"
    r"country of origin|immigrant|foreigner)\b",
    "marital_or_family_status": r"\b(marital|married|divorced|pregnan(t|cy)|maternity)\b",
    "disability_or_health": r"\b(disab(led|ility)|handicap(ped)?|health condition|medical history)\b",
    "sexual_orientation": r"\b(sexual orientation|gay|lesbian|heterosexual|lgbt\w*)\b",
    "appearance": r"\b(photo|attractive|good[- ]looking|physical appearance)\b",
}
_PROTECTED = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _PROTECTED_PATTERNS.items()}


class RubricError(DomainError, ValueError):
    """A rubric that cannot be saved; `code` is stable, `field` points at the offending criterion."""

    def __init__(self, code: str, message: str, *, field: str = "criteria") -> None:
        super().__init__(code, message, status=400)
        self.field = field

    def details(self) -> dict[str, Any]:
        return {"field": self.field}


@dataclass(frozen=True)
class CriterionSpec:
    name: str
    description: str
    weight: float
    required: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "weight": self.weight,
            "required": self.required,
        }


def protected_attribute(text: str) -> str | None:
    """Name the protected attribute `text` selects on, if any."""
    for name, pattern in _PROTECTED.items():
        if pattern.search(text):
            return name
    return None


def _parse_weight(raw: Any, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise RubricError("invalid_weight", f"{where}: weight must be a number greater than 0.")
    try:
        weight = float(raw)
    except ValueError as exc:
        raise RubricError("invalid_weight", f"{where}: weight must be a number greater than 0.") from exc
    if not 0 < weight <= MAX_WEIGHT:
        raise RubricError(
            "invalid_weight", f"{where}: weight must be greater than 0 and at most {MAX_WEIGHT:g}."
        )
    return weight


def _parse_criterion(raw: Any, index: int) -> CriterionSpec:
    where = f"criteria[{index}]"
    if not isinstance(raw, dict):
        raise RubricError("invalid_criterion", f"{where}: each criterion must be an object with a name.")
    unknown = set(raw) - {"name", "description", "weight", "required"}
    if unknown:
        raise RubricError("invalid_criterion", f"{where}: unknown keys {sorted(unknown)}.")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_LENGTH:
        raise RubricError("invalid_criterion", f"{where}: name must be 1-{MAX_NAME_LENGTH} characters.")
    description = raw.get("description", "") or ""
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION_LENGTH:
        raise RubricError(
            "invalid_criterion", f"{where}: description must be text of at most 1000 characters."
        )
    required = raw.get("required", False)
    if not isinstance(required, bool):
        raise RubricError("invalid_criterion", f"{where}: required must be true or false.")
    return CriterionSpec(
        name=" ".join(name.split()),
        description=description.strip(),
        weight=_parse_weight(raw.get("weight", 1), where),
        required=required,
    )


def validate_criteria(raw: Any) -> list[dict[str, Any]]:
    """Return the criteria in canonical form, or raise RubricError."""
    if not isinstance(raw, list) or not raw:
        raise RubricError("invalid_criteria", "criteria must be a non-empty list.")
    if len(raw) > MAX_CRITERIA:
        raise RubricError("too_many_criteria", f"A persona has at most {MAX_CRITERIA} criteria.")
    specs = [_parse_criterion(item, index) for index, item in enumerate(raw)]
    seen: set[str] = set()
    for index, spec in enumerate(specs):
        key = spec.name.casefold()
        if key in seen:
            raise RubricError(
                "duplicate_criterion", f"criteria[{index}]: the name '{spec.name}' is used twice."
            )
        seen.add(key)
        attribute = protected_attribute(f"{spec.name} {spec.description}")
        if attribute:
            raise RubricError(
                "protected_attribute",
                f"criteria[{index}] ('{spec.name}') selects on a protected attribute ({attribute}); "
                "score skills and experience instead.",
            )
    return [spec.as_dict() for spec in specs]


def normalise_criteria(raw: Any) -> list[dict[str, Any]]:
    """Canonical criteria for hashing; tolerant of rows saved before validation tightened."""
    if not isinstance(raw, list):
        return []
    out = []
    for item in raw:
        if isinstance(item, dict):
            out.append(
                {
                    "name": str(item.get("name", "")),
                    "description": str(item.get("description", "") or ""),
                    "weight": float(item.get("weight", 1) or 1),
                    "required": bool(item.get("required", False)),
                }
            )
    return out
