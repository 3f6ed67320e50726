"""Krait's concurrent package: only concurrent.futures lives here."""
