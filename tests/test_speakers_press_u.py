"""Speaker attribution on short copy modelled on real Wikinews (issue 9, batch U): one passage per
device found wanting, written for the tests (not taken from the batch), through the whole
pipeline; and guards for what must stay as it was."""

from passages import names, quotes


# -- cues and incises -----------------------------------------------------------------
def test_a_speech_verb_the_tagger_took_for_a_noun_before_a_quotation_is_a_cue():
    # "juge" read as the noun "judge": right before « it is the verb of the relative clause
    text = (
        "La préfecture a confirmé la fermeture du col pour tout l'hiver. Une mesure que la présidente "
        "de l'office de tourisme, Claire Dubosc, juge « catastrophique pour la saison »."
    )
    assert names(text) == ["Claire Dubosc"]


def test_an_infinitive_after_a_quotation_is_no_incise():
    # "afin de confier le dossier à …": the infinitive's object is nobody who speaks
    text = (
        "Le ministre de l'Intérieur, Paul Vernier, a pris acte de la décision et indiqué que la loi serait "
        "« complétée rapidement » afin de confier le contrôle des fichiers à un juge."
    )
    assert names(text) == ["Paul Vernier"]


def test_an_incise_verb_the_tagger_calls_an_infinitive_is_still_an_incise():
    # guard: "corrige Lopez fils", whatever the morphology says, is an incise
    text = (
        "Chez les Lopez, le rugby est une affaire de famille. Antonio Lopez a porté le maillot de Béziers ; "
        "son fils, Mathieu Lopez, est aujourd'hui le capitaine de l'équipe. « Je ne lui ai jamais donné un "
        "conseil », s'amuse Lopez père. « Il m'en donnait quand même tous les dimanches », corrige Lopez fils."
    )
    assert names(text)[-1] == "Mathieu Lopez"


# -- names the NER ran together or cut ----------------------------------------------------
def test_a_person_after_a_medium_the_ner_ran_into_its_name():
    # "la radio Cooperativa Marcela Fuentes" tagged as one organisation
    text = (
        "Des pillages ont été signalés dans plusieurs supermarchés. « On n'a plus d'eau, plus rien » raconte "
        "à la radio Cooperativa Marcela Fuentes, une habitante du quartier."
    )
    assert names(text) == ["Marcela Fuentes"]


def test_a_nationality_the_lexicon_lacked_is_cut_off_the_name():
    text = (
        "La Costaricienne Christiana Figueres, secrétaire exécutive de la convention-cadre des Nations unies, "
        "a écrit sur Twitter : “Nous l'avons fait. L'histoire est écrite par nous tous”."
    )
    assert names(text) == ["Christiana Figueres"]


def test_a_title_the_ner_tagged_with_the_words_after_it_is_no_name():
    text = (
        "Battu dimanche au second tour, Henri Lamarque a annoncé qu'il quittait le gouvernement. « Je "
        "m'applique la règle qui a été fixée », a déclaré l'ancien Premier ministre devant ses partisans "
        "réunis à l'hôtel de ville."
    )
    assert names(text) != ["Premier ministre devant ses partisans"]


def test_an_organisation_with_a_role_word_in_its_name_is_still_an_organisation():
    # guard: "Force ouvrière", "Médecins sans frontières" are names, not titles
    text = (
        "Les syndicats préparent la riposte. « Les salariés ne seront pas la variable d'ajustement », "
        "indique le communiqué de Force ouvrière, qui appelle à la grève avec la CGT. Pour Médecins sans "
        "frontières, « la situation est dramatique »."
    )
    assert names(text) == ["Force ouvrière", "Médecins sans frontières"]


# -- organisations -------------------------------------------------------------------------
def test_a_court_named_after_its_town_is_the_court_not_the_town():
    text = (
        "Le tribunal administratif de Nîmes a annulé mardi l'élection municipale de Saint-Aunès. "
        "En cause, un tract anonyme distribué la veille du second tour. Dans son jugement, le tribunal "
        "estime que « la diffusion tardive de ce document a altéré la sincérité du scrutin »."
    )
    assert names(text) == ["tribunal administratif de Nîmes"]  # (the NER took "de Nîmes" for the place)


def test_a_council_the_ner_took_for_a_place_speaks_under_its_whole_name():
    # the NER tags "Le conseil général du" as a place and cuts it before the département
    text = (
        "Le comité de défense prévoit de manifester à Paris. Le conseil général du Gers a pour sa part "
        "adopté lundi une motion et a, dans un communiqué, « apporté son soutien total aux élus », "
        "demandant un moratoire."
    )
    assert names(text) == ["conseil général du Gers"]


def test_a_company_is_not_the_union_section_that_bears_its_name():
    # "CGT Renault" is the union; "la direction de Renault" is the company
    text = (
        "Dans un communiqué, la direction de Renault « condamne fermement ces violences » et annonce une "
        "plainte. Karim Haddad, secrétaire de la CGT Renault, a déclaré sur BFMTV : « Je ne cautionne pas "
        "ce qui s'est passé. »"
    )
    assert names(text) == ["Renault", "Karim Haddad"]


def test_an_unnamed_party_member_is_not_the_party():
    text = (
        "Plusieurs responsables de la majorité attribuent le recul de l'UMP au débat sur la TVA. « On a "
        "offert un boulevard à la gauche », regrettait lundi un député UMP sous couvert d'anonymat."
    )
    assert quotes(text) == [(None, "un député UMP")]


def test_an_unsigned_statement_is_the_organisation_the_sentence_before_made_known():
    # "a fait savoir" parsed with "savoir" as the root
    text = (
        "À Bruxelles, la Commission européenne a fait savoir qu'elle regrettait ce résultat. « Cela va à "
        "l'encontre de la libre circulation des personnes », indique le communiqué publié dimanche soir."
    )
    assert names(text) == ["Commission européenne"]


# -- roles and pronouns ------------------------------------------------------------------
def test_a_lawyer_called_someone_s_counsel():
    text = (
        "Le policier a été condamné jeudi à dix-huit mois avec sursis. Son avocat, Me Thierry Morand, a "
        "annoncé qu'il ferait appel. « Mon client a été condamné pour avoir fait son travail », a plaidé le "
        "conseil du policier."
    )
    assert names(text) == ["Thierry Morand"]


def test_a_council_is_no_lawyer():
    # guard: "le conseil municipal" is a council
    text = (
        "Le projet de parking divise la commune. « Nous ne reviendrons pas sur ce vote », a indiqué le "
        "conseil municipal de Vannes dans un communiqué."
    )
    assert names(text) != ["Thierry Morand"] and quotes(text)[0][1] != "avocat"


def test_a_civil_servant_is_the_police_officer_the_article_named():
    # "le fonctionnaire" for "un gardien de la paix, X"; "en poste dans un commissariat" is where
    # he works, not someone new
    text = (
        "Le tribunal correctionnel de Lyon a condamné jeudi un gardien de la paix de 34 ans, Grégoire "
        "Novak, pour homicide involontaire. La procureure avait requis deux ans avec sursis. A la barre, le "
        "fonctionnaire, toujours en poste dans un commissariat de la ville, avait exprimé des regrets : "
        "« Je pense à ce garçon tous les jours. »"
    )
    assert names(text) == ["Grégoire Novak"]


def test_the_paper_a_sentence_cites_is_not_its_pronoun():
    text = (
        "Le conducteur, Francisco Javier Ortega, 52 ans, a été placé en garde à vue. Selon le quotidien "
        "El Mundo, il aurait déclaré juste après l'accident : « Nous sommes humains. J'espère qu'il n'y a "
        "pas de morts. »"
    )
    assert names(text) == ["Francisco Javier Ortega"]


def test_a_colleague_of_a_nationality_is_the_one_person_of_it():
    text = (
        "Le Britannique Peter Hollis et le Belge François Engel étaient tous deux présents dans la salle. "
        "Le physicien britannique a essuyé une larme : « C'est une chose incroyable », a-t-il confié. Son "
        "confrère belge s'est dit « très, très heureux » d'avoir vécu ce moment."
    )
    assert names(text) == ["Peter Hollis", "François Engel"]


def test_an_incise_whose_auxiliary_the_tagger_missed():
    # "a" tagged as a foreign word before "lu": still "a lu X", reading out a ruling
    text = (
        "Il aura fallu moins de cinq minutes au président de la Cour suprême pour refermer un mois de "
        "suspense. « La Cour juge, à l'unanimité, que l'élection a été conduite conformément à la "
        "Constitution », a lu Joseph Otieno Wambua, dans une salle comble."
    )
    assert names(text) == ["Joseph Otieno Wambua"]


def test_invoking_words_reports_them():
    assert names("Le maire, Paul Granger, a invoqué « la fatigue et la peur » de ces dernières semaines.") == [
        "Paul Granger"
    ]


def test_a_colon_after_a_subordinate_clause_alone_goes_on_with_the_last_speaker():
    text = (
        "Le Premier ministre, Jacques Martel, a défendu son bilan. Interrogé sur le sort de la ministre de la "
        "santé, il a répondu sans hésiter : « Elle fait un excellent travail. » Puis, alors que les questions "
        "se faisaient plus pressantes : « Les rumeurs ne gouvernent pas ce pays. »"
    )
    assert names(text) == ["Jacques Martel", "Jacques Martel"]


def test_an_honorific_picks_the_namesake_of_its_gender_when_the_index_is_built():
    from musk_openai import pipeline
    from musk_openai.entities import EntityIndex

    text = (
        "La ministre de la Santé, Claire Rivière, a redit jeudi qu'elle ne démissionnerait pas. Son mari, Paul "
        "Rivière, député de la Drôme, a lui aussi défendu le gouvernement.\n\nLe premier ministre, Jean Lestang, "
        "a reçu plusieurs membres du gouvernement, dont Mme Rivière, avec qui il a déjeuné."
    )
    doc = next(pipeline.annotate(pipeline.load(), [(text, None)]))
    index = EntityIndex.from_doc(doc)
    assert index.by_position[text.index("Mme Rivière")].name == "Claire Rivière"  # not Paul, named last
