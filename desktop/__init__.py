"""Casenotes: the offline, encrypted case notebook for jobcentre caseworkers."""

__version__ = "0.1.0"
APP_NAME = "casenotes"
APP_DISPLAY_NAME = "Casenotes"
