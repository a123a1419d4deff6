#!/usr/bin/env python3
"""Build the held-out evaluation cases tests/corpus/facts/heldout/heldout.facts.jsonl.

Same sidecar format as seeds/build_cases.py (see its docstring): for every
``heldout/NNN_slug.txt`` there is a hand-written ``heldout/NNN_slug.gold.json``; company
mention offsets are computed, never typed. All cases go to one JSONL file with ids
``heldout-NNN``. The held-out set measures generalisation: do not tune rules on it.

    python tests/corpus/facts/build_heldout.py           # build and validate
    python tests/corpus/facts/build_heldout.py --check   # only report problems
    python tests/corpus/facts/build_heldout.py --folder heldout2   # another held-out folder
"""

from __future__ import annotations

import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, "heldout")
OUT = os.path.join(FOLDER, "heldout.facts.jsonl")
BUILDER = os.path.join(HERE, "..", "..", "..", "seeds", "build_cases.py")


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_cases", BUILDER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    write = "--check" not in argv
    folder, out, prefix = FOLDER, OUT, "heldout"
    if "--folder" in argv:  # a second held-out set, written later and as blind: its own ids
        name = argv[argv.index("--folder") + 1]
        folder = os.path.join(HERE, name)
        out, prefix = os.path.join(folder, name + ".facts.jsonl"), name
    bc = _load_builder()
    sc = bc._scorer()
    cases, n_problems = [], 0
    for gold_path in sorted(glob.glob(os.path.join(folder, "[0-9][0-9][0-9]_*.gold.json"))):
        base = gold_path[: -len(".gold.json")]
        label = os.path.basename(base)
        problems = []
        with open(base + ".txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        with open(gold_path, encoding="utf-8") as fh:
            gold = json.load(fh)
        mentions = bc.company_mentions(text, gold.get("companies", []), problems, label)
        mentions += bc.extra_mentions(text, gold.get("mentions", []), problems, label)
        mentions.sort(key=lambda m: (m["start"], m["end"]))
        facts = [bc.normalise_fact(f, problems, label) for f in gold.get("facts", [])]
        bc.check_company_roles(facts, mentions, problems, label)
        case = {
            "id": prefix + "-" + label.split("_", 1)[0],
            "text": text,
            "reference_date": gold["reference_date"],
            "facts": facts,
            "mentions": mentions,
            "tags": gold.get("tags", []),
            "notes": gold.get("notes", ""),
        }
        if sc is not None:
            problems += sc.validate_case(case)
        for p in problems:
            print(p)
        n_problems += sum(1 for p in problems if ": warning:" not in p)
        print(
            f"{label}: {len(facts)} facts ({sum(1 for f in facts if not f.get('optional'))} required), "
            f"{len(mentions)} mentions"
        )
        cases.append(case)
    if write:
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            for case in cases:
                fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(cases)} documents, {n_problems} problems")
    return 1 if n_problems else 0


if __name__ == "__main__":
    sys.exit(main())
