"""Gold headlines and actors of dated events, written by reading the articles BEFORE the
extractor's timeline was looked at for them (see README.md, "events").

Per document: the events a reader would put on a timeline, one per temporal expression that the
timeline shows (outside quotations, not the dateline; vague words such as "récemment" left out).

Each event: (date, reference headline, accept, actors)
- date: the temporal expression as written, "text#n" for its n-th occurrence (default 1);
  a predicted event matches when its date span overlaps this one.
- reference headline: what an editor would write (documentation; not compared as a string).
- accept: alternative sets of required words; the predicted headline is acceptable when every
  word of one set is found in it (see evaluate.py: folded, as the start of a headline word;
  "a|b" = either). Usually subject + verb + object/complement of the clause the date modifies.
- actors: the named people and organisations taking part (subject, object, agent), under the
  fullest name the article uses; "A|B" = either name is right. Places, products, events and
  concepts only when they act (a state as subject: "La Birmanie a aboli la censure").

Sources: the seed article; French Wikinews 2012 (CC BY 2.5, (c) Wikinews contributors), never an
article of the sealed list in wikinews/SPLIT.json.
"""

SEED = "seed"

# Development set: used to improve the extractor after its first run (scores are optimistic).
DEV = {
    SEED: [
        (
            "fin 2015",
            "Ces divulgations décrivent une période difficile",
            [["divulgation", "décri", "période"], ["Musk", "pression"]],
            ["Elon Musk"],
        ),
        ("20 novembre 2015", "Elon Musk a écrit à Sam Altman", [["Musk", "écri", "Altman|e-mail"]], ["Elon Musk", "Sam Altman"]),
        (
            "décembre 2015",
            "OpenAI lancé publiquement",
            [["OpenAI", "lanc", "publiquement"], ["OpenAI", "célébr", "institut"]],
            ["OpenAI"],
        ),
        (
            "l’année 2016",
            "OpenAI s'est concentré sur l'établissement de sa réputation",
            [["OpenAI", "concentr", "établissement|réputation"]],
            ["OpenAI"],
        ),
        (
            "21 janvier 2017",
            "Chaîne de courrier électronique impliquant Musk, Ilya Sutskever et Greg Brockman",
            [["chaîne|courrier", "impliqu"]],
            ["Elon Musk", "Ilya Sutskever", "Greg Brockman"],
        ),
        (
            "mi-2017",
            "Les dirigeants d'OpenAI ont compris que leurs ambitions nécessiteraient des ressources",
            [["dirigeants", "compr", "ambitions|ressources"]],
            ["OpenAI"],
        ),
        (
            "septembre 2017",
            "Elon Musk a enregistré une société d'utilité publique",
            [["Musk", "enregistr", "société"]],
            ["Elon Musk", "Open Artificial Intelligence Technologies, Inc.|Open Artificial Intelligence Technologies"],
        ),
        (
            "septembre 2017#2",
            "Ilya Sutskever écrivait à Elon Musk",
            [["Sutskever", "écri", "Musk"]],
            ["Ilya Sutskever", "Elon Musk"],
        ),
        (
            "début 2018#2",
            "Elon Musk a démissionné de son poste de coprésident d'OpenAI",
            [["Musk", "démission"]],
            ["Elon Musk", "OpenAI"],
        ),
        (
            "décembre 2018",
            "Elon Musk a écrit : « Même lever plusieurs centaines de millions ne suffira pas »",
            [["Musk", "écri", "lever|suffir|milliards"]],
            ["Elon Musk"],
        ),
        ("mars 2019", "OpenAI a annoncé une nouvelle structure", [["OpenAI", "annonc", "structure"]], ["OpenAI"]),
        ("2023", "Elon Musk a fondé xAI", [["Musk", "fond", "xAI"]], ["Elon Musk", "xAI"]),
        (
            "mars 2024",
            "Elon Musk a déposé son procès contre OpenAI",
            [["Musk", "dépos", "procès|plainte"]],
            ["Elon Musk", "OpenAI"],
        ),
        (
            "août de la même année",
            "Elon Musk a déposé à nouveau son procès",
            [["Musk", "dépos", "procès|plainte"]],
            ["Elon Musk", "OpenAI"],
        ),
    ],
    "wikinews-fr-44145": [
        ("le 3 juin 2012", "Un avion de ligne s'est écrasé sur une menuiserie", [["avion", "écras"]], []),
        ("le même jour", "Le pays a connu un attentat-suicide", [["pays|Nigeria", "connu", "attentat"]], []),
    ],
    "wikinews-fr-44318": [
        ("Le 30 juin", "Le minitel cessera de fonctionner", [["minitel", "cesser", "fonctionner"]], []),
        (
            "il y a 30 ans",
            "Ce terminal, créé, a réussi à se vendre en France",
            [["terminal|minitel", "cré"], ["terminal", "réussi", "vendre"]],
            [],
        ),
        (
            "En février 2009",
            "Le réseau de Minitel enregistrait 10 millions de connexions mensuelles",
            [["réseau", "enregistr", "connexions|millions"]],
            [],
        ),
    ],
    "wikinews-fr-44336": [
        (
            "aujourd'hui",
            "La Grande-Bretagne et la communauté scientifique fêtent le centenaire d'Alan Turing",
            [["Grande-Bretagne|communauté", "fêt", "centenaire"]],
            ["Grande-Bretagne", "Alan Turing"],
        ),
        ("en 1945", "Alan Turing lance le programme ACE", [["Turing", "lance", "programme|ACE"]], ["Alan Turing"]),
        (
            "en 1948",
            "Alan Turing entre à l'université de Manchester",
            [["Turing", "entre", "université|Manchester"]],
            ["Alan Turing"],
        ),
        (
            "En 1950",
            "Alan Turing explore le problème de l'intelligence artificielle",
            [["Turing", "explor", "problème|intelligence"]],
            ["Alan Turing"],
        ),
        ("en mars 1952", "Alan Turing est assigné pour homosexualité", [["Turing", "assign"]], ["Alan Turing"]),
        ("jusqu'en 1967", "L'homosexualité illégale en Grande-Bretagne", [["homosexualité", "illégale"]], []),
        ("deux ans après", "Alan Turing se suicide", [["Turing", "suicid"]], ["Alan Turing"]),
    ],
    "wikinews-fr-44355": [
        ("les 16 et 17 juin", "La participation au second tour a été de 51 %", [["participation", "51"]], []),
        (
            "à 15 h",
            "Les partisans du vainqueur ont laissé exploser leur joie",
            [["partisans", "exploser|joie"]],
            [],
        ),
        (
            "avant le 30 juin",
            "L'armée a promis de remettre le pouvoir au nouveau président",
            [["armée", "promis", "pouvoir|remettre"]],
            [],
        ),
    ],
    "wikinews-fr-44372": [
        (
            "dès le 1er juillet 2012",
            "Le gouvernement Ayrault augmente le SMIC de 2 %",
            [["gouvernement|Ayrault", "augment", "SMIC|salaire"]],
            ["gouvernement Ayrault|Ayrault"],
        ),
        (
            "entre novembre 2011 et mai 2012",
            "Inflation de 1,4 %",
            [["inflation", "1,4"], ["décision", "0,6"]],
            [],
        ),
        (
            "en 2006",
            "Le taux des femmes payées au SMIC était supérieur de 78 % à celui des hommes",
            [["taux", "femmes", "supérieur"]],
            [],
        ),
    ],
    "wikinews-fr-44504": [
        (
            "hier, le 9 juin",
            "La saison touristique 2012 a débuté au Site historique maritime de la Pointe-au-Père",
            [["saison", "début"]],
            [],
        ),
        ("en 1912", "Naufrage du Titanic", [["naufrage", "Titanic"]], []),
        ("en 1914", "Naufrage de l'Empress of Ireland", [["naufrage", "Empress"]], []),
        (
            "au début de 2012",
            "La firme Idées au cube a réalisé le spectacle",
            [["Idées au cube|firme", "réalis", "spectacle"]],
            ["Idées au cube|Idées au cube de Montréal"],
        ),
        (
            "en 2014",
            "Le musée entend organiser des activités pour commémorer le centenaire du naufrage",
            [["musée", "commémor|organis", "centenaire|activités"]],
            [],
        ),
    ],
    "wikinews-fr-44552": [
        (
            "en juin dernier",
            "Deux Britanniques convertis à l'islam ont été interpellés à Londres",
            [["Britanniques", "interpell"]],
            [],
        ),
        ("du 27 juillet", "Les Jeux olympiques de Londres auront lieu", [["Jeux", "lieu"]], []),
    ],
    "wikinews-fr-45614": [
        ("mercredi", "Obama est attendu dans le New Jersey", [["Obama", "attendu"]], ["Obama|Barack Obama"]),
        ("aujourd'hui", "Mitt Romney a collecté des vivres", [["Romney", "collect", "vivres"]], ["Mitt Romney"]),
        ("lundi soir", "L'ouragan a touché terre dans le New Jersey", [["ouragan", "touch", "terre"]], []),
        ("Ce mardi soir", "Plus de 8 millions de foyers sont privés d'électricité", [["foyers", "privés"]], []),
        ("mercredi#2", "La Bourse de New York devrait rouvrir", [["Bourse", "rouvrir"]], ["Bourse de New York"]),
        (
            "il y a 108 ans",
            "Mise en service du métro de New York",
            [["métro", "service"], ["métro", "connu", "désastre"]],
            [],
        ),
    ],
}

# Held out: annotated at the same time, scored once at the end; never used to change the extractor.
HELDOUT = {
    "wikinews-fr-44389": [
        ("mercredi", "Deux militaires français ont été tués", [["militaires", "tués"]], []),
        ("aujourd'hui", "Victorin Lurel se rendra en Guyane", [["Lurel", "rendr", "Guyane|hommage"]], ["Victorin Lurel"]),
    ],
    "wikinews-fr-44545": [
        (
            "le 5 juillet 1962",
            "Le général De Gaulle proclamait l'indépendance de l'Algérie",
            [["Gaulle", "proclam", "indépendance"]],
            ["De Gaulle|général De Gaulle"],
        ),
        ("du 1er juillet 1962", "Victoire du « oui » au référendum", [["victoire|oui", "référendum"]], []),
        (
            "Ce jour-là",
            "La population algérienne fête sa liberté retrouvée",
            [["population", "fête", "liberté"]],
            [],
        ),
        (
            "le 18 mars 1962",
            "Les accords d'Évian signés",
            [["accords", "sign"], ["accords", "instaur", "cessez"]],
            [],
        ),
        (
            "la journée du 5 juillet 1962",
            "La journée ne fut pas vécue de la même manière par tous",
            [["journée", "vécue"]],
            [],
        ),
        (
            "cette journée du 5 juillet 1962",
            "L'Algérie compte fêter le cinquantenaire de son indépendance",
            [["Algérie", "fêter|compte", "cinquantenaire"]],
            ["Algérie"],
        ),
        ("mercredi soir", "Les festivités ont débuté", [["festivités", "début"]], []),
        ("de 1830", "Débarquement français", [["débarquement", "français"]], []),
        (
            "Le jeudi 5 juillet",
            "Le président algérien ira déposer une gerbe de fleurs",
            [["président|Bouteflika", "déposer", "gerbe"]],
            ["Abdelaziz Bouteflika"],
        ),
        (
            "le 16 juillet prochain",
            "Laurent Fabius est attendu à Alger",
            [["Fabius", "attendu", "Alger"]],
            ["Laurent Fabius"],
        ),
    ],
    "wikinews-fr-44963": [
        ("aujourd'hui", "La Birmanie a aboli la censure", [["Birmanie", "aboli", "censure"]], ["Birmanie"]),
        ("en mars 2011", "Un nouveau régime a vu le jour", [["régime", "vu"]], []),
    ],
    "wikinews-fr-45467": [
        (
            "jusqu’au printemps dernier",
            "Antoine Sollacaro était l'avocat de l'assassin du préfet",
            [["Sollacaro|il", "avocat", "assassin|préfet"]],
            ["Antoine Sollacaro"],
        ),
        ("le 6 février 1998", "Claude Érignac tué à Ajaccio", [["Érignac", "tué"]], ["Claude Érignac"]),
        ("ce mardi", "Antoine Sollacaro a été abattu", [["Sollacaro", "abattu"]], ["Antoine Sollacaro"]),
        ("à 9 heures ce matin", "Antoine Sollacaro a été abattu", [["Sollacaro", "abattu"]], ["Antoine Sollacaro"]),
        (
            "le 27 février 2009",
            "Antoine Sollacaro avait entrepris de démolir la Cour d'assises",
            [["Sollacaro", "entrepris", "démolir|Cour"]],
            ["Antoine Sollacaro", "Cour d'assises"],
        ),
        (
            "en mai 1999",
            "Antoine Sollacaro était à l'origine d'un violent clash avec Bernard Bonnet",
            [["Sollacaro", "clash"]],
            ["Antoine Sollacaro", "Bernard Bonnet"],
        ),
    ],
    "wikinews-fr-45346": [
        (
            "l'automne 2012",
            "Le MBAM accueille les chefs-d'œuvre impressionnistes du Clark Art Institute",
            [["Musée|MBAM", "accueill", "œuvres|chef"]],
            [
                "Musée des beaux-arts de Montréal|MBAM",
                "Sterling & Francine Clark Art Institute|Sterling and Francine Clark Art Institute",
            ],
        ),
        (
            "entre le 13 octobre 2012",
            "L'exposition sera exposée au musée montréalais",
            [["exposition|collection", "exposée"]],
            [],
        ),
        ("depuis deux ans", "L'exposition itinérante est en tournée", [["exposition", "tournée"]], []),
        (
            "depuis le 18 septembre 2012",
            "La sculpture de Degas est présente dans les salles du MBAM",
            [["sculpture|danseuse", "présente"]],
            [],
        ),
        ("en 1881", "La sculpture avait provoqué un scandale", [["sculpture", "provoqu", "scandale"]], []),
    ],
    "wikinews-fr-45592": [
        (
            "l'année 2012",
            "Skyfall a réalisé le troisième meilleur démarrage de l'année",
            [["Skyfall", "réalis", "démarrage"]],
            [],
        ),
        ("fin 2013", "Le tournage pourrait commencer", [["tournage", "commencer"]], []),
    ],
    "wikinews-fr-45628": [
        (
            "en 2012",
            "Les dirigeants de l'Impact de Montréal présentaient leur bilan",
            [["dirigeants", "présent", "bilan"]],
            ["Impact de Montréal"],
        ),
        ("en 2013", "Participer aux séries sera l'objectif", [["mission|participer", "objectif"]], []),
        (
            "la saison 2013",
            "Joey Saputo a annoncé le retour de plusieurs joueurs",
            [["Saputo", "annonc", "retour"]],
            ["Joey Saputo"],
        ),
        (
            "en 2013#2",
            "Certains joueurs ne seront pas de retour",
            [["joueurs", "retour"]],
            ["Nick De Santis"],
        ),
        ("en novembre", "Ils ne participeraient pas à la tournée en Italie", [["particip", "tournée"]], []),
        (
            "en 2013#3",
            "L'un des objectifs sera d'améliorer ses résultats",
            [["objectif", "améliorer", "résultats"]],
            [],
        ),
    ],
    "wikinews-fr-45722": [
        (
            "hier soir",
            "B. Obama a recueilli 303 grands électeurs",
            [["Obama", "recueilli", "électeurs"], ["résultat", "connu"]],
            ["Barack Obama|B. Obama|Obama"],
        ),
    ],
    "wikinews-fr-45761": [
        (
            "en février 2013",
            "Le gouvernement du Parti québécois annonce un Sommet sur l'enseignement supérieur",
            [["gouvernement", "annonce", "Sommet|tenue"]],
            ["Parti québécois"],
        ),
        ("au printemps 2012", "Conflit étudiant", [["conflit", "étudiant"]], []),
    ],
    "wikinews-fr-44860": [
        ("vendredi", "Le festival interceltique de Lorient débute", [["festival|édition", "débute"]], []),
        ("jusqu'au 12 août", "Le festival doit se poursuivre", [["festival|édition", "poursuivre"]], []),
        ("Cette année", "L'Acadie est mise à l'honneur", [["Acadie", "honneur"]], []),
        ("en 2004", "L'Acadie avait déjà été mise à l'honneur", [["Acadie", "honneur"]], []),
        ("le dimanche 5 août", "La grande parade des nations celtes", [["parade", "celtes|nations"]], []),
        ("le lundi 6", "Une grande nuit de l'Acadie", [["nuit", "Acadie"]], ["Roch Voisine", "Fayo"]),
        (
            "le mardi 7",
            "La célébration des 60 ans du Bagad de Lann-Bihoué",
            [["célébration|60", "Bagad|Lann"]],
            ["Bagad de Lann-Bihoué"],
        ),
        ("le samedi 11", "La nuit du Port", [["nuit", "Port"]], ["Dan Ar Braz", "bagad Kemper"]),
    ],
    "wikinews-fr-44502": [
        (
            "mercredi 4 juillet",
            "Le CERN annoncera l'état de la traque d'une particule mystère",
            [["CERN", "annonc", "état|traque|particule"]],
            ["CERN"],
        ),
        ("en 1964", "Trois physiciens ont prédit la particule", [["physiciens", "prédit"]], []),
        ("en 2010", "Le CERN se met à la recherche de la particule", [["CERN", "mett|recherche"]], ["CERN"]),
    ],
    "wikinews-fr-45496": [
        (
            "le 17 octobre 2012",
            "Les découvreurs ont annoncé la nouvelle dans la revue Nature",
            [["découvreurs", "annonc", "nouvelle"]],
            ["Michel Mayor"],
        ),
    ],
}
