"""Blind-mode rules for the shapes an outside checker planted (jobs/tests/blind_cvs_adversarial.py).

Every text here is written for these tests; the checker's CVs run through the blind tests themselves.
"""

from __future__ import annotations

import pytest

from jobs.scoring.redaction_handles import spelled_parts
from jobs.scoring.redaction_lines import address_towns, drop_referees
from jobs.tests.redacting import body, redacted


@pytest.mark.parametrize("heading", ["Referenze", "Referencje", "Referenties", "Refer\u00eancias"])
def test_referee_headings_in_more_languages_open_a_referee_section(heading: str) -> None:
    text = f"Skills\n{heading}\nWanda Kr\u00f3l, kierownik\nwanda@example.pl\nEducation\nBSc"
    assert drop_referees(text) == ("Skills\n\n\n\nEducation\nBSc", 1)


def test_referees_named_after_available_on_request_go_and_the_next_line_of_work_stays() -> None:
    text = (
        "References available on request.\n"
        "Eoghan Mac Suibhne, Plant Manager, Corrib Foods, +353 91 555 0101\n"
        "\n"
        "Dr Nuala Breathnach (Lecturer)\n"
        "Full clean driving licence and own transport"
    )
    lines = drop_referees(text)[0].split("\n")
    assert lines == ["", "", "", "", "Full clean driving licence and own transport"]


def test_a_portfolio_available_on_request_keeps_the_lines_after_it() -> None:
    text = "Portfolio available on request\nSenior Designer, Acme Studio, 2019 - 2024"
    assert drop_referees(text)[0] == "\nSenior Designer, Acme Studio, 2019 - 2024"


def test_a_label_beside_another_column_takes_its_value_from_the_next_line() -> None:
    text = (
        "Personal                      Experience\n"
        "Nationality                   2016 - 2019  Analyst, Vistula Retail\n"
        "Moldovan                      SQL, Excel, forecasting.\n"
        "Religion                      Skills\n"
        "Buddhist\n"
    )
    assert body(text) == (
        "Personal                      Experience\n"
        "Nationality                   2016 - 2019  Analyst, Vistula Retail\n"
        "[nationality]                      SQL, Excel, forecasting.\n"
        "Religion                      Skills\n"
        "[religion]\n"
    )


def test_a_table_of_labels_and_values_keeps_reading_its_values_beside_them() -> None:
    text = "Nationality     Maltese\nDate of birth   02/02/1992\nDriving licence Full"
    assert body(text) == "Nationality     [nationality]\nDate of birth   [dob]\nDriving licence Full"


def test_a_birth_date_label_never_takes_another_columns_dates() -> None:
    text = "Date of birth      2019 - 2024  Buyer, Tagus Foods"
    assert "2019 - 2024  Buyer, Tagus Foods" in body(text)


def test_the_town_of_the_address_goes_where_the_header_repeats_it_alone() -> None:
    text = "Zuzanna Bielecka | Buyer | Lublin\nul. Lipowa 3, 20-020 Lublin\nProfile\nLublin Foods buyer"
    assert address_towns(text) == {"lublin"}
    lines = redacted(text).split("\n")
    assert lines[0] == "[name] | Buyer | [address]"
    assert lines[3] == "Lublin Foods buyer"  # outside the header a town is a town, or a firm's name


def test_a_dated_role_in_the_header_area_is_no_place() -> None:
    text = "Dane osobowe\n2016 - 2024  Buyer, Tagus Foods      Age: 41\nProfile"
    assert redacted(text).split("\n")[1] == "2016 - 2024  Buyer, Tagus Foods      [age]"


def test_a_linkedin_slug_spells_the_name_but_a_one_word_slug_does_not() -> None:
    # "uk" never becomes a name part: every "UK" would go.
    assert spelled_parts("linkedin.com/in/oisin-ruane-77a1 | linkedin.com/in/ruane-uk-dev") == {
        "oisin",
        "ruane",
    }
    assert spelled_parts("linkedin.com/in/quillcv") == set()
    text = "Data Engineer\nlinkedin.com/in/oisin-ruane-77a1\nProfile\nSpark.\nOis\u00edn Ruane, page 2"
    assert redacted(text).split("\n")[4] == "[name], page 2"


def test_a_name_of_skill_words_is_a_name_when_the_e_mail_spells_it() -> None:
    text = "Ruby Castellanos\nRails Developer\nruby.castellanos@example.com\nRuby, Rails, Castellanos team"
    lines = redacted(text).split("\n")
    assert lines[0] == "[name]"
    assert "Ruby" in lines[3]  # alone, the word is the language and stays


def test_title_after_the_name_is_no_nickname_and_initials_go_with_the_name() -> None:
    lines = redacted("J. K. Pettigrew (Mrs)\nPayroll Officer\njk.pettigrew@example.com").split("\n")
    assert lines[0] in ("[name] (Mrs)", "[name] ([gender])", "[name]")
    assert "Mrs" not in redacted("J. K. Pettigrew (Mrs)\nPayroll\nMrs Pettigrew runs payroll.").split("\n")[2]


def test_a_postcode_is_not_taken_for_the_initials_an_e_mail_spells() -> None:
    text = (
        "Kofi Annor-Boakye\nSupervisor\nkofi.ab@example.co.uk\nUnit 2, 4 Dock Road, Hull HU1 2AB\nAB testing"
    )
    assert "HU1 2[name]" not in redacted(text)


def test_a_header_name_with_pronouns_beside_it_is_found() -> None:
    assert (
        redacted("Marisol Quenby (she/her) \u2014 Baker\nmq@example.com").split("\n")[0]
        == "[name] \u2014 Baker"
    )


def test_given_name_and_surname_never_pair_across_a_column_gap() -> None:
    text = "Biuro Rachunkowe Lech     Stan cywilny: wolny"
    assert body(text) == "Biuro Rachunkowe Lech     [family]"  # the label rule's, not a name


@pytest.mark.parametrize(
    "text",
    [
        "Hillel society mentor",
        "Kirk elder",
        "hosts an iftar for the team",
        "Catequista en la parroquia",
        "Jugendleiter in der evangelischen Kirchengemeinde",
    ],
)
def test_faith_in_volunteering_goes(text: str) -> None:
    assert "[religion]" in body(text)


def test_a_school_named_for_a_person_called_hillel_stays() -> None:
    assert body("2018 Hillel IT school, PHP course") == "2018 Hillel IT school, PHP course"


@pytest.mark.parametrize(
    "text", ["Blue Badge holder", "guide dog owner", "I have a mobility impairment", "cochlear implant"]
)
def test_disability_wording_goes(text: str) -> None:
    assert "[disability]" in body(text)


def test_disability_wording_stays_when_a_criterion_names_it() -> None:
    assert "hearing loss" in redacted("Audiologist: hearing loss assessments.", keep=("hearing", "loss"))


def test_a_brownie_leader_is_a_youth_group_leader() -> None:
    assert body("Brownie leader since 2015") == "Youth group leader since 2015"


@pytest.mark.parametrize("text", ["Zdj\u0119cie", "[insert photo]", "<photo>", "Your photo here"])
def test_photo_placeholders_of_templates_go(text: str) -> None:
    assert body(text) == "[image]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm thirty-four and retrained.", "[age] and retrained."),
        ("Apartment 4, The Maltings, Dublin 8", "[address]"),
        ("Tel: (+39) 347 123 4567", "Tel: [phone]"),
        ("Viale dei Mille 5", "[address]"),
    ],
)
def test_ages_addresses_and_phones_in_shapes_not_met_before(text: str, expected: str) -> None:
    assert body(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Born on the 3rd of April, 1989 in Cork.", "[dob]."),
        ("Born: 3 April 1989, Cork", "[dob]"),
        ("DOB: 03/04/1989, Galway", "[dob]"),
        ("Sexual orientation: asexual", "[orientation]"),
        ("Proud grandad of four.", "[family]."),
        ("Age: thirty-four", "[age]"),
        ("Geboren: 03.04.1989", "[dob]"),
    ],
)
def test_second_round_shapes_of_birth_age_family_and_orientation_go(text: str, expected: str) -> None:
    assert body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Born 1989, Leeds United supporter",
        "Nana Akufo-Addo Foundation intern",
        "Grand Canyon tour guide; grandmaster chess",
        "Born to lead teams",
    ],
)
def test_second_round_rules_leave_what_is_no_birth_or_family(text: str) -> None:
    assert body(text) in (text, "[dob], Leeds United supporter")


def test_a_society_is_no_surname() -> None:
    assert body("Volunteer, Paul Society food bank") == "Volunteer, Paul Society food bank"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A proud Irishman", "A proud [nationality]"),
        ("Welshwomen in Tech", "[nationality] in Tech"),
        ("Father-to-be", "[family]"),
        ("Geburtsdatum/-ort: 12.03.1985 in K\u00f6ln", "[dob]"),
    ],
)
def test_third_round_shapes_of_nationality_family_and_birth_go(text: str, expected: str) -> None:
    assert body(text) == expected


@pytest.mark.parametrize(
    "text", ["English teacher (GCSE)", "French manicure course", "a to-be-confirmed date"]
)
def test_a_language_or_a_to_be_is_no_nationality_or_family(text: str) -> None:
    assert body(text) == text


def test_a_particle_in_capitals_between_name_parts_goes_with_them() -> None:
    text = "AUGUSTIN DE LA TOUR-MAREUIL\nChef de projet\naugustin.delatour@example.fr\nAugustin pilote."
    assert redacted(text).split("\n")[0] == "[name]"


def test_a_nickname_in_single_quotes_recurs_as_the_name_but_an_apostrophe_is_no_quote() -> None:
    lines = redacted("Siddharth 'Sid' Raghunathan\nEngineer\nSid built the API.").split("\n")
    assert "Sid" not in lines[2] and "Siddharth" not in lines[0]
    assert redacted("Aoibheann O'Dwyer\nTeacher\nO'Dwyer teaches.").split("\n")[2] == "[name] teaches."


def test_a_numbered_street_goes_with_its_apartment_and_town() -> None:
    assert body("Home: Apt 7C, 218 E 81st St, New York, NY 10028") == "Home: [address]"
    assert body("Led 3 2nd Line Support teams") == "Led 3 2nd Line Support teams"
    assert body("2021 2nd Place, Cloud GameDay") == "2021 2nd Place, Cloud GameDay"  # a prize, no street


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am in recovery from alcoholism.", "I am [disability]."),
        ("Salvation Army volunteer", "[religion] volunteer"),
        ("Knights of Columbus treasurer", "[religion] treasurer"),
    ],
)
def test_recovery_and_faith_organisations_go(text: str, expected: str) -> None:
    assert body(text) == expected


def test_work_in_addiction_services_is_no_disclosure() -> None:
    assert body("I have addiction services experience.") == "I have addiction services experience."
