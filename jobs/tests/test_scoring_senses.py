"""Word senses: a line is read for what its words mean there (jobs/scoring/senses.py, degrees.py)."""

import pytest

from jobs.scoring import degrees, senses
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import stems
from jobs.scoring.skills import expand_line, find_skills
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
ROLE = "EXPERIENCE\n{title}\nJan 2019 - Jan 2024\n- {line}\n"


def _one(text: str, criterion: Criterion) -> int:
    return SCORER.score(text, Rubric("x", "", (criterion,), blind=False)).criteria[0].score


def test_a_cloud_account_is_no_ledger_account() -> None:
    ledger = Criterion(
        "Accounting operations", "General ledger, reconciliations, accounts payable and receivable"
    )
    devops = ROLE.format(title="DevOps Engineer, Acme", line="Managed IAM roles across forty AWS accounts.")
    clerk = ROLE.format(
        title="Accounts Payable Clerk, Acme", line="Processed accounts payable for 300 vendors."
    )
    assert _one(devops, ledger) == 0
    assert _one(clerk, ledger) >= 5
    assert senses.read_as("Fixed the account settings page") == "Fixed the profile settings page"


def test_an_accountant_is_not_an_account_manager_and_back() -> None:
    assert stems("Staff Accountant") & stems("Key Account Manager") == {"staff"} - {"staff"}
    assert "accounting" in stems("Accounts payable and receivable") & stems("Senior Accountant")
    accounts = Criterion("Account management", "Managing and growing customer accounts, renewals")
    accountant = ROLE.format(title="Staff Accountant, Acme", line="Closed the books every month.")
    manager = ROLE.format(title="Account Manager, Acme", line="Grew key customer accounts and renewals.")
    assert _one(accountant, accounts) < 3 < _one(manager, accounts)


@pytest.mark.parametrize("title", ["Sales Analyst", "Sales Operations Analyst", "Sales Strategist"])
def test_a_sales_analyst_analyses_sales_and_holds_no_quota(title: str) -> None:
    quota = Criterion("Sales track record", "Closing sales against quotas or targets; revenue achieved")
    line = "Built weekly dashboards of regional revenue for the leadership team."
    analyst = _one(ROLE.format(title=f"{title}, Acme", line=line), quota)
    seller = _one(
        ROLE.format(title="Sales Representative, Acme", line="Closed 120% of quota two years running."), quota
    )
    assert "Sales" not in find_skills(senses.read_as(title))
    assert analyst <= 3 < 7 <= seller


def test_a_university_teaching_assistant_is_study_support_not_a_teacher() -> None:
    teaching = Criterion("Teaching experience", "Teaching children in a classroom: lesson planning")
    university = ROLE.format(
        title="State University, Teaching Assistant - Databases",
        line="Held weekly lab sessions for the database course.",
    )
    school = ROLE.format(title="Teaching Assistant, Oak Primary School", line="Led phonics groups in Year 2.")
    assert _one(university, teaching) < _one(school, teaching)
    assert "Teaching" not in find_skills(senses.read_as("State University, Teaching Assistant"))
    assert "Teaching" in find_skills(senses.read_as("Teaching Assistant, Oak Primary School"))


def test_data_passed_between_programs_is_not_communication_with_people() -> None:
    assert "Communication" not in find_skills(senses.read_as("Secured the API communication with TLS"))
    assert "Communication" in find_skills(senses.read_as("Weekly communication with parents"))


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Kept the CI/CD pipeline green", "pipelin"),
        ("Ran ETL pipelines nightly", "pipelin"),
        ("Built infrastructure for the financial sector", "financial"),
        ("Met security compliance audits", "complianc"),
        ("Two journal articles on robotics", "journal"),
        ("Did medication reconciliation on admission", "reconcil"),
        ("Reconciliation of monthly MARs", "reconcil"),
        ("Wrote the ward's mission statement", "statement"),
        ("Jan 2020 \u2013 Present", "present"),
        ("Acme, 2019 to present", "present"),
    ],
)
def test_a_word_in_another_fields_sense_is_not_the_criterions_word(line: str, word: str) -> None:
    assert word in stems(line)
    assert word in stems(" ".join(senses.other_senses(line)))


@pytest.mark.parametrize(
    "line",
    ["Built a sales pipeline of 40 leads", "Prepared tax compliance filings", "Posted journal entries"],
)
def test_the_words_common_sense_is_kept(line: str) -> None:
    assert senses.other_senses(line) == []


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("B.A. in English", "Bachelor of Arts in English"),
        ("B.A English", "Bachelor of Arts English"),
        ("M.Sc in Physics", "Master of Science in Physics"),
        ("B. Ed.", "Bachelor of Education"),
        ("BS in Accounting", "Bachelor of Science in Accounting"),
        ("BA (Hons) History", "Bachelor of Arts (Hons) History"),
        ("M.B.A.", "Master of Business Administration"),
    ],
)
def test_an_abbreviated_degree_is_a_degree(written: str, read: str) -> None:
    assert degrees.read_as(written) == read
    assert "Degree" in find_skills(degrees.read_as(written))


@pytest.mark.parametrize("line", ["MS Office and Excel", "Boston, MA", "BA flight operations"])
def test_an_abbreviation_with_another_reading_is_left_alone(line: str) -> None:
    assert degrees.read_as(line) == line


def test_compound_words_read_as_their_sense() -> None:
    app = "Built the customer-facing web application in React"
    assert "Customer support" in find_skills("Customer-facing role handling complaints")
    assert "Customer support" not in find_skills(senses.read_as(app))
    assert "TDD" in find_skills(senses.read_as("Practised test-driven work on every service"))


@pytest.mark.parametrize(
    "line",
    [
        "Integration with back-end REST API and push notifications",
        "Integrated the app with the backend over REST",
        "Consumed server-side APIs from the mobile client",
    ],
)
def test_a_back_end_a_client_only_talked_to_is_no_back_end_work(line: str) -> None:
    server = Criterion("Back-end development", "Server-side development of web applications and APIs")
    client = _one(ROLE.format(title="iOS Developer, Acme", line=line), server)
    builder = _one(
        ROLE.format(title="Developer, Acme", line="Built the back-end REST API and its database"), server
    )
    assert "Backend" not in find_skills(senses.read_as(line))
    assert find_skills(line) - {"Backend"} <= find_skills(senses.read_as(line))  # the API it used stays
    assert client < builder


@pytest.mark.parametrize(
    ("line", "backend"),
    [
        ("Consumed REST APIs in React with Redux", False),  # a front end calls the API
        ("Integration with back-end REST API and push notifications", False),
        ("Built REST APIs in Django", True),  # built: server-side work
        ("React front end and its Node.js REST API", True),  # the line names server-side work of its own
        ("Designed the REST API of the booking service", True),
    ],
)
def test_an_api_a_client_called_implies_no_back_end_work(line: str, backend: bool) -> None:
    named = find_skills(senses.read_as(line))
    assert ("Backend" in expand_line(named, senses.calls_back_end(line))) is backend
    assert "REST API" in named


def test_a_front_end_that_called_rest_apis_is_not_back_end_work() -> None:
    server = Criterion("Back-end development", "Server-side development: back-end services")
    called = ROLE.format(title="Frontend Developer, Acme", line="Consumed REST APIs in React with Redux")
    built = ROLE.format(title="Developer, Acme", line="Built REST APIs in Django")
    assert _one(called, server) < _one(built, server)


@pytest.mark.parametrize(
    "line",
    [
        "Worked closely with the product manager on sprint scope.",
        "Reporting to the Product Owner, estimated the backlog items.",
        "Built the billing screens alongside our product managers.",
    ],
)
def test_a_colleagues_title_is_no_occupation_of_the_writer(line: str) -> None:
    owning = Criterion("Product management", "Owned a product as product manager: roadmap and priorities")
    developer = _one(ROLE.format(title="Software Developer, Acme", line=line), owning)
    manager = _one(
        ROLE.format(
            title="Software Developer, Acme", line="Served as the product manager of the billing app."
        ),
        owning,
    )
    assert "Product management" not in find_skills(senses.read_as(line))
    assert developer < manager


@pytest.mark.parametrize(
    "line",
    [
        "Gave weekly quizzes and tests to check the pupils' reading.",
        "Prepared the classroom for standardized testing in May.",
    ],
)
def test_a_teachers_tests_assess_learners_not_software(line: str) -> None:
    testing = Criterion("Testing", "Unit and end-to-end tests: Jest, Cypress or Playwright")
    teacher = _one(ROLE.format(title="Year 4 Teacher, Oak Primary School", line=line), testing)
    assert "Testing" not in find_skills(senses.read_as(line))
    assert teacher <= 1
    assert "Testing" in find_skills(senses.read_as("Wrote unit tests for the exam grading service"))


def test_a_developers_tests_of_an_exam_app_stay_tests() -> None:
    for line in ("Wrote tests for the Java classes of the exam app", "Ran the tests on the grades service"):
        assert "Testing" in find_skills(senses.read_as(line))
