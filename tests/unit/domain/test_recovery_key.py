import pytest

from desktop.domain.recovery_key import RecoveryKey, RecoveryKeyFormatError


def test_printed_form_reads_back_to_the_same_key():
    key = RecoveryKey.generate()
    text = str(key)
    assert len(key.groups()) == 8 and all(len(g) == 4 for g in key.groups())
    assert RecoveryKey.parse(text) == key


def test_reading_forgives_case_spaces_and_look_alike_letters():
    key = RecoveryKey.generate()
    typed = " ".join(key.groups()).lower().replace("1", "l").replace("0", "o")
    assert RecoveryKey.parse(typed) == key


def test_a_single_wrong_character_is_caught_by_the_checksum():
    key = RecoveryKey.generate()
    text = str(key)
    replacement = "A" if text[0] != "A" else "B"
    with pytest.raises(RecoveryKeyFormatError):
        RecoveryKey.parse(replacement + text[1:])


@pytest.mark.parametrize("text", ["", "ABCD-EFGH", "U" * 32, "!" * 32])
def test_malformed_text_is_refused(text):
    with pytest.raises(RecoveryKeyFormatError):
        RecoveryKey.parse(text)


def test_repr_never_shows_the_secret():
    key = RecoveryKey.generate()
    assert str(key) not in repr(key) and key.secret.hex() not in repr(key)
