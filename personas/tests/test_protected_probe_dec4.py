"""The dec4 probe of personas that select on a protected attribute, written before the rule tables were read
(personas/protected*.py), and the lookalikes that must pass.

Measured against the code as it stood (2aaec25): of the first 129 selections 20 passed (2 of them then
judged to pass, below, as earlier rounds had), and 4 of the first 127 mentions were refused ("legacy systems
over 30 years old", "suitable for recent graduates and career changers", "skincare products for women over
50", "manage the Young Professionals network"). A second set
(47 selections, 43 mentions: other phrasings of the same ideas, written after the first fixes to check they
were general) stood at 41 selections passed and 5 mentions refused. After: none and none.

Judgement calls. Kept as earlier rounds decided: "no more than 5 years since graduation" passes (a graduate
of any age meets it), as does "clean-shaven" (a rule for respirators and food, not the attribute), a
generic-masculine or unisex title ("Handyman") and "halal-only kitchen staff" (the kitchen's food, not the
staff's faith). Decided here: a positive-action scheme does not make "women only" pass (UK law lets an
employer prefer one group only between equally qualified candidates, and a persona scores each CV alone);
encouraging a group to apply passes. "Suitable for recent graduates" names a level and passes; "recent
graduates only" makes it a condition and is refused. An age floor passes when its sentence names the law,
licence or insurance that sets it ("21 or over to serve alcohol (state law)"); a ceiling never does. Citizens
only and passport holders only are refused; security clearance and the right to work pass. A photo, a date of
birth, a marital status or a religion asked of the applicant is refused (each shows the attribute), a photo ID
for the right-to-work check is not; "buena presencia", "bella presenza" and "attractive" ask for looks. Caste
is descent, read as race. "Married to the mission" and "mother board" pass. Disability preferred at equal
suitability ("Schwerbehinderte werden bei gleicher Eignung bevorzugt") is German law (SGB IX) and passes.
"""

import pytest

from personas.protected import find_protected_selection
from personas.rubric import RubricError, validate_criteria, validate_free_text

SELECTIONS = [
    # German
    "Junges Team sucht Verstärkung, max. 35 Jahre",
    "Bewerber bis 30 Jahre",
    "Deutsch als Muttersprache erforderlich",
    "Wir suchen einen deutschen Muttersprachler",
    "Nur Bewerberinnen",
    "Nicht älter als 40",
    "Nur für deutsche Staatsbürger",
    "Altersgrenze: 45 Jahre",
    # French
    "Jeune diplômé, moins de 30 ans",
    "Poste réservé aux hommes",
    "Âge maximum 35 ans",
    "Langue maternelle française exigée",
    "Candidat de nationalité française uniquement",
    # Spanish
    "Menor de 30 años",
    "Imprescindible buena presencia",
    "Edad entre 25 y 35 años",
    "Solo hombres",
    "Se busca camarera joven",
    # Polish
    "Wiek do 35 lat",
    "Tylko mężczyźni",
    "Kobieta do 40 lat",
    # Dutch
    "Maximaal 30 jaar",
    "Alleen vrouwen",
    "Moedertaal Nederlands",
    # Italian / Portuguese
    "Età massima 30 anni",
    "Bella presenza richiesta",
    "Solo madrelingua italiano",
    "Idade até 30 anos",
    # English euphemisms and proxies
    "Digital native required",
    "Recent graduates only",
    "We want fresh blood in the team",
    "Join our energetic young team",
    "Must be able-bodied",
    "Must attend Sunday service",
    "Candidates must share our Christian values",
    "UK citizens only",
    "EU passport holders only",
    "Mother tongue German",
    "Female nurse preferred",
    "Salesgirl wanted for our boutique",
    "Photo required with application",
    "Date of birth required",
    "Single applicants preferred",
    "No family commitments",
    "Must not be pregnant",
    "Ideal candidate is in their twenties",
    "Gen Z candidates preferred",
    "Millennials only",
    "Must be of Japanese descent",
    "Native English speaker",
    "Caucasian preferred",
    "Fair-skinned applicants preferred",
    "No wheelchair users",
    "No history of mental illness",
    "Looking for a strong young man for warehouse work",
    "Childless candidates preferred",
    "Not suitable for those planning a family",
    "Born after 1990",
    "Under thirty",
    "Maximum age: fifty",
    "Age ≤ 35",
    "Aged 18\u201330",
    "Candidates aged 50+ need not apply",
    "Must be a married man",
    "Applicants with English-sounding names preferred",
    "Must be a churchgoer",
    "No Gypsies or Travellers",
    # homoglyph / spacing
    "m e n only",
    "und3r 30",
    "únder 30",
    "wo\u200bmen only",
    "M\u0435n only",  # Cyrillic e
    "\u0251ge under 30",  # Latin alpha
    "\uff21\uff47\uff45 under 35",  # fullwidth
    "f.e.m.a.l.e only",
    # A second, harder batch.
    "Preference given to candidates who have not yet turned 30",
    "Ideally born in the 90s",
    "Looking for a girl Friday",
    "Office boy needed",
    "Candidates should not have plans to start a family",
    "Must be physically and mentally fit with no disabilities",
    "Applicants must be free of any chronic illness",
    "Must be a practising member of the Church of England",
    "Belief in Jesus Christ required",
    "Atheists need not apply",
    "A Hindu cook preferred",
    "Brahmin candidates only",
    "Must have a European appearance",
    "Locals only, no immigrants",
    "Must speak English without a foreign accent",
    "Cut-off age 35",
    "Should be below 30",
    "Age limit thirty-five",
    "Between twenty and thirty years of age",
    "Young blood wanted",
    "Youthful appearance essential",
    "Graduated in 2022 or later",
    "Class of 2024 only",
    "No pensioners or retirees",
    "Must have at least 20 working years ahead of them",
    "Married couple preferred for this live-in role",
    "Lady receptionist required",
    "Strong man needed for lifting",
    "Gender: male",
    "Sex: F",
    "Must be a US-born citizen",
    "Only Chinese nationals",
    "Ideal candidate will be of Asian heritage",
    "Must not wear a headscarf",
    "No turbans or religious head coverings",
    "Deaf applicants will not be considered",
    "Dyslexic candidates need not apply",
    "Sekretärin (w) gesucht",
    "Wir suchen eine junge Kollegin",
    "Berufseinsteiger bis 28 Jahre",
    "Jeune femme dynamique pour l'accueil",
    "Âgé de 25 à 35 ans",
    "Se busca chica para atención al cliente",
    "Varón, soltero, sin hijos",
    "Poszukujemy pani do sprzątania",
    "Jonge collega gezocht",
    "Cercasi ragazza per negozio",
    "Sexo masculino",
    "Boa aparência",
    "Erkek eleman aran\u0131yor",
    "Endast kvinnor",
    "Women only, under our positive action scheme",
    # Other phrasings of the same ideas, written after the first fixes.
    "Applicants should not have turned 35 yet",
    "Ideally before your 30th birthday",
    "Candidates who have not reached 40",
    "You should have 25 years of work ahead of you",
    "Must have at least 25 years left before retirement",
    "Not close to retirement",
    "Expected to attend weekly mass",
    "Staff will attend daily prayers",
    "Commitment to biblical values essential",
    "You will live out our Catholic ethos",
    "Must believe in God",
    "A personal relationship with Jesus is essential",
    "Please state your age and marital status",
    "CV with recent photograph",
    "Bewerbung mit Lichtbild",
    "Headshot required",
    "Attach a full-length photo of yourself",
    "Must be attractive",
    "Good-looking staff for our bar",
    "Pretty girls for promo work",
    "Excelente presencia",
    "Boa apresentação",
    "Verkäufer (m) gesucht",
    "Vendeuse (F) pour boutique",
    "Buscamos mujer para limpieza",
    "Sólo varones",
    "Kun kvinder",
    "Kun menn",
    "Kun m\u00e6nd",
    "Endast kvinnliga sökande",
    "Bayan eleman aran\u0131yor",
    "Sadece erkek",
    "Nicht älter als 35 Jahre",
    "Niet ouder dan 40",
    "No mayor de 35",
    "Hindu cook wanted",
    "Catholic nanny required",
    "Muslim driver preferred",
    "Male security guard required",
    "Christian tutor wanted",
    "Same-caste candidates preferred",
    "Upper caste applicants only",
    "Dalits need not apply",
    "Share our Christian beliefs",
    "Pani do sprzątania",
    "Szukamy pani do biura",
    "Young and pretty receptionist",
    "Sekretärin (w) in Vollzeit",
]

MENTIONS = [
    "We are an equal opportunity employer and welcome applicants of all ages, genders and backgrounds",
    "Wir begrüßen Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft,"
    " Religion, Behinderung, Alter sowie sexueller Identität",
    "Nous étudions toutes les candidatures sans distinction d'âge, de sexe ou d'origine",
    "Empresa comprometida con la igualdad de oportunidades, sin distinción de género, edad u origen",
    "Wij moedigen iedereen aan te solliciteren, ongeacht leeftijd, geslacht of afkomst",
    "Zapraszamy kandydatów bez względu na wiek, płeć i pochodzenie",
    "We welcome applicants of all ages",
    "Mentor young engineers in the team",
    "Experience with Native Instruments plugins",
    "Native mobile development for iOS and Android",
    "React Native and cloud-native architectures",
    "Run our women in tech mentoring programme",
    "Assess the age of the codebase and plan migrations",
    "Maintain legacy systems over 30 years old",
    "Under 30 minutes response time to incidents",
    "Able to men-tor new starters",
    "Experience with age-related macular degeneration",
    "Paediatric nurse caring for children under 5",
    "Gender-affirming care experience",
    "Religious studies teacher for our faith school",
    "Able to lift 25 kg",
    "No visa sponsorship available; right to work in the UK required",
    "Must hold or be eligible for SC clearance",
    "German at C2 level",
    "Fluent in French (C1 or above)",
    "Senior Python developer",
    "Young's modulus and materials testing",
    "Married to the mission: you care about outcomes",
    "Motherboard and mother board repair",
    "Experience designing for older adults",
    "Knowledge of the Equality Act 2010 and age discrimination law",
    "Administer maternity and paternity leave policy",
    "Deliver diversity training on race and religion",
    "Wir sind ein junges Unternehmen in Berlin",
    "Translate between German and English",
    "Knowledge of native plant species",
    "Curate our Native American art collection",
    "Support students with disabilities",
    "Work with elderly residents in a care home",
    "Midwife on the maternity ward",
    "Design menswear collections",
    "Run under-18s coaching sessions on weekends",
    "Retail experience with Christian Louboutin",
    "Halal and kosher food preparation knowledge",
    "Halal-only kitchen staff",
    "Photographer with a portfolio of photos",
    "Check date of birth for age-restricted sales",
    "Must be 18 or over to serve alcohol (legal requirement)",
    "21+ to serve alcohol under state law",
    "Graduate scheme for 2025 graduates",
    "Suitable for recent graduates and career changers",
    "0\u20132 years of experience",
    "Native-level English",
    "Single sign-on (SSO) experience",
    "Single-handedly delivered projects",
    "Family law solicitor",
    "Must be able to stand for long periods",
    "Good colour vision needed for wiring",
    "Black belt in Six Sigma",
    "White-box and black-box testing",
    "Handy with tools",
    "Report to the chairperson of the board",
    "Youth worker for boys' and girls' clubs",
    "Teach Islamic studies to A level",
    "Our firm has over 30 years in business",
    "Serve customers aged 65 and over",
    "Market skincare products for women over 50",
    "Sound engineer for Sunday services",
    "Bilingual Spanish and English",
    "Wir bieten ein junges, modernes Büro",
    "Diplômé d'une école d'ingénieurs",
    "Experiencia mínima de 3 años",
    "Doświadczenie minimum 2 lata",
    "Minimaal 3 jaar ervaring",
    "Ogni candidatura sarà valutata senza distinzione di sesso o età",
    "Mentoring new graduates",
    "Manage the Young Professionals network",
    "Spanish speaker (native or bilingual level welcome, C1 minimum)",
    # A second batch.
    "Women and ethnic minority candidates are particularly encouraged to apply",
    "Verkäufer (m/w/d)",
    "Ingénieur logiciel H/F",
    "Accent on quality and reliability",
    "Strong man-management skills",
    "Manpower planning and human resources",
    "Develop age-appropriate learning materials",
    "Support older versions of Windows",
    "Support pregnant patients in the antenatal clinic",
    "Organise the company's Christmas party",
    "Must be willing to work on Sundays",
    "Must pass an offshore medical",
    "Valid driving licence required",
    "Apprenticeship open to all ages",
    "Candidates with 10+ years of experience",
    "Mature approach to problem solving",
    "Write copy for our Gen Z audience",
    "Coordinate the Black and minority ethnic staff network",
    "Clean-room engineering experience",
    "Photo editing with Photoshop",
    "Migrate date-of-birth fields in the patient database",
    "Citizen science project coordinator",
    "Process EU passport applications at the passport office",
    "Fresh produce department manager",
    "Handle fresh blood samples in the lab",
    "Single parent support worker",
    "Family-friendly flexible hours",
    "Maths teacher at a girls' school",
    "Coach the boys' under-14 football team",
    "Senior living facility manager",
    "Geriatric care experience",
    "Youth offending team caseworker",
    "Marriage counsellor",
    "Wheelchair-accessible office",
    "Trained mental health first aider",
    "Polish at B2 or above for our Polish-speaking customers",
    "Bewerbungen von Menschen mit Behinderung sind ausdrücklich erwünscht",
    "Schwerbehinderte werden bei gleicher Eignung bevorzugt",
    "Se valorará experiencia en atención al cliente",
    "Nous recherchons un(e) développeur(se) expérimenté(e)",
    "Young Enterprise volunteer",
    "Experience running Ramadan and Diwali marketing campaigns",
    "Knowledge of Jewish dietary laws for our kosher catering",
    "Proofread Hebrew and Arabic typesetting",
    "Lead the women's health research unit",
    "Nurse in the men's health clinic",
    "Recruit for our graduate programme",
    "Build native desktop apps",
    "Handyman",
    # Lookalikes of the new rules.
    "Photo ID required for right-to-work checks",
    "Passport photo required for your security pass",
    "Portfolio of photos required",
    "Photo editing experience required",
    "Verify date of birth for age-restricted sales",
    "Support the Christian ethos of the school",
    "Respect for the school's Catholic ethos",
    "Teach religion to GCSE level",
    "Knowledge of religion required for this RE post",
    "Attractive salary and benefits",
    "Build attractive user interfaces",
    "A smart, presentable appearance",
    "Well-groomed and professional",
    "Pretty printing JSON output",
    "Section (a) lists duties; (f) lists benefits",
    "Kellner (m/w/d) gesucht",
    "Vendeur (H/F)",
    "Sofa bed (m) dimensions",
    "Buildings over 50 years old need surveys",
    "Restore paintings over 200 years old",
    "Our company is 30 years old",
    "Whisky aged 18 years",
    "Clothing aimed at women over 60",
    "Campaigns targeting Gen Z",
    "Launch the Young Carers network",
    "Kun til interne kandidater",  # Danish: only for internal candidates
    "Sadece deneyimli adaylar",  # Turkish: only experienced candidates
    "Tekniker sökes",
    "Prior to turning in the report, check totals",
    "Reach 50 customers a week",
    "Hit 30 sales calls a day",
    "Before reaching 20 clients, onboard each manually",
    "Retirement planning advice for clients approaching retirement",
    "Pension administrator for members under retirement age",
    "We believe in clean code",
    "Faith in our product and team",
    "Church administrator: manage the diary and rotas",
    "Organist for Sunday services",
    "Biblical studies lecturer",
    "Data that is over 30 years old must be archived",
    "Experience with Gen Z consumers",
    "Bar staff must be 21 or over (state licensing law)",
    "Caste discrimination awareness training",
    # Judged to pass by earlier rounds; kept.
    "No more than 5 years since graduation",
    "Must be clean-shaven",
]


@pytest.mark.parametrize("text", SELECTIONS)
def test_a_dec4_selection_is_found(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize("text", MENTIONS)
def test_a_dec4_mention_passes(text: str) -> None:
    assert find_protected_selection(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Candidates must share our Christian values", ["share our christian values"]),
        ("Must attend Sunday service", ["must attend sunday service"]),
        ("Photo required with application", ["photo required"]),
        ("Imprescindible buena presencia", ["buena presencia"]),
        ("Brahmin candidates only", ["brahmin candidates only"]),
        ("A Hindu cook preferred", ["hindu cook preferred"]),
        ("Nicht \u00e4lter als 40", ["nicht alter als 40"]),
        ("Sekret\u00e4rin (w) gesucht", ["sekretarin (w)"]),
        ("Must be under 30 to apply", ["under 30 to apply"]),
        ("Applicants must be 40+", ["be 40+"]),
        ("Preference given to candidates who have not yet turned 30", ["not yet turned 30"]),
        ("Must have at least 20 working years ahead of them", ["20 working years ahead of them"]),
    ],
)
def test_a_dec4_selection_is_quoted_as_written_folded(text: str, words: list[str]) -> None:
    assert find_protected_selection(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Keep it under 30 to stay in budget",
        "Respond in under 30 to 60 minutes",
        "A team of up to 25 and growing",
        "Must have 10+ years of experience",
        "Must be 21+ for our van insurance",
        "Parent company accountant required",
        "Gay bar staff wanted",
        "Catholic school teachers required",
        "Elderly care assistant required",
        "Older servers required for the test lab",
    ],
)
def test_a_count_a_legal_floor_or_a_thing_the_trait_names_passes(text: str) -> None:
    assert find_protected_selection(text) == []


def test_a_ceiling_with_a_legal_reason_is_still_refused() -> None:
    assert find_protected_selection("Must be 21+ and under 30 (licensing law)") == ["under 30", "be 21+"]


def test_a_dec4_selection_in_a_text_field_is_refused_naming_the_field_and_the_words() -> None:
    with pytest.raises(RubricError) as caught:
        validate_free_text("description", "Busy bar. Headshot required. Must be attractive.")

    assert (caught.value.code, caught.value.field) == ("protected_attribute", "description")
    assert caught.value.message == (
        "description selects on a protected attribute ('headshot required', 'must be attractive');"
        " describe skills and experience instead."
    )


def test_a_dec4_selection_in_a_criterion_is_refused_naming_the_criterion() -> None:
    raw = [
        {"name": "Values", "description": "Belief in Jesus Christ required", "weight": 5, "required": True}
    ]

    with pytest.raises(RubricError) as caught:
        validate_criteria(raw)

    assert caught.value.message == (
        "criteria[0] ('Values') selects on a protected attribute ('belief in jesus christ');"
        " describe skills and experience instead."
    )


def test_a_dec4_mention_in_a_criterion_is_saved() -> None:
    raw = [{"name": "Ethos", "description": "Support the Christian ethos of the school", "weight": 2}]

    assert validate_criteria(raw)[0]["name"] == "Ethos"
