"""Speaker attribution on press copy (issue 9, batch Q): one passage per device found wanting,
written for the tests, through the whole pipeline; and the index lookup behind one of them."""

import spacy
from passages import names

from musk_openai.api import analyse_text
from musk_openai.entities import Cluster, EntityIndex


def speakers(text):
    return [(q.text, q.speaker, q.speaker_mention) for q in analyse_text(text).quotes]


def test_a_role_tagged_as_a_person_gives_way_to_the_name_apposed_to_it():
    # the NER took "président de la N-VA" for a person: its own words are no apposition
    text = (
        "Le chef du groupe PS à la Chambre, Christophe Lambert, ne décolère pas. « Nous avons fait "
        "dix pas, eux aucun », a-t-il insisté.\n\nDu côté flamand, on renvoie la balle. Le président de "
        "la N-VA, Pieter Janssens, a estimé sur les ondes de la VRT que les francophones « n'ont rien "
        "compris au changement »."
    )
    assert names(text)[-1] == "Pieter Janssens"


def test_a_gentile_is_not_an_organisation_whose_name_has_that_adjective():
    text = (
        "« Les salariés n'en peuvent plus », a plaidé Sylvie Rochat-Muller, conseillère nationale "
        "socialiste vaudoise.\n\nLa Vaudoise cite une étude du Secrétariat d'Etat à l'économie. « La "
        "productivité a augmenté depuis vingt ans », poursuit-elle.\n\nLes opposants, qui rassemblent "
        "le Conseil fédéral et la Fédération patronale vaudoise, dénoncent un texte coûteux."
    )
    assert names(text)[:2] == ["Sylvie Rochat-Muller", "Sylvie Rochat-Muller"]


def test_the_index_does_not_read_a_capitalised_word_as_the_lowercase_adjective_of_a_name():
    index = EntityIndex()
    union = Cluster("Fédération patronale vaudoise", "organisation")
    union.add("Fédération patronale vaudoise", 10)
    index.clusters.append(union)
    assert index.lookup("Vaudoise") is None
    assert index.lookup("Fédération") is union


def test_a_gentile_in_on_refers_back_to_the_person():
    text = (
        "Dans la catégorie artiste masculin, c'est le chanteur Erwan Le Meur qui s'est imposé. « Je ne "
        "m'y attendais pas du tout », a plaisanté le Breton, qui montait pour la première fois sur la scène."
    )
    assert names(text) == ["Erwan Le Meur"]


def test_an_agent_nobody_names_is_the_speaker_not_the_subject():
    # "jugée « … » par l'intersyndicale": not the group that makes the offer
    found = speakers(
        "Dans un communiqué, Harnois Industries affirme que « toutes les solutions ont été étudiées ». "
        "Le groupe propose des reclassements en Lorraine, une offre jugée « indécente » par "
        "l'intersyndicale."
    )
    assert found[0][1] == "Harnois Industries"
    assert found[1] == ("indécente", None, "par l'intersyndicale")


def test_an_unnamed_source_opening_the_sentence_keeps_its_words():
    # a one-word quotation with nobody named is kept when "selon" says whose it is
    found = speakers(
        "« Personne ici n'y croit », a déclaré Denis Lemoine, délégué CGT de l'usine.\n\n"
        "Selon la direction, la décision est « irréversible »."
    )
    assert found[1] == ("irréversible", None, "Selon la direction")


def test_the_management_is_not_the_union_named_just_before():
    text = (
        "Le groupe Harnois Industries a confirmé la fermeture. « Nous avons fait des bénéfices », a "
        "déclaré Denis Lemoine, délégué CGT de l'usine.\n\nSelon la direction, la fermeture du site "
        "est « irréversible et sans appel pour les salariés »."
    )
    assert names(text)[-1] != "CGT"


def test_words_in_a_relative_clause_of_a_reporting_verbs_object_are_its_subjects():
    # "a salué un décret qui « … »": the decree does not speak
    text = (
        "Dans un communiqué rendu public lundi, le Rassemblement pour la République (RPR), au "
        "pouvoir, a salué un décret qui « consacre la politique de proximité voulue par le chef de "
        "l'Etat »."
    )
    assert names(text) == ["Rassemblement pour la République"]


def test_a_name_set_off_before_an_indefinite_description():
    text = (
        "Parmi les spectateurs du Palais des sports, Kevin, un lycéen de 17 ans venu en car dès 6 "
        "heures du matin, a résumé l'ambiance : « On se serait cru à un concert. »"
    )
    # (the NER calls "Kevin" a miscellaneous name: a first name given an age is a person)
    assert names(text) == ["Kevin"]


def test_a_definite_description_after_a_name_set_off_is_someone_else():
    text = (
        "Le maire de la commune, Gérard Vasseur, est jugé pour favoritisme. Interrogé mardi par la "
        "présidente du tribunal, Catherine Morin, l'ancien maire a contesté les faits. « Je n'ai jamais "
        "touché un centime », a-t-il affirmé."
    )
    assert names(text) == ["Gérard Vasseur"]


def test_pour_an_organisation_opening_the_sentence():
    text = (
        "« On nous annonce 900 suppressions de postes », a dit Frédéric Lanoë, délégué CFE-CGC.\n\n"
        "Pour la CGT, le plan confirme « le désengagement progressif du groupe en France »."
    )
    assert names(text) == ["Frédéric Lanoë", "CGT"]


def test_a_role_goes_to_the_person_named_inside_the_subject_when_its_holder_is_far():
    text = (
        "Le maire, Yann Kervella, a présenté le projet de regroupement. « Nous n'avons pas le choix », "
        "a-t-il dit.\n\nUne adjointe défend la solution. Les parents ont applaudi. La salle s'est "
        "ensuite vidée.\n\nL'opposition, conduite par Loïc Tanguy, ne l'entend pas de cette oreille. "
        "« On nous demande de voter la mort de l'école », a lancé l'élu."
    )
    assert names(text)[-1] == "Loïc Tanguy"


# -- batch R --------------------------------------------------------------------------------


def test_the_agency_an_incise_addresses_is_not_the_speaker():
    text = (
        "Les enregistreurs avaient été confiés au Bureau d'enquêtes et d'analyses (BEA). « Les deux "
        "enregistreurs étaient exploitables », a indiqué à l'AFP Martine Lecuyer, porte-parole du BEA."
    )
    assert names(text) == ["Martine Lecuyer"]


def test_a_name_after_the_press_an_incise_addresses():
    # "qui a perdu son mari": the relative clause's husband is not the speaker
    text = (
        "« Depuis le début, on nous dit que c'était la météo », a déclaré à la presse Grace Wanjiru, "
        "qui a perdu son mari dans l'accident."
    )
    assert names(text) == ["Grace Wanjiru"]


def test_a_person_the_ner_ran_into_the_agencys_name():
    # "Agence France-Presse Karim Ben Slimane" tagged as one organisation
    text = (
        "« Nous recevons 15 000 personnes par jour », a déclaré à l'Agence France-Presse Karim Ben "
        "Slimane, un responsable du Croissant-Rouge tunisien présent sur place. « Les bénévoles ne "
        "dorment plus. »"
    )
    assert names(text) == ["Karim Ben Slimane", "Karim Ben Slimane"]


def test_a_description_refers_back_to_the_name_apposed_to_the_last_subject():
    # (another man named before: not the only man of the article)
    text = (
        "Le recteur, Ousmane Ba, appelle au calme. « On reste là, à attendre », se désole Awa Diop, "
        "étudiante en droit.\n\nSon camarade de "
        "promotion, Moussa Ndiaye, sans lien avec elle, se montre plus remonté. « Les professeurs ont "
        "raison de réclamer leurs droits », fulmine le jeune homme."
    )
    assert names(text) == ["Awa Diop", "Moussa Ndiaye"]  # "« Les professeurs … »" is no description


def test_a_colon_clause_subject_is_not_read_inside_the_quotation():
    text = (
        "Tous les astronomes ne partagent pas cet enthousiasme. Interrogé par le quotidien "
        "britannique The Guardian, Robert Lindgren, de l'Université de Californie à Santa Cruz, qui "
        "n'a pas participé à l'étude, appelle à la prudence : « Ces signaux sont très faibles. »"
    )
    assert names(text) == ["Robert Lindgren"]


def test_words_between_dashes_after_a_name_are_that_persons():
    found = speakers(
        "Les exploitants s'inquiètent. « Chaque socle, ce sont des tonnes de béton dans nos terres », "
        "s'agace Thierry Moreau, céréalier à Ranton. Son voisin Michel Moreau – « pas de la même "
        "famille, mais on a usé les mêmes bancs d'école » – évoque plutôt le bruit."
    )
    assert [speaker for _, speaker, _ in found] == ["Thierry Moreau", "Michel Moreau"]
    assert (
        analyse_text("Son voisin Michel Moreau – « pas de la même famille » – évoque le bruit.").quotes[0].attribution
        == "aside"
    )


def test_a_company_name_with_an_ampersand_is_an_organisation():
    from musk_openai.entities import looks_like_name

    assert looks_like_name("Dufour & Cie", organisation=True)
    assert looks_like_name("Procter & Gamble", organisation=True)


def test_an_alderman_given_an_age_in_parentheses_is_the_role_referred_to():
    text = (
        "Le tribunal correctionnel de Namur a condamné ce mardi Marc Delhaye (52 ans), ancien échevin "
        "des Travaux, à un an de prison avec sursis. « Mon client a toujours contesté », a réagi Me "
        "Olivier Lefebvre, l'avocat de Marc Delhaye.\n\nL'intéressé, visiblement éprouvé, a tenu à "
        "s'exprimer. « Je suis innocent », a lancé l'ancien échevin."
    )
    assert names(text) == ["Olivier Lefebvre", "Marc Delhaye"]


def test_a_name_whose_members_are_spoken_of_is_an_organisation():
    from musk_openai import pipeline

    # (the NER tags "Ansar Eddine" as a person each time)
    doc = pipeline.load()(
        "Les membres d'Ansar Eddine ont justifié la destruction de cette porte. Ansar Eddine avait "
        "menacé de s'en prendre aux mosquées."
    )
    assert [(c.name, c.kind) for c in doc._.entity_index.clusters] == [("Ansar Eddine", "organisation")]


def test_a_plural_tagged_as_a_person_names_nobody():
    from spacy.tokens import Span

    from musk_openai.entities import repair_entities

    blank = spacy.blank("fr")
    doc = blank("Il a fait les Noëls et les week-ends .")
    doc.ents = [Span(doc, 4, 5, label="PER")]
    repair_entities(doc)
    assert list(doc.ents) == []
    doc = blank("Les Kennedy ont parlé .")  # a family keeps its name
    doc.ents = [Span(doc, 1, 2, label="PER")]
    repair_entities(doc)
    assert [e.text for e in doc.ents] == ["Kennedy"]


def test_the_management_is_the_one_company_the_article_named():
    text = (
        "Près de 800 personnes ont défilé mardi contre la fermeture de l'usine du groupe Harnois "
        "Industries, un sous-traitant automobile.\n\nLe cortège a rejoint la sous-préfecture. Des "
        "familles suivaient. « Personne ici n'y croit », a déclaré Denis Lemoine, délégué CGT de "
        "l'usine.\n\nSelon la direction, la décision est « irréversible »."
    )
    assert names(text)[-1] == "Harnois Industries"


def test_a_name_inside_a_que_clause_is_not_the_reporting_verbs_subject():
    # "et a promis que l'Union allait « … »": the commissioner's words, not the Union's
    text = (
        "Le naufrage a fait 40 morts au large de Lampedusa.\n\nA Bruxelles, la commissaire européenne "
        "aux Affaires intérieures, la Suédoise Karin Lindqvist, s'est dite « profondément attristée » et "
        "a promis que l'Union allait « redoubler d'efforts » contre les réseaux de passeurs."
    )
    assert names(text) == ["Karin Lindqvist", "Karin Lindqvist"]


def test_a_gentile_the_ner_called_a_place_is_no_name():
    # "le Normand" (not in the lemmatizer's adjectives): a description, never a speaker "Normand"
    text = "Pour la suite, le Normand se dit prêt à se mettre « au service des leaders » dans les Alpes."
    assert speakers(text)[0][1:] == (None, "le Normand")


# -- a partial quotation carried on from the last quotation ------------------------------------


def test_a_written_sources_words_go_on_in_the_next_sentence():
    found = speakers(
        "Deux jeunes ont été interpellés. D'après le communiqué du ministère de l'Intérieur, « les "
        "identités des deux agresseurs sont connues ». L'agression a été particulièrement violente, "
        "« seule l'intervention d'un passager a pu mettre un terme aux violences », et le jeune a "
        "déposé plainte."
    )
    assert [speaker for _, speaker, _ in found] == ["ministère de l'Intérieur", "ministère de l'Intérieur"]


def test_a_statement_after_a_speakers_incise_goes_on_with_them():
    found = speakers(
        "« Il augmente les impôts des familles », dénonce le président Paul Garnier. Et pour la "
        "dernière période, « il veut mettre fin à l'assurance maladie des retraités »."
    )
    assert [speaker for _, speaker, _ in found] == ["Paul Garnier", "Paul Garnier"]
    assert (
        analyse_text(
            "« Il augmente les impôts des familles », dénonce le président Paul Garnier. Et pour la "
            "dernière période, « il veut mettre fin à l'assurance maladie des retraités »."
        )
        .quotes[1]
        .attribution
        == "continuation"
    )


def test_a_source_of_its_own_is_not_carried_on():
    # "Pour un haut fonctionnaire, « … »": someone else, unnamed
    found = speakers(
        "Le commissaire Hans Weber a salué une décision « responsable et courageuse pour le pays ». "
        "Pour un haut fonctionnaire du ministère interrogé par Libération, « les hommes en noir "
        "finiront par venir, sous un autre nom »."
    )
    assert found[1][1] is None


def test_words_two_sentences_away_are_not_carried_on():
    found = speakers(
        "« Il augmente les impôts des familles », dénonce le président Paul Garnier. Le débat a duré "
        "deux heures. La salle était comble. Un tract parlait de « la fin de l'assurance maladie des "
        "retraités »."
    )
    assert found[1][1] is None


def test_an_incise_closing_the_sentence_wins_over_a_carried_quotation():
    found = speakers(
        "« Nous ne céderons pas », a déclaré le maire Paul Garnier. Le projet serait « une erreur "
        "historique pour la commune », « un gâchis », a répliqué l'opposante Anne Roux."
    )
    assert [speaker for _, speaker, _ in found] == ["Paul Garnier", "Anne Roux", "Anne Roux"]


def test_words_a_later_quotation_repeats_are_not_carried_on():
    # the echo of the later quotation names the speaker, not the quotation before
    text = (
        "« Nous ne céderons pas », a déclaré le maire Paul Garnier. Le projet serait « une erreur "
        "historique pour la commune ».\n\nLe soir, la salle était pleine. « C'est une erreur historique "
        "pour la commune », a lancé l'opposante Anne Roux."
    )
    assert names(text) == ["Paul Garnier", "Anne Roux", "Anne Roux"]
