"""Settings for the test run (pytest collects src/ for its doctests, so this conftest loads with
the whole suite): the spaCy integration module needs spaCy (the test extra has it), and
hypothesis runs without a deadline -- a first example that compiles patterns lazily, or a busy
shared machine, must not fail a property test (speed is measured in ``benchmarks/``)."""

import importlib.util

from hypothesis import settings

settings.register_profile("bizfacts", deadline=None)
settings.load_profile("bizfacts")

collect_ignore = [] if importlib.util.find_spec("spacy") else ["bizfacts/spacy.py"]
