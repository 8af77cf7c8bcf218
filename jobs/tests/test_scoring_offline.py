"""The offline scorer: deterministic, blind to who the candidate is, multilingual."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from jobs.scoring import products, skills
from jobs.scoring.offline import OFFLINE_VERSION, OfflineScorer
from jobs.scoring.pipeline import score_cv
from jobs.scoring.skills import unglued
from jobs.scoring.types import Criterion, Rubric

BENCH_CVS = Path(__file__).resolve().parents[2] / "bench" / "quality" / "cvs"
SCORER = OfflineScorer()

BACKEND = Rubric(
    role_title="Backend engineer",
    description="Python services",
    criteria=(
        Criterion("Python", "Production Python, ideally Django/DRF", weight=3, required=True),
        Criterion("Databases", "PostgreSQL, data modelling", weight=2),
        Criterion("Experience", "5+ years backend experience", weight=2),
        Criterion("Leadership", "Led a team of engineers", weight=1),
    ),
    min_years_experience=5,
    blind=False,
)

TEMPLATE = """{name}
Backend Engineer
{email} | +44 7700 900123 | {pronouns}

SUMMARY
{name} is a backend engineer. {subject} has built Python services for eight years and {possessive} team
relies on {object} for database design.

EXPERIENCE
Senior Backend Engineer, Ledgerline
Mar 2018 - Present
- {subject} led a team of 5 engineers building the payments API in Python and Django REST Framework.
- Designed the PostgreSQL schema and tuned slow queries.

Backend Developer, Parcelhop
Jan 2015 - Feb 2018
- Built Flask services and wrote SQL migrations.

SKILLS
Python, Django, Flask, PostgreSQL, Docker
"""

PEOPLE = [
    {"name": "Michael Johnson", "email": "michael.johnson@example.com", "pronouns": "he/him", "subject": "He",
     "possessive": "his", "object": "him"},
    {"name": "Aisha Bello", "email": "aisha.bello@example.org", "pronouns": "she/her", "subject": "She",
     "possessive": "her", "object": "her"},
    {"name": "Julia Rust", "email": "j.rust@example.net", "pronouns": "they/them", "subject": "They",
     "possessive": "their", "object": "them"},
]  # fmt: skip


def _cv(person: dict[str, str]) -> str:
    return TEMPLATE.format(**person)


def test_same_cv_same_output_every_time() -> None:
    text = _cv(PEOPLE[0])
    assert SCORER.score(text, BACKEND) == SCORER.score(text, BACKEND)


def test_name_swap_gives_exactly_the_same_scores() -> None:
    outputs = [SCORER.score(_cv(person), BACKEND) for person in PEOPLE]
    scores = [[a.score for a in output.criteria] for output in outputs]
    assert scores == [[8, 8, 10, 7]] * 3
    assert len({output.summary for output in outputs}) == 1


def test_name_swap_through_the_blind_pipeline_gives_identical_results() -> None:
    blind = Rubric(BACKEND.role_title, BACKEND.description, BACKEND.criteria, 5, blind=True, version="r1")
    results = [score_cv(text=_cv(p), hidden=(), rubric=blind, scorer=SCORER) for p in PEOPLE]
    assert [r.score for r in results] == [83, 83, 83]
    # Blind mode: what is stored is identical too, evidence included.
    assert results[0].criteria == results[1].criteria == results[2].criteria
    assert results[0].redactions == ("name", "email", "phone", "pronouns")


def test_output_identifies_the_offline_algorithm() -> None:
    output = SCORER.score(_cv(PEOPLE[0]), BACKEND)
    assert (output.scorer, output.model, output.prompt_version) == (
        "offline",
        OFFLINE_VERSION,
        OFFLINE_VERSION,
    )
    assert output.years_experience == 11.8  # Jan 2015 .. AS_OF, merged


def test_evidence_quotes_are_lines_of_the_cv() -> None:
    text = _cv(PEOPLE[1])
    output = SCORER.score(text, BACKEND)
    lines = {line.strip().lstrip("- ") for line in text.splitlines()}
    quotes = [quote for a in output.criteria for quote in a.evidence]
    assert quotes and all(quote in lines for quote in quotes)


def test_experience_context_beats_a_skills_list_beats_absence() -> None:
    rubric = Rubric("x", "", (Criterion("Kafka"),), blind=False)
    base = "EXPERIENCE\n2019 - present Engineer, Acme\n- Built payment services.\nSKILLS\nPython\n"
    in_experience = base.replace("payment services", "payment services on Kafka")
    listed = base.replace("SKILLS\nPython", "SKILLS\nPython, Kafka")
    scores = [SCORER.score(t, rubric).criteria[0].score for t in (in_experience, listed, base)]
    assert scores == [7, 4, 0]


def test_a_dated_role_beats_a_project_beats_a_skills_list_and_recent_beats_old() -> None:
    rubric = Rubric("x", "", (Criterion("Kafka"),), blind=False)
    role = "EXPERIENCE\nEngineer, Acme\nJan 2023 - present\n- Built payment services on Kafka.\n"
    # Ten years before the CV's latest role: the same line, in the older of two roles.
    old = (
        "EXPERIENCE\nEngineer, Beta\nJan 2023 - present\n- Ran the billing team.\n"
        "Engineer, Acme\nJan 2012 - Dec 2014\n- Built payment services on Kafka.\n"
    )
    project = "PROJECTS\nPayments demo\n- Built payment services on Kafka.\n"
    listed = "SKILLS\nKafka, Docker\n"
    scores = [SCORER.score(t, rubric).criteria[0].score for t in (role, old, project, listed)]
    assert scores == [7, 5, 6, 4]


def test_recency_is_measured_from_the_cvs_latest_role_not_from_today() -> None:
    # A CV whose latest role ended in 2018 (written then, or a career break since) used React in that role:
    # its latest work is recent use. A licence is held, not used: an old role's title still evidences it.
    react = Criterion("Frontend framework", "React, Vue or Angular")
    role = "EXPERIENCE\nFront-End Developer, Acme\n{dates}\n- Built the shop's React components.\n"
    assert _one(role.format(dates="Feb/2016 - Nov/2018"), react) == _one(
        role.format(dates="2023 - now"), react
    )
    rn = Criterion("RN licence", "Active Registered Nurse (RN) licence", required=True)
    nurse = (
        "EXPERIENCE\nCare Coordinator, Clinic\nJan 2022 - present\n- Scheduled patient visits.\n"
        "RN Charge Nurse, General Hospital\n{dates}\n- Led the night shift on a surgical unit.\n"
    )
    assert _one(nurse.format(dates="2005 - 2010"), rn) == _one(nurse.format(dates="2019 - 2021"), rn) > 5


def test_a_licence_named_in_the_plural_is_colleagues_not_the_licence_held() -> None:
    rn = Criterion("RN licence", "Active Registered Nurse (RN) licence", required=True)
    role = "EXPERIENCE\nField Nurse, Home Care Co\nJan 2015 - present\n- {line}\n"
    held = _one(role.format(line="Worked as a Registered Nurse on home visits."), rn)
    colleagues = _one(role.format(line="Coordinated care plans with doctors and registered nurses."), rn)
    assert held >= 4 > colleagues  # below the required floor: a vocational nurse does not hold an RN licence


def test_a_field_named_as_what_a_product_was_for_is_not_work_in_that_field() -> None:
    # A developer who built an accounting application and a tax platform did no accounting or tax work;
    # an accountant who used accounting software and prepared tax returns did.
    accounting = Criterion("Accounting operations", "General ledger, reconciliations, month-end close")
    tax = Criterion("Tax", "Tax preparation and compliance")
    developer = (
        "EXPERIENCE\nFull-Stack Developer - Full Accounting Application\nJan 2020 - present\n"
        "- Launched a full accounting SaaS platform with React and Node.\n"
        "- Front-end lead on a multi-client Tax Management Platform.\n"
    )
    accountant = (
        "EXPERIENCE\nStaff Accountant, Acme\nJan 2020 - present\n"
        "- Kept the general ledger in accounting software and closed the month.\n"
        "- Prepared quarterly tax returns and filings.\n"
    )
    assert [_one(developer, c) for c in (accounting, tax)] == [0, 0]
    assert min(_one(accountant, c) for c in (accounting, tax)) >= 4
    assert products.subject_free("Built a React Native app") == "Built a React Native app"


def test_python_only_in_a_skills_list_misses_a_required_python_criterion() -> None:
    rubric = Rubric("x", "", (Criterion("Python", "Production Python, ideally Django"),), blind=False)
    mern = (
        "EXPERIENCE\nMERN Stack Developer, Acme\nJune 2020 - Present\n"
        "- Implemented RESTful services in Node.js and Express for the React front end.\n"
        "SKILLS\nJavaScript, MongoDB, Express.js, React, Node.js, REST API, Python\n"
    )
    assessment = SCORER.score(mern, rubric).criteria[0]
    assert (assessment.score, assessment.justification) == (3, "Python: in a skills list")


def test_score_justification_and_evidence_never_disagree() -> None:
    for path in sorted(BENCH_CVS.glob("*.txt")):
        for assessment in SCORER.score(path.read_text(), BACKEND).criteria:
            assert (assessment.score == 0) == (not assessment.evidence), path.name
            assert (assessment.score == 0) == (assessment.justification == "Not evidenced in the CV.")
            assert "not found" not in assessment.justification


NURSE = Rubric(
    "Registered Nurse",
    "",
    (
        Criterion("RN licence", "Active Registered Nurse (RN) licence", weight=3, required=True),
        Criterion("Acute care", "Hospital nursing on ICU or medical-surgical units", weight=3),
        Criterion("Experience", "2+ years of nursing experience", weight=2),
    ),
    blind=False,
)
NURSE_CV = """SUMMARY
Critical care nurse with 6 years on a medical ICU.
EXPERIENCE
Staff Nurse, Riverside Hospital
March 2019 - present
- Cared for ventilated patients on a 24-bed medical intensive care unit; titrated drips.
- Precepted new graduate nurses and charged the unit on nights.
LICENSES
Registered Nurse (RN), State Board of Nursing, active
"""


def test_other_professions_are_matched_by_words_and_meaning() -> None:
    output = SCORER.score(NURSE_CV, NURSE)
    # The licence held on one line is held in full (7 before: one line on the curve, its words not all said).
    assert [a.score for a in output.criteria] == [10, 9, 10]
    assert output.criteria[0].evidence[0] == "Registered Nurse (RN), State Board of Nursing, active"
    unrelated = SCORER.score((BENCH_CVS / "be_strong.txt").read_text(), NURSE)
    assert [a.score for a in unrelated.criteria] == [0, 0, 0]


def test_a_stated_total_counts_when_dates_say_less() -> None:
    rubric = Rubric("x", "", (Criterion("Experience", "10+ years of software development"),), blind=False)
    text = (
        "SUMMARY\nSoftware developer with 12+ years of experience building web applications.\n"
        "EXPERIENCE\nDeveloper, Acme\nSep 21 - NOW\n- Built the billing web application.\n"
    )
    output = SCORER.score(text, rubric)
    assert (output.criteria[0].score, output.years_experience) == (9, 12.0)
    assert output.summary == (
        "Offline match: 1 of 1 criteria evidenced; about 5.2 years of dated experience (12+ stated)."
    )


def test_years_criterion_uses_the_number_in_its_text_or_the_persona_minimum() -> None:
    text = "EXPERIENCE\nJan 2021 - Jan 2024 Backend developer\n- Built Django REST APIs.\n"
    three = Rubric("x", "", (Criterion("3+ years backend experience"),), blind=False)
    six = Rubric("x", "", (Criterion("6+ years backend experience"),), blind=False)
    seniority = Rubric("x", "", (Criterion("Seniority"),), min_years_experience=4, blind=False)
    got = [SCORER.score(text, rubric).criteria[0] for rubric in (three, six, seniority)]
    assert [a.score for a in got] == [10, 6, 8]
    assert got[1].evidence[0] == "Jan 2021 - Jan 2024 Backend developer"


def test_criteria_without_known_skills_fall_back_to_their_words() -> None:
    rubric = Rubric("x", "", (Criterion("Ownership", "Owned delivery of releases"),), blind=False)
    text = (
        "EXPERIENCE\n2019 - present Engineer\n- Owned delivery of quarterly releases for the billing team.\n"
    )
    assessment = SCORER.score(text, rubric).criteria[0]
    # Its words (owned, delivery, releases) and its meaning match a line of a current role.
    assert (assessment.score, assessment.evidence) == (
        7,
        ("Owned delivery of quarterly releases for the billing team.",),
    )


def test_french_and_spanish_cvs_match_english_criteria() -> None:
    rubric = Rubric(
        "Backend",
        "",
        (
            Criterion("Python", "Production Python, ideally Django/DRF"),
            Criterion("Leadership", "Led a team of engineers"),
            Criterion("Experience", "5+ years backend experience"),
        ),
        blind=False,
    )
    french = SCORER.score((BENCH_CVS / "be_strong_fr.txt").read_text(), rubric)
    spanish = SCORER.score((BENCH_CVS / "be_medium_es.txt").read_text(), rubric)
    assert [a.score for a in french.criteria] == [9, 6, 10]
    assert [a.score for a in spanish.criteria] == [7, 0, 9]
    assert french.criteria[1].evidence == (
        "Encadrement d'une équipe de 5 développeurs Python ; revues de code et mentorat des profils juniors.",
    )


def test_safe_to_share_between_threads() -> None:
    texts = [path.read_text() for path in sorted(BENCH_CVS.glob("*.txt"))] * 3
    sequential = [SCORER.score(text, BACKEND) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(lambda text: SCORER.score(text, BACKEND), texts))
    assert concurrent == sequential


def _one(text: str, criterion: Criterion) -> int:
    return SCORER.score(text, Rubric("x", "", (criterion,), blind=False)).criteria[0].score


def test_an_occupation_is_evidenced_by_the_roles_that_held_it() -> None:
    # The same line in an analyst's role is about sales, not selling: it counts for half, and only by what it
    # says beyond the occupation's name (offline-v12; 4 before, when the word "sales" alone was a match).
    sales = Criterion("Sales track record", "Closing sales against quotas or targets")
    role = "EXPERIENCE\n{title}, Acme\nJan 2019 - Jan 2024\n- Grew sales of industrial pumps by 30% a year.\n"
    assert [_one(role.format(title=t), sales) for t in ("Sales Manager", "Data Analyst")] == [8, 1]


def test_a_summary_claiming_an_occupation_no_dated_role_held_counts_for_less() -> None:
    # "ESL teacher" atop a developer's dated career is weighed as a line of a role that did not hold it.
    teaching = Criterion("Teaching experience", "Teaching children in a classroom: lesson planning")
    summary = "SUMMARY\nBackend developer, formerly an ESL teacher.\n"
    cv = summary + "EXPERIENCE\n{title}, Acme\n2015 - 2024\n- {line}\n"
    developer = _one(cv.format(title="Developer", line="Built Django services."), teaching)
    teacher = _one(cv.format(title="ESL Teacher", line="Planned lessons for a class of 28."), teaching)
    undated = _one(summary, teaching)
    assert teacher > undated > developer > 0  # with no dated roles, the summary is all there is


def test_native_mobile_ui_work_is_not_web_front_end_experience() -> None:
    framework = Criterion("Frontend framework", "React, Vue or Angular")
    role = "EXPERIENCE\n{title}, Acme\nJan 2020 - present\n"
    role += "- Built the design system and responsive UI in {tech}.\n"
    ios = _one(role.format(title="iOS Engineer", tech="SwiftUI"), framework)
    web = _one(role.format(title="Front-End Engineer", tech="React"), framework)
    assert web > ios == 0  # the iOS line names no web framework, and its UI words no longer imply one


def test_a_spelled_out_licence_is_not_met_by_another_one() -> None:
    rn = Criterion("RN licence", "Active Registered Nurse (RN) licence", required=True)
    line = "CERTIFICATIONS\n{licence}, State Board of Nursing, active\n"
    names = ("Registered Nurse", "Certified Nursing Assistant")
    got = [_one(line.format(licence=name), rn) for name in names]
    assert got == [10, 2]  # below the required floor (4): the overall score is capped


def test_a_nurse_titled_cv_naming_another_nursing_licence_does_not_hold_the_one_asked() -> None:
    # A vocational nurse's roles are titled "Field Nurse" and name RNs only as colleagues or supervisors: the
    # titles are the LVN licence's, so the RN licence asked for stays below the required floor. A nurse who
    # never writes "RN" and names no other nursing licence is not judged so (BLS is no nursing licence).
    rn = Criterion("RN licence", "Active Registered Nurse (RN) licence", required=True)
    cv = (
        "EXPERIENCE\nField Nurse, Acme Home Health\nJan 2015 - present\n"
        "- Worked under direct RN supervision on wound care and medications.\n"
        "- Coordinated care plans with doctors and registered nurses.\n"
        "EDUCATION\n{licence}\n"
    )
    lvn = _one(cv.format(licence="Licensed Vocational Nurse, Valley College, 2014"), rn)
    bls = _one(cv.format(licence="BLS certified, American Heart Association"), rn)
    rn_held = _one(cv.format(licence="Registered Nurse (RN), State Board of Nursing"), rn)
    assert lvn <= 3 < bls < rn_held


def test_a_relational_database_is_not_evidenced_by_a_document_store() -> None:
    databases = Criterion("Databases", "PostgreSQL or another relational database in production")
    role = "EXPERIENCE\nBackend Developer, Acme\nJan 2019 - Jan 2024\n- Designed the {db} databases.\n"
    assert [_one(role.format(db=db), databases) for db in ("MySQL", "MongoDB")] == [7, 0]


def test_years_in_an_occupation_need_a_title_naming_its_phrase() -> None:
    # One shared word ("Assistant", "Coordinator") is not the occupation: those years are not office years,
    # even when the role's lines are office work (they still evidence office administration itself).
    years = Criterion(
        "Experience", "2+ years as an office administrator, coordinator, office manager or assistant"
    )
    role = (
        "EXPERIENCE\nAcme Ltd January 2016 to January 2024 {title}\n"
        "- Scheduled appointments for the office staff.\n"
        "- Kept the filing system and ordered office supplies.\n"
    )
    titles = ("Administrative Assistant", "Office Manager", "Home Care Assistant", "Project Coordinator")
    scores = [_one(role.format(title=t), years) for t in titles]
    assert min(scores[:2]) >= 9
    assert max(scores[2:]) <= 3


def test_a_role_titled_with_the_occupation_did_its_usual_range_of_work() -> None:
    # An Office Manager ran the front desk, phones and supplies whether or not the CV lists them: the title
    # meets the criterion's breadth (not its depth); a title that is no office job earns nothing from it.
    office = Criterion(
        "Office administration",
        "Running the day-to-day office: front desk, phones and mail, filing, supplies",
    )
    role = "EXPERIENCE\n{title}, Acme Ltd\nJan 2019 - Jan 2024\n- Negotiated the cleaning contracts.\n"
    titles = ("Office Manager", "Practice Manager", "Operations Lead")
    assert [_one(role.format(title=t), office) for t in titles] == [6, 6, 0]


def test_a_title_glued_by_pdf_extraction_still_holds_the_occupation() -> None:
    # "SalesManager" (a PDF lost the space) holds sales as "Sales Manager" does; an analyst still does not.
    sales = Criterion("Sales track record", "Closing sales against quotas or targets")
    role = "EXPERIENCE\n{title}, Acme\nJan 2019 - Jan 2024\n- Grew sales of industrial pumps by 30% a year.\n"
    titles = ("Sales Manager", "SalesManager", "DataAnalyst")
    assert [_one(role.format(title=t), sales) for t in titles] == [8, 8, 1]  # 4 before offline-v12
    # The glued title names the occupation as evidence too, as the spaced one does.
    teaching = Criterion("Teaching experience", "Teaching children in a classroom: lesson planning")
    teacher = "EXPERIENCE\n{title} , 08/2014 to 06/2017\n- Planned lessons for a class of 28.\n"
    assert _one(teacher.format(title="ClassroomTeacher"), teaching) == _one(
        teacher.format(title="Classroom Teacher"), teaching
    )
    assert unglued("ClassroomTeacher, SeniorAccountant") == "Classroom Teacher, Senior Accountant"
    assert skills.find_skills("JavaScript and PostgreSQL on GitHub") == {"JavaScript", "PostgreSQL", "Git"}


def test_too_few_years_for_the_persona_minimum_lower_the_result_and_say_so() -> None:
    rubric = Rubric(
        "Backend Engineer",
        "",
        (Criterion("Python", "Production Python, ideally Django"),),
        min_years_experience=4,
        blind=False,
    )
    role = "EXPERIENCE\nBackend Engineer, Acme\n{dates}\n- Built Django REST APIs in Python.\n"
    junior, veteran, undated = (
        SCORER.score(role.format(dates=dates), rubric)
        for dates in ("Jan 2024 - Jan 2025", "Jan 2019 - Jan 2024", "")
    )
    short = "about 1 year of experience; the role asks for 4"
    assert (junior.criteria[0].score, junior.criteria[0].justification) == (
        6,
        f"Python, Django: in a role (2024-2025); {short}",
    )
    assert junior.summary.endswith(" About 1 year of experience; the role asks for 4.")
    assert (veteran.criteria[0].score, veteran.criteria[0].justification) == (
        7,
        "Python, Django: in a role (2019-2024)",
    )
    # No dates at all: the years are unknown, not zero, so nothing is taken off.
    assert (undated.criteria[0].score, "asks for" in undated.summary) == (7, False)
