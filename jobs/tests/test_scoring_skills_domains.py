"""The vocabulary of data engineering, medical offices and digital marketing, as their recruiters read it."""

from jobs.scoring import skills
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()


def test_stream_processors_and_warehouse_words_are_data_engineering() -> None:
    assert "Big data" in skills.expand(skills.find_skills("Streaming jobs on Apache Flink and Kinesis"))
    assert "Big data" in skills.expand(skills.find_skills("Batch pipelines in Apache Beam on Dataflow"))
    dwh = skills.expand(skills.find_skills("Designed the star schema of the sales DWH"))
    assert {"Data warehousing", "Data engineering", "SQL"} <= dwh


def test_a_warehouse_schema_is_no_distribution_warehouse() -> None:
    found = skills.find_skills("Advanced SQL and warehouse schemas on Redshift")
    assert "Data warehousing" in found and "Operations management" not in found


def test_medical_office_words_name_billing_records_and_health_record_systems() -> None:
    assert skills.find_skills("Submitted insurance claims and posted co-pays") == {"Medical billing"}
    assert skills.find_skills("Coded visits with ICD-10 and CPT codes") == {"Medical billing"}
    assert "Electronic health records" in skills.find_skills("Scheduled visits in Epic and Cerner")
    assert "Patient registration" in skills.find_skills("Handled patient intake and HIPAA paperwork")


def test_an_agile_epic_and_a_students_training_are_not_medical_words() -> None:
    assert "Electronic health records" not in skills.find_skills("Split the epics into user stories")
    assert "Medical billing" not in skills.find_skills("Worked on CPT as an F-1 student")


def test_paid_media_words_are_paid_advertising_and_marketing() -> None:
    for line in ("Ran PPC and paid social budgets", "Managed Google Ads and programmatic display buys"):
        assert {"Paid advertising", "Marketing"} <= skills.expand(skills.find_skills(line))
    assert "Paid advertising" not in skills.find_skills("Wrote programmatic interfaces for the app")


BILLING = Rubric(
    role_title="Medical Office Administrator",
    description="Runs the front office of a clinic",
    criteria=(Criterion("Insurance and billing", "Insurance billing, claims and patient payments"),),
    blind=False,
)


def test_a_billers_work_meets_an_insurance_billing_criterion() -> None:
    role = "Experience\n2019 - present: Billing Clerk, Lakeside Family Clinic\n{line}\n"
    biller = SCORER.score(role.format(line="Verified insurance eligibility and submitted claims."), BILLING)
    clerk = SCORER.score(role.format(line="Filed letters and answered the door."), BILLING)
    assert biller.criteria[0].score >= 6 and clerk.criteria[0].score < biller.criteria[0].score


def test_transport_planning_is_logistics_work() -> None:
    # A planner who never names a warehouse still works in logistics operations: routes, loads, haulage.
    for line in ("Transport Planner, Example Haulage Ltd", "Route planning and load planning for 40 HGVs"):
        assert {"Operations management", "Logistics"} <= skills.expand(skills.find_skills(line))
    assert "Logistics" not in skills.expand(skills.find_skills("Planned the sprint and the release"))
