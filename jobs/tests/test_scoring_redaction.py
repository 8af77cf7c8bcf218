"""Blind-mode redaction (jobs/scoring/redaction.py)."""

import pytest

from jobs.scoring.redaction import REDACTION_CATEGORIES, REDACTION_VERSION, keep_words, redact, redact_text

CONTACT_CV = """Dr. Maria García
Senior Backend Engineer | she/her
maria.garcia@example.com · +34 612 345 678 · linkedin.com/in/mariagarcia · github.com/mgarcia
Address: 12 Baker Street, London
Date of birth: 12/03/1990   Age: 34
Gender: female | Marital status: married, 2 children | Nationality: Spanish
Photo
EXPERIENCE
2018 - present  Backend Engineer, Acme. She led her team of 5; Maria built Django APIs. 03.2017 - 06.2020
Mrs. García was rated top performer 2021.
"""


def test_redaction_replaces_personal_data_and_counts_each_category() -> None:
    result = redact_text(CONTACT_CV)
    assert result.counts == {
        "name": 3, "email": 1, "phone": 1, "url": 2, "address": 1, "photo": 1, "date_of_birth": 1, "age": 1,
        "gender": 2, "pronouns": 3, "family": 1, "nationality": 1,
    }  # fmt: skip
    assert result.text.splitlines() == [
        "Dr. [name]",
        "Senior Backend Engineer |",
        "[email] · [phone] · [url] · [url]",
        "[address]",
        "[dob]   [age]",
        "[gender]| [family]| [nationality]",
        "[image]",
        "EXPERIENCE",
        "2018 - present  Backend Engineer, Acme. They led their team of 5; [name] built Django APIs. "
        "03.2017 - 06.2020",
        "[name] was rated top performer 2021.",
    ]
    assert redact(CONTACT_CV) == (result.text, tuple(result.counts))


def test_redaction_is_idempotent_and_keeps_lines() -> None:
    once, _ = redact(CONTACT_CV)
    assert redact(once) == (once, ())
    assert len(once.split("\n")) == len(CONTACT_CV.split("\n"))


def test_redaction_in_french_spanish_and_german_labels() -> None:
    text, categories = redact(
        "Né le : 24/07/1994 · Âge : 31 ans · État civil : célibataire · Nationalité : marocaine\n"
        "Staatsangehörigkeit: deutsch | Geburtsdatum: 1.1.1990 | Teléfono: 612 345 678"
        " | Dirección: Calle Mayor 5"
    )
    assert categories == ("phone", "address", "date_of_birth", "age", "family", "nationality")
    assert (
        text == "[dob]· [age] · [family]· [nationality]\n[nationality]| [dob]| Teléfono: [phone] | [address]"
    )


def test_dates_and_skills_survive_redaction() -> None:
    text = "Jan 2019 - Mar 2021, 03/2017 - 06/2020, 2015 2016 2017\nSkills: Go, Rust, Julia, Node.js, ASP.NET"
    assert redact(text) == (text, ())


def test_name_is_taken_from_the_first_lines_only_when_it_looks_like_one() -> None:
    assert redact("Senior Software Engineer\nBuilt things in Python")[1] == ()
    assert redact("Jake Ryan\nBuilt things in Python")[0] == "[name]\nBuilt things in Python"


def test_a_name_that_is_also_a_skill_goes_in_full_but_the_skill_stays() -> None:
    text = "Julia Rust\nBackend engineer\nJulia Rust wrote Rust and Go services. Julia mentors juniors."
    assert redact_text(text).text == (
        "[name]\nBackend engineer\n[name] wrote Rust and Go services. [name] mentors juniors."
    )
    django = redact_text("Django Reinhardt\nPython developer\nBuilt Django apps; Reinhardt led the team.")
    assert django.text == "[name]\nPython developer\nBuilt Django apps; [name] led the team."


def test_words_a_criterion_needs_are_never_removed() -> None:
    text = (
        "Grace Okoro\nBilling engineer\nBuilt grace period handling. Grace volunteers at the church office."
    )
    keep = keep_words(["Grace period handling", "Church administration software"])
    assert keep == frozenset({"grace", "period", "handling", "church", "administration", "software"})
    # The full name still goes; "Grace" alone is the criterion's word and stays.
    assert redact_text(text, keep=keep).text == (
        "[name]\nBilling engineer\nBuilt grace period handling. Grace volunteers at the church office."
    )
    assert redact_text(text).text == (
        "[name]\nBilling engineer\nBuilt grace period handling. [name] volunteers at the [religion] office."
    )


def test_the_name_is_found_from_the_email_address_and_removed_everywhere() -> None:
    text = "Backend Engineer\nContact: a.kowalczyk@example.com\nKowalczyk rebuilt the API (kowalczyk.dev)."
    assert redact_text(text).text == "Backend Engineer\nContact: [email]\n[name] rebuilt the API ([url])."


def test_other_peoples_names_go_by_title_or_by_given_name_and_surname() -> None:
    text = "Reported to Sarah Connor and worked with Mr. Peter Jones and Prof. Turing on Spring Boot."
    assert redact_text(text).text == (
        "Reported to [name] and worked with [name] and Prof. [name] on Spring Boot."
    )


def test_phone_numbers_from_many_countries_go_and_dates_stay() -> None:
    text = (
        "+44 20 7946 0958, (415) 555-2671, 06 12 34 56 78, 0151 496 0123, +49 30 901820, +91 98765 43210\n"
        "Jan 2019 - Mar 2021, 03/2017 - 06/2020, 2015 2016 2017, 1,200,000 users, 99.99% uptime"
    )
    assert redact_text(text).text == (
        "[phone], [phone], [phone], [phone], [phone], [phone]\n"
        "Jan 2019 - Mar 2021, 03/2017 - 06/2020, 2015 2016 2017, 1,200,000 users, 99.99% uptime"
    )


def test_a_referees_section_goes_whole_and_keeps_its_lines() -> None:
    text = "Skills\nPython\nReferees\nTom Hale, CTO, Acme\ntom@acme.example\nLanguages\nEnglish\n"
    result = redact_text(text)
    assert result.text == "Skills\nPython\n\n\n\nLanguages\nEnglish\n"
    assert result.counts == {"referees": 1}
    assert redact_text("Projects\nReferences available upon request.").text == "Projects\n"


def test_right_to_work_stays_but_nationality_and_immigration_status_go() -> None:
    text = "Eligible to work in the UK, no sponsorship needed. Polish citizen on a Skilled Worker visa."
    assert redact_text(text).text == (
        "Eligible to work in the UK, no sponsorship needed. [nationality] on a [nationality]."
    )


def test_a_declared_nationality_goes_even_from_the_languages_line_other_languages_stay() -> None:
    text = "Nationality: Polish\nLanguages: Polish (native), Spanish (C1), Swedish (B1)"
    assert (
        redact_text(text).text
        == "[nationality]\nLanguages: [nationality] (native), Spanish (C1), Swedish (B1)"
    )


def test_ordinary_words_near_protected_ones_stay() -> None:
    text = (
        "Built a single-page app with single sign-on. Migrated the mother board tests. Ported the Go service"
        " to Rust. Improved the Women's Health app for a children's hospital. Native English. B.Tech, Indian"
        " Institute of Technology. A language-agnostic tool. Helped patients into a wheelchair. Mobile: iOS."
        " San Francisco Ballet."
    )
    assert redact_text(text, keep=keep_words(["Women's health products"])).text == text


def test_gendered_titles_become_neutral_and_pronouns_agree() -> None:
    text = "She is the Chairwoman of the board and a former waitress. He teaches maths; she carries the team."
    assert redact_text(text).text == (
        "They are the Chair of the board and a former server. They teach maths; they carry the team."
    )


def test_counts_name_categories_only_and_the_rules_have_a_version() -> None:
    result = redact_text(CONTACT_CV)
    assert all(isinstance(count, int) and count > 0 for count in result.counts.values())
    assert set(result.counts) <= set(REDACTION_CATEGORIES)
    assert REDACTION_VERSION == "2026-12-05.1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe (34)\nEngineer", "[name] [age]\nEngineer"),
        (
            "Year of birth: 1990 | Marital Status - Single | Religion/Caste: Hindu",
            "[dob]| [family]| [religion]",
        ),
        ("OKONKWO, Chiamaka\nOkonkwo leads; Chiamaka teaches.", "[name]\n[name] leads; [name] teaches."),
        ("Résumé of John Smith\nJohn built APIs.", "Résumé of [name]\n[name] built APIs."),
        ("María de los Ángeles García López\nGarcía López lideró.", "[name]\n[name] lideró."),
        ("1600 Pennsylvania Ave NW, Washington, DC 20500", "[address]"),
        (
            "PO Box 123, Austin TX 78701 | Bengaluru - 560001 | 1012 AB Amsterdam",
            "[address] | [address] | [address]",
        ),
        ("Caring for my elderly mother; our partner network.", "Caring for [family]; our partner network."),
        ("Diagnosed with dyslexia in 2010. Registered blind.", "[disability] in 2010. [disability]."),
        ("Nationality: British. Driving licence: full.", "[nationality]. Driving licence: full."),
        ("Girls' Brigade leader; Women in Data chapter", "[gender] Brigade leader; [gender] in Data chapter"),
        (
            "Born: 1985 · I attend Mass weekly · Green card holder",
            "[dob] · I [religion] weekly · [nationality]",
        ),
        ("(photo attached)\nCall 555-0143", "[image]\nCall [phone]"),
        # A parent saying so, however it is put.
        ("Proud dad, runner and coder.", "[family], runner and coder."),
        ("Busy mom and engineer. Mum to twin boys.", "[family] and engineer. [family]."),
        ("Daddy of two girls; I'm a working mother", "[family]; [family]"),
        (
            "Father and husband. A devoted wife and mother.",
            "[family] and [family]. A devoted [family] and [family].",
        ),
        ("Newly wed, relocating to Leeds.", "[family], relocating to Leeds."),
        # Ethnicity beside a nationality or as descent; an age said in passing.
        ("Black British engineer of Caribbean heritage.", "[ethnicity] engineer [ethnicity]."),
        (
            "At 55, still coding daily. Retired early at 50; manager by the age of 30.",
            "[age] still coding daily. [age]; manager [age].",
        ),
        ("Led 40 engineers at 3 sites; paid at 30 days.", "Led 40 engineers at 3 sites; paid at 30 days."),
        # Where someone grew up goes; money raised in a round stays.
        ("Grew up in rural Punjab. Brought up in Glasgow.", "[nationality]. [nationality]."),
        (
            "Raised in Series A funding; raised in Q3 a new fund.",
            "Raised in Series A funding; raised in Q3 a new fund.",
        ),
        # A parent that is a thing stays.
        (
            "Built the new parent company's ledger; a proud parent process",
            "Built the new parent company's ledger; a proud parent process",
        ),
    ],
)
def test_more_formats_of_personal_data(text: str, expected: str) -> None:
    assert redact_text(text).text == expected


def test_years_seasons_rankings_and_prose_are_not_addresses() -> None:
    text = (
        "TA for the Spring 2021 and Fall 2021 semesters; moved data via Nielsen Ad Intel and GA4; the #1"
        " initiative; Recipient, 2007 Accounting Award; BEng Engineering 3.33/4.00; drugs: Dobutamine,"
        " Propofol"
    )
    assert redact_text(text).text == text


def test_a_supervisor_named_by_context_goes_whatever_their_given_name() -> None:
    text = (
        "Reported to Chidi Okeke, CTO. Supervised by Ngozi Eze. Advisor: Tomasz Wrobel. Reported to VP Sales."
    )
    assert redact_text(text).text == (
        "Reported to [name], CTO. Supervised by [name]. Advisor: [name]. Reported to VP Sales."
    )


def test_the_new_conventions_rules_leave_work_words_alone() -> None:
    # Each line looks like a rule's target but is work: a skill, a figure of speech, an employer and a date,
    # a family-law practice, a saint in a city's name, a degree, a phone-free ID-like word.
    text = "\n".join(
        [
            "Image processing",
            "Photo editing and retouching",
            "An industry veteran of 20 years",
            "Siemens AG, 01.03.2019 Software Engineer",
            "Paralegal for divorce cases",
            "Licensed Vocational Nurse, San Francisco Community College",
            "BSN, State University, 2015 - 2018",
            "PAN India rollout of 40 branches",
        ]
    )
    assert redact_text(text).text == text


def test_a_cuisine_or_a_market_keeps_its_demonym_a_person_does_not() -> None:
    text = (
        "Head Chef of a modern British kitchen; Italian cuisine and French pastry. Grew sales in the German"
        " market. I am Irish and a Spanish national."
    )
    assert redact_text(text).text == (
        "Head Chef of a modern British kitchen; Italian cuisine and French pastry. Grew sales in the German"
        " market. I am [nationality] and a [nationality]."
    )
    declared = redact_text("Nationality: British\nChef de partie, modern British kitchen").text
    assert "British" not in declared
