"""Protected-attribute phrasings nobody had tried when the check was written, both sides: selections
across every protected attribute, in English, Spanish, French, German and Polish and behind lookalike letters,
and mentions that only name an attribute (personas/protected*.py). A later set is in
test_protected_unseen_later.py.

A selection makes a protected attribute a condition of the hire or a preference between candidates; where a
fair reviewer might hesitate the reason is given beside the case. Judged to pass: a physical task named as
the task ("lifting 20 kg"), the job's own requirement with no attribute named; 16 or 18 as the only age, a
legal floor; the right to work, a work permit and security clearance, which name no nationality.
"""

import pytest

from personas.protected import find_protected_selection


@pytest.mark.parametrize(
    "text",
    [
        # Sex and gender identity.
        "We are looking for a gentleman to join our sales team",
        "This role would suit a male candidate",
        "Men preferred for this role",
        "Seeking a strong young man for the warehouse",
        "Applicants must identify as male",
        "Preference will be given to female applicants",
        "Women need not apply",
        "Ladies only, please",
        "Strictly no male applicants",
        "Candidate gender: male",
        "Gender: female",
        "Sex: male",
        "The successful candidate will be a woman",
        "We only want guys on this crew",
        "Suitable for males only",
        "Open to female candidates exclusively",
        "Biological males only",
        "No transgender applicants",
        # Age. 'Digital native', 'youthful' and 'recent graduates' pick the young as surely as a number; a
        # legal floor (16 or 18) is not here, it passes below.
        "Digital native with a passion for social media",  # an age euphemism (EEOC guidance reads it so)
        "Candidates max 35",  # a ceiling said of the candidates
        "Max age 35",
        "Applicants no older than 45",
        "A youthful, energetic team member",  # said of the hire, not of a brand
        "Under 40s only",
        "Between the ages of 21 and 30",
        "Age 22\u201328",  # en dash
        "Aged 18 \u2013 25",  # spaced en dash
        "Must not be older than 40",
        "Energetic twenty-somethings wanted",
        "Gen Z candidates preferred",
        "Millennials preferred",
        "Retirees need not apply",
        "Older applicants will not be considered",
        "Maximum age: 40",
        "Born in the 90s",
        "Should be in the 25-35 age group",
        "25-35yo",
        "Candidates aged 40+ will not be considered",
        "Over 50s need not apply",
        "Looking for young talent",
        "Ideal for a young mum returning to work",
        # Race, ethnicity and colour.
        "White candidates preferred",
        "Caucasian only",
        "Must be fair-skinned",
        "Light skin preferred",
        "No blacks",
        "Asian applicants only",
        "Candidates of Indian descent",
        "Must be of European heritage",
        "Seeking a Hispanic candidate",
        "People of colour only",
        "No gypsies or travellers",
        "Ethnicity: white British",
        "Race: Caucasian",
        # Nationality, citizenship and national origin: a nationality or a birthplace, not the right to work.
        "Germans only",
        "Must be a British national",
        "EU citizens only",  # a nationality; the lawful form is the right to work
        "Citizenship: Polish",
        "Applicants must be French by birth",
        "Holders of a German passport only",
        "Preferably of Irish nationality",
        "Must be a citizen of Spain",
        "Non-EU nationals will not be considered",  # the same; 'must hold a work permit' passes
        "Born and raised in the UK",
        "Foreigners need not apply",
        "No immigrants",
        # Religion. A church's own post may lawfully ask for a faith, but a scoring rubric cannot say so.
        "Must attend church regularly",
        "Christians only",
        "Muslim applicants preferred",
        "Must be a member of the Catholic Church",  # a faith as membership
        "Must share our Christian faith",
        "Religion: Hindu",
        "Atheists need not apply",
        "Observant Jews preferred",
        "No Sikhs",
        # Disability and health.
        "No disabled applicants",
        "Must be of sound mind and body",
        "Must not have any disability",
        "No wheelchair users",
        "Candidates with disabilities will not be considered",
        "Must have no medical conditions",
        "This role is not suitable for disabled people",
        "No deaf or blind applicants",
        "Free of any disability",
        "Fully able-bodied persons only",
        # Pregnancy and maternity.
        "Must not be pregnant",
        "No plans for maternity leave",
        "Pregnant women need not apply",
        "No new mothers",
        "Should not become pregnant in the first two years",
        # Marital and family status.
        "Single candidates preferred",
        "Must be single",
        "No children",
        "Married men preferred",
        "Applicants without children",
        "Must be unmarried",
        "Candidates with young families need not apply",
        "No dependants",
        "Marital status: single",
        # Sexual orientation.
        "Straight candidates only",
        "No gays",
        "Heterosexual applicants preferred",
        "Must be heterosexual",
        "No LGBTQ+ applicants",
        "Sexual orientation: straight",
        "Homosexuals need not apply",
        # Spanish, French, German, Polish.
        "Se busca chica joven",
        "Imprescindible ser hombre",
        "Buscamos mujeres solteras",
        "Preferentemente varones",
        "No se aceptan extranjeros",
        "Edad entre 25 y 35 años",
        "Réservé aux hommes",
        "Candidats de nationalité française uniquement",
        "Âge maximum 35 ans",
        "Femme de préférence",
        "Pas de femmes enceintes",
        "Nur junge Bewerber",
        "Männlich, max. 35 Jahre",
        "Deutsche Staatsangehörigkeit erforderlich",
        "Keine Ausländer",
        "Keine Schwangeren",
        "Tylko mężczyźni",
        "Zatrudnimy wyłącznie kobiety",
        "Wiek do 35 lat",
        "Mile widziani mężczyźni",
        "Poszukujemy młodej osoby",
        "Wymagane obywatelstwo polskie",
        "Kandydaci poniżej 30 roku życia",
        "Osoby bez dzieci",
        # Lookalike letters, invisible characters, marks, spacing.
        "\u041enly w\u043em\u0435n",  # Cyrillic O, o, e
        "\u03a5\u03bfung \u03b1nd \u03b5nergetic",  # Greek Upsilon, omicron, alpha, epsilon
        "\uff2e\uff2f\u3000\uff37\uff2f\uff2d\uff25\uff2e",  # full width, ideographic space
        "wo\u200dmen only",  # zero-width joiner
        "fe\u00admale only",  # soft hyphen
        "m\u0336e\u0336n\u0336 only",  # combining strike-through
        "u n d e r  3 5",
        "n o  w o m e n",
        "M.A.L.E. only",
        "men\u00a0only",  # no-break space
        "Aged 25\u201335",  # en dash
        "m\U000e0020en only",  # tag character
        "wom\u2066en only",  # bidi isolate
        "Chr\u0456st\u0456\u0430ns \u043enly",  # Cyrillic i, a, o
        "\u0585nly men",  # Armenian oh
        "yo\ufe0fung and dynamic",  # variation selector
        "\U0001d5c6\U0001d5be\U0001d5c7 \U0001d5c8\U0001d5c7\U0001d5c5\U0001d5d2",  # mathematical sans-serif
        "U\u0336N\u0336D\u0336E\u0336R\u0336 30",  # strike-through capitals
    ],
)
def test_an_unseen_selection_is_found(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # Equal-opportunity statements in several shapes and languages: they name attributes to say they
        # are not used.
        "We do not discriminate on the basis of religion, sex, national origin, age or disability.",
        "All applicants will be considered for employment without attention to race, colour,"
        " religion, sex, sexual orientation, gender identity, national origin, veteran or disability status.",
        "Age, gender, ethnicity and religion play no part in our hiring decisions.",
        "We hire people of every age, faith, background and ability.",
        "Applications from women, ethnic minorities and disabled people are particularly welcome.",
        "Your age, marital status or whether you have children has no bearing on your application.",
        "Reasonable adjustments are available for disabled candidates at every stage.",
        "We guarantee an interview to disabled applicants who meet the essential criteria"
        " (Disability Confident).",
        "We are happy to talk about flexible working, including for parents and carers.",
        "We don't care about your age, gender or where you were born.",
        "No discriminamos por razón de sexo, edad, religión o nacionalidad.",
        "Tous nos postes sont ouverts aux personnes en situation de handicap.",
        "Nie dyskryminujemy ze względu na płeć, wiek, wyznanie ani niepełnosprawność.",
        "We are an equal opportunities employer and value applicants of all backgrounds.",
        "Candidates of any nationality are welcome if they have the right to work in the UK.",
        # Words of the job: the people served, the ward, the account, the place, the market.
        "Paediatric nurse caring for children aged 2 to 12",  # children as patients
        "Youth worker supporting young people aged 13 to 19",  # the people served
        "Maths teacher for students aged 11-16",
        "Retirement planning adviser for clients aged 55 and over",
        "Experience caring for older people in the community",
        "Maternity ward midwife",
        "Maternity cover contract (12 months)",
        "Aged care assistant",
        "Senior Software Engineer",
        "Junior Developer",
        "Native iOS and Android development",
        "Account manager on the Christian Dior account",
        "Sales territory covers Jordan and Lebanon",
        "Writes documentation in gender-neutral language",
        "Diversity and inclusion champion",
        "Elderly care home manager",
        "Youth worker",
        "Must be available weekends",
        "Women's health clinic experience",
        "Physically demanding role: lifting 20 kg",  # a bona fide requirement: the task, no attribute
        "Support worker for adults with disabilities",
        # Lawful conditions: a legal age floor, the right to work, a work permit, clearance, a physical task
        # named as the task (a bona fide requirement), weekends.
        "Must be 18 or over (we serve alcohol)",  # a legal floor
        "Must be at least 21 to drive the company van (insurance)",  # a condition of insurance
        "Must hold a valid work permit",
        "Right to work in the UK required",
        "Security clearance (SC) required",
        "Must be able to obtain US security clearance",  # clearance, not citizenship, is asked
        "Must be able to stand for long periods",
        # Lookalikes: compounds, languages, places, bodies, units, names.
        "Accessibility: screen readers for blind and partially sighted users",
        "Must be single-minded about quality",
        "Preferably straight-through processing experience",
        "Seeking Asian and African market expertise",
        "Manage a team of up to 25.",
        "Maintain codebases older than 20 years",
        "Must be comfortable working with people of all ages",
        "Must be Polish-speaking",
        "UK-based, hybrid",
        "Teams of 10-15 people",
        "American Board certified",
        "React Native and cloud-native",
        "Native or bilingual proficiency in Arabic",
        "RE teacher at a Catholic school",
        "Customer service for our Muslim and Jewish communities' food standards (halal, kosher)",
        "Black Friday and Cyber Monday campaigns",
        "Must be a white-hat hacker",
        "Parental leave of 20 weeks; childcare vouchers; family-friendly employer",
        "Based in Amman, Jordan",
        "Experience with Hispanic and Latino customer segments",
        "Midwife supporting pregnant women and new mothers",
        "Mentor to junior and senior staff",
        "Fluent German (C1); Polish a plus",
        "Język angielski na poziomie C1; mile widziane doświadczenie w Django",
        "Deutsch auf C1-Niveau, junges Startup",
        "Expérience avec des personnes âgées",
        "Cuidado de personas mayores",
        "Upgrade systems running Python older than 3.8",
        "Response under 30 seconds; uptime over 99.9%",
        "Old Street office, near the station",
        "Manpower planning and shift rosters",
        "Single-page applications and single sign-on",
    ],
)
def test_an_unseen_mention_passes(text: str) -> None:
    assert find_protected_selection(text) == []
