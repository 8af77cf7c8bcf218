"""Professional fields, the words that place a role or a persona in one, and how near each pair is (issue #9).

A field is where a career is spent (software, nursing, teaching, accounting), not a function many careers
share: managing, project management, customer contact or "support" place nowhere. A word places only when a
recruiter reading it in a job title would name that field; ambiguous ones ("engineer", "analyst",
"technician", "assistant", "server") place only inside a phrase ("software engineer", "it technician"); an
analyst not of a phrase here ("Marketing Analyst") is placed in data (analysts.py).
"""

from __future__ import annotations

# field | words and phrases (folded, matched token by token, longest first; an optional plural "s")
_FIELDS_TEXT = """\
software | software, developer, programmer, programming, web developer, software engineer,
    software engineering, frontend, front end, backend, back end, full stack, fullstack, devops, sre,
    site reliability, qa engineer, test engineer, mobile developer, application developer, web development,
    software development, computer science, information technology, systems analyst, system analyst,
    programmer analyst, qa analyst, test analyst
it_infra | it support, desktop support, help desk, helpdesk, service desk, it technician, computer technician,
    support technician, systems administrator, system administrator, sysadmin, network administrator,
    network engineer, infrastructure engineer, it administrator, it specialist, it manager, it analyst,
    it infrastructure, it operations, it services, it department, information technology, support analyst,
    security analyst, soc analyst
data | data analyst, data analysis, data scientist, data science, data engineer, analytics, machine learning,
    business intelligence, bi developer, statistician, data analytics, deep learning
healthcare | nurse, nursing, rn, lpn, cna, patient, patients, clinical, clinic, hospital, medical, physician,
    doctor, pharmacist, pharmacy, caregiver, care assistant, care worker, healthcare, health care,
    therapist, dental, dentist, paramedic, midwife, surgical, icu, emergency room, home health,
    medical assistant, phlebotomist, radiographer, lvn, emt, nurse practitioner, physiotherapist,
    physiotherapy, physio
education | teacher, teaching, tutor, tutoring, instructor, lecturer, professor, school, classroom, educator,
    teaching assistant, kindergarten, preschool, curriculum, pupils, students, esl, tefl
finance | accountant, accounting, bookkeeper, bookkeeping, auditor, audit, tax, finance, financial analyst,
    financial controller, controller, cpa, accounts payable, accounts receivable, general ledger, payroll,
    treasury, banking, bank teller, credit analyst, loan officer, underwriter, actuary
sales | sales, salesperson, account manager, account executive, business development, business developer,
    marketing, sales representative, sales rep, sales associate, sales manager, brand manager,
    territory manager, key account, inside sales, telesales, dealership, car dealership
office | office administrator, office administration, office manager, office coordinator, office assistant,
    administrative assistant, administrative coordinator, administrative officer, administrative,
    admin assistant, executive assistant, personal assistant, secretary, secretarial, receptionist,
    clerk, clerical, data entry, front desk, front office
hr | human resources, recruiter, recruiting, recruitment, talent acquisition, hr generalist,
    hr manager, hr coordinator, hr assistant, people operations
construction | construction, civil engineer, civil engineering, mechanical engineer, mechanical engineering,
    electrical engineer, electrical engineering, structural engineer, site engineer, site manager,
    foreman, electrician, plumber, carpenter, welder, hvac, architect, surveyor, mechanic,
    maintenance technician, machinist, manufacturing, construction manager, site supervisor, superintendent,
    estimator
hospitality | cashier, waiter, waitress, waitstaff, bartender, chef, cook, barista, hotel, restaurant,
    retail, store manager, shop assistant, hospitality, front of house, housekeeping, housekeeper,
    food service, catering, crew member, store associate, merchandiser, retail associate, dishwasher,
    line cook, busser, hostess, stocker, fast food, sous chef, kitchen assistant
customer_service | customer service, call center, call centre, customer service representative,
    contact center, contact centre, customer care, customer support representative
legal | lawyer, attorney, paralegal, legal, solicitor, counsel, law firm, litigation, barrister
logistics | warehouse, logistics, supply chain, truck driver, forklift, dispatcher, delivery driver,
    shipping and receiving, fulfillment, fulfilment, courier, bus driver, taxi driver, van driver, chauffeur,
    warehouse associate, order picker, packer, material handler, inventory clerk, distribution center,
    distribution centre, transport planner, transport manager
design | graphic designer, graphic design, designer, illustrator, ux designer, ui designer, art director,
    photographer, video editor, web designer, interior designer, fashion designer, animator
sport_leisure | lifeguard, swim instructor, pool manager, fitness instructor, personal trainer, athlete,
    sports coach, swimming coach, recreation, camp counselor, camp counsellor, yoga instructor
arts | dancer, actress, musician, singer, choreographer, entertainer, makeup artist
security | security guard, security officer, bodyguard, loss prevention, police officer, correctional officer
"""

# The same professions' titles in Spanish, French, German, Portuguese and Italian (folded), for CVs written in
# them. Left out where a word is also a common English word or a surname ("commercial", "conductor", "Koch").
_FIELDS_ABROAD_TEXT = """\
software | desarrollador, desarrolladora, programador, programadora, ingeniero de software, developpeur,
    developpeuse, ingenieur logiciel, logiciel, entwickler, entwicklerin, softwareentwickler,
    softwareentwicklerin, softwareentwicklung, programmierer, programmiererin, desenvolvedor,
    desenvolvedora, sviluppatore, sviluppatrice, programmatore
healthcare | enfermera, enfermero, enfermeria, infirmier, infirmiere, krankenschwester, krankenpfleger,
    pflegefachkraft, pflegefachfrau, pflegefachmann, enfermeiro, enfermagem, infermiere, infermiera, medecin,
    arzt, arztin, hopital, krankenhaus, klinik, clinica, clinique
education | profesor, profesora, maestra, maestro, docente, enseignant, enseignante, professeur, professeure,
    institutrice, instituteur, lehrer, lehrerin, professora, insegnante
finance | contable, contador, contadora, comptable, expert comptable, buchhalter, buchhalterin,
    contabilista, contabile, auditeur, wirtschaftsprufer, steuerberater, steuerberaterin
sales | vendedor, vendedora, ventas, vendeur, vendeuse, verkaufer, verkauferin, vertrieb, venditore,
    venditrice, vendas
office | secretaria, administrativo, administrativa, recepcionista, secretaire, assistante administrative,
    sekretarin, burokaufmann, burokauffrau, segretaria
hospitality | camarero, camarera, cocinero, cocinera, serveur, serveuse, cuisinier, cuisiniere, kellner,
    kellnerin, cameriere, cameriera, cuoco
logistics | almacen, repartidor, magasinier, lagerist, lagerarbeiter, logistica, logistique, logistik
"""

# Subjects a degree or programme names, read only on lines about study (an education section, "Nursing
# student"): they say where a newcomer's grounding lies, not what anyone did at work ("Economics" on a job
# line may be a journalist's beat). The fields' own words count there too ("BSc Computer Science").
_STUDY_TEXT = """\
office | business administration, business management, business studies, secretarial studies
finance | economics, accountancy, commerce
data | statistics
education | education, pedagogy, early childhood
healthcare | medicine, biomedical science
software | computer engineering, informatics
"""

# Canonical skills (skills_table) that place a line in a field by themselves; generic ones (Excel,
# Communication, Project management) place nowhere.
SKILL_FIELD: dict[str, str] = {
    "Backend": "software", "Frontend": "software", "Mobile": "software", "DevOps": "software",
    "IT support": "it_infra", "Systems administration": "it_infra", "Networking": "it_infra",
    "Active Directory": "it_infra", "Endpoint management": "it_infra", "ITIL": "it_infra",
    "Data science": "data", "Machine Learning": "data", "Data analysis": "data",
    "Teaching": "education", "Accounting": "finance", "Sales": "sales", "Marketing": "sales",
    "Office administration": "office", "Human resources": "hr", "Recruiting": "hr",
    "Graphic design": "design",
}  # fmt: skip

# Pairs not listed are unrelated. A neighbour shares much of the daily work (a developer and a support
# technician both fix computers); a half-neighbour shares some of it.
NEIGHBOUR, HALF, UNRELATED = 0.6, 0.35, 0.15
_NEAR_TEXT = """\
software it_infra 0.6 | software data 0.6 | it_infra data 0.35 | software design 0.35 | data finance 0.35
office finance 0.6 | office hr 0.6 | office customer_service 0.6 | office legal 0.6 | office sales 0.35
office hospitality 0.35 | office logistics 0.35 | finance hr 0.35 | finance legal 0.35
finance sales 0.35 | sales customer_service 0.6 | sales hospitality 0.6 | sales design 0.35
hospitality customer_service 0.6 | customer_service it_infra 0.6 | construction logistics 0.35
logistics hospitality 0.35 | hr education 0.35 | healthcare education 0.15 | data sales 0.35
construction it_infra 0.35 | construction software 0.35 | construction design 0.35
sport_leisure hospitality 0.35 | sport_leisure education 0.35 | arts design 0.35 | arts education 0.35
security logistics 0.35 | security hospitality 0.35
"""


def _phrases(text: str) -> dict[str, frozenset[str]]:
    joined = text.replace("\n    ", " ")
    rows = (line.split("|") for line in joined.strip().splitlines())
    return {name.strip(): frozenset(p.strip() for p in words.split(",")) for name, words in rows}


def _nearness() -> dict[frozenset[str], float]:
    pairs = (item.split() for item in _NEAR_TEXT.replace("\n", "|").split("|") if item.strip())
    return {frozenset((a, b)): float(value) for a, b, value in pairs}


PHRASES = {
    name: words | _phrases(_FIELDS_ABROAD_TEXT).get(name, frozenset())
    for name, words in _phrases(_FIELDS_TEXT).items()
}
STUDY = _phrases(_STUDY_TEXT)
FIELDS = frozenset(PHRASES)
NEAR = _nearness()
