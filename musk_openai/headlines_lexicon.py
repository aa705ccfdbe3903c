"""General French vocabulary for event headlines and actors (data only)."""

from musk_openai.quotes.lexicon import TITLE_NOUNS

# Nouns naming people by their role or a group by its members: the name attached to them is
# the actor ("le candidat républicain Jean Dupont", "les dirigeants de l'entreprise Acme").
ROLE_NOUNS: frozenset[str] = frozenset(
    """
acteur actrice administrateur adjoint adjointe ambassadeur ambassadrice animateur animatrice
archevêque artiste auteur autrice avocat avocate cadre cadres candidat candidate capitaine
cardinal champion coprésident coprésidente championne chanteur chanteuse chef cheffe chercheur chercheuse collaborateurs
commissaire comédien comédienne conseiller conseillère coordinateur cofondateur cofondatrice
co-fondateur dirigeant dirigeante dirigeants directeur directrice député députée dramaturge
économiste écrivain écrivaine élus employés employées entraîneur entraineur équipe équipes
évêque fondateur fondatrice footballeur général gouvernement gouverneur gouverneure héritier
joueur joueuse joueurs juge juges leader leaders lieutenant maire membre membres militants
ministre ministres négociateur négociateurs numéro officier opposant opposants partisans
patron patronne patrons pdg philosophe physicien physicienne pilote porte-parole président
présidente présidents prince princesse procureur procureure professeur professeure rapporteur
rédacteur reine représentant représentante représentants responsable responsables roi
romancier romancière salariés scientifique secrétaire sélectionneur sénateur sénatrice skipper
soldats sportif sportive successeur syndicaliste trésorier troupes vice-président
vice-présidente
""".split()
)

# A name after one of these is an organisation; after the other title nouns ("le programme
# X", "le film Y") it names a thing, which does not act.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    """
association société entreprise groupe parti mouvement collectif fondation firme compagnie
organisation agence institut syndicat club banque ministère
""".split()
)
THING_TITLE_NOUNS: frozenset[str] = TITLE_NOUNS - ORGANISATION_NOUNS

# Nouns of time and circumstance: a complement headed by one says when, not what.
TIME_NOUNS: frozenset[str] = frozenset(
    """
an année jour journée semaine mois heure heures minute soir soirée matin matinée nuit
après-midi siècle décennie époque moment période instant fois lendemain veille début fin
milieu cours reprises occasion
""".split()
)

# Prepositions introducing a circumstance or a source, never the headline's complement.
NON_COMPLEMENT_CASES: frozenset[str] = frozenset(
    """
selon lors malgré depuis pendant durant après avant dès jusqu' jusqu’ jusque jusqu'à outre
parmi sauf hormis excepté d'après d’après suite
""".split()
)

# Adverbs in -ment that comment on the sentence rather than say how it happened.
DISCOURSE_ADVERBS: frozenset[str] = frozenset(
    """
également notamment récemment actuellement finalement seulement apparemment évidemment
certainement probablement précédemment simplement vraiment justement naturellement
généralement exactement notamment parallèlement précisément surtout totalement absolument
immédiatement désormais cependant heureusement malheureusement visiblement
""".split()
)

# Verbs that take another verb to say what happens ("entend organiser", "devrait rouvrir"):
# the headline keeps both.
CHAINING_VERBS: frozenset[str] = frozenset(
    """
pouvoir devoir vouloir aller venir entendre compter souhaiter espérer tenter essayer chercher
commencer continuer finir cesser décider prévoir envisager menacer refuser accepter
promettre proposer annoncer laisser faire sembler paraître
""".split()
)

# Words a cut quotation must not end on.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
de du des d' d’ le la les l' l’ un une au aux à a et ou ni en par pour sur avec dans sans
sous que qu' qu’ qui dont ne n' n’ se s' s’ sa son ses leur leurs mon ma mes ton ta tes notre
nos votre vos ce cet cette ces y mais car donc si
""".split()
)

NEGATION: frozenset[str] = frozenset("ne n' n’ pas plus jamais guère point rien".split())
