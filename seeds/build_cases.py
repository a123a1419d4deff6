#!/usr/bin/env python3
"""Build the gold cases files seeds/NNN_slug.facts.jsonl from hand-written sidecars.

Standard library only. For every document there are two hand-written files:

    seeds/NNN_slug.txt        the article, plain UTF-8 (the "text" of the case, byte for byte)
    seeds/NNN_slug.gold.json  the annotation sidecar:
        {
          "reference_date": "YYYY-MM-DD",          # publication date
          "tags": ["wire", "1980s", ...],           # "hard_negative" for documents with no/few facts
          "notes": "free text",
          "companies": [                            # company mentions: offsets are computed here
            ["Sina Corp", "Sina"],                  # [surface, canonical name]  -> kind "company"
            ["NASDAQ", "Nasdaq", "exchange"],       # [surface, canonical, kind] -> any kind other than
                                                    #   "company" (product, site, org, exchange, media, ...)
                                                    #   becomes an optional company mention
            ["Apple", "Apple", "company", {"only": [1, 3]}]   # options: "only" = which occurrences
          ],                                        #   (1-based) to annotate; "optional": true
          "mentions": [ ... ],                      # optional extra mentions (money/percent/date/...):
                                                    #   {"kind", "text", "occurrence": 1, value fields}
          "facts": [ {"type": ..., roles ...} ]     # roles not given are filled with null
        }

Company surfaces are matched case-sensitively on word boundaries, longest surface first,
never overlapping an earlier match ("Sina Corp" wins over "Sina"). Every listed surface must
occur at least once, and every company-valued role of a fact should be the canonical name of
some mention (a warning otherwise), so that the scorer's alias table covers it.

    python seeds/build_cases.py            # build every seeds/NNN_*.gold.json
    python seeds/build_cases.py 001 007    # build only these documents
    python seeds/build_cases.py --check    # build nothing, only report problems

After building, the cases are validated with ../shared/tools/score_facts.py (if found).
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIRS = [os.path.join(HERE, "..", "..", "shared", "tools"), os.path.join(HERE, "..", "shared", "tools")]

FACT_ROLES = {
    "acquisition": ["acquirer", "target", "stake", "price", "status", "date", "seller"],
    "partnership": ["parties", "date"],
    "investment": ["investee", "investors", "amount", "round", "valuation", "date"],
    "user_count": ["subject", "count", "metric", "qualifier", "as_of"],
    "financial_metric": ["company", "metric", "amount", "period", "status", "change"],
    "valuation": ["company", "amount", "date"],
    "listing": ["company", "exchange", "ticker"],
    "headquarters": ["company", "location"],
    "executive": ["person", "title", "company"],
    "ownership": ["owner", "asset", "stake"],
}
COMPANY_ROLES = {"acquirer", "target", "seller", "investee", "subject", "company", "owner", "asset"}
COMPANY_LIST_ROLES = {"parties", "investors"}
EXTRA_KEYS = ["optional", "accept", "note"]


def _scorer():
    for d in SCORER_DIRS:
        if os.path.exists(os.path.join(d, "score_facts.py")):
            sys.path.insert(0, os.path.abspath(d))
            try:
                import score_facts  # noqa: WPS433
                return score_facts
            except Exception:  # pragma: no cover - validation is a convenience
                return None
    return None


def find_all(text: str, surface: str):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def company_mentions(text: str, companies: list, problems: list, label: str) -> list:
    entries = []
    for row in companies:
        surface, canon = row[0], row[1]
        kind = row[2] if len(row) > 2 and isinstance(row[2], str) else "company"
        opts = next((x for x in row[2:] if isinstance(x, dict)), {})
        entries.append((surface, canon, kind, opts))
    taken = []  # (start, end)
    out = []
    for surface, canon, kind, opts in sorted(entries, key=lambda e: -len(e[0])):
        hits = find_all(text, surface)
        if not hits:
            problems.append("%s: company surface %r not found in the text" % (label, surface))
            continue
        hits = [h for h in hits if not any(h[0] < e and s < h[1] for s, e in taken)]
        if opts.get("only"):
            hits = [h for i, h in enumerate(hits, 1) if i in set(opts["only"])]
        for s, e in hits:
            taken.append((s, e))
            m = {"kind": "company", "text": text[s:e], "start": s, "end": e, "name": canon}
            if kind != "company" or opts.get("optional"):
                m["optional"] = True
            out.append(m)
    return out


def extra_mentions(text: str, extras: list, problems: list, label: str) -> list:
    out = []
    for m in extras or []:
        m = dict(m)
        occ = m.pop("occurrence", 1)
        hits = [(mm.start(), mm.end()) for mm in re.finditer(re.escape(m["text"]), text)]
        if len(hits) < occ:
            problems.append("%s: mention %r occurrence %d not found" % (label, m["text"], occ))
            continue
        m["start"], m["end"] = hits[occ - 1]
        out.append(m)
    return out


def normalise_fact(f: dict, problems: list, label: str) -> dict:
    t = f.get("type")
    if t not in FACT_ROLES:
        problems.append("%s: unknown fact type %r" % (label, t))
        return f
    out = {"type": t}
    for r in FACT_ROLES[t]:
        out[r] = f.get(r)
    for k in EXTRA_KEYS:
        if k in f:
            out[k] = f[k]
    extra = set(f) - set(out) - {"type"}
    if extra:
        problems.append("%s: %s fact has unknown keys %s" % (label, t, sorted(extra)))
    return out


def check_company_roles(facts: list, mentions: list, problems: list, label: str):
    sc = _scorer()
    norm = sc.norm_company if sc is not None else (lambda x: x)
    names = {norm(m["name"]) for m in mentions if m["kind"] == "company"}
    for f in facts:
        for r in FACT_ROLES.get(f["type"], []):
            v = f.get(r)
            vals = []
            if r in COMPANY_ROLES and isinstance(v, str):
                vals = [v]
            elif r in COMPANY_LIST_ROLES and isinstance(v, list):
                vals = v
            for x in vals:
                if norm(x) not in names:
                    problems.append("%s: warning: %s.%s %r is not the canonical name of any mention"
                                    % (label, f["type"], r, x))


def build_one(gold_path: str, write: bool = True):
    problems = []
    base = gold_path[: -len(".gold.json")]
    label = os.path.basename(base)
    num = label.split("_", 1)[0]
    with open(base + ".txt", encoding="utf-8", newline="") as fh:
        text = fh.read()
    with open(gold_path, encoding="utf-8") as fh:
        gold = json.load(fh)
    mentions = company_mentions(text, gold.get("companies", []), problems, label)
    mentions += extra_mentions(text, gold.get("mentions", []), problems, label)
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    facts = [normalise_fact(f, problems, label) for f in gold.get("facts", [])]
    check_company_roles(facts, mentions, problems, label)
    case = {
        "id": "seed-" + num,
        "text": text,
        "reference_date": gold["reference_date"],
        "facts": facts,
        "mentions": mentions,
        "tags": gold.get("tags", []),
        "notes": gold.get("notes", ""),
    }
    sc = _scorer()
    if sc is not None:
        problems += sc.validate_case(case)
    if write:
        with open(base + ".facts.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    return case, problems


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    write = "--check" not in argv
    wanted = [a for a in argv if not a.startswith("--")]
    paths = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]_*.gold.json")))
    if wanted:
        paths = [p for p in paths if os.path.basename(p).split("_", 1)[0] in wanted]
    n_problems = 0
    for p in paths:
        case, problems = build_one(p, write=write)
        for pr in problems:
            print(pr)
        n_problems += sum(1 for pr in problems if ": warning:" not in pr)
        print("%s %s: %d facts (%d required), %d mentions" % (
            "built" if write else "checked", os.path.basename(p)[: -len(".gold.json")], len(case["facts"]),
            sum(1 for f in case["facts"] if not f.get("optional")), len(case["mentions"])))
    print("%d documents, %d problems" % (len(paths), n_problems))
    return 1 if n_problems else 0


if __name__ == "__main__":
    sys.exit(main())
