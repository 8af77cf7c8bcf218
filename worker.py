"""Start a scoring worker: `python worker.py` is `python manage.py rqworker scoring`.

Kept at the top level because the seed's instructions start workers this way. Arguments go on to rqworker,
e.g. `python worker.py webhooks --with-scheduler` also delivers webhooks and runs scheduled checks.
"""

from __future__ import annotations

import os
import sys

from django.conf import settings
from django.core.management import execute_from_command_line


def rqworker_argv(arguments: list[str]) -> list[str]:
    """The manage.py command line: rqworker on the scoring queue the settings name, then the arguments."""
    return ["manage.py", "rqworker", settings.SCORING_QUEUE, *arguments]


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cvscoring.settings")
    execute_from_command_line(rqworker_argv(sys.argv[1:]))


if __name__ == "__main__":
    main()
