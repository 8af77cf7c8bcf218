"""A title line naming its employer after a dash or a bar is the role's title, however long the name."""

from jobs.scoring import title_lines
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
DASH = "\u2014"
TITLE = f"Senior Occupational Therapist (Band 6) {DASH} Greenfield Valley Community Health Services NHS Trust"


def test_a_short_title_before_a_long_employer_is_a_title() -> None:
    assert title_lines.titled_before_employer(TITLE, is_list=False)
    assert title_lines.titled_before_employer("Staff Nurse | Riverside Royal Infirmary and Hospital", False)


def test_a_bullet_or_a_sentence_with_a_dash_is_no_title() -> None:
    line = f"Grew repeat sales by a fifth over two years {DASH} A record for the northern region of the chain"
    assert not title_lines.titled_before_employer(line, is_list=False)
    assert not title_lines.titled_before_employer(f"Staff Nurse {DASH} Riverside Infirmary", is_list=True)
    assert not title_lines.titled_before_employer("Cardiac nurse on a busy ward for many years", False)


def test_the_role_so_titled_dates_years_in_its_occupation() -> None:
    criterion = Criterion(name="Experience", description="3+ years as an occupational therapist", weight=1)
    rubric = Rubric(role_title="Occupational Therapist", description="", criteria=(criterion,))
    cv = (
        f"Alex Moor\nOccupational Therapist\n\nExperience\n{TITLE}\nJan 2019 \u2013 Dec 2023\n"
        "Home assessments and equipment for adults after a stroke\n"
    )
    experience = SCORER.score(cv, rubric).criteria[0]
    assert experience.justification.startswith("about 4.9 years of relevant experience")
    assert experience.score >= 9  # read as a line of work, the role dated no years as a therapist (2/10)


def test_a_line_labelled_role_is_the_title_wherever_it_stands_in_the_role() -> None:
    # One-year roles written without a range ("2018 Acme") are gathered under the next dated one, so its
    # "Role:" line is not among the entry's first lines; the label still says it is the title.
    store = Criterion(name="Store management", description="Manages a store or dealership: daily operations")
    rubric = Rubric(role_title="Retail Store Manager", description="", criteria=(store,))
    cv = (
        "Employment History\n2018 Tel-Ran Educational Center\nRole: Java Developer student.\n"
        "Built web applications in Java.\n2010 2016 Motors Ltd\n{role}\n"
        "Grew sales of new and used cars and the number of returning customers.\n"
    )
    labelled = SCORER.score(cv.format(role="Role: Car dealership director."), rubric).criteria[0]
    bare = SCORER.score(cv.format(role="Car dealership director responsible for sales."), rubric).criteria[0]
    assert labelled.score > bare.score
