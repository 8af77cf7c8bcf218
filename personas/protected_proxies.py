"""Selecting by a stand-in for a protected attribute: "ideally in your twenties", "no hijabs", "accent-free".

These name no attribute, yet each picks candidates by one: an age bracket by decade, a graduation or birth
year, years since school; religious dress and hair, looks, a background or a name that tells faith, race or
origin; worship, church membership, a practice or diet refused for faith; an accent or a birthplace for
national origin; a clean bill of health, fitness asked alone or medication for disability; plans for a
family for sex and family status; two marital words or a kind of couple for marital status. Left alone on
purpose, as lawful in many places or tied to the work: "recent graduate" roles, "max 5 years since
graduation" (a graduate of any age meets it), a physical task ("can lift 25 kg", "physically fit and able
to lift 25 kg", "fit to drive"), "clean-shaven" for a respirator's fit and beards near food (a beard net is
the answer there, but the rule is not the attribute). Runs on text already folded by `protected.normalise`
(lower case, no accents, numbers written out turned into digits). Pure: no Django.
"""

from __future__ import annotations

import re

from personas.protected_groups import DEMONYMS

_DECADE = r"(?:twenties|thirties|forties|fifties|[2-5]0s|20's|30's)"
_AGE_BRACKET = (
    # "ideally in your twenties", "must be in their 30s", "early thirties preferred"; "students in their
    # twenties" describes the people served, not the hire.
    rf"\bin your (?:early|mid|late)?[ -]?{_DECADE}\b"
    rf"|\b(?:be|are|is|ideally|preferably|candidates?|applicants?|someone|hires?) in (?:their|his|her|the)"
    rf" (?:early|mid|late)?[ -]?{_DECADE}\b"
    rf"|\b(?:early|mid|late)[ -]{_DECADE} (?:preferred|only|wanted|required|candidates?|applicants?)\b"
    # A birth decade, and people named for their decade of age: "born in the 90s", "twenty-somethings".
    r"|\bborn (?:in|during|after|before|since) the (?:19|20)?\d0'?s\b|\b[2-5]0[- ]?somethings?\b"
    # A graduation or birth year fixes a cohort as a number fixes an age: "graduated in 2022 or later"; a
    # class named as alumni ("the class of 2010") is no condition.
    r"|\b(?:graduat(?:ed|ing|ion|es?)(?: year)?|class of|year of (?:birth|graduation)|birth year)"
    r"(?: in| from| after| of)?:?"
    r" (?:19|20)\d\d"
    r"(?: (?:or|and|/) (?:19|20)\d\d)?(?: graduates)? (?:or (?:later|after|newer|since|younger)|onwards"
    r"|and (?:later|after)|only|preferred|required)\b"
    # Years since school count from a fixed age (16 or 18); years since graduation do not, and pass.
    r"|\b(?:max(?:imum)?|at most|up to|no more than|less than|under|within) \d{1,2} years? (?:since|after"
    r"|out of|from) (?:leaving )?(?:high |secondary )?school\b"
    r"|\b(?:left|leaving|finished) (?:high |secondary )?school (?:within|in) the (?:last|past)"
    r" \d{1,2} years\b"
    # An age not yet reached is a ceiling: "not yet turned 30", "before turning 35"; 16 and 18 are floors.
    # "Reach 50 customers" counts things, so the number must end the phrase or be an age or a birthday.
    r"|\b(?:not yet|yet to|not|before|prior to) (?:have )?(?:turn(?:ed|ing)?|reach(?:ed|ing)?|hit(?:ting)?"
    r"|celebrat(?:ed|ing)) (?:the age of |your |their |his |her )?(?!1[68]\b)\d{2}(?:th)?(?: birthday"
    r"| years?(?: old| of age)?)?(?= ?(?:$|[,.;:!)]|(?:yet|and|or|only|please)\b))"
    r"|\b(?:before|by|until|ahead of) (?:your|their|his|her|the) (?!1[68]\b)\d{2}(?:th|st|nd|rd) birthday\b"
    # Years of work left before retiring: "at least 20 working years ahead of them", "far from retirement".
    r"|\b\d{1,2}\+? (?:more )?(?:working |career |active )?years?(?: of (?:work|working life|career))?"
    r" (?:ahead of (?:you|them|him|her)|left before|remaining before|before (?:retirement|retiring"
    r"|you retire)|until (?:retirement|you retire))\b"
    r"|\b(?:far from|not (?:close to|near|nearing|approaching)) (?:the )?retirement(?: age)?\b"
)
_LOOKS = (
    rf"caucasian|european|asian|african|western|white|black|fair|light|nordic|scandinavian|mediterranean"
    rf"|anglo|{DEMONYMS}"
)
_DRESS = (
    # Religious dress and hair said to be unwelcome: faith, and for hair, ethnicity.
    r"\b(?:no|(?:not|never) (?:to )?wear(?:ing)?|without) (?:an? |any )?"
    r"(?:hijabs?|headscarf|headscarves|head ?coverings?|turbans?|kippahs?|yarmulkes?|niqabs?|burqas?"
    r"|religious (?:dress|symbols?|clothing)|dreadlocks|dreads|locs|afros?|braids|cornrows)\b"
    r"|\b(?:keine?n?|geen|pas de|sans|sin|bez|niente|sem) (?:\w+ )?(?:kopftuch\w*|hoofddoek\w*|voiles?|velos?"
    r"|foulards?|chust\w*|hijab\w*)"
    # Looks that tell race: "Caucasian features", "a European complexion".
    rf"|\b(?:{_LOOKS}) (?:features|looks|complexion|skin tone|appearance|look(?! and feel))\b"
    rf"|\b(?:{_LOOKS}) in (?:appearance|looks)\b|\b(?:no|not for) (?:the )?(?:under|over)[- ]\d\ds\b"
    rf"|\b(?:must|should|to) look (?:more |typically |very )?(?:{_LOOKS})\b"
    # A background or a name that tells race or origin: "white, middle-class background", "no foreign-sounding
    # names", "a typically English name".
    r"|\b(?:(?:from|of|with) an? (?:white|black|asian|caucasian|anglo|western)|(?:white|black|asian|caucasian"
    r"|anglo|western),? (?:middle|working|upper)[- ]class) (?:background|family|upbringing)\b"
    r"|\b[\w-]+-sounding (?:first |last )?(?:names?|surnames?)\b"
    rf"|\b(?:typically|traditional(?:ly)?|proper|real|native) (?:{DEMONYMS}|western|christian)"
    r" (?:first |last )?(?:names?|surnames?)\b"
    r"|\b(?:ethnic|afro|natural) hair(?:styles?)? (?:not (?:permitted|allowed|accepted)|prohibited)\b"
)
_ORIGIN = (
    r"\b(?:no|not have an?|without an?|free of|free from) (?:foreign |strong |regional |heavy )?accents?\b"
    rf"|\b(?:have|with|requires?|speak with) an? (?:{DEMONYMS}|native|local|neutral|regional|standard)"
    r" accent\b"
    r"|\baccent[- ]free\b|\bnative[- ]born\b|\blocally[- ]born\b"
    r"|\b\w+-born (?:candidates?|applicants?|people|staff|only|citizens?)\b"
)
_FAITH = (
    # Practising a faith, asked of the hire: "must attend church", "share our Christian faith".
    r"\b(?:must|should|required to|expected to|will) (?:\w+ )?(?:attend|go to) (?:church|mosque|synagogue"
    r"|temple|mass|gurdwara|religious services|worship)\b"
    r"|\b(?:share|hold|profess|practi[sc]e|embrace|uphold|live out|live by) (?:our|the|a|an|their) (?:\w+ )?"
    r"(?:faith|religion|religious beliefs?)\b"
    r"|\b(?:belong to|follower of|adhere to|adherent of) (?:the |a |an )?(?:\w+ )?(?:faith|religion|church"
    r"|denomination)\b"
    r"|\bmember of (?:the |a |an )?(?:\w+ )?(?:church|mosque|synagogue|parish|congregation|faith community)\b"
    r"|\b(?:reference|letter) from (?:your|a|an) (?:parish )?(?:priest|pastor|imam|rabbi|vicar|minister)\b"
    r"|\bfrom an? (?:good |devout |practi[sc]ing )?(?:christian|muslim|jewish|hindu|sikh|catholic|protestant)"
    r" (?:family|home|background|upbringing)\b"
    # A practice or a diet of a faith refused: "must not observe Ramadan", "no halal or kosher requirements".
    r"|\b(?:not|never) (?:to )?(?:observe|celebrate|fast|pray)(?:ing)?(?:(?= ?(?:$|[,.;)]))| (?:during|at|on"
    r"|in|while) (?:work|working|the working|shifts?|site|the office|premises|hours|the workplace)\b"
    r"| (?:the |any )?(?:ramadan|sabbath|shabbat|eid|diwali|lent|passover|yom kippur|religious \w+|holy days"
    r"|friday prayers?)\b)"
    r"|\b(?:no|without) (?:any )?(?:halal|kosher|religious)(?: (?:or|and|/) (?:halal|kosher|religious"
    r"|vegetarian|vegan))? (?:diet\w*|food|meals?|requirements|needs)\b"
    r"|\b(?:no|without) (?:any )?(?:dietary|religious) (?:restrictions|requirements)\b"
    # Worship by name, a faith's values or belief in its God, asked of the hire: "attend Sunday service",
    # "share our Christian values", "belief in Jesus Christ required". Supporting a school's Christian ethos
    # is asked of staff of any faith, and passes.
    r"|\b(?:must|should|required to|expected to|will) (?:\w+ )?(?:attend|go to) (?:the )?(?:sunday|friday"
    r"|sabbath|shabbat|weekly|daily|morning|regular) (?:services?|mass|worship|prayers?|meetings?)\b"
    r"|\b(?:share|hold|profess|embrace|live out|live by|exemplify|commit(?:ted|ment)? to|align(?:ed)? with"
    r"|adhere to|subscribe to) (?:our |the |their )?(?:strong |deeply held |core )?(?:christian|catholic"
    r"|islamic|muslim|jewish|judeo-christian|biblical|hindu|sikh|evangelical|protestant|gospel|godly"
    r"|religious) (?:values|ethos|beliefs?|worldview|convictions|principles|identity|faith|morals)\b"
    r"|\b(?:(?:must|should|to) (?:\w+ )?believe in|belief in|faith in|personal relationship with)"
    r" (?:(?:the|our) )?(?:lord )?(?:jesus(?: christ)?|christ|god|allah|the bible|the gospel|the qur'?an"
    r"|the koran|the torah|the scriptures?)\b"
    r"|\bno (?:prayer breaks?|religious holidays?)\b"
)
# Conditions a disability law covers, said to be absent: "must not have epilepsy", "no history of depression".
_NAMED = (
    r"epilepsy|diabetes|asthma|depression|anxiety|adhd|autism|dyslexia|hiv|cancer|(?:mental )?illness(?:es)?"
)
# Generic words need the negated verb: "no conditions attached" is a contract.
_CONDITION = rf"{_NAMED}|diseases?|disorders?|(?:medical |health )?conditions?|disabilit(?:y|ies)"
_FIT = r"(?:physically |medically |fully |very |extremely )?fit"
_HEALTH = (
    # Fitness asked of the person, as "in good health" is; fit for a named task or standard ("fit to drive",
    # "fit for work at heights", "fit and able to lift 25 kg", "fit and proper") is the job's and passes.
    rf"\b(?:must|should|needs? to|required to|has to|have to) be {_FIT}\b"
    r"(?! to\b| for\b| and proper| and able| enough|-)"
    r"|\bphysically fit (?:candidates?|applicants?|people|only|required|essential)\b"
    r"|\bin (?:top|peak|perfect|excellent|good) physical (?:condition|shape)\b"
    r"|\b(?:must|should|may) not (?:be on|take|be taking|use|need|require) (?:any )?(?:[\w-]+ )?"
    r"(?:medications?|antidepressants|insulin|painkillers)\b"
    rf"|\b(?:must not|mustn't|should not|cannot|can't|may not|not) (?:have|suffer from|be diagnosed with|be)"
    rf" (?:any |an? )?(?:history of )?(?:{_CONDITION})\b|\bno (?:history of )?(?:{_NAMED})\b"
    # A disability said of the person: "must not be blind or deaf"; "cannot be blind to risk" is a figure.
    r"|\b(?:must not|mustn't|should not|cannot|can't|may not) be (?:an? )?(?:blind|deaf|mute"
    r"|partially sighted|visually impaired|hearing impaired|hard of hearing|autistic|dyslexic"
    r"|wheelchair[- ]bound|in a wheelchair)\b(?! to\b)"
    r"|\bnot (?:be )?hiv[- ]positive\b|\b(?:must|should) not (?:stammer|stutter)\b"
    r"|\b(?:fully |perfectly )?healthy (?:candidates|applicants|people|staff|individuals|persons) only\b"
    r"|\bonly (?:fully |perfectly )?healthy\b"
    r"|\bsound (?:mind and body|body and mind)\b"
    # The person's health, not a policy's: "in perfect health", but "excellent health insurance" passes.
    r"|\bin (?:perfect|excellent|full|good) (?:(?:physical|mental)(?: and (?:physical|mental))? )?health\b"
    r"|\b(?:perfect|excellent) (?:physical|mental)(?: and (?:physical|mental))? health\b"
    r"|\b(?:no|without|free (?:of|from)) (?:any )?(?:history of )?(?:health|medical|mental health|chronic)"
    r" (?:conditions?|problems?|issues?"
    r"|illness(?:es)?)\b|\bno history of (?:mental )?illness\b|\bclean bill of health\b"
    r"|\bperfect health\b(?! (?:and safety|insurance))"
)
_FAMILY = (
    r"\b(?:no|without) (?:family|childcare|caring|care) (?:commitments|responsibilities|obligations)\b"
    r"|\b(?:(?:are|is|be|am) not|not be) expecting(?= ?(?:$|[,.;)]| (?:a baby|a child|children)))"
    r"|\b(?:not suitable for|unsuitable for|not for|no) (?:someone|anyone|those|people|candidates?"
    r"|applicants?|women) (?:who (?:are |is )?)?(?:planning|plans?|intend\w*|wanting|wants?|expecting)"
    r" (?:to (?:have|start|take) )?(?:a family|children|kids|a baby|a pregnancy|maternity|paternity"
    r"|parental)\b"
    r"|\bfamily planning (?:should|must|needs? to) be (?:complete|completed|finished|done|over)\b"
    r"|\b(?:completed|finished) (?:your |their |her |his )?family planning\b"
    r"|\b(?:postpone|delay|defer|put off) (?:any |a |your |their |her )?(?:pregnancy|pregnancies|having"
    r" (?:children|kids|a baby)|starting a family|a family|maternity leave)\b"
    r"|\b(?:not|never) (?:intend(?:ing)?|plan(?:ning)?|want(?:ing)?|expect(?:ing)?) to (?:start|have)"
    r" (?:a family|children|kids|a baby)\b"
    r"|\b(?:no|not|without|not have|have no) (?:any )?(?:plans?|planning|intention) to (?:start|have)"
    r" (?:a family|children"
    r"|kids)\b"
    r"|\b(?:no|not|without) (?:any )?(?:plans?|planning|intentions?) (?:for|of|to take|to go on) (?:maternity"
    r"|paternity|parental) leave\b|\bnot (?:be )?planning (?:a family|children|kids|a baby|a pregnancy)\b"
    r"|\bnot (?:(?:plan|intend|want)(?:ing)? to |to )?(?:become|get|fall|getting|becoming) pregnant\b"
    r"|\b(?:must|should|required to) (?:use|be on) (?:contraception|birth control|the pill)(?= ?(?:$|[,.;)]))"
    r"|\b(?:must|should) not have an? (?:partner|spouse|husband|wife|boyfriend|girlfriend)(?= ?(?:$|[,.;)]))"
    r"|\b(?:not|never) (?:to )?(?:go on|going on|take|taking) (?:maternity|paternity|parental) leave\b"
)
# "Young and dynamic" is already refused as "young" (protected.py).
_MARITAL = (
    r"single|unattached|ledig|ungebunden|solter[oa]|celibataire|nubile|celibe|ongehuwd|alleenstaand\w*"
    r"|panna|kawaler|solteir[oa]|unmarried|married|verheiratet|casad[oa]|sposat[oa]|getrouwd|zonaty|zamezna"
)
_PARTNERS = (
    # Two marital words of one person: "ledig und ungebunden", "nubile o celibe"; "single and married
    # couples" is a market.
    rf"\b(?:{_MARITAL}) (?:und|and|et|y|e|en|i|oder|or|ou|o|lub|of) (?:{_MARITAL})\b(?! (?:couples|people"
    r"|clients|customers|users|parents|households|persons))"
    # A couple of one kind hired together: "heterosexual couple to manage our B&B".
    r"|\b(?:heterosexual|straight|married|opposite-sex|man and wife|husband and wife) couples? (?:to|wanted"
    r"|needed|required|sought|preferred|only)\b"
    r"|\b(?:married|single|unmarried|divorced) (?:with|and|without|no) (?:kids|children|a family"
    r"|dependants)\b"
)
PROXY = re.compile("|".join((_AGE_BRACKET, _DRESS, _ORIGIN, _FAITH, _HEALTH, _FAMILY, _PARTNERS)))


def selections(sentence: str) -> list[str]:
    """The proxy phrases in one normalised sentence."""
    return [match.group(0) for match in PROXY.finditer(sentence)]
