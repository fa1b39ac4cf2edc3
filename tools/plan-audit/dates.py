#!/usr/bin/env python3
"""Audit of the dates of a parsed text, without labels (issue 14, session 21).

Runs `thidua plan parse` on every text of the given directories (or files) and compares the
surface evidence of the text about its dates with what the parser gave: event.date,
movement.start/end, phases and the provenance of each date. Each disagreement is printed as one
line: text, check, evidence, output. A flag is a question to read against the text, never a
verdict: the Conventions (tests/fixtures/plans/README.md, "Dates") decide many of them null.

    tools/plan-audit/dates.py [--bin build/thidua] DIR_OR_FILE...

Checks (R = the output may miss something the text says; P = the output holds something the
text does not support):
  P-doc-date      event.date equal to the date of a cited document ("Chỉ thị số 39 … ngày …",
                  "Nghị quyết … ngày …", "Kế hoạch số … ngày …"), or its year taken from one
                  (an inferred date whose year is the cited document's only)
  P-year-beyond   a date (event, movement, phase) in a year after every year the text writes
                  (a period's end is allowed up to the last year written)
  P-year-period-end an event date in a year after every year written outside a period's end
                  (a congress of "giai đoạn 2024 - 2029" dated 2029)
  P-year-before   an event date before every year the text writes
  P-span-first    a review of "năm 2016 - 2017" / "năm học 2016-2017" dated in its first year
                  in the first half of the year (the period reviewed ends in the second)
  P-term-next     movement start/end that is a congress's next term ("nhiệm kỳ 2024 – 2029"
                  of a congress held in 2024) rather than an emulation period
  P-period-direction a movement span that is the period after "phương hướng" (the next one)
  P-order         movement.start after movement.end; a phase start after its end
  P-phase-out     a phase outside its movement's span
  P-prov          a date with no provenance; "explicit" for a date whose source lacks its year;
                  "inferred" for a date whose source writes it in full
  P-after-dateline an event date more than 31 days after the text's dateline / update line
  R-period        "giai đoạn YYYY–YYYY" / "năm học YYYY–YYYY" / "từ ngày … đến ngày …" in a
                  sentence with "phong trào" / "thi đua" / "đợt" and no movement start/end (not a
                  term's, nor one after "phương hướng": the direction set for a coming period)
  R-phases        "Giai đoạn 1" / "Đợt 1" / "Bước 1" followed by a date, and no phases
  R-date          a day with its year in the first sentence ("Ngày 3/4/2024, …") and no
                  event.date
"""
import datetime
import json
import os
import re
import sys

import audit_common

DASH = r"\s*[-–—]\s*"
DOC = (r"(?:Chỉ thị|Nghị quyết|Kế hoạch|Quyết định|Thông tư|Công văn|Hướng dẫn|Nghị định|Luật|"
       r"Thông báo|Kết luận|Đề án|Chương trình|Điều lệ|Văn bản)")
FULL_DATE = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)"
WORD_DATE = r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)"


def iso(d, m, y):
    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def doc_dates(text):
    """Dates written inside a document's citation: "Chỉ thị số 03/CT-BCA ngày 10-4-2009"."""
    out = set()
    pat = DOC + r"\s+(?:số\s+)?[^;:\n]{0,120}?\bngày\s+(?:" + FULL_DATE + "|" + WORD_DATE + ")"
    for m in re.finditer(pat, text):
        g = [x for x in m.groups() if x]
        if len(g) >= 3:
            d = iso(g[0], g[1], g[2])
            if d:
                out.add(d)
    return out


def years_written(text):
    return [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]


def dateline(text):
    """The first full date of the text's first three lines when it stands alone as a stamp."""
    for line in text.splitlines()[:4]:
        if len(line) > 80:
            continue
        m = re.search(FULL_DATE, line) or re.search(WORD_DATE, line)
        if m:
            return iso(*m.groups())
    return None


def sentences(text):
    parts = re.split(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“\"(])|\n+", text)
    return [p.strip() for p in parts if p and p.strip()]


def check(path, out):
    text = open(path, encoding="utf-8").read()
    name = os.path.basename(path).rsplit(".", 1)[0]
    flags = []

    def flag(check, evidence, output):
        flags.append(f"{name}\t{check}\t{evidence[:150]}\t{json.dumps(output, ensure_ascii=False)[:170]}")

    ev = out.get("event") or {}
    mv = out.get("movement") or {}
    # An empty draft (the text is not about emulation, the product's gate): nothing to audit.
    if not any([ev.get("date"), ev.get("kind"), ev.get("place"), out.get("organizers"), mv.get("name"),
                mv.get("start"), mv.get("end"), out.get("phases"), out.get("title")]):
        return flags
    prov = out.get("provenance") or {}
    date = ev.get("date")
    years = years_written(text)
    ymax = max(years) if years else None
    ymin = min(years) if years else None

    # P-doc-date
    dd = doc_dates(text)
    if date and date in dd:
        flag("P-doc-date", "date of a cited document", {"event.date": date})
    elif date and dd:
        p = prov.get("event.date") or {}
        y = int(date[:4])
        doc_years = {int(d[:4]) for d in dd}
        other = [yy for yy in years if yy not in doc_years]
        if p.get("how") == "inferred" and (y in doc_years or y - 1 in doc_years) and y not in other:
            flag("P-doc-date", "year from a cited document " + ",".join(sorted(dd)), {"event.date": date, "prov": p})

    # P-year-beyond / before
    dates = [("event.date", date), ("movement.start", mv.get("start")), ("movement.end", mv.get("end"))]
    for i, ph in enumerate(out.get("phases") or []):
        dates += [(f"phases[{i}].start", ph.get("start")), (f"phases[{i}].end", ph.get("end"))]
    # a review of "N năm thực hiện" a document of year Y is held in Y + N
    spans = [int(n) for n in re.findall(r"(?:tổng kết|sơ kết)\s+(\d{1,2})\s+năm", text)]
    for field, d in dates:
        if not d or ymax is None:
            continue
        if int(d[:4]) > ymax + (max(spans) if spans and field == "event.date" else 0):
            flag("P-year-beyond", f"years written {ymin}–{ymax}", {field: d})
    # the event's year after every year written outside a period's end ("giai đoạn 2024 - 2029")
    ends = {m.start(1) for m in re.finditer(r"(?:19|20)\d\d" + DASH + r"((?:19|20)\d\d)", text)}
    lone = [int(m.group(0)) for m in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text) if m.start() not in ends]
    two_year = re.search(r"năm(?: học)?\s+(?:19|20)\d\d" + DASH + r"(?:19|20)\d\d", text)
    if date and lone and not two_year and int(date[:4]) > max(lone) + (max(spans) if spans else 0) and int(date[:4]) <= (ymax or 0):
        flag("P-year-period-end", f"years outside periods' ends ≤ {max(lone)}", {"event.date": date, "prov": prov.get("event.date")})
    if date and ymin is not None and int(date[:4]) < ymin:
        flag("P-year-before", f"years written {ymin}–{ymax}", {"event.date": date})

    # P-span-first: "năm 2016 - 2017" reviewed, dated in 2016 in its first half
    if date:
        y, mo = int(date[:4]), int(date[5:7])
        for m in re.finditer(r"(?:năm(?: học)?|niên khóa)\s+((?:19|20)\d\d)" + DASH + r"((?:19|20)\d\d)", text):
            a, b = int(m.group(1)), int(m.group(2))
            if b == a + 1 and y == a and mo <= 7:
                flag("P-span-first", m.group(0), {"event.date": date, "prov": prov.get("event.date")})
                break

    # P-term-next
    for m in re.finditer(r"nhiệm kỳ\s+((?:19|20)\d\d)" + DASH + r"((?:19|20)\d\d)", text):
        a, b = m.group(1), m.group(2)
        if (mv.get("start") or "").startswith(a) and (mv.get("end") or "").startswith(b):
            flag("P-term-next", m.group(0), {"start": mv.get("start"), "end": mv.get("end")})

    # P-period-direction: the span given is the direction set for a coming period
    for m in re.finditer(r"phương hướng[^.;]{0,120}?giai đoạn\s+((?:19|20)\d\d)" + DASH + r"((?:19|20)\d\d)", text):
        if (mv.get("start") or "").startswith(m.group(1)) and (mv.get("end") or "").startswith(m.group(2)):
            flag("P-period-direction", m.group(0)[-60:], {"start": mv.get("start"), "end": mv.get("end")})

    # P-order / P-phase-out
    s, e = mv.get("start"), mv.get("end")
    if s and e and s > e:
        flag("P-order", "movement", {"start": s, "end": e})
    for i, ph in enumerate(out.get("phases") or []):
        ps, pe = ph.get("start"), ph.get("end")
        if ps and pe and ps > pe:
            flag("P-order", f"phase {i}", ph)
        if s and ps and ps < s or e and pe and pe > e:
            flag("P-phase-out", f"movement {s}..{e}", ph)

    # P-prov
    for field, d in dates:
        if not d:
            continue
        p = prov.get(field)
        if field == "event.date" and not p:
            flag("P-prov", "no provenance", {field: d})
            continue
        if not p:
            continue
        src = p.get("source") or ""
        has_year = re.search(r"(?:19|20)\d\d", src) is not None
        if p.get("how") == "explicit" and not has_year and src:
            flag("P-prov", f"explicit, source '{src}' has no year", {field: d})
        if p.get("how") == "inferred" and has_year and d[:4] in src and re.search(FULL_DATE, src):
            flag("P-prov", f"inferred, source '{src}' written in full", {field: d, "note": p.get("note")})

    # P-after-dateline
    dl = dateline(text)
    if date and dl and date > dl:
        gap = (datetime.date.fromisoformat(date) - datetime.date.fromisoformat(dl)).days
        if gap > 31:
            flag("P-after-dateline", f"dateline {dl}", {"event.date": date})

    # R-period
    if not s and not e:
        for sent in sentences(text)[:12]:
            if not re.search(r"phong trào|thi đua|đợt cao điểm|cao điểm", sent):
                continue
            m = (re.search(r"giai đoạn\s+((?:19|20)\d\d)" + DASH + r"((?:19|20)\d\d)", sent)
                 or re.search(r"năm học\s+((?:19|20)\d\d)" + DASH + r"((?:19|20)\d\d)", sent)
                 or re.search(r"từ ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*(?:đến|-)\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}", sent))
            # not a term, nor the direction set for a coming period ("phương hướng … giai đoạn 2024-2029")
            if m and not re.search(r"nhiệm kỳ\s*$", sent[:m.start()]) and "phương hướng" not in sent[:m.start()]:
                flag("R-period", m.group(0), {"start": s, "end": e})
                break

    # R-phases
    if not out.get("phases"):
        m = re.search(r"(?:Giai đoạn|giai đoạn|Đợt|đợt|Bước)\s+(?:1|I|một)\b[^.\n]{0,40}?(?:từ|ngày|tháng)\s*\d", text)
        if m:
            flag("R-phases", m.group(0), [])

    # R-date
    if not date:
        ss = sentences(text)
        for sent in ss[:3]:
            m = re.search(r"(?:Ngày|ngày|Sáng|Chiều|Tối|sáng|chiều|tối)\s+(?:ngày\s+)?" + FULL_DATE, sent)
            if m and not re.search(DOC + r"[^;]{0,120}$", sent[:m.start()]):
                flag("R-date", m.group(0), {"event.date": None})
                break
    return flags



if __name__ == "__main__":
    audit_common.run(sys.argv[1:], check, __doc__)
