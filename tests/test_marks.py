"""Quotation-mark pairing on raw text (no spaCy)."""

from musk_openai.quotes.marks import find_quotes


def quoted(text, narration=None):
    return [(text[q.start : q.end], q.closed) for q in find_quotes(text, narration)]


def test_french_guillemets_with_any_inner_space():
    assert quoted("Il a dit « bonjour » puis «\u00a0merci\u00a0» et «\u202fau revoir\u202f».") == [
        ("bonjour", True),
        ("merci", True),
        ("au revoir", True),
    ]


def test_english_german_angle_and_straight_quotes():
    assert quoted('“One” „Zwei“ ‹ trois › "quatre"') == [
        ("One", True),
        ("Zwei", True),
        ("trois", True),
        ("quatre", True),
    ]


def test_guillemet_closed_by_curly_mark():
    assert quoted("Il a écrit : « 100 % d’accord. On y va.” Puis rien.") == [("100 % d’accord. On y va.", True)]


def test_right_curly_mark_used_as_opener():
    text = "Il était fâché.”De facto. J’ai tout payé”, a-t-il écrit."
    assert quoted(text) == [("De facto. J’ai tout payé", True)]


def test_nested_quotes_report_the_outermost():
    assert quoted("Elle a dit : « Il m’a répondu “non” hier. »") == [("Il m’a répondu “non” hier.", True)]


def test_quote_reopened_at_each_paragraph():
    got = quoted("Il a déclaré : « Premier paragraphe.\n« Deuxième paragraphe. »")
    assert got == [("Premier paragraphe.", True), ("Deuxième paragraphe.", True)]


def test_quote_running_into_a_list_after_a_colon():
    text = "« La voie doit être :\nRecherche (2017)\nProjet (2018)”\nSuite."
    assert quoted(text) == [("La voie doit être :\nRecherche (2017)\nProjet (2018)", True)]


def test_unclosed_quote_ends_at_paragraph_end():
    assert quoted("Il a dit : « Nous partons demain.\nLa suite.") == [("Nous partons demain.", False)]


def test_unclosed_quote_ends_where_lower_case_narration_resumes():
    text = "Il a écrit : « Nous partons. Tout est prêt. sa décision surprit tout le monde."
    assert quoted(text) == [("Nous partons. Tout est prêt.", False)]


def test_unclosed_quote_ends_where_the_narration_test_says():
    text = "Il a écrit : « Nous partons. Ses craintes semblaient vaines."
    start = text.index("Ses")
    assert quoted(text, narration=lambda s, e: s == start) == [("Nous partons.", False)]


def test_unclosed_quote_stops_before_the_next_opener():
    assert quoted("« Un. « Deux. »") == [("Un.", False), ("Deux.", True)]


def test_odd_numbers_of_marks_never_raise():
    for text in ("«", "»", "« « «", "” ” ”", '"', 'a " b " c "', "“„‹«", "»«", "« \n »", ""):
        find_quotes(text)


def test_empty_quotes_are_dropped():
    assert quoted("« » et “ ”") == []


def test_guillemet_closes_outer_quote_despite_a_stray_inner_mark():
    text = 'Il a relevé que « "ce n’est que très tard que l’enquête a commencé ». La suite.'
    assert quoted(text) == [('"ce n’est que très tard que l’enquête a commencé', True)]
