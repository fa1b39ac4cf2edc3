#!/usr/bin/env python3
"""(session 27) first_runs.py pools saved `thidua plan eval` reports into the reliability data file:
each set's fields as printed (a field with no slot left out), and a wrong argument or a file that is no
report is a usage error naming it.

    python3 -m unittest discover -s tools/plan-audit -p 'test_*.py'
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = """field              precision recall    right/slots
contents                37.5    9.7       3/36    
group.members           92.9   84.8      78/98    
phases                     -    0.0       0/0     
all fields              80.7   70.8     611/777   
36 texts; fields right:  78.6% (611/777)
"""


def run(*args):
    return subprocess.run([sys.executable, os.path.join(HERE, "first_runs.py"), *args], capture_output=True, text=True)


class FirstRuns(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.table = os.path.join(self.dir.name, "first.txt")
        with open(self.table, "w", encoding="utf-8") as f:
            f.write(REPORT)
        self.out = os.path.join(self.dir.name, "out.json")

    def tearDown(self):
        self.dir.cleanup()

    def test_a_report_becomes_one_set_of_fields(self):
        r = run("--measured", "2026-12-07", "-o", self.out, f"eval10:c58f600:{self.table}")
        self.assertEqual(r.returncode, 0, r.stderr)
        d = json.load(open(self.out, encoding="utf-8"))
        self.assertEqual(d["version"], 1)
        self.assertEqual(d["measured"], "2026-12-07")
        (s,) = d["sets"]
        self.assertEqual((s["name"], s["parser_commit"], s["texts"]), ("eval10", "c58f600", 36))
        self.assertEqual(s["fields"], {"contents": {"right": 3, "slots": 36}, "group.members": {"right": 78, "slots": 98}})

    def test_a_wrong_argument_or_no_report_is_a_usage_error(self):
        r = run("--measured", "2026-12-07", "-o", self.out, f"eval10:main:{self.table}")
        self.assertEqual(r.returncode, 2)
        self.assertIn("hexadecimal commit", r.stderr)
        other = os.path.join(self.dir.name, "other.txt")
        with open(other, "w", encoding="utf-8") as f:
            f.write("nothing here\n")
        r = run("--measured", "2026-12-07", "-o", self.out, f"eval10:c58f600:{other}")
        self.assertEqual(r.returncode, 2)
        self.assertIn("not the output of `thidua plan eval`", r.stderr)
        self.assertFalse(os.path.exists(self.out))


if __name__ == "__main__":
    unittest.main()
