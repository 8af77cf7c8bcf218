"""Whose years a stated total is: "Data Analyst with 6 years of experience ..." states an analyst's years.

A summary that opens with a job title and then the years ("Registered Nurse with 8 years", "Data Analyst with
6 years of experience developing SQL data models and reporting pipelines") states how long its writer has
done that job. The words that follow say what the job involved, and may come close in meaning to another
domain's (an analyst's reporting pipelines to a data engineer's); a recruiter still reads the total as the
title's. So when the title names a skill that is not the criterion's domain, the total counts for the domain
only by a skill of the domain the line names, never by its meaning alone.
"""

from __future__ import annotations

import re

from jobs.scoring import skills
from jobs.scoring.work_dates import names_job

# "Data Analyst with", "Senior Nurse having", "Data Analyst, 3+ years": a short title, then the years.
_TITLE_THEN_YEARS = re.compile(
    r"^\s*(?P<title>(?:[\w&/+.-]+\s+){0,4}?[\w&/+.-]+)\s*(?:,|\bwith\b|\bhaving\b|\bof\b|-|\u2013|\u2014)"
    r"\s*(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?\d{1,2}\s*\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)


def titled_elsewhere(line: str, terms: frozenset[str]) -> bool:
    """Whether a stated total opens with a job title of a domain other than the one of `terms`."""
    match = _TITLE_THEN_YEARS.match(line)
    if match is None or not names_job(match["title"]):
        return False
    named = skills.expand(skills.find_skills(match["title"]))
    return bool(named) and not named & terms
