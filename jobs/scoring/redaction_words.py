"""Word lists for blind-mode redaction: given names, demonyms, faiths and the like. Data only, no logic.

The given names are a compact hand-made list of common first names across cultures (no names database is
loaded: see FIELD-NOTES on names-dataset). A listed name is never redacted on its own: redaction.py needs
context too (a capitalised surname after it, a header line, a "Name:" label), and never removes a word the
skills vocabulary or the persona's criteria use.
"""

from __future__ import annotations

_GIVEN_NAMES_TEXT = """
aarav aaron abby abdirahman abdul abdullah abel abena abigail abraham achieng ada adaeze adam adaora adebayo
adeola adewale adil aditya adnan adrian adriana adriano adrien afolabi agata agnes agnieszka agustin ahmad
ahmed ahmet aida aidan aiko aisha akash akinyi akira akosua akua alain alan alana albert alberto alejandra
alejandro aleksander aleksandra aleksei alessandra alessandro alex alexa alexander alexandra alexandre
alexei alexis alfonso alfred alfredo ali alice alicia alina alison allison alma alvaro amaia amaka amanda
amani amara amelia amelie amina amir amit amitabh amparo amy ana anand ananya anastasia anatoly anders andre
andrea andreas andrei andres andrew andrzej andy angela angelica angelika angelo anika anil anita anja
anjali ankit ann anna annabel anne annette annika anthony antoine anton antonia antonio anupam anya araceli
arjun arkady armando arnaud arthur arturo arun arvind asha ashley ashok ashwin astrid aurelie aurora ava
axel ayesha ayodele babajide baraka barbara bartosz beata beatrice beatriz ben benedict benito benjamin
benoit bernard bernardo bertrand beth bethany bhavna bianca bilal birgit bjorn blessing bogdan bolaji boris
bozena brandon brenda brian bridget britta bruno bryan camila camille camilo candice carina carl carla
carlos carmen carol carolina caroline carsten catalina catherine cecile cecilia celine cesar charles charlie
charlotte chau cheng chetan chiamaka chiara chidi chidinma chika chinedu chinonso chioma chloe chris
christian christina christine christoph christophe christopher cindy claire clara claudia claudio clement
colin connor conor constance consuelo craig cristian cristina cristobal cynthia daisuke daisy damian damien
dan dana daniel daniela daniele danielle danuta dariusz david debbie deborah deepa deepak deepika denis
denise dennis derek diana diane diego dimitri dimitris dina dinesh divya dmitri dmitriy dmitry dolores
dominic dominik dominique donald donna doris dorota douglas dylan ebere edgar eduarda eduardo edward edwin
ekaterina elaine elena eleni eli elias elif elijah elisa elisabeth elise eliza elizabeth ella ellen ellie
elsa elzbieta emeka emil emilia emiliano emilie emily emma emmanuel enrique eric erica erik erika ernesto
esperanza esra esteban estela esther ethan eugenia eva evan evelyn evgeny ewa fabian fabio fabiola fabrice
farah farai farid fatima federico felipe felix femi fernanda fernando filip filipe fiona florian folake
francesca francesco francis francisco franck francois francoise franziska freya friedrich funmilayo gabriel
gabriela gabriele gabrielle galina gareth gary gaurav gauri geeta gemma georg george georgios gerald gerard
gerhard gianluca gilberto gilles gina giovanni girish giulia giuseppe gloria gonzalo gordon grant greg
gregory greta grigory grzegorz guadalupe guillaume guillermo gunther gustavo halina hamid hamza hana hannah
hans harish harold harriet harry haruka haruto hassan heather hector heidi helen helena helga hemant henri
henrik henry hikaru hiroshi hodan horacio hugo hussain hussein ian ibrahim ida idris ifeanyi ifeoma ignacio
igor ikechukwu ilya ines ingrid inmaculada irene irina iris isaac isabel isabella isabelle ishaan ismail
ivan ivana jacek jacinto jack jacob jacqueline jadwiga jakob jakub jamal james jamie jan jana jane janet
janice janina jaroslaw jason javier jaya jean jeanne jeffrey jennifer jenny jens jeremy jerome jerzy jesper
jessica jesus jiang jimena jimmy joan joanna joao joaquin jochen joe joel johan johann johanna john jonas
jonathan jordi jorge jose josef josefina joseph joshua juan juana judith julia julian juliana julie julien
juliette julio jurgen justin kamal kamau kamil kamila karen karim karin karina karl karolina karthik kasia
katarzyna kate katharina katherine kathleen kathryn katie katrin katya kavita kavya kayode kazimierz kazuki
kehinde keiko keith kelechi kelly ken kenji kenneth kenta kerstin kevin khadija khalid kimberly kiran kirill
klaus kofi konstantin krishna kristina krystyna krzysztof ksenia kumar kwabena kwaku kwame kwesi kyle
lakshmi lalit lara larisa latifa laura lauren laurent layla lea leah leandro lech leila lena leo leon
leonardo leonie lerato leszek liam lian lily lina linda lisa lorena lorenzo louis louise lourdes luca lucas
lucia luciana lucy luis luisa lukas lukasz luke lydia lyudmila macarena maciej madeleine madhu magdalena
mahesh mahmoud maja maksim malgorzata malik manish manoj manon manuel manuela marc marcel marcela marcelo
marco marcos marek margaret margarita maria mariam mariana marianne mariano marie marina mario marion marisa
marius mariusz marta martha martin martina marwa mary marzena mateo matias matteo matthew matthias mauricio
maxime maximilian maximiliano maya meena mehmet melanie melissa mercedes mia michael michaela michal michel
michele michelle miguel mihai mika mikhail mikolaj milagros milan milena mina ming miriam miroslaw mohamed
mohammad mohammed mohan mona monica monika mustafa nadia nadine nandini naoki naomi natalia natalie natalya
natasha nathalie nathan naveen neelam neema neha ngozi nicholas nick nicola nicolas nicole niels nikhil
nikita nikola nikolai nina nitin nkechi nnamdi noah noemi nomvula nora nour obinna octavio oksana oleg olena
olga oliver olivia olivier olumide oluwadamilare oluwaseun omar onyeka oscar otieno pablo pallavi pankaj
paola parveen pascal patricia patrick paul paula paulina pavel pavlo pawel pedro peter petra petro philip
philipp philippe pierre pilar piotr pooja poonam pradeep prakash pranav pravin priya priyanka przemyslaw
rachel radha radoslaw rafael rafal rahul raj rajesh rajiv rakesh ramesh ramiro ramon rana rania raphael
raquel rashid raul ravi rebecca reem regina reinaldo rekha renata rene ricardo riccardo richard rita robert
roberta roberto robin rocio rodrigo rogelio rohan rohit roman ronald rosa rosario ruslan ruth ryan ryszard
sabine sabrina sachin sakura salma salvador samantha samir samira samuel sandeep sandra sangeeta sanjay
sanjeev santiago santosh sara sarah sarita sasha satoshi saurabh sean sebastian sebastien segun selin serena
sergei sergey sergio seun seung shalini shankar shanthi sharon sheila shilpa shirin shivani shota shreya
shweta sibusiso siddharth silvia simon simone siobhan sipho slawomir smita socorro sofia sonali sonia sophia
sophie srinivas stanislav stanislaw stefan stefania stefano stephane stephanie stephen steven sudha suman
sunil sunita suresh susan susanne suzanne sven svetlana swati sylvie tadeusz taiwo takeshi tamara tanja
tanvi tanya taras tariq taro tatenda tatiana tendai teodoro teresa thabo thandiwe themba theo theodore
thierry thomas tiago tim timothy tobias tolu tom tomas tomasz tony tsubasa tunde uche ulrich urszula usha
uwe vadim valentin valentina valeria vanessa varun vasyl vera veronica veronika vicente victoria vidya vijay
vikram viktor vinay vincent vincenzo vinod virginie vishal vitaliy vivek vladimir waldemar walter wambui
wanjiru wendy werner wieslaw william wojciech wolfgang xavier ximena yara yaroslav yasmin yasmine yelena
yetunde yogesh yolanda yousef youssef yuki yulia yuri yury yusuf yusuke yuto yvonne zaid zainab zanele zara
zawadi zbigniew zdzislaw zeinab zeynep zoe zofia zoya
"""
GIVEN_NAMES = frozenset(_GIVEN_NAMES_TEXT.split())

# Name parts that are also ordinary English words: matched only when capitalised, never in lower case.
_COMMON_WORD_NAMES_TEXT = """
    rose grace hope faith joy will mark bill frank max may june april august summer dawn sky angel amber
    ruby jade crystal chase hunter mason carter cooper parker miles rich sunny young brown white black green
    king long little small wood hill stone bell rice cook baker fox bird page love snow price hall
    lane gay may rust swift julia django"""
COMMON_WORD_NAMES = frozenset(_COMMON_WORD_NAMES_TEXT.split())

# Words that follow a given name in an institution's name, not in a person's: "Georgia Tech", "Grace Hall".
_NOT_SURNAMES_TEXT = """
    university college school institute academy street road avenue station hospital airport park award
    awards prize scholarship foundation trust fellowship center centre group inc ltd llc bank hall library
    museum memorial medal lecture building campus labs lab studio studios media capital partners ventures
    consulting software systems technologies technology solutions health clinic tech project program
    programme fund house city county state team conference summit hackathon st rd ave blvd ln ct cres sq
    pkwy society association union guild medical general regional community"""
NOT_SURNAMES = frozenset(_NOT_SURNAMES_TEXT.split())

# Title and header words that are name-shaped but are not names ("Senior Engineer", "New York").
_NOT_NAME_WORDS_TEXT = """
    curriculum vitae resume cv lebenslauf engineer developer manager designer scientist analyst consultant
    architect senior junior director specialist intern officer administrator lead head chief full stack
    data web software product teacher nurse accountant recruiter student graduate contact details personal
    information profile summary new san santa los las united kingdom states city north south east west
    ingenieur developpeur desarrollador ingeniero ingeniera entwickler berater technician assistant
    coordinator executive programmer tester owner founder vp cto ceo cfo coo cio cpo svp evp engineering
    operations sales marketing finance research department team board committee the status marital gender
    nationality religion date birth address phone email mobile analista gerente jefe
    jefa directora consultor
    consultora tecnico tecnica desarrolladora programador programadora developpeuse ingenieure chef
    responsable charge chargee conseiller conseillere leiter leiterin entwicklerin beraterin sviluppatore
    sviluppatrice ingegnere responsabile gestor gestora enfermera enfermero infirmier infirmiere"""
NOT_NAME_WORDS = frozenset(_NOT_NAME_WORDS_TEXT.split())

# Name particles: part of a name, never redacted alone.
_PARTICLES_TEXT = (
    "de da das do dos du van von der den ter del della di la le los las bin binti ibn al el ben y e zu"
)
PARTICLES = frozenset(_PARTICLES_TEXT.split())

# Local parts of e-mail addresses that carry no name.
_GENERIC_MAILBOX_TEXT = """
    info contact mail email hello hi me cv resume jobs job work dev admin office pro the real its official
    career careers apply hire"""
GENERIC_MAILBOX = frozenset(_GENERIC_MAILBOX_TEXT.split())

DEMONYMS = """american british english scottish welsh irish canadian australian new_zealander indian
    pakistani bangladeshi sri_lankan nepali chinese japanese korean vietnamese thai filipino indonesian
    malaysian singaporean french german spanish portuguese italian dutch belgian swiss austrian polish czech
    slovak hungarian romanian bulgarian greek turkish russian ukrainian belarusian lithuanian latvian
    estonian finnish swedish norwegian danish icelandic serbian croatian bosnian slovenian albanian
    macedonian moroccan algerian tunisian egyptian libyan nigerian ghanaian kenyan ethiopian somali
    south_african zimbabwean ugandan tanzanian cameroonian senegalese ivorian congolese mexican brazilian
    argentinian argentine colombian venezuelan peruvian chilean ecuadorian bolivian uruguayan paraguayan
    cuban dominican puerto_rican guatemalan honduran salvadoran nicaraguan costa_rican panamanian
    jamaican haitian israeli palestinian lebanese syrian jordanian iraqi iranian saudi emirati qatari
    kuwaiti yemeni omani afghan kazakh uzbek georgian armenian azerbaijani mongolian taiwanese
    francaise frances francesa allemand deutsch deutsche espanol espanola polska marocaine marocain
    italiano italiana americaine americain britannique fran\u00e7aise fran\u00e7ais espa\u00f1ola espa\u00f1ol
    alem\u00e1n alemana allemande italienne polonaise brasileir[oa]s? portuguesa espanhola mexicano
    mexicana colombiano colombiana chileno chilena peruano peruana venezolano venezolana cubano cubana
    ecuatoriano ecuatoriana argentino marroqu\u00ed marroquina nigeriano nigeriana"""

FAITH_WORDS = """catholic catholics catholicism christian christians christianity muslim muslims islam islamic
    jewish jew jews judaism hindu hindus hinduism buddhist buddhists buddhism sikh sikhs sikhism protestant
    protestants evangelical evangelicals baptist baptists methodist methodists lutheran lutherans anglican
    anglicans presbyterian pentecostal mormon mormons lds quaker quakers adventist orthodox_christian
    greek_orthodox russian_orthodox coptic jehovah.?s_witness(?:es)? atheist atheists
    church churches parish parishes diocese dioceses congregation congregations mosque mosques masjid
    synagogue synagogues cathedral chaplaincy chaplain gurdwara mandir bible biblical gospel quran
    koran qur.?an torah talmud ramadan eid eid_al-fitr eid_al-adha diwali hanukkah chanukah passover
    yom_kippur rosh_hashanah easter_vigil sabbath shabbat halal kosher hijab headscarf niqab burqa turban
    kippah yarmulke hajj umrah pilgrimage pastor pastors priest priests imam imams rabbi rabbis deacon
    deacons nun nuns monk monks vicar minister_of_religion missionary missionaries mission_trips?
    sunday_school sunday_services? church_services? bible_study youth_ministry worship_team prayer prayers
    pagodas? dharma_centre dharma_center jesuit jesuits yeshiva madrasa
    latter-day_saints jesus_christ
    madrassa seminary bar_mitzvah bat_mitzvah sunday_mass holy_mass attend(?:s|ing|ed)?_mass
    hillel_society hillel_house hillel_international hillel_foundation kirk_elders? kirk_session
    church_elders? iftars? catechist catechists catechism catequista catequistas catequesis parroquia
    parroquial parrocchia parrocchiale paroisse paroissial paroissiale pfarrei pfarrgemeinde kirchengemeinde
    parafia parafii parafialna parafialnej mezquita moschea moschee meczet synagoga synagoge sinagoga
    salvation_army knights_of_columbus legion_of_mary opus_dei hafiz hafiza hafizah hafidh hafiz-e-quran
    iskcon hare_krishna catholique catholiques cat\u00f3lic[oa]s? catolic[oa]s? cattolic[oa] cattolici
    katholisch\\w* katolsk\\w* katolick\\w* chr\u00e9tien\\w* crist\u00e3o crist\u00e3 musulman[ae]?
    musulm\u00e1n musulmana juive juif jud\u00edo jud\u00eda ebreo ebrea j\u00fcdisch\\w* islamique
    islamisch\\w* isl\u00e1mic[oa] protestante evangelisch\\w* evang\u00e9lic[oa] bouddhiste budista
    buddhista hindou hind\u00fa"""

# Conditions a CV may disclose; "blind" alone is left: "double-blind", "blind mode".
DISABILITY_WORDS = """disabled disability disabilities wheelchair_user wheelchair-bound wheelchair_bound
    uses?_a_wheelchair deaf hard_of_hearing
    hearing_impaired hearing_impairment visually_impaired visual_impairment legally_blind partially_sighted
    autism autistic asperger.?s adhd dyslexia dyslexic dyspraxia dyscalculia neurodivergent
    neurodiverse epilepsy epileptic chronic_illness chronic_pain chronic_fatigue multiple_sclerosis
    cerebral_palsy amputee paraplegic tetraplegic quadriplegic cancer_survivor mental_health_condition
    bipolar anxiety_disorder ptsd long-term_health_condition
    registered_disabled registered_blind hearing_aids? disability_confident type_1_diabetic type_2_diabetic
    stammer blue_badge blue_badge_holder guide_dog_user guide_dog_owner mobility_impairment mobility_impaired
    hearing_loss cochlear_implants?"""

ORIENTATION_WORDS = """gay lesbian lesbians bisexual transgender queer lgbt lgbtq lgbtq\\+ lgbtqia
    lgbtqia\\+ lgbt\\+ pride_network pride_society non-binary nonbinary heterosexual straight_ally"""

ETHNICITY_WORDS = """hispanic latina latino latinx latine african.american afro-caribbean asian.american
    caucasian native_american first_nations aboriginal indigenous_australian bame ethnic_minority
    ethnic_minorities black_engineers black_professionals black_students black_women black_men
    black_british black_african black_caribbean romani traveller_community"""

# Single-sex colleges whose name alone says the candidate's gender.
SINGLE_SEX_COLLEGES = """wellesley smith_college barnard bryn_mawr mount_holyoke spelman scripps
    agnes_scott hollins mills_college simmons_college morehouse hampden-sydney wabash
    st_hilda.?s newnham lucy_cavendish murray_edwards"""

# Gendered job titles and roles with their neutral form; the neutral form keeps the meaning for scoring.
GENDERED_TITLES = {
    "chairman": "chair", "chairwoman": "chair", "chairmen": "chairs", "chairwomen": "chairs",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "salesman": "salesperson",
    "saleswoman": "salesperson", "salesmen": "salespeople", "saleswomen": "salespeople",
    "businessman": "businessperson", "businesswoman": "businessperson", "foreman": "supervisor",
    "forewoman": "supervisor", "headmaster": "head teacher", "headmistress": "head teacher",
    "waiter": "server", "waitress": "server", "waitresses": "servers", "actress": "actor",
    "hostess": "host", "stewardess": "flight attendant",
    "policeman": "police officer", "policewoman": "police officer", "fireman": "firefighter",
    "firewoman": "firefighter", "congressman": "member of congress", "congresswoman": "member of congress",
    "sportsman": "athlete", "sportswoman": "athlete", "councilman": "councillor",
    "councilwoman": "councillor",
    "alderman": "councillor", "anchorman": "anchor", "anchorwoman": "anchor", "cameraman": "camera operator",
    "camerawoman": "camera operator", "repairman": "repairer", "craftsman": "craftsperson",
    "craftswoman": "craftsperson", "tradesman": "tradesperson", "tradeswoman": "tradesperson",
    "committeeman": "committee member", "committeewoman": "committee member", "barman": "bartender",
    "barmaid": "bartender", "postman": "postal worker", "postwoman": "postal worker",
    "housewife": "homemaker", "househusband": "homemaker", "freshman": "first-year",
    "freshmen": "first-years", "head boy": "head student", "head girl": "head student",
    "girl scouts": "scouts", "boy scouts": "scouts", "girl guides": "guides",
    "brotherhood": "society", "sisterhood": "society", "fraternity": "student society",
    "sorority": "student society", "fraternities": "student societies", "sororities": "student societies",
    "father's name": "parent's name", "mother's name": "parent's name",
    "manageress": "manager", "manageresses": "managers", "alumna": "alum", "alumnus": "alum",
    "alumnae": "alums", "chambermaid": "room attendant", "usherette": "usher", "girl guide": "guide",
    "boy scout": "scout", "brownie leader": "youth group leader", "brownie guider": "youth group leader",
    "sorority sister": "student society member",
    "fraternity brother": "student society member", "seamstress": "sewing machinist",
    "masseuse": "massage therapist", "groundsman": "groundskeeper", "handyman": "handyperson",
    "landlady": "licensee", "matron": "senior nurse", "woman of the year": "person of the year",
    "man of the year": "person of the year", "man of the match": "player of the match",
    # Other languages' job titles: a feminine form becomes the generic one, which the masculine already is;
    # nursing in German has a neutral word of its own.
    "krankenschwester": "pflegefachkraft", "krankenpflegerin": "pflegefachkraft",
    "krankenpfleger": "pflegefachkraft", "leiterin": "leiter", "entwicklerin": "entwickler",
    "ingenieurin": "ingenieur", "beraterin": "berater", "managerin": "manager", "lehrerin": "lehrer",
    "erzieherin": "erzieher", "mitarbeiterin": "mitarbeiter", "sachbearbeiterin": "sachbearbeiter",
    "cheffe": "chef", "directrice": "directeur", "infirmi\u00e8re": "infirmier", "vendeuse": "vendeur",
    "serveuse": "serveur", "conseill\u00e8re": "conseiller", "d\u00e9veloppeuse": "d\u00e9veloppeur",
    "ing\u00e9nieure": "ing\u00e9nieur", "charg\u00e9e": "charg\u00e9", "architetta": "architetto",
    "infermiera": "infermiere", "direttrice": "direttore", "commessa": "commesso", "cameriera": "cameriere",
    "ingegnera": "ingegnere", "impiegata": "impiegato", "enfermera": "enfermero", "ingeniera": "ingeniero",
    "directora": "director", "camarera": "camarero", "abogada": "abogado", "desarrolladora": "desarrollador",
    "jefa": "jefe", "contadora": "contador", "asesora": "asesor", "profesora": "profesor",
    "enfermeira": "enfermeiro", "engenheira": "engenheiro", "diretora": "diretor", "professora": "professor",
    "advogada": "advogado",
}  # fmt: skip

# Gendered titles that are also software, each with the words of the line that show the software is meant
# ("Tested REST APIs with Postman and Newman", "Foreman and Puppet for provisioning"); a postal worker's line
# names none of them.
TOOL_NAMED_TITLES = {
    "postman": r"api|apis|rest|restful|https?|endpoints?|newman|swagger|openapi|graphql|soap|json|xml"
    r"|collections?|insomnia|jmeter|soapui|tests?|tested|testing|qa|ci|jenkins|selenium|cypress|playwright"
    r"|automation|automated|docker|kubernetes|git|jira|sql|backend|microservices?",
    "foreman": r"puppet|ansible|chef|salt(?:stack)?|katello|provisioning|provision|bare[ -]metal|hosts?"
    r"|servers?|pxe|satellite|rhel|linux|terraform|heroku|procfile|ruby|rails|devops|kubernetes|vmware"
    r"|infrastructure",
}

# What ends an English street's name after its number ("12 Harbour View"), as a regex alternation.
STREET_WORDS = (
    r"Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close"
    r"|Crescent|Cres|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Gardens|Mews|Grove|Circle|Cir|Trail|Walk|Hill"
    r"|View|Rise|Heights|Quay|Wharf|Parade|Vale|Park|Green|Meadows|Glen|Lawns?|Manor|Villas|Cottages"
)
