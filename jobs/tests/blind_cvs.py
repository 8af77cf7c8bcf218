"""Synthetic CVs with personal data planted in varied places, for blind-mode tests.

Every planted value is marked «like this» (a person's name «n:like this», so each part of it is checked on its
own). `plain(cv)` drops the marks; `planted(cv)` lists the values. All people and places here are invented.
"""

from __future__ import annotations

import re

from jobs.tests.blind_cvs_adversarial import ADVERSARIAL_CVS
from jobs.tests.blind_cvs_planted import PLANTED_CVS

_MARK = re.compile(r"«(n:)?([^»]+)»")

_FIRST_CVS: tuple[str, ...] = (
    # 1. Classic header, pronouns, religion, family, referees at the end.
    """«n:Maria Fernanda Ortega»
Senior Backend Engineer «(she/her)»
«maria.ortega@example.com» | «+44 7700 900123» | «linkedin.com/in/mariaortega»
«14 Wellington Road», «Leeds LS6 2AB»
Summary
Backend engineer with 9 years of Python and Django. «Catholic», «mother of two», «Chairwoman» of the parents'
association. «She» led «her» team through a migration to PostgreSQL.
Experience
2017 - present  Lead Backend Engineer, Northwind. «Maria» designed Django REST APIs and Celery pipelines.
2014 - 2017  Software Engineer, Contoso. Built SQL reporting in Python for finance teams.
Education
BSc Computer Science, University of Leeds, 2010 - 2014
«St. Agnes Girls' High School», 2003 - 2010
Interests
«Church choir», running, chess. I fast during «Ramadan» with colleagues.
References
«n:Thomas Whitfield», Head of Engineering, Northwind, «t.whitfield@northwind.example», «0113 496 0000»
«n:Priya Raman», CTO, Contoso, «priya@contoso.example»
""",
    # 2. "Name:" labels, date of birth, nationality, marital status in a personal-details block.
    """CURRICULUM VITAE
Personal details
Name: «n:Jakub Nowak»
Date of birth: «04/11/1988»
Nationality: «Polish»
Marital status: «married»
Address: «ul. Długa 12, 00-238 Warszawa»
Phone: «+48 601 234 567»
Profile
Data engineer experienced in Spark, Airflow and SQL. «Jakub» enjoys building reliable pipelines.
Experience
2019 - 2024  Data Engineer, Vistula Data. Built Spark jobs on AWS and Airflow DAGs for 40 teams.
2015 - 2019  BI Developer, Baltic Soft. SQL Server, SSIS, Power BI dashboards.
Education
MSc Computer Science, Warsaw University of Technology, 2010 - 2015
Languages
Polish (native), English (C1), German (B1)
""",
    # 3. Sidebar-like contact block, American address, age, veteran-free, disability.
    """Contact
«1208 Maple Avenue»
«Austin, TX 78704»
«(512) 555-0198»
«dwight.kessler@example.org»
«github.com/dkessler»
«n:DWIGHT KESSLER»
Frontend Developer
About me
Age: «41». React and TypeScript developer. «I am a wheelchair user» and advocate for accessibility; WCAG is
my daily work. «His» colleagues call «him» the a11y person.
Experience
2018 - 2024  Frontend Developer, Lone Star Apps. React, Redux, TypeScript, Jest.
2012 - 2018  Web Developer, Hill Country Media. JavaScript, jQuery, CSS.
Education
BA Graphic Design, Texas State University, 2008 - 2012
""",
    # 4. French CV.
    """«n:Camille Lefèvre»
Développeuse Full Stack
«12 rue des Lilas», «75011 Paris» · «06 12 34 56 78» · «camille.lefevre@example.fr»
«Née le 3 mars 1992» · Nationalité : «française» · Situation familiale : «mariée, 2 enfants»
Profil
Développeuse full stack (Vue.js, Node.js, PostgreSQL) depuis 7 ans. «Camille» aime le travail en équipe.
Expérience
2019 - 2024  Développeuse Full Stack, Société Générale des Apps. Vue.js, Node.js, Docker.
2017 - 2019  Développeuse web, Agence Lumière. PHP, Symfony, MySQL.
Formation
Master Informatique, Université Paris Cité, 2015 - 2017
Centres d'intérêt
Chorale de la paroisse, randonnée, lecture.
""",
    # 5. Nurse, UK, referees with titles, gendered school, family.
    """«n:Grace Adebayo»
Registered Nurse (Adult)
«07700 900456» · «grace.adebayo@example.co.uk» · «Flat 3, 22 Queen Street, Cardiff CF10 2BU»
Personal statement
Compassionate nurse with 6 years on acute medical wards. «Proud mother of three»,
«active member of my church».
Experience
2018 - present  Staff Nurse, City General Hospital. Medication rounds, IV therapy, mentoring students.
2016 - 2018  Healthcare Assistant, Riverside Care Home. Personal care, observations.
Education
BSc Adult Nursing, Cardiff University, 2013 - 2016
«Howell's School for Girls», Llandaff, 2006 - 2013
Referees
«Mrs. Janet Hughes», Ward Manager, City General Hospital
«janet.hughes@nhs.example» · «029 2074 7747»
«Dr. Samuel Okafor», Consultant Physician
""",
    # 6. German CV.
    """LEBENSLAUF
«n:Lukas Schneider»
«Hauptstraße 15», «10115 Berlin» | «+49 30 12345678» | «lukas.schneider@example.de»
Geburtsdatum: «12.05.1985» | Familienstand: «verheiratet» | Staatsangehörigkeit: «österreichisch»
Konfession: «evangelisch»
Berufserfahrung
2016 - 2024  Senior Java Entwickler, Spree Software GmbH. Spring Boot, Kafka, Kubernetes.
2011 - 2016  Java Entwickler, Havel IT. Java EE, Oracle, Jenkins.
Ausbildung
Diplom Informatik, TU Berlin, 2005 - 2011
Sprachen
Deutsch (Muttersprache), Englisch (fließend)
""",
    # 7. Spanish CV.
    """«n:Lucía Martínez Gómez»
Analista de Datos
«Calle de Alcalá 45», «28014 Madrid» · «+34 612 345 678» · «lucia.martinez@example.es»
Fecha de nacimiento: «21/09/1995» · Estado civil: «soltera» · Nacionalidad: «española»
Perfil
Analista de datos con 5 años de experiencia en SQL, Python y Tableau. «Lucía» colabora con negocio.
Experiencia
2020 - 2024  Analista de Datos, Banco Meridiano. SQL, Python, Tableau, modelos de churn.
2018 - 2020  Analista Junior, Retail Sur. Excel, SQL, informes semanales.
Educación
Grado en Estadística, Universidad Complutense de Madrid, 2013 - 2017
""",
    # 8. Names within sentences, e-mail only clue, gendered titles.
    """«n:Olumide Bankole»
Sales Manager
«o.bankole@example.com» · «+234 803 123 4567»
Summary
«Chairman» of the regional sales council. «Olumide» grew revenue 40% in two years. «He» is a «devout
Christian» and a «married father of four».
Experience
2016 - 2024  Regional «Salesman» then Sales Manager, Lagos Beverages. CRM, Salesforce, key accounts.
2012 - 2016  Sales Executive, Harbour Foods. B2B sales, negotiation.
Education
BSc Marketing, University of Lagos, 2008 - 2012
Volunteering
«Youth ministry» leader at «St. Peter's Anglican Church».
""",
    # 9. Two-column text flattened: name repeated, age in words, citizenship phrase.
    """«n:Hannah Lindqvist»    Machine Learning Engineer
«hannah.lindqvist@example.se»    «+46 70 123 45 67»
«Storgatan 12», «114 55 Stockholm»
Summary    ML engineer, PyTorch and scikit-learn. «Swedish citizen», «born in Uppsala».
Experience
2019 - 2024  ML Engineer, Nordic AI. PyTorch, MLflow, Kubernetes. «Hannah»'s models serve 2M users.
2017 - 2019  Data Scientist, Fjord Analytics. scikit-learn, pandas, SQL.
Education
MSc Machine Learning, KTH Royal Institute of Technology, 2015 - 2017
Other
«In my late twenties», I moved into ML. «Member of the Lutheran church choir». «Women in AI» mentor.
""",
    # 10. Teacher, religious school, gender, date of birth in prose.
    """«n:Siobhan O'Brien»
Primary School Teacher
«siobhan.obrien@example.ie» | «087 123 4567»
Profile
Primary teacher «born on 2 June 1987», with 10 years in the classroom. Taught at «Scoil Mhuire
Catholic» Primary School. «Ms O'Brien» runs the after-school coding club (Scratch, Python).
Experience
2014 - 2024  Class Teacher, «Scoil Mhuire» Primary School. Literacy, numeracy, coding club.
2012 - 2014  Substitute Teacher, various schools.
Education
BEd Primary Education, Mary Immaculate College, 2008 - 2012
Hobbies
Gaelic football, «Sunday school» volunteer, baking. «Divorced», «two kids».
""",
    # 11. LinkedIn-style export with handles and recommendations.
    """«n:Kenji Watanabe»
Site Reliability Engineer · «Tokyo, Japan»
Contact: «kenji.w@example.jp» · «@kenjiwatanabe» · «github.com/kwatanabe»
About
SRE with Go, Terraform and Kubernetes. «Kenji» keeps services at 99.99%.
Experience
2018 - 2024  SRE, Sakura Cloud. Go, Terraform, Prometheus, on-call lead.
2014 - 2018  Systems Engineer, Edo Networks. Linux, Ansible, Bash.
Education
BEng Computer Science, University of Tokyo, 2010 - 2014
Recommendations
"«Kenji» is the calmest on-call engineer I know." — «n:Akiko Tanaka», Engineering Manager
""",
    # 12. Product manager with photo caption and sexual orientation and ethnicity.
    """«[Photo: Alex Rivera smiling]»
«n:Alex Rivera»
Product Manager
«alex.rivera@example.com» · «(415) 555-0123» · «San Francisco, CA»
Summary
Product manager with 8 years in B2B SaaS. Co-lead of the «LGBTQ+» employee network and member of the
«Hispanic» professionals association. They ship roadmaps with data.
Experience
2018 - 2024  Senior Product Manager, Golden Gate SaaS. Roadmaps, A/B testing, SQL, Jira.
2016 - 2018  Product Analyst, Bay Metrics. SQL, Looker, experiments.
Education
BA Economics, UC Berkeley, 2012 - 2016
""",
    # 13. Indian CV with personal details at the end.
    """«n:Priyanka Sharma»
Software Engineer
«+91 98765 43210» | «priyanka.sharma@example.in»
Objective
Software engineer skilled in Java, Spring Boot and microservices.
Experience
2019 - 2024  Software Engineer, Infotech Solutions. Java, Spring Boot, Kafka, MySQL.
2017 - 2019  Associate Engineer, Deccan Systems. Java, REST APIs, JUnit.
Education
B.Tech Computer Science, VIT University, 2013 - 2017
Personal Details
Father's Name: «n:Rajesh Sharma»
Date of Birth: «15-08-1995»
Gender: «Female»
Marital Status: «Unmarried»
Religion: «Hindu»
Address: «221 MG Road, Bengaluru 560001»
Declaration: I hereby declare that the above information is true.
""",
    # 14. Reference inline and a street within a sentence.
    """«n:Tomasz Zielinski»
DevOps Engineer
«tomasz.zielinski@example.com»
Summary
DevOps engineer with 7 years of AWS, Docker and CI/CD. Lives at «27 Harbour Lane» with «his wife and
daughter».
Experience
2017 - 2024  DevOps Engineer, Cloudbridge. AWS, Terraform, GitLab CI, Docker.
2015 - 2017  Linux Administrator, Portside Hosting. Bash, Nginx, MySQL.
Education
BSc Computing, University of Gdańsk, 2011 - 2015
«Reference: Ms. Ewa Kowalska, CTO, Cloudbridge, +48 22 123 45 67»
""",
    # 15. Accountant, older, disability and dyslexia disclosure.
    """«n:Margaret Ellison»
Chartered Accountant (ACA)
«margaret.ellison@example.co.uk» · «01632 960123»
Profile
Qualified accountant, «aged 58», with 30 years in audit and financial reporting. «I am dyslexic» and use
assistive software. «Grandmother of five».
Experience
2005 - 2024  Finance Manager, Ellison & Co. Financial reporting, Excel, SAP, audit.
1994 - 2005  Auditor, Pennine Audit. Statutory audits, IFRS.
Education
BA Accounting, University of Sheffield, 1990 - 1993
«Sheffield High School for Girls», 1983 - 1990
""",
    # 16. Designer with a portfolio site and nationality and visa.
    """«n:Amara Okonkwo»
UX Designer
«amaraokonkwo.design» · «amara@example.com» · «+1 646 555 0143»
About
UX designer, Figma and user research. «Nigerian national», «H-1B visa» holder, «originally from Enugu».
Experience
2019 - 2024  UX Designer, Hudson Studio. Figma, user research, prototyping, design systems.
2017 - 2019  Visual Designer, Lagos Creative. Sketch, branding.
Education
BA Design, Parsons School of Design, 2013 - 2017
Interests
«Women in Design» mentor, «sorority» alumni events, «Sunday mass».
""",
    # 17. Short header with initials, name recurring in a project line.
    """«n:Rafael Duarte Silva»
«rafael.silva@example.pt» | «+351 912 345 678» | «Rua Augusta 100, 1100-053 Lisboa»
Mobile Developer
Experience
2018 - 2024  Mobile Developer, Tejo Apps. Swift, Kotlin, Flutter. Published «Silva»'s Budget app.
2016 - 2018  Android Developer, Atlântico Digital. Java, Android SDK.
Projects
«RafaelSilva»/expense-tracker — Flutter app, 10k downloads.
Education
MSc Software Engineering, University of Lisbon, 2014 - 2016
Extra
«Married», «1 child». «Catholic» scout leader.
""",
    # 18. Chinese-style header with a romanised name and age.
    """«n:Wei Zhang»
Backend Developer | «Age 29» | «Male»
«wei.zhang@example.cn» | «+86 138 0013 8000»
Summary
Backend developer, Go and MySQL, 6 years. «Wei» optimised order services.
Experience
2018 - 2024  Backend Developer, Pearl River Tech. Go, gRPC, MySQL, Redis.
2016 - 2018  Junior Developer, Yangtze Soft. PHP, Laravel.
Education
BEng Software Engineering, Sun Yat-sen University, 2012 - 2016
Personal
Ethnicity: «Han» · Hobbies: table tennis, hiking
""",
    # 19. Teacher with gendered college and pronoun-heavy summary.
    """«n:Eleanor Whitmore»
English Teacher
«eleanor.whitmore@example.com» · «(617) 555-0172» · «88 Beacon Street, Boston, MA 02108»
Summary
English teacher for 12 years. «She» designs «her» own curriculum, and students describe «her» as demanding
but fair. «Herself» a lifelong reader.
Experience
2012 - 2024  English Teacher, Boston Latin Academy. Curriculum design, AP English, debate club.
Education
MA English, Boston University, 2010 - 2012
BA English, «Wellesley College», 2006 - 2010
Activities
«Spokeswoman» for the teachers' union; «Girl Scouts» troop leader.
""",
    # 20. Engineer whose name is also a word; skills must survive.
    """«n:Jordan Swift-Banks»
iOS Developer
«jordan.banks@example.com» | «07911 123456»
Summary
iOS developer writing Swift and SwiftUI for 6 years. «Jordan» ships accessible apps.
Experience
2018 - 2024  iOS Developer, Thames Mobile. Swift, SwiftUI, Combine, Core Data.
2016 - 2018  Junior Developer, Docklands Digital. Objective-C, Swift.
Education
BSc Computer Science, University of Kent, 2013 - 2016
Other
«Pregnant» and returning from «maternity leave» in March. «Muslim» «Women in Tech» society.
""",
    # 21. Hospitality, gendered titles, family in career break.
    """«n:Sofia Rossi»
Restaurant Manager
«sofia.rossi@example.it» · «+39 333 123 4567» · «Via Roma 12, 20121 Milano»
Profile
Restaurant manager with 10 years in hospitality. Started as a «waitress», then «hostess», now manager.
Career break 2019 - 2021 «to raise my children».
Experience
2021 - 2024  Restaurant Manager, Trattoria Verde. Staff rota, stock, P&L.
2014 - 2019  Assistant Manager, Osteria Blu. Team of 12, customer service.
Education
Diploma in Hospitality Management, 2012 - 2014
«Italian citizen». Date of birth: «1990».
""",
    # 22. Researcher with "Name:" label in the middle and referees with a colon heading.
    """Research Scientist
Full name: Dr. «n:Ibrahim Al-Masri»
«ibrahim.almasri@example.org» · «+971 50 123 4567»
Research interests
Computer vision and deep learning (PyTorch, OpenCV). «Dr. Al-Masri» published 14 papers.
Experience
2018 - 2024  Research Scientist, Gulf Vision Lab. PyTorch, OpenCV, CUDA.
2014 - 2018  PhD Researcher, University of Edinburgh. Deep learning for medical imaging.
Education
PhD Informatics, University of Edinburgh, 2014 - 2018
Personal
«Jordanian», «Muslim», «married with 3 children».
Referees:
«n:Fiona McAllister», Professor of Informatics, University of Edinburgh
«n:Omar Haddad», Director, Gulf Vision Lab
""",
    # 23. "Résumé of" header, name recurring alone, born/age/faith in a personal line.
    """Résumé of «n:Nathaniel Brooks»
Warehouse Operations Supervisor
«P.O. Box 4417», «Tulsa, OK 74159» · «555-0187» · «nate.brooks@example.com»
Summary
Supervisor with 9 years in logistics. «Nathaniel» cut picking errors by 30% with a barcode rollout.
Experience
2016 - 2024  Operations Supervisor, Prairie Freight. WMS, forklift team of 14, KPIs, SQL reports.
2013 - 2016  Warehouse Associate, Red Dirt Supply. Inventory, shipping.
Personal
«Born: 1986» · «I attend Mass weekly» · «Married with two children» · «Green card holder»
""",
    # 24. Third-person CV with a nickname, a particle, a local phone and an inline referee line.
    """«n:Mohammed Al-Rashid» «(Mo)»
Civil Engineer
«mo.alrashid@example.ae» | «(04) 555 0199» | «Villa 12, Street 5, Al Barsha, Dubai»
Profile
«Mr. Al-Rashid» is a chartered civil engineer. «He» has led bridge projects for 11 years and «his» team
credits «him» with zero lost-time incidents. «Al Rashid» is «a proud father of three».
Experience
2013 - 2024  Senior Civil Engineer, Gulf Structures. AutoCAD, Revit, project management.
Education
BEng Civil Engineering, American University of Sharjah, 2008 - 2012
«Referees: Eng. Khalid Mansour (Director), +971 50 765 4321»
""",
    # 25. Pronouns declared, gendered group memberships, a headshot caption and a disability disclosure.
    """«[Headshot]»
«n:Priya Natarajan» «(she/her)»
Data Scientist — «Chennai, India» — «+91 44 2345 6789»
About
Data scientist, Python, SQL and scikit-learn. «Registered blind»; I use a screen reader daily.
«Vice-chair of the Women in Data chapter»; former «Girls' Brigade» leader. «Hindu», vegetarian-friendly
cook.
Experience
2018 - 2024  Data Scientist, Coromandel Analytics. Python, pandas, scikit-learn, SQL, forecasting.
Education
MSc Statistics, University of Madras, 2016 - 2018
""",
    # 29. German CV in prose: birth date with a day's full stop, faith school, parental leave, disability.
    """«n:Jürgen Weißmüller»
«Bewerbungsfoto»
«Lindenweg 7a», «10115 Berlin» · «juergen.weissmueller@example.de»
Geboren am «4. Juli 1979» in «Dresden» · «Deutsche Staatsbürger» · «Schwerbehindert (GdB 50)»
Berufserfahrung
2016 - 2024  Data Engineer, Spree Analytics GmbH. Python, Spark, Airflow, SQL.
2015 - 2016  «Elternzeit»
2010 - 2015  BI-Entwickler, Havel Daten. SQL Server, Power BI.
Ausbildung
Abitur, «Mädchengymnasium» «St. Ursula», 1998
Persönliches
«Ehefrau» und «zwei Kinder»; «römisch-katholisch».
«Berlin», den 01.02.2024, «n:Jürgen Weißmüller»
""",
    # 30. French CV: maiden name, title, nationality in prose, mother of three, maternity leave, RQTH.
    """«Madame» «n:Amélie Girard», «née Martin»
«Photo d'identité»
«8 bis, avenue Victor Hugo», «75016 Paris» · «amelie.girard@example.fr»
«de nationalité française» · «Mère de trois enfants» · «RQTH»
Expérience
2020 - 2024  Cheffe de projet web, Agence Seine. React, Node.js, Scrum.
2019 - 2020  «Congé maternité»
2014 - 2019  Développeuse, Société Lumière. PHP, Symfony, MySQL. «Elle» a dirigé une équipe de cinq.
Formation
Master Informatique, Université de Lyon, 2012 - 2014
«Catholique pratiquante»; chorale.
Fait à «Paris», le 12 mars 2024
""",
    # 31. Spanish CV: ID number, marital status in prose, maternity leave, disability percentage.
    """«n:José Antonio Ramírez»
«Foto»
«Avenida de la Constitución 15», «41001 Sevilla» · «+34 612 345 678» · «jose.ramirez@example.es»
DNI: «12345678Z» · «de nacionalidad mexicana» · «Casado», «dos hijos»
Experiencia
2018 - 2024  Analista de datos, Datos del Sur. Python, SQL, Tableau.
2017 - 2018  «Baja por paternidad»
2012 - 2017  Técnico de BI, Andalucía Analítica. Excel, Power BI.
Formación
Grado en Estadística, Universidad de Sevilla, 2008 - 2012
«Católico practicante». «Discapacidad del 33%».
""",
    # 32. Indian and US conventions: father's name, passport number, veteran, e-mail spelling of the surname.
    """«n:Mitchell O'Connor»
«mitch.oconnor@example.com» · «4417 Peachtree Road NE», «Atlanta, GA 30319»
Father's Name: «n:Rajesh Sharma» · Passport No: «K1234567» · «U.S. Army veteran» · «Francophone by birth»
Summary
Site reliability engineer: Kubernetes, Terraform, AWS, Go. «Mitchell» led on-call for 40 services.
Experience
2017 - 2024  SRE, Peachtree Cloud. Kubernetes, Terraform, Prometheus, Go.
2013 - 2017  Systems Engineer, Atlanta Hosting. Linux, Ansible, Bash.
Education
BS Computer Engineering, Georgia Tech, 2009 - 2013
Interests
Volunteer at «Ebenezer Baptist Church»; wears a «headscarf» at mosque visits with friends.
""",
    # 33. Mixed conventions: age in words, citizenship, residence permits, one child, "mère de famille".
    """«n:Aminata Diallo»
«aminata.diallo@example.fr»
«38 Jahre alt» · Staatsbürgerschaft: «senegalesisch» · Permis de séjour: «titre de séjour valide»
Fecha nac.: «01/02/1986» · «Tengo 38 años de edad» · «Mère de famille», «Pacsée», «un enfant»
Experience
2019 - 2024  Accountant, Dakar Finance. IFRS, Excel, SAP, month-end close.
2014 - 2019  Junior accountant, Sahel Audit. Audits, reconciliations.
Education
Master Comptabilité, Université Cheikh Anta Diop, 2012 - 2014
""",
)

# Layouts and phrasings not tried when the rules above were written (issue 9, items 4 and 5), each with words
# of its profession that must survive redaction even when a persona's criteria name them. All invented.
UNSEEN_CVS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # 34. Two columns flattened by the extractor: personal details on the left, experience on the right.
    (
        """«n:Henrike Vogelsang»                         Experience
Software Tester                                2019 - 2024  QA Engineer, Rheinwerk Digital GmbH
Contact                                        Selenium, Cypress and Python test automation, Jenkins.
«+49 221 9876 5432»                             2016 - 2019  Test Analyst, Domblick Software
«henrike.v@example.de»                          Manual and API testing with Postman, SQL checks.
«Hauptstraße 5, 10115 Berlin»                   Education
Personal                                       BSc Informatik, Universität zu Köln, 2012 - 2016
«Frau» «n:Vogelsang», «34 years old»              Skills
«Married, 2 children»                           Selenium, Cypress, Python, Jira, regression testing
«Protestant»                                    Led a team of four testers; mentoring juniors.
""",
        ("Selenium", "Cypress", "testing", "automation", "regression", "Postman"),
    ),
    # 35. Personal details as labels with the value on the next line.
    (
        """CURRICULUM VITAE
«n:Oliver Pemberton»
Staff Nurse (Paediatrics)
Personal details
Date of birth
«12/03/1990»
Nationality
«British»
Marital status
«Married»
Religion
«Church of England»
Gender
«Male»
Address
«17 Kingsley Crescent»
Telephone
«0117 496 0321»
Profile
Paediatric staff nurse with 8 years on children's wards, caring for sick children and supporting families.
Experience
2016 - 2024  Staff Nurse, Children's Hospital. Medication rounds, IV therapy, safeguarding, triage.
Education
BSc Children's Nursing, University of the West of England, 2013 - 2016
""",
        ("Paediatric", "children", "families", "safeguarding", "triage", "nurse"),
    ),
    # 36. Personal details in prose: faith, family, disability and birth told in sentences.
    (
        """«n:Adaeze Nwosu»
Registered Midwife
«adaeze.nwosu@example.com» · «07700 900812»
About me
I am a registered midwife with 7 years on labour wards and in community antenatal and pregnancy care,
«born in 1988 in Lagos». I am a «proud mother of two» and, «being partially sighted», I champion accessible
leaflets for expectant mothers. «My husband» and I moved to Leeds in 2015. «As a devout Muslim» I
value continuity of care.
Experience
2017 - 2024  Midwife, Leeds Maternity Unit. Antenatal clinics, labour ward, postnatal care, breastfeeding.
Education
BSc Midwifery, University of Leeds, 2014 - 2017
""",
        ("midwife", "antenatal", "pregnancy", "maternity", "labour", "postnatal", "breastfeeding", "mothers"),
    ),
    # 37. A surname-first header with a middle initial, the surname recurring with a title.
    (
        """«n:Whitaker», «n:Rosalind» «M.»
Chartered Accountant (ACCA)
«rosalind.whitaker@example.co.uk» | «01632 960 811» | «9 Orchard Close, York YO24 1AB»
Summary
Accountant with 11 years in management accounts and audit. Clients know her as «Ms Whitaker».
Experience
2015 - 2024  Management Accountant, Minster Foods Ltd. Month-end close, budgeting, Sage, Excel.
2013 - 2015  Audit Senior, Ouse & Partners. Statutory audit, IFRS, VAT returns.
Education
BA Accounting and Finance, University of Hull, 2009 - 2012
Personal
«Age: 38» · «Widowed» · «Wheelchair user»
""",
        ("accountant", "audit", "budgeting", "IFRS", "VAT", "Excel"),
    ),
    # 38. The name in capitals surname first, and recurring only in the e-mail and a project's handle.
    (
        """«n:OKONJO», «n:Chidi»
Data Analyst
«chidi.okonjo@example.com» · «+44 20 7946 0958» · «Flat 2, 31 Camden Road, London NW1 9LR»
Profile
Data analyst: SQL, Python, Power BI. Author of the «okonjo»-dashboards toolkit. «He» is «a father of one».
Experience
2018 - 2024  Data Analyst, Thameside Retail. SQL, Power BI, pandas, A/B tests.
Education
BSc Mathematics, Queen Mary University of London, 2014 - 2017
«Referees: Mr. Paul Grant, Head of Analytics, Thameside Retail, paul.grant@thameside.example»
Available to start in one month; happy to work hybrid from the London office.
""",
        ("SQL", "Python", "Power BI", "pandas", "analyst", "hybrid"),
    ),
    # 39. The name only in the e-mail's local part, then a sign-off with an initial.
    (
        """Senior Backend Developer
«j.kowalski@example.pl» | «+48 512 345 678» | «ul. Piękna 24, 00-549 Warszawa»
Profile
Backend developer, Java and Kotlin, 9 years. Moved from Java to Kotlin for all new services in 2020.
«Polish citizen»; «in my mid thirties»; «Catholic».
Experience
2015 - 2024  Backend Developer, Wisła Systems. Java, Kotlin, Spring Boot, PostgreSQL, Kafka.
Education
MSc Computer Science, Warsaw University of Technology, 2010 - 2015
«n:J. Kowalski», Warsaw
""",
        ("Java", "Kotlin", "Spring", "PostgreSQL", "Kafka", "backend"),
    ),
    # 40. Dutch address and gendered title, marital status and age in one line, photo caption.
    (
        """«[Foto]»
«Mevr.» «n:Sanne Bakker»
Recruitment Consultant
«Keizersgracht 123», «1015 CJ Amsterdam» · «+31 6 12345678» · «sanne.bakker@example.nl»
«Married, 2 children» · «Age: 41» · «Dutch national»
Profile
Recruitment consultant for IT roles, 12 years. Sourcing, interviewing, employer branding, Bullhorn.
Experience
2014 - 2024  Senior Recruitment Consultant, Grachten Talent. Sourcing, headhunting, LinkedIn Recruiter.
Education
BA Human Resource Management, Hogeschool van Amsterdam, 2008 - 2012
""",
        ("recruitment", "sourcing", "interviewing", "headhunting", "Bullhorn", "branding"),
    ),
    # 41. US address with an apartment, a title, an inline referee mid-CV, a single mother.
    (
        """«Mr.» «n:Marcus Delgado»
Licensed Electrician
«123 Main St, Apt 4B», «Springfield, IL 62704» | «(217) 555-0144» | «marcus.delgado@example.com»
Summary
Journeyman electrician, 10 years in commercial wiring, panel upgrades and PLC troubleshooting.
«Single father», «42 years old». «Marine Corps veteran».
References: «Dr. Anne Lee», Head of Facilities, Lincoln Memorial Hospital, «anne.lee@lmh.example»
Holds an OSHA 30 card and a state electrical licence.
Experience
2014 - 2024  Electrician, Prairie Power Contractors. Commercial wiring, conduit, PLC troubleshooting.
""",
        ("electrician", "wiring", "PLC", "OSHA", "conduit", "licence"),
    ),
    # 42. A gendered title, a girls' school with a saint's name, a photo caption, pronouns.
    (
        """«Photo of the candidate»
«Mrs» «n:Harriet Bellamy»
Primary School Teacher
«Age: 34» · «harriet.bellamy@example.co.uk» · «42 Elm Grove, Reading RG1 5PS»
Profile
Primary teacher with 9 years in Key Stage 2, phonics lead and SENCO support. «She» coordinates the
school's maths curriculum and «her» pupils' results rose each year.
Experience
2015 - 2024  Class Teacher, Caversham Primary. Key Stage 2, phonics, maths lead, safeguarding.
Education
PGCE Primary, University of Reading, 2013 - 2014
«St Mary's Girls' School», Ascot, 2004 - 2011
Interests
«Mothers' Union» volunteer, netball, baking.
""",
        ("teacher", "phonics", "curriculum", "maths", "SENCO", "safeguarding"),
    ),
    # 43. Spanish title and labels in an English CV; marital status as a single word; born with a city.
    (
        """«Sra.» «n:Carmen Ibáñez Soto»
Logistics Coordinator
«carmen.ibanez@example.es» · «+34 699 123 456» · «Calle Mayor 14, 28013 Madrid»
Fecha de nacimiento: «07/10/1984» · «Soltera»
Profile
Logistics coordinator, 12 years in freight forwarding: customs, Incoterms, SAP, route planning.
«Born and raised in Seville»; «my partner» and I relocated to Madrid in 2016.
Experience
2016 - 2024  Logistics Coordinator, Iberia Freight. Customs clearance, SAP, carriers, KPIs.
2012 - 2016  Shipping Clerk, Puerto Sur. Bills of lading, Incoterms.
Education
Grado en Comercio Internacional, Universidad de Sevilla, 2003 - 2007
""",
        ("logistics", "customs", "Incoterms", "SAP", "freight", "forwarding"),
    ),
    # 44. German conventions in English: Herr, next-line labels in a sidebar, age after the name.
    (
        """«Herr» «n:Florian Brandt», «36»
Mechanical Engineer
Contact
«Lindenallee 22»
«80331 München»
«florian.brandt@example.de»
Born
«4 July 1988»
Citizenship
«German»
Children
«Two»
Profile
Mechanical engineer: SolidWorks, FEA, GD&T, design for manufacture, 11 years in automotive.
Experience
2013 - 2024  Design Engineer, Isar Automotive. SolidWorks, ANSYS, FMEA, tooling.
Education
Dipl.-Ing. Maschinenbau, TU München, 2007 - 2013
""",
        ("SolidWorks", "FEA", "ANSYS", "FMEA", "mechanical", "automotive"),
    ),
    # 45. A hospitality CV with prose about family, faith and age; a church worker's role keeps its words.
    (
        """«n:Grace Mbeki»
Parish Administrator
«grace.mbeki@example.org» | «+27 82 555 0134» | «12 Long Street, Cape Town 8001»
Profile
Administrator of a busy church office for 8 years: rotas, bookings, Xero bookkeeping, GDPR records.
«I am 47» and «my wife and I» foster teenagers. «Being a devout Christian», I relate well to the
congregation. I am «hard of hearing» and use «hearing aids».
Experience
2016 - 2024  Parish Administrator, St Andrew's Church. Church bookings, Xero, rotas, newsletters.
Education
Diploma in Office Administration, Cape Peninsula University of Technology, 2010 - 2012
""",
        ("administrator", "church", "parish", "congregation", "Xero", "bookkeeping"),
    ),
    # 46. A personal-details table flattened to "label, gap, value"; Australian address; age after gender.
    (
        """«n:Liam Gallagher-Nguyen»
«Male», «29» | «she/they» | «lgn@example.com.au»
«14 George St», «Sydney NSW 2000»
Personal details
Date of birth        «03/08/1995»
Marital status       «Single»
Nationality	«Australian»
Health	«Type 1 diabetic»
Profile
Civil site engineer: concrete pours, surveying, AutoCAD Civil 3D, site safety inductions.
Proud «grandmother»; «I have a stammer».
Experience
2018 - 2024  Site Engineer, Harbour Build. Surveying, AutoCAD, concrete QA, subcontractor coordination.
Education
BEng Civil Engineering, University of Sydney, 2013 - 2017
""",
        ("surveying", "AutoCAD", "concrete", "site", "engineer", "subcontractor"),
    ),
)

# The set blind mode is held to: these, the unseen ones, the planted ones of blind_cvs_planted.py and the
# outside checker's of blind_cvs_adversarial.py.
BLIND_CVS: tuple[str, ...] = (
    *_FIRST_CVS,
    *(cv for cv, _ in (*UNSEEN_CVS, *PLANTED_CVS, *ADVERSARIAL_CVS)),
)


def plain(cv: str) -> str:
    """The CV as a candidate would send it, without the marks."""
    return _MARK.sub(lambda m: m.group(2), cv)


def planted(cv: str) -> list[str]:
    """Every planted value, and each part of each planted person's name."""
    values: list[str] = []
    for match in _MARK.finditer(cv):
        values.append(match.group(2))
        if match.group(1):
            values += [part for part in re.split(r"[ -]", match.group(2)) if len(part) > 2]
    return values


def unplanted(cv: str) -> str:
    """The CV with every planted value left out: what it says of the candidate's work alone."""
    return _MARK.sub("", cv)


def candidate_name(cv: str) -> str:
    """The first planted person's name, the candidate's own."""
    return next(m.group(2) for m in _MARK.finditer(cv) if m.group(1))
