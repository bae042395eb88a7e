import itertools

from desktop.domain.backoff import delay_after_failures
from desktop.domain.passwords import MIN_LENGTH, Strength, estimate_strength, is_acceptable


def test_short_passwords_are_not_acceptable():
    assert not is_acceptable("a" * (MIN_LENGTH - 1))
    assert is_acceptable("a" * MIN_LENGTH)
    assert estimate_strength("kort").strength is Strength.TOO_SHORT


def test_a_long_sentence_beats_a_common_word_with_a_digit():
    weak = estimate_strength("password1").strength
    sentence = estimate_strength("Min hest hedder Bodil og spiser æbler").strength
    assert weak <= Strength.WEAK
    assert sentence == Strength.STRONG


def test_repeated_characters_do_not_count_as_length():
    assert estimate_strength("aaaaaaaaaaaaaaaaaaaa").strength <= Strength.WEAK


def test_three_free_attempts_then_a_growing_capped_delay():
    assert [delay_after_failures(n) for n in range(3)] == [0, 0, 0]
    delays = [delay_after_failures(n) for n in range(3, 12)]
    assert delays[0] == 5
    assert all(b >= a for a, b in itertools.pairwise(delays))
    assert delays[1] > delays[0]
    assert max(delays) == 300
