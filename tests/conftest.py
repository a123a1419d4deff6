"""Settings for the whole test suite.

Hypothesis runs without a deadline: a first example that compiles patterns lazily, or a busy
shared machine, must not fail a property test.  Speed is measured in ``benchmarks/``, never
asserted in tests.
"""

from hypothesis import settings

settings.register_profile("bizfacts", deadline=None)
settings.load_profile("bizfacts")
