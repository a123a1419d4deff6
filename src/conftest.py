"""Doctest collection of src/: the spaCy integration module needs spaCy (the test extra has it)."""

import importlib.util

collect_ignore = [] if importlib.util.find_spec("spacy") else ["bizfacts/spacy.py"]
