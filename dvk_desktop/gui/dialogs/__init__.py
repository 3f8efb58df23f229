"""Dialogs: the model editor, progress reports, the first-run wizard, passphrases."""
