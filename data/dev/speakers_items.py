"""Speaker-attribution development set, written by the team (not taken from any corpus).

Each item: (text, [(quoted words, canonical speaker or None), ...]) in text order.
"""

ITEMS = [
    # -- 1. two people share a family name ----------------------------------
    (
        "Les époux Lemaire tiennent la boulangerie de la rue des Halles depuis trente ans. Christine Lemaire l'assure pourtant : la retraite n'est pas pour tout de suite. « Tant que j'ai des bras, je pétrirai », dit-elle en riant. Son mari, Gérard Lemaire, est moins catégorique : « On verra après l'été. »",
        [("Tant que j'ai des bras, je pétrirai", "Christine Lemaire"), ("On verra après l'été.", "Gérard Lemaire")],
    ),
    (
        "À Guingamp, Alain Kerjean a succédé en novembre à son père, Yves Kerjean, qui avait dirigé l'équipe première pendant douze saisons. « Je n'ai pas été nommé parce que je m'appelle Kerjean », se défend le fils. Le père, lui, se tient désormais à l'écart du vestiaire : « C'est son équipe maintenant, plus la mienne. »",
        [("Je n'ai pas été nommé parce que je m'appelle Kerjean", "Alain Kerjean"), ("C'est son équipe maintenant, plus la mienne.", "Yves Kerjean")],
    ),
    (
        "La ministre de la culture, Hélène Vasseur, a inauguré samedi le festival de Cognac, dont la directrice artistique n'est autre que sa sœur, Agnès Vasseur. Interrogée sur un possible conflit d'intérêts, la ministre a balayé la polémique : « Je n'ai signé aucune subvention pour ce festival. » Quelques heures plus tard, devant la presse locale, Agnès Vasseur a défendu sa programmation : « Chaque artiste a été choisi bien avant l'entrée de ma sœur au gouvernement. » « On me juge sur mon nom de famille, c'est injuste », a encore déploré Vasseur.",
        [
            ("Je n'ai signé aucune subvention pour ce festival.", "Hélène Vasseur"),
            ("Chaque artiste a été choisi bien avant l'entrée de ma sœur au gouvernement.", "Agnès Vasseur"),
            ("On me juge sur mon nom de famille, c'est injuste", "Agnès Vasseur"),
        ],
    ),
    (
        "Deux élus portent le nom de Moreau au conseil municipal d'Angers, sans aucun lien de parenté : Patrick Moreau, adjoint aux finances, et Nadia Moreau, cheffe de file de l'opposition. Lundi soir, le débat budgétaire a tourné à l'affrontement. « Ce budget est insincère », a attaqué Nadia Moreau. « Vous n'avez manifestement pas lu le document », a répliqué Patrick Moreau. « Je l'ai lu deux fois, monsieur Moreau », a rétorqué l'élue d'opposition.",
        [
            ("Ce budget est insincère", "Nadia Moreau"),
            ("Vous n'avez manifestement pas lu le document", "Patrick Moreau"),
            ("Je l'ai lu deux fois, monsieur Moreau", "Nadia Moreau"),
        ],
    ),
    (
        "Le maire de Quimper, Bernard Le Goff, a annoncé mardi la fermeture de la piscine municipale pour au moins dix-huit mois. Les clubs de natation, eux, dénoncent un manque d'anticipation. « Nous n'avions plus le choix : la charpente menaçait de céder », a justifié Le Goff, qui promet une réouverture à l'automne 2026.",
        [("Nous n'avions plus le choix : la charpente menaçait de céder", "Bernard Le Goff")],
    ),
    (
        "Au troisième jour du procès, la procureure, Fatima Benaïssa, et l'avocat de la défense, Marc Duval, se sont livré une passe d'armes sur la chronologie des faits. « Mon client n'était pas à Lyon ce soir-là », a martelé Duval. « Les relevés téléphoniques disent exactement le contraire », a répondu Benaïssa, documents à l'appui.",
        [("Mon client n'était pas à Lyon ce soir-là", "Marc Duval"), ("Les relevés téléphoniques disent exactement le contraire", "Fatima Benaïssa")],
    ),
    (
        "Kofi et Awa Mensah ont ouvert leur restaurant dans le quartier de Wazemmes, à Lille, en 2019. \"Au début, personne ne connaissait la cuisine ghanéenne ici\", se souvient Awa Mensah. Son mari enchaîne : \"Aujourd'hui, on refuse du monde tous les samedis soir.\"",
        [("Au début, personne ne connaissait la cuisine ghanéenne ici", "Awa Mensah"), ("Aujourd'hui, on refuse du monde tous les samedis soir.", "Kofi Mensah")],
    ),
    (
        "Chez les Lopez, le rugby est une affaire de famille. Antonio Lopez a porté le maillot de Béziers dans les années 1980 ; son fils, Mathieu Lopez, est aujourd'hui le capitaine de l'équipe. « Je ne lui ai jamais donné un conseil, il n'en voulait pas », s'amuse Lopez père. « Il m'en donnait quand même tous les dimanches soir », corrige Lopez fils.",
        [("Je ne lui ai jamais donné un conseil, il n'en voulait pas", "Antonio Lopez"), ("Il m'en donnait quand même tous les dimanches soir", "Mathieu Lopez")],
    ),
    (
        "Les sœurs Okafor s'affronteront mardi en quarts de finale à Roland-Garros. Grace Okafor, tête de série numéro 6, a dominé l'Espagnole Lucía Herrero (6-3, 6-4), tandis que sa cadette, Blessing Okafor, a dû batailler trois sets face à une qualifiée. « Jouer contre ma sœur, c'est toujours bizarre », a reconnu l'aînée. « Elle connaît tous mes points faibles, et moi les siens », a prévenu Blessing Okafor.",
        [("Jouer contre ma sœur, c'est toujours bizarre", "Grace Okafor"), ("Elle connaît tous mes points faibles, et moi les siens", "Blessing Okafor")],
    ),
    (
        "Dans la 3e circonscription de l'Aisne, le duel a des airs de règlement de comptes familial : la députée sortante, Monique Rousseau, affronte son propre neveu, Julien Rousseau, investi par un parti concurrent. « Je n'ai pas de leçon de loyauté à recevoir de ma tante », a lancé le jeune candidat lors d'un débat organisé par L'Union. « Julien a du talent, mais il est pressé », a répondu Mme Rousseau.",
        [("Je n'ai pas de leçon de loyauté à recevoir de ma tante", "Julien Rousseau"), ("Julien a du talent, mais il est pressé", "Monique Rousseau")],
    ),
    (
        "Les frères Benali comparaissent depuis lundi devant le tribunal correctionnel de Marseille pour une escroquerie aux aides publiques. L'aîné, Karim Benali, nie toute implication ; son cadet, Samir Benali, a reconnu une partie des faits. « J'ai signé les papiers sans les lire », a déclaré Samir Benali à la barre. Interrogé à son tour, Karim Benali a haussé le ton : « Je n'ai jamais vu un centime de cet argent. » « Mon frère ment pour se protéger », a-t-il ajouté.",
        [
            ("J'ai signé les papiers sans les lire", "Samir Benali"),
            ("Je n'ai jamais vu un centime de cet argent.", "Karim Benali"),
            ("Mon frère ment pour se protéger", "Karim Benali"),
        ],
    ),
    (
        "Le PDG du groupe, Philippe Garcia, a présenté mercredi les résultats annuels aux côtés de sa directrice financière, Elena Garcia – aucun lien de parenté, précise l'entreprise. « La croissance sera au rendez-vous en 2025 », a promis Philippe Garcia. Plus prudente, la directrice financière a évoqué « des marges sous pression » et insisté sur la maîtrise des coûts. « Nous ne relâcherons pas nos efforts », a souligné Garcia.",
        [
            ("La croissance sera au rendez-vous en 2025", "Philippe Garcia"),
            ("des marges sous pression", "Elena Garcia"),
            ("Nous ne relâcherons pas nos efforts", "Elena Garcia"),
        ],
    ),
    (
        "Depuis l'incendie de leur ferme, en mars, Michel et Françoise Duret vivent dans un mobil-home prêté par la commune. « On a tout perdu, même les photos de mariage », raconte Mme Duret, la voix brisée. M. Duret, lui, ne pense qu'à reconstruire : « Mon grand-père a bâti cette ferme de ses mains, je la rebâtirai. »",
        [("On a tout perdu, même les photos de mariage", "Françoise Duret"), ("Mon grand-père a bâti cette ferme de ses mains, je la rebâtirai.", "Michel Duret")],
    ),
    (
        "Au Jardin de Jade, trois générations de Chen se relaient en cuisine. Le fondateur, Wei Chen, 78 ans, passe encore tous les matins ; sa petite-fille, Lina Chen, a repris la gestion du restaurant en 2021. « Mon grand-père goûte chaque sauce avant le service », sourit-elle. « Elle a modernisé la carte, c'est très bien. Mais le canard laqué, on n'y touche pas », prévient le patriarche.",
        [
            ("Mon grand-père goûte chaque sauce avant le service", "Lina Chen"),
            ("Elle a modernisé la carte, c'est très bien. Mais le canard laqué, on n'y touche pas", "Wei Chen"),
        ],
    ),
    (
        "À Saint-Denis, la coïncidence a amusé l'assistance : le maire, Ousmane Diallo, a remis mercredi la médaille de la ville à l'attaquant Mamadou Diallo, tout juste sacré champion d'Europe. « Nous ne sommes pas cousins, mais on pourrait l'être », a plaisanté l'élu. « Je vais peut-être me présenter aux prochaines municipales », a répondu Diallo, hilare.",
        [("Nous ne sommes pas cousins, mais on pourrait l'être", "Ousmane Diallo"), ("Je vais peut-être me présenter aux prochaines municipales", "Mamadou Diallo")],
    ),

    # -- 2. places, countries, platforms, institutions ------------------------
    (
        "« La France ne cédera pas au chantage », a écrit Karim Bouzid sur le réseau social X, quelques minutes après l'annonce de Washington. Le député, qui préside la commission des affaires étrangères, a appelé le gouvernement à « convoquer sans délai l'ambassadeur américain ».",
        [("La France ne cédera pas au chantage", "Karim Bouzid"), ("convoquer sans délai l'ambassadeur américain", "Karim Bouzid")],
    ),
    (
        "Un conseiller de Matignon, Hugo Petit, a expliqué mardi que « le calendrier sera tenu coûte que coûte », malgré la fronde d'une partie de la majorité. À l'Élysée, on se montre plus prudent.",
        [("le calendrier sera tenu coûte que coûte", "Hugo Petit")],
    ),
    (
        "Moscou a réagi dans la soirée aux accusations de la Pologne : « Ces allégations sont absurdes et ne méritent aucun commentaire. » Varsovie, de son côté, a annoncé la fermeture d'un consulat russe.",
        [("Ces allégations sont absurdes et ne méritent aucun commentaire.", "Moscou")],
    ),
    (
        "Face à la grogne des députés, Matignon a fait savoir mardi soir que le projet de loi serait « présenté en conseil des ministres avant l'été », sans plus de précisions sur son contenu.",
        [("présenté en conseil des ministres avant l'été", "Matignon")],
    ),
    (
        "Reçue mardi à l'Élysée avec plusieurs représentants agricoles, la présidente de la FNSEA, Martine Lacombe, est ressortie sans la moindre garantie. « On nous a écoutés, mais on ne nous a rien promis », a-t-elle résumé sur le perron, avant de s'engouffrer dans sa voiture.",
        [("On nous a écoutés, mais on ne nous a rien promis", "Martine Lacombe")],
    ),
    (
        "Au lendemain des nouvelles sanctions américaines, Pékin a dénoncé « une ingérence flagrante dans les affaires intérieures de la Chine ». « Les États-Unis doivent cesser de jouer avec le feu », a déclaré Wang Hao, porte-parole du ministère chinois des affaires étrangères, lors de son point presse quotidien.",
        [
            ("une ingérence flagrante dans les affaires intérieures de la Chine", "Pékin"),
            ("Les États-Unis doivent cesser de jouer avec le feu", "Wang Hao"),
        ],
    ),
    (
        "Depuis la publication de la vidéo, la page Facebook de la mairie de Saint-Amand est prise d'assaut par des centaines de commentaires haineux. « Facebook n'est pas un tribunal », a réagi le maire, Didier Fontaine, dans un message publié sur le même réseau social. « Je porterai plainte contre chacun des auteurs de menaces. »",
        [("Facebook n'est pas un tribunal", "Didier Fontaine"), ("Je porterai plainte contre chacun des auteurs de menaces.", "Didier Fontaine")],
    ),
    (
        "« L'État nous a abandonnés », accuse Nathalie Brun, présidente de l'association des sinistrés de la vallée de la Roya, trois ans après la tempête. La préfecture des Alpes-Maritimes assure au contraire que « plus de 90 % des indemnisations ont été versées ».",
        [("L'État nous a abandonnés", "Nathalie Brun"), ("plus de 90 % des indemnisations ont été versées", "préfecture des Alpes-Maritimes")],
    ),
    (
        "Berlin a salué « un signal fort » envoyé par les Vingt-Sept, tandis que Londres est resté silencieux. « L'Europe doit enfin parler d'une seule voix », a insisté la ministre allemande des affaires étrangères, Katrin Vogel, depuis Bruxelles.",
        [("un signal fort", "Berlin"), ("L'Europe doit enfin parler d'une seule voix", "Katrin Vogel")],
    ),
    (
        "“Je ne démissionnerai pas”, a tweeté dimanche soir le député Lucas Fernandes, alors que Twitter bruissait depuis le matin de rumeurs sur son départ. Son parti n'a pas souhaité commenter.",
        [("Je ne démissionnerai pas", "Lucas Fernandes")],
    ),
    (
        "De retour des États-Unis, où elle a rencontré une vingtaine d'investisseurs, la fondatrice de la start-up nantaise Algaïa, Claire Nguyen, ne cache pas son amertume : « L'Amérique croit en nous davantage que la France. »",
        [("L'Amérique croit en nous davantage que la France.", "Claire Nguyen")],
    ),
    (
        "Alger a rappelé jeudi son ambassadeur à Paris pour consultations. « Cette décision s'imposait après des propos inacceptables tenus par des responsables français », a indiqué la présidence algérienne dans un communiqué. Paris a dit « prendre acte » de cette décision et « regretter » l'escalade.",
        [
            ("Cette décision s'imposait après des propos inacceptables tenus par des responsables français", "présidence algérienne"),
            ("prendre acte", "Paris"),
            ("regretter", "Paris"),
        ],
    ),
    (
        "À Matignon, on se veut rassurant. « Il n'y aura pas de 49.3 sur ce texte », a assuré à l'AFP l'entourage du premier ministre. Le président du groupe centriste à l'Assemblée, Étienne Morel, n'y croit guère : « Ils nous l'ont déjà promis trois fois. »",
        [("Il n'y aura pas de 49.3 sur ce texte", None), ("Ils nous l'ont déjà promis trois fois.", "Étienne Morel")],
    ),
    (
        "Kiev a réagi sèchement aux accusations russes : « Nous n'avons aucune leçon à recevoir d'un pays qui bombarde des maternités. » Le porte-parole de l'armée de l'air ukrainienne, Iouri Koval, a précisé qu'« aucun drone ukrainien » n'avait survolé la zone ce soir-là.",
        [
            ("Nous n'avons aucune leçon à recevoir d'un pays qui bombarde des maternités.", "Kiev"),
            ("aucun drone ukrainien", "Iouri Koval"),
        ],
    ),
    (
        "« La justice a enfin été rendue », a réagi Sandrine Leclerc, la mère de la victime, à la sortie du palais de justice de Douai. Pour elle, la République « a mis vingt ans à reconnaître ses torts ».",
        [("La justice a enfin été rendue", "Sandrine Leclerc"), ("a mis vingt ans à reconnaître ses torts", "Sandrine Leclerc")],
    ),
    (
        "Bruxelles juge le plan budgétaire italien « insuffisant » et réclame de nouvelles économies. Rome a aussitôt répliqué : « Nous ne recevrons pas d'ordres de fonctionnaires non élus. »",
        [("insuffisant", "Bruxelles"), ("Nous ne recevrons pas d'ordres de fonctionnaires non élus.", "Rome")],
    ),

    # -- 3. roles and descriptions -------------------------------------------
    (
        "La juge Anne Roux a suspendu l'audience à deux reprises, mercredi, face aux invectives venues du public. À la reprise, elle a menacé de faire évacuer la salle. « La prochaine interruption sera la dernière », a prévenu la juge.",
        [("La prochaine interruption sera la dernière", "Anne Roux")],
    ),
    (
        "Le sélectionneur de l'équipe de France de handball, Stéphane Ravel, n'a pas cherché d'excuses après l'élimination en demi-finale face au Danemark. « Nous avons manqué de lucidité dans les dix dernières minutes », a regretté le technicien, qui devrait toutefois rester en poste jusqu'aux Jeux.",
        [("Nous avons manqué de lucidité dans les dix dernières minutes", "Stéphane Ravel")],
    ),
    (
        "Le porte-parole du ministère de l'intérieur, Karim Saïdi, a confirmé l'interpellation de quatre suspects dans la nuit. « Ils ont été placés en garde à vue à Nanterre », a-t-il indiqué. Interrogé sur un lien éventuel avec l'attaque de Lyon, le porte-parole a ajouté : « Il est beaucoup trop tôt pour l'affirmer. »",
        [("Ils ont été placés en garde à vue à Nanterre", "Karim Saïdi"), ("Il est beaucoup trop tôt pour l'affirmer.", "Karim Saïdi")],
    ),
    (
        "L'homme de 42 ans a été interpellé samedi matin à son domicile de Villeurbanne. « On l'entendait crier presque toutes les nuits, mais personne n'osait rien dire », raconte une voisine, qui n'a pas souhaité donner son nom.",
        [("On l'entendait crier presque toutes les nuits, mais personne n'osait rien dire", None)],
    ),
    (
        "Le procureur de la République de Nanterre, Olivier Mercier, a ouvert une enquête pour assassinat. « Tout laisse penser à un règlement de comptes lié au trafic de stupéfiants », a confié un policier sous couvert d'anonymat. Le procureur, lui, appelle à la prudence : « Aucune piste n'est écartée à ce stade. »",
        [
            ("Tout laisse penser à un règlement de comptes lié au trafic de stupéfiants", None),
            ("Aucune piste n'est écartée à ce stade.", "Olivier Mercier"),
        ],
    ),
    (
        "À l'ouverture du procès, l'avocat de l'accusé, Me Frédéric Combes, a annoncé qu'il plaiderait l'acquittement. « Il n'existe aucune preuve matérielle contre mon client », a-t-il soutenu. L'avocate de la famille de la victime a dénoncé « une stratégie de diversion » et rappelé que « l'ADN de l'accusé a été retrouvé sur l'arme ».",
        [
            ("Il n'existe aucune preuve matérielle contre mon client", "Frédéric Combes"),
            ("une stratégie de diversion", None),
            ("l'ADN de l'accusé a été retrouvé sur l'arme", None),
        ],
    ),
    (
        "La nouvelle directrice du CHU de Brest, Sylvie Jaouen, a hérité d'une situation explosive : trois services d'urgences fonctionnent en mode dégradé depuis le printemps. « Nous fermerons des lits cet été, c'est inévitable », a reconnu la directrice lors d'une réunion avec les syndicats. « On nous demande de faire plus avec moins, encore et toujours », soupire une infirmière du service de pneumologie.",
        [
            ("Nous fermerons des lits cet été, c'est inévitable", "Sylvie Jaouen"),
            ("On nous demande de faire plus avec moins, encore et toujours", None),
        ],
    ),
    (
        "Le maire de Calais, Jean-Luc Bertin, et la préfète du Pas-de-Calais, Isabelle Caron, ne sont pas parvenus à s'entendre sur l'ouverture d'un nouveau centre d'accueil. « L'État prendra ses responsabilités », a insisté la préfète. « L'État, ici, c'est toujours la commune qui paie », a rétorqué l'édile.",
        [("L'État prendra ses responsabilités", "Isabelle Caron"), ("L'État, ici, c'est toujours la commune qui paie", "Jean-Luc Bertin")],
    ),
    (
        "Les enquêteurs cherchent toujours à comprendre comment le convoyeur de fonds a pu disparaître avec plus de deux millions d'euros. « Il connaissait parfaitement les failles de la procédure », assure une source proche du dossier. Un ancien collègue décrit « un homme discret, sans histoires ».",
        [("Il connaissait parfaitement les failles de la procédure", None), ("un homme discret, sans histoires", None)],
    ),
    (
        "Le président du Stade lavallois, Rachid Haddad, a annoncé vendredi le limogeage de l'entraîneur après une sixième défaite consécutive. \"Ce n'est jamais une décision facile, mais le club passe avant les hommes\", a expliqué le dirigeant. Dans les tribunes, la colère ne retombe pas : \"Ça fait trois ans qu'on nous promet la montée\", peste un supporteur.",
        [
            ("Ce n'est jamais une décision facile, mais le club passe avant les hommes", "Rachid Haddad"),
            ("Ça fait trois ans qu'on nous promet la montée", None),
        ],
    ),
    (
        "Invité mardi de la matinale de France Inter, l'ancien ministre de l'économie Gérard Lambert a étrillé le projet de budget. Selon lui, le texte « ne tient pas la route ». « On ne réduit pas un déficit en taxant ceux qui produisent », a asséné l'ancien ministre, qui n'exclut pas de se présenter à la présidentielle.",
        [("ne tient pas la route", "Gérard Lambert"), ("On ne réduit pas un déficit en taxant ceux qui produisent", "Gérard Lambert")],
    ),
    (
        "La ministre du travail, Aurélie Ndiaye, a reçu jeudi la députée Laura Bianchi, rapporteuse de la proposition de loi sur le télétravail. « Nous partageons les mêmes objectifs », a assuré la ministre à la sortie de l'entretien. « Les objectifs, oui ; les moyens, pas du tout », a nuancé la parlementaire.",
        [("Nous partageons les mêmes objectifs", "Aurélie Ndiaye"), ("Les objectifs, oui ; les moyens, pas du tout", "Laura Bianchi")],
    ),
    (
        "La direction des Fonderies de l'Ouest a confirmé lundi la suppression de 180 postes. « Le site n'est plus rentable depuis cinq ans », a justifié le directeur de l'usine, qui a refusé d'être cité nommément. Le délégué CGT, Patrice Hamon, promet « un mois de juin très chaud ». « Nous irons jusqu'au bout », a prévenu le syndicaliste.",
        [
            ("Le site n'est plus rentable depuis cinq ans", None),
            ("un mois de juin très chaud", "Patrice Hamon"),
            ("Nous irons jusqu'au bout", "Patrice Hamon"),
        ],
    ),
    (
        "Le car scolaire a quitté la route vers 7 h 30 à la sortie de Saint-Flour. « J'ai vu le bus se coucher sur le côté, les enfants hurlaient », témoigne un automobiliste qui suivait le véhicule. Le chauffeur, légèrement blessé, aurait expliqué aux gendarmes avoir « été ébloui par le soleil ».",
        [("J'ai vu le bus se coucher sur le côté, les enfants hurlaient", None), ("été ébloui par le soleil", None)],
    ),

    # -- 4. pronouns whose antecedent is not the last name --------------------
    (
        "Le rapporteur du texte, Marc Dubois, espérait convaincre la sénatrice Julie Perrin jusqu'à la dernière minute. Peine perdue. « Je ne voterai pas ce texte en l'état », a-t-elle affirmé à l'issue de la séance.",
        [("Je ne voterai pas ce texte en l'état", "Julie Perrin")],
    ),
    (
        "Le capitaine du FC Lorient, Yann Le Bihan, a appris son éviction du groupe à la veille du derby. Surpris par la décision du président Marc Aubry, il a déclaré : « Personne ne m'a prévenu, je l'ai appris par la presse. »",
        [("Personne ne m'a prévenu, je l'ai appris par la presse.", "Yann Le Bihan")],
    ),
    (
        "Sous les applaudissements de ses coéquipières, Léa Fontaine a reçu le trophée de meilleure joueuse des mains de l'entraîneur national, Didier Roche. Très émue, elle a lancé : « Cette récompense, je la dois à ma grand-mère. » Il s'est dit, de son côté, « fier de cette génération ».",
        [("Cette récompense, je la dois à ma grand-mère.", "Léa Fontaine"), ("fier de cette génération", "Didier Roche")],
    ),
    (
        "Le ministre de l'agriculture, Arnaud Pichon, a reçu lundi la présidente des Jeunes Agriculteurs, Céline Martinez. À l'issue de la réunion, il s'est dit satisfait : « Nous avons avancé sur la question des prix. » Elle s'est montrée nettement plus réservée : « Des promesses, on en a déjà eu beaucoup. »",
        [("Nous avons avancé sur la question des prix.", "Arnaud Pichon"), ("Des promesses, on en a déjà eu beaucoup.", "Céline Martinez")],
    ),
    (
        "Le président de la communauté de communes, Hervé Lucas, a reçu pendant deux heures une délégation d'agriculteurs en colère. Ils sont ressortis sans avoir obtenu gain de cause. « On ne lâchera rien, on reviendra avec les tracteurs », ont-ils prévenu en quittant la salle.",
        [("On ne lâchera rien, on reviendra avec les tracteurs", None)],
    ),
    (
        "Pierre Lenoir a pris lundi ses fonctions de recteur de l'académie de Lille. Il a rendu un hommage appuyé à sa prédécesseure, Laure Garnier, partie à la retraite après quarante ans de carrière. « Elle a été exemplaire dans la gestion de la crise sanitaire », a-t-il souligné.",
        [("Elle a été exemplaire dans la gestion de la crise sanitaire", "Pierre Lenoir")],
    ),
    (
        "La ministre des sports, Chloé Baptiste, et le président de la Fédération française de natation, Gilles Renaud, ont présenté mardi le plan « Savoir nager ». Interrogée sur le manque de piscines en zone rurale, la ministre a reconnu un retard. « Nous ne rattraperons pas vingt ans d'abandon en un quinquennat », a-t-elle admis.",
        [("Nous ne rattraperons pas vingt ans d'abandon en un quinquennat", "Chloé Baptiste")],
    ),
    (
        "Dominique Ferrand préside depuis 2015 l'épicerie solidaire du quartier Saint-Michel ; Claude Mercier en est le trésorier. Cette année, la demande a explosé. « Nous avons distribué 30 % de colis en plus », a expliqué la présidente. « Et les dons, eux, ont baissé de moitié », a-t-il précisé.",
        [("Nous avons distribué 30 % de colis en plus", "Dominique Ferrand"), ("Et les dons, eux, ont baissé de moitié", "Claude Mercier")],
    ),
    (
        "Le juge d'instruction Antoine Giraud a reçu mardi le rapport de l'expert Laurent Picard. Il a aussitôt ordonné une contre-expertise, estimant que « les conclusions reposent sur des hypothèses trop fragiles ».",
        [("les conclusions reposent sur des hypothèses trop fragiles", "Antoine Giraud")],
    ),
    (
        "Ahmed Khalil, 34 ans, a passé six mois à la rue après son licenciement. Son ancien employeur, un sous-traitant de l'aéronautique dirigé par Serge Blanc, n'a jamais répondu à ses courriers. « J'ai cru que j'allais mourir de froid cet hiver-là », raconte-t-il aujourd'hui, un café entre les mains.",
        [("J'ai cru que j'allais mourir de froid cet hiver-là", "Ahmed Khalil")],
    ),
    (
        "La candidate écologiste, Maria Santos, a vivement attaqué le bilan de la maire sortante, Brigitte Lemoine, lors du premier débat de la campagne. « Madame Lemoine a eu six ans pour agir sur les transports, elle n'a rien fait », a-t-elle lancé.",
        [("Madame Lemoine a eu six ans pour agir sur les transports, elle n'a rien fait", "Maria Santos")],
    ),
    (
        "Invitée de RTL dimanche, la secrétaire nationale du parti, Anne-Sophie Garnier, a refusé de se prononcer sur une candidature à la présidentielle. Pressée de questions par le journaliste Nicolas Berthier, elle a souri : « Chaque chose en son temps. »",
        [("Chaque chose en son temps.", "Anne-Sophie Garnier")],
    ),
    (
        "Le milieu marocain Youssef Amrani a offert la victoire à Rennes à la 89e minute, d'une tête sur un centre de Kevin Durand. Il a dédié son but à son fils, né la semaine dernière : “Je lui avais promis, je l'ai fait.”",
        [("Je lui avais promis, je l'ai fait.", "Youssef Amrani")],
    ),
    (
        "Les ouvrières de la blanchisserie industrielle de Roanne sont en grève depuis dix jours. Le directeur, Fabrice Morin, refuse toute augmentation. « On gagne à peine plus que le smic après vingt ans de maison », expliquent-elles devant le piquet de grève.",
        [("On gagne à peine plus que le smic après vingt ans de maison", None)],
    ),
    (
        "Le premier adjoint, Thierry Blanchard, a présenté le projet, mais c'est l'architecte, Mei Lin Zhou, qui a répondu aux questions des riverains. Visiblement agacée par les critiques, elle a haussé le ton : « Ce bâtiment ne fera de l'ombre à personne. » Il a promis, lui, une « concertation élargie » avant le dépôt du permis.",
        [("Ce bâtiment ne fera de l'ombre à personne.", "Mei Lin Zhou"), ("concertation élargie", "Thierry Blanchard")],
    ),

    # -- 5. interviews, strings of quotations, cataphora ----------------------
    (
        "Le président du conseil départemental de l'Ariège, Jacques Morin, a déclaré à la presse :\n\n« Nous allons reconstruire le pont de Tarascon, c'est une priorité absolue. »\n\n« Les travaux commenceront dès le printemps, et les habitants seront associés à chaque étape. »\n\n« Je ne laisserai pas la vallée coupée du monde. »",
        [
            ("Nous allons reconstruire le pont de Tarascon, c'est une priorité absolue.", "Jacques Morin"),
            ("Les travaux commenceront dès le printemps, et les habitants seront associés à chaque étape.", "Jacques Morin"),
            ("Je ne laisserai pas la vallée coupée du monde.", "Jacques Morin"),
        ],
    ),
    (
        "Après la défaite (0-3), l'entraîneur lyonnais, Farid Belkacem, s'est longuement exprimé en conférence de presse.\n\n« On a perdu ce match dans les vingt premières minutes. »\n\n« Je ne vais pas accabler mes joueurs, je suis le premier responsable. »\n\nSon homologue marseillais, Roberto Gallo, savourait : « Mes joueurs ont été héroïques. »\n\n« Le titre ? On peut en rêver, oui, pourquoi pas. »",
        [
            ("On a perdu ce match dans les vingt premières minutes.", "Farid Belkacem"),
            ("Je ne vais pas accabler mes joueurs, je suis le premier responsable.", "Farid Belkacem"),
            ("Mes joueurs ont été héroïques.", "Roberto Gallo"),
            ("Le titre ? On peut en rêver, oui, pourquoi pas.", "Roberto Gallo"),
        ],
    ),
    (
        "« Je ne m'attendais pas à une telle violence. » C'est ainsi que Valérie Chassagne a réagi, mercredi, à l'annonce de sa mise en examen pour favoritisme. L'ancienne présidente de la région conteste l'ensemble des faits qui lui sont reprochés.",
        [("Je ne m'attendais pas à une telle violence.", "Valérie Chassagne")],
    ),
    (
        "« Écrire, c'est refuser d'oublier. » Tels sont les mots de l'écrivain ivoirien Amadou Koné, lauréat jeudi du prix des Cinq Continents, qui a dédié sa récompense « à toutes les mères d'exilés ».",
        [("Écrire, c'est refuser d'oublier.", "Amadou Koné"), ("à toutes les mères d'exilés", "Amadou Koné")],
    ),
    (
        "« Je n'ai jamais triché. Jamais », répète-t-il. Dans le box des prévenus, Laurent Vidal, ancien directeur sportif de l'équipe cycliste Horizon, nie toujours avoir organisé un système de dopage. « Les coureurs mentent pour sauver leur carrière », assure-t-il.",
        [("Je n'ai jamais triché. Jamais", "Laurent Vidal"), ("Les coureurs mentent pour sauver leur carrière", "Laurent Vidal")],
    ),
    (
        "« Où étiez-vous le soir du 12 mars ? », a demandé la présidente du tribunal, Hélène Roussel. « Chez moi », a répondu le prévenu, Kevin Marchal. « Seul ? » « Avec ma compagne. » « Elle a pourtant déclaré aux enquêteurs que vous étiez sorti. » Long silence dans la salle.",
        [
            ("Où étiez-vous le soir du 12 mars ?", "Hélène Roussel"),
            ("Chez moi", "Kevin Marchal"),
            ("Seul ?", "Hélène Roussel"),
            ("Avec ma compagne.", "Kevin Marchal"),
            ("Elle a pourtant déclaré aux enquêteurs que vous étiez sorti.", "Hélène Roussel"),
        ],
    ),
    (
        "Lors d'une conférence de presse, la ministre de la santé, Nathalie Keller, a détaillé son plan contre les déserts médicaux.\n\n« Dès septembre, chaque département disposera d'au moins un centre de soins non programmés. »\n\n« Nous financerons 4 000 postes d'assistants médicaux supplémentaires d'ici à 2027. »\n\nPour la présidente du syndicat Médecins de proximité, Corinne Aubert, ce plan arrive « avec dix ans de retard ».",
        [
            ("Dès septembre, chaque département disposera d'au moins un centre de soins non programmés.", "Nathalie Keller"),
            ("Nous financerons 4 000 postes d'assistants médicaux supplémentaires d'ici à 2027.", "Nathalie Keller"),
            ("avec dix ans de retard", "Corinne Aubert"),
        ],
    ),
    (
        "« Nous sommes les oubliés de la République. » Le cri du cœur est celui de Mireille Tessier, maire de Saint-Pardoux, un village de 300 habitants de la Creuse où le dernier commerce a fermé en janvier. « Pour acheter du pain, il faut faire vingt kilomètres », ajoute l'élue.",
        [("Nous sommes les oubliés de la République.", "Mireille Tessier"), ("Pour acheter du pain, il faut faire vingt kilomètres", "Mireille Tessier")],
    ),
    (
        "Nous avons retrouvé Jean-Marc Leduc dans son atelier de Besançon, deux ans après sa condamnation.\n\n« Regrettez-vous ? », lui demande-t-on.\n\n« Non. Je referais exactement la même chose. »\n\n« Même en sachant ce que cela vous a coûté ? »\n\n« Surtout en le sachant. »",
        [
            ("Regrettez-vous ?", None),
            ("Non. Je referais exactement la même chose.", "Jean-Marc Leduc"),
            ("Même en sachant ce que cela vous a coûté ?", None),
            ("Surtout en le sachant.", "Jean-Marc Leduc"),
        ],
    ),
    (
        "Le PDG d'Aéroconstruct, Vincent Labbé, a d'abord voulu rassurer les investisseurs : « Le programme n'est pas menacé. » Puis il a reconnu que les livraisons accuseraient « quelques mois de retard ». Interrogé à son tour, le directeur technique, Yves Perrot, a été plus précis.\n\n« Nous avons identifié un défaut sur les fixations du train d'atterrissage. »\n\n« Il faudra reprendre une quarantaine d'appareils déjà assemblés. »",
        [
            ("Le programme n'est pas menacé.", "Vincent Labbé"),
            ("quelques mois de retard", "Vincent Labbé"),
            ("Nous avons identifié un défaut sur les fixations du train d'atterrissage.", "Yves Perrot"),
            ("Il faudra reprendre une quarantaine d'appareils déjà assemblés.", "Yves Perrot"),
        ],
    ),
    (
        "“Je ne serai pas candidate.” “Mon combat est ailleurs.” Ces deux phrases, prononcées lundi soir par Sabine Morvan sur le plateau de France 2, ont mis fin à des mois de spéculations.",
        [("Je ne serai pas candidate.", "Sabine Morvan"), ("Mon combat est ailleurs.", "Sabine Morvan")],
    ),
    (
        "« Ici, on vit au rythme des marées. » Depuis quarante ans, Yannick Le Du, ostréiculteur à Cancale, n'a jamais quitté sa baie. Sa fille, Maëlle Le Du, qui doit reprendre l'exploitation, est plus inquiète : « Avec le réchauffement, on ne sait plus ce que sera l'huître dans vingt ans. »",
        [
            ("Ici, on vit au rythme des marées.", "Yannick Le Du"),
            ("Avec le réchauffement, on ne sait plus ce que sera l'huître dans vingt ans.", "Maëlle Le Du"),
        ],
    ),
    (
        "Le chef étoilé Julien Ferrat a annoncé dimanche qu'il rendait ses trois étoiles. Il s'en est expliqué auprès d'Ouest-France.\n\n« Je ne dormais plus. Je pensais au guide du matin au soir. »\n\n« Mes cuisiniers méritent mieux que cette pression permanente », poursuit-il.\n\n« Je veux simplement faire à manger aux gens. »",
        [
            ("Je ne dormais plus. Je pensais au guide du matin au soir.", "Julien Ferrat"),
            ("Mes cuisiniers méritent mieux que cette pression permanente", "Julien Ferrat"),
            ("Je veux simplement faire à manger aux gens.", "Julien Ferrat"),
        ],
    ),
    (
        "À la tribune du congrès, la secrétaire générale du syndicat, Martine Oualid, a ouvert les débats.\n\n« Nous ne signerons aucun accord qui recule l'âge de départ. »\n\nDans la salle, un délégué de la métallurgie l'a interrompue : « Et les carrières longues ? »\n\n« Elles seront notre priorité absolue », a-t-elle répondu sous les applaudissements.\n\n« Je le dis au gouvernement : nous sommes prêts à la grève. »",
        [
            ("Nous ne signerons aucun accord qui recule l'âge de départ.", "Martine Oualid"),
            ("Et les carrières longues ?", None),
            ("Elles seront notre priorité absolue", "Martine Oualid"),
            ("Je le dis au gouvernement : nous sommes prêts à la grève.", "Martine Oualid"),
        ],
    ),

    # -- 6. partial quotations in narration and participle clauses ------------
    (
        "La CGT a dénoncé jeudi un « passage en force » du gouvernement, après l'adoption sans vote de la réforme de l'assurance-chômage, et appelle à une journée de mobilisation le 14 mars.",
        [("passage en force", "CGT")],
    ),
    (
        "Le député Hugo Lambert, qualifiant la réforme de « hold-up social », a quitté l'hémicycle sous les huées de la majorité.",
        [("hold-up social", "Hugo Lambert")],
    ),
    (
        "Le constructeur a annoncé la suppression de 1 200 postes en Europe, son directeur général, Markus Weber, évoquant des « difficultés passagères » liées au ralentissement du marché de la voiture électrique.",
        [("difficultés passagères", "Markus Weber")],
    ),
    (
        "La présidente de la région, Nadine Carrère, a salué un accord « historique » avec la SNCF, qui prévoit la réouverture de trois lignes de train d'ici à 2028.",
        [("historique", "Nadine Carrère")],
    ),
    (
        "L'Union des commerçants du centre-ville juge la piétonnisation de la rue principale « injuste » et « dangereuse pour l'économie locale ». Son président, Joseph Ferreira, réclame un moratoire.",
        [("injuste", "Union des commerçants du centre-ville"), ("dangereuse pour l'économie locale", "Union des commerçants du centre-ville")],
    ),
    (
        "Le secrétaire général de la CFDT, Jean Dupuis, reproche à la ministre de la fonction publique, Carole Petit, d'avoir qualifié les agents grévistes de « privilégiés ». Il exige des « excuses publiques ».",
        [("privilégiés", "Carole Petit"), ("excuses publiques", "Jean Dupuis")],
    ),
    (
        "Dénonçant une « dérive autoritaire » du pouvoir, l'opposante Svetlana Orlova a appelé ses partisans à manifester samedi dans le centre de Minsk, malgré l'interdiction des autorités.",
        [("dérive autoritaire", "Svetlana Orlova")],
    ),
    (
        "Selon le directeur de l'aéroport de Nice, Bertrand Lacoste, le trafic a retrouvé vendredi un niveau \"quasi normal\", après deux jours de grève des contrôleurs aériens.",
        [("quasi normal", "Bertrand Lacoste")],
    ),
    (
        "Le Conseil constitutionnel a censuré jeudi plusieurs articles de la loi immigration, jugeant ces dispositions « contraires au principe d'égalité devant la loi ».",
        [("contraires au principe d'égalité devant la loi", "Conseil constitutionnel")],
    ),
    (
        "Le directeur général du groupe Valmont, Éric Sauvage, a évoqué une année « compliquée » mais « pleine de promesses », avant d'assurer : « Nous ne fermerons aucun site en France. »",
        [
            ("compliquée", "Éric Sauvage"),
            ("pleine de promesses", "Éric Sauvage"),
            ("Nous ne fermerons aucun site en France.", "Éric Sauvage"),
        ],
    ),
    (
        "Le maire de Villeneuve-sur-Lot, Alain Giraud, parle d'un « drame absolu » ; pour la procureure, Camille Bernard, il s'agit en revanche d'un « acte prémédité », l'auteur ayant acheté l'arme trois semaines plus tôt.",
        [("drame absolu", "Alain Giraud"), ("acte prémédité", "Camille Bernard")],
    ),
    (
        "Pour l'économiste Fabien Royer, professeur à Sciences Po, cette nouvelle hausse du chômage constitue « un signal d'alarme » que le gouvernement aurait tort d'ignorer.",
        [("un signal d'alarme", "Fabien Royer")],
    ),
    (
        "L'ONG Terre Solidaire s'inquiète d'une « situation humanitaire catastrophique » dans le nord du pays, où plus de 200 000 déplacés vivent sans accès à l'eau potable, selon ses équipes sur place.",
        [("situation humanitaire catastrophique", "Terre Solidaire")],
    ),
    (
        "Au lendemain de la qualification pour la Coupe du monde, le sélectionneur sénégalais, Ibrahima Sarr, se dit « très fier » de ses joueurs, mais les appelle à « rester humbles ».",
        [("très fier", "Ibrahima Sarr"), ("rester humbles", "Ibrahima Sarr")],
    ),
    (
        "Absent des écrans depuis trois semaines, le président du Sénat, Gérard Mathieu, que son entourage décrit comme « épuisé mais combatif », devrait reprendre ses fonctions lundi.",
        [("épuisé mais combatif", None)],
    ),

    # -- 7. written sources ----------------------------------------------------
    (
        "Selon le rapport de l'Insee publié jeudi, « le pouvoir d'achat des ménages a reculé de 0,8 % en 2024, une première depuis dix ans ».",
        [("le pouvoir d'achat des ménages a reculé de 0,8 % en 2024, une première depuis dix ans", "Insee")],
    ),
    (
        "« La situation sanitaire dans le camp est devenue intenable », écrit le préfet Alain Vasseur dans une note confidentielle adressée au ministère de l'intérieur le 3 février, dont Libération a obtenu copie.",
        [("La situation sanitaire dans le camp est devenue intenable", "Alain Vasseur")],
    ),
    (
        "La nageuse a annoncé sa retraite dimanche soir. “Merci pour tout. Cette aventure restera à jamais gravée dans mon cœur”, a posté Inès Moreau sur Instagram, photo de ses médailles à l'appui.",
        [("Merci pour tout. Cette aventure restera à jamais gravée dans mon cœur", "Inès Moreau")],
    ),
    (
        "« Aucune négociation sérieuse n'a été engagée par la direction depuis six mois », indique le communiqué du syndicat Force ouvrière, qui appelle les agents à cesser le travail mardi.",
        [("Aucune négociation sérieuse n'a été engagée par la direction depuis six mois", "Force ouvrière")],
    ),
    (
        "Dans une lettre adressée au maire, l'association Les Amis du Vieux Port écrit : « Ce projet de parking souterrain défigurera le quartier pour des décennies. » Elle réclame l'organisation d'un référendum local.",
        [("Ce projet de parking souterrain défigurera le quartier pour des décennies.", "Les Amis du Vieux Port")],
    ),
    (
        "Un rapport de la Cour des comptes, publié mercredi, pointe « une dérive incontrôlée des dépenses » du programme de rénovation des casernes et recommande de « revoir entièrement la gouvernance du projet ».",
        [("une dérive incontrôlée des dépenses", "Cour des comptes"), ("revoir entièrement la gouvernance du projet", "Cour des comptes")],
    ),
    (
        "Dans un télégramme diplomatique consulté par Le Monde, l'ambassadeur de France à Bamako, Philippe Rouvier, écrivait dès avril 2021 : « La junte ne tiendra aucun de ses engagements sur le calendrier électoral. »",
        [("La junte ne tiendra aucun de ses engagements sur le calendrier électoral.", "Philippe Rouvier")],
    ),
    (
        "Dans sa décision rendue lundi, le tribunal administratif de Rennes estime que l'arrêté anti-mendicité « porte une atteinte disproportionnée à la liberté d'aller et venir » et en prononce la suspension.",
        [("porte une atteinte disproportionnée à la liberté d'aller et venir", "tribunal administratif de Rennes")],
    ),
    (
        "“Nos pensées vont aux familles des victimes et à nos agents mobilisés sur place”, a réagi la SNCF sur le réseau social X, quelques heures après le déraillement.",
        [("Nos pensées vont aux familles des victimes et à nos agents mobilisés sur place", "SNCF")],
    ),
    (
        "« Le gouvernement prépare un remaniement d'ampleur avant l'été », affirme Le Parisien dans son édition de dimanche, citant plusieurs ministres. Interrogé, l'Élysée n'a pas souhaité commenter.",
        [("Le gouvernement prépare un remaniement d'ampleur avant l'été", "Le Parisien")],
    ),
    (
        "Dans la lettre qu'il avait laissée à sa famille, lue à l'audience par la présidente de la cour d'assises, Bernard Thiriet écrivait : « Pardonnez-moi, je n'ai pas su faire autrement. »",
        [("Pardonnez-moi, je n'ai pas su faire autrement.", "Bernard Thiriet")],
    ),
    (
        "Dans son rapport annuel, l'Observatoire international des prisons dénonce « des conditions de détention indignes » à la maison d'arrêt de Nîmes, où le taux d'occupation dépasse 200 %.",
        [("des conditions de détention indignes", "Observatoire international des prisons")],
    ),
    (
        "« Aucune fermeture de classe n'est prévue dans les communes de moins de 5 000 habitants », assure le ministère de l'éducation nationale dans un communiqué publié mardi soir.",
        [("Aucune fermeture de classe n'est prévue dans les communes de moins de 5 000 habitants", "ministère de l'éducation nationale")],
    ),
    (
        "Dans un SMS envoyé à sa sœur la veille du drame, la victime, Laetitia Marchand, écrivait : « J'ai peur de lui, il dit qu'il va me tuer. » Le message a été lu à l'audience par l'avocate générale.",
        [("J'ai peur de lui, il dit qu'il va me tuer.", "Laetitia Marchand")],
    ),
    (
        "Dans ses Mémoires, parus jeudi chez Gallimard, l'ancienne ministre Colette Brunet revient sur sa démission fracassante de 2012 : « Je n'ai jamais regretté d'avoir claqué la porte. » Elle y égratigne aussi plusieurs anciens collègues, dont l'un est qualifié de « courtisan sans colonne vertébrale ».",
        [("Je n'ai jamais regretté d'avoir claqué la porte.", "Colette Brunet"), ("courtisan sans colonne vertébrale", "Colette Brunet")],
    ),

    # -- easy controls ---------------------------------------------------------
    (
        "Le maire de Rouen, Nicolas Mayer, a déclaré : « La ville portera plainte contre l'entreprise responsable de la pollution. »",
        [("La ville portera plainte contre l'entreprise responsable de la pollution.", "Nicolas Mayer")],
    ),
    (
        "« Nous avons été beaucoup trop passifs en première période », a reconnu le capitaine toulousain, Théo Marchetti, après la défaite contre Brest.",
        [("Nous avons été beaucoup trop passifs en première période", "Théo Marchetti")],
    ),
    (
        "Selon Isabelle Fournier, directrice de l'observatoire régional de la santé, « la vaccination a évité des milliers d'hospitalisations cet hiver ».",
        [("la vaccination a évité des milliers d'hospitalisations cet hiver", "Isabelle Fournier")],
    ),
    (
        "« Le texte sera examiné par le Parlement dès janvier », a affirmé Sarah Benhamou, porte-parole du gouvernement, à l'issue du conseil des ministres.",
        [("Le texte sera examiné par le Parlement dès janvier", "Sarah Benhamou")],
    ),
    (
        "“Nous ne lâcherons rien”, a affirmé Luis Ortega, délégué syndical chez Airlux, devant les grilles de l'usine.",
        [("Nous ne lâcherons rien", "Luis Ortega")],
    ),
    (
        "\"C'est une victoire pour tous les salariés\", a déclaré Olga Kowalska, secrétaire du comité social et économique, après la décision des prud'hommes.",
        [("C'est une victoire pour tous les salariés", "Olga Kowalska")],
    ),
    (
        "Le sénateur Raymond Castel a déclaré jeudi : « Je voterai contre ce budget, qui sacrifie les collectivités. »",
        [("Je voterai contre ce budget, qui sacrifie les collectivités.", "Raymond Castel")],
    ),
    (
        "« Le festival accueillera 120 000 spectateurs cette année, un record », annonce son directeur, Hugo Benoît.",
        [("Le festival accueillera 120 000 spectateurs cette année, un record", "Hugo Benoît")],
    ),
    (
        "Pour Aïcha Diop, présidente de l'association Femmes de Rufisque, « l'accès à l'eau reste le premier combat ».",
        [("l'accès à l'eau reste le premier combat", "Aïcha Diop")],
    ),
    (
        "La navigatrice Marie-Hélène Lacroix a franchi la ligne d'arrivée samedi à Brest. « J'ai rêvé de ce moment pendant dix ans », a-t-elle confié, les larmes aux yeux.",
        [("J'ai rêvé de ce moment pendant dix ans", "Marie-Hélène Lacroix")],
    ),

    # -- traps: quotation marks that are not quotations ------------------------
    (
        "Le film « Les Oubliés du Nord », réalisé par Samia Haddad, a reçu dimanche le Grand Prix du festival d'Angers. « J'ai voulu filmer ceux qu'on ne voit jamais », a expliqué la réalisatrice en recevant son trophée.",
        [("J'ai voulu filmer ceux qu'on ne voit jamais", "Samia Haddad")],
    ),
    (
        "Le plan « Vigipirate » a été relevé au niveau « urgence attentat » sur l'ensemble du territoire, a annoncé dimanche le ministère de l'intérieur, après l'attaque au couteau survenue la veille à Arras.",
        [],
    ),
    (
        "Ancien de l'opération « Barkhane », le sergent-chef Rémi Faure a été décoré mardi de la Légion d'honneur. « Je pense d'abord à ceux qui ne sont pas rentrés », a-t-il déclaré sobrement.",
        [("Je pense d'abord à ceux qui ne sont pas rentrés", "Rémi Faure")],
    ),
    (
        "Surnommé “le Professeur” par ses coéquipiers, le meneur de jeu Antoine Lebrun a une nouvelle fois fait la différence face à Monaco (84-79). « Je me contente de lire le jeu », sourit le meneur de l'ASVEL.",
        [("Je me contente de lire le jeu", "Antoine Lebrun")],
    ),
    (
        "Pendant six mois, les salariés de l'entrepôt de Saint-Quentin-Fallavier ont été placés en « vacances » forcées. Une drôle de « pause », qui s'est achevée par l'annonce de la fermeture du site.",
        [],
    ),
    (
        "Trente ans après « La Nuit des loups », son premier roman, Anne-Laure Besson publie « Le Silence des digues » chez Actes Sud. « Ce livre, je l'ai porté pendant vingt ans », confie la romancière, qui a choisi pour épigraphe un vers de la chanson « Les Vents du large ».",
        [("Ce livre, je l'ai porté pendant vingt ans", "Anne-Laure Besson")],
    ),
    (
        "Le mot « résilience » revient dans tous les discours officiels depuis la crise. Le linguiste Paul Aubertin s'en agace : « À force d'être employé partout, il ne veut plus rien dire. »",
        [("À force d'être employé partout, il ne veut plus rien dire.", "Paul Aubertin")],
    ),
    (
        "Le navire « Méditerranée Espoir » a accosté jeudi à Toulon avec 234 personnes à bord. L'opération « Port sûr », déclenchée par la préfecture maritime, a mobilisé près de 300 secouristes et agents de l'État.",
        [],
    ),
]
