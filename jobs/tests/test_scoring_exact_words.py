"""Short skill names that are ordinary words: "Go the extra mile" is no Go, "services in Go" is."""

from jobs.scoring import skills


def _names_go(line: str) -> bool:
    return "Go" in skills.find_skills(line)


def test_go_as_a_verb_names_no_language() -> None:
    for line in (
        "Happy to Go above and beyond for the clients",
        "Always willing to Go the extra mile",
        "Ready to Go from day one",
        "Go Live support for the new payroll system",
        "Go through the incident logs every morning",
        "Go over the monthly budgets with the managers",
        "Go and ask the team lead",
    ):
        assert not _names_go(line), line


def test_go_as_the_language_is_still_read() -> None:
    for line in (
        "Wrote the billing services in Go.",
        "Languages: Go, Rust, TypeScript",
        "Rewrote the gateway from Java to Go",
        "Go (Golang) microservices with gRPC",
        "Go developer at a fintech start-up",
        "Built the ledger services in Go and PostgreSQL",
    ):
        assert _names_go(line), line


def test_the_other_short_names_keep_their_ordinary_senses() -> None:
    assert "Spring" not in skills.find_skills("Spring 2021 internship")
    assert "R" not in skills.find_skills("Led the R&D budget")
