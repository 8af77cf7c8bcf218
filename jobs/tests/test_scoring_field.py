"""Field nearness: soft criteria weigh evidence by the field it was earned in (issue #9)."""

from jobs.scoring import field
from jobs.scoring.criteria import need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import read
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

OFFICE = Rubric(
    role_title="Office Coordinator",
    description="Runs a busy office: front desk, phones, diaries and supplies.",
    criteria=(
        Criterion("Customer service", "Greeting visitors, answering calls and emails courteously", weight=2),
        Criterion("Supplies", "Ordering supplies and dealing with vendors", weight=1),
        Criterion("Microsoft Office", "Word, Excel and Outlook", weight=1),
    ),
    min_years_experience=0,
    blind=False,
)

IT_PM = Rubric(
    role_title="IT Project Manager",
    description="Runs information-technology projects to go-live.",
    criteria=(Criterion("Project delivery", "Managed IT or software projects end to end", weight=2),),
    min_years_experience=0,
    blind=False,
)

ROLE = """EXPERIENCE
{title}, Northfield
Jan 2018 - Present
- Greeted visitors and answered calls at the front desk courteously.
- Ordered supplies and dealt with vendors for the team.
- Kept records in Microsoft Excel and Outlook.
"""


def _scores(text: str, rubric: Rubric) -> dict[str, int]:
    return {a.name: a.score for a in SCORER.score(text, rubric).criteria}


def test_a_title_places_a_role_in_its_field() -> None:
    assert field.fields_in("Staff Nurse, ICU") == {"healthcare"}
    assert field.fields_in("Senior Accountant") == {"finance"}
    assert field.fields_in("Business Developer") == {"sales"}  # not a software developer
    assert field.fields_in("Office Coordinator") == {"office"}


def test_a_head_noun_shared_by_joined_words_is_read_with_each() -> None:
    assert field.fields_in("Data & Operations Analyst") == {"data"}
    assert field.fields_in("Research and Development Engineer") == frozenset()


def test_everyday_occupations_are_placed_so_their_roles_are_weighed_by_field() -> None:
    assert field.fields_in("Lifeguard") == {"sport_leisure"}
    assert field.fields_in("Pool Manager") == {"sport_leisure"}
    assert field.fields_in("Dancer") == {"arts"}
    assert field.fields_in("Security Officer") == {"security"}
    assert field.fields_in("Warehouse Associate") == {"logistics"}
    assert field.fields_in("Retail Associate") == {"hospitality"}
    # Words that are also software's stay unplaced: a device driver, an agile coach.
    assert field.fields_in("Wrote Windows device drivers") == frozenset()
    assert field.fields_in("Agile Coach") == frozenset()


def test_a_lifeguard_meets_office_customer_service_less_than_an_unplaced_role() -> None:
    lifeguard = _scores(ROLE.format(title="Lifeguard"), OFFICE)
    unplaced = _scores(ROLE.format(title="Team Member"), OFFICE)
    assert (lifeguard["Customer service"], unplaced["Customer service"]) == (2, 7)


def test_it_in_capitals_is_the_field_and_folded_it_is_the_pronoun() -> None:
    assert field.fields_in("IT Project Manager") == {"software", "it_infra"}
    assert field.fields_in("IT Support Technician") == {"it_infra"}  # the precise phrase places alone
    assert field.fields_in("Made it work for the whole team") == frozenset()
    assert field.fields_in("Project Manager") == frozenset()  # a function, not a field


def test_nearness_is_one_in_the_field_less_for_neighbours_least_for_unrelated() -> None:
    office = frozenset({"office"})
    assert field.nearness(office, office) == 1.0
    assert field.nearness(frozenset({"finance"}), office) == 0.6
    assert field.nearness(frozenset({"healthcare"}), office) == 0.15
    assert field.nearness(frozenset({"healthcare", "office"}), office) == 1.0  # "Medical Secretary"


def test_what_cannot_be_placed_is_never_scaled() -> None:
    assert field.nearness(frozenset(), frozenset({"office"})) == 1.0
    assert field.nearness(frozenset({"healthcare"}), frozenset()) == 1.0


def test_the_persona_is_placed_by_its_title_else_its_description_else_its_criteria() -> None:
    assert field.persona_fields("Office Coordinator", "", ()) == {"office"}
    assert field.persona_fields("Coordinator", "Keeps the books of a small firm as its accountant.", ()) == {
        "finance"
    }
    criteria = ("Wards: hospital nursing", "Care: patient assessment", "Teamwork: works well with others")
    assert field.persona_fields("Team member", "Joins our team.", criteria) == {"healthcare"}


def test_a_role_without_a_telling_title_is_placed_by_two_of_its_lines() -> None:
    text = """EXPERIENCE
Team Member, Northfield
Jan 2018 - Present
- Assessed patients on admission and recorded their vital signs.
- Gave medication to patients on the surgical ward.
"""
    cv = read(text, OFFICE)
    assert field.role_fields(cv) == {0: {"healthcare"}}


def test_a_nurse_meets_office_customer_service_less_than_an_office_coordinator() -> None:
    nurse = _scores(ROLE.format(title="Staff Nurse"), OFFICE)
    coordinator = _scores(ROLE.format(title="Office Coordinator"), OFFICE)
    accountant = _scores(ROLE.format(title="Staff Accountant"), OFFICE)
    service = (coordinator["Customer service"], accountant["Customer service"], nurse["Customer service"])
    assert service == (7, 5, 2)
    assert (coordinator["Supplies"], accountant["Supplies"], nurse["Supplies"]) == (7, 5, 2)


def test_a_line_naming_a_concrete_skill_keeps_its_evidence_in_any_field() -> None:
    role = """EXPERIENCE
{title}, Northfield
Jan 2018 - Present
- Kept records in Microsoft Excel and Outlook.
"""
    nurse = _scores(role.format(title="Staff Nurse"), OFFICE)
    unplaced = _scores(role.format(title="Team Member"), OFFICE)
    assert nurse["Microsoft Office"] == unplaced["Microsoft Office"] == 7


def test_an_unplaced_role_keeps_its_evidence() -> None:
    unplaced = _scores(ROLE.format(title="Team Member"), OFFICE)
    coordinator = _scores(ROLE.format(title="Office Coordinator"), OFFICE)
    # Soft criteria only: "Office Coordinator" is also nearer in meaning to "Microsoft Office".
    assert unplaced["Customer service"] == coordinator["Customer service"] == 7
    assert unplaced["Supplies"] == coordinator["Supplies"] == 7


def test_it_project_delivery_weighs_an_it_project_manager_above_a_construction_one() -> None:
    role = """EXPERIENCE
{title}, Northfield
Jan 2016 - Present
- Managed projects end to end: scope, schedules, budgets, risks and go-live.
"""
    it = _scores(role.format(title="IT Project Manager"), IT_PM)
    site = _scores(role.format(title="Construction Project Manager"), IT_PM)
    assert (it["Project delivery"], site["Project delivery"]) == (8, 4)


def test_a_language_is_not_weighed_by_field_and_a_soft_criterion_keeps_no_skill() -> None:
    near = field.Nearness({0: 0.15}, 0.15)
    assert near.for_criterion(need("Languages", "Fluent French and Spanish", 0)) is None
    soft = near.for_criterion(need("Customer service", "Answering calls", 0))
    assert soft is not None and soft.keep == frozenset()


def test_a_certificate_of_another_field_is_weaker_than_the_one_asked_for() -> None:
    it_support = Rubric(
        role_title="IT Support Technician",
        description="Fixes the staff's computers.",
        criteria=(Criterion("Certifications", "CompTIA A+ or another IT support certification", weight=1),),
        min_years_experience=0,
        blind=False,
    )
    cv = """EXPERIENCE
{title}, Northfield
Jan 2018 - Present
- Looked after the {what} of a busy team.

CERTIFICATIONS
{certificate}
"""

    def score(title: str, what: str, certificate: str) -> int:
        text = cv.format(title=title, what=what, certificate=certificate)
        return _scores(text, it_support)["Certifications"]

    # The certificate asked for counts in any field; another field's counts as little as that field is near.
    assert score("Staff Nurse", "patients", "CompTIA A+ certified") == 5
    assert score("Team Member", "patients", "CompTIA A+ certified") == 5
    assert score("Accountant", "books", "Certified Public Accountant") == 1
    assert score("Team Member", "books", "Certified Public Accountant") == 3


def test_a_role_placed_by_its_lines_keeps_every_field_they_often_name() -> None:
    text = """EXPERIENCE
Technician, Northfield
Jan 2018 - Present
- Answered the help desk queue for 300 staff.
- Worked the service desk phones every morning.
- Gave friendly customer service to every caller.
- Trained new starters in customer service.
- Kept the supplies cupboard stocked.
"""
    assert field.role_fields(read(text, OFFICE)) == {0: {"it_infra", "customer_service"}}
