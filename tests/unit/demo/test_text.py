"""The demo's note text: varied Danish of varied length, reproducible from the seed."""

import random
import re
from statistics import median

from desktop.demo.text import RARE_QUERY, NoteText, citizen_weights


def notes(seed: int, count: int) -> list[str]:
    texts = NoteText(random.Random(seed))
    return [
        "\n".join((texts.agenda(), texts.citizen_view(), texts.agreements(), texts.next_steps()))
        for _ in range(count)
    ]


def test_the_notes_use_thousands_of_distinct_words():
    words = {w.lower() for note in notes(1, 3000) for w in re.findall(r"\w+", note)}

    assert len(words) > 3000


def test_most_notes_are_a_paragraph_and_some_are_long_accounts():
    lengths = [len(note) for note in notes(2, 3000)]

    assert 250 < median(lengths) < 900
    assert sum(length > 2000 for length in lengths) > 20  # about one in fifty, and more
    assert max(lengths) > 3500


def test_the_same_seed_gives_the_same_text():
    assert notes(3, 50) == notes(3, 50)
    assert notes(3, 50) != notes(4, 50)


def test_the_rare_words_of_the_rare_query_occur_together_and_nowhere_else():
    rare = RARE_QUERY.split()[1:]
    texts = notes(5, 3000)
    together = [note for note in texts if all(word in note for word in rare)]

    assert together and "praktik" in together[0]
    assert all(all(word in note for word in rare) for note in texts if any(word in note for word in rare))


def test_a_few_citizens_get_many_times_the_mean_share_of_notes():
    weights = citizen_weights(random.Random(6), 500)
    shares = [b - a for a, b in zip([0.0, *weights], weights, strict=False)]
    mean = weights[-1] / len(weights)

    assert sum(share > 8 * mean for share in shares) >= 5
    assert median(shares) < mean
