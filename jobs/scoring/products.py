"""What a product was for is not what its builder did: "built a full accounting application".

A developer who built a tax-management platform or an accounting SaaS did software work; the field named
before the product ("accounting", "tax management", "e-commerce") is the product's subject. So, in a line, the
words that qualify a software product (application, app, platform, SaaS, portal, website) are not read as
the writer's occupation or field, unless they name a technology ("a React application" was built with React).
"Accounting software" and "a billing system" are left alone: users of a product name it that way too.
"""

from __future__ import annotations

import re

from jobs.scoring import skills

# A field or an occupation: what a product can be *for*. Technologies qualify a product by how it was built.
_FIELDS = frozenset(name for name, skill in skills.SKILLS.items() if skill.kind == "job") | frozenset(
    {"Accounting", "Accounting standards", "Finance", "Logistics", "Customer support"}
)
_STOP = r"(?:a|an|the|and|or|of|for|with|to|in|on|at|by|our|their|its|new|own|full|whole|entire)"
# Up to three qualifying words right before the product noun, none of them a stop word or a verb in -ed
# ("launched an app": the verb is what was done).
_PRODUCT = re.compile(
    rf"\b((?:(?!{_STOP}\b)(?![\w&'-]*ed\b)[A-Za-z][\w&'-]*\s+){{1,3}})(?:SaaS\s+)?"
    r"(?:platform|application|app|saas|portal|website|web app)s?\b",
    re.IGNORECASE,
)

_NOUNS = ("platform", "app", "saas", "portal", "website")


def subject_free(text: str) -> str:
    """The line without the field words that say what a software product was for (usually the line itself)."""
    folded = text.lower()
    if not any(noun in folded for noun in _NOUNS) or not _PRODUCT.search(text):  # the cheap test first
        return text
    return _PRODUCT.sub(_keep_technology, text)


def _keep_technology(match: re.Match[str]) -> str:
    qualifier = match.group(1)
    named = skills.find_skills(qualifier)
    if named - _FIELDS:  # "a React Native app", "Data Visualization Platform": how it was built, or a tech
        return match.group(0)
    return match.group(0)[len(qualifier) :]
