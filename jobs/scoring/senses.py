"""Word senses: a line is read for what its ambiguous words mean there, not for how they are spelled.

A recruiter reads "dozens of AWS accounts" as cloud tenancy, not accountancy; a "Sales Analyst" as someone who
analyses sales, not one who carries a quota; a university "Teaching Assistant" as study support for a course,
not a school teacher; "secure API communication" as data passed between programs, not talking with people.
Each rule below rewrites the words that would be misread into the sense they have in the line, so that the
skills, words and meaning read from it (profile.py) are the right ones. The quote stays the line as written.
Where the rewrite would lose a skill the line does name ("a CI/CD pipeline" names CI/CD), the word is kept
and only left out of the line's own words (`other_senses`), so it no longer meets a criterion's word in its
common sense ("pipeline building" for a salesperson).
"""

from __future__ import annotations

import re

from jobs.scoring import warehouses
from jobs.scoring.redaction_gate import fold_case

# An account held on a platform (cloud, e-mail, social media) or an application's account pages: not the
# ledger sense of "account". "User accounts" is left alone: it names IT support's own skill.
_PLATFORM_ACCOUNT = re.compile(
    r"\b((?:aws|gcp|azure|cloud|iam|service|admin|root|e-?mail|gmail|google|microsoft|github|gitlab|developer"
    r"|sandbox|demo|social media|twitter|instagram|linkedin|facebook|tiktok|youtube)\s+)accounts?\b",
    re.IGNORECASE,
)
_ACCOUNT_FEATURE = re.compile(
    r"\baccounts?\s+(?=(?:settings|creation|login|log-in|sign-?up|page|pages|verification|recovery|"
    r"security|linking|deletion|provisioning)\b)",
    re.IGNORECASE,
)
# "Sales Analyst", "Sales Operations Analyst", "sales analytics": analysing a business's sales figures.
_SALES_ANALYSIS = re.compile(
    r"\bsales(?=\s+(?:and\s+marketing\s+|operations\s+)?(?:analyst|analysts|analysis|analyses|analytics"
    r"|strategist|data|insights|intelligence|reporting|dashboards?)\b)",
    re.IGNORECASE,
)
# A teaching assistant of a university course helps students study it: no school class of one's own.
_ACADEMIC = re.compile(
    r"\b(?:universit\w*|college|institute|faculty|professor|lecturer|lectures?|course|courses|undergraduates?"
    r"|postgraduate|semester)\b",
    re.IGNORECASE,
)
# Its lines about helping to teach still say so, and weigh as lines of a role that did not hold teaching.
_TEACHING_ASSISTANT = re.compile(r"\bteaching\s+assistant(?:s|ship|ships)?\b", re.IGNORECASE)
# Between programs, "communication" is data exchange: "API communication", "inter-service communication".
_MACHINE_COMMUNICATION = re.compile(
    r"\b((?:api|apis|http|https|network|serial|socket|inter-service|interservice|service-to-service|rpc"
    r"|grpc|bluetooth|device|client-server|websocket|mqtt)\s+)communications?\b",
    re.IGNORECASE,
)

# Compounds read as their sense: a "customer-facing web app" faces its users (no customer support given), and
# "test-driven" alone is the development practice.
_FACING_PRODUCT = re.compile(
    r"\b(?:customer|client|user)-facing(?=\s+(?:[\w.-]+\s+){0,2}(?:apps?|applications?|websites?|sites?"
    r"|platforms?|portals?|products?|features?|ui|interfaces?|dashboards?|apis?|services?|systems?)\b)",
    re.IGNORECASE,
)
_TEST_DRIVEN = re.compile(r"\btest[- ]driven\b(?!\s+(?:development|design))", re.IGNORECASE)
# A classifier built on heuristics or hand-written rules ("a heuristic-based spam classifier") sorts by rules
# a person wrote: no model was trained, so it is no machine learning. Read as the filtering it is.
_RULE_BASED_CLASSIFIER = re.compile(
    r"\b(?:heuristics?|rules?|keyword|regex)[- ]based\s+(?:[\w/-]+\s+){0,3}?(?:classif(?:ication|ier)s?)\b",
    re.IGNORECASE,
)
_CLASSIF = re.compile(r"classif(?:ication|ier)s?\b", re.IGNORECASE)
# A client integrated with, called or consumed "the back-end REST API": the back end is what its work talked
# to (an app's, a page's), built by others. The API stays; "back end" is read as the remote side it was.
_BACK_END_USED = re.compile(
    r"\b((?:integrat\w*|connect\w*|consum\w*|communicat\w*|interact\w*|call\w*|request\w*|fetch\w*)"
    r"(?:(?:\s+[\w'-]+){0,3}?\s+(?:with|to|from|against))?\s+(?:the|a|an|our|their|its|existing)?\s*)"
    r"(?:back[- ]?end|server[- ]side|server)\b",
    re.IGNORECASE,
)

# "Worked closely with the product manager", "reporting to the Office Manager": the title is a colleague's,
# whose work the line's writer supported; it names no occupation of the writer's (the working-with stays).
_COLLEAGUE = re.compile(
    r"\b((?:with|alongside|under|reporting to|reported to|reports to)\s+(?:the|our|a|an|their|its|my)\s+)"
    r"(?:[A-Za-z-]+\s+){0,2}?(?:managers?|owners?|directors?|leads?)\b",
    re.IGNORECASE,
)
_TITLE_NOUNS = ("manager", "owner", "director", "lead")
# Tests a teacher gives ("quizzes and tests to assess student understanding", "test proctoring") assess
# learners: no test of software. Read as assessments on a line about learners (not "exams" or "classes",
# which an ed-tech developer's lines name too); "unit tests" and other tests of a system are left alone.
_LEARNERS = re.compile(
    r"\b(?:students?|pupils?|learners?|classroom|quiz(?:zes)?|proctor\w*|standardi[sz]ed)\b", re.IGNORECASE
)
_LEARNERS_TEST = re.compile(
    r"(?<!unit )(?<!integration )(?<!automated )(?<!software )(?<!regression )(?<!load )(?<!performance )"
    r"(?<!a/b )(?<!usability )(?<!e2e )\btest(s|ing)?\b",
    re.IGNORECASE,
)


# A piece of every word `_ACADEMIC` matches: a line holding none is not searched (~3 us a line, twice).
_ACADEMIC_PIECES = (
    "universit", "college", "institute", "faculty", "professor", "lecture", "course", "graduate", "semester",
)  # fmt: skip

# The rewrites above in the order they run, each with a word every match of it holds.
_SENSE_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("account", _PLATFORM_ACCOUNT, r"\1"),
    ("account", _ACCOUNT_FEATURE, "profile "),
    ("sales", _SALES_ANALYSIS, "business"),
    ("communication", _MACHINE_COMMUNICATION, r"\1data exchange"),
    ("-facing", _FACING_PRODUCT, "public-facing"),
    ("driven", _TEST_DRIVEN, "test-driven development"),
)


def academic(text: str) -> bool:
    """Whether a line is about a university course (a lab, a professor): a setting of study, not a school."""
    lowered = fold_case(text)
    return any(piece in lowered for piece in _ACADEMIC_PIECES) and _ACADEMIC.search(text) is not None


def calls_back_end(text: str) -> bool:
    """Whether the line's work integrated with, called or consumed a back end that others built."""
    lowered = text.lower()
    return ("back" in lowered or "server" in lowered) and _BACK_END_USED.search(text) is not None


def read_as(text: str, in_academia: bool = False) -> str:
    """The line with its ambiguous words put in the sense they have there (usually the line itself).

    `in_academia`: the line belongs to a role another line of which is about a university course.
    """
    # Each pattern is tried only on a line holding its word (case-folded as re.IGNORECASE compares, and
    # folded again after a change): on every line of every CV they were ~a tenth of the offline scorer's CPU.
    folded = fold_case(text)
    for word, pattern, replacement in _SENSE_RULES:
        if word in folded and (changed := pattern.sub(replacement, text)) != text:
            text, folded = changed, fold_case(changed)
    text = warehouses.read_as(text)  # "loaded the warehouse with ETL jobs": a data warehouse
    lowered = text.lower()
    if "back" in lowered or "server" in lowered:  # the pattern is tried only where it could match
        text = _BACK_END_USED.sub(r"\1remote service", text)
    if any(noun in lowered for noun in _TITLE_NOUNS):  # the pattern is tried only where it could match
        text = _COLLEAGUE.sub(r"\1colleague", text)
    if "test" in lowered and _LEARNERS.search(text):  # rarely both: the pattern is seldom tried
        text = _LEARNERS_TEST.sub(lambda m: "assessments" if m[1] else "assessment", text)
    if "classif" in lowered and "based" in lowered:  # rarely both: the pattern is seldom tried
        text = _RULE_BASED_CLASSIFIER.sub(lambda m: _CLASSIF.sub("filtering", m[0]), text)
    if (in_academia or academic(text)) and "assistant" in fold_case(text):
        text = _TEACHING_ASSISTANT.sub("course assistant", text)
    return text


# Words kept for meaning and skills ("a CI/CD pipeline" still names CI/CD) but not read as the criterion's own
# word in the sense it has elsewhere: a build pipeline is no sales pipeline, "the financial sector" is the
# industry served (no financial reporting done), "security compliance" is no tax compliance, a "journal
# article" was published (no journal entries kept), "medication reconciliation" is a nurse's check of a
# patient's drugs (no ledger reconciled), a "mission statement" is no financial statement, the "present" that
# ends a date range ("Jan 2020 - Present") is today, no presentation given.
_OTHER_SENSES: tuple[tuple[str, re.Pattern[str]], ...] = (  # each with a word its every match holds
    ("present", re.compile(r"(?:[-\u2013\u2014]|\bto|\buntil|\btill|\bsince)\s*(present)\b", re.IGNORECASE)),
    (
        "reconcil",
        re.compile(
            r"\b(?:medications?|meds|drugs?)\s+(reconcil\w*)|\b(reconcil\w*)\s+of\s*(?:the\s+|daily\s+|monthly\s+)?"
            r"(?:medications?|meds|mar'?s?|medication administration records?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "statement",
        re.compile(r"\b(?:mission|vision|personal|problem|value|purpose)\s+(statements?)\b", re.IGNORECASE),
    ),
    (
        "journal",
        re.compile(
            r"\b(journals?)\s+(?:articles?|papers?|publications?|of)\b|\b(?:peer-reviewed|academic|scientific"
            r"|scholarly|research|medical)\s+(journals?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "pipeline",
        re.compile(
            r"\b(?:ci/cd|ci|cd|data|etl|elt|build|deployment|release|delivery|ml|devops|jenkins|gitlab|processing"
            r"|ingestion|streaming|airflow|inference|training|rendering|test|testing)\s+(pipelines?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "financial",
        re.compile(
            r"\b(financial)\s+(?:sector|industry|services|institutions?|regulations?|regulators?|clients?|domain)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "compliance",
        re.compile(
            r"\b(?:security|privacy|data protection|hipaa|gdpr|pci|pci-dss|soc ?2|iso ?27001|cloud)"
            r"\s+(compliance)\b",
            re.IGNORECASE,
        ),
    ),
)


def other_senses(text: str) -> list[str]:
    """The words of the line used in a sense other than their common one, to leave out of its own words."""
    folded = fold_case(text)  # a pattern is tried only on a line holding its word
    found = (
        match.group(match.lastindex or 0)
        for word, pattern in _OTHER_SENSES
        if word in folded
        for match in pattern.finditer(text)
    )
    return [word for word in found if word]
