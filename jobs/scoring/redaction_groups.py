"""Blind-mode rules in the order they run, consecutive gated rules joined into groups.

A group's gate is the union of its rules' gates: one scan of the text finds the lines any of them can match,
and each rule's own gate then looks at those few lines only (redaction_gate.on_gated_lines). The result is
what the rules one by one over the whole text give; the redaction tests check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobs.scoring import (
    redaction_details,
    redaction_handles,
    redaction_intl,
    redaction_languages,
    redaction_prose,
    redaction_status,
)
from jobs.scoring.redaction_family import FAMILY_RULES
from jobs.scoring.redaction_gate import DIGITS, register
from jobs.scoring.redaction_identity import PHOTO_RULES, WORD_RULES
from jobs.scoring.redaction_rules import (
    ADDRESS_RULES,
    DATE_AGE_RULES,
    LABEL_RULES,
    NATIONALITY_RULES,
    Rule,
)


@dataclass(frozen=True)
class RuleGroup:
    rules: tuple[Rule, ...]
    gate: tuple[str, ...] | re.Pattern[str]


Step = Rule | RuleGroup


def _kind(rule: Rule) -> str:
    if rule.gate is DIGITS:
        return "digits"
    return "fragments" if isinstance(rule.gate, tuple) and rule.gate else ""


def plan(*rules: Rule) -> tuple[Step, ...]:
    """The rules in order, each run of two or more gated the same way (fragments, or DIGITS) as one group."""
    steps: list[Step] = []
    run: list[Rule] = []
    for rule in (*rules, None):
        if run and (rule is None or _kind(rule) != _kind(run[0])):
            steps.append(_joined(run) if len(run) > 1 else run[0])
            run = []
        if rule is not None and _kind(rule):
            run.append(rule)
        elif rule is not None:
            steps.append(rule)
    return tuple(steps)


def _joined(rules: list[Rule]) -> RuleGroup:
    if _kind(rules[0]) == "digits":
        return RuleGroup(tuple(rules), DIGITS)
    fragments = (f for rule in rules if isinstance(rule.gate, tuple) for f in rule.gate)
    return RuleGroup(tuple(rules), tuple(dict.fromkeys(fragments)))


# ID numbers before phones take their digits; a place of worship's name and a relative's ("S/O ...") before
# the name rules take them.
BEFORE_NAMES = plan(
    *PHOTO_RULES,
    *redaction_intl.ID_RULES,
    *redaction_prose.WORSHIP_RULES,
    *redaction_details.RELATION_RULES,
)
# An e-mail written with "[at]" before the link rule takes its domain for a website.
CONTACTS = plan(*redaction_details.CONTACT_RULES, *redaction_handles.CONTACT_RULES)
LABELS = plan(
    *LABEL_RULES,
    *redaction_details.LABEL_RULES,
    *redaction_languages.LABEL_RULES,
    *redaction_status.LABEL_RULES,
    *redaction_details.PHYSICAL_RULES,
    *redaction_prose.BIRTHPLACE_RULES,
    *DATE_AGE_RULES,
    *redaction_languages.DATE_RULES,
    *NATIONALITY_RULES,
    *redaction_languages.NATIONALITY_RULES,
    *redaction_status.MILITARY_RULES,
    *redaction_details.PHILIPPINE_ADDRESS_RULES,
    *redaction_status.ADDRESS_RULES,
    *ADDRESS_RULES,
)
WORDS = plan(
    *FAMILY_RULES,
    *redaction_prose.FAMILY_RULES,
    *redaction_prose.DISCLOSURE_RULES,
    *redaction_prose.GREEK_LETTER_RULES,
    *WORD_RULES,
    *redaction_intl.LATE_RULES,
    *redaction_languages.FAMILY_RULES,
    *redaction_status.FAMILY_RULES,
    *redaction_languages.RELIGION_RULES,
    *redaction_languages.TITLE_RULES,
    *redaction_prose.PARTNER_RULES,
)


def gates(steps: tuple[Step, ...]) -> list[tuple[str, ...] | re.Pattern[str]]:
    """Every gate in `steps`, a group's own and its rules'."""
    found: list[tuple[str, ...] | re.Pattern[str]] = []
    for step in steps:
        found.append(step.gate)
        if isinstance(step, RuleGroup):
            found.extend(rule.gate for rule in step.rules)
    return found


register(*(gate for steps in (BEFORE_NAMES, CONTACTS, LABELS, WORDS) for gate in gates(steps)))
