"""Dialogs and actions for the citizen's rights: access export, retention review, erasure."""
