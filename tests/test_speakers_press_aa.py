"""Speaker attribution on short copy modelled on real Wikinews (issue 9, batches Z and AA): one
passage per device found wanting, written for the tests (not taken from a batch), through the
whole pipeline; and guards for what must stay as it was."""

from passages import names, quotes

from musk_openai import pipeline
from musk_openai.entities import EntityIndex
from musk_openai.speakers.chains import Chains


# -- subjects the parse lost -------------------------------------------------------------------
# (the first two passages were already read right before these rules, by other means: guards)
def test_a_long_relative_clause_with_dont_between_subject_and_cue():
    # the parser runs the "dont" clause on into the main verb
    text = (
        "12 mars 2013. - Le syndicat a signé l'accord. La présidente de la CFDT Santé, Claire Dubois, "
        "dont l'organisation est arrivée en tête des élections professionnelles de 2011 mais a quitté "
        "les négociations, a qualifié le texte de « trahison pure et simple »."
    )
    assert names(text) == ["Claire Dubois"]


def test_a_long_relative_clause_with_qui_between_subject_and_cue():
    text = (
        "3 mai 2012. - Un cycliste est mort lundi. Vélo Bretagne, qui milite depuis plusieurs années "
        "pour des pistes cyclables séparées sur la route départementale du littoral, a demandé dans un "
        "communiqué que le département « cesse d'attendre le prochain accident pour agir »."
    )
    assert names(text) == ["Vélo Bretagne"]


def test_qui_after_an_apposition_is_the_named_person():
    text = (
        "8 octobre 2016. - Le prix divise. Un avis que ne partage pas l'écrivain Per Lindqvist, membre "
        "de l'institution depuis 1997, qui a qualifié jeudi l'attitude du lauréat d'« impolie et "
        "arrogante » à la radio publique."
    )
    assert names(text) == ["Per Lindqvist"]


def test_ce_dernier_before_a_description_set_off_by_commas():
    text = (
        "2 juin 2016. - L'avion solaire s'est posé à Séville. Le pilote est tombé dans les bras de son "
        "coéquipier Lars Nyberg. Ce dernier, un ancien ingénieur naval qui avait dessiné les ailes de "
        "l'appareil en 2012, s'est dit « fier de toute l'équipe »."
    )
    assert names(text) == ["Lars Nyberg"]


def test_a_colon_after_an_infinitive_clause_goes_back_to_the_main_clause():
    # "…, avant de monter dans un véhicule : « … »": the infinitive has no subject of its own
    text = (
        "2 mai 2014. - L'opposant Paulo Mendes s'est rendu. Le chef du parti Renovação, âgé de 44 ans, "
        "a pris la parole juché sur le socle de la statue, un mégaphone à la main, avant de monter dans "
        "un véhicule blindé : « Si mon emprisonnement sert à réveiller un peuple, il en aura valu la peine »."
    )
    assert names(text) == ["Paulo Mendes"]


def test_a_reporting_verb_coordinated_after_a_que_clause_is_the_reporter_s():
    text = (
        "9 octobre 2012. - Les élections communales ont été marquées par la percée des nationalistes. "
        "Jan Peeters a jugé « normal » que chaque parti tire les leçons du scrutin mais a rappelé que "
        "la prochaine échéance est fixée à 2014 : « Les électeurs ont voté pour leur commune. »"
    )
    assert names(text) == ["Jan Peeters", "Jan Peeters"]


def test_tandis_que_with_an_aside_gives_the_second_clause_its_own_subject():
    text = (
        "14 octobre 2016. - Le prix divise le monde des lettres. La romancière Anne Morel, membre du "
        "jury Femina, a dénoncé une décision « méprisante », tandis que le poète et chanteur "
        "québécois Luc Tremblay, lui-même souvent cité parmi les favoris, a pris la défense du "
        "lauréat : « Pour moi, c'est le plus grand parolier vivant »."
    )
    assert names(text) == ["Anne Morel", "Luc Tremblay"]


# -- names the NER cut -------------------------------------------------------------------------
def test_a_capitalised_common_noun_and_its_adjectives_name_an_institution():
    doc = pipeline.load()("Au Maroc, le Centre cinématographique marocain a salué dans un communiqué la victoire.")
    assert "Centre cinématographique marocain" in [e.text for e in doc.ents]


def test_a_country_s_office_is_not_made_an_institution_s_name():
    # "le président du Conseil italien X": an office, read with its nationality
    doc = pipeline.load()("Le président du Conseil italien Mario Rossi s'est dit satisfait.")
    assert "Conseil italien" not in [e.text for e in doc.ents]


def test_a_newspaper_named_by_two_capitalised_words():
    text = (
        "26 décembre 2009. - La tempête a privé 200 000 foyers d'électricité. « Faudra-t-il attendre "
        "la prochaine tempête pour enterrer enfin les lignes ? » s'interroge Sud Ouest dans son éditorial."
    )
    assert names(text) == ["Sud Ouest"]


# -- nouns of age --------------------------------------------------------------------------------
def test_a_noun_of_age_is_the_person_whose_age_the_article_gave():
    text = (
        "10 mai 2013. - L'ancien général Ramón Aguirre, 86 ans, a été condamné vendredi à 50 ans de prison. "
        "La présidente du tribunal, la juge Inés Barrera, a lu le verdict. « Les preuves sont accablantes », "
        "a-t-elle déclaré.\n\nQuelques heures plus tôt, l'octogénaire avait clamé son innocence : « Je n'ai "
        "jamais donné un tel ordre »."
    )
    assert names(text) == ["Inés Barrera", "Ramón Aguirre"]


def test_a_pronoun_after_a_noun_of_age():
    text = (
        "10 mai 2010. - Le juge Pierre Vachon a condamné jeudi Marc Dion, un entrepreneur de Laval âgé de "
        "52 ans, à quatre ans de prison. « L'accusé a fait le choix de boire », a écrit le juge.\n\n"
        "Lors des observations sur la peine, le quinquagénaire s'était tourné vers la famille de la "
        "victime. « Je ne me le pardonnerai jamais », avait-il déclaré."
    )
    assert names(text) == ["Pierre Vachon", "Marc Dion"]


# -- pronouns ------------------------------------------------------------------------------------
def test_the_quotation_s_own_verb_is_no_cue():
    # "n'avoir « rien su » … avant qu'ils soient faits": not "ils", not a "fait savoir"
    text = (
        "5 novembre 2013. - Le maire a reconnu avoir consommé de la drogue. Son frère Tom Ward, conseiller "
        "municipal, avait nié dimanche toute consommation. Il a dit mardi n'avoir « rien su » de ces aveux "
        "avant qu'ils soient faits."
    )
    assert names(text) == ["Tom Ward"]


def test_selon_lui_right_after_his_words():
    text = (
        "10 mars 2014. - Le maire, Paul Girard, défend une réforme. « Je ne céderai pas », a-t-il déclaré "
        "au Courrier de l'Ouest. Il a promis qu'aucun licenciement n'aurait lieu.\n\nSon principal "
        "adversaire, le socialiste Karim Benali, tête de la liste « Vivre ensemble », a apporté son soutien "
        "aux grévistes et accuse M. Girard de « mépris ». Selon lui, « cette réforme a été préparée dans "
        "le dos des agents et des parents »."
    )
    assert names(text) == ["Paul Girard", "Karim Benali", "Karim Benali"]


def test_son_frere_after_the_elder_brother_spoke():
    text = (
        "22 juillet 2015. - Les éleveurs bloquent Rennes. Yves Le Bihan, éleveur laitier, a passé deux "
        "nuits sur la rocade avec son frère cadet, Joël Le Bihan. « On vend notre lait à perte », explique "
        "l'aîné. Son frère, lui, ne croit plus aux promesses : « Des plans d'urgence, on en a eu. Moi je "
        "veux un prix » a-t-il confié."
    )
    assert names(text) == ["Yves Le Bihan", "Joël Le Bihan"]


# -- guards --------------------------------------------------------------------------------------
def test_a_partial_quotation_opening_on_an_infinitive_keeps_its_speaker():
    text = (
        "4 février 2011. - « On ne peut pas négocier comme ça », a réagi Luc Dumont, chef de groupe PS à "
        "la Chambre.\n\nLe socialiste vise directement la N-VA, accusée de « camper sur ses positions » "
        "depuis le début de l'année."
    )
    assert names(text) == ["Luc Dumont", "Luc Dumont"]


def test_fait_savoir_still_reports():
    text = "5 novembre 2013. - Le ministère de la Santé a fait savoir qu'il jugeait la situation « préoccupante »."
    assert quotes(text) == [("ministère de la Santé", "il")]


# -- roles and organisations ---------------------------------------------------------------------
def test_a_rank_before_the_role_noun_set_off_after_a_name():
    # "X, 187e joueuse mondiale": the rank (tagged as a noun) does not hide the role
    doc = pipeline.load()("La Québécoise Julie Tremblay, 187e joueuse mondiale, a créé la surprise mardi.")
    chains = Chains(doc, EntityIndex.from_doc(doc), lambda position: False)
    holders = [c.name for key in ("joueuse", "joueur") for _, c in chains.roles.get(key, [])]
    assert holders == ["Julie Tremblay"]


def test_an_organisation_noun_with_where_it_sits_is_the_one_that_just_spoke():
    # "l'instance basée à Aigle": its seat names no other body; the team named "de l'équipe X"
    # is a complement, not the one speaking
    text = (
        "22 juin 2010. - Le coureur espagnol Iker Zubiri, de l'équipe Costa-Verde, a été contrôlé positif "
        "lors de la 5e étape du Tour de Suisse, a annoncé mardi l'Union cycliste internationale (UCI) dans "
        "un communiqué. Le grimpeur basque, qui avait terminé huitième du classement général, « a été "
        "provisoirement suspendu », précise l'instance basée à Aigle, en Suisse."
    )
    assert names(text) == ["Union cycliste internationale"]


def test_a_reporting_verb_coordinated_into_a_relative_clause_keeps_the_reporter():
    text = (
        "5 février 2014. - Le Gabon a signé un accord minier. Dans un communiqué, Eramet indique que "
        "l'accord « garantit la pérennité des activités » du groupe au Gabon, qui fournit un quart du "
        "manganèse mondial, et précise que les nouvelles conditions entreront en vigueur « dans le respect "
        "de l'équilibre économique » des deux parties."
    )
    assert names(text) == ["Eramet", "Eramet"]


def test_a_person_the_ner_ran_into_an_acronym_after_a_role():
    # "le secrétaire général de l'ONU Ban Ki-moon", tagged as one name
    text = (
        "26 juillet 2016. - L'avion solaire a bouclé son tour du monde. Le pilote Marc Favre est le "
        "petit-fils d'un explorateur. « Mon grand-père a exploré les limites de la planète », avait-il "
        "expliqué avant le départ.\n\nDans un message vidéo, le secrétaire général de l'ONU Ban Ki-moon "
        "a salué dans ce vol « un exemple pour le monde entier »."
    )
    assert names(text) == ["Marc Favre", "Ban Ki-moon"]


def test_a_name_set_off_after_the_subject_s_complements_is_the_subject():
    # "Le représentant spécial du secrétaire général des Nations unies, le Sud-Coréen X,": the
    # parse hangs X on the last complement; "le diplomate" then refers to X, not to the one
    # quoted before
    text = (
        "3 décembre 2010. - Le président du Conseil constitutionnel, Paul Koné, a proclamé le sortant "
        "vainqueur. « Le Conseil proclame M. Laurent Gbagbo élu » a déclaré M. Koné à la télévision.\n\n"
        "Le représentant spécial du secrétaire général des Nations unies en Côte d'Ivoire, le sud-coréen "
        "Choi Young-jin, chargé de certifier le scrutin, a aussitôt contredit cette décision. « Les "
        "résultats ne changent pas », a-t-il affirmé à Abidjan. Le diplomate a précisé que même avec "
        "toutes les réclamations, « le résultat n'en serait pas modifié »."
    )
    assert names(text) == ["Paul Koné", "Choi Young-jin", "Choi Young-jin"]


def test_an_acronym_before_an_organisation_s_name_is_not_split_off():
    # (the guard: "le président du SNPL Air France, qui …" names no person "Air France")
    text = (
        "15 septembre 2014. - « Nous sommes contre le dumping social », répète Jean Barbier, le président "
        "du SNPL Air France, qui accuse la direction de « jouer le pourrissement »."
    )
    assert names(text) == ["Jean Barbier", "Jean Barbier"]


def test_an_organisation_named_after_its_description():
    # "le syndicat des joueurs Provale": the name is "Provale"
    text = (
        "4 juin 2015. - Le club a été rétrogradé en troisième division.\n\nLe syndicat des joueurs "
        "Provale s'inquiète pour la trentaine de joueurs du club, qui risquent de se retrouver « dans une "
        "situation de grande précarité », indique le communiqué du syndicat."
    )
    assert names(text) == ["Provale"]


# -- winners and makers --------------------------------------------------------------------------
def test_the_laureate_is_the_one_who_received_the_prize():
    text = (
        "3 novembre 2016. - La romancière Nadia Benali a reçu jeudi le prix Goncourt pour « Les Heures "
        "claires », publié chez Gallimard.\n\nLa présidente de l'académie, Claire Morin, a salué « un "
        "roman très fort ».\n\nArrivée sous les flashs, la lauréate s'est dite « très émue ». « C'est un "
        "immense honneur », a-t-elle déclaré."
    )
    # (not the woman who spoke last)
    assert names(text) == ["Claire Morin", "Nadia Benali", "Nadia Benali"]


def test_the_director_is_the_one_whose_film_the_article_named():
    text = (
        "27 février 2011. - Le film malien « Le Fleuve », de Souleymane Keïta, a remporté samedi l'Étalon "
        "d'or en présence du président Blaise Compaoré.\n\nMonté sur scène sous les applaudissements, le "
        "réalisateur a dédié son trophée « aux jeunes cinéastes du continent »."
    )
    assert names(text) == ["Souleymane Keïta"]


def test_the_authors_of_several_works_are_no_one_s_role():
    # (the guard: four novels in the running, "de X" after each title; "l'auteure" is the laureate
    # the article gave that role, not the last author named)
    text = (
        "3 novembre 2016. - Le prix a été attribué à la romancière Nadia Benali pour « Les Heures claires ». "
        "Le roman était en concurrence avec « Petit pays » de Luc Faye et « L'autre rive » de Claire Roy.\n\n"
        "Bousculée par les photographes, l'auteure de 35 ans a confié : « Je suis très émue »."
    )
    assert names(text) == ["Nadia Benali"]


# -- quotations that were lost -------------------------------------------------------------------
def test_a_family_name_alone_that_the_tagger_took_for_an_adverb():
    # "Englert, venu de Bruxelles, s'est dit « … »": the family name of a person named in full
    text = (
        "4 juillet 2012. - Le physicien belge François Englert était dans la salle. Peter Higgs était ému. "
        "Englert, venu de Bruxelles, s'est dit quant à lui « très très heureux » d'avoir pu assister à "
        "l'annonce."
    )
    assert names(text) == ["François Englert"]


def test_appeler_with_long_words_calls_on_people_and_does_not_name():
    # "a appelé « … »" names something only in a few words ("appelé « le Bison »")
    text = (
        "4 décembre 2010. - La crise s'aggrave. À Paris, le président Nicolas Sarkozy a appelé « tous les "
        "dirigeants et les responsables politiques à respecter la volonté du peuple »."
    )
    assert names(text) == ["Nicolas Sarkozy"]


def test_an_organisation_the_ner_cut_after_de_l():
    doc = pipeline.load()(
        "Le Conseil de paix et de sécurité de l'Union africaine, réuni en urgence, a suspendu le pays."
    )
    assert "Conseil de paix et de sécurité de l'Union africaine" in [e.text for e in doc.ents]
