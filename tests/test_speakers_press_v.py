"""Speaker attribution on short copy modelled on real Wikinews (issue 9, batch V): one passage per
device found wanting, written for the tests (not taken from the batch), through the whole
pipeline; and guards for what must stay as it was."""

from musk_openai.api import analyse_text


def quotes(text):
    return [(q.speaker, q.speaker_mention) for q in analyse_text(text).quotes]


def names(text):
    return [q.speaker for q in analyse_text(text).quotes]


# -- names the NER ran together or cut ------------------------------------------------------
def test_a_person_after_a_newspaper_title_the_ner_ran_into_one_name():
    # "La Voix du Nord Sandrine Leclercq" tagged as one miscellaneous name: the parse sets the
    # first name in apposition to the title
    text = (
        "À l'hôpital de Lens, le soulagement dominait. « Trois jours sans dormir, et enfin une bonne "
        "nouvelle », confie à La Voix du Nord Sandrine Leclercq, infirmière aux urgences."
    )
    assert names(text) == ["Sandrine Leclercq"]


def test_a_title_that_completes_a_role_is_not_part_of_the_name():
    # Belgian "procureur du Roi": the NER took "Roi" into the name; the role is procureur
    text = (
        "Le procureur du Roi Marc Vandamme avait requis cinq ans de prison. « Ce dossier est celui d'un "
        "système », avait lancé le représentant du ministère public."
    )
    assert names(text) == ["Marc Vandamme"]


def test_a_relative_clause_is_not_part_of_an_organisation_s_name():
    text = (
        "Le tribunal a condamné l'ancien échevin à trois ans de prison. La Ville de Namur, qui s'était "
        "constituée partie civile, indique dans un communiqué qu'elle « réclamera chaque euro détourné »."
    )
    assert names(text) == ["Ville de Namur"]


def test_a_country_is_not_an_alias_of_an_organisation_named_after_it():
    # "au Sénégal" is not "le Syndicat des marins du Sénégal"; "la direction du port" is the
    # port's, named before with a capital
    text = (
        "Les marins du Port autonome de Dakar, au Sénégal, sont en grève depuis lundi, à l'appel du "
        "Syndicat des marins du Sénégal. La direction du port a indiqué dans un communiqué que « le "
        "trafic se poursuit normalement »."
    )
    assert names(text) == ["Port autonome de Dakar"]


# -- roles ----------------------------------------------------------------------------------
def test_the_prosecution_s_representative_is_the_prosecutor():
    text = (
        "La procureure Hélène Marchal a requis dix ans de réclusion. « Il savait ce qu'il faisait », a "
        "martelé la représentante du ministère public."
    )
    assert names(text) == ["Hélène Marchal"]


def test_the_accused_is_not_his_own_lawyer():
    # the last sentences are about the lawyer: "l'accusé" is someone else, not him
    text = (
        "Karim Haddad, 27 ans, comparaît pour meurtre. Son défenseur, Me Julien Roca, a plaidé la "
        "légitime défense. « On ne condamne pas un homme sur un scénario », a-t-il lancé aux jurés. "
        "Avant que la cour ne se retire, l'accusé a pris la parole : « Je demande pardon à la famille »."
    )
    assert names(text)[-1] != "Julien Roca"


def test_a_nationality_of_a_complement_is_not_the_person_s():
    # "un employé de l'agence américaine USAID" is not thereby "le président américain"
    text = (
        "L'annonce coïncide avec la libération de Tom Weller, un employé de l'agence américaine USAID "
        "détenu depuis cinq ans. « Ces années d'isolement n'ont rien donné », a déclaré le président "
        "américain depuis la Maison Blanche."
    )
    assert names(text) == [None]


def test_a_pronoun_after_an_unnamed_speaker_s_compound_incise_is_that_speaker():
    # "a déclaré le président américain, …. Il a conclu : « … »": him again, still unnamed
    text = (
        "Raúl Castro et Barack Obama ont parlé le même jour. « Il est temps d'adopter une nouvelle "
        "approche », a déclaré le président américain depuis la Maison Blanche, qui a annoncé "
        "l'ouverture d'une ambassade. Il a conclu son discours en espagnol : « Todos somos americanos »."
    )
    assert names(text) == [None, None]
