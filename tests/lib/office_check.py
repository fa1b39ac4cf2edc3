#!/usr/bin/env python3
"""Opens a generated file with readers independent of thidua and prints what it holds as JSON.

  office_check.py docx FILE  -> every XML part parsed (zipfile + xml.dom.minidom); the text of
                                word/document.xml by paragraph; page size and margins; fonts
  office_check.py xlsx FILE  -> openpyxl: every row's values with their types, bold heading
                                cells, frozen panes, column widths, number formats
  office_check.py pdf FILE   -> pdfinfo pages and size, pdftotext text
"""
import json, subprocess, sys, zipfile, datetime
from xml.dom import minidom

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx(path):
    z = zipfile.ZipFile(path)
    bad = z.testzip()
    parts = {}
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            parts[n] = minidom.parseString(z.read(n))  # raises on malformed XML
    doc = parts['word/document.xml']
    paras = []
    for p in doc.getElementsByTagNameNS(W, 'p'):
        paras.append(''.join(t.firstChild.data if t.firstChild else '' for t in p.getElementsByTagNameNS(W, 't')))
    sect = doc.getElementsByTagNameNS(W, 'sectPr')[-1]
    pg = sect.getElementsByTagNameNS(W, 'pgSz')[0]
    mar = sect.getElementsByTagNameNS(W, 'pgMar')[0]
    styles = parts['word/styles.xml']
    fonts = sorted({f.getAttributeNS(W, 'ascii') for f in styles.getElementsByTagNameNS(W, 'rFonts')})
    return {'bad_member': bad, 'parts': sorted(parts), 'paragraphs': paras, 'text': '\n'.join(paras),
            'page': {'w': int(pg.getAttributeNS(W, 'w')), 'h': int(pg.getAttributeNS(W, 'h'))},
            'margins': {k: int(mar.getAttributeNS(W, k)) for k in ('top', 'bottom', 'left', 'right')},
            'title_page': len(sect.getElementsByTagNameNS(W, 'titlePg')) > 0, 'fonts': fonts}


def cell_json(c):
    v = c.value
    if isinstance(v, (datetime.datetime, datetime.date)):
        v = v.date().isoformat() if isinstance(v, datetime.datetime) else v.isoformat()
    return {'v': v, 't': c.data_type, 'bold': bool(c.font and c.font.b), 'fmt': c.number_format}


def xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    out = {'sheets': []}
    for ws in wb.worksheets:
        rows = [[cell_json(c) for c in r] for r in ws.iter_rows()]
        widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
        out['sheets'].append({'title': ws.title, 'rows': rows, 'freeze': ws.freeze_panes, 'widths': widths,
                              'autofilter': ws.auto_filter.ref, 'merged': [str(m) for m in ws.merged_cells.ranges]})
    return out


def pdf(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True, check=True).stdout
    pages = int([l for l in info.splitlines() if l.startswith('Pages:')][0].split()[1])
    size = [l for l in info.splitlines() if l.startswith('Page size:')][0].split(':', 1)[1].strip()
    return {'pages': pages, 'size': size, 'text': text}


if __name__ == '__main__':
    kind, path = sys.argv[1], sys.argv[2]
    print(json.dumps({'docx': docx, 'xlsx': xlsx, 'pdf': pdf}[kind](path), ensure_ascii=False))
