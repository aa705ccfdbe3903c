"""General French vocabulary for speaker resolution (data only).

Nouns are given by lemma as spaCy's French models produce it (lower case); gender is
"m", "f" or "" (epicene: the determiner decides, "le juge" / "la juge").
"""

import gzip
from importlib import resources

from musk_openai.text import fold


def _gendered(text: str) -> dict[str, str]:
    """ "avocate:f juge:" -> {"avocate": "f", "juge": ""}, keys folded (no accents, lower case)."""
    table: dict[str, str] = {}
    for item in text.split():
        word, _, gender = item.partition(":")
        table[fold(word)] = gender
    return table


# People named by what they do or are. Used to link "la juge" to "la juge Anne Roux" and to
# know that "le Président-candidat" is a description, not a name.
_PERSON_ROLE_TEXT = """
ministre: juge: avocat:m avocate:f porte-parole: président:m présidente:f directeur:m directrice:f
entraîneur:m entraîneuse:f sélectionneur:m sélectionneuse:f maire: procureur:m procureure:f
député:m députée:f sénateur:m sénatrice:f secrétaire: chef: cheffe:f responsable: expert:m experte:f
universitaire: chercheur:m chercheuse:f professeur:m professeure:f médecin: docteur:m voisin:m
voisine:f témoin: consul:m consule:f ambassadeur:m ambassadrice:f journaliste: écrivain:m
écrivaine:f candidat:m candidate:f dirigeant:m dirigeante:f fondateur:m fondatrice:f patron:m
patronne:f commissaire: gouverneur:m gouverneure:f chancelier:m chancelière:f roi:m reine:f pape:m
prince:m princesse:f acteur:m actrice:f comédien:m comédienne:f chanteur:m chanteuse:f joueur:m
joueuse:f capitaine: pilote: coureur:m coureuse:f skipper: navigateur:m navigatrice:f complice:
père:m mère:f fils:m fille:f frère:m sœur:f épouse:f époux:m mari:m femme:f veuve:f veuf:m
élu:m élue:f militant:m militante:f syndicaliste: économiste: analyste: historien:m historienne:f
sociologue: politologue: spécialiste: officier:m général:m colonel:m commandant:m policier:m
policière:f gendarme: enquêteur:m enquêtrice:f habitant:m habitante:f victime: survivant:m
survivante:f rescapé:m rescapée:f manifestant:m manifestante:f délégué:m déléguée:f représentant:m
représentante:f conseiller:m conseillère:f collaborateur:m collaboratrice:f adjoint:m adjointe:f
vice-président:m vice-présidente:f pdg: négociateur:m négociatrice:f médiateur:m médiatrice:f
rapporteur:m rapporteure:f auteur:m autrice:f auteure:f réalisateur:m réalisatrice:f cinéaste: gymnaste:
présentateur:m présentatrice:f commentateur:m commentatrice:f arbitre: footballeur:m
footballeuse:f athlète: champion:m championne:f vainqueur: leader: opposant:m opposante:f
dissident:m dissidente:f rebelle: évêque:m imam:m rabbin:m prêtre:m archevêque:m cardinal:m
patriarche:m émir:m cheikh:m préfet:m préfète:f recteur:m rectrice:f doyen:m doyenne:f
magistrat:m magistrate:f bâtonnier:m bâtonnière:f notaire: ingénieur:m ingénieure:f
scientifique: physicien:m physicienne:f biologiste: astronome: astronaute: directeur-général:m
successeur:m prédécesseur:m héritier:m héritière:f patient:m patiente:f infirmier:m
infirmière:f employé:m employée:f salarié:m salariée:f ouvrier:m ouvrière:f agriculteur:m
agricultrice:f éleveur:m éleveuse:f commerçant:m commerçante:f élève: étudiant:m étudiante:f
lycéen:m lycéenne:f enseignant:m enseignante:f instituteur:m institutrice:f artiste: musicien:m
musicienne:f écologiste: socialiste: communiste: centriste: ministre-président: président-candidat:m
candidate-présidente:f homme:m dame:f édile: technicien:m coach: membre: intéressé:m intéressée:f
aîné:m aînée:f cadet:m cadette:f meneur:m meneuse:f ailier:m pivot: buteur:m buteuse:f
numéro: romancier:m romancière:f créateur:m créatrice:f prétendant:m
monsieur:m madame:f diplomate: conseiller-général:m échevin:m échevine:f bourgmestre:
eurodéputé:m eurodéputée:f parlementaire: tribun:m gérant:m gérante:f fonctionnaire: garde:
accusé:m accusée:f prévenu:m prévenue:f suspect:m suspecte:f détenu:m détenue:f otage:
explorateur:m exploratrice:f alpiniste: cycliste: nageur:m nageuse:f tennisman:m tenniswoman:f
boxeur:m boxeuse:f défenseur:m attaquant:m gardien:m gardienne:f milieu:m sprinteur:m
confrère:m consœur:f collègue: homologue:
arrière: ouvreur:m talonneur:m pilier:m flanker:m troisième-ligne: deuxième-ligne: demi:m
international:m internationale:f portier:m latéral:m retraité:m retraitée:f manager:m
chauffeur:m conducteur:m conductrice:f archéologue: climatologue: géologue: épidémiologiste:
volcanologue: sismologue: psychiatre: psychologue: chirurgien:m chirurgienne:f pharmacien:m
pharmacienne:f architecte: urbaniste: entrepreneur:m entrepreneuse:f banquier:m banquière:f
trentenaire: quadragénaire: quinquagénaire: sexagénaire: septuagénaire: octogénaire: nonagénaire:
centenaire: adolescent:m adolescente:f dtn:m drh: dg: dga:
marchand:m marchande:f pêcheur:m cafetier:m cafetière:f épicier:m épicière:f artisan:m artisane:f
paysan:m paysanne:f passager:m passagère:f riverain:m riveraine:f propriétaire:
lauréat:m lauréate:f nobélisé:m nobélisée:f médaillé:m médaillée:f gagnant:m gagnante:f finaliste: vice-champion:m
vice-championne:f
pompier:m soldat:m sauveteur:m secouriste: bénévole: réfugié:m réfugiée:f migrant:m migrante:f
prisonnier:m prisonnière:f blessé:m blessée:f supporter:m spectateur:m spectatrice:f touriste:
pèlerin:m fidèle: curé:m pasteur:m moine:m religieuse:f cheminot:m chômeur:m chômeuse:f
"""


def _occupations() -> list[tuple[str, str]]:
    """The kept list of French occupation nouns (ONISEP; built by data/build_occupations.py):
    "archéologue", "boulangère", "sapeur-pompier", with their gender."""
    raw = resources.files("musk_openai.speakers").joinpath("occupations.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return [(noun, gender) for noun, _, gender in (line.partition("\t") for line in lines if line and line[0] != "#")]


_HAND_ROLES = _gendered(_PERSON_ROLE_TEXT)
_OCCUPATIONS = _occupations()
# the hand-written roles win: their gender stands ("chef", "pilote")
PERSON_ROLES: dict[str, str] = {fold(noun): gender for noun, gender in _OCCUPATIONS} | _HAND_ROLES
# Occupations that are also French family names ("Boulanger", "Brodeur", "Charpentier"): only
# the lower-case word is a role, a capitalised one is a name.
OCCUPATIONS_ONLY: frozenset[str] = frozenset(PERSON_ROLES) - frozenset(_HAND_ROLES)
# the role nouns as written (with accents), as spaCy's lemmas are
PERSON_ROLE_LEMMAS: frozenset[str] = frozenset(item.partition(":")[0] for item in _PERSON_ROLE_TEXT.split()) | {
    noun for noun, _ in _OCCUPATIONS
}

# Role nouns journalists use for one another when they refer back to someone ("le sélectionneur
# Paul Roux … a regretté le technicien"): a role also answers to the others of its group.
_ROLE_GROUPS = """
maire édile élu élue
député députée parlementaire élu élue
sénateur sénatrice parlementaire élu élue
sélectionneur entraîneur technicien coach manager
chauffeur conducteur conductrice
coureur coureuse cycliste
président présidente dirigeant dirigeante patron patronne responsable
directeur directrice dirigeant dirigeante patron patronne responsable
dtn drh dg dga directeur directrice
pdg patron patronne dirigeant dirigeante président présidente
ministre membre
premier-ministre chef-du-gouvernement
procureur procureure magistrat magistrate
juge magistrat magistrate
chercheur chercheuse scientifique universitaire professeur professeure expert experte spécialiste
archéologue climatologue géologue épidémiologiste volcanologue sismologue scientifique chercheur chercheuse
avocat avocate conseil défenseur
policier policière enquêteur enquêtrice
policier policière fonctionnaire
# team positions are not synonyms of one another: only of the generic nouns
joueur joueuse footballeur footballeuse international internationale
attaquant joueur footballeur international
milieu joueur footballeur international
défenseur joueur footballeur international
gardien joueur footballeur international
buteur joueur footballeur international
ailier joueur footballeur international
latéral joueur footballeur international
portier joueur footballeur international
gardien portier
attaquant buteur
arrière joueur international
ouvreur joueur international
talonneur joueur international
pilier joueur international
flanker joueur international
troisième-ligne joueur international
deuxième-ligne joueur international
demi joueur international
fondateur fondatrice créateur créatrice patron patronne
écrivain écrivaine auteur autrice auteure romancier romancière
chanteur chanteuse artiste musicien musicienne
acteur actrice comédien comédienne
cinéaste réalisateur réalisatrice
candidat candidate prétendant
syndicaliste responsable dirigeant dirigeante
préfet préfète représentant représentante
docteur docteure médecin
vainqueur gagnant gagnante lauréat lauréate
"""
ROLE_SYNONYMS: dict[str, frozenset[str]] = {}
for _line in _ROLE_GROUPS.strip().splitlines():
    _group = frozenset(fold(w) for w in _line.split())
    for _word in _group:
        ROLE_SYNONYMS[_word] = ROLE_SYNONYMS.get(_word, frozenset()) | _group

# Family relations: "son mari", "sa sœur" is a relative of the person the sentence is about.
RELATIVES: frozenset[str] = frozenset(
    fold(w)
    for w in """
père mère fils fille frère sœur mari épouse époux femme cousin cousine oncle tante neveu nièce
grand-père grand-mère petit-fils petite-fille beau-père belle-mère beau-frère belle-sœur
""".split()
)

# People a definite description may introduce without any name: never guessed from gender.
# Nouns that say only that someone is a person: with a definite article they refer back.
ANY_PERSON: frozenset[str] = frozenset(fold(w) for w in "homme femme dame monsieur madame".split())

BYSTANDERS: frozenset[str] = frozenset(
    fold(w)
    for w in """
voisin voisine témoin habitant habitante passant passante policier policière gendarme victime
manifestant manifestante otage patient patiente salarié salariée employé employée ouvrier
ouvrière élève étudiant étudiante lycéen lycéenne agriculteur agricultrice commerçant
commerçante infirmier infirmière médecin suspect suspecte accusé accusée prévenu prévenue détenu
détenue survivant survivante rescapé rescapée homme femme dame monsieur madame passager passagère
riverain riveraine pompier soldat sauveteur secouriste bénévole réfugié réfugiée migrant
migrante prisonnier prisonnière blessé blessée supporter spectateur spectatrice touriste pèlerin
fidèle chômeur chômeuse confrère consœur collègue homologue
""".split()
)
# Nouns of a relation, not an office: "son homologue argentin X" gives X no role of its own.
RELATIONAL: frozenset[str] = frozenset(fold(w) for w in "confrère consœur collègue homologue".split())

# Bystanders who are the subject of a trial report: they may refer back to the person the last
# sentences are about ("X conteste. « … », a martelé le prévenu"), never to the only man named.
DEFENDANTS: frozenset[str] = frozenset(fold(w) for w in "prévenu prévenue accusé accusée".split())

# Nouns that name a kind of organisation: "le syndicat SUD", "l'ONG", "la centrale syndicale".
ORGANISATION_TYPES: dict[str, str] = _gendered(
    """
ministère:m présidence:f gouvernement:m parti:m syndicat:m centrale:f ong:f organisation:f association:f
agence:f entreprise:f société:f groupe:m compagnie:f firme:f constructeur:m opérateur:m banque:f
chaîne:f quotidien:m journal:m hebdomadaire:m mensuel:m magazine:m revue:f site:m radio:f
télévision:f tribunal:m cour:f conseil:m commission:f assemblée:f mairie:f préfecture:f
police:f gendarmerie:f armée:f club:m équipe:f fédération:f ligue:f université:f institut:m
observatoire:m fondation:f mouvement:m coalition:f alliance:f union:f collectif:m comité:m
direction:f parquet:m ambassade:f consulat:m régime:m junte:f service:m office:m autorité:f
administration:f municipalité:f laboratoire:m musée:m hôpital:m établissement:m école:f
organisme:m institution:f instance:f conseil-général:m région:f département:m collectivité:f
fabricant:m distributeur:m groupement:m confédération:f formation:f opposition:f majorité:f
mutuelle:f caisse:f fonds:m exécutif:m cabinet:m bureau:m secrétariat:m délégation:f
bailleur:m assureur:m transporteur:m régie:f chambre:f commune:f rectorat:m académie:f clinique:f
consortium:m filiale:f mission:f sous-traitant:m équipementier:m voyagiste:m maison:f festival:m
orchestre:m théâtre:m opéra:m diffuseur:m radiodiffuseur:m télédiffuseur:m marine:f douane:f ville:f juridiction:f
"""
)

# Words that end the titles of English-language newspapers ("Miami Herald", "Financial Times"):
# the NER runs them into the name of the person quoted after the title.
PRESS_TITLE_WORDS: frozenset[str] = frozenset(
    "Herald Times Post Tribune Journal Gazette Telegraph Guardian Globe Chronicle Observer Independent "
    "Express Mirror Mail Inquirer Examiner Courier Dispatch".split()
)

# A collective that speaks for the organisation named after it: "les analystes du groupe X",
# "la direction de X". (A spokesperson is a person: unnamed, "le porte-parole du ministère"
# stays a description.)
REPRESENTATIVES: frozenset[str] = frozenset(
    fold(w)
    for w in """
direction analyste service cellule équipe état-major
""".split()
)

# Written or broadcast sources: the author speaks through them ("selon le rapport de l'Insee",
# "indique le communiqué du syndicat"), and they are never the speaker themselves.
MEDIA: frozenset[str] = frozenset(
    fold(w)
    for w in """
rapport communiqué note lettre courrier message tweet déclaration texte document étude enquête
arrêt jugement décision avis bilan mémo câble dépêche article éditorial tribune livre ouvrage
entretien interview blog post publication résolution motion pétition circulaire décret
documentaire reportage émission film compte page site discours allocution conférence
""".split()
)

# Where something was said, never who said it ("a écrit X sur Facebook").
PLATFORMS: frozenset[str] = frozenset(
    """
facebook twitter instagram youtube tiktok linkedin snapchat telegram whatsapp mastodon bluesky
threads weibo wechat vkontakte reddit dailymotion twitch
""".split()
)

# Reporting verbs that continue what the previous speaker said ("a poursuivi l'expert").
CONTINUING_VERBS: frozenset[str] = frozenset(
    "poursuivre continuer ajouter renchérir conclure enchaîner compléter préciser insister reprendre".split()
)

# "Il/elle" cannot refer back across words that name the article itself or abstractions.
MASCULINE_PRONOUNS: frozenset[str] = frozenset({"il", "-il", "ils", "-ils"})
FEMININE_PRONOUNS: frozenset[str] = frozenset({"elle", "-elle", "elles", "-elles"})

# Honorifics carry gender.
MASCULINE_HONORIFICS: frozenset[str] = frozenset({"m.", "m", "monsieur", "mm.", "sir", "lord", "mgr"})
FEMININE_HONORIFICS: frozenset[str] = frozenset(
    {"mme", "mme.", "madame", "mlle", "mlle.", "mademoiselle", "dre", "dre."}
)

# Descriptions that point back to the last speaker: "le même chercheur".
SAME_WORDS: frozenset[str] = frozenset({"même"})


# The role of the agent of a passive verb: "l'équipe, entraînée par X" makes X its entraîneur.
ROLE_OF_AGENT: dict[str, str] = {
    "entrainer": "entraineur",
    "presider": "president",
    "diriger": "dirigeant",
    "fonder": "fondateur",
    "realiser": "realisateur",
    "ecrire": "auteur",
    "defendre": "avocat",
    "representer": "representant",
    "battre": "vainqueur",  # "X, battue par Y": Y is "le vainqueur"
    "vaincre": "vainqueur",
}

# Roles named by a phrase, read from the head noun and the words after it (folded): "le chef de
# l'État" is the président, "le locataire de Matignon" the premier ministre.
ROLE_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "chef": (("de l'etat", "president"), ("d'etat", "president"), ("du gouvernement", "premier-ministre"),
             ("de la diplomatie", "ministre")),
    "locataire": (("de l'elysee", "president"), ("de matignon", "premier-ministre"), ("de beauvau", "ministre")),
    "hote": (("de l'elysee", "president"), ("de matignon", "premier-ministre")),
    "gardien": (("de la paix", "policier"),),  # not the goalkeeper
    # the prosecution at a trial: "le représentant du ministère public", "la représentante du parquet"
    "representant": (("du ministere public", "procureur"), ("du parquet", "procureur")),
    "representante": (("du ministere public", "procureur"), ("du parquet", "procureur")),
    "president": (("du gouvernement", "premier-ministre"), ("du conseil", "premier-ministre"),
                  # the presiding judge of a court: "la présidente de la chambre" is "la juge"
                  ("du tribunal", "juge"), ("de la chambre", "juge"), ("de la cour", "juge")),
}
PERSON_ROLES["premier-ministre"] = ""
PERSON_ROLES["premiere-dame"] = "f"


def names_a_role(word: str, key: str) -> bool:
    """Whether `key` (the folded word or its lemma) is a role noun, as `word` is written: a
    capitalised occupation of the kept list is a family name ("le maire Brodeur")."""
    return key in PERSON_ROLES and not (key in OCCUPATIONS_ONLY and word[:1].isupper())


def role_of(word: str) -> "str | None":
    """The folded role noun a word is ("Avocate" -> "avocate"), or None."""
    key = fold(word)
    if names_a_role(word, key) or all(names_a_role(word, part) for part in key.split("-") if part):
        return key
    return None


def organisation_type_of(word: str) -> "str | None":
    key = fold(word)
    return key if key in ORGANISATION_TYPES else None


# Kinds whose names are titles or belong to another body: in lower case throughout, "la chaîne
# de l'audiovisuel extérieur", "la direction de la chaîne" only describe one (unlike "le
# tribunal administratif de Rennes", "le conseil général du Gers").
_DESCRIPTIVE_KINDS = frozenset(
    fold(w)
    for w in "chaîne quotidien journal hebdomadaire mensuel magazine revue site radio télévision direction".split()
)


def describes_only(name: str) -> bool:
    words = name.split()
    return bool(words) and fold(words[0]) in _DESCRIPTIVE_KINDS and name == name.lower()


def is_kind_word(word: str) -> bool:
    """ "ONG", "Président-candidat", "juge": words that say what a speaker is, not who."""
    parts = [p for p in fold(word).split("-") if p]
    return bool(parts) and all(names_a_role(word, p) or p in ORGANISATION_TYPES for p in parts)


# Adjectives of nationality (masculine singular): "le président argentin" is not "le président
# brésilien X". Feminine and plural forms are derived by nationality_of.
_NATIONALITY_TEXT = """
français allemand anglais britannique américain canadien québécois belge suisse italien espagnol
portugais néerlandais luxembourgeois autrichien polonais tchèque slovaque hongrois roumain bulgare
grec turc chypriote serbe croate slovène bosniaque albanais macédonien monténégrin kosovar russe
ukrainien biélorusse moldave estonien letton lituanien finlandais suédois norvégien danois islandais
irlandais écossais gallois maltais chinois japonais coréen nord-coréen sud-coréen vietnamien
thaïlandais cambodgien birman malaisien indonésien philippin singapourien indien pakistanais afghan
bangladais népalais sri-lankais iranien irakien syrien libanais israélien palestinien jordanien
saoudien yéménite émirati qatari qatarien koweïtien égyptien libyen tunisien algérien marocain
mauritanien malien nigérien nigérian sénégalais ivoirien guinéen burkinabè ghanéen togolais béninois
camerounais gabonais congolais centrafricain tchadien soudanais éthiopien érythréen somalien kényan
ougandais rwandais burundais tanzanien angolais mozambicain zimbabwéen sud-africain malgache
mauricien comorien djiboutien mexicain cubain haïtien dominicain guatémaltèque hondurien salvadorien
nicaraguayen panaméen colombien vénézuélien équatorien péruvien bolivien chilien argentin uruguayen
paraguayen brésilien australien néo-zélandais arménien géorgien azerbaïdjanais kazakh ouzbek
tadjik kirghize turkmène mongol tibétain taïwanais sahraoui kurde costaricien portoricain jamaïcain
bélizien guyanien surinamais barbadien bahaméen trinidadien omanais bahreïni libérien sierra-léonais
gambien cap-verdien zambien malawite namibien botswanais seychellois sud-soudanais laotien brunéien
timorais bhoutanais fidjien andorran monégasque liechtensteinois
"""


def _nationality_forms(text: str) -> dict[str, str]:
    forms: dict[str, str] = {}
    for word in text.split():
        masc = fold(word)
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith(("ien", "een")):
            fem = masc + "ne"
        elif masc.endswith(("grec", "turc")):
            fem = masc[:-1] + ("cque" if masc.endswith("grec") else "que")
        else:
            fem = masc + "e"
        for form in {masc, fem}:
            forms[form] = masc
            forms[form if form.endswith("s") else form + "s"] = masc
    return forms


NATIONALITIES: dict[str, str] = _nationality_forms(_NATIONALITY_TEXT)

# People of a capital or a large city, and the nationality that makes them: "la Russe X" is later
# "la Moscovite". (Not "lyonnais", "marseillais": a club's players as often as the city's people.)
_CITY_TEXT = """
moscovite:russe pétersbourgeois:russe londonien:britannique berlinois:allemand munichois:allemand
madrilène:espagnol barcelonais:espagnol milanais:italien napolitain:italien bruxellois:belge
liégeois:belge anversois:belge genevois:suisse lausannois:suisse zurichois:suisse bâlois:suisse
montréalais:canadien torontois:canadien new-yorkais:américain pékinois:chinois tokyoïte:japonais
cairote:égyptien algérois:algérien tunisois:tunisien dakarois:sénégalais abidjanais:ivoirien
kinois:congolais viennois:autrichien lisboète:portugais athénien:grec stambouliote:turc
varsovien:polonais pragois:tchèque dublinois:irlandais stockholmois:suédois parisien:français
"""
CITY_NATIONALITIES: dict[str, str] = {
    form: fold(pair.split(":")[1])
    for pair in _CITY_TEXT.split()
    for form in _nationality_forms(pair.split(":")[0])
}


def nationality_of(word: str) -> "str | None":
    """ "argentine", "Brésiliens" -> "argentin", "bresilien"; None for any other word."""
    return NATIONALITIES.get(fold(word))
