"""Validation of a persona's rubric: criteria shape, weights, and refusal of protected attributes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from api.errors import DomainError
from personas.protected import find_protected_selection as find_protected_selection  # reused by drafting
from personas.protected import normalise, only_mentions

MAX_CRITERIA = 25
MAX_NAME_LENGTH = 120
MAX_DESCRIPTION_LENGTH = 1000
MAX_WEIGHT = 100.0

# A criterion named for one of these scores candidates on it ("Age", "Gender fit", "Nationality: British"):
# that is selecting, whatever its description says. Named with a topic it only qualifies, it is a skill
# ("age verification", "gender-neutral language", "race conditions", "citizenship applications"). Free
# text is checked by find_protected_selection instead.
_ATTRIBUTE_CRITERION = re.compile(
    r"\b(?:age|gender|sex|race|racial|ethnicity|skin colou?r|religio(?:n|us)|faith|nationality"
    r"|national origin|citizenship|country of origin|marital|married|family status|sexual orientation"
    r"|date of birth|birth ?date|attractive(?:ness)?|good[- ]looking|physical appearance)\b"
    # "Age of the candidate" is the person's; "Age of AI" is an era.
    r"(?=\s*(?:$|[,;:=(/.&+]|\d|of (?:the |a |an )?(?:candidate|applicant|hire|person|employee|worker)"
    r"|(?:fit|match|preference|profile|range|requirement|limit|bracket|mix|balance|suitability|criteria|category|status|identity|background|appearance|beliefs?|affiliation"
    r"|practice|observance|denomination|check|score)\b))"
)
# Not here, because a job may need them: "Disability support", "Maternity ward", "Photo retouching".


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


def protected_words(*, name: str, description: str = "") -> list[str]:
    """The words with which a criterion selects on a protected attribute (normalised); [] if none."""
    folded = normalise(name)
    # "Knowledge of the Equality Act (age, sex, race)" names the attributes as law to know, not to score.
    named = [] if only_mentions(folded) else [m.group(0) for m in _ATTRIBUTE_CRITERION.finditer(folded)]
    return list(dict.fromkeys([*named, *find_protected_selection(f"{name}.\n{description}")]))


def validate_free_text(field: str, text: str) -> str:
    """Return a persona text field unchanged, or raise RubricError if it selects on a protected attribute."""
    words = find_protected_selection(text)
    if words:
        raise RubricError("protected_attribute", protected_message(field, words), field=field)
    return text


def protected_message(where: str, words: list[str]) -> str:
    quoted = ", ".join(f"'{word}'" for word in words)
    return f"{where} selects on a protected attribute ({quoted}); describe skills and experience instead."


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
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_LENGTH or "\x00" in name:
        raise RubricError("invalid_criterion", f"{where}: name must be 1-{MAX_NAME_LENGTH} characters.")
    description = raw.get("description", "") or ""
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION_LENGTH or "\x00" in description:
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
        words = protected_words(name=spec.name, description=spec.description)
        if words:
            raise RubricError(
                "protected_attribute", protected_message(f"criteria[{index}] ('{spec.name}')", words)
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
