#!/usr/bin/env python3
"""(session 27) How sure the plan import is on texts it has never seen, field by field: pools the
first runs of the held-out sets into data/plan-reliability.json, which the import screen shows.

A *first run* is `thidua plan eval DIR` of the parser as it stood when the set was labelled (before
any rule was written from that set), against the set's labels. Each TABLE is the saved output of
such a run; first_runs.sh builds the parser of a commit in a throwaway worktree and makes one.

    python3 tools/plan-audit/first_runs.py --measured 2026-12-07 -o data/plan-reliability.json \\
        eval5:014dc02:/tmp/first-eval5.txt eval6:118a795:/tmp/first-eval6.txt …

Each argument is SET:COMMIT:TABLE (the set's name, the commit whose parser ran, the table).
Nothing is computed twice: the file keeps each set's per-field right/slots; the server pools them.
"""
import argparse
import json
import re
import sys

ROW = re.compile(r"^(?P<field>[a-z]+(?:\.[a-z]+)?)\s+(?:[\d.]+|-)\s+(?:[\d.]+|-)\s+(?P<right>\d+)/(?P<slots>\d+)\s*$")
TEXTS = re.compile(r"^(?P<texts>\d+) texts; fields right:")


def read_table(path):
    """The per-field right/slots and the number of texts of one `plan eval` report."""
    fields, texts = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = ROW.match(line)
            if m:
                if int(m["slots"]):  # a field the set never asks for measures nothing
                    fields[m["field"]] = {"right": int(m["right"]), "slots": int(m["slots"])}
                continue
            m = TEXTS.match(line)
            if m:
                texts = int(m["texts"])
    if texts is None or not fields:
        raise ValueError(f"{path}: not the output of `thidua plan eval` (no field table or no 'N texts' line)")
    return texts, fields


def main(argv=None):
    p = argparse.ArgumentParser(prog="first_runs.py", description=__doc__.split("\n\n")[0])
    p.add_argument("runs", nargs="+", metavar="SET:COMMIT:TABLE")
    p.add_argument("-o", "--output", required=True, help="the data file to write")
    p.add_argument("--measured", required=True, help="the day the tables were made (YYYY-MM-DD)")
    a = p.parse_args(argv)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.measured):
        p.error("--measured is YYYY-MM-DD")
    sets = []
    for run in a.runs:
        parts = run.split(":", 2)
        if len(parts) != 3 or not re.fullmatch(r"[0-9a-f]{7,40}", parts[1]):
            p.error(f"{run}: expected SET:COMMIT:TABLE with a hexadecimal commit")
        try:
            texts, fields = read_table(parts[2])
        except (OSError, ValueError) as e:
            p.error(str(e))
        sets.append({"name": parts[0], "parser_commit": parts[1], "texts": texts, "fields": fields})
    out = {
        "version": 1,
        "basis": "First runs of `thidua plan eval` on the held-out sets of tests/fixtures/plans (each by the "
                 "parser of the commit named, before any rule was written from that set), scored against "
                 "today's labels of the same texts. tools/plan-audit/first_runs.py; docs/plan-import.md, "
                 "\"How sure it is on unseen text\".",
        "measured": a.measured,
        "sets": sets,
    }
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
