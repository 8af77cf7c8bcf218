"""More synthetic CVs with planted personal data, in shapes the first sets (blind_cvs.py) did not try.

Written as someone planting data to catch blind mode out would: other languages' personal-details blocks,
physical details, obfuscated e-mails, emergency contacts, numbered referee blocks, places of worship named
in full, names with particles and apostrophes. Marks as in blind_cvs.py: «value», «n:a person's name». Each
CV comes with words of its profession that a persona may name and that must survive. All invented.
"""

from __future__ import annotations

PLANTED_CVS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # 1. Portuguese CV: labels of its own, a Brazilian address with a CEP, a birthplace ("Naturalidade").
    (
        """«n:Thiago Albuquerque Ferreira»
Engenheiro de Software
«Rua das Flores, 123, Apto 45» \u2013 «São Paulo/SP», CEP «01234-567» · «thiago.ferreira@example.com.br»
Data de nascimento: «14/02/1991» · Naturalidade: «Recife» · Estado civil: «casado»
Nacionalidade: «brasileira» · Religião: «católica» · Filhos: «2»
Resumo
Engenheiro de software com 9 anos em Java, Spring Boot, Kafka e PostgreSQL. Liderou a migração para AWS.
Experiência
2018 - 2024  Engenheiro de Software Sênior, Banco Paulista. Java, Spring Boot, Kafka, AWS.
2015 - 2018  Desenvolvedor, Agência Carioca. PHP, Laravel, MySQL.
Formação
Bacharelado em Ciência da Computação, Universidade de São Paulo, 2009 - 2014
""",
        ("Java", "Spring", "Kafka", "PostgreSQL", "AWS", "Laravel"),
    ),
    # 2. Italian and Dutch labels, a physical-details line, an Italian address.
    (
        """CURRICULUM VITAE
Nome: «n:Giulia Esposito»
Luogo di nascita: «Napoli» · Data di nascita: «03/05/1989» · Stato civile: «nubile»
Nazionalità: «italiana» · Cittadinanza: «italiana»
Indirizzo: «Via Toledo 256, 80134 Napoli»
Altezza: «165 cm» · Peso: «58 kg»
Profilo
Contabile con 10 anni di esperienza: bilanci, IVA, SAP, Excel, chiusure mensili.
Esperienza
2016 - 2024  Contabile, Vesuvio Servizi S.r.l. Bilanci, IVA, SAP FI, Excel.
Istruzione
Laurea in Economia Aziendale, Università Federico II, 2008 - 2013
""",
        ("SAP", "Excel", "IVA", "bilanci", "Contabile", "Economia"),
    ),
    # 3. Dutch personal details, a table of labels with values one line under, a "Geboorteplaats".
    (
        """«n:Pieter van der Berg»
Verpleegkundige
«Prinsengracht 263», «1016 GV Amsterdam» · «06-12345678» · «p.vanderberg@example.nl»
Persoonlijke gegevens
Geboortedatum
«21-07-1986»
Geboorteplaats
«Utrecht»
Burgerlijke staat
«gehuwd»
Nationaliteit
«Nederlandse»
Profiel
Verpleegkundige met 12 jaar ervaring op de intensive care: triage, beademing, medicatie.
«Pieter» begeleidt studenten.
Werkervaring
2012 - 2024  IC-verpleegkundige, Amstel Ziekenhuis. Triage, beademing, medicatie, mentoring.
""",
        ("Verpleegkundige", "triage", "beademing", "medicatie", "mentoring", "studenten"),
    ),
    # 4. Physical and health details in an English personal-details block, a title label, blood group.
    (
        """«n:Rohan Mehta»
Site Safety Officer
«rohan.mehta@example.in» · «+91 98200 12345» · «Flat 3B, 14 MG Road», «Bengaluru 560001»
Personal Details
Title: «Mr»
Height: «5 ft 11 in» · Weight: «78 kg» · Blood Group: «O+»
Health: «excellent» · «Non-diabetic»
Father's Occupation: «Farmer» · Mother's Name: «n:Sunita Mehta»
Hometown: «Nashik» · Native place: «Maharashtra»
Profile
Site safety officer, 8 years: NEBOSH IGC, risk assessments, permit to work, toolbox talks, incident
investigation.
Experience
2016 - 2024  Safety Officer, Deccan Infra. Risk assessments, permit to work, audits, NEBOSH.
Education
B.E. Civil Engineering, Pune University, 2011 - 2015
""",
        ("NEBOSH", "risk", "assessments", "permit", "toolbox", "incident"),
    ),
    # 5. An obfuscated e-mail, the name in a footer, a URL slug, the name in the summary.
    (
        """«n:Niamh O'Sullivan-Reyes»
Staff Accountant
«n:niamh» «[at] example [dot] ie» · «linkedin.com/in/niamh-osullivan-reyes-4821» · «+353 87 765 4321»
Summary
«Niamh» is a qualified accountant (ACCA) with 6 years of month-end close, reconciliations and VAT returns.
Experience
2018 - 2024  Staff Accountant, Liffey Foods Ltd. Month-end close, reconciliations, VAT, Xero.
2016 - 2018  Accounts Assistant, Shannon Hotels. Purchase ledger, payroll support.
Education
BComm Accounting, University College Cork, 2012 - 2016
«n:Niamh O'Sullivan-Reyes» \u2013 CV \u2013 page 2
""",
        ("accountant", "ACCA", "reconciliations", "VAT", "Xero", "payroll"),
    ),
    # 6. Numbered referee blocks without colons, a table of referees, an emergency contact.
    (
        """«n:Daniel Kowalczyk»
Warehouse Team Leader
«daniel.kowalczyk@example.co.uk» · «07700 900 321»
Profile
Team leader in distribution: forklift (counterbalance, reach), WMS, picking accuracy, health and safety.
Experience
2017 - 2024  Team Leader, Midlands Distribution. WMS, forklift, rotas, picking KPIs.
2013 - 2017  Warehouse Operative, Trent Logistics. Picking, packing, loading.
Emergency contact: «n:Agnieszka Kowalczyk» «(wife)», «07700 900 654»
Referee 1
«n:Gareth Pryce», «Operations Manager»
Midlands Distribution, «gareth.pryce@midlands.example»
Referee 2
«n:Helen Marsh», «Shift Manager», Trent Logistics
""",
        ("forklift", "WMS", "picking", "distribution", "warehouse", "safety"),
    ),
    # 7. Places of worship named in full, a religious school, faith holidays, a sorority.
    (
        """«n:Aisha Rahman»
Community Pharmacist
«aisha.rahman@example.com» · «0161 496 0722»
Profile
Pharmacist, 7 years in community pharmacy: dispensing, medicines use reviews, flu vaccinations.
Experience
2017 - 2024  Pharmacist, Northside Pharmacy. Dispensing, MURs, flu clinics, controlled drugs.
Education
MPharm, University of Manchester, 2012 - 2016
«Manchester Islamic High School for Girls», 2005 - 2012
Volunteering
Youth leader at «Al-Noor Mosque»; health talks at «Sri Venkateswara Temple» and «Temple Beth Shalom».
Runs a stall at the «Eid» fair and the «Diwali» mela.
""",
        ("pharmacist", "dispensing", "vaccinations", "medicines", "pharmacy", "clinics"),
    ),
    # 8. A US CV: "Jr." after the name, apartment address, age in brackets, gendered honours and groups.
    (
        """«n:Marcus Anthony Bell» Jr.
«4821 Oak Hollow Dr., Apt 5B», «Columbus, OH 43215» · «(614) 555-0183» · «mbell@example.com»
Sales Account Manager
Summary
Account manager, 10 years in B2B SaaS sales: pipeline, Salesforce, negotiation, quota attainment 120%.
Eagle Scout; «Alpha Phi Alpha» «fraternity» «alumnus»; «Salesman» of the Year 2019.
Experience
2016 - 2024  Account Manager, Buckeye Software. Salesforce, pipeline, renewals, negotiation.
2013 - 2016  Sales Representative, Ohio Office Supply. Cold calling, CRM.
Personal
«Age (38)» · «Married» to «n:Keisha» · «U.S. citizen» · «Baptist»
""",
        ("Salesforce", "pipeline", "negotiation", "quota", "renewals", "CRM"),
    ),
    # 9. A CJK name romanised, a two-letter surname recurring, a birth year in brackets, a Japanese address.
    (
        """«n:Li Na»
UX Researcher
«li.na@example.cn» · «+86 139 1234 5678» · «Chaoyang District, Beijing 100020»
Profile
UX researcher, 7 years: usability testing, interviews, journey maps, Figma prototypes.
Ms «n:Li» ran 60 usability studies a year (b. «1990»).
Experience
2017 - 2024  UX Researcher, Great Wall Apps. Usability testing, surveys, Figma.
2015 - 2017  Research Assistant, Tsinghua HCI Lab. Eye tracking, interviews.
Education
MSc Human-Computer Interaction, Tsinghua University, 2013 - 2015
""",
        ("usability", "interviews", "Figma", "surveys", "prototypes", "researcher"),
    ),
    # 10. Family and gender in prose and titles: manageress, alumna, girl guide, maternity cover kept.
    (
        """«n:Bronwyn Hughes»
Retail Store Manager
«bronwyn.hughes@example.co.uk» | «07811 234567» | «21 Castle Street, Swansea SA1 1JF»
Profile
Store «manageress» with 12 years in fashion retail: visual merchandising, rotas, stock control, P&L.
«Single mum of two»; returned in 2019 after «a career break to care for my children». «Girl Guide» leader
and an «alumna» of «Gower College for Girls». Covered a colleague's maternity cover as acting area
manager.
Experience
2019 - 2024  Store Manager, Dragon Fashion. Visual merchandising, stock control, P&L, team of 20.
2010 - 2016  Assistant Manager, Valley Clothing. Rotas, cash handling.
""",
        ("merchandising", "stock", "retail", "rotas", "manager", "maternity"),
    ),
    # 11. German Lebenslauf with labels on lines of their own and extra rows (Geburtsort, Kinder, Größe).
    (
        """Lebenslauf
Persönliche Daten
Name
«n:Katrin Hoffmann»
Geburtsdatum
«17.09.1983»
Geburtsort
«Chemnitz»
Familienstand
«ledig»
Kinder
«keine»
Größe: «172 cm»
Berufserfahrung
2014 - 2024  Personalreferentin, Sachsen Logistik GmbH. Recruiting, SAP HCM, Arbeitsrecht.
2009 - 2014  Personalsachbearbeiterin, Elbe Handel. Lohnabrechnung, DATEV.
Ausbildung
Diplom Betriebswirtschaft, Universität Leipzig, 2003 - 2009
""",
        ("Recruiting", "SAP", "Arbeitsrecht", "DATEV", "Lohnabrechnung", "Betriebswirtschaft"),
    ),
    # 12. Disability and health told in plain sentences, conditions a screener must not see.
    (
        """«n:Tobias Lindgren»
IT Support Technician
«tobias.lindgren@example.com» · «+44 7700 900 987»
Profile
IT support technician, 6 years: Active Directory, Microsoft 365, ticketing (ServiceNow), hardware repair.
«I live with epilepsy», which is well controlled. «I have type 2 diabetes» and «I am autistic»; I
work best with clear priorities. «Hearing impaired» in one ear.
Experience
2018 - 2024  IT Support Technician, Fenland Council. Active Directory, M365, ServiceNow, imaging.
2016 - 2018  Helpdesk Analyst, Cam Valley IT. Password resets, printers, ticket triage.
Education
HND Computing, Anglia Ruskin University, 2014 - 2016
""",
        ("Active Directory", "ServiceNow", "ticketing", "hardware", "support", "Helpdesk"),
    ),
    # 13. Spanish CV with prose details: age in years, "natural de", nationality, children.
    (
        """«n:María José de la Cruz»
Enfermera
«mariajose.delacruz@example.es» · «+34 655 432 109» · «Paseo de Gracia 88, 08008 Barcelona»
Edad: «36 años» · «Natural de Valencia» · Nacionalidad: «española» · «Madre de dos hijos»
Perfil
Enfermera con 12 años en urgencias: triaje, cuidados críticos, soporte vital avanzado.
«María José» coordina el turno de noche.
Experiencia
2012 - 2024  Enfermera de urgencias, Hospital del Mar. Triaje, soporte vital, cuidados críticos.
Formación
Grado en Enfermería, Universidad de Barcelona, 2008 - 2012
""",
        ("Enfermera", "urgencias", "triaje", "cuidados", "soporte", "vital"),
    ),
    # 14. Nationality, visa and ID in forms not labelled as such; the name in capitals with a middle initial.
    (
        """«n:SAMUEL» «J.» «n:OKAFOR»
Civil Engineer
«s.okafor@example.ng» · «+234 802 555 0198» · «Plot 14, Admiralty Way, Lekki, Lagos»
Profile
Civil engineer, 10 years: structural design, AutoCAD, Revit, site supervision. «Nigerian by birth»,
«holder of a British passport» (passport no. «537291846»); «Tier 2 visa» sponsored until 2022.
National Insurance: «QQ 12 34 56 C»
Experience
2014 - 2024  Civil Engineer, Lagoon Structures. Structural design, AutoCAD, Revit, site supervision.
Education
BEng Civil Engineering, University of Lagos, 2008 - 2013
""",
        ("structural", "AutoCAD", "Revit", "supervision", "design", "engineer"),
    ),
)
