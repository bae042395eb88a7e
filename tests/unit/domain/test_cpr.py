import random

import pytest

from desktop.domain.cpr import Cpr, CprError, mask
from desktop.domain.fictional import fictional_cpr, is_fictional_cpr, modulus11_ok


@pytest.mark.parametrize("typed", ["211062-5629", "2110625629", " 211062 5629 ", "211062-5629\n"])
def test_accepted_forms_normalise_to_ddmmyy_dash_ssss(typed):
    assert Cpr.parse(typed).value == "211062-5629"


def test_a_number_failing_modulus_11_is_accepted():
    number = "211062-5628"
    assert not modulus11_ok(number.replace("-", ""))
    assert Cpr.parse(number).value == number


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("320162-1234", CprError.DATE),
        ("310262-1234", CprError.DATE),
        ("290201-1234", CprError.DATE),  # 7th digit 1: 1901, no leap year
        ("12345", CprError.FORMAT),
        ("abcdef-ghij", CprError.FORMAT),
        ("211062-56299", CprError.FORMAT),
        ("２１１０６２５６２９", CprError.FORMAT),  # full-width digits are not ASCII digits
        ("010130-4001", CprError.FUTURE),  # 7th digit 4 with year 30: born 2030
    ],
)
def test_rejected_with_a_reason(typed, reason):
    with pytest.raises(CprError) as info:
        Cpr.parse(typed)
    assert info.value.reason == reason


def test_masked_shows_only_the_birth_date():
    assert Cpr.parse("2110625629").masked == "211062-XXXX"
    assert mask("211062-5629") == "211062-XXXX"
    assert mask(None) == ""


def test_fictional_numbers_parse_fail_modulus_11_and_avoid_the_first_of_the_month():
    rng = random.Random(1)
    for _ in range(500):
        number = fictional_cpr(rng)
        assert Cpr.parse(number).value == number
        assert is_fictional_cpr(number)
        assert not number.startswith("01")
