"""What an erasure clears besides the candidate's own rows: its uses elsewhere and the admin's log.

`candidates` knows nothing of the apps that use a candidate (jobs): they name a function in
CANDIDATE_ERASURE_HOOKS, called inside the erasure's transaction before the rows go, with the candidate's
id, so each app can remove what it holds and keep its own totals right.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.utils.module_loading import import_string

from candidates.models import CV, Candidate

ERASED_REPR = "(erased)"


def erase_traces(*, candidate_id: uuid.UUID) -> None:
    """Run every app's erasure hook, then strip the candidate's label and filenames from the admin log."""
    for path in settings.CANDIDATE_ERASURE_HOOKS:
        import_string(path)(candidate_id=candidate_id)
    cv_ids = [str(pk) for pk in CV.objects.filter(candidate_id=candidate_id).values_list("pk", flat=True)]
    scrub_admin_log(Candidate, [str(candidate_id)])
    scrub_admin_log(CV, cv_ids)


def scrub_admin_log(model: type[Candidate] | type[CV], object_ids: list[str]) -> int:
    """The admin's entries name an object by its `str()` (a label, a filename): keep the entry, not the name.

    The entry that records the erasure itself is written by the admin before the rows go, so it is
    scrubbed here too; staff keep who erased which id, and when.
    """
    if not object_ids:
        return 0
    content_type = ContentType.objects.get_for_model(model)
    entries = LogEntry.objects.filter(content_type=content_type, object_id__in=object_ids)
    return entries.update(object_repr=ERASED_REPR, change_message="")
