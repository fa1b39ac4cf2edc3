"""A reader of the lists that does not depend on the lexicon, tried (session 28, issue 14).

Session 27 left one approach untried for the lists (contents, counts, organisers, members), which the
rules read right 27–50% of the time on texts nobody wrote rules from: a token-level sequence labeller
learnt from the labelled texts. This is that labeller — tokens (words, punctuation, line ends), features
of each token and its neighbours (the word folded, its shape, the two words either side, the start of a
line, how far back the last ":", ";", "nội dung", "gồm" are, whether the sentence holds ";"), B/I/O tags
projected from the labels' items found word for word in the text, an averaged perceptron with first-order
Viterbi decoding — measured the only fair way: each former held-out set left out of its training, read
against the **first run** of the rules on the same set (the parser as it stood before any rule was
written from it), both scored by `thidua plan eval --labels` (the product's scorer, nothing recomputed).

    python3 tools/plan-audit/token_tagger.py --field contents --first-runs DIR [--epochs 12] [--bin build/thidua]

DIR holds `evalN/NAME.json`, the first-run parse of each text of the former held-out set evalN (whose
names are in tests/fixtures/plans/evalN/texts.txt), e.g. for eval8:

    tools/plan-audit/first_runs.sh 94578d1 tests/fixtures/plans/eval8/texts.txt   # builds that parser
    while read n; do /tmp/thidua-first-run-94578d1/build/thidua plan parse \\
        tests/fixtures/plans/dev/$n.txt > DIR/eval8/$n.json; done < tests/fixtures/plans/eval8/texts.txt

Session 28's result (eval5 … eval10, 216 texts, 12 epochs): the labeller is far below the rules on
every list — see tests/fixtures/plans/README.md, "Session 28".
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
PLANS = os.path.join(ROOT, "tests", "fixtures", "plans")
TOKEN = re.compile(r"\n|\w+|[^\w\s]")
TAGS = "OBI"


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def tokenize(text):
    """(token, start, end) of each word, punctuation mark and line end."""
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]


def is_word(t):
    return t != "\n" and (t[0].isalnum() or t[0] == "_")


def project(tokens, items):
    """B/I/O tags of the tokens: each item found word for word (folded, punctuation aside) at its first
    free place is B then I up to its last word; an item not in the text tags nothing."""
    words = [i for i, t in enumerate(tokens) if is_word(t[0])]
    keys = [fold(tokens[i][0]) for i in words]
    tags = ["O"] * len(tokens)
    for item in items:
        want = [fold(t) for t, _, _ in tokenize(item) if is_word(t)]
        n = len(want)
        for j in range(len(keys) - n + 1) if n else ():
            if keys[j:j + n] == want and all(tags[words[k]] == "O" for k in range(j, j + n)):
                a, b = words[j], words[j + n - 1]
                tags[a] = "B"
                for k in range(a + 1, b + 1):
                    tags[k] = "I"
                break
    return tags


def spans(text, tokens, tags):
    """The text of each B I… run."""
    out, i = [], 0
    while i < len(tags):
        if tags[i] == "B":
            j = i
            while j + 1 < len(tags) and tags[j + 1] == "I":
                j += 1
            out.append(text[tokens[i][1]:tokens[j][2]])
            i = j + 1
        else:
            i += 1
    return out


def features(tokens):
    n = len(tokens)
    w = ["<NL>" if t == "\n" else fold(t) for t, _, _ in tokens]
    semi = [False] * n
    start = 0
    for i in range(n + 1):
        if i == n or w[i] in (".", "<NL>"):
            has = ";" in w[start:i]
            for k in range(start, i):
                semi[k] = has
            start = i + 1
    far = 10 ** 9
    last = {":": -far, ";": -far, "nd": -far, "gom": -far}
    line_start, out = True, []
    for i in range(n):
        raw = tokens[i][0]
        f = ["b", "w=" + w[i]]
        f.append("NL" if raw == "\n" else "s=" + ("P" if not is_word(raw) else "D" if raw[0].isdigit() else "C" if raw[0].isupper() else "l"))
        for d in (-3, -2, -1, 1, 2):
            f.append(f"w{d}=" + (w[i + d] if 0 <= i + d < n else "<S>"))
        f.append("b-1=" + (w[i - 1] if i else "<S>") + "|" + w[i])
        f.append("b+1=" + w[i] + "|" + (w[i + 1] if i + 1 < n else "<E>"))
        if line_start and raw != "\n":
            f += ["LS", "LSw=" + w[i]]
        for key, step, cap in ((":", 5, 30), (";", 10, 60), ("nd", 20, 200), ("gom", 10, 60)):
            d = i - last[key]
            f.append(f"d{key}=" + ("none" if d > far // 2 else str(min(d, cap) // step)))
        f.append("semi=%d" % semi[i])
        out.append(f)
        line_start = raw == "\n"
        if w[i] in (":", ";"):
            last[w[i]] = i
        elif w[i] == "dung" and i and w[i - 1] == "noi":
            last["nd"] = i
        elif w[i] == "gom":
            last["gom"] = i
    return out


class Perceptron:
    """Averaged perceptron over B/I/O with first-order transitions; I never follows O."""

    def __init__(self):
        self.w, self.acc, self.stamp, self.t = {}, {}, {}, 0
        self.tr = [[0.0] * 3 for _ in range(4)]  # row 3: the start
        self.tr_acc = [[0.0] * 3 for _ in range(4)]
        self.tr_stamp = [[0] * 3 for _ in range(4)]

    def emissions(self, f):
        e = [0.0, 0.0, 0.0]
        for x in f:
            v = self.w.get(x)
            if v:
                e[0] += v[0]
                e[1] += v[1]
                e[2] += v[2]
        return e

    def decode(self, feats):
        if not feats:
            return []
        neg = -1e18
        em = [self.emissions(f) for f in feats]
        v = [em[0][t] + self.tr[3][t] for t in range(3)]
        v[2] = neg
        back = []
        for i in range(1, len(feats)):
            nv, bk = [0.0] * 3, [0] * 3
            for t in range(3):
                best, arg = neg, 0
                for p in range(3):
                    if t == 2 and p == 0:
                        continue
                    s = v[p] + self.tr[p][t]
                    if s > best:
                        best, arg = s, p
                nv[t], bk[t] = best + em[i][t], arg
            v = nv
            back.append(bk)
        t = max(range(3), key=lambda k: v[k])
        path = [t]
        for bk in reversed(back):
            t = bk[t]
            path.append(t)
        return path[::-1]

    def _add(self, x, tag, by):
        if x not in self.w:
            self.w[x], self.acc[x], self.stamp[x] = [0.0] * 3, [0.0] * 3, [0] * 3
        self.acc[x][tag] += (self.t - self.stamp[x][tag]) * self.w[x][tag]
        self.stamp[x][tag] = self.t
        self.w[x][tag] += by

    def _add_tr(self, p, t, by):
        self.tr_acc[p][t] += (self.t - self.tr_stamp[p][t]) * self.tr[p][t]
        self.tr_stamp[p][t] = self.t
        self.tr[p][t] += by

    def learn(self, feats, gold):
        self.t += 1
        pred = self.decode(feats)
        if pred == gold:
            return
        for i in range(len(feats)):
            if pred[i] != gold[i]:
                for x in feats[i]:
                    self._add(x, gold[i], 1.0)
                    self._add(x, pred[i], -1.0)
            pp, gp = (pred[i - 1], gold[i - 1]) if i else (3, 3)
            if pred[i] != gold[i] or pp != gp:
                self._add_tr(gp, gold[i], 1.0)
                self._add_tr(pp, pred[i], -1.0)

    def average(self):
        for x, w in self.w.items():
            for t in range(3):
                self.acc[x][t] += (self.t - self.stamp[x][t]) * w[t]
            self.w[x] = [a / self.t for a in self.acc[x]]
        for p in range(4):
            for t in range(3):
                self.tr_acc[p][t] += (self.t - self.tr_stamp[p][t]) * self.tr[p][t]
                self.tr[p][t] = self.tr_acc[p][t] / self.t


def items_of(expected, field):
    if field == "contents":
        return expected.get("contents") or []
    if field == "organizers":
        return expected.get("organizers") or []
    if field == "counts":
        return [c["what"] for c in expected.get("counts") or []]
    return (expected.get("group") or {}).get("members") or []


def as_output(items, field):
    """The items as the parser's JSON holds them (a count's value is not read: none is right)."""
    if field == "counts":
        return {"counts": [{"what": s, "value": None} for s in items]}
    if field == "group.members":
        return {"group": {"members": items}}
    return {field: items}


def field_row(binary, texts, outputs, field):
    r = subprocess.run([binary, "plan", "eval", texts, "--labels", outputs], capture_output=True, text=True, check=True)
    row = next(line for line in r.stdout.splitlines() if line.split() and line.split()[0] == field)
    return tuple(int(x) for x in row.split()[-1].split("/"))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--field", required=True, choices=["contents", "counts", "organizers", "group.members"])
    ap.add_argument("--first-runs", required=True, metavar="DIR")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "thidua"))
    a = ap.parse_args(argv)
    if not os.access(a.bin, os.X_OK):
        ap.error(f"no thidua binary at {a.bin}")
    sets = sorted(d for d in os.listdir(a.first_runs) if os.path.exists(os.path.join(PLANS, d, "texts.txt")))
    if not sets:
        ap.error(f"no evalN/ in {a.first_runs} whose tests/fixtures/plans/evalN/texts.txt exists")
    data = {}
    for d in (os.path.join(PLANS, "dev"), os.path.join(ROOT, "tests", "fixtures", "corpus")):
        for f in sorted(os.listdir(d)):
            if f.endswith(".expected.json"):
                name = f[: -len(".expected.json")]
                text = open(os.path.join(d, name + ".txt"), encoding="utf-8").read()
                tokens = tokenize(text)
                items = items_of(json.load(open(os.path.join(d, f), encoding="utf-8")), a.field)
                data[name] = (d, text, tokens, features(tokens), ["OBI".index(t) for t in project(tokens, items)])
    total = {"tagger": [0, 0], "rules": [0, 0]}
    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            held = [n.strip() for n in open(os.path.join(PLANS, s, "texts.txt")) if n.strip() in data]
            model, order = Perceptron(), [n for n in data if n not in set(held)]
            rnd = random.Random(0)
            for _ in range(a.epochs):
                rnd.shuffle(order)
                for n in order:
                    model.learn(data[n][3], data[n][4])
            model.average()
            dirs = {k: os.path.join(tmp, s, k) for k in ("texts", "tagger", "rules")}
            for p in dirs.values():
                os.makedirs(p)
            for n in held:
                d, text, tokens, feats, _ = data[n]
                for ext in (".txt", ".expected.json"):
                    with open(os.path.join(d, n + ext), encoding="utf-8") as src, \
                            open(os.path.join(dirs["texts"], n + ext), "w", encoding="utf-8") as dst:
                        dst.write(src.read())
                found = spans(text, tokens, ["OBI"[t] for t in model.decode(feats)])
                json.dump(as_output(found, a.field), open(os.path.join(dirs["tagger"], n + ".expected.json"), "w"), ensure_ascii=False)
                first = os.path.join(a.first_runs, s, n + ".json")
                rules = json.load(open(first)) if os.path.exists(first) and os.path.getsize(first) else {}
                json.dump(rules, open(os.path.join(dirs["rules"], n + ".expected.json"), "w"), ensure_ascii=False)
            row = {k: field_row(a.bin, dirs["texts"], dirs[k], a.field) for k in ("tagger", "rules")}
            for k, (right, slots) in row.items():
                total[k][0] += right
                total[k][1] += slots
            print(f"{s:7s} {a.field}: tagger {row['tagger'][0]}/{row['tagger'][1]}, rules' first run {row['rules'][0]}/{row['rules'][1]}", flush=True)
    print(f"all     {a.field}: tagger {total['tagger'][0]}/{total['tagger'][1]}, rules' first run {total['rules'][0]}/{total['rules'][1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
