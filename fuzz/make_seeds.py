#!/usr/bin/python3
"""Seeds built from files of the tree. Workbooks for fuzz_workbook, written by the tests' own fixture maker (tests/lib/make_workbook.py):
each as openpyxl saves it (deflated) and repacked with stored entries, whose XML the fuzzer can
mutate byte by byte. For fuzz_docx_template, each template file it replaces, behind the byte that
chooses it (the order of kTargets in docx_template.cpp). Usage: make_seeds.py OUT_DIR"""
import os, sys, zipfile
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'tests', 'lib'))
import make_workbook as mw

root = sys.argv[1]
out = os.path.join(root, 'workbook')
os.makedirs(out, exist_ok=True)
specs = {
    'people': ('table', {'rows': [['Họ và tên', 'Mã đơn vị', 'Từ ngày'], ['Lê Văn Nhập', 'CA-HY', 'date:2025-07-01'], ['Trần Thị B', 'CA-NA', '01/07/2025']]}),
    'units-1904': ('table', {'date1904': True, 'merge': 'B1:C1', 'formula': ['B2', 'UPPER("x")', 'Phòng B'],
                             'rows': [['Tên đơn vị', 'Mã', 'Cấp trên'], ['Phòng A', 'PA', 1.5], [True, 12, '1.234,5']]}),
    'tcvn3': ('table', {'font': '.VnTime', 'rows': [['Hä vµ tªn'], ['NguyÔn V¨n A']]}),
    'empty': ('table', {'rows': []}),
    'ods': ('ods', {}),
}
for name, (kind, spec) in specs.items():
    path = os.path.join(out, name + '.xlsx')
    getattr(mw, kind)(path, spec)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    with zipfile.ZipFile(os.path.join(out, name + '-stored.xlsx'), 'w', zipfile.ZIP_STORED) as z:
        for n, b in parts.items():
            z.writestr(n, b)

docx = os.path.join(root, 'docx_template')
os.makedirs(docx, exist_ok=True)
targets = ['plan.xml', 'profile.json', 'partials/header.xml', 'partials/signature.xml', 'package/word/styles.xml']
for i, t in enumerate(targets):
    with open(os.path.join(os.path.dirname(__file__), '..', 'templates', 'docx', t), 'rb') as f:
        body = f.read()
    with open(os.path.join(docx, '%d-%s' % (i, t.replace('/', '-'))), 'wb') as f:
        f.write(bytes([i]) + body)
