#!/usr/bin/env python3
"""Audit of the names of bodies the parser writes, without labels (issue 14, session 21).

Runs `thidua plan parse` on every text of the given directories (or files) and checks each name
of a body the output holds (organizers, group name, members, leader, deputy, people's positions,
event.place) against the text it came from. A flag is a question to read against the text, never
a verdict.

    tools/plan-audit/orgs.py [--bin build/thidua] DIR_OR_FILE...

Checks:
  P-cut-phrase     a name whose words are not one whole phrase of the text (a name assembled or
                   cut inside a word run)
  P-cut-continues  a name that, wherever the text writes it, goes on with a capitalised word or
                   "và" + a capitalised word (a proper name cut before its end: "Đường Hồ Chí"
                   for "Đường Hồ Chí Minh", "Sở Giáo dục" for "Sở Giáo dục và Đào tạo")
  P-org-nosubject  an organizer that no sentence of the text sets beside a verb of holding
                   ("tổ chức", "phát động", "chủ trì", "ký kết", "phối hợp", "đăng cai")
  P-place-noname   a place with no capitalised word and no number ("tại khu dân cư")
"""
import json
import os
import re
import sys

import audit_common
from lead import fold, sentences

HOLD = r"tổ chức|phát động|chủ trì|ký kết|phối hợp|đăng cai|khai mạc|sơ kết|tổng kết|ra quân|ban hành"
UPPER = "A-ZĐÀ-ỸÁÂĂÉÊÍÓÔƠÚƯÝ"


def names_of(out):
    """(field, name) pairs of every body name the output holds."""
    res = [("organizer", o) for o in out.get("organizers") or []]
    g = out.get("group") or {}
    if g.get("name"):
        res.append(("group.name", g["name"]))
    for m in g.get("members") or []:
        res.append(("group.member", m if isinstance(m, str) else (m or {}).get("name", "")))
    for k in ("leader", "deputy"):
        if g.get(k):
            res.append(("group." + k, g[k]))
    for p in out.get("people") or []:
        # a position's body: "Giám đốc Công an tỉnh" — each comma part checked as a phrase
        for part in re.split(r",\s*", (p or {}).get("position") or ""):
            if part:
                res.append(("people.position", part))
    return [(f, n) for f, n in res if n]


def continues(name, text, va_only=False):
    """True when every place the text writes the name goes on with a capitalised word, or with
    "và" + a capitalised word, on the same line without punctuation."""
    pos = [m.end() for m in re.finditer(re.escape(name), text)]
    if not pos:
        return None
    hits = []
    for e in pos:
        rest = text[e:e + 40]
        m = re.match(r" (và |& )?(\w+)", rest)
        hits.append(bool(m and m.group(2)[0].isupper() and (m.group(1) or not va_only)))
    return hits[0] and all(hits) and re.match(r" (?:và |& )?(\S+)", text[pos[0]:pos[0] + 40]).group(0)


def check(path, out):
    text = open(path, encoding="utf-8").read()
    tf = " " + fold(text) + " "
    name = os.path.basename(path).rsplit(".", 1)[0]
    flags = []

    def flag(check, evidence, output):
        flags.append(f"{name}\t{check}\t{evidence[:140]}\t{json.dumps(output, ensure_ascii=False)[:160]}")

    for field, n in names_of(out):
        fn = fold(n)
        if fn and (" " + fn + " ") not in tf:
            flag("P-cut-phrase", field, n)
            continue
        # a position goes on with its holder's name: only "và" + a capital counts there
        c = continues(n, text, va_only=(field == "people.position"))
        if c:
            flag("P-cut-continues", f"{field}: …{c.strip()}", n)

    ss = sentences(text)
    for o in out.get("organizers") or []:
        fo = fold(o)
        tail = " ".join(fo.split()[-3:])
        if not any((fo in fold(s) or tail in fold(s)) and re.search(HOLD, s) for s in ss):
            flag("P-org-nosubject", "no sentence with the body and a verb of holding", o)

    place = (out.get("event") or {}).get("place")
    if place and not re.search(r"[" + UPPER + r"0-9]", place):
        flag("P-place-noname", "no capital, no number", place)
    if place and (" " + fold(place) + " ") not in tf:
        flag("P-cut-phrase", "event.place", place)
    return flags


if __name__ == "__main__":
    audit_common.run(sys.argv[1:], check, __doc__)
