"""The prefilter strategy: score every CV offline, and send only the best `llm_top_n` on to the LLM."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from jobs.models import ItemStatus, Job, JobItem
from jobs.pipeline import Outcome, Prepared, Scored, Source, flagged, prepare, record, score, source_for
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

    def offline_outcome(source: Source) -> Outcome:
        prepared = prepare(source, rubric)
        return score(prepared, rubric, offline) if isinstance(prepared, Prepared) else prepared

    sources = [source_for(item) for item in items]  # on this thread: it may read the CV row
    outcomes = list(pool.map(offline_outcome, sources))
    already_sent = job.items.filter(status=ItemStatus.SCORED).exclude(scorer=offline.name).count()
    room = max(0, job.llm_top_n - already_sent)
    ranked = sorted(
        (
            (item, outcome)
            for item, outcome in zip(items, outcomes, strict=True)
            if isinstance(outcome, Scored)
        ),
        key=lambda pair: (-pair[1].result.score, pair[0].position),
    )
    shortlist = {item.pk: outcome.prepared for item, outcome in ranked[:room]}
    for item, outcome in zip(items, outcomes, strict=True):
        # A shortlisted CV stays pending: recording its preparation only keeps what was read.
        record(item, shortlist.get(item.pk) or flagged(outcome, NOT_SENT_FLAG))
    return [item for item in items if item.pk in shortlist]
