"""The data scientist's ranking (#9): machine learning methods by name; the language models are written in."""

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.partial import about_modelling, share
from jobs.scoring.skills import expand, find_skills
from jobs.scoring.types import Criterion, Rubric

MODELLING = Criterion(
    "Python or R", "Writes the modelling code in Python (NumPy, pandas, scikit-learn) or R", 2.5
)
BACKEND = Criterion("Python", "Production Python, ideally Django or Django REST Framework", 3)


def _rubric(criterion: Criterion) -> Rubric:
    return Rubric(role_title="Data Scientist", description="", criteria=(criterion,))


def _cv(role_line: str, skills_line: str) -> str:
    return (
        "Jane Roe\nExperience\nEngineer, Acme Analytics\nJan 2020 - Present\n"
        f"{role_line}\nReported weekly to the product team.\nSkills\n{skills_line}\n"
    )


def _score(text: str, criterion: Criterion) -> int:
    return OfflineScorer().score(text, _rubric(criterion)).criteria[0].score


@pytest.mark.parametrize(
    "text",
    [
        "Reduced scrap with a regression model",
        "Built a predictive model of churn",
        "Random forests and gradient boosting for credit risk",
        "Support vector machines for spam filtering",
        "Developed reinforcement learning algorithms for robot control",
        "A self-supervised learning framework for speech",
        "Supervised and unsupervised learning",
        "Decision trees for triage",
        "Logistic regression on loan defaults",
        "Cut the cost of model training by half",
    ],
)
def test_machine_learning_methods_by_name_are_machine_learning(text: str) -> None:
    assert "Machine Learning" in find_skills(text)


def test_regression_testing_is_still_software_testing() -> None:
    assert find_skills("Regression testing of every release") == {"Testing"}


def test_a_large_language_model_in_the_singular_is_nlp() -> None:
    # Tuned, it is NLP modelling; named alone, an LLM is used and shows NLP in part (partial.py).
    assert find_skills("Fine-tuned a large language model") == {"LLM", "NLP"}


def test_a_line_naming_a_skill_keeps_its_strength_when_it_implies_another_asked_for() -> None:
    # "PostgreSQL" names one skill the criterion asks for and implies the other ("Databases"): the line
    # counts at its stronger reading, not at whichever skill was looked at last.
    cv = "Jane Roe\nExperience\nBackend developer, Acme, 2021 - present\nBuilt REST APIs on PostgreSQL.\n"
    scores = [
        OfflineScorer().score(cv, Rubric("Backend", "", (criterion,))).criteria[0].score
        for criterion in (Criterion("Databases", "PostgreSQL"), Criterion("PostgreSQL", ""))
    ]
    assert scores == [7, 7]


def test_a_listed_language_shows_in_the_modelling_work_in_part() -> None:
    assert share("Python", {"Deep Learning"}, {"Machine Learning"}, {"Python"}) == 0.6
    assert share("R", {"Machine Learning"}, set(), {"R", "Python"}) == 0.6


def test_no_language_is_inferred_when_the_cv_names_none() -> None:
    assert share("Python", {"Machine Learning"}, set(), {"Machine Learning"}) == 0.0


def test_a_line_naming_its_language_is_not_read_as_another() -> None:
    # "Machine learning in Java": the line says what it was written in.
    assert share("Python", {"Machine Learning", "Java"}, set(), {"Python", "Java"}) == 0.0


def test_using_a_language_model_is_not_modelling_work() -> None:
    # An LLM named implies machine learning, but using one is not building models in Python.
    assert share("Python", {"NLP"}, {"Machine Learning"}, {"Python"}) == 0.0


def test_statistics_from_machine_learning_is_unchanged() -> None:
    assert share("Statistics", {"Machine Learning"}, set(), set()) == 0.5


def test_only_a_criterion_naming_modelling_tools_is_about_modelling() -> None:
    assert about_modelling(("Python", "R", "pandas", "scikit-learn"))
    assert not about_modelling(("Python", "Django", "Django REST Framework"))


def test_a_modelling_role_is_evidence_of_the_listed_language() -> None:
    # Python only in the skills list: 3; with a dated role training models, the role shows it in part: 5.
    role = "Trained CNN models to detect defects on the production line"
    assert _score(_cv(role, "Python, Docker"), MODELLING) == 5
    assert _score(_cv("Wrote the release notes", "Python, Docker"), MODELLING) == 3
    assert _score(_cv(role, "Docker, Git"), MODELLING) == 0


def test_a_backend_criterion_infers_no_python_from_modelling_work() -> None:
    role = "Trained CNN models to detect defects on the production line"
    unrelated = "Wrote the release notes"
    assert _score(_cv(role, "Python, Docker"), BACKEND) == _score(_cv(unrelated, "Python, Docker"), BACKEND)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Dashboards in D3.js for the sales team", {"D3.js", "Data visualisation", "JavaScript"}),
        ("Charts with ggplot for the weekly report", {"ggplot2", "Data visualisation", "R"}),
        ("Visualising data for the board", {"Data visualisation"}),
    ],
)
def test_visualisation_libraries_and_phrasings_are_data_visualisation(text: str, named: set[str]) -> None:
    assert named <= expand(find_skills(text))


def test_r_is_not_implied_by_the_word_shiny() -> None:
    assert "R" not in find_skills("Kept the shop floor shiny and safe")


INSIGHT = Criterion(
    "Insight communication", "Visualising data (ggplot, D3.js, Tableau) and presenting findings"
)


def test_a_library_the_criterion_names_evidences_it_by_name() -> None:
    charts = _score(_cv("Built interactive charts in D3.js", "Python"), INSIGHT)
    unrelated = _score(_cv("Wrote the release notes", "Python"), INSIGHT)
    assert (charts, unrelated) == (4, 0)


def test_a_packages_section_is_work_one_built_not_education() -> None:
    # Packages one wrote are read like projects (0.8), not like the education section above them (0.5).
    cv = "Jane Roe\nEducation\nMSc Statistics, 2014\n{heading}\nmypkg\nI write most R code of this package.\n"
    as_projects = _score(cv.format(heading="Packages"), MODELLING)
    as_education = _score(cv.format(heading="Papers"), MODELLING)
    assert (as_projects, as_education) == (6, 4)


def test_a_project_dated_ten_years_before_the_latest_role_fades_like_a_role() -> None:
    project = "Projects\nChurn model\n{dates}\nTrained random forest models to predict churn.\n"
    role = "Experience\nAnalyst, Acme\nJan 2022 - Present\nWrote the weekly sales report.\n"
    ml = Criterion("Machine learning", "Classification, regression, random forests")
    recent = _score(role + project.format(dates="2023 - 2024"), ml)
    old = _score(role + project.format(dates="2012 - 2013"), ml)
    undated = _score(role + project.format(dates=""), ml)
    assert (recent, undated, old) == (6, 6, 4)


def test_a_cv_without_roles_keeps_its_projects_whole() -> None:
    # No dated role says when the CV was written: its project dates cannot say how old the work is.
    project = "Projects\nChurn model\n{dates}\nTrained random forest models to predict churn.\n"
    ml = Criterion("Machine learning", "Classification, regression, random forests")
    assert [_score(project.format(dates=d), ml) for d in ("2012 - 2013", "")] == [6, 6]


STATISTICS = Criterion(
    "Applied statistics", "Distributions, statistical testing, regression, experiment design"
)


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("Applied for planning permits on every site", 0),
        ("Applied the new rota to the night shift", 0),
        ("Ran A/B tests and significance tests on pricing", 5),
    ],
)
def test_applied_says_how_not_what_statistics_is_about(line: str, score: int) -> None:
    # "Applied statistics" asks for statistics: a line sharing only the verb "applied" is no evidence of it.
    assert _score(_cv(line, "Excel"), STATISTICS) == score


def test_a_project_title_above_its_own_dates_takes_them_not_the_previous_projects() -> None:
    # The second project's title names the skill: it is of its own dates, not of the project above it.
    cv = (
        "Experience\nAnalyst, Acme\nJan 2022 - Present\nWrote the weekly sales report.\n"
        "Projects\nChurn study\n2012 - 2013\nSurveyed customers who left.\n"
        "Random forest model for churn\n2023 - 2024\nPresented it to the product team.\n"
    )
    old_title = cv.replace("2023 - 2024", "2011 - 2012")
    ml = Criterion("Machine learning", "Classification, regression, random forests")
    assert (_score(cv, ml), _score(old_title, ml)) == (6, 4)
