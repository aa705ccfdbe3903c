"""One passage per attribution pattern named in issue 4 (real model)."""

import pytest

from musk_openai.api import analyse_text

pytestmark = pytest.mark.model


def quotes_of(text):
    return analyse_text(text).quotes


@pytest.mark.parametrize(
    "pattern,text,speaker,rule",
    [
        ("X a écrit : « … »", "Jean Dupont a écrit : « Nous partons. »", "Jean Dupont", "cue-subject"),
        ("« … », a déclaré X", "« Nous partons », a déclaré Jean Dupont.", "Jean Dupont", "inverted-cue"),
        ("a-t-il", "Jean Dupont est arrivé tard. « Nous partons », a-t-il écrit.", "Jean Dupont", "inverted-pronoun"),
        (
            "a-t-elle",
            "Léa Bonnet sourit. « Nos résultats sont solides », a-t-elle affirmé.",
            "Léa Bonnet",
            "inverted-pronoun",
        ),
        (
            "ont-ils",
            "Les militants de Greenpeace ont bloqué le site. « Nous resterons », ont-ils prévenu.",
            "Greenpeace",
            "inverted-pronoun",
        ),
        ("selon X", "Selon Bernard Fabre, « la crise n'est pas terminée ».", "Bernard Fabre", "selon"),
        ("d'après X", "D'après Martine Leroy, « le chantier a pris du retard ».", "Martine Leroy", "selon"),
        ("pour X", "Pour Agnès Vidal, « cette décision est une erreur ».", "Agnès Vidal", "selon"),
        (
            "previous sentence",
            "La lettre est venue de Laurent Barbier, lorsqu'il écrivait à Denis Royer :\n« Vous avez trahi l'équipe. »",
            "Laurent Barbier",
            "intro-pronoun",
        ),
        ("X : « … »", "Catherine Morel : « Nous attendons des excuses. »", "Catherine Morel", "colon"),
        (
            "partial, subject speaks",
            "Sandrine Arnaud a qualifié la mesure de « provocation inutile ».",
            "Sandrine Arnaud",
            None,
        ),
        ("organisation", "Renault a confirmé : « Le site sera maintenu. »", "Renault", "cue-subject"),
        (
            "honorific",
            "Jacques Lemaire préside le club. M. Lemaire a déclaré : « Nous visons la montée. »",
            "Jacques Lemaire",
            "cue-subject",
        ),
        (
            "misspelt",
            "Frédéric Lacombe dirige la rédaction. Lacomb avait écrit : « Nous publierons tout. »",
            "Frédéric Lacombe",
            "cue-subject",
        ),
    ],
)
def test_attribution_patterns(pattern, text, speaker, rule):
    quotes = quotes_of(text)
    assert len(quotes) == 1, pattern
    assert quotes[0].speaker == speaker, pattern
    if rule:
        assert quotes[0].attribution == rule, pattern


def test_continuation_takes_the_previous_speaker():
    quotes = quotes_of("Vincent Robin a écrit : « Je veux témoigner. »\n« Je n'ai rien à cacher. »")
    assert [q.speaker for q in quotes] == ["Vincent Robin", "Vincent Robin"]
    assert quotes[1].attribution == "continuation"


def test_two_speakers_in_one_paragraph():
    quotes = quotes_of("« Nous signerons », a déclaré Serge Hamon. « Rien n'est signé », a rétorqué Odile Marchal.")
    assert [q.speaker for q in quotes] == ["Serge Hamon", "Odile Marchal"]
    assert [q.cue for q in quotes] == ["déclarer", "rétorquer"]


def test_added_salt_is_not_a_cue():
    # "la « sauce maison »" is a term; at worst it is kept as a partial quote nobody said
    assert all(
        q.cue is None and q.speaker is None
        for q in quotes_of("Le chef a ajouté du sel à la « sauce maison » avant de servir.")
    )
    quotes = quotes_of("Le chef a ajouté : « Le sel est essentiel. »")
    assert quotes[0].cue == "ajouter"


def test_titles_and_names_are_not_quotes():
    for text in (
        "Il a fondé une société nommée « Avenir Solaire » en 2010.",
        "Le film « La Grande Vadrouille » a attiré 17 millions de spectateurs.",
        "La loi « Travail » a été adoptée au Sénat.",
    ):
        assert quotes_of(text) == [], text


def test_addressee_and_date():
    quote = quotes_of("Dans un courriel du 3 mars 2021 adressé à Paul Girard, Marie Lefèvre a écrit : « Je pars. »")[0]
    assert quote.speaker == "Marie Lefèvre" and quote.addressee == "Paul Girard"
    assert quote.date is not None and quote.date.value == "2021-03-01"[:8] + "03"


def test_unclosed_quote_is_marked():
    quote = quotes_of("Robert Lemaître a écrit : « Le projet est mort.\nLa suite.")[0]
    assert quote.closed is False and quote.text == "Le projet est mort."


def test_odd_marks_never_raise():
    for text in ("« « »", "”Oui”, a-t-il dit.", "« Non.\n« Si.\n", '"', "Il a dit « oui"):
        analyse_text(text)


def test_addressee_after_the_cue_is_not_the_speaker():
    quote = quotes_of("« Nous réagissons sans hâte » déclare à l'AFP Jean-Philippe Magnen, le porte-parole.")[0]
    assert quote.speaker == "Jean-Philippe Magnen" and quote.cue == "déclarer"


def test_title_with_apposed_name():
    text = "Le ministre de l'Intérieur, Manuel Valls, a parlé sur Europe 1, en affirmant que « tout va bien »."
    assert quotes_of(text)[0].speaker == "Manuel Valls"


def test_definite_description_of_a_known_organisation():
    text = (
        "Selon le ministère de l'Intérieur, « les agresseurs sont connus ». "
        "Le ministère s'est dit déterminé à « combattre toutes les violences »."
    )
    assert [q.speaker for q in quotes_of(text)] == ["ministère de l'Intérieur"] * 2


def test_pronoun_continuing_an_unnamed_subject_names_nobody():
    text = (
        "Antonis Samaras a nommé ses ministres. Le nouveau gouvernement s'est fixé un objectif. "
        "Il a déclaré que « la révision ne doit pas mettre en danger le pays »."
    )
    assert quotes_of(text)[0].speaker is None


def test_year_after_horizon_inside_a_quote():
    doc = analyse_text("Il a promis « une baisse de 75 % à 50 % à l'horizon 2025 ».", dct=None)
    assert [(d.text, d.value, d.quoted) for d in doc.dates] == [("2025", "2025", True)]
