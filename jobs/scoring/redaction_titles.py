"""Feminine job titles and degree words in other languages, with the generic (masculine) form of each.

Grouped by language, because the words that agree with a title differ by language (`redaction_agreement`):
"ibero" holds the Spanish and Portuguese words spelt alike. German titles are tails, so that a compound
("Projektleiterin", "Systemadministratorin") ends in the generic one; nursing has a neutral word of its own.
A word that is also an ordinary noun in one of the languages is left out ("técnica" is a technique, "médica"
names a clinic, Portuguese "secretaria" is a department, Italian "commerciale" is generic).
"""

from __future__ import annotations

_ES = """enfermera:enfermero ingeniera:ingeniero directora:director camarera:camarero abogada:abogado
    desarrolladora:desarrollador jefa:jefe asesora:asesor profesora:profesor coordinadora:coordinador
    administradora:administrador investigadora:investigador titulada:titulado diplomada:diplomado
    doctora:doctor empleada:empleado encargada:encargado cocinera:cocinero dependienta:dependiente
    trabajadora:trabajador psicóloga:psicólogo arquitecta:arquitecto
    traductora:traductor diseñadora:diseñador redactora:redactor tutora:tutor gerenta:gerente
    catedrática:catedrático"""
_PT = """enfermeira:enfermeiro engenheira:engenheiro diretora:diretor professora:professor advogada:advogado
    coordenadora:coordenador pesquisadora:pesquisador doutora:doutor desenvolvedora:desenvolvedor
    secretária:secretário arquiteta:arquiteto empregada:empregado cozinheira:cozinheiro tradutora:tradutor
    mestra:mestre"""
# Spelt alike in Spanish and Portuguese.
_IBERO = """licenciada:licenciado graduada:graduado formada:formado contadora:contador vendedora:vendedor
    consultora:consultor programadora:programador gestora:gestor supervisora:supervisor educadora:educador
    presidenta:presidente"""
# Spelt alike in Spanish, Portuguese and Italian: no article is changed beside them.
_ROMANCE = """maestra:maestro"""
# One form for both sexes, but an adjective after it agrees: "Responsable commerciale", "Analista
# financiera", "Responsabile amministrativa".
_INVARIANT = """responsable:responsable responsabile:responsabile gerente:gerente analista:analista
    consulente:consulente assistente:assistente docente:docente dirigente:dirigente periodista:periodista
    comptable:comptable secr\u00e9taire:secr\u00e9taire gestionnaire:gestionnaire"""
_IT = """architetta:architetto infermiera:infermiere direttrice:direttore commessa:commesso
    cameriera:cameriere ingegnera:ingegnere impiegata:impiegato coordinatrice:coordinatore
    amministratrice:amministratore dottoressa:dottore laureata:laureato diplomata:diplomato
    ricercatrice:ricercatore programmatrice:programmatore sviluppatrice:sviluppatore segretaria:segretario
    avvocata:avvocato avvocatessa:avvocato cuoca:cuoco operaia:operaio psicologa:psicologo addetta:addetto
    educatrice:educatore traduttrice:traduttore redattrice:redattore collaboratrice:collaboratore
    lavoratrice:lavoratore abilitata:abilitato"""
_FR = """cheffe:chef directrice:directeur infirmière:infirmier vendeuse:vendeur serveuse:serveur
    conseillère:conseiller développeuse:développeur ingénieure:ingénieur chargée:chargé
    coordinatrice:coordinateur animatrice:animateur rédactrice:rédacteur formatrice:formateur
    administratrice:administrateur consultante:consultant assistante:assistant avocate:avocat
    présidente:président étudiante:étudiant technicienne:technicien informaticienne:informaticien
    pharmacienne:pharmacien acheteuse:acheteur chercheuse:chercheur coiffeuse:coiffeur employée:employé
    diplômée:diplômé salariée:salarié adjointe:adjoint gérante:gérant puéricultrice:puériculteur
    conductrice:conducteur réalisatrice:réalisateur traductrice:traducteur ouvrière:ouvrier
    cuisinière:cuisinier caissière:caissier doctorante:doctorant enseignante:enseignant
    professeure:professeur autrice:auteur docteure:docteur experte:expert associée:associé
    fondatrice:fondateur cofondatrice:cofondateur"""
_PL = """księgowa:księgowy programistka:programista kierowniczka:kierownik projektantka:projektant
    analityczka:analityk specjalistka:specjalista nauczycielka:nauczyciel pielęgniarka:pielęgniarz
    lekarka:lekarz inżynierka:inżynier dyrektorka:dyrektor asystentka:asystent sekretarka:sekretarz
    konsultantka:konsultant testerka:tester menedżerka:menedżer kucharka:kucharz architektka:architekt
    sprzedawczyni:sprzedawca kasjerka:kasjer doradczyni:doradca koordynatorka:koordynator
    właścicielka:właściciel przedstawicielka:przedstawiciel tłumaczka:tłumacz recepcjonistka:recepcjonista
    fizjoterapeutka:fizjoterapeuta opiekunka:opiekun wychowawczyni:wychowawca absolwentka:absolwent"""
_NL = """lerares:leraar medewerkster:medewerker verkoopster:verkoper schoonmaakster:schoonmaker
    secretaresse:secretaris onderwijzeres:onderwijzer adviseuse:adviseur kapster:kapper
    verpleegster:verpleegkundige vroedvrouw:verloskundige studente:student"""
# German: the feminine tail of a title, and the generic tail (a compound keeps its first part).
_DE = """leiterin:leiter entwicklerin:entwickler ingenieurin:ingenieur beraterin:berater managerin:manager
    lehrerin:lehrer erzieherin:erzieher mitarbeiterin:mitarbeiter bearbeiterin:bearbeiter
    administratorin:administrator koordinatorin:koordinator direktorin:direktor redakteurin:redakteur
    analystin:analyst architektin:architekt assistentin:assistent praktikantin:praktikant
    referentin:referent studentin:student doktorandin:doktorand dozentin:dozent expertin:experte
    verkäuferin:verkäufer pflegerin:pfleger ärztin:arzt köchin:koch buchhalterin:buchhalter
    programmiererin:programmierer designerin:designer juristin:jurist informatikerin:informatiker
    technikerin:techniker elektrikerin:elektriker mechanikerin:mechaniker physikerin:physiker
    chemikerin:chemiker biologin:biologe psychologin:psychologe pädagogin:pädagoge therapeutin:therapeut
    vertreterin:vertreter inhaberin:inhaber gründerin:gründer trainerin:trainer übersetzerin:übersetzer
    dolmetscherin:dolmetscher sekretärin:sekretär kauffrau:kaufmann fachfrau:fachmann prüferin:prüfer
    controllerin:controller planerin:planer betreuerin:betreuer kassiererin:kassierer friseurin:friseur
    beamtin:beamter meisterin:meister spezialistin:spezialist vorarbeiterin:vorarbeiter
    sprecherin:sprecher autorin:autor ökonomin:ökonom wissenschaftlerin:wissenschaftler
    forscherin:forscher apothekerin:apotheker journalistin:journalist"""


def _pairs(spec: str) -> dict[str, str]:
    return dict(pair.split(":") for pair in spec.split())


TITLES_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "es": _pairs(_ES),
    "pt": _pairs(_PT),
    "ibero": _pairs(_IBERO),
    "romance": _pairs(_ROMANCE),
    "invariant": _pairs(_INVARIANT),
    "it": _pairs(_IT),
    "fr": _pairs(_FR),
    "pl": _pairs(_PL),
    "nl": _pairs(_NL),
}
GERMAN_TAILS = _pairs(_DE)
# Every feminine title of another language (German tails alone too) with its generic form.
FEMININE_TITLES = {
    word: generic
    for titles in (*TITLES_BY_LANGUAGE.values(), GERMAN_TAILS)
    for word, generic in titles.items()
}
LANGUAGE_OF = {word: language for language, titles in TITLES_BY_LANGUAGE.items() for word in titles}
