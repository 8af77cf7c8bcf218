"""A warehouse among data words is a data warehouse; one among goods is a storehouse."""

from jobs.scoring import skills, warehouses
from jobs.scoring.criteria import need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
YEARS = Criterion("Experience", "3+ years building data pipelines or warehouses")
DATA_ENGINEER = Rubric("Data Engineer", "Builds pipelines", (YEARS,), min_years_experience=3, blind=False)


def test_a_warehouse_beside_pipelines_or_sql_is_a_data_warehouse() -> None:
    assert warehouses.read_as("Loads the warehouse nightly from ETL jobs") == (
        "Loads the data warehouse nightly from ETL jobs"
    )
    found = skills.find_skills(warehouses.read_as("Tuned SQL on the warehouse"))
    assert "Data engineering" in found and "Operations management" not in found


def test_a_warehouse_of_goods_stays_one() -> None:
    for line in ("Ran the warehouse dock: receiving and shipping", "Counted warehouse stock in SQL reports"):
        assert warehouses.read_as(line) == line


def test_a_criterion_asking_for_data_warehouses_asks_no_logistics() -> None:
    wanted = need(YEARS.name, YEARS.description, 3)
    assert "Operations management" not in wanted.terms and "Data engineering" in wanted.terms


def _years(role: str, lines: str) -> int:
    text = f"Kim Park\nkim@example.com\nEXPERIENCE\n{role}\nMar 2016 - Feb 2023\n{lines}"
    return SCORER.score(text, DATA_ENGINEER).criteria[0].score


def test_a_warehouse_supervisors_years_are_no_data_engineers() -> None:
    goods = _years("Warehouse Supervisor, Eastport Depot", "- Led the night shift of pickers and loaders.\n")
    data = _years("Data Engineer, Eastport Depot", "- Built the ETL pipelines that load the warehouse.\n")
    assert goods == 0 and data >= 9
