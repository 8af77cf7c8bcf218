"""The cheap first pass: score every CV offline, and send only the best `llm_top_n` on to the LLM."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

from jobs.cvwork import Outcome, hidden_spans, process_cv, record, work_for
from jobs.models import ItemStatus, Job, JobItem
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Rubric

# Marks a CV whose offline score was final because it did not make the LLM shortlist.
NOT_SENT_FLAG = "offline_only"


def send_only_the_best_to_the_llm(
    job: Job, items: list[JobItem], rubric: Rubric, pool: ThreadPoolExecutor
) -> list[JobItem]:
    """Score `items` offline; record all but the best (by offline score) and return those for the LLM.

    Parsing happens here once; the shortlisted CVs reach the LLM with their text already extracted.
    On a resumed job, CVs already scored by the LLM count against the shortlist.
    """
    assert job.llm_top_n is not None
    offline = OfflineScorer()
    works = [work_for(item) for item in items]  # on this thread: it may read the CV row
    outcomes = list(pool.map(lambda work: process_cv(work, rubric, offline), works))
    already_sent = job.items.filter(status=ItemStatus.SCORED).exclude(scorer=offline.name).count()
    room = max(0, job.llm_top_n - already_sent)
    ranked = sorted(
        (pair for pair in zip(items, outcomes, strict=True) if pair[1].result is not None),
        key=lambda pair: (-pair[1].result.score, pair[0].position),  # type: ignore[union-attr]
    )
    shortlist = {item.pk for item, _ in ranked[:room]}
    for item, outcome in zip(items, outcomes, strict=True):
        if item.pk in shortlist:
            _keep_extraction(item, outcome)
        else:
            record(item, _flag_offline_only(outcome))
    return [item for item in items if item.pk in shortlist]


def _keep_extraction(item: JobItem, outcome: Outcome) -> None:
    if outcome.work.text is None and outcome.text is not None:
        item.cv.record_extraction(
            text=outcome.text, page_count=outcome.page_count, hidden_spans=hidden_spans(outcome.hidden)
        )


def _flag_offline_only(outcome: Outcome) -> Outcome:
    if outcome.result is None:
        return outcome
    flags = (*outcome.result.flags, NOT_SENT_FLAG)
    return dataclasses.replace(outcome, result=dataclasses.replace(outcome.result, flags=flags))
