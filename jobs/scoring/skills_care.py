"""The skills vocabulary of nursing outside the acute hospital, in the format of `skills_table.TABLE` (#9).

Home health, hospice and long-term care postings ask for care where the patient lives (a home visit, a
skilled nursing facility, assisted living) and the plan of care it is documented against (OASIS in US home
health). A recruiter hiring such a nurse reads "SNF, ALF and hospice" as the work, though no line says
"home health". No alias is an ordinary word alone: "home", "visits" and "care" are anyone's, so each is
listed only inside a phrase of the trade, and the short names (SNF, ALF, LTC, OASIS) only as written in
capitals. Procedures and patient teaching are left to the criterion's words: named as skills they turned a
hospital nursing criterion ("medication administration, patient and family education") from its words to
two skills, and misordered hospital nurses.
"""

# No leading newline: the table joins a line that starts with blanks to the one above.
CARE = """\
Home health and long-term care | home health, home healthcare, home health care, home care nursing,
    home visits, home visit, home-based care, in-home care, visiting nurse, hospice, hospice care,
    long-term care, long term care, =LTC, post-acute care, post-acute, skilled nursing facility,
    skilled nursing facilities, =SNF, nursing home, nursing homes, assisted living, =ALF,
    extended care facility, community nursing, district nursing, district nurse | |
Nursing care planning | nursing care plans, nursing care plan, plan of care, plans of care, =OASIS,
    nursing assessments, nursing assessment, head-to-toe assessments | |
"""
