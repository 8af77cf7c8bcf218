"""An employer's legal name in a title line places no field: the role is placed by its title and work."""

from jobs.scoring import field
from jobs.scoring.employers import without_employer
from jobs.scoring.profile import read
from jobs.scoring.types import Criterion, Rubric

DATA = Rubric(
    role_title="Data Engineer",
    description="Builds data pipelines",
    criteria=(Criterion("Data pipelines", "ETL pipelines with Airflow"),),
    blind=False,
)


def test_a_legal_name_after_the_titles_separator_is_taken_out() -> None:
    assert without_employer("Engineer / Northwind Steel Manufacturing Company, Leeds") == "Engineer / , Leeds"
    assert without_employer("Accountant at Brightline Software Ltd") == "Accountant at "
    assert without_employer("Analyst, Harbour Logistics Inc., Oslo") == "Analyst, , Oslo"


def test_a_title_a_template_placeholder_or_a_co_founder_is_left_alone() -> None:
    for line in ("Staff Nurse, Riverside Hospital", "Designer Company Name - City", "Orbit Labs, Co-Founder"):
        assert without_employer(line) == line


def test_a_role_at_a_manufacturer_is_placed_by_its_work() -> None:
    cv = read(
        "Jane Doe\njane@example.com\nEXPERIENCE\n"
        "Engineer / Northwind Steel Manufacturing Company, Leeds\nMar 2016 - Aug 2019\n"
        "- Built the ETL pipelines of the plant's data warehouse in Airflow.\n"
        "- Trained machine learning models on sensor data for the analytics team.\n"
        "- Wrote the data analysis behind the yield dashboards.\n",
        DATA,
    )
    assert field.role_fields(cv) == {0: frozenset({"data"})}
