"""Quotation development set, written by the team (not taken from any corpus).

Each item: (text, [(quoted words, canonical speaker or None), ...]) in text order.
A passage with an empty list is a trap: nothing in it is a quotation.
"""

ITEMS = [
    # -- X a écrit / déclaré : « … » -------------------------------------------------------------
    ("Jean Dupont a déclaré : « Nous ne céderons rien. »", [("Nous ne céderons rien.", "Jean Dupont")]),
    (
        "Dans un courriel adressé à ses salariés, Marie Lefèvre a écrit : « L'entreprise traverse une crise grave. »",
        [("L'entreprise traverse une crise grave.", "Marie Lefèvre")],
    ),
    (
        "Le maire, Paul Girard, a affirmé : « La piscine rouvrira en septembre. »",
        [("La piscine rouvrira en septembre.", "Paul Girard")],
    ),
    (
        "Sophie Martin a expliqué que « le budget ne permet pas de nouvelles embauches ».",
        [("le budget ne permet pas de nouvelles embauches", "Sophie Martin")],
    ),
    (
        "Ahmed Benali a tweeté : « Merci à tous pour votre soutien ! »",
        [("Merci à tous pour votre soutien !", "Ahmed Benali")],
    ),
    (
        "Claire Dubois a répondu : « Je n'ai jamais signé ce document. »",
        [("Je n'ai jamais signé ce document.", "Claire Dubois")],
    ),
    (
        "Luc Moreau a promis : « Les travaux seront terminés avant l'hiver. »",
        [("Les travaux seront terminés avant l'hiver.", "Luc Moreau")],
    ),
    ("Nadia Haddad a souligné : « Ce n'est qu'un premier pas. »", [("Ce n'est qu'un premier pas.", "Nadia Haddad")]),
    (
        "Thomas Bernard a précisé : « Aucune victime n'est à déplorer. »",
        [("Aucune victime n'est à déplorer.", "Thomas Bernard")],
    ),
    (
        "La SNCF a indiqué : « Le trafic reprendra progressivement dans la soirée. »",
        [("Le trafic reprendra progressivement dans la soirée.", "SNCF")],
    ),
    (
        "Greenpeace a dénoncé : « Ce projet menace la biodiversité de toute la vallée. »",
        [("Ce projet menace la biodiversité de toute la vallée.", "Greenpeace")],
    ),
    ("Émilie Roux a estimé : « La réforme arrive trop tard. »", [("La réforme arrive trop tard.", "Émilie Roux")]),
    # -- « … », a déclaré X ---------------------------------------------------------------------------
    ("« Nous irons jusqu'au bout », a déclaré François Petit.", [("Nous irons jusqu'au bout", "François Petit")]),
    (
        "« La situation est sous contrôle », a assuré Isabelle Laurent devant la presse.",
        [("La situation est sous contrôle", "Isabelle Laurent")],
    ),
    (
        "« C'est une victoire pour tous les salariés », a commenté Karim Mansouri.",
        [("C'est une victoire pour tous les salariés", "Karim Mansouri")],
    ),
    (
        "« Je ne me représenterai pas », annonce Julie Fontaine dans un communiqué.",
        [("Je ne me représenterai pas", "Julie Fontaine")],
    ),
    ("« Le dossier est clos », a tranché Pierre Lambert.", [("Le dossier est clos", "Pierre Lambert")]),
    (
        "« Nous avons reçu plus de mille candidatures », a précisé Hélène Garnier, la directrice.",
        [("Nous avons reçu plus de mille candidatures", "Hélène Garnier")],
    ),
    ("« Il faut agir vite », estime Marc Rousseau.", [("Il faut agir vite", "Marc Rousseau")]),
    (
        "« Personne ne s'attendait à un tel succès », a reconnu Sarah Cohen.",
        [("Personne ne s'attendait à un tel succès", "Sarah Cohen")],
    ),
    # -- « … », a-t-il / a-t-elle / ont-ils écrit --------------------------------------------------
    (
        "Antoine Mercier a quitté la réunion avant la fin. « Je refuse de cautionner ce vote », a-t-il déclaré.",
        [("Je refuse de cautionner ce vote", "Antoine Mercier")],
    ),
    (
        "Léa Bonnet dirige le laboratoire depuis dix ans. « Nos résultats sont solides », a-t-elle affirmé.",
        [("Nos résultats sont solides", "Léa Bonnet")],
    ),
    (
        "Le ministre Henri Blanchard était en visite à Lille. « L'usine ne fermera pas », a-t-il promis.",
        [("L'usine ne fermera pas", "Henri Blanchard")],
    ),
    (
        "Les militants de Greenpeace ont bloqué l'entrée du site. « Nous resterons ici », ont-ils prévenu.",
        [("Nous resterons ici", "Greenpeace")],
    ),
    (
        "Camille Perrin a présenté son rapport mardi. « La pauvreté progresse partout », explique-t-elle.",
        [("La pauvreté progresse partout", "Camille Perrin")],
    ),
    (
        "Olivier Masson a été interrogé par les enquêteurs. « Je suis innocent », a-t-il répété.",
        [("Je suis innocent", "Olivier Masson")],
    ),
    (
        "Valérie Chevalier a lancé sa campagne samedi. « Je serai la candidate du changement », a-t-elle lancé.",
        [("Je serai la candidate du changement", "Valérie Chevalier")],
    ),
    # -- selon X / d'après X / pour X ---------------------------------------------------------------
    ("Selon Bernard Fabre, « la crise n'est pas terminée ».", [("la crise n'est pas terminée", "Bernard Fabre")]),
    (
        "D'après Martine Leroy, « le chantier a pris trois mois de retard ».",
        [("le chantier a pris trois mois de retard", "Martine Leroy")],
    ),
    ("« Les chiffres sont inquiétants », selon Yves Caron.", [("Les chiffres sont inquiétants", "Yves Caron")]),
    (
        "Pour Agnès Vidal, « cette décision est une erreur historique ».",
        [("cette décision est une erreur historique", "Agnès Vidal")],
    ),
    (
        "Selon lui, « rien ne justifie cette hausse », a ajouté Gérard Meunier.",
        [("rien ne justifie cette hausse", "Gérard Meunier")],
    ),
    (
        "Le rapport de l'ONU est sévère. Selon l'ONU, « la famine menace des millions de personnes ».",
        [("la famine menace des millions de personnes", "ONU")],
    ),
    # -- quote introduced at the end of the previous sentence or paragraph -------------------------
    (
        "La lettre la plus dure est venue de Laurent Barbier, lorsqu'il écrivait à Denis Royer :\n"
        "« Vous avez trahi la confiance de toute l'équipe. »",
        [("Vous avez trahi la confiance de toute l'équipe.", "Laurent Barbier")],
    ),
    (
        "Interrogée sur l'avenir du site, Nathalie Guérin a répondu :\n« Rien n'est encore décidé. »",
        [("Rien n'est encore décidé.", "Nathalie Guérin")],
    ),
    (
        "Dans sa lettre de démission, Michel Renard écrivait :\n\n« Je pars sans regret. »",
        [("Je pars sans regret.", "Michel Renard")],
    ),
    (
        "Le directeur, Alain Picard, a adressé un message aux équipes :\n« Merci pour votre engagement. »",
        [("Merci pour votre engagement.", "Alain Picard")],
    ),
    # -- X : « … » ----------------------------------------------------------------------------------------
    ("Réaction de Patrick Noël : « C'est un scandale absolu. »", [("C'est un scandale absolu.", "Patrick Noël")]),
    ("Catherine Morel : « Nous attendons des excuses. »", [("Nous attendons des excuses.", "Catherine Morel")]),
    # -- partial quotes: the sentence's subject speaks ---------------------------------------------------
    (
        "Il les a exhortés à générer des « milliards par an » pour rester compétitifs, a rapporté Éric Marchand.",
        [("milliards par an", "Éric Marchand")],
    ),
    ("Sandrine Arnaud a qualifié la mesure de « provocation inutile ».", [("provocation inutile", "Sandrine Arnaud")]),
    (
        "Philippe Dumont a dénoncé une « chasse aux sorcières » orchestrée par ses adversaires.",
        [("chasse aux sorcières", "Philippe Dumont")],
    ),
    (
        "Christine Lemoine veut bâtir une ville « plus verte et plus juste ».",
        [("plus verte et plus juste", "Christine Lemoine")],
    ),
    ("Daniel Gauthier s'est dit « profondément choqué » par les images.", [("profondément choqué", "Daniel Gauthier")]),
    (
        "Lors du conseil, Sylvie Brun a parlé d'une « année noire » pour le commerce local.",
        [("année noire", "Sylvie Brun")],
    ),
    (
        "Le sénateur Roger Collin a promis une « transparence totale » sur les comptes.",
        [("transparence totale", "Roger Collin")],
    ),
    (
        "Anne Giraud a accueilli la nouvelle avec « un immense soulagement ».",
        [("un immense soulagement", "Anne Giraud")],
    ),
    # -- continuation: a following quote with no cue -----------------------------------------------------
    (
        "Vincent Robin a écrit à son avocat : « Je veux témoigner. »\n« Je n'ai rien à cacher. »",
        [("Je veux témoigner.", "Vincent Robin"), ("Je n'ai rien à cacher.", "Vincent Robin")],
    ),
    (
        "« Le service sera rétabli lundi », a annoncé Hugo Lefort. « Nous présentons nos excuses aux usagers. »",
        [("Le service sera rétabli lundi", "Hugo Lefort"), ("Nous présentons nos excuses aux usagers.", "Hugo Lefort")],
    ),
    (
        "Céline Maréchal a tweeté : « Quelle soirée ! » Puis, une heure plus tard : « Merci Lyon ! »",
        [("Quelle soirée !", "Céline Maréchal"), ("Merci Lyon !", "Céline Maréchal")],
    ),
    # -- honorifics and full names from last names ------------------------------------------------------
    (
        "Jacques Lemaire préside le club depuis 2010. M. Lemaire a déclaré : « Nous visons la montée. »",
        [("Nous visons la montée.", "Jacques Lemaire")],
    ),
    (
        "Élise Fournier a été nommée directrice. « Je mesure la tâche », a confié Mme Fournier.",
        [("Je mesure la tâche", "Élise Fournier")],
    ),
    (
        "Le docteur Raymond Gilles a soigné les blessés. « Nous avons manqué de tout », a dit Gilles.",
        [("Nous avons manqué de tout", "Raymond Gilles")],
    ),
    (
        "L'avocate Mathilde Rey plaide depuis vingt ans. Rey a affirmé : « Mon client est innocent. »",
        [("Mon client est innocent.", "Mathilde Rey")],
    ),
    # -- misspelt names (one edit) ---------------------------------------------------------------------
    (
        "Frédéric Lacombe dirige la rédaction. Lacomb avait écrit : « Nous publierons tout. »",
        [("Nous publierons tout.", "Frédéric Lacombe")],
    ),
    (
        "Monique Dufresne a visité l'usine. Dufrene a déclaré : « Les salariés méritent mieux. »",
        [("Les salariés méritent mieux.", "Monique Dufresne")],
    ),
    # -- unclosed and mismatched quotation marks ------------------------------------------------------
    (
        "Robert Lemaître a écrit : « Le projet est mort. Il faut passer à autre chose.\nLa suite de l'article.",
        [("Le projet est mort. Il faut passer à autre chose.", "Robert Lemaître")],
    ),
    (
        "Josiane Carré a déclaré : « Nous refusons ce plan. Il menace nos emplois. sa déclaration a surpris.",
        [("Nous refusons ce plan. Il menace nos emplois.", "Josiane Carré")],
    ),
    (
        "Gilles Poirier a écrit : « Le calendrier est intenable. Nous demandons un report. "
        "Ces craintes semblaient alors exagérées aux yeux de la direction.",
        [("Le calendrier est intenable. Nous demandons un report.", "Gilles Poirier")],
    ),
    ("Marion Jacob a répondu : « 100 % d'accord avec vous.”", [("100 % d'accord avec vous.", "Marion Jacob")]),
    (
        "Xavier Bailly était furieux.”Je n'accepterai jamais ça”, a-t-il écrit.",
        [("Je n'accepterai jamais ça", "Xavier Bailly")],
    ),
    ("Lucie Renaud a déclaré : “Nous sommes prêts.”", [("Nous sommes prêts.", "Lucie Renaud")]),
    ('Kevin Morin a déclaré : "Nous avons gagné."', [("Nous avons gagné.", "Kevin Morin")]),
    ("Julien Vasseur a déclaré : «\u00a0Nous partons demain.\u00a0»", [("Nous partons demain.", "Julien Vasseur")]),
    (
        "Aline Besson a raconté : « Mon père me disait “ne renonce jamais”. »",
        [("Mon père me disait “ne renonce jamais”.", "Aline Besson")],
    ),
    (
        "Mais le maire Bruno Collet a répliqué : « Premier point : la dette est maîtrisée.\n"
        "« Second point : les impôts n'augmenteront pas. »",
        [
            ("Premier point : la dette est maîtrisée.", "Bruno Collet"),
            ("Second point : les impôts n'augmenteront pas.", "Bruno Collet"),
        ],
    ),
    (
        "Armelle Texier a écrit : « Voici nos priorités :\nL'école.\nLa santé.”\nLe texte a été publié.",
        [("Voici nos priorités :\nL'école.\nLa santé.", "Armelle Texier")],
    ),
    # -- two speakers in one paragraph ------------------------------------------------------------------
    (
        "« Nous signerons demain », a déclaré Serge Hamon. « Rien n'est signé », a rétorqué Odile Marchal.",
        [("Nous signerons demain", "Serge Hamon"), ("Rien n'est signé", "Odile Marchal")],
    ),
    (
        "Fabien Leclerc a affirmé : « Le vote est acquis. » Ginette Royer a répondu : « Pas du tout. »",
        [("Le vote est acquis.", "Fabien Leclerc"), ("Pas du tout.", "Ginette Royer")],
    ),
    (
        "Selon Damien Faure, « la grève est suivie », mais pour Laure Hubert, « elle s'essouffle ».",
        [("la grève est suivie", "Damien Faure"), ("elle s'essouffle", "Laure Hubert")],
    ),
    (
        "Rémi Gaillard a écrit à Yvette Perret : « Je démissionne. » Elle lui a répondu : « Je refuse. »",
        [("Je démissionne.", "Rémi Gaillard"), ("Je refuse.", "Yvette Perret")],
    ),
    # -- organisations as speakers ------------------------------------------------------------------------
    (
        "Dans un communiqué, Airbus a annoncé : « La production reprendra lundi. »",
        [("La production reprendra lundi.", "Airbus")],
    ),
    (
        "Médecins sans frontières a alerté : « Les hôpitaux sont saturés. »",
        [("Les hôpitaux sont saturés.", "Médecins sans frontières")],
    ),
    ("« Nous contestons ces chiffres », a réagi la CGT.", [("Nous contestons ces chiffres", "CGT")]),
    ("Renault a confirmé : « Le site de Flins sera maintenu. »", [("Le site de Flins sera maintenu.", "Renault")]),
    # -- nobody can be named ----------------------------------------------------------------------------
    ("« Nous avons peur », confie une habitante du quartier.", [("Nous avons peur", None)]),
    ("Un porte-parole a déclaré : « Aucun commentaire. »", [("Aucun commentaire.", None)]),
    # -- traps: names, titles and terms in quotation marks are not quotations --------------------------
    ("Il a fondé une société nommée « Avenir Solaire » en 2010.", []),
    ("Le film « La Grande Vadrouille » a attiré 17 millions de spectateurs.", []),
    ("La loi « Travail » a été adoptée au Sénat.", []),
    ("Le livre « Les Misérables » reste un classique.", []),
    ("Le chef a ajouté du sel à la « sauce maison » avant de servir.", []),
    ("L'opération « Tempête du désert » a commencé en janvier.", []),
    ("L'association, baptisée « Les Amis du Rhône », compte 200 membres.", []),
    ("Le mot « résilience » est partout.", []),
    ("Le slogan « Ensemble, tout est possible » a marqué la campagne.", []),
    ("Elle présente l'émission « Des chiffres et des lettres » depuis 2005.", []),
    ("Il a créé la start-up Open Green Technologies, Inc., qu'il a appelée « Open Green Technologies, Inc. »", []),
    ("Le groupe a sorti l'album « Nuit Blanche » en mars.", []),
]
