"""Selecting on a protected attribute in languages other than English: "nur Männer", "tylko kobiety".

German, French, Spanish, Polish, Dutch, Italian and Portuguese, and the commonest forms in Swedish,
Norwegian, Danish, Finnish, Czech and Turkish ("endast män", "kun kvinner", "vain miehiä", "pouze muži", "max
30 år", "bayan personel").

Runs on text already folded by `protected.normalise` (lower case, no accents: "männer" is "manner", "años"
"anos", "ß" "ss", "ł" "l"). The same line as in English: a selection needs a selecting word ("nur",
"uniquement", "solo", "tylko", "bevorzugt", "exigée", "debe ser", "buscamos", "keine", "mile widziani") or is
a selection by itself (an age limit, "Muttersprachler", "jeunes diplômés", "sin hijos"); the inclusive
markers "(m/w/d)", "(H/F)" and "Bewerber*innen" name no attribute and pass. Pure: no Django.
"""

from __future__ import annotations

import re

_GENDER = (
    r"manner|frauen|mannlich\w*|weiblich\w*|herren|damen|bewerberinnen|kandidatinnen"
    r"|hommes?|femmes?|masculin\w*|feminin\w*|garcons|filles"
    r"|hombres?|mujer(?:es)?|varon(?:es)?|chic[ao]s?"
    r"|mezczyzn\w*|kobiet\w*|dziewczyn\w*|chlopak\w*|chlopc\w*|panie|panow(?:ie)?|pania?"
    r"|mannen|vrouwen|vrouw|heren|meisjes?|jongens?"  # Dutch
    r"|uomo|uomini|donna|donne|ragazz[aie]|signorin[ae]"  # Italian
    r"|homens?|mulher(?:es)?|mocas?|rapariga|rapaz(?:es)?"  # Portuguese
    # Nordic; NFKD leaves "æ" whole, and Swedish "män" would fold to "man" ("one" as well): `normalise`
    # spells it "maen" first, as German spells "ä".
    r"|kvinn(?:or|er|a)|kvinder|kvinde|kvinnlig\w*|kvindelig\w*|manlig\w*|mandlig\w*|m(?:ae|\u00e6)nd|menn"
    r"|maen(?:nen)?"
    r"|mieh(?:et|ia|ille|en)|miesten|naiset|naisia|naisille|naisten"  # Finnish
    r"|muzi|muzu|zeny"  # Czech and Slovak
    r"|erkek|bayan|kadin|kiz"  # Turkish
)
_FAITH = (
    r"christ(?:en|innen|lich\w*)|katholi(?:k\w*|sch\w*)|evangelisch\w*|muslim(?:e|in|innen)?|judisch\w*"
    r"|chretien\w*|catholiques?|musulman\w*|juifs?|juives?|cristian[oa]s?|catolic[oa]s?|judi[oa]s?"
    r"|katoli\w*|chrzescijan\w*|wierzac\w*|cattolic[io]|cristian[ie]|musulman[ie]|ebre[io]"
)
_FAMILY = (
    r"verheiratet\w*|ledig\w*|kinderlos\w*|ohne kinder|mariee?s?|celibataires?|sans enfants?"
    r"|casad[oa]s?|solter[oa]s?|sin hijos|schwanger\w*|enceintes?|embarazadas?"
    r"|bez dzieci|bezdzietn\w*|stanu wolnego|zonat\w*|zamezn\w*|w ciazy"
    r"|ongehuwd\w*|getrouwd\w*|zwanger\w*|nubil[ei]|celib[ei]|sposat[aoie]|incinta|solteir[oa]s?|gravidas?"
)
_ORIGIN = (
    r"deutsche[nr]?(?! (?:sprach|kenntnis))|staatsangehorigkeit|staatsburger\w*|einheimische\w*"
    r"|nationalite \w+|citoyens? \w+|ressortissants? \w+|nacionalidad \w+|ciudadan[oa]s? \w+"
    r"|auslander\w*|etrangers?|immigres|extranjer[oa]s|inmigrantes"
    # People named with a nationality: "candidats français", "personas españolas", "deutsche Bewerber".
    r"|(?:candidat\w*|personnes?|profils?|personas|perfiles|kandydac\w*|osoby) (?:francais\w*|allemand\w*"
    r"|espagnol\w*|polonais\w*|italien\w*|anglais\w*|britanniques?|europeen\w*|espanol\w*|aleman\w*"
    r"|frances\w*|ingles\w*|europe[oa]s|polsk\w*|niemieck\w*)"
    r"|obywatelstw\w* \w+|narodowosc\w* \w+|polacy|polak(?:ow|ami)?|cudzoziemc\w*|obcokrajowc\w*"
    # People named by a nationality in the plural: "solo españoles", "alleen Nederlanders".
    r"|espanoles|italian[io]s?|brasileir[oa]s|portugues(?:es|as)|franceses|alemanes|ingleses|britanicos"
    r"|europe[oi]s|europei|europeus|nederlanders|duitsers|belgen|tedeschi|francesi|inglesi|polacchi"
    r"|stranieri|estrangeiros|buitenlanders|allochtonen|nationaliteit(?: \w+)?|nazionalita \w+"
    r"|nacionalidade \w+|cittadinanza \w+|cidadania \w+"
)
_AGE_WORDS = (
    r"jung(?:e|en|er|es)?|jeunes?|joven(?:es)?|mlod(?:y|a|e|ej|ego|ych|zi|ym)|jong(?:e|eren)?|giovan[ie]"
    r"|jovens?"
)
# Disability named of the people shut out: "pas de personnes handicapées", "niepełnosprawni nie będą".
_BODY = (
    r"handicape\w*|behindert\w*|discapacitad\w*|minusvalid\w*|disabil[ie]|niepelnosprawn\w*|gehandicapt\w*"
)
_ORIENTATION = (
    r"heterosexuel\w*|heteroseksu\w*|eterosessual\w*|hetero|homosexuel\w*|homoseksu\w*|omosessual\w*"
    r"|schwul\w*|lesbi\w*"
)
_TRAIT = rf"(?:{_GENDER}|{_FAITH}|{_FAMILY}|{_ORIGIN}|{_AGE_WORDS}|{_BODY}|{_ORIENTATION})"
_ONLY = (
    r"nur|ausschliesslich|lediglich|uniquement|seulement|exclusivement|que des|reserve(?:e|s|es)? aux?"
    r"|solo|solamente|unicamente|exclusivamente|tylko|wylacznie|jedynie|alleen|uitsluitend|enkel|slechts"
    r"|soltanto|esclusivamente|apenas|somente|endast|enbart|bara|kun|sadece|yalnizca|vain|ainoastaan"
    r"|pelkastaan|pouze|jen|vyhradne|vylucne"
)
_WANTED = (
    r"bevorzugt|gesucht|erwunscht|erforderlich|vorausgesetzt|uniquement|seulement|exclusivement"
    r"|de preference|di preferenza|exigee?s?|requise?s?|obligatoire|souhaitee?s?|solamente|unicamente"
    r"|exclusivamente"
    r"|preferiblemente|preferentemente|preferible|requerid[oa]s?|imprescindible|indispensable"
    r"|wymagan[aeiy]|preferowan[aeiy]|mile widzian[aeiy]|gezocht|gevraagd|vereist|verplicht|bij voorkeur"
    r"|gewenst|richiest[aeio]|preferibilmente|cercas[io]|obbligatori[aeo]|obrigatori[ao]s?|exigid[oa]s?"
    r"|preferencialmente|araniyor|aranmaktadir|alinacaktir|tercih (?:edilir|edilecektir|sebebidir)|sokes"
    r"|onskas|foretradesvis|sogest|onskes"
)
# The same words put before the attribute, as Spanish and Polish often do: "Preferentemente varones",
# "Imprescindible ser hombre", "Se valorará ser mujer", "Wymagane obywatelstwo polskie".
_WANTED_FIRST = (
    r"se requiere|requerimos|preferentemente|preferiblemente|de preferencia|de preference|vorzugsweise"
    r"|bevorzugt|se valorara|imprescindible|indispensable|requisito|obligatoire|najlepiej|wymagan[aeiy]"
    r"|preferowan[aeiy]|mile widzian[aeiy]|bij voorkeur|preferibilmente|preferenzialmente|di preferenza"
    r"|preferencialmente|de preferencia"
)
# A post said to be for a group: "Praca dla kobiet", "Trabajo para mujeres".
_FOR = (
    r"(?:praca|oferta|stanowisko|trabajo|empleo|puesto|poste|stelle) (?:tylko |solo |nur )?"
    r"(?:dla|para|pour|fur)"
)
_SEEK = (
    r"se busca|buscamos|se necesita|necesitamos|contratamos|recherchons|cherchons|recrutons|wir suchen"
    r"|poszukujemy|szukamy|zatrudnimy|przyjmiemy|cercasi|cerchiamo|si cerca|ricerchiamo|assumiamo"
    r"|precisa-se(?: de)?|procuramos|contratamos|zoeken|vi soker|vi soger|etsimme|hledame|ariyoruz"
)
# Shutting a group out: "Keine Ausländer", "Pas de femmes enceintes", "No se aceptan extranjeros".
_NONE_OF = (
    r"keine?n?|pas de|pas d'|aucune?s?|no se aceptan?|no aceptamos|abstenerse|nie przyjmujemy|geen|niente"
    r"|nessun[ao]?|non si accettano|nao aceitamos"
)
# Refusing a group said after it: "Niepełnosprawni nie będą brani pod uwagę", "ne seront pas retenues".
_REFUSED = (
    r"nie beda (?:brani|brane)|nicht berucksichtigt|werden nicht|ne seront pas|no seran|non saranno"
    r"|worden niet|nao serao"
)
_ARTICLE = r"(?:(?:des|les|le|la|l'|aux|de|los|las|el|un|une|una|fur|an) ?)?"
# Nordic "år" folds to "ar"; Finnish "vuotta", Czech "let", Turkish "yas" (yaş).
_AGE_UNIT = r"(?:jahren?|ans|anos|lat|roku zycia|anni|jaar|ar|vuotta|vuotias\w*|let|yas\w*)"
_OVER_UNDER = (
    r"unter|bis|hochstens|maximal|max\.?|nicht alter als|junger als|moins de|pas plus de|maximum"
    r"|menor(?:es)? de|menos de|no mayor(?:es)? de|hasta|maximo|ponizej|maksymalnie|nie starsz\w* niz"
    r"|plus de|mas de|mayor(?:es)? de|uber|alter als|powyzej|maximaal|hoogstens|onder|jonger dan"
    r"|niet ouder dan|tot|massimo|non oltre|sotto i|fino a|ate|no maximo|menos de"
    r"|under|hogst|hojst|hoyst|maks|maksimalt|korkeintaan|enintaan|nejvyse|en fazla|en cok"
)
# 16 and 18 are the ages of leaving school and of majority: "menores de 18 años" is a legal floor.
_AGE = r"(?!1[68]\b)\d{2}"
_PEOPLE = r"bewerber\w*|kandydat\w*|candidat\w*|personnes?|personas?|profils?|perfiles?|mitarbeiter\w*"

SELECTION = re.compile(
    rf"\b(?:{_ONLY}) {_ARTICLE}(?:\w+ )?{_TRAIT}\b"
    rf"|\b{_TRAIT} (?:\w+ )?(?:{_WANTED})\b"
    rf"|\b(?:{_WANTED_FIRST}) (?:ser |etre |byc )?{_ARTICLE}(?:\w+ )?{_TRAIT}\b"
    rf"|\b(?:{_SEEK}) (?:\w+ ){{0,2}}?{_TRAIT}\b|\b{_FOR} {_ARTICLE}(?:\w+ )?{_TRAIT}\b"
    rf"|\b(?:{_NONE_OF}) {_ARTICLE}(?:\w+ )?(?:{_TRAIT}|mayores de \d{{2}})\b"
    r"|\b(?:sin hijos|ohne kinder|kinderlos\w*|sans enfants?|bez dzieci|bezdzietn\w*|sin cargas familiares"
    r"|sans charges? de famille|senza figli|senza vincoli familiari|sem filhos|zonder kinderen)\b"
    rf"|\b{_TRAIT} (?:\w+ )?(?:{_REFUSED})\b"
    rf"|\b(?:muss|mussen|sollte|sollten) (?:\w+ ){{0,3}}?{_TRAIT}\b"
    rf"|\b(?:doit|doivent|devra|debe|deben|debera|tiene que) (?:etre|ser) {_ARTICLE}{_TRAIT}\b"
    # Age limits need a unit or a person beside them: "unter 30 Minuten" is a response time.
    rf"|\b(?:{_OVER_UNDER}|do) ?{_AGE} ?{_AGE_UNIT}\b(?! (?:d'|de )?(?:experience|erfahrung|berufserfahrung"
    r"|experienci\w*|doswiadcz\w*|stazu|ervaring|werkervaring|esperienza|experiencia|erfarenhet\w*"
    r"|arbetslivserfarenhet|erfaring\w*|kokemus\w*|tyokokemus\w*|zkusenost\w*|praxe|deneyim\w*|tecrube\w*)"
    # "under 30 år gamla byggnader": a thing's age, told by the noun after "old"; a person's ends there.
    r"|(?= gam(?:mal|la|mel|le) (?!sokande|person|kandidat|medarbetar|ansokar|kollega|och|eller|og)\w))"
    rf"|\b(?:{_PEOPLE}) (?:de )?(?:{_OVER_UNDER}) ?{_AGE}\b"
    # A comparison of age needs no unit: "nicht älter als 40", "niet ouder dan 35", "no mayor de 30".
    rf"|\b(?:nicht|niet|no|non|pas) (?:alter|junger|ouder|jonger|mayor(?:es)?|piu (?:vecchi|anzian)[oaie]"
    rf"|plus agee?s?) (?:als|dan|de|di|que) {_AGE}\b(?= ?(?:$|[,.;:!)]|{_AGE_UNIT}))"
    rf"|\b\d{{2}} ?(?:-|bis|a|y|do) ?\d{{2}} {_AGE_UNIT}\b"
    r"|\b(?:zwischen|entre) \d{2} (?:und|et|y) \d{2}\b"
    rf"|\b\d{{2}} {_AGE_UNIT} (?:alt|maximum|max|maximo|au plus)\b"
    r"|\b(?:alter|edad|wiek|alder|ika|vek|yas(?: siniri| araligi)?) ?:? ?(?:do |ponizej |od |max\.? )?\d{2}\b"
    r"|\b(?:kandydat\w*|osob\w*) w wieku\b"
    # Turkish: a sex put before the staff noun ("Bayan personel", "erkek eleman") says whom to hire.
    r"|\b(?:bay|bayan|erkek|kadin) (?:personel|eleman|calisan|aday|garson|sofor|sekreter|kasiyer|satis)\w*"
    # Military service done, asked in Turkish: only men serve there, so it asks for a man ("askerligini
    # tamamlamis", folded). Elsewhere both sexes serve or veterans are lawfully preferred: English is left.
    r"|\baskerli[kg]\w* (?:\w+ )?(?:tamamla|yap|bitir)\w*|\baskerlikle ilisig\w*"
    r"|\baskerlik (?:durumu|sarti)\b"
    r"|\b(?:alter|age|edad|eta|idade|leeftijd) (?:maxima|minima|maximo|minimo|maximum|massima|maximaal"
    r"|minimum|max)\b"
    r"|\baltersgrenze|\bhochstalter|\blimite d'age|\blimite de edad"
    # Sex stated with its value: "de sexe masculin", "Geschlecht: männlich", "płeć: męska".
    r"|\b(?:sex[eo]|sesso|geslacht|geschlecht|plec|genere|genero):? (?:masculin|feminin|mannlich|weiblich"
    r"|mannelijk|vrouwelijk|maschile|femminile|mesk|zensk)\w*"
    # Sex in brackets after a title: "Camarero (varón)", "Hostess (female)".
    r"|\((?:varon|mujer|hombre|male|female|femme|homme|mann|frau|kobieta|mezczyzna|uomo|donna|homem|mulher"
    r"|vrouw)\)"
    # A person named first, then what for: "Moça para atendimento", "Ragazza per bar".
    r"|^(?:(?:jovem|joven|jeune|giovane|junge) )?(?:mocas?|chicas?|ragazz[ae]|rapaz|chicos?|ragazz[io]|mujer"
    r"|hombre|donna|uomo|femme|homme|frau|mann|mulher|homem|vrouw|meisje|jongen|dziewczyn[ay]|chlopak|senhora"
    r"|senora|signora|pani|pan|panie|panowie) (?:para|pour|per|voor|fur|do|dla)\b"
    # Young and dynamic, as in English: the age is in the pair ("jung und dynamisch").
    rf"|\b(?:{_AGE_WORDS}) (?:und|et|y|i) dyna\w*"
    # The language one was born into, not the level one speaks it at ("auf muttersprachlichem Niveau").
    r"|\bmuttersprachl(?:er|erin|ern|erinnen)\b|\bmuttersprache\b|\blangue maternelle\b|\blengua materna\b"
    r"|\b(?:hablantes?|locutor(?:es)?) nativ[oa]s?\b|\bnativ[oa]s? de (?:ingles|espanol|frances|aleman)\b"
    r"|\b(?:anglais|francais|allemand|espagnol) (?:natif|native)\b|\b(?:ingles|espanol|frances"
    r"|aleman) nativo\b|\bmadrelingua\b|\blingua (?:madre|materna|nativa)\b|\bmoedertaal\w*"
    r"|\bojczyst\w*|\bfalantes? nativ[oa]s?\b|\bidioma nativo\b"
    # A nationality by birth: "Français de naissance"; a date or a place of birth is a form's field.
    r"|\b(?!(?:date|acte|lieu|certificat|data|luogo|fecha|lugar|acta|partida|certidao|datum|plaats|akt"
    r"|miejsce)\b)\w+ (?:de naissance|di nascita|de nacimiento|de nascimento|van geboorte|z urodzenia)\b"
    # Young new graduates: the age is in the phrase ("jeune diplômé", "junge Absolventen").
    r"|\bjeunes? (?:diplome|candidat|talent|profil|ingenieur|homme|femme|actif|cadre)\w*"
    r"|\bjung(?:e|en|er|es)? (?:bewerber|kandidat|absolvent|mitarbeiter|talent|leute|mann|frau|kolleg)\w*"
    r"|\bjoven(?:es)? (?:candidat|profesional|talento|titulad|graduad|egresad)\w*"
)
# Proficiency levels and negations name a level or say the attribute is not asked for.
_NOT_SELECTING = re.compile(
    r"\b(?:auf )?muttersprachliche[nms]? niveau\b|\bniveau (?:de )?langue maternelle\b"
    r"|\bnivel (?:de )?nativo\b"
    r"|\bniveau (?:natif|native)\b|\bjunge[ns]? (?:unternehmen|firma|startup|start-up|marke|branche)\b"
    r"|\blivello (?:di )?madrelingua\b|\b(?:op )?moedertaalniveau\b|\bniveau (?:van )?moedertaal\b"
    r"|\bpoziomie (?:jezyka )?ojczyst\w*|\bnivel (?:de )?(?:lengua materna|nativo)\b"
)
EEO = (
    r"unabhangig|ungeachtet|diskriminier|chancengleich|vielfalt|inklusi|egalite des chances|sans distinction"
    r"|quel(?:le)?s? que soi|independientemente|sin distincion|igualdad de oportunidades|discrimin"
    r"|dyskrymin|bez wzgledu na|niezaleznie od|rownego traktowania|rownych szans|ongeacht|gelijke kansen"
    r"|indipendentemente|pari opportunita|senza distinzione|independentemente|igualdade de oportunidades"
    r"|sem distincao"
)
STRONG = (
    r"\bnur\b|\bausschliesslich\b|\buniquement\b|\bseulement\b|\bsolo\b|\bunicamente\b|\btylko\b"
    r"|\bwylacznie\b|\balleen\b|\buitsluitend\b|\bsoltanto\b|\bapenas\b|\bsomente\b"
)


def selections(sentence: str) -> list[str]:
    """The German, French, Spanish and Polish selection phrases in one normalised sentence."""
    return [m.group(0) for m in SELECTION.finditer(_NOT_SELECTING.sub(" ", sentence))]
