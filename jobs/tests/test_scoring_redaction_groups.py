"""Gates of the blind-mode rules added for the planted CVs, and groups of gated rules (redaction_groups):
each replaces what its rules would over the whole text, one by one."""

from __future__ import annotations

import re

import pytest

from jobs.scoring import redaction_details, redaction_groups, redaction_prose
from jobs.scoring.redaction_gate import DIGITS, case_folded, on_gated_lines, subn_lines
from jobs.tests.blind_cvs import BLIND_CVS, plain

_NEW_GATED = [
    *redaction_details.LABEL_RULES,
    *redaction_details.PHYSICAL_RULES,
    *redaction_details.CONTACT_RULES,
    *redaction_prose.DISCLOSURE_RULES,
    *redaction_prose.WORSHIP_RULES,
    *redaction_prose.GREEK_LETTER_RULES,
    *redaction_prose.PARTNER_RULES,
    *redaction_prose.BIRTHPLACE_RULES,
    *redaction_prose.FAMILY_RULES,
]
_SAMPLES = [plain(cv) for cv in BLIND_CVS] + [
    "I\u2019m asthmatic\nI'VE GOT Lupus\nNON-DIABETIC\nsupporting people living with HIV",
    "[family] to Keisha\n[address] \u2013 Bela Vista, São Paulo/SP, [phone]\nTemple Beth Shalom",
]


@pytest.mark.parametrize("text", _SAMPLES)
def test_the_new_gated_rules_replace_what_their_whole_patterns_do(text: str) -> None:
    for rule in _NEW_GATED:
        assert isinstance(rule.gate, tuple) and rule.gate
        assert all(fragment == case_folded(fragment) for fragment in rule.gate)
        assert subn_lines(rule.pattern, "<x>", text, rule.gate) == rule.pattern.subn("<x>", text)


def _one_by_one(rules: tuple[redaction_groups.Rule, ...], text: str) -> str:
    for rule in rules:
        text = rule.pattern.sub(lambda m: f"<{m.group(0).upper()}>", text)
    return text


@pytest.mark.parametrize("text", _SAMPLES)
def test_a_group_of_rules_changes_what_its_rules_change_one_by_one(text: str) -> None:
    for plan in (redaction_groups.BEFORE_NAMES, redaction_groups.CONTACTS, redaction_groups.LABELS,
                 redaction_groups.WORDS):  # fmt: skip
        for step in plan:
            if isinstance(step, redaction_groups.RuleGroup):
                grouped = on_gated_lines(step.gate, text, lambda lines, s=step: _one_by_one(s.rules, lines))
                assert grouped == _one_by_one(step.rules, text)


def test_groups_are_of_rules_gated_the_same_way() -> None:
    groups = [step for plan in (redaction_groups.LABELS, redaction_groups.WORDS) for step in plan]
    assert any(isinstance(step, redaction_groups.RuleGroup) and step.gate is DIGITS for step in groups)
    for step in (step for step in groups if isinstance(step, redaction_groups.RuleGroup)):
        assert len(step.rules) > 1
        for rule in step.rules:
            assert rule.gate is DIGITS if step.gate is DIGITS else set(rule.gate) <= set(step.gate)


def test_a_rule_with_no_fragments_is_never_in_a_group() -> None:
    ungated = redaction_groups.Rule("age", re.compile("x"), "[age]")
    gated = redaction_groups.Rule("age", re.compile("y"), "[age]", gate=("y",))
    assert redaction_groups.plan(gated, ungated, gated, gated) == (
        gated,
        ungated,
        redaction_groups.RuleGroup((gated, gated), ("y",)),
    )
