"""The parts of the citizen page."""
