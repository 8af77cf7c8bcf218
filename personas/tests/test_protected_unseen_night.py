"""A sixth round of unseen protected-attribute phrasings, written before the detector's word lists were read
(personas/protected*.py): gendered job titles and the German "(m/w)", age by graduation or birth year,
"cultural fit" and looks, religion by dress, holidays and diet, health asked of the person, family plans,
marital status, sexual orientation, and Dutch, Italian and Portuguese beside English, German, French, Spanish
and Polish; criteria split between a name and a description, weighted and required; leetspeak, spacing,
invisible and lookalike letters. The other side: equal-opportunity wording, the lawful "(m/w/d)", "(H/F)",
"ambosessi", both forms of a title, right-to-work wording, a proficiency level, and lookalikes ("Manchester",
"age of AI", "Black belt").

Measured against the code as it stood (b1f9900): 72 of 147 selections passed (70 of 137 phrasings, 2 of 10
criteria) and 1 of 88 mentions was refused (the criterion "Age of AI"). The commits after fff691d made the
rules that find them all and refuse no mention; those rules were made to fit this round, so it is no longer
a measure of unseen text.

Judgement calls: a feminine-only or masculine-only job title ("Barmaid", "Kellnerin", "Serveuse", "Cercasi
cameriera") asks for one sex, as UK, German (AGG s.11) and French (L1142-1) law read an advert; both forms
("Serveur / Serveuse", "Camarero/a", "ambosessi", "(m/w/d)", "(H/F)") pass. "(m/w)" without "d" shuts out
the third option German law has recognised since 2018, so it is refused. A graduation or birth year picks an
age as a number would; a graduate scheme or a class named as an alumni group does not. "Must be fit" asks
about the person's health, as "must be in good health" was judged; "fit and proper" (FCA) and "fit-out" are
not health, and a physical task named as the task passes. A mother tongue ("Muttersprache", "madrelingua",
"moedertaal", "ojczysty") is where one comes from, like "native speaker"; "native or near-native level" is a
level and passes. A religious practice refused ("must not observe Ramadan") is a selection; working Saturdays
or Christmas Day is availability and passes.
"""

import pytest

from personas.protected import find_protected_selection
from personas.rubric import RubricError, validate_criteria

SELECTIONS = [
    # Sex and gender by job title or a gendered noun for the hire.
    "Barmaid wanted for busy pub",
    "Salesman wanted",
    "Waitress needed for weekend shifts",
    "Hostess (female) for our cocktail bar",
    "Seeking a strong lad for the stockroom",
    "Delivery boys wanted",
    "Looking for a girl Friday to support the directors",
    "Kellnerin gesucht",
    "Verkäuferin in Teilzeit gesucht",
    "Sachbearbeiter (m/w) gesucht",
    "Junge Mitarbeiterin für unser Büro gesucht",
    "Serveuse recherchée",
    "Recherchons vendeuse jeune et dynamique",
    "Se busca camarera",
    "Cercasi cameriera",
    "Cercasi ragazza bella presenza",
    "Zatrudnię kelnerkę",
    "Alleen mannen",
    "Jonge vrouw gezocht voor receptie",
    "Apenas homens",
    "Moça para atendimento",
    "Sexo: feminino",
    "Preferibilmente uomo",
    "Wyłącznie panie",
    # Age by graduation year, school, birth year, euphemism, ceiling.
    "Graduated in 2022 or later",
    "Class of 2023 or 2024 graduates only",
    "Recent graduate only",
    "Max 5 years since leaving school",
    "Born after 1995",
    "Year of birth: 1990 or later",
    "Digital native required",
    "Must be a digital native",
    "Looking for a young and dynamic team player",
    "Youngsters preferred",
    "Must be below the age of 32",
    "Candidates in their thirties preferred",
    "Not suitable for pensioners",
    "Age: 25 max",
    "Ideal age 25 to 35",
    "Junior candidates (under 28)",
    "Preferably not older than 35 years",
    "Bewerber bis 35 Jahre",
    "Höchstalter 40 Jahre",
    "Berufseinsteiger unter 25 Jahren",
    "Frisch von der Uni, max. 28",
    "Moins de 30 ans",
    "Âge : 25-35 ans",
    "Jeune diplômé(e) de moins de 26 ans",
    "No se admiten mayores de 45 años",
    "Buena presencia, mujer, 20-30 años",
    "Camarero (varón), menor de 35",
    "Età massima 30 anni",
    "Max 35 anni",
    "Maximaal 30 jaar",
    "Idade máxima 35 anos",
    "Mężczyzna do 40 lat",
    # Race and ethnicity behind "cultural fit" and looks.
    "Must be a good cultural fit: white, middle-class background",
    "Culture fit: native Brits preferred",
    "Must look European",
    "Should have a Western appearance",
    "No foreign-sounding names",
    "Must have a typically English name",
    "Scandinavian looks required",
    # Nationality, citizenship, native speakers; the right to work passes below.
    "EU passport holders only",
    "Must hold an EU passport",
    "UK nationals preferred",
    "US citizens and green card holders only",
    "Native Germans preferred",
    "Solo españoles",
    "Solo italiani",
    "Somente brasileiros",
    "Alleen Nederlanders",
    "Français de naissance",
    "Nur deutsche Muttersprachler",
    "Deutsch als Muttersprache erforderlich",  # a mother tongue is where one comes from, not a level
    "Langue maternelle française exigée",
    "Madrelingua italiana richiesta",
    "Moedertaal Nederlands vereist",
    "Wymagany język polski jako ojczysty",
    "Nativo de español",
    "Polish nationals only",
    "Native English speaker",
    # Religion by dress, holidays and diet.
    "Keine Kopftuchträgerinnen",
    "Geen hoofddoek",
    "No halal or kosher dietary requirements",
    "Must not observe Ramadan",
    "Must not pray during working hours",
    "Candidates who observe the Sabbath need not apply",
    # Disability and health asked of the person; the task named passes below.
    "Must be able-bodied",
    "No health issues",
    "Must be fit",  # fitness asked of the person, as 'must be in good health' was judged
    "Must be physically fit",
    "Must not use a hearing aid",
    "Not suitable for anyone with a mental health condition",
    "Clean bill of health required",
    "Must not be on any long-term medication",
    "Must be neurotypical",
    "No autistic candidates",
    "Pas de personnes handicapées",
    "Niepełnosprawni nie będą brani pod uwagę",
    # Pregnancy and family plans.
    "No plans to have kids in the near future",
    "Candidates should confirm they are not expecting",
    "Not suitable for someone planning maternity leave",
    "Family planning should be complete",
    "Willing to postpone pregnancy",
    "We'd prefer someone without childcare commitments",
    "Sin cargas familiares",
    # Marital status.
    "Married candidates preferred (stability)",
    "Should be single and willing to travel",
    "Unmarried bachelors only",
    "Civil status: single",
    "Must be a married woman",
    "Célibataire de préférence",
    "Preferiblemente soltera",
    "Ledig und ungebunden",
    "Nubile o celibe",
    "Panna lub kawaler",
    # Sexual orientation.
    "Must be a straight male",
    "LGBT applicants will not be considered",
    "Heterosexual couple to manage our B&B",
    # The issue's own words.
    "only men",
    "under 30",
    "young",
    # Spacing, leetspeak, invisible and lookalike letters.
    "m e n  o n l y",
    "0nly w0m3n",
    "und3r 30",
    "y0ung and dynamic",
    "ma1e candidates only",
    "s\u200bi\u200bn\u200bg\u200bl\u200be only",
    "\u0443\u043eung talent",  # Cyrillic u, o
    "\u039cen \u03bfnly",  # Greek Mu, omicron
    "\uff55\uff4e\uff44\uff45\uff52\u3000\uff13\uff10",  # full width
    "M.E.N. ONLY",
    "w o m e n  p r e f e r r e d",
    "\U0001d426\U0001d41e\U0001d427 \U0001d428\U0001d427\U0001d425\U0001d432",  # mathematical bold
    "\u24dc\u24d4\u24dd \u24de\u24dd\u24db\u24e8",  # circled letters
    "m\u00e9n \u00f3nly",  # accents
]

MENTIONS = [
    "We do not discriminate on the basis of religion, sex, national origin, age or disability",
    "React Native and cloud-native",
    "Senior",
    "Manchester-based role",
    "Germanic languages (Dutch, German) a plus",
    "Join a young company with big ambitions",
    "Build products for the age of AI",
    "Native iOS developer (Swift)",
    "Mother board repair technician",
    "Master/slave replication in MySQL",
    "Single page application (SPA) in React",
    "We're married to quality and detail",
    "Human resources generalist",
    "Womenswear buyer",
    "Menswear visual merchandiser",
    "Menu engineering for restaurants",
    "Black belt in Six Sigma",
    "White-label solutions and whiteboard sessions",
    "Fit-out project manager",
    "Must pass the FCA fit and proper test",
    "Health and safety officer",
    "Able to lift 20 kg",
    "Must be able to work at heights",
    "Must be able to distinguish colours (electrical wiring)",
    "Mature approach to client work",
    "Over 30 integrations; under 30 ms latency",
    "Graduate scheme, 2025 intake",
    "Eligible for the Graduate visa route",
    "Must have the right to work in the UK",
    "Must have the right to work in the UK without sponsorship",
    "No visa sponsorship available",
    "English at native or near-native level",  # a proficiency level, as judged before
    "Fluent English (C1)",
    "Experience with native plants",
    "Native advertising campaigns",
    "Matrimonial law solicitor",
    "Pregnancy and baby app product manager",
    "Disability insurance claims handler",
    "Sexual health clinic nurse",
    "Religious studies teacher",
    "Ramadan campaign planning for MENA markets",
    "Halal food safety auditor",
    "Diwali and Eid marketing calendar",
    "Afro hair specialist stylist",
    "Must be willing to work Saturdays",
    "Must be available Sundays and on Christmas Day",
    "Enhanced maternity and paternity pay",
    "On-site crèche for working parents",
    "Family planning clinic nurse",
    "Strong cultural fit with our remote-first values",
    "Experience in cross-cultural teams",
    "Knowledge of Nordic markets",
    "Payroll for employees of 30 nationalities",
    "Pride network lead",
    "Straight talk and honest feedback",
    "Bachelor's degree preferred",
    "Personal trainer for our fitness studio",
    "Assistive technology for autistic learners",
    "0-3 years of experience (junior role)",
    "Verkäufer (m/w/d) in Vollzeit",
    "Kellner/in (m/w/d)",
    "Wir freuen uns auf Bewerbungen aller Geschlechter",
    "Vendeur (H/F)",
    "Serveur / Serveuse",
    "Camarero/a",
    "Cercasi cameriere ambosessi",
    "Kelner/Kelnerka (k/m)",
    "Sprzedawca (k/m/n)",
    "Vloeiend Nederlands (C1)",
    "Wij zijn een jong bedrijf",
    "Azienda giovane e dinamica",
    "Ottima conoscenza dell'inglese",
    "Fluência em português e espanhol",
    "Empresa jovem e inovadora",
    "Experiencia con clientes alemanes",
    "Deutsch auf C2-Niveau",
    "Anglais courant exigé",
    "Znajomość języka niemieckiego",
    "Ervaring met Duitse klanten",
    "Youth football coach",
    "Old Street office",
    "Manage the alumni network for the class of 2010",
    "Kosher supervisor (mashgiach) for our bakery",
]

# (name, description): a criterion, weighted and required, or split between its name and description.
CRITERIA_SELECTING = [
    ("Age", "25-35"),
    ("Gender", "Male preferred"),
    ("Nationality", "Polish"),
    ("Native speaker", "English"),
    ("Family status", "Single, no kids"),
    ("Languages", "German mother tongue"),
    ("Faith", "Practising Catholic"),
    ("Culture fit", "Young team, under 30"),
    ("Appearance", "Young and attractive"),
    ("Graduation", "Graduated 2023 or later"),
]
CRITERIA_MENTIONING = [
    ("Age of AI", "Built products with LLMs"),
    ("Native mobile", "Swift and Kotlin"),
    ("Master data management", "MDM in SAP"),
    ("German", "C1 level, written and spoken"),
    ("Fitness", "Runs group exercise classes"),
]


@pytest.mark.parametrize("text", SELECTIONS)
def test_a_night_selection_is_found(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize("text", MENTIONS)
def test_a_night_mention_passes(text: str) -> None:
    assert find_protected_selection(text) == []


@pytest.mark.parametrize("criterion", CRITERIA_SELECTING)
def test_a_weighted_required_criterion_that_selects_is_refused_naming_it(criterion: tuple[str, str]) -> None:
    name, description = criterion
    raw = [{"name": name, "description": description, "weight": 5, "required": True}]

    with pytest.raises(RubricError) as caught:
        validate_criteria(raw)

    assert caught.value.code == "protected_attribute"
    assert caught.value.message.startswith(f"criteria[0] ('{name}') selects on a protected attribute ('")


@pytest.mark.parametrize("criterion", CRITERIA_MENTIONING)
def test_a_weighted_required_criterion_that_mentions_is_saved(criterion: tuple[str, str]) -> None:
    name, description = criterion
    raw = [{"name": name, "description": description, "weight": 5, "required": True}]

    assert validate_criteria(raw)[0]["name"] == name
