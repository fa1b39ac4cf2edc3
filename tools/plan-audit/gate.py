#!/usr/bin/env python3
"""The emulation gate, measured: does `thidua plan parse` give the empty draft with its note?

    tools/plan-audit/gate.py [--bin build/thidua] [--labels tests/fixtures/plans/gate/LABELS.tsv] DIR...
    tools/plan-audit/gate.py [--bin build/thidua] --keep DIR...

With labels (the gate set, tests/fixtures/plans/gate/{dev,held}): prints the confusion table
(label import/refuse × output draft/empty) and every text on the wrong side.
With --keep (texts whose expected JSON has fields: plans/dev, corpus, focus/*/dev): prints every
text that became an empty draft; exit 1 if any did.
"""
import json
import os
import subprocess
import sys

import audit_common

NOTE = "Không tìm thấy nội dung về thi đua"


def is_empty(binary, path):
    r = subprocess.run([binary, "plan", "parse", path], capture_output=True, text=True)
    if r.returncode != 0:
        return None
    out = json.loads(r.stdout)
    return any(NOTE in n for n in out.get("notes", []))


def main():
    ap = audit_common.parser(__doc__)
    ap.add_argument("--labels", default="tests/fixtures/plans/gate/LABELS.tsv")
    ap.add_argument("--keep", action="store_true")
    a = audit_common.parse_args(ap)
    paths = audit_common.texts(a.paths)
    if a.keep:
        bad = [p for p in paths if is_empty(a.bin, p)]
        n = len(paths)
        print(f"{n} texts, {len(bad)} empty drafts")
        for p in bad:
            print("  EMPTY", p)
        return 1 if bad else 0
    labels = {}
    for line in open(a.labels, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] != "name":
            labels[f[0]] = f[1]
    table = {(l, o): 0 for l in ("import", "refuse") for o in ("draft", "empty")}
    wrong = []
    for p in paths:
        name = os.path.basename(p)[:-4]
        e = is_empty(a.bin, p)
        if e is None:
            print("  ERROR", p)
            continue
        out = "empty" if e else "draft"
        table[(labels[name], out)] += 1
        if (labels[name] == "import") == e:
            wrong.append(f"  {labels[name]:6} → {out:5} {name}")
    print("label \\ output   draft   empty")
    for l in ("import", "refuse"):
        print(f"{l:14} {table[(l, 'draft')]:7} {table[(l, 'empty')]:7}")
    right = table[("import", "draft")] + table[("refuse", "empty")]
    print(f"right {right}/{sum(table.values())}")
    print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
