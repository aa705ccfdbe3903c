"""Speaker attribution on messy web copy (issue 9, batch N: volunteer Wikinews, hurried
translations of foreign wires, local news sites and live reports, the international desk): one
passage per device found wanting, written for the tests."""

import pytest
from passages import names


@pytest.mark.model
def test_reporting_verbs_typed_without_their_accents():
    text = (
        "Marie Lescure a declaré que « rien n'est décidé ».\n\n"
        "Anne Fabre a dénoncé la décision. « C'est une erreur », a-t-elle precisé."
    )
    assert names(text) == ["Marie Lescure", "Anne Fabre"]


@pytest.mark.model
def test_the_preposition_typed_for_the_auxiliary():
    text = (
        "Le ministre de la Santé, Jean Dufresnoy, à indiqué que « la situation est grave ».\n\n"
        "Le maire, Paul Varenne, à déclaré : « Nous sommes prêts. »"
    )
    assert names(text) == ["Jean Dufresnoy", "Paul Varenne"]


@pytest.mark.model
def test_a_verbless_lead_before_a_colon_names_the_speaker():
    text = (
        "10h20 — Premier point avec Gérard Le Bihan, secrétaire de l'union départementale : « On sera "
        "plus nombreux que la dernière fois. »\n\n"
        "10h41 — Des lycéens arrivent en courant. Yanis, 16 ans, en terminale : « On nous dit qu'on est "
        "manipulés. »"
    )
    assert names(text) == ["Gérard Le Bihan", "Yanis"]


@pytest.mark.model
def test_a_participle_describing_a_name_points_to_the_name_not_to_its_apposition():
    text = (
        "Les grévistes ont voté la reconduction du mouvement. Thierry Kervella, délégué CGT, joint par "
        "téléphone : « On est partis pour durer. »"
    )
    assert names(text) == ["Thierry Kervella"]


@pytest.mark.model
def test_a_relative_clause_between_subject_and_verb():
    text = (
        "« Nous ne laisserons pas passer ce texte », a déclaré Bohdan Kravets, député du parti "
        "d'opposition Svoboda, à l'agence Reuters.\n\n"
        "Le député, dont la chemise avait été déchirée pendant la bagarre, a ajouté que l'opposition "
        "allait « saisir toutes les instances européennes »."
    )
    assert names(text) == ["Bohdan Kravets", "Bohdan Kravets"]


@pytest.mark.model
def test_an_acronym_in_parentheses_between_subject_and_verb():
    text = (
        "L'ONG Médecins du monde (MDM), qui gère plusieurs centres dans le pays, a toutefois jugé la "
        "réponse des autorités « trop lente »."
    )
    assert names(text) == ["Médecins du monde"]


@pytest.mark.model
def test_an_office_with_a_nationality_in_a_new_paragraph_is_not_the_last_person():
    text = (
        "Kim Dong-hyun, un pêcheur de 67 ans, dit n'avoir jamais vécu une chose pareille. « Je ne "
        "retournerai pas là-bas », a-t-il ajouté. Son fils, Kim Tae-yang, venu l'accueillir depuis Séoul, "
        "était plus en colère: « L'armée n'a rien fait ».\n\n"
        "A Séoul, le président sud-coréen a promis des « représailles massives » en cas de nouvelle "
        "provocation, selon son porte-parole."
    )
    assert names(text) == ["Kim Dong-hyun", "Kim Tae-yang", None]
    # within the paragraph, the person it is about
    same = (
        "Interrogé mercredi, M. Fontaine a balayé ces accusations. « Je n'ai jamais tenu de double "
        "langage », a déclaré le chef de la diplomatie française."
    )
    assert names(same) == ["Fontaine"]


@pytest.mark.model
def test_a_pronoun_follows_the_person_of_its_paragraph():
    text = (
        "Parmi les victimes figure une veuve de 81 ans, Hedwig Kranz. « Il était comme un fils pour "
        "moi », a-t-elle dit. Elle n'a pas voulu regarder l'accusé.\n\n"
        "Le tribunal a ensuite entendu l'épouse de l'accusé, Sabine Wendt. Elle a affirmé n'avoir « rien "
        "su de tout cela »."
    )
    assert names(text) == ["Hedwig Kranz", "Sabine Wendt"]


@pytest.mark.model
def test_a_pronoun_after_an_unnamed_spokesman_in_an_incise_is_nobody_named():
    text = (
        "L'avocat de la défense, Kemal Arslan, a plaidé la clémence. « Il a coopéré », a-t-il dit.\n\n"
        "La banque a remboursé les clients touchés, a indiqué un porte-parole de l'établissement. "
        "« Nous avons changé nos procédures », a-t-il ajouté."
    )
    assert names(text) == ["Kemal Arslan", None]


@pytest.mark.model
def test_a_first_name_set_off_after_a_description():
    text = (
        "Des témoins ont fait état de tirs toute la nuit. « On ne peut pas sortir », a raconté par "
        "téléphone un habitant, Fouad, qui a refusé de donner son nom de famille."
    )
    assert names(text) == ["Fouad"]


@pytest.mark.model
def test_a_title_with_a_complement_before_the_name():
    text = (
        "A Islamabad, le président de l'Autorité nationale de gestion des catastrophes, le général à la "
        "retraite Nadeem Akhtar Rana, reconnaît que l'Etat est « dépassé »."
    )
    assert names(text) == ["Nadeem Akhtar Rana"]


@pytest.mark.model
def test_a_first_name_that_is_also_a_place():
    text = (
        "Le père Jaime Soliz a parlé. La Défenseure du peuple, Lourdes Arancibia, a de son côté réclamé "
        "une enquête « impartiale et rapide » pour établir les responsabilités. « Nous voulons la "
        "vérité », a ajouté Arancibia."
    )
    assert names(text) == ["Lourdes Arancibia", "Lourdes Arancibia"]


@pytest.mark.model
def test_a_plural_pronoun_after_a_crowd_is_nobody():
    text = (
        "Les drapeaux de la CGT sont de sortie. Plusieurs centaines de lycéens arrivent en courant. "
        "Ils scandent « la jeunesse est dans la rue ! »."
    )
    assert names(text) == [None]
    members = "Les militants de Greenpeace ont bloqué l'entrée du site. « Nous resterons ici », ont-ils prévenu."
    assert names(members) == ["Greenpeace"]


@pytest.mark.model
def test_a_sentence_giving_someones_view_passes_the_pronoun_on_to_them():
    text = (
        "A Téhéran, le vice-ministre de la Culture, Ali-Reza Moshiri, a dénoncé « une décision "
        "politique ». Selon lui, le film a été tourné « sans autorisation ». « Les festivals occidentaux "
        "récompensent toujours les mêmes films », a t-il déclaré a l'agence Mehr."
    )
    assert names(text) == ["Ali-Reza Moshiri", "Ali-Reza Moshiri", "Ali-Reza Moshiri"]


@pytest.mark.model
def test_marks_and_colons_typed_without_spaces():
    from musk_openai import pipeline

    nlp = pipeline.load()
    words = [t.text for t in nlp.make_doc("a déclaré:«Nous verrons»,a-t-il dit")]
    assert words == ["a", "déclaré", ":", "«", "Nous", "verrons", "»", ",", "a", "-t", "-il", "dit"]
    # numbers, clock times and addresses keep their signs
    assert [t.text for t in nlp.make_doc("3,5 % à 10:30")] == ["3,5", "%", "à", "10:30"]
    text = "Le maire Paul Duval a déclaré:«Nous sommes prêts». Anne Roux a ajouté «nous verrons»,a-t-elle dit."
    assert names(text) == ["Paul Duval", "Anne Roux"]


@pytest.mark.model
def test_the_addressee_typed_without_its_accent_is_not_the_speaker():
    text = "« Nous sommes prêts », a déclaré a l'AFP le ministre de l'Intérieur, Paul Kerjean."
    assert names(text) == ["Paul Kerjean"]


@pytest.mark.model
def test_an_organisation_keeps_its_lowercase_complement_and_an_embassy_its_city():
    text = (
        "Le Haut-Commissariat des Nations unies aux droits de l'homme a de son côté déclaré qu'il « suit "
        "avec attention la situation ».\n\n"
        "L'ambassade de France à Cotonou a fait savoir qu'« un avion chargé de matériel est parti ».\n\n"
        "Le Fonds national suisse de la recherche scientifique, qui a financé une partie des travaux, a "
        "rappelé que la Suisse « joue un rôle de premier plan »."
    )
    assert names(text) == [
        "Haut-Commissariat des Nations unies aux droits de l'homme",
        "ambassade de France à Cotonou",
        "Fonds national suisse de la recherche scientifique",
    ]
    # a possessive is no complement of the name
    assert names("Amnesty International de son côté a dénoncé « une parodie de justice ».") == ["Amnesty International"]


@pytest.mark.model
def test_a_name_with_a_bare_noun_apposition_introduces_the_next_quotation():
    text = (
        "« Nous sommes contre », a regretté l'élue, qui a annoncé un avis défavorable.\n\n"
        "Dans la salle, les questions ont fusé. Robert Perrin, agriculteur au lieu-dit Les Grandes "
        "Teppes, a pris le micro le premier. « Mon grand-père a construit cette ferme. Je ne partirai pas. »"
    )
    assert names(text) == [None, "Robert Perrin"]


@pytest.mark.model
def test_a_reporting_verb_in_the_passive_is_not_said_by_its_subject():
    # (passes before this round too: it guards against the word-order reading across a cut
    # sentence, which took "Londres" for the speaker of "avait été déclarée")
    text = (
        "L'Iranien Hossein Karimzadeh a parlé aux journalistes. L'Iranien a toutefois répété que le droit "
        "de son pays « n'est pas négociable » et que l'installation de Qom, dont l'existence a été révélée "
        "par Washington, Paris et Londres, avait été déclarée « dans les délais »."
    )
    assert names(text) == ["Hossein Karimzadeh", "Hossein Karimzadeh"]


@pytest.mark.model
def test_a_relative_pronoun_subject_stands_for_its_antecedent():
    text = (
        "Le capitaine Alexandre Poirier avait la mine basse. « C'est la pire sensation », a soutenu le "
        "Québécois, qui a promis que le groupe allait « se regarder dans le miroir » avant de pointer qui "
        "que ce soit.\n\n"
        "L'entraîneur marseillais, Éric Brunel, perd l'un de ses cadres. Le technicien, qui avait souhaité "
        "conserver son milieu, s'est voulu beau joueur : « Yohan mérite ce transfert. »"
    )
    assert names(text) == ["Alexandre Poirier", "Alexandre Poirier", "Éric Brunel"]


@pytest.mark.model
def test_questions_and_answers_side_by_side_alternate_between_asker_and_answerer():
    text = (
        "« Où étiez-vous le soir du 12 mars ? », a demandé la présidente du tribunal, Hélène Roussel. "
        "« Chez moi », a répondu le prévenu, Kevin Marchal. « Seul ? » « Avec ma compagne. » « Elle a "
        "pourtant déclaré que vous étiez sorti ? » « Elle se trompe. »"
    )
    assert names(text) == ["Hélène Roussel", "Kevin Marchal"] * 3
    # with the earlier turn unknown, the answer to a question is nobody's rather than the asker's
    alone = (
        "La présidente, Anne Kervella, lit un extrait du contrat. « Vous trouvez ça normal ? » « Le prix, "
        "c'est le prix. »"
    )
    assert names(alone)[1] is None


@pytest.mark.model
def test_a_live_report_entry_names_its_speaker_before_the_colon():
    text = (
        "11h32 — La préfecture de Loire-Atlantique nous confirme son chiffre et précise que « aucun "
        "incident n'est à signaler ».\n\n"
        "11h50 — Sur Twitter, la conseillère régionale Europe Ecologie Sophie Le Mentec : « Enorme "
        "cortège à #Nantes, on lâche rien ! »"
    )
    assert names(text) == ["préfecture de Loire-Atlantique", "Sophie Le Mentec"]


@pytest.mark.model
def test_the_presiding_judge_is_the_judge():
    text = (
        "La présidente de la chambre, Gisela Hartl-Brunner, a rappelé que l'accusé risque dix ans de "
        "prison. « Les aveux seront pris en compte », a déclaré la juge."
    )
    assert names(text) == ["Gisela Hartl-Brunner"]


@pytest.mark.model
def test_an_epicene_role_after_an_elided_article_finds_its_one_holder():
    text = (
        "Les fouilles sont dirigées par Hélène Marchetti, archéologue à l'Inrap et responsable de "
        "l'opération.\n\n"
        "Parmi les objets retrouvés figurent des lampes à huile. L'archéologue a particulièrement insisté "
        "sur la tombe d'un enfant. « C'est une découverte émouvante. »"
    )
    assert names(text) == ["Hélène Marchetti"]


@pytest.mark.model
def test_a_pronoun_after_an_organisation_named_in_its_kind_nouns_phrase():
    text = (
        "La procureure Hélène Garnier a requis un an de prison. « Les élus savaient », a-t-elle ajouté.\n\n"
        "L'association anticorruption Anticor, qui s'était constituée partie civile, s'est félicitée du "
        "jugement. Dans un communiqué, elle estime que cette condamnation « montre que les élus ne sont "
        "pas au-dessus des lois »."
    )
    assert names(text) == ["Hélène Garnier", "Anticor"]
