"""Gated blind-mode rules (jobs/scoring/redaction_gate.py) replace exactly what their ungated patterns do."""

import re

import pytest

from candidates.tests.corpus import require_corpus
from jobs.scoring import (
    redaction,
    redaction_family,
    redaction_gate,
    redaction_handles,
    redaction_identity,
    redaction_intl,
    redaction_lines,
    redaction_nextline,
    redaction_others,
    redaction_personal,
    redaction_rules,
    redaction_words,
)
from jobs.scoring.redaction_gate import AT_ADDRESS, AT_NAME, DIGITS, case_folded, fragments, subn_lines
from jobs.scoring.redaction_rules import any_of
from jobs.scoring.redaction_words import DEMONYMS, FAITH_WORDS, GENDERED_TITLES
from jobs.tests.blind_cvs import BLIND_CVS, plain
from jobs.tests.test_scoring_redaction import CONTACT_CV

GATED = [
    *(rule for rule in redaction_rules.LABEL_RULES),
    *(rule for rule in redaction_handles.CONTACT_RULES if rule.gate),
    redaction_family.FAMILY_RULES[0],
    redaction_rules.NATIONALITY_RULES[0],
    *redaction_identity.WORD_RULES[:5],  # religion, disability, orientation, ethnicity, single-sex colleges
    *(rule for rule in (*redaction_intl.ID_RULES, *redaction_intl.LATE_RULES) if rule.gate),
    *(rule for rule in redaction_identity.PHOTO_RULES if rule.gate),
]
DIGIT_GATED = [
    rule
    for rule in (*redaction_rules.ADDRESS_RULES, *redaction_rules.DATE_AGE_RULES, *redaction_intl.ID_RULES)
    if rule.gate is DIGITS
]
PATTERNS = [
    *((rule.pattern, rule.gate) for rule in GATED),
    (redaction_identity.GENDERED_TITLE_RE, redaction_identity.GENDERED_TITLE_GATE),
    (redaction_lines._DEMONYM, redaction_lines._DEMONYM_GATE),
    *((pattern, AT_NAME) for pattern in (redaction._INITIAL_BEFORE_NAME, redaction._NAME_AFFIXES)),
    (redaction._REPEATED_NAME, AT_NAME),
    (redaction_others._BARE_GENDERED_TITLE, AT_NAME),
    (redaction._ADDRESS_RUN, AT_ADDRESS),
    (redaction_personal._GENDER_AFTER_IDENTITY, redaction_personal._GENDER_AFTER_IDENTITY_GATE),
    (redaction_nextline._PLACE_BORN, redaction_nextline._PLACE_BORN_GATE),
]
# Called with the digit gate directly, not as rules.
DIGIT_PATTERNS = [redaction_personal._EIRCODE, redaction_personal._KOREAN_ADDRESS]


def test_fragments_are_the_literal_pieces_every_match_holds() -> None:
    assert fragments("sons? bar_mitzvah attend(?:s|ing|ed)?_mass qur.?an d\\.?o\\.?b\\.? lgbtq\\+") == (
        "son",
        "mitzvah",
        "attend",
        "qur",
        "d",
        "lgbtq",
    )
    # A first piece too short to tell lines apart gives way to the letters a later word opens with.
    assert fragments("st_hilda.?s st_x church_services? n[e\u00e9]e?_le") == ("hilda", "st", "church", "le")
    with pytest.raises(ValueError, match="no literal piece"):
        fragments("[e\u00e9]tat")


def test_case_folding_matches_ignorecase_for_the_letters_lower_keeps_apart() -> None:
    assert case_folded("\u0130SLAM \u0131slam \u017fikh Ba\u212aER") == "islam islam sikh baker"
    assert case_folded("Caf\u00e9\nB") == "caf\u00e9\nb"


def test_every_gated_rule_has_fragments_in_lower_case_ascii() -> None:
    for _pattern, gate in PATTERNS:
        assert isinstance(gate, tuple) and gate
        assert all(fragment.isascii() and fragment == fragment.lower() for fragment in gate)


def _word_samples(spec: str) -> str:
    """One line per plain alternative of a word list, in the cases a CV writes it."""
    words = [word.replace("_", " ") for word in spec.split() if re.fullmatch(r"[a-z_'-]+", word)]
    return "\n".join(f"- {w.upper()} and {w.title()}, {w}; ({w})." for w in words)


SAMPLES = [
    CONTACT_CV,
    _word_samples(DEMONYMS),
    _word_samples(FAITH_WORDS),
    _word_samples(" ".join(title.replace(" ", "_") for title in GENDERED_TITLES)),
    # One phrase a line, so each must open its own line's gate.
    "Single mother of two young children\nmy wife and I\non maternity leave\nGrandsons\nstepdaughters\n"
    "Proud father to 3 kids\nPregnant\nFamily man\nHomemaker\nto raise our family\nmy partner\n"
    "with 2 sons\nher fianc\u00e9e\nmy boyfriend\nwidowed\nnewlywed\ntoddlers\ntheir newborn\nour twins\n"
    "my little brother\nmy sister\nmy mum\nmy elderly parents\ndivorced\na husband\nthe spouse\nmy baby",
    "US citizen\nH-1B visa\nh1b\nGreen Card holder\nborn in Lagos, Nigeria\nOriginally from the Philippines\n"
    "Immigrated from Peru\nDual nationality (French/Irish)\nCitizen of the United Kingdom\nNaturalized\n"
    "Indian by birth\nraised in Ohio\ngrew up in Kent\nrelocated from Spain\nmoved from Chile\nrefugee\n"
    "asylum seeker\npermanent resident\nTier 2 visa\nSkilled Worker visa\nEU passport holder\nUK national",
    "St. Mary's Catholic School\nSaint Patrick's College\nSt John Church\nSt Anne Parish\nSt Paul Cathedral\n"
    "St Luke Chapel\nSt Clare Convent\nSt Bede Academy\nSt Ives High\nSt Olave Grammar\nSt Kevin Primary\n"
    "St Kilda Secondary\nSt Agnes Girls\nSt Bede Boys\nSt Jude Anglican\nSt Nicholas Orthodox\n"
    "church choir\nconvent\nJehovah's Witness\nQur'an\nEid al-Fitr",
    "Date of birth: 01/02/1990\nD.O.B 3.4.85\nn\u00e9e le 4 mai\n\u00c9tat civil : mari\u00e9\n"
    "DOB: 1990\nD.OB: 1 May\nDO.B 2.2.92\nN\u00c9E LE 3 juin\nnee-le: 5 mars\nne\tle 1er mai\n"
    "Religion/Caste: x\nPlace of birth: Lyon\nGender: x\nChildren: 2\nCitizenship: x\nEthnicity: x\n"
    "Disability: none\nHome address: 1 Road",
    # Other conventions (redaction_intl): each phrase on its own line.
    "\n".join(
        [
            "DNI: 12345678Z",
            "Passport No: K1234567",
            "SSN 123-45-6789",
            "NI number: QQ 12 34 56 C",
            "Aadhaar 1234 5678 9012",
            "Numéro de sécurité sociale : 1 85 05 75 123 456",
            "Steuer-ID 12 345 678 901",
            "Driving licence no. AB123456",
            "Mère de trois enfants",
            "Madre de dos hijos",
            "Mutter von zwei Kindern",
            "dos hijos",
            "un enfant",
            "mère de famille",
            "Familienvater",
            "Mariée",
            "pacsée",
            "Célibataire",
            "verheiratet",
            "Casada",
            "Elternzeit",
            "Mutterschutz",
            "Congé maternité",
            "Baja por maternidad",
            "Hausfrau",
            "femme au foyer",
            "ama de casa",
            "U.S. Army veteran",
            "Veteran",
            "veteran status",
            "römisch-katholisch",
            "Católica practicante",
            "musulmane pratiquante",
            "Schwerbehindert GdB 50",
            "RQTH",
            "en situation de handicap",
            "Discapacidad del 33%",
            "de nationalité française",
            "de nacionalidad española",
            "deutsche Staatsbürgerin",
            "Mädchengymnasium",
            "Knabenschule",
            "lycée de jeunes filles",
            "Colegio de señoritas",
            "Elle a dirigé une équipe ; puis elle est partie",
            "Ella fue jefa de proyecto",
            "Madame [name]",
            "Herr [name]",
            "Sra. [name]",
        ]
    ),
    *(plain(cv) for cv in BLIND_CVS[-5:]),
    # Links and pictures, in the cases a CV writes them; identities with a gender word after them.
    "https://jane.example\nHTTP://X.Y/z\nWWW.Jane-Doe.COM/cv\ngithub.com/jane\nsee jane.dev or Jane.DESIGN\n"
    "portfolio.site, x.online; a.studio b.info\nfoo.io/bar\nme.jpg\nPHOTO.JPEG\n![me](pic.png)\n"
    "x.webp y.heic z.bmp\n"
    "a\u017fite.\u017fite/x\nno link here.\n[religion] woman\n[AGE] MEN\ntrans man\nCis girls\n"
    "a proud trans [gender]\nLagos-born engineer\nNew York-born\nhome-born",
    # Placeholders and what goes with them, each on its own line, one after a line that runs to its end.
    "Mrs. J. [name]\nAl [name] (Mo), [NAME]\n[name] [name], [name]\nWhitaker, [name] M.\nDr A. [name]\n"
    "[address], Springfield, [address], Al Barsha, Dubai\n[address] | Leeds\nvan\n[name]\n[address]\nLeeds",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_a_gated_rule_replaces_what_the_whole_pattern_replaces(text: str) -> None:
    for pattern, gate in PATTERNS:
        assert subn_lines(pattern, "<x>", text, gate) == pattern.subn("<x>", text), pattern.pattern[:60]


def test_gated_rules_agree_with_their_patterns_on_every_corpus_text() -> None:
    folder = require_corpus("labelled/vanetik_vacancy_resume_matching/CV_txt")
    texts = [path.read_text(errors="replace") for path in sorted(folder.glob("*.txt"))]
    assert len(texts) > 50
    for text in texts:
        for pattern, gate in PATTERNS:
            assert subn_lines(pattern, "<x>", text, gate) == pattern.subn("<x>", text)


def test_an_ungated_rule_is_the_plain_pattern() -> None:
    pattern = re.compile(rf"\b(?:{any_of('a_b')})\b")
    assert subn_lines(pattern, "<x>", "a b\nA-B", ()) == ("<x>\nA-B", 1)


_LISTS = (
    redaction_words.DISABILITY_WORDS,
    redaction_words.ORIENTATION_WORDS,
    redaction_words.ETHNICITY_WORDS,
    redaction_words.SINGLE_SEX_COLLEGES,
)


@pytest.mark.parametrize(
    ("rule", "spec"),
    list(zip(redaction_identity.WORD_RULES[1:5], _LISTS, strict=True)),
    ids=lambda x: str(x)[:12],
)
def test_every_listed_word_is_found_on_its_gated_line(rule: redaction_rules.Rule, spec: str) -> None:
    """Each word of the disability, orientation, ethnicity and college lists, in any case, passes its gate."""
    words = [word.replace("_", r"[ \t-]") for word in spec.split()]
    assert len(words) > 10
    for word in words:
        sample = word.replace("[ \\t-]", " ").replace(".?", "'").replace(".", " ")
        sample = re.sub(r"\\(.)|(\w)\?", r"\1\2", sample)  # "lgbtq\+" -> "lgbtq+", "uses?" -> "uses"
        for spelling in (sample, sample.upper(), sample.title()):
            text = f"Skills\nMember of the {spelling} network since 2019\nPython"
            replaced = subn_lines(rule.pattern, "<x>", text, rule.gate)
            assert replaced == rule.pattern.subn("<x>", text), word
            assert replaced[1] >= 1, word


DIGIT_SAMPLES = [
    "Flat 4B, 12 Baker Street\nLondon NW1 6XE\nApt #12\n3\u00ba B\nP.O. Box 77\nPlaza Mayor 3"
    "\nHauptstra\u00dfe 15",
    "Born 4 July 1979 in Lyon\nb. 1990\n75011 Paris\n1012 AB Amsterdam\nBengaluru - 560001\nCA 94105-1234",
    # Digits of other scripts are `\\d` too: their lines pass the gate.
    "Flat \u0663\u0662, Rue 9\nBorn \u0661\u0669\u0669\u0660\nApt \uff11\uff12\nNo digits on this line",
    "[address] #12\n[address], 75011 Paris\nLeeds, LS1 4AP | Engineer\n, 12345 Berlin",
]
# Eircodes and Korean road addresses, each on its own line.
ADDRESS_SAMPLE = (
    "1 Main St, Dublin, D02 X285\nEircode: A65 F4E2\nCo. Dublin D6W 1X23\n[address] T12 AC34\n"
    "12, Teheran-ro, Gangnam-gu, Seoul, 06236\n235, World Cup buk-ro, Mapo-gu, Seoul, 03936"
)


def test_digit_gated_rules_hold_a_digit_in_every_match() -> None:
    assert len(DIGIT_GATED) == 4


@pytest.mark.parametrize("text", [*DIGIT_SAMPLES, *SAMPLES])
def test_a_digit_gated_rule_replaces_what_the_whole_pattern_replaces(text: str) -> None:
    for rule in DIGIT_GATED:
        assert subn_lines(rule.pattern, "<x>", text, DIGITS) == rule.pattern.subn("<x>", text)


@pytest.mark.parametrize("text", [ADDRESS_SAMPLE, *DIGIT_SAMPLES, *SAMPLES])
def test_a_digit_gated_pattern_replaces_what_the_whole_pattern_replaces(text: str) -> None:
    for pattern in DIGIT_PATTERNS:
        assert subn_lines(pattern, "<x>", text, DIGITS) == pattern.subn("<x>", text)


def test_the_eircode_and_korean_samples_are_matched() -> None:
    assert [pattern.subn("<x>", ADDRESS_SAMPLE)[1] for pattern in DIGIT_PATTERNS] == [4, 2]


def test_the_digit_samples_are_matched_on_their_own_lines() -> None:
    assert sum(rule.pattern.subn("<x>", text)[1] for text in DIGIT_SAMPLES for rule in DIGIT_GATED) == 19


def test_digit_gated_rules_agree_with_their_patterns_on_every_corpus_text() -> None:
    folder = require_corpus("labelled/vanetik_vacancy_resume_matching/CV_txt")
    texts = [path.read_text(errors="replace") for path in sorted(folder.glob("*.txt"))]
    assert len(texts) > 50
    for text in texts:
        for pattern in [*(rule.pattern for rule in DIGIT_GATED), *DIGIT_PATTERNS]:
            assert subn_lines(pattern, "<x>", text, DIGITS) == pattern.subn("<x>", text)


def test_gated_lines_are_each_line_holding_a_fragment_once() -> None:
    folded = "son and son's son\nnothing\n\nmy son\nsonsonson"
    any_fragment = re.compile("son|daughter")
    assert redaction_gate.matching_lines(folded, any_fragment) == [0, 3, 4]
    assert redaction_gate.matching_lines("daughter\n", any_fragment) == [0]
    assert redaction_gate.matching_lines("\n\nno match", any_fragment) == []


def _scanned(text: str, gate: tuple[str, ...]) -> list[int]:
    """The lines a pattern scan of the folded text finds: what the automaton's index must give."""
    return redaction_gate.matching_lines(case_folded(text), redaction_gate._any_fragment(gate))


def test_the_indexed_lines_follow_a_text_as_rules_change_it() -> None:
    redaction_gate.register(("mother", "son", "born"))
    lines = [f"line {n} of a long CV" for n in range(40)]
    lines[3], lines[17], lines[30] = "Mother of two", "BORN 1980 in Leeds", "Jason, my son"
    text = "\n".join(lines)
    for gate in [("mother",), ("son", "born"), ("son", "unregistered-fragment"), ("nowhere",)]:
        assert redaction_gate.gated_lines(text, gate) == _scanned(text, gate)
    # A rule replaces a line: only that line is read again, and the next gate sees the change.
    changed = text.replace("Jason, my son", "[name], my child").replace("line 5 of", "a son on line 5 of")
    assert redaction_gate.gated_lines(changed, ("son",)) == _scanned(changed, ("son",)) == [5]
    # A group's extract (few lines) in between, then the long text again, then lines removed.
    assert redaction_gate.gated_lines("my son\nx", ("son",)) == [0]
    assert redaction_gate.gated_lines(changed, ("mother", "born")) == [3, 17]
    shorter = "\n".join(changed.split("\n")[10:])
    assert redaction_gate.gated_lines(shorter, ("born",)) == _scanned(shorter, ("born",)) == [7]


def test_indexed_lines_agree_with_a_scan_on_every_corpus_text_and_gate() -> None:
    folder = require_corpus("labelled/vanetik_vacancy_resume_matching/CV_txt")
    texts = [path.read_text(errors="replace") for path in sorted(folder.glob("*.txt"))]
    gates = [gate for _pattern, gate in PATTERNS if isinstance(gate, tuple) and gate]
    assert len(texts) > 50 and len(gates) > 20
    for text in texts:
        for gate in gates:
            assert redaction_gate.gated_lines(text, gate) == _scanned(text, gate)
