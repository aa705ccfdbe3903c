"""General French vocabulary for quotation attribution (data only)."""

from ..text import fold

# Reporting verbs, by lemma. A cue is one of these used as a verb whose
# complement is speech ("a ajouté du sel" is excluded by the attribution rules,
# which need the verb next to a quotation, a colon or "que").
REPORTING_VERBS: frozenset[str] = frozenset(
    """
accuser admettre affirmer ajouter alerter annoncer appeler applaudir approuver argumenter
arguer assurer attester avancer avertir avouer blaguer certifier clamer commenter concéder
conclure confesser confier confirmer conseiller constater conter contester continuer corriger
crier critiquer déclarer décrire défendre démentir dénoncer déplorer dire détailler écrire
égrener enchaîner énoncer estimer évoquer exhorter exiger expliquer exposer exprimer fustiger
glisser hurler implorer indiquer informer insister interpeller interroger ironiser jurer juger
lancer lâcher marteler mentionner menacer murmurer narrer noter notifier objecter observer
pester plaider poursuivre préciser prédire prévenir proclamer promettre proposer protester
publier questionner raconter rappeler rapporter réagir reconnaître rectifier regretter réitérer
relater relever remarquer renchérir répéter répliquer répondre reprendre résumer rétorquer
révéler revendiquer s'exclamer saluer signaler souffler souhaiter souligner soupirer soutenir
suggérer supplier témoigner tonner tweeter twitter vanter demander déplorer s'interroger
s'inquiéter féliciter réjouir s'indigner indigner s'emporter avertir
annoncer confier dicter fulminer griffonner gronder maintenir nuancer opposer plaisanter
prétendre protester radoter râler reprocher résumer rétorquer scander sermonner signifier
trancher rassurer asséner alarmer étonner s'étonner télégraphier envoyer adresser poster
commenter s'écrier ajouter
sourire s'amuser défendre corriger attaquer justifier souvenir
analyser tempérer relativiser railler tacler cingler taquiner s'insurger insurger s'offusquer
chuchoter riposter nier réfuter minimiser résumer énumérer citer recommander préconiser
s'engager garantir pronostiquer parier moquer s'alarmer s'émouvoir s'agacer agacer s'énerver
grogner grommeler maugréer désoler lamenter remercier convenir décréter statuer
écrire raconter rappeler confier lâcher glisser enchaîner compléter reprendre assurer
considérer penser croire craindre espérer redouter interrompre qualifier parler
savourer exulter jubiler s'enthousiasmer rager tempêter positiver philosopher rigoler décrypter
réaffirmer rappeler marteler réclamer plaider dénoncer avertir prévenir prôner estimer
relancer surenchérir embrayer
invoquer lire stigmatiser brocarder vilipender invectiver déclamer
""".split()
)


def _regular_forms(lemmas: frozenset[str]) -> dict[str, str]:
    """Inflected forms of the -er verbs, for when the tagger misses a verb ("a tweeté" read as a name)."""
    forms: dict[str, str] = {}
    endings = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "èrent", "era", "eront", "ant")
    for lemma in lemmas:
        if lemma.endswith("er") and " " not in lemma:
            stem = lemma[:-2]
            for ending in endings:
                forms.setdefault(stem + ending, lemma)
    return forms


# Forms of the other reporting verbs, for the same fallback ("sourit-elle" tagged as an adjective).
_IRREGULAR = {
    "dire": "dit disent disait disaient dira diront",
    "écrire": "écrit écrivent écrivait écrivaient écrivit écrira",
    "sourire": "sourit souriait sourient souri",
    "reconnaître": "reconnaît reconnait reconnaissait reconnu reconnue",
    "admettre": "admet admettait admis admise",
    "promettre": "promet promettait promis promise",
    "soutenir": "soutient soutenait soutenu",
    "maintenir": "maintient maintenait maintenu",
    "prévenir": "prévient prévenait prévenu",
    "répondre": "répond répondait répondu répondit",
    "conclure": "conclut concluait conclu",
    "poursuivre": "poursuit poursuivait poursuivi poursuivit",
    "reprendre": "reprend reprenait repris reprit",
    "décrire": "décrit décrivait",
    "prédire": "prédit prédisait",
    "convenir": "convient convenait convenu",
    "craindre": "craint craignait",
    "croire": "croit croyait cru",
    "rétorquer": "rétorque",
    "interrompre": "interrompt",
}
REPORTING_FORMS: dict[str, str] = _regular_forms(REPORTING_VERBS) | {
    form: lemma for lemma, forms in _IRREGULAR.items() for form in forms.split()
}
# The forms written without some or all of their accents, a frequent slip in web copy
# ("a declaré", "a-t-il precisé"): read through `fold` when the form itself is unknown.
REPORTING_FOLDED: dict[str, str] = {fold(form): lemma for form, lemma in REPORTING_FORMS.items()}

# Reporting verbs that also have a concrete sense ("ajouter du sel", "lancer une balle"):
# they report a quotation woven into the sentence only when it is their complement.
CONCRETE_SENSE: frozenset[str] = frozenset(
    """
ajouter lancer envoyer adresser poster publier glisser lâcher souffler reprendre poursuivre
continuer compléter corriger attaquer défendre rappeler enchaîner conter noter relever
""".split()
)

# Words after which « … » is a name or a title, not a quotation.
NAMING_VERBS: frozenset[str] = frozenset(
    "nommer appeler intituler baptiser surnommer dénommer titrer renommer labelliser".split()
)
TITLE_NOUNS: frozenset[str] = frozenset(
    """
film livre roman ouvrage essai album chanson titre série émission documentaire pièce spectacle
exposition festival loi décret projet opération plan programme rapport journal magazine revue
quotidien hebdomadaire slogan mot terme expression hashtag mot-clé thème rubrique nom surnom
marque label association société entreprise groupe parti mouvement collectif fondation
campagne initiative affaire dossier concept formule devise jeu logiciel application site blog
""".split()
)

HONORIFICS: frozenset[str] = frozenset(
    "m. m mme mme. mlle mlle. mm. dr dr. dre dre. pr pr. me me. mgr sir lord monsieur madame mademoiselle "
    # religious titles before a name ("Maulana Abdul Qadir Baloch"; not "Cheikh", also a given name)
    "maulana mollah mullah ayatollah mufti sheikh".split()
)

PERSON_PRONOUNS: dict[str, str] = {
    "il": "person",
    "elle": "person",
    "-il": "person",
    "-elle": "person",
    "lui": "person",
    "ils": "group",
    "elles": "group",
    "-ils": "group",
    "-elles": "group",
    "eux": "group",
}
FIRST_SECOND_PERSON: frozenset[str] = frozenset(
    "je j' j’ me m' m’ moi nous tu te t' t’ toi vous mon ma mes notre nos ton ta tes votre vos".split()
)


# Nouns of an utterance: when one is the subject of a clause a colon ends, the person named in
# the clause is the speaker ("Le mot de la fin est revenu au gardien X : « … »").
SPEECH_NOUNS: frozenset[str] = frozenset(
    "mot parole réponse réplique réaction explication commentaire message avertissement aveu "
    "confidence analyse constat verdict conclusion plaidoyer cri appel".split()
)

# What someone says or reckons: "selon ses calculs", "selon sa version", "selon ses propos" are
# that person's words.
OWN_WORDS: frozenset[str] = frozenset(
    "calcul estimation chiffre information donnée analyse version témoignage propos dire déclaration "
    "explication récit estimation évaluation".split()
)
