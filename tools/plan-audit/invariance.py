"""Does the parse of a text survive the ways a text reaches the officer? (session 22, issue 14)

Each text is parsed as it is and after each change a paste or an export makes without changing what
it says — lines cut at 65, 80 or 110 columns as a PDF gives them, those cut lines with a blank line
after each, Windows line ends, decomposed accents (NFD), tab-indented lines, Word's symbol bullets —
and every field of the contract that differs is flagged. It works without labels: any text will do, and a flag is
a defect of reading, whatever the right answer is. `--summary` prints only the share of texts whose
fields all stay the same, by change. Session 22 found with it that text cut at a fixed width lost
ten points of fields on the development set (PlanPatterns61).

    python3 tools/plan-audit/invariance.py [--bin build/thidua] [--summary] DIR_OR_FILE...
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import audit_common  # noqa: E402
import forms  # noqa: E402

FIELDS = ["title", "event", "organizers", "movement", "phases", "contents", "targets", "group", "people", "counts"]


def cut(width, blank=False):
    def change(text):
        out = []
        for line in text.split("\n"):
            out.extend(textwrap.wrap(line, width) if len(line) > width else [line])
        return ("\n\n" if blank else "\n").join(line for line in out if line.strip() or not blank)
    return change


CHANGES = {
    "cut-65": cut(65),
    "cut-80": cut(80),
    "cut-110": cut(110),
    "cut-80-spaced": cut(80, blank=True),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "tab-indent": lambda t: "\n".join("\t" + line if line.strip() else line for line in t.split("\n")),
    "word-bullets": lambda t: re.sub(r"(?m)^- ", "\uf0b7\t", t),
}
# (s22-forms) the same thing written another accepted way: compared through forms.same, the
# scorer's fold, since a value may be printed as written.
CHANGES.update(forms.FORMS)
SAME = {name: forms.same for name in forms.FORMS}


def parse(binary, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", newline="", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        r = subprocess.run([binary, "plan", "parse", path], capture_output=True, text=True)
        return json.loads(r.stdout) if r.returncode == 0 else {"exit": r.returncode}
    finally:
        os.unlink(path)


def main(argv):
    ap = audit_common.parser(__doc__)
    ap.add_argument("--summary", action="store_true", help="only the share of texts read the same, by change")
    ap.add_argument("--only", help="only the changes whose name starts with this (e.g. date-, cut-)")
    args = audit_common.parse_args(ap, argv)
    files = audit_common.texts(args.paths)
    changes = {k: v for k, v in CHANGES.items() if not args.only or k.startswith(args.only)}
    same = {name: 0 for name in changes}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        base = parse(args.bin, text)
        for name, change in changes.items():
            if change(text) == text:
                same[name] += 1
                continue
            other = parse(args.bin, change(text))
            alike = SAME.get(name, lambda a, b: a == b)
            differ = [k for k in FIELDS if not alike(base.get(k), other.get(k))]
            if "exit" in base or "exit" in other:
                differ = ["exit"] if base.get("exit") != other.get("exit") else []
            if not differ:
                same[name] += 1
            elif not args.summary:
                for k in differ:
                    a = json.dumps(base.get(k), ensure_ascii=False)[:100]
                    b = json.dumps(other.get(k), ensure_ascii=False)[:100]
                    print(f"{os.path.basename(f)}\t{name}\t{k}\t{a}\t{b}")
    n = len(files)
    print(f"# {n} texts read the same after: " +
          ", ".join(f"{name} {same[name]}/{n}" for name in changes))


if __name__ == "__main__":
    main(sys.argv[1:])
