from domain.durations import span_days


def test_spans_in_words_or_digits_count_their_days():
    assert span_days("a four-day truce") == 4
    assert span_days("up to six weeks") == 42
    assert span_days("extended by 2 days") == 2


def test_a_text_without_a_span_has_no_days():
    assert span_days("an open-ended ceasefire") is None
    assert span_days(None) is None
