"""The same thing written another accepted way (session 22, s22-forms): rewrites of a text from one
form Vietnamese administrative prose accepts to another — dates with "/", "-" or "." and with or
without leading zeros, or in words ("ngày 14 tháng 1 năm 2025"); straight, curly or «» quotes;
"TP." / "TP" / "thành phố"; "Công an tỉnh" / "CA tỉnh"; "số 5" / "số 05" in group names; "%" /
"phần trăm"; counts "05" / "5"; "Thi đua" capitalised or not after "phong trào"; en dash, em dash or
hyphen — each applied to every occurrence in a text. A reader of the language reads both alike, so
the parse must not change. invariance.py imports FORMS and compares their fields through `same`,
the scorer's fold (case and diacritics ignored, punctuation as spaces, "tp" = "thành phố") with the
forms made one (leading zeros, a date in words, "phần trăm", "CA"), since values are printed as
written.

    python3 tools/plan-audit/forms.py --out /tmp/forms DIR...   # the rewritten texts, NAME.expected.json
                                                                 # beside each with the same rewrite of
                                                                 # its strings, one directory a form
"""
import json
import os
import re
import shutil
import sys
import unicodedata

DATE = r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"
# A day and month without its year, after the word that makes it a day: "ngày 23/4", "Sáng 23/4".
DAY_MONTH = r"\b((?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm) )(\d{1,2})/(\d{1,2})(?![\d/])"
IN_WORDS = r"(?<![\d/.\-])(\d{1,2}) tháng (\d{1,2}) năm (\d{4})"
IN_WORDS_DM = r"(?<![\d/.\-])(\d{1,2}) tháng (\d{1,2})(?! năm)(?!\d)"


def pad(n):
    return n if len(n) > 1 else "0" + n


def unpad(n):
    return n.lstrip("0") or "0"


def dates_to_words(t):
    # "ngày 14/1/2025" → "ngày 14 tháng 1 năm 2025", "(3/2/1930 - 3/2/2025)" → "(3 tháng 2 năm 1930 - …)".
    # Not a page's stamp, next to its clock time ("28/02/2023 08:13"): a machine writes it in figures.
    def words(m):
        stamp = re.search(r"\d:\d\d\s*$", m.string[:m.start()]) or re.match(r"\s*-?\s*\d{1,2}:\d\d", m.string[m.end():])
        return m[0] if stamp else f"{m[1]} tháng {m[2]} năm {m[3]}"
    t = re.sub(DATE, words, t)
    return re.sub(DAY_MONTH, lambda m: f"{m[1]}{m[2]} tháng {m[3]}", t)


def words_to_dates(t):
    t = re.sub(IN_WORDS, lambda m: f"{m[1]}/{m[2]}/{m[3]}", t)
    return re.sub(IN_WORDS_DM, lambda m: f"{m[1]}/{m[2]}", t)


def date_sep(sep):
    def change(t):
        t = re.sub(DATE, lambda m: f"{m[1]}{sep}{m[2]}{sep}{m[3]}", t)
        return re.sub(DAY_MONTH, lambda m: f"{m[1]}{m[2]}{sep}{m[3]}", t)
    return change


def date_zeros(f):
    def change(t):
        t = re.sub(DATE, lambda m: f"{f(m[1])}/{f(m[2])}/{m[3]}", t)
        return re.sub(DAY_MONTH, lambda m: f"{m[1]}{f(m[2])}/{f(m[3])}", t)
    return change


QUOTED = r"[\"“”«»]([^\"“”«»\n]{1,200})[\"“”«»]"


def quotes(left, right):
    return lambda t: re.sub(QUOTED, lambda m: f"{left}{m[1]}{right}", t)


GROUP_NUMBER = r"((?:Cụm|Khối|cụm|khối)(?: thi đua)? số )(\d{1,2})\b"
COUNT_AFTER = r"\b(gồm|có|với|của|trong|cho) (0?\d)(?= [^\W\d_])"

FORMS = {
    "date-dash": date_sep("-"),
    "date-dot": date_sep("."),
    "date-pad": date_zeros(pad),
    "date-unpad": date_zeros(unpad),
    "date-words": dates_to_words,
    "date-figures": words_to_dates,
    "quotes-straight": quotes('"', '"'),
    "quotes-curly": quotes("“", "”"),
    "quotes-guillemets": quotes("«", "»"),
    "tp-dot": lambda t: re.sub(r"\b[Tt]hành phố (?=[A-ZĐ])", "TP. ", t),
    "tp-bare": lambda t: re.sub(r"\bTP\. ?", "TP ", t),
    "tp-words": lambda t: re.sub(r"\bTP\. ?(?=[A-ZĐ])|\bTP (?=[A-ZĐ])", "thành phố ", t),
    "ca-short": lambda t: re.sub(r"\bCông an (tỉnh|thành phố)\b", r"CA \1", t),
    "ca-long": lambda t: re.sub(r"\bCA (tỉnh|thành phố|TP)\b", r"Công an \1", t),
    "group-pad": lambda t: re.sub(GROUP_NUMBER, lambda m: m[1] + pad(m[2]), t),
    "group-unpad": lambda t: re.sub(GROUP_NUMBER, lambda m: m[1] + unpad(m[2]), t),
    "percent-words": lambda t: re.sub(r"(\d)\s?%", r"\1 phần trăm", t),
    "percent-sign": lambda t: re.sub(r"(\d) phần trăm\b", r"\1%", t),
    "count-pad": lambda t: re.sub(COUNT_AFTER, lambda m: f"{m[1]} {pad(m[2])}", t),
    "count-unpad": lambda t: re.sub(COUNT_AFTER, lambda m: f"{m[1]} {unpad(m[2])}", t),
    "thi-dua-cap": lambda t: re.sub(r"\b([Pp]hong trào) thi đua\b", r"\1 Thi đua", t),
    "thi-dua-lower": lambda t: re.sub(r"\b([Pp]hong trào) Thi đua\b", r"\1 thi đua", t),
    "dash-hyphen": lambda t: re.sub(r" [–—] ", " - ", t),
    "dash-en": lambda t: re.sub(r" [-—] ", " – ", t),
    "dash-em": lambda t: re.sub(r" [-–] ", " — ", t),
}


def fold(s):
    """The scorer's fold (plan_eval.cpp norm) with the forms made one."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = " ".join("thanh pho" if w == "tp" else w for w in re.sub(r"[^a-z0-9]", " ", s).split())
    s = re.sub(r"\b(\d+) thang (\d+)(?: nam (\d{4}))?", lambda m: " ".join(x for x in m.groups() if x), s)
    s = re.sub(r"\b0+(\d)", r"\1", s)
    s = re.sub(r" phan tram\b", "", s)
    return re.sub(r"\bca (tinh|thanh pho)\b", r"cong an \1", s)


def same(a, b):
    """Two fields read alike: the same shape, every string and number the same folded."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, str) and isinstance(b, str):
        return fold(a) == fold(b)
    return a == b


def rewrite_values(v, change):
    if isinstance(v, dict):
        return {k: rewrite_values(x, change) for k, x in v.items()}
    if isinstance(v, list):
        return [rewrite_values(x, change) for x in v]
    return change(v) if isinstance(v, str) else v


def write(out, dirs):
    """Each labelled text of `dirs` rewritten by each form into OUT/FORM/, with its expected JSON."""
    for name, change in FORMS.items():
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        for src in dirs:
            for f in sorted(os.listdir(src)):
                if not f.endswith(".txt") or not os.path.exists(os.path.join(src, f[:-4] + ".expected.json")):
                    continue
                with open(os.path.join(src, f), encoding="utf-8") as fh:
                    text = fh.read()
                with open(os.path.join(d, f), "w", encoding="utf-8") as fh:
                    fh.write(change(text))
                with open(os.path.join(src, f[:-4] + ".expected.json"), encoding="utf-8") as fh:
                    expected = json.load(fh)
                with open(os.path.join(d, f[:-4] + ".expected.json"), "w", encoding="utf-8") as fh:
                    json.dump(rewrite_values(expected, change), fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] != "--out":
        sys.exit(__doc__)
    if os.path.isdir(sys.argv[2]):
        shutil.rmtree(sys.argv[2])
    write(sys.argv[2], sys.argv[3:])
