"""Dialogs: first run, unlock, recovery, passwords."""
