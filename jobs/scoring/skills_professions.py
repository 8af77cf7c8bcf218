"""The skills vocabulary of hands-on professions, in the format of `skills_table.TABLE` (issue #9).

Electricians, chefs, pharmacists, physiotherapists and warehouse floors: the occupations (as `job` entries, so
only a role titled with one dates years in it, and a chef's colleague's "worked with the head chef" is not
the chef's work), the work that shows the trade, and its tickets, written as a recruiter hiring for them
would. No alias is an ordinary word alone: "chef" is also a configuration tool a DevOps criterion may name,
"prescriptions" are what an online pharmacy's developers build for, "containment" is a security incident's
step, so each is listed only inside a phrase of the trade.
"""

# No leading newline: the table joins a line that starts with blanks to the one above.
PROFESSIONS = """\
Electrician | electrician, approved electrician, journeyman electrician, master electrician,
    maintenance electrician, electrical improver, domestic installer | | job
Electrical installation | electrical installation, electrical installations, wiring, rewire, rewires,
    rewiring, first fix, second fix, consumer unit, consumer units, distribution board, distribution boards,
    cable containment, cable tray, three-phase, three phase, lighting circuits, ev charger installations | |
Electrical testing | inspection and testing, testing and inspection, eicr, eicrs, periodic inspection,
    periodic inspections, 18th edition, 17th edition, bs 7671, wiring regulations, insulation resistance,
    pat testing, electrical installation certificate | |
ECS card | ecs gold card, ecs card, ecs cards, ecs blue card, jib gold card, jib card | |
Chef (kitchen) | head chef, sous chef, junior sous chef, senior sous chef, executive chef, chef de cuisine,
    chef de partie, demi chef de partie, commis chef, pastry chef, second chef, senior chef, junior chef,
    trainee chef, apprentice chef, relief chef, breakfast chef, grill chef, banqueting chef, private chef,
    development chef, group chef, restaurant chef, chef manager, chef patron, kitchen manager, head cook,
    line cook, prep cook, cook | | job
Cookery | cookery, professional cookery, cooking, culinary, culinary arts, cuisine, mise en place,
    a la carte, fine dining, grill section, larder, sauce section, pastry section, fresh pasta, butchery,
    banqueting, menu development, seasonal menus, daily specials | |
Food safety | food safety, food hygiene, haccp, allergen management, allergen matrix, food safety management,
    food handling, servsafe | |
Pharmacist | pharmacist, pharmacy manager, pharmd | | job
Dispensing | dispensing, clinical checks, clinical check, clinical checking, accuracy checks,
    accuracy checking, controlled drugs, medicines reconciliation | |
Physiotherapy | physiotherapist, physiotherapy, physical therapist, physical therapy, physio, fisioterapeuta,
    fisioterapia | | job
Musculoskeletal care | musculoskeletal, msk, sports injuries, back pain, neck pain, post-operative rehab,
    post-operative rehabilitation, post-op rehab, orthopaedic outpatients, orthopedic outpatients | |
Manual therapy | manual therapy, exercise prescription, acupuncture, dry needling, joint mobilisation,
    joint mobilization, soft tissue, sports massage | |
Health and safety | health and safety, osha, iosh, nebosh, risk assessment, risk assessments,
    method statement, method statements, =RAMS, safe isolation, coshh, manual handling, fire marshal | |
Warehouse management system | warehouse management system, warehouse management systems, wms,
    manhattan wms, manhattan scale, manhattan associates, blue yonder, jda wms, sap ewm, sap wm, highjump,
    red prairie, redprairie | Operations management |
Materials handling equipment | forklift, forklift licence, forklift license, counterbalance, reach truck,
    mhe, powered industrial truck, powered industrial trucks, rtitb | |
Driving licence | driving licence, driving license, driver's license, driver's licence, drivers license,
    drivers licence, driver license, driver licence, full uk licence, full clean licence, clean licence,
    category b licence, cat b licence, =CDL, commercial driver's license, commercial drivers license,
    hgv licence, lgv licence, class 1 licence, class 2 licence, c1 licence, permis b, permis de conduire,
    führerschein, fuhrerschein, carnet de conducir, patente b | | edu
"""
