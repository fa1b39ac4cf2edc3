#!/usr/bin/env python3
"""Recall audit of the lead of a text, without labels (issue 14, session 21).

Runs `thidua plan parse` on every text of the given directories (or files) and compares the
surface evidence of the text's first sentences with what the parser gave for the lead's fields:
organizers, event.kind, event.place, movement.name/kind/start/end and title. Each disagreement
is printed as one line: text, check, evidence, output. A flag is a question to read against the
text, never a verdict: the Conventions (tests/fixtures/plans/README.md) decide many of them null.

    tools/plan-audit/lead.py [--bin build/thidua] DIR_OR_FILE...

Checks (R = the output may miss something the text says; P = the output holds something the
text does not support):
  R-org-subject   "A (đã/vừa) tổ chức Hội nghị/Lễ/Đại hội …" in the lead: A among organizers
  R-org-do        "do A (phối hợp với B) tổ chức": A (and B) among organizers
  R-org-cophoi    "A phối hợp với B tổ chức" / "A và B phối hợp tổ chức": A and B among organizers
  R-place         "tại X" / "diễn ra tại X" in the lead's first sentence: a place
  R-kind          an event noun in the lead ("Lễ phát động", "sơ kết", "ký kết giao ước", "Đại hội
                  thi đua", "Hội nghị"): a kind
  R-mname         a quoted name after "phong trào (thi đua)" in the lead: movement.name
  R-mperiod       "giai đoạn YYYY-YYYY" beside "phong trào"/"thi đua" in the lead: start/end
  R-title         a first line that looks like a headline (short, no final period, not a date,
                  not a caption): a title
  P-org-absent    an organizer whose words are not in the text
  P-org-nocue     organizers given while the text has no verb of holding ("tổ chức", "phát động",
                  "chủ trì", "ký kết", "phối hợp")
  P-place-absent  a place whose words are not in the text, or no "tại"/"ở"/"diễn ra" at all
  P-kind-nocue    a kind while the text has no event noun for it
  P-mname-absent  a movement name whose words are not in the text
  P-year-absent   a movement or event year that the text never writes
  P-title-notfirst a title that is not one of the text's first three lines
  P-nonemul       a text with no word of emulation or commendation that still gives lead fields
"""
import json
import os
import re
import sys

import audit_common
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = re.sub(r"\btp\.?\s*", "thanh pho ", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def sentences(text):
    # split at ". " / ".\n" / newlines, not inside "TP." "Q." "H." abbreviations
    parts = re.split(r"(?<![A-ZĐ]\.)(?<!\bTP\.)(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“\"(])|\n+", text)
    return [p.strip() for p in parts if p and p.strip()]


EVENT_NOUN = r"(?:[Hh]ội nghị|[Ll]ễ|[Đđ]ại hội|[Nn]gày hội|[Hh]ội thi|[Hh]ội thao|[Cc]hương trình|[Bb]uổi|[Cc]uộc thi|[Ll]iên hoan|[Hh]ọp mặt|[Tt]ọa đàm)"
BODY_HEAD = (r"(?:Công an|Bộ|Sở|Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội|Liên đoàn|LĐLĐ|Công đoàn|Đoàn|"
             r"Tỉnh đoàn|Thành đoàn|Huyện đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Huyện ủy|Đảng ủy|Cụm|Khối|"
             r"Trung ương|T\.Ư|Phòng|Cục|Tổng|Trường|Bệnh viện|Bộ Chỉ huy|Đồn|Ngành|Hội đồng|"
             r"Mặt trận|MTTQ|Chi cục|Trung tâm|Viện|Tập đoàn|Công ty|Thanh tra|Bảo hiểm|Kho bạc|Cục|"
             r"Văn phòng|Quận|Huyện|Xã|Phường|Thị xã|Thành phố|Lãnh đạo|Ban Thường vụ)")

KIND_CUES = [
    ("pledge_signing", r"ký kết giao ước|ký giao ước|ký kết giao ươc|ký cam kết|giao ước thi đua"),
    ("review", r"sơ kết|tổng kết|[Đđ]ại hội [Tt]hi đua|biểu dương|tuyên dương|tôn vinh"),
    ("launch", r"phát động|ra quân|[Ll]ễ xuất quân"),
    ("conference", r"[Hh]ội nghị"),
]
EMUL = r"thi đua|khen thưởng|tuyên dương|biểu dương|tôn vinh|[Hh]uân chương|[Bb]ằng khen|giao ước|phong trào"


def words_in(value, text_f):
    """Share of the value's folded words present in the text."""
    w = [x for x in fold(value).split() if len(x) > 1]
    if not w:
        return 1.0
    tw = set(text_f.split())
    return sum(1 for x in w if x in tw) / len(w)


def among(name, items):
    f = fold(name)
    if not f:
        return True
    for it in items:
        g = fold(it)
        if f in g or g in f:
            return True
        # last three words of the subject (the body's own name) in an organizer
        tail = " ".join(f.split()[-3:])
        if tail and tail in g:
            return True
    return False


def body_before(prefix):
    """The body phrase ending a prefix: from the last body head word to the end."""
    prefix = prefix.strip().rstrip(",")
    m = None
    for m_ in re.finditer(r"(?:^|[\s,;(–-])(" + BODY_HEAD + r")\b", prefix):
        m = m_
    if not m:
        return None
    body = prefix[m.start(1):].strip(" ,")
    # tense and manner between the subject and its verb: "A cũng vừa tổ chức", "A tiếp tục tổ chức"
    body = re.sub(r"(\s+(cũng|vừa|đã|tiếp tục|sẽ|đồng loạt|long trọng))+$", "", body)
    if len(body.split()) < 2 or re.search(r"\b(về|của|cho|và)$", body):
        return None
    # a run of bodies joined by "," / "và" / "-" ends where the first begins
    return body if 1 <= len(body.split()) <= 14 else None


def lead_of(text):
    """The lead: the first sentences up to 600 characters, skipping a headline-like first line."""
    ss = sentences(text)
    out, n = [], 0
    for s in ss:
        out.append(s)
        n += len(s)
        if n > 600:
            break
    return out


def headline_like(line, next_line):
    if not line or len(line) > 220 or len(line) < 15:
        return False
    if re.search(r"[.:;,]$", line) and not line.endswith("..."):
        return False
    if re.match(r"^[\d(]|^(Thứ|THỨ|Chủ nhật)\b", line):
        return False
    if re.search(r"\b(phát biểu|trao|tặng|chụp ảnh|dự lễ|tại buổi|Ảnh:|ảnh:)\b", line):
        return False
    if re.match(r"^(Sáng|Chiều|Tối|Ngày|Trong|Với|Theo|Tại|Thực hiện|Nhằm|Để)\b", line):
        return False
    if len(re.findall(r"[.!?]\s", line)) >= 1:
        return False
    return True


def check(path, out):
    text = open(path, encoding="utf-8").read()
    tf = fold(text)
    name = os.path.basename(path).rsplit(".", 1)[0]
    flags = []

    def flag(check, evidence, output):
        flags.append(f"{name}\t{check}\t{evidence[:140]}\t{json.dumps(output, ensure_ascii=False)[:160]}")

    # the empty draft of a text with no word of emulation: nothing to miss
    if any("bản nháp để trống" in n for n in out.get("notes") or []):
        return flags
    orgs = out.get("organizers") or []
    ev = out.get("event") or {}
    mv = out.get("movement") or {}
    lead = lead_of(text)
    lead_text = " ".join(lead)
    first_body = next((s for s in lead if re.search(r"tổ chức|phát động|diễn ra|khai mạc|ký kết", s)), lead[0] if lead else "")

    # --- organizers
    for s in lead[:4]:
        for m in re.finditer(r"\bdo ([^,.;]{3,90}?)(?: phối hợp với ([^,.;]{3,90}?))? (?:đồng )?tổ chức", s):
            for a in (m.group(1), m.group(2)):
                if a and not among(a, orgs):
                    flag("R-org-do", m.group(0), orgs)
        for m in re.finditer(r"([^.;:]{3,160}?) (?:đã |vừa |cùng |sẽ )?phối hợp (?:với |cùng )([^.;:]{3,120}?) (?:long trọng |đồng )?tổ chức", s):
            a = body_before(m.group(1))
            for x in (a, m.group(2)):
                if x and not re.match(r"^(các|những|nhiều)\b", x) and not among(x, orgs):
                    flag("R-org-cophoi", x, orgs)
        for m in re.finditer(r"([^.;:]{3,160}?) (?:đã |vừa |cùng )?phối hợp (?:long trọng )?tổ chức", s):
            a = body_before(m.group(1))
            if a and not among(a, orgs):
                flag("R-org-cophoi", a, orgs)
        for m in re.finditer(r"([^.;:“\"]{3,200}?) (?:đã |vừa |sẽ |long trọng |trọng thể |đã long trọng |chính thức )*(?:tổ chức|chủ trì tổ chức|đăng cai tổ chức) (?:long trọng |trọng thể )?" + EVENT_NOUN, s):
            pre = m.group(1)
            if re.search(r"\b(do|được|sẽ được|đã được|nhằm|để|về|Ban)$", pre.strip()):
                continue
            a = body_before(pre)
            if a and not among(a, orgs):
                flag("R-org-subject", a, orgs)
    has_hold = re.search(r"tổ chức|phát động|chủ trì|ký kết|phối hợp|khai mạc|ra quân|sơ kết|tổng kết|ban hành|đăng cai", text)
    for o in orgs:
        if words_in(o, tf) < 0.75:
            flag("P-org-absent", o, orgs)
    if orgs and not has_hold:
        flag("P-org-nocue", "no verb of holding", orgs)

    # --- place
    fb = first_body
    m = re.search(r"(?:\btại|diễn ra tại|diễn ra ở)\s+([^,.;]{3,80})", fb)
    if m and not re.match(r"^(buổi|lễ|hội nghị|Hội nghị|Lễ|đây|đó|nơi|địa phương|cơ sở|các|những|chỗ|đơn vị)\b", m.group(1)):
        if not ev.get("place"):
            flag("R-place", m.group(0), ev.get("place"))
    if ev.get("place"):
        if words_in(ev["place"], tf) < 0.75:
            flag("P-place-absent", ev["place"], ev.get("place"))
        if not re.search(r"\b[Tt]ại\b|\bở\b|diễn ra|\(.*\)", text):
            flag("P-place-absent", "no tại/ở in text", ev.get("place"))

    # --- kind
    cue_kind = None
    for k, rx in KIND_CUES:
        if re.search(rx, " ".join(lead[:3])):
            cue_kind = k
            break
    if cue_kind and not ev.get("kind") and re.search(r"tổ chức|phát động|diễn ra|khai mạc|ký kết|ký|sơ kết|tổng kết|ra quân", " ".join(lead[:3])):
        flag("R-kind", cue_kind, ev.get("kind"))
    if ev.get("kind"):
        k = ev["kind"]
        rx = dict(KIND_CUES).get(k)
        if rx and not re.search(rx, text):
            flag("P-kind-nocue", k, k)

    # --- movement name
    m = re.search(r"(?:phong trào|cuộc vận động|[Pp]hong trào)(?: thi đua)?\s*[“\"]([^”\"]{3,160})[”\"]", lead_text)
    if m and not mv.get("name"):
        flag("R-mname", m.group(0), mv.get("name"))
    if mv.get("name") and words_in(mv["name"], tf) < 0.75:
        flag("P-mname-absent", mv["name"], mv.get("name"))

    # --- movement period
    m = re.search(r"(?:phong trào|thi đua)[^.;]{0,120}?giai đoạn (\d{4})\s*[-–—]\s*(\d{4})", lead_text)
    if m and not (mv.get("start") or mv.get("end")):
        flag("R-mperiod", m.group(0)[-80:], [mv.get("start"), mv.get("end")])
    years = set(re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", text))
    for key, val in (("movement.start", mv.get("start")), ("movement.end", mv.get("end")), ("event.date", ev.get("date"))):
        if val and val[:4] not in years:
            flag("P-year-absent", key, val)

    # --- title
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    t = out.get("title")
    if lines:
        l0 = lines[0]
        nxt = lines[1] if len(lines) > 1 else ""
        # skip a dateline as first line
        if re.match(r"^[\d/:\s.-]+$|^\d{1,2}[:/]\d", l0) and len(lines) > 1:
            l0, nxt = lines[1], (lines[2] if len(lines) > 2 else "")
        if headline_like(l0, nxt) and not t:
            flag("R-title", l0, t)
    if t and fold(t) not in " ".join(fold(l) for l in lines[:4]):
        flag("P-title-notfirst", t, t)

    # --- non-emulation
    if not re.search(EMUL, text):
        if orgs or ev.get("kind") or mv.get("name"):
            flag("P-nonemul", "no emulation word", {"organizers": orgs, "kind": ev.get("kind"), "movement": mv.get("name")})
    return flags



if __name__ == "__main__":
    audit_common.run(sys.argv[1:], check, __doc__)
