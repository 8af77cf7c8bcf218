# ruff: noqa: RUF001  (CV text: the dotless i is a letter of Turkish)
"""A fresh probe (5 December): CVs with personal data in headers, footers, referee blocks, flattened tables.

Marks as in blind_cvs.py: «value», «n:a person's name». Each CV comes with words of its profession that a
persona may name (they must survive with the persona's keep words) and honest words that must survive even
with no persona at all: tools named like gendered titles ("Postman", "Foreman"), a town in a job line, a
driving licence, a language. All people, employers and addresses are invented.
"""

from __future__ import annotations

PROBE_CVS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # 1. Turkish: bare marital and sex words on a personal-details line, military service, a table of facts.
    (
        """«n:Zeynep Arslan»
Yazılım Mühendisi
«zeynep.arslan@example.com.tr» | «0532 418 27 90»
«Atatürk Mah. 1203 Sok. No:7 Daire 3», «Karşıyaka/İzmir»
Kişisel Bilgiler
«Evli» · «Kadın» · «1991» doğumlu
Ehliyet: B sınıfı
Deneyim
2019 - halen  Backend Developer, Ege Yazılım A.Ş., Ankara. Java, Spring Boot, Kafka, PostgreSQL.
REST servislerini Postman ile test ettim; Docker ve Kubernetes ile dağıtım.
2016 - 2019  Yazılım Geliştirici, Anadolu Bilişim. Java, Oracle, Jenkins.
Eğitim
Bilgisayar Mühendisliği, Dokuz Eylül Üniversitesi, 2011 - 2016
Referanslar
«n:Murat Demir» - Takım Lideri, Ege Yazılım - «0533 222 14 56»
""",
        ("Java", "Spring", "Kafka", "PostgreSQL", "Docker"),
        ("Postman", "Ankara", "Ehliyet", "Jenkins"),
    ),
    # 2. Spanish: a feminine title whose adjective agrees, a degree word in the feminine, a footer with DNI.
    (
        """CURRÍCULUM VITAE
«n:Lucía Fernández Ortega»
«Directora» «financiera» | «lucia.fernandez@example.es» | «+34 622 481 903»
«Calle de Toledo 88, 4º B», «28005 Madrid»
Datos personales: «Soltera», sin hijos · Carné de conducir B
Experiencia
2018 - actualidad  «Directora» «financiera», Grupo Levante, Valencia. Consolidación, IFRS, SAP FI.
2013 - 2018  «Jefa» de contabilidad, Textiles del Norte, Bilbao. Cierres mensuales, SAP, Excel.
Formación
«Licenciada» en Administración y Dirección de Empresas, Universidad de Sevilla
Idiomas
Español (nativo), inglés (C1)
DNI «48291736K» · «Lucía F. O.» · Página 1 de 1
""",
        ("IFRS", "SAP", "Consolidación", "contabilidad", "Excel"),
        ("Valencia", "Bilbao", "inglés"),
    ),
    # 3. French: a title made generic leaves its adjective; a participle; the family in a parenthesis.
    (
        """«n:Claire Dubois-Martin»
«Directrice» «commerciale» France
«claire.dubois@example.fr» · «06 12 34 56 78» · «12 avenue Jean Jaurès», «69007 Lyon»
«Nationalité française» · «Mariée» («3 enfants») · Permis B
Expérience
2017 - aujourd'hui  «Directrice» «commerciale», Maison Berthier, Nantes. CRM Salesforce, 40 comptes clés.
2012 - 2017  Responsable grands comptes, Optilux, Lille. Négociation, prospection, Salesforce.
Formation
«Diplômée» de l'ESC Rennes (2012), Master Marketing
Centres d'intérêt : bénévole au «Secours Catholique», course à pied
Références : «M. Paul Lefèvre», Président, Maison Berthier
""",
        ("Salesforce", "CRM", "Négociation", "prospection", "comptes"),
        ("Nantes", "Lille", "Permis"),
    ),
    # 4. Italian: Dott.ssa, the tax code in a footer, a feminine degree word, a born-in line, a referee.
    (
        """«Dott.ssa» «n:Giulia Romano»
«Direttrice» «amministrativa»
«Via Sparano 45», «70121 Bari» - «giulia.romano@example.it» - «+39 347 112 9087»
«Nata a Lecce il 3 aprile 1990» · Stato civile: «nubile»
Esperienza
2019 - oggi  «Direttrice» «amministrativa», Puglia Logistica, Taranto. Bilancio, SAP, controllo di gestione.
2014 - 2019  Contabile, Studio Conti, Brindisi. Paghe, F24, Excel.
Istruzione
«Laureata» in Economia Aziendale, Università di Bari, 2014
Referenze
«Prof. Marco Bianchi», Università di Bari, «marco.bianchi@uniba.example»
Codice fiscale: «RMNGLI90D43E506X»
""",
        ("Bilancio", "SAP", "controllo", "gestione", "Excel"),
        ("Taranto", "Brindisi", "Paghe"),
    ),
    # 5. Portuguese (Brazil): CPF and RG, a feminine title with its adjective, "Formada", a footer.
    (
        """«n:Ana Beatriz Souza»
«Engenheira» civil · «Diretora» «executiva» de obras
«Rua Augusta, 1500, apto 42», «Consolação, São Paulo - SP, 01304-001»
«ana.souza@example.com.br» · «(11) 98765-4321»
Estado civil: «casada» · CPF: «123.456.789-09» · RG: «12.345.678-9» · «Brasileira»
Experiência
2018 - atual  «Diretora» «executiva» de obras, Construtora Horizonte, Campinas. AutoCAD, Revit, MS Project.
2012 - 2018  «Engenheira» de planejamento, Alfa Obras, Santos. Orçamentos, cronogramas, MS Project.
Formação
«Formada» em Engenharia Civil pela USP (2011)
«Ana B. Souza» - currículo atualizado em 2024
""",
        ("AutoCAD", "Revit", "Project", "Orçamentos", "cronogramas"),
        ("Campinas", "Santos", "planejamento"),
    ),
    # 6. US nurse: pronouns, a footer repeating the name, a referee table flattened with tabs, a church.
    (
        """«n:Danielle Brooks», RN, BSN «(she/her)»
«4417 Oakridge Ct, Apt 2B», «Columbus, OH 43215» · «(614) 555-0143» · «dbrooks.rn@example.com»
Summary
ICU nurse with 9 years of critical care; «single mom of three» who thrives on night shifts.
Experience
2016 - present  ICU Staff Nurse, Riverside Methodist Hospital, Columbus. Ventilator care, CRRT, Epic.
2014 - 2016  Med-Surg Nurse, Grant Medical Center. Wound care, Epic charting.
Certifications
BLS, ACLS, CCRN
Community
Health ministry volunteer, «St. Luke's Lutheran Church»
Professional References
Name\tTitle\tPhone
«n:Karen Whitfield»\tNurse Manager\t«(614) 555-0177»
«n:Marcus Greene»\tCharge Nurse\t«(614) 555-0199»
«Danielle Brooks» - Resume - Page 2
""",
        ("ICU", "Ventilator", "CRRT", "Epic", "ACLS"),
        ("Methodist", "Wound", "CCRN", "Grant Medical"),
    ),
    # 7. DevOps: tools named like gendered titles, a husband in prose, a birth town, a faith society.
    (
        """«n:Oluwaseun Adebayo»
DevOps Engineer · «Lagos-born», now in Leeds
«seun.adebayo@example.co.uk» · «07700 900412» · «github.com/seunadebayo»
Profile
Platform engineer: Terraform, Kubernetes, Foreman and Puppet for bare-metal provisioning.
I moved to the UK in 2017 with my «husband» and «two daughters».
Experience
2019 - present  DevOps Engineer, Northgate Cloud, Sheffield. Terraform, Kubernetes, Prometheus.
Tested internal APIs with Postman and Newman in CI; Foreman for host provisioning.
2015 - 2019  Systems Administrator, Zenith Bank, Lagos. Linux, Ansible, Puppet.
Education
BSc Computer Science, University of Ibadan, 2014
Activities
Treasurer, «Muslim Professionals Network» Leeds
""",
        ("Terraform", "Kubernetes", "Prometheus", "Ansible", "Linux"),
        ("Postman", "Foreman", "Puppet", "Sheffield", "Newman"),
    ),
    # 8. German: a flattened table of personal facts, a compound feminine title, a signature footer.
    (
        """Lebenslauf
«n:Sabine Krüger»
«Projektleiterin» IT-Infrastruktur
«Hauptstraße 27», «04109 Leipzig» · «0171 2345678» · «s.krueger@example.de»
Persönliche Daten
Geburtsdatum | «14.05.1986» | Familienstand | «verheiratet» | Konfession | «römisch-katholisch»
Staatsangehörigkeit | «österreichisch» | Führerschein | Klasse B
Berufserfahrung
2017 - heute  «Projektleiterin», Mitteldeutsche Netze, Halle. Prince2, VMware, Netzwerkmigration.
2012 - 2017  «Systemadministratorin», Stadtwerke Erfurt. Windows Server, VMware, Backup.
Sprachen
Deutsch, Englisch (C1)
Leipzig, «Sabine Krüger»
""",
        ("Prince2", "VMware", "Netzwerkmigration", "Windows", "Backup"),
        ("Halle", "Erfurt", "Führerschein"),
    ),
    # 9. Dutch: Mevr., personalia in a row, a born-in line, a referee with a mobile.
    (
        """«Mevr.» «n:Sanne de Vries»
Verpleegkundige
«Keizersgracht 221-III», «1016 DV Amsterdam» · «06-12345678» · «sanne.devries@example.nl»
Personalia: geboren «3 september 1992» te «Zwolle» · «gehuwd» · nationaliteit «Nederlandse»
Werkervaring
2018 - heden  Verpleegkundige IC, OLVG, Amsterdam. Beademing, ECMO, HiX.
2014 - 2018  Verpleegkundige interne geneeskunde, Isala, Deventer. Wondzorg, HiX.
Opleiding
HBO-V, Hogeschool Windesheim, 2014
Referenties
«n:Pieter Jansen», teamleider IC, OLVG, «06-87654321»
""",
        ("Beademing", "ECMO", "HiX", "Wondzorg", "IC"),
        ("Deventer", "OLVG", "Windesheim"),
    ),
    # 10. Polish: personal data in a row, a feminine job title, a mobile in a footer.
    (
        """«n:Katarzyna Wiśniewska»
«Księgowa»
«ul. Piotrkowska 104/12», «90-926 Łódź» · «katarzyna.wisniewska@example.pl»
Dane osobowe: data urodzenia «15.07.1989», stan cywilny: «zamężna», obywatelstwo: «polskie»
Doświadczenie
2016 - obecnie  «Główna księgowa», Bałtyk Logistyka, Gdańsk. Symfonia, Comarch ERP, VAT, JPK.
2011 - 2016  «Specjalistka» ds. płac, Kwadrat Sp. z o.o., Poznań. Płace, ZUS, Excel.
Wykształcenie
Finanse i rachunkowość, Uniwersytet Łódzki, 2011
«Katarzyna W.» · tel. «+48 601 222 333»
""",
        ("Symfonia", "Comarch", "VAT", "JPK", "Excel"),
        ("Gdańsk", "Poznań", "ZUS"),
    ),
    # 11. Gulf layout: a personal-information table flattened to label-value lines, visa, passport.
    (
        """«n:Omar Haddad»
Procurement Manager
«Villa 12, Street 4, Al Barsha 2, Dubai» | «+971 50 123 4567» | «omar.haddad@example.ae»
Personal Information
Date of Birth\t«11/02/1985»\tGender\t«Male»
Marital Status\t«Married»\tReligion\t«Islam»
Nationality\t«Jordanian»\tVisa Status\t«Employment visa (transferable)»
Passport No.\t«N1234567»\tDriving Licence\tUAE, valid
Experience
2015 - present  Procurement Manager, Emirates Build, Abu Dhabi. SAP MM, tendering, supplier audits.
2009 - 2015  Buyer, Amman Steel, Amman. Negotiation, SAP MM.
Languages: Arabic, English
""",
        ("Procurement", "SAP", "tendering", "supplier", "Negotiation"),
        ("Abu Dhabi", "Driving Licence", "Arabic"),
    ),
    # 12. Indian: father's name, Aadhaar, a declaration block ending in name and place, a temple.
    (
        """RESUME
«n:Priya Sharma»
Email: «priya.sharma94@example.in» | Mobile: «+91 98765 43210»
Career Objective
Data analyst seeking a role with SQL, Python and Power BI.
Experience
2018 - present  Data Analyst, Infotech Solutions, Bengaluru. SQL, Python, Power BI, Excel.
Education
B.Tech (IT), VIT Vellore, 2016
Personal Details
Father's Name: «Rakesh Kumar Sharma»
Date of Birth: «14-08-1994»
Aadhaar: «1234 5678 9012»
Languages Known: Hindi, English, Marathi
Hobbies: volunteering at the «ISKCON temple», badminton
Declaration
I hereby declare that the above information is true to the best of my knowledge.
Place: Pune
(«Priya Sharma»)
""",
        ("SQL", "Python", "Power", "Excel", "analyst"),
        ("Bengaluru", "Hindi", "Marathi"),
    ),
    # 13. Danish / Norwegian: a CPR number, civil status alone on a line, children's ages.
    (
        """«n:Mette Kristensen»
Regnskabsassistent
«Vesterbrogade 112, 3. tv.», «1620 København V» · «+45 22 33 44 55» · «mette.k@example.dk»
CPR-nr.: «110290-1234»
«Gift»
«Børn: 4 og 7 år»
Erhvervserfaring
2017 - nu  Regnskabsassistent, Nordhavn Rederi, Aarhus. e-conomic, bogføring, moms, Excel.
2013 - 2017  Bogholder, Sjælland Byg, Roskilde. Navision, debitorstyring.
Uddannelse
Financial controller (AK), Erhvervsakademi København, 2013
Kørekort B
""",
        ("e-conomic", "bogføring", "moms", "Navision", "Excel"),
        ("Aarhus", "Roskilde", "Kørekort"),
    ),
    # 14. UK teacher: a referee paragraph in prose, age said in a summary, a girls' school, a footer.
    (
        """«n:Rebecca Holloway» BA (Hons) PGCE
«27 Cherry Tree Close», «Harrogate HG2 7PL» | «07812 334455»
Summary
A «42-year-old» maths teacher with QTS and 15 years in secondary schools, teaching GCSE and A level.
Experience
2014 - present  Head of Maths, Ripon Academy. GCSE, A level, curriculum design, Year 11 intervention.
2009 - 2014  Maths Teacher, «St Margaret's School for Girls», York. KS3, KS4, tutoring.
Education
PGCE Secondary Mathematics, University of Leeds, 2008
Referees
My current headteacher, «n:Andrew Peel», can be reached on «01765 600123» or «a.peel@ripon.example».
«R. Holloway» - CV - January 2024
""",
        ("GCSE", "QTS", "curriculum", "Maths", "KS4"),
        ("Ripon", "York", "tutoring", "PGCE"),
    ),
)
