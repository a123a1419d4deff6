"""The clause-level cascade of the fact assembler.

Per sentence that the gate (:mod:`.gate`) lets through: tokens with one tag character each
(:mod:`.tokens`), noun and verb groups (:mod:`.chunks`), constructions written once and
shared by every predicate of the lexicon (:mod:`.clauses`, ``data/predicates.tsv``), and
facts with roles, promoted names and a status (:mod:`.build`, with the names a place may
hold in :mod:`.names`).  A fact's ``rule`` names the
predicate and the construction, e.g. ``"acquire/passive"``.
"""
