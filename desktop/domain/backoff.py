"""How long a person must wait after failed unlock attempts."""

from __future__ import annotations

FREE_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 5.0
MAX_DELAY_SECONDS = 300.0


def delay_after_failures(consecutive_failures: int) -> float:
    """Seconds to wait before the next attempt: none for the first three, then 5, 10, 20 … up to 5 min."""
    if consecutive_failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (consecutive_failures - FREE_ATTEMPTS))
