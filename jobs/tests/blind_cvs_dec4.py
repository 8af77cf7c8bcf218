"""A fresh probe (4 December): CVs written before reading the rules, planting personal data where real CVs do.

Marks as in blind_cvs.py: «value», «n:a person's name». Each CV comes with words of its profession that a
persona may name (they must survive with the persona's keep words) and honest words that must survive even
with no persona at all: skills that look like names ("Ruby", "Grace"), a town in a job line, a driving
licence, military service listed as work. All people, employers and addresses are invented.
"""

from __future__ import annotations

PROBE_CVS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # 1. Name in a sign-off, a file-name line, a footer with initials; a maternity gap line.
    (
        """«n:Ewa Kowalczyk»
Senior QA Engineer
«kowalczyk.e@example.pl» · «+48 512 345 678» · «linkedin.com/in/ewa-kowalczyk-qa»
Profile
QA engineer with 8 years in Selenium, Cypress and Playwright; owns the test strategy for payments.
Experience
2019 - present  Senior QA Engineer, Vistula Market. Cypress, Playwright, Jenkins, Go test harnesses.
2016 - 2019  QA Analyst, Baltic Bank. Selenium, Postman, SQL.
2021 - 2022  «Maternity leave»
Education
MSc Computer Science, Warsaw University of Technology, 2011 - 2016
Skills
Cypress, Playwright, Selenium, Jenkins, SQL, Go, Rust
Kind regards,
«Ewa K.»
«Kowalczyk»_«Ewa»_CV_2024.pdf
Page 2 of 2 · «E.K.» · Curriculum Vitae
""",
        ("Cypress", "Playwright", "Selenium", "Jenkins", "SQL"),
        ("Go", "Rust", "Warsaw", "Postman"),
    ),
    # 2. An apostrophe name, a possessive, a github.io page, a religious volunteer group, pronouns.
    (
        """«n:Siobhán O'Neill»
Data Scientist · «she/her»
«Apt 4, 17 Harcourt Street», «D02 XY45» | «siobhan.oneill@example.ie» | «github.com/sioneill»
Portfolio: «sioneill.github.io»
About
Data scientist using Python, pandas, scikit-learn and PyTorch to forecast demand for retail.
«Siobhán's» latest work: a churn model in PyTorch, deployed on AWS SageMaker.
Experience
2020 - present  Data Scientist, Kerry Retail Group, Dublin. Python, PyTorch, Airflow, AWS.
2017 - 2020  Analyst, Lagan Bank, Belfast. SQL, R, Tableau.
Education
BSc Mathematics, Trinity College Dublin, 2013 - 2017
Interests
Gaelic football, hill walking; volunteer with the «Legion of Mary».
""",
        ("Python", "PyTorch", "pandas", "Airflow", "Tableau"),
        ("Dublin", "Belfast", "Trinity"),
    ),
    # 3. A bin-name, an IC number, race and a religious title, a mosque.
    (
        """«n:Muhammad Faiz bin Abdullah»
Structural Engineer
«No. 12, Jalan Bukit Bintang 3/2», «55100 Kuala Lumpur» · «+60 12-345 6789» · «faiz.abdullah@example.my»
Personal Particulars
IC No: «900402-14-5567» · Age: «34» · Race: «Malay» · Religion: «Islam»
Status: «Married with 2 children»
Profile
«Hafiz» and structural engineer with 10 years of ETABS, SAP2000, AutoCAD and Revit.
Experience
2016 - present  Structural Engineer, Bintang Konsult. ETABS, SAP2000, Revit, site supervision.
2014 - 2016  Graduate Engineer, Selangor Works. AutoCAD, quantity take-off.
Education
B.Eng Civil, Universiti Teknologi Malaysia, 2009 - 2014
Activities
Friday «mosque» committee treasurer; futsal.
""",
        ("ETABS", "SAP2000", "AutoCAD", "Revit", "supervision"),
        ("futsal", "treasurer"),
    ),
    # 4. A particle name, a Philippine personal-data block, "Block 5 of the curriculum".
    (
        """«n:Maria Cristina de la Cruz»
Registered Nurse
«Blk 7 Lot 3 Mabuhay Homes, Dasmariñas, Cavite» | «0917 123 4567» | «mcdelacruz@example.ph»
Objective
Registered nurse seeking an ICU role; BLS and ACLS certified.
Personal Data
Birthday: «April 2, 1990» · Age: «34 y.o.» · Sex: «Female» · Civil Status: «Single»
Height: «5'2"» · Religion: «Roman Catholic» · Citizenship: «Filipino»
Experience
2018 - present  ICU Staff Nurse, St. Luke's Medical Center. ACLS, ventilator care, triage.
2016 - 2018  Clinical instructor: taught Block 5 of the curriculum (critical care) to BSN students.
Education
BSN, University of Santo Tomas, 2012 - 2016
""",
        ("ACLS", "ventilator", "triage", "nurse", "ICU"),
        ("Block 5", "curriculum", "Luke's"),
    ),
    # 5. German: Frau, born-in line, family in words, a gendered job title, parental leave, a sign-off.
    (
        """LEBENSLAUF
«Frau» «n:Katharina Schäfer-Wolff»
«Lindenstraße 14», «10969 Berlin» · «+49 30 1234567» · «k.schaefer-wolff@example.de»
Geboren am «12.03.1987» in «Dresden» · «verheiratet, zwei Kinder» · Staatsangehörigkeit: «deutsch»
Konfession: «evangelisch»
Berufserfahrung
2015 - heute  «Krankenschwester» Intensivpflege, Charité Klinik. Beatmung, ECMO, Wundversorgung.
2019 - 2020  «Elternzeit»
2010 - 2015  Intensivpflege, Uniklinik Leipzig. Dokumentation in SAP.
Kenntnisse
ECMO, Beatmung, SAP, Wundversorgung, Englisch B2
Führerschein Klasse B
Leipzig, den 01.02.2024
«Katharina Schäfer-Wolff»
""",
        ("Intensivpflege", "ECMO", "Beatmung", "SAP", "Wundversorgung"),
        ("Führerschein", "Leipzig"),
    ),
    # 6. French: Mme, a feminine title, née, family, maternity leave, a parish choir.
    (
        """«Mme» «n:Amélie Rousseau»
«Cheffe» de projet digital
«8 rue Victor Hugo», «69003 Lyon» · «06 45 12 78 90» · «amelie.rousseau@example.fr»
«Née» le «02/04/1990» · «Mariée, 2 enfants» · Nationalité : «française»
Profil
Pilotage de projets web en Scrum : Jira, Figma, Google Analytics, SEO.
Expérience
2017 - aujourd'hui  Projets digitaux, Maison Brunel. Scrum, Jira, Figma, SEO.
2020  «Congé maternité»
Formation
Master Marketing digital, IAE, 2012 - 2014
Compétences
Scrum, Jira, Figma, Google Analytics, SEO · Permis B
Centres d'intérêt : chorale «paroissiale», course à pied.
""",
        ("Scrum", "Jira", "Figma", "Analytics", "SEO"),
        ("Permis",),
    ),
    # 7. Spanish: a compound surname, DNI, an ISO birth date, family, a catechist, a Sra. referee.
    (
        """«n:Juan Pablo García-López»
Data Engineer
«Calle de Alcalá 45, 3º B», «28014 Madrid» · «+34 612 345 678» · «jp.garcialopez@example.es»
DNI: «12345678Z» · Fecha de nacimiento: «1990-04-02» · Estado civil: «casado, dos hijos»
Nacionalidad: «española»
Perfil
Data engineer with 7 years of Spark, Kafka, dbt and Snowflake.
Experiencia
2018 - present  Data Engineer, Iberia Pagos. Spark, Kafka, dbt, Snowflake, Airflow.
2016 - 2018  BI Developer, Retail Sur. SQL Server, Power BI.
Voluntariado
«Catequista» en la «parroquia de San José».
Referencias
«Sra.» «n:Lucía Ortega», Head of Data, Iberia Pagos
""",
        ("Spark", "Kafka", "dbt", "Snowflake", "Airflow"),
        ("Power BI",),
    ),
    # 8. Swedish: sambo and children, personnummer, parental leave, a birth year.
    (
        """«n:Linnea Sjöberg»
UX Designer
«Södermannagatan 12», «116 23 Stockholm» · «070-123 45 67» · «linnea.sjoberg@example.se»
Personnummer: «900402-1234»
«Sambo, 2 barn» · «Född 1990»
Profil
UX designer with 8 years of Figma, user research and design systems.
Erfarenhet
2018 - nu  UX Designer, Nordpay. Figma, Storybook, user research, design systems.
2021  «Föräldraledig»
Utbildning
BA Interaction Design, Malmö University, 2011 - 2014
Körkort B
""",
        ("Figma", "Storybook", "research", "design", "systems"),
        ("Körkort",),
    ),
    # 9. Nigerian: Mrs, state of origin, NYSC as work, a church choir leader.
    (
        """«Mrs.» «n:Nkechi Okafor»
Chartered Accountant (ACA)
«Plot 15, Admiralty Way, Lekki Phase 1» · «+234 803 123 4567» · «nkechi.okafor@example.ng»
Personal Details
Date of Birth: «2nd April 1990» · State of Origin: «Anambra» · Marital Status: «Married»
Gender: «Female»
Profile
Chartered accountant with IFRS reporting, audit, Sage and QuickBooks.
Experience
2016 - present  Senior Accountant, Delta Cement. IFRS reporting, audit, Sage, QuickBooks.
2014 - 2015  NYSC, Ministry of Finance, Abuja. Payroll reconciliation.
Hobbies
«Church choir» leader, reading.
""",
        ("IFRS", "audit", "Sage", "QuickBooks", "accountant"),
        ("NYSC", "Payroll", "Abuja"),
    ),
    # 10. Turkish: military service status lines (personal), marital status in Turkish.
    (
        """«n:Mehmet Y\u0131lmaz»
Backend Developer
«Bağdat Cad. No: 123 D: 5», «Kad\u0131k\u00f6y/İstanbul» · «+90 532 123 45 67»
«mehmet.yilmaz@example.com.tr»
Doğum Tarihi: «02.04.1990» · Medeni Hali: «Evli»
Military service: «completed (2015)»
Summary
Backend developer: Go, PostgreSQL, gRPC, Kubernetes, Redis.
Experience
2016 - present  Backend Developer, Anadolu Commerce. Go, gRPC, Kafka, Kubernetes.
Education
BSc Computer Engineering, Bosphorus University, 2009 - 2014
""",
        ("PostgreSQL", "gRPC", "Kubernetes", "Redis", "Kafka"),
        ("Go",),
    ),
    # 11. Military service as work (stays), a Bar Mitzvah tutor, a name in a domain, citizenship.
    (
        """«n:Daniel Abramovitz»
Security Engineer
«daniel@abramovitz.dev» | «github.com/dabramovitz» | «abramovitz.dev»
Experience
2019 - present  Security Engineer, Shield Labs. Threat modeling, SIEM, Splunk, Python.
2013 - 2016  Intelligence analyst, IDF Unit 8200. Network forensics, Wireshark.
2010 - 2013  «Bar Mitzvah» tutor, «Temple Beth El», New Jersey.
Education
BSc Computer Science, Technion, 2016 - 2019
Skills
Splunk, Wireshark, Python, SIEM, Rust
Work authorization: «US citizen; Israeli passport»
""",
        ("Splunk", "Wireshark", "SIEM", "forensics", "Python"),
        ("Unit 8200", "Intelligence", "Rust", "tutor"),
    ),
    # 12. Vietnamese name (Thị marks a woman), a Ms later, a pass that is a visa, a year of birth.
    (
        """«n:Nguyễn Thị Mai»
Financial Analyst
«mai.nguyen90@example.vn» · «+84 90 123 4567»
Summary
FP&A analyst: Excel, Power BI, SQL and rolling forecasts. «Ms» «Mai» led the budgeting overhaul.
Experience
2017 - present  FP&A Analyst, Saigon Holdings. Excel, Power BI, SQL, forecasting.
Education
BBA Finance, Foreign Trade University, 2009 - 2013
Personal
Year of birth: «1990»
Work permit: «Employment Pass holder»
""",
        ("Excel", "forecasting", "SQL", "budgeting", "FP&A"),
        ("Power BI",),
    ),
    # 13. Indian: a caste line, a father's name, school years that give age, a bracketed sign-off.
    (
        """«n:Priyanka Chaturvedi»
Full Stack Developer
«priyanka.c@example.in» | «+91 98765 43210» | «linkedin.com/in/priyanka-chaturvedi-dev»
Career Objective
To work as a full stack developer using React, Node.js, MongoDB and AWS.
Experience
2018 - present  Software Engineer, Deccan Soft, Pune. React, Node.js, MongoDB, AWS Lambda.
Education
B.Tech CSE, VIT, 2014 - 2018
Class XII (CBSE), Delhi Public School, «2013»
Class X (CBSE), Delhi Public School, «2011»
Personal Details
Father's Name: «n:Rajesh Chaturvedi»
Caste: «Brahmin»
Declaration
I hereby declare that the above information is true.
Place: «Lucknow»
«(Priyanka Chaturvedi)»
""",
        ("React", "MongoDB", "AWS", "Lambda", "Node.js"),
        ("Pune",),
    ),
    # 14. Chinese: family name first in capitals, gender and age, hukou, a photo caption, WeChat.
    (
        """«n:ZHANG Wei»
Machine Learning Engineer
«[Photo: passport-size, white background]»
Gender: «Male» | Age: «33» | Hukou: «Shanghai»
Email: «zhangwei.ml@example.cn» · WeChat: «zw_ml_1991»
Experience
2019 - present  ML Engineer, Bright Video. PyTorch, TensorRT, CUDA, recommendation models.
2017 - 2019  Algorithm Engineer, Pearl Search. Spark, feature pipelines.
Education
MSc Computer Science, Tsinghua University, 2014 - 2017
Skills
PyTorch, CUDA, TensorRT, Spark, Swift
""",
        ("PyTorch", "CUDA", "TensorRT", "Spark", "recommendation"),
        ("Swift", "Tsinghua", "ML Engineer"),
    ),
    # 15. English gendered job titles, pronouns line, "aged 34", "newly married".
    (
        """«n:Olivia Hartley-Brown»
Account Executive
«olivia.hb@example.co.uk» · «07700 900456»
Pronouns: «she/her»
Profile
Account executive, «aged 34», «newly married» and relocating to Manchester; B2B SaaS sales.
Experience
2019 - present  Account Executive, Tyne Software, Newcastle. Salesforce, HubSpot, MEDDIC, forecasting.
2014 - 2019  «Saleswoman», Northern Electricals. Retail sales, consumer electronics.
2011 - 2014  «Waitress», The Quayside Grill. Customer service.
Volunteering
«Chairwoman», Jesmond Netball Club; amateur «actress» with the Tynemouth Players.
""",
        ("Salesforce", "HubSpot", "MEDDIC", "forecasting", "SaaS"),
        ("Manchester", "Newcastle", "Netball"),
    ),
    # 16. Mr, a salesman, "partner and two kids", "dad of two", British citizen, a driving licence.
    (
        """«Mr» «n:Kofi Boateng»
Field Sales Manager
«kofi.boateng@example.com» · «+44 7700 900789» · «12 Acacia Avenue», «Croydon CR0 2AB»
Profile
Field sales manager with a decade in FMCG: key accounts, CRM, forecasting, negotiation.
Outside work, «my partner and two kids» keep me busy as a «dad of two».
Experience
2016 - present  Field Sales Manager, Brightway Foods. Key accounts, Salesforce, forecasting.
2010 - 2016  «Salesman», Southern Electricals. Negotiation, upselling.
Education
HND Business, Croydon College, 2008 - 2010
Right to work: «British citizen» · Full UK driving licence
""",
        ("FMCG", "accounts", "CRM", "forecasting", "negotiation"),
        ("driving licence", "Salesforce"),
    ),
    # 17. Disability in several phrasings, an iwi (ethnicity), a Māori name.
    (
        """«n:Aroha Ngata»
Policy Analyst
«aroha.ngata@example.nz» · «021 123 4567» · «14 Rata Street, Newtown»
Profile
Policy analyst: Stata, R, cost-benefit analysis, evaluation. «I have dyslexia» and use
assistive software; «hard of hearing» since childhood.
Iwi: «Ngāti Porou»
Experience
2018 - present  Policy Analyst, Ministry of Social Development, Wellington. Stata, R, evaluation.
2015 - 2018  Research Assistant, Victoria University of Wellington. Surveys, cost-benefit analysis.
Education
BA Economics, Victoria University of Wellington, 2011 - 2014
""",
        ("Stata", "evaluation", "cost-benefit", "analysis", "policy"),
        ("Victoria", "Wellington"),
    ),
    # 18. A patronymic, "b. 1990", a Telegram handle, citizenship, a visa type; needing sponsorship stays
    # (right to work is a lawful requirement, as redaction_rules says).
    (
        """«n:Dmitri Sergeyevich Volkov»
DevOps Engineer
«d.volkov@example.com» · «t.me/dvolkov» · «+49 1512 3456789»
«b. 1990» · Citizenship: «Ukrainian» · «Blue Card holder», requires visa sponsorship
Summary
DevOps engineer: Terraform, Kubernetes, Ansible, GitLab CI, Prometheus.
Experience
2018 - present  DevOps Engineer, Lieferheld, Berlin. Terraform, Kubernetes, Prometheus.
2013 - 2015  Signals technician (mandatory service), armed forces: radio networks.
Education
Specialist degree, Kyiv Polytechnic Institute, 2007 - 2012
""",
        ("Terraform", "Kubernetes", "Ansible", "Prometheus", "GitLab"),
        ("Signals technician", "radio", "Berlin", "visa sponsorship"),
    ),
    # 19. Japanese-style details: sex as a letter, spouse and dependents fields.
    (
        """«n:Hiroshi Tanaka»
Embedded Software Engineer
«hiroshi.tanaka@example.jp» · «090-1234-5678»
Date of Birth: «1990-04-02» («34») · Sex: «M» · Spouse: «Yes» · Dependents: «2»
Summary
Embedded C and C++ engineer: RTOS, AUTOSAR, CAN, MISRA C.
Experience
2013 - present  Embedded Engineer, Chubu Components, Kariya. AUTOSAR, CAN, RTOS, MISRA C.
Education
B.Eng., Nagoya University, 2009 - 2013
""",
        ("AUTOSAR", "RTOS", "MISRA", "CAN", "embedded"),
        ("Kariya",),
    ),
    # 20. Italian: Sig.ra, a feminine job title, nata a, coniugata, codice fiscale.
    (
        """«Sig.ra» «n:Francesca De Luca»
«Architetta»
«Via Roma 12», «20121 Milano» · «+39 333 123 4567» · «f.deluca@example.it»
«Nata» a «Bari» il «02/04/1990» · «Coniugata, 2 figli» · Codice fiscale: «DLCFNC90D42A662X»
Profilo
Architecture and BIM: Revit, AutoCAD, Rhino, rendering, permits.
Esperienza
2014 - oggi  Studio Lario, Como. Revit, Rhino, rendering, BIM coordination.
Formazione
Laurea Magistrale in Architettura, Politecnico, 2008 - 2014
""",
        ("Revit", "AutoCAD", "Rhino", "rendering", "BIM"),
        ("Como",),
    ),
    # 21. Dutch: Dhr., getrouwd with children, a particle name in a footer and a URL.
    (
        """«Dhr.» «n:Lars van den Broek»
Logistics Planner
«Kerkstraat 5», «3581 RA Utrecht» · «06-87654321» · «l.vandenbroek@example.nl»
«linkedin.com/in/larsvandenbroek»
Geboortedatum: «02-04-1990» · «getrouwd, 3 kinderen» · Rijbewijs B
Profile
Logistics planner: SAP, WMS, Excel, route planning, carrier management.
Experience
2015 - present  Logistics Planner, Rotterdam Freight. SAP, WMS, route planning.
Education
HBO Logistics, Windesheim, 2011 - 2015
CV «Lars van den Broek» - 2024
""",
        ("SAP", "WMS", "Excel", "planning", "carrier"),
        ("Rijbewijs", "Rotterdam"),
    ),
    # 22. Gulf: a visa that reveals a husband, nationality, a Quran teacher at a mosque.
    (
        """«n:Fatima Al-Hashimi»
HR Business Partner
«fatima.alhashimi@example.ae» · «+971 50 123 4567»
Visa status: «husband's sponsorship» · Nationality: «Jordanian» · DOB: «02/04/1990»
Profile
HR business partner: talent acquisition, Workday, employee relations, CIPD Level 7.
Experience
2017 - present  HR Business Partner, Creek Properties, Dubai. Workday, talent acquisition.
Volunteering
«Quran» teacher at the local «mosque» on weekends.
Education
BA Psychology, Amman University, 2008 - 2012
""",
        ("Workday", "talent", "acquisition", "CIPD", "relations"),
        ("Dubai",),
    ),
    # 23. Skills and terms that look like names; a nickname; a place named Victoria in a job line.
    (
        """«n:Oluwaseun Adeyemi»
Frontend Engineer · «he/him»
«seun.adeyemi@example.com» · «linkedin.com/in/seunadeyemi» · «github.com/seun-a»
Summary
Frontend engineer: React, TypeScript, Pug (formerly Jade) templates, Swift for iOS, Ruby on Rails.
Spoke at the Grace Hopper Celebration 2022; built a Joy UI component kit. «Seun» mentors juniors.
Experience
2020 - present  Frontend Engineer, Harbour Apps, Victoria, BC. React, TypeScript, Joy UI.
2017 - 2020  Developer, Lagoon Digital, Lagos. Ruby on Rails, Swift, Django.
Education
BSc Computer Science, University of Lagos, 2013 - 2017
Interests
Youth pastor at «Redeemed Christian Church»; five-a-side football.
""",
        ("React", "TypeScript", "iOS", "Rails", "templates"),
        ("Jade", "Grace", "Joy", "Victoria", "Ruby", "Swift", "Django"),
    ),
    # 24. Initials as a monogram, a possessive with a name, a personal domain, a photo caption line.
    (
        """«n:Anna-Maria Lindqvist»
«A.M.L.»
Product Manager
«anna.maria@lindqvist.se» · «+46 70 765 43 21» · «lindqvist.design»
«Photo»: «headshot»
Profile
Product manager: discovery, roadmaps, OKRs, SQL, Amplitude. «Anna-Maria's» portfolio is online.
Experience
2018 - present  Product Manager, Fjord Health. Discovery, OKRs, Amplitude, roadmaps.
Education
MSc Industrial Engineering, KTH, 2011 - 2016
Languages: Swedish, English, German
""",
        ("discovery", "roadmaps", "OKRs", "Amplitude", "SQL"),
        ("Swedish", "German"),
    ),
)
