"""Synthetic CVs planted by one acting as blind mode's outside checker, in shapes no other set tried.

Written after reading the rules and the sixty CVs before these (issue 9, item 4): columns interleaved with a
label on one side and its value on the next line, a header of name, title and town, Polish, Italian and
German personal-details words, the name only in a LinkedIn slug, initials before a surname, names that are a
skill or a town, referee headings in more languages, ages and birth years said in several languages,
immigration statuses, gendered titles of other languages, faith in volunteering, disability wording, photo
placeholders; the last two hold what probing after the first fixes found. Marks as in blind_cvs.py:
«value», «n:a person's name». Each CV comes with words of its profession that a persona may name and that
must survive. All people, places and numbers are invented.
"""

from __future__ import annotations

ADVERSARIAL_CVS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # 1. Polish CV: a header of name, title and town; columns interleaved with a sidebar of Polish labels.
    (
        """«n:Agnieszka Wróblewska-Nowak» | Księgowa | «Kraków»
Doświadczenie                                   Dane osobowe
2016 - 2024  Główna księgowa, Wawel Finanse      Data urodzenia: «12.05.1987»
Zamknięcia miesięczne, VAT, SAP FI, Excel.       Wiek: «37»
2012 - 2016  Księgowa, Biuro Rachunkowe Lech     Stan cywilny: «zamężna»
Księgi rachunkowe, płace, JPK, Symfonia.         Narodowość: «polska»
Wykształcenie                                    Płeć: «kobieta»
Magister Finanse i Rachunkowość, 2006 - 2011     Wyznanie: «rzymskokatolickie»
                                                 Adres: «ul. Floriańska 15/4», «31-019 Kraków»
                                                 Tel.: «+48 601-234-567»
                                                 «a.wroblewska@example.pl»
""",
        ("VAT", "SAP", "Excel", "JPK", "Symfonia", "płace"),
    ),
    # 2. Italian CV: a photo placeholder, a feminine academic title, birth in prose, "Referenze".
    (
        """«Foto tessera»
«Dott.ssa» «n:Chiara Bellini»
Farmacista
«Corso Vittorio Emanuele II 45», «10125 Torino» · «(+39) 347 123 4567» · «chiara.bellini@example.it»
«Nata il 12/03/1990 a Torino» · «sposata», «due figli» · Nazionalità: «italiana»
Profilo
Farmacista con 9 anni in farmacia territoriale: dispensazione, galenica, vaccinazioni, telemedicina.
Esperienza
2015 - 2024  Farmacista, Farmacia Centrale. Galenica, vaccinazioni antinfluenzali, telemedicina.
Istruzione
Laurea in Farmacia, Università di Torino, 2009 - 2014
Referenze
Prof. «n:Marco Ferri», Università di Torino, «marco.ferri@unito.example»
«Sig.ra» «n:Lucia Conti», titolare, Farmacia Centrale
""",
        ("Farmacista", "galenica", "vaccinazioni", "dispensazione", "telemedicina", "farmacia"),
    ),
    # 3. French CV: surname in capitals first, a hyphenated given name, a flattened "Label | value" table.
    (
        """«n:DUPONT» «n:Jean-Baptiste»
Chef de projet informatique
«jb.dupont@example.fr» · «06 71 23 45 89»
État civil | «Marié»
Enfants | «Père de deux enfants»
Nationalité | «Française»
Âge | «35 ans»
Profil
Chef de projet, 10 ans en conduite de projets ERP : Scrum, Jira, ITIL, pilotage budgétaire, recette.
«Né en 1989 à Lyon», j'y ai fait toute ma carrière.
Expérience
2014 - 2024  Chef de projet, Rhône Systèmes. Scrum, Jira, ITIL, recette, pilotage du budget.
Formation
Master Management des SI, Université Lyon 2, 2009 - 2014
Références
«n:Sylvie Marchand», DSI, Rhône Systèmes, «04 78 12 34 56»
""",
        ("Scrum", "Jira", "ITIL", "budget", "pilotage", "recette"),
    ),
    # 4. German CV: a particle name, a birth year as "Jahrgang", a parish in volunteering, "Referenzen".
    (
        """«n:Maximilian von Hohenberg»
Projektleiter Bau
«Jahrgang 1987» · «verheiratet, zwei Töchter» · Staatsangehörigkeit: «deutsch»
«m.hohenberg@example.de» · «+49 (0)171 2345678»
Profil
Bauingenieur mit 11 Jahren Projektleitung: Revit, BIM, AutoCAD, Kostenplanung nach HOAI.
Berufserfahrung
2013 - 2024  Projektleiter, Isar Bau GmbH. BIM-Koordination, Revit, Kostenplanung, HOAI.
Ehrenamt
Jugendleiter in der «evangelischen» «Kirchengemeinde»
Referenzen
«n:Sabine Krüger», Geschäftsführerin, Isar Bau GmbH, «s.krueger@isarbau.example»
""",
        ("Revit", "BIM", "AutoCAD", "Kostenplanung", "HOAI", "Projektleitung"),
    ),
    # 5. Spanish CV: "Dña.", age with a label and no colon, faith as a parish catechist, "Referencias".
    (
        """«Dña.» «n:Remedios Galindo Ortiz»
Responsable de Compras
«remedios.galindo@example.es» · «+34 655 210 987» · «Calle Sierpes 21», «41004 Sevilla»
«Edad 41» · «Casada y con tres hijos»
Perfil
Responsable de compras con 15 años: negociación con proveedores, SAP MM, inventarios, logística.
Voluntariado
«Catequista» en la «parroquia» del barrio.
Experiencia
2012 - 2024  Responsable de Compras, Aceites del Sur. SAP MM, proveedores, inventarios, Excel.
Referencias
«n:Ignacio Valdelomar», Director General, Aceites del Sur
""",
        ("SAP", "logística", "inventarios", "Excel", "compras", "proveedores"),
    ),
    # 6. A name that is also a skill, pronouns in the header, "References available on request" then names.
    (
        """«n:Ruby Okonedo» «(she/her)» \u2014 Ruby on Rails Developer
«ruby.okonedo@example.com» · «+353 85 123 4567»
Summary
Rails developer, 8 years of Ruby, RSpec, Sidekiq and PostgreSQL. «Chairwoman» of the local Ruby meetup.
Experience
2016 - 2024  Senior Developer, Kestrel Apps. Ruby on Rails, PostgreSQL, Redis, Sidekiq, RSpec.
Education
BSc Computing, Dublin City University, 2012 - 2016; «sorority» treasurer.
References available on request.
«n:Tadhg Ó Briain», Engineering Manager, Kestrel Apps, «+353 1 555 0192»
«n:Cillian Mac Giolla», CTO, Kestrel Apps
""",
        ("Ruby", "Rails", "PostgreSQL", "RSpec", "Sidekiq", "Redis"),
    ),
    # 7. A name that is a town and a country, disability and nationality shapes, a photo caption.
    (
        """«[photo of Florence smiling]»
«n:Florence Jordan»
Staff Nurse
«florence.jordan@example.ie» · «087 765 4321»
Nationality: «Irish» · «EU citizen» · «Blue Badge holder»
Profile
Nurse with 9 years in acute medicine: triage, wound care, phlebotomy, NMC registered.
«Florence» worked two years with a field clinic in Amman. «Registered disabled»; «guide dog owner».
Experience
2015 - 2024  Staff Nurse, Mater Hospital. Triage, wound care, phlebotomy, clinical audits.
Education
BSc General Nursing, University College Dublin, 2011 - 2015
""",
        ("triage", "wound", "phlebotomy", "nurse", "clinical", "NMC"),
    ),
    # 8. Initials before the surname, a title after the name, date of birth with a dash, faith and family.
    (
        """«n:J. K. Rowntree» «(Mrs)»
Payroll Specialist
«jk.rowntree@example.co.uk» · «01904 555 210»
D.O.B. - «03.04.1989» · «married with three kids»
Profile
Payroll specialist, 10 years: PAYE, pensions auto-enrolment, Sage Payroll, HMRC RTI submissions.
Mrs «n:Rowntree» is a «church youth group leader» at weekends.
Experience
2014 - 2024  Payroll Officer, Ouse Logistics. PAYE, pensions, Sage, HMRC, reconciliation.
""",
        ("payroll", "PAYE", "Sage", "pensions", "HMRC", "reconciliation"),
    ),
    # 9. An Irish double-barrelled name in capitals, a referees heading with "available on request" inline.
    (
        """«n:AOIFE O'NEILL-MCCARTHY»
Digital Marketing Manager
«aoife.oneill@example.ie» | «+353 86 234 5678» | «Apartment 4», «The Maltings», «Dublin 8»
Profile
Marketing manager, 8 years: SEO, paid social, HubSpot, Salesforce, campaigns, analytics, copywriting.
«Aoife» grew organic traffic 3x. «Married with three kids»; «Irish passport holder».
Experience
2016 - 2024  Marketing Manager, Liffey Digital. SEO, HubSpot, Salesforce, campaigns, analytics.
Referees \u2013 available on request
«n:Declan McGuinness», Managing Director, Liffey Digital
«n:Orla Fitzgerald», Head of Brand, Liffey Digital
""",
        ("Salesforce", "HubSpot", "SEO", "campaigns", "analytics", "copywriting"),
    ),
    # 10. The name only in a LinkedIn slug and a footer; an ISO birth date and religion in a flattened table.
    (
        """Senior Data Engineer
«linkedin.com/in/inigo-villanueva-83b2» · «+34 611 222 333»
Date of birth | «1989-04-03»
Religion | «Jewish»
Pronouns | «he/him»
Profile
Data engineer, 9 years: Spark, Airflow, dbt, Snowflake, Python, Kafka. «Hillel» society mentor.
Experience
2015 - 2024  Data Engineer, Cantábrico Data. Spark, Airflow, dbt, Snowflake, Kafka.
«n:Iñigo Villanueva» · CV · page 2 of 2
""",
        ("Spark", "Airflow", "dbt", "Snowflake", "Python", "Kafka"),
    ),
    # 11. Two columns interleaved: a label on the left, its value on the next line, work on the right.
    (
        """«n:Oksana Havrylenko»
Data Analyst
Personal                      Experience
Date of birth                 2019 - 2024  Data Analyst, Vltava Insights
«14/02/1991»                    SQL, Tableau, Python, A/B testing, dashboards.
Nationality                   2016 - 2019  Junior Analyst, Dnipro Retail
«Ukrainian»                     Excel, SQL, forecasting, stakeholder reporting.
Marital status                Education
«Divorced»                      MSc Statistics, Kyiv University, 2014 - 2016
Religion                      Skills
«Orthodox»                      SQL, Tableau, Python, Excel, forecasting
«oksana.h@example.cz»         «+420 601 234 567»
""",
        ("SQL", "Tableau", "Python", "forecasting", "dashboards", "Excel"),
    ),
    # 12. Gender and faith in volunteering and groups; a Scottish name with Mac; an age in words.
    (
        """«Ms» «n:Eilidh MacLeod»
Secondary Maths Teacher
«eilidh.macleod@example.scot» · «07700 900 277»
Profile
Maths teacher, 10 years: Higher and Advanced Higher maths, curriculum design, GTCS registered.
«I'm thirty-four» and have taught in three schools. «Kirk elder»; «Women's Institute» treasurer;
«Brownie leader»; hosts an «iftar» for colleagues each year.
Experience
2014 - 2024  Maths Teacher, Glenbrae Academy. Higher maths, curriculum design, pastoral care.
""",
        ("maths", "curriculum", "GTCS", "pastoral", "teacher", "Higher"),
    ),
    # 13. Disability and health said in ways the word lists do not hold; an "Indefinite leave" status.
    (
        """«n:Kwabena Asante-Boateng»
Warehouse Supervisor
«kwabena.ab@example.co.uk» · «07911 234 876» · «Unit 5, 2 Harbour View Road», «Hull HU1 2AB»
Profile
Warehouse supervisor, 9 years: WMS, forklift (counterbalance), stock control, team of 15, KPIs.
«I have a mobility impairment» and «hearing loss» in my left ear; «cochlear implant» since 2019.
«Indefinite leave to remain»; «pre-settled status» before that.
Experience
2015 - 2024  Warehouse Supervisor, Humber Freight. WMS, forklift, stock control, rotas.
""",
        ("WMS", "forklift", "stock", "warehouse", "supervisor", "rotas"),
    ),
    # 14. Polish prose: birth date said in words, Polish titles and referees, a photo placeholder.
    (
        """«Zdjęcie»
«Pan» «n:Bartłomiej Szczepański»
Programista Java
«bartek.szczepanski@example.pl» · «+48 512 987 654»
«Urodzony 5 maja 1991 r.» w «Gdańsku» · «żonaty, dwoje dzieci» · Obywatelstwo: «polskie»
Profil
Programista Java, 8 lat: Spring Boot, Hibernate, Kafka, PostgreSQL, mikroserwisy.
Doświadczenie
2016 - 2024  Programista Java, Bałtyk Soft. Spring Boot, Kafka, PostgreSQL, Docker.
Referencje
«n:Krzysztof Malinowski», kierownik zespołu, Bałtyk Soft
""",
        ("Java", "Spring", "Hibernate", "Kafka", "PostgreSQL", "Docker"),
    ),
    # 15. A header of name, title and town with bullets; a photo placeholder; Italian title in an English CV.
    (
        """«[insert photo]»
«n:Giorgio De Santis» • Mechanical Engineer • «Bologna»
«Sig.» «n:De Santis» · «giorgio.desantis@example.it» · «Viale dei Mille 5», «40121 Bologna»
«Celibe» · «born in Modena» · «Italian national»
Profile
Mechanical engineer, 10 years in packaging machinery: SolidWorks, FEA, GD&T, FMEA, PLC basics.
Experience
2014 - 2024  Design Engineer, Emilia Packaging. SolidWorks, FEA, FMEA, tolerance analysis.
""",
        ("SolidWorks", "FEA", "FMEA", "mechanical", "packaging", "tolerance"),
    ),
    # 16. Dutch referees heading, a "de la" name, age with "jaar", nationality in prose.
    (
        """«n:Ana de la Fuente»
Verpleegkundige
«ana.delafuente@example.nl» · «06-98765432»
«34 jaar» · «Spaanse nationaliteit» · «getrouwd, twee kinderen»
Profiel
Verpleegkundige met 10 jaar ervaring op de spoedeisende hulp: triage, wondzorg, medicatie.
Werkervaring
2014 - 2024  Verpleegkundige SEH, Maasstad Ziekenhuis. Triage, wondzorg, medicatie.
Referenties
«n:Marloes Verhoeven», teamleider SEH, Maasstad Ziekenhuis
""",
        ("Verpleegkundige", "triage", "wondzorg", "medicatie", "ziekenhuis", "ervaring"),
    ),
    # 17. Probed after the first fixes: a name in capitals with particles, a US numbered street, a birth
    # told in English prose, a nationality made a noun, a grandparent, recovery disclosed.
    (
        """«n:AUGUSTIN DE LA TOUR-MAREUIL»
Operations Manager
«augustin.delatour@example.com» · «Apt 7C», «218 E 81st St», «New York, NY 10028»
Profile
Operations manager, 12 years in food distribution: S&OP, Lean, WMS, KPI dashboards, vendor negotiation.
«Born on the 3rd of April, 1979 in Nantes». «A proud Frenchman» and «proud grandad of two».
«I am in recovery from alcoholism» and mentor others through it.
Experience
2012 - 2024  Operations Manager, Hudson Foods. S&OP, Lean, WMS, vendor negotiation.
""",
        ("operations", "Lean", "WMS", "negotiation", "distribution", "dashboards"),
    ),
    # 18. A nickname in single quotes, a faith organisation as volunteering, a dad-to-be, a birth town after
    # a labelled date.
    (
        """«n:Siddharth» «'Sid'» «n:Raghunathan»
Backend Engineer
«sid.raghunathan@example.com» · «+44 7700 900 515»
Born: «12 May 1990, Chennai»
Profile
Backend engineer, 8 years: Go, gRPC, PostgreSQL, Kubernetes, on-call. «Sid» rebuilt the billing API.
«Father-to-be» this spring; «Salvation Army» volunteer at weekends.
Experience
2016 - 2024  Backend Engineer, Thames Payments. Go, gRPC, PostgreSQL, Kubernetes.
""",
        ("Go", "gRPC", "PostgreSQL", "Kubernetes", "billing", "backend"),
    ),
)
