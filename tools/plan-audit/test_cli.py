#!/usr/bin/env python3
"""(s22-tidy) Every plan audit answers `--help` with its usage and description, and a missing
binary or no text with a usage error (exit 2), instead of parsing "--help" as a text.

    python3 -m unittest discover -s tools/plan-audit -p 'test_*.py'
"""
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
AUDITS = ["lead", "dates", "orgs", "people", "lists", "gate", "invariance"]


def audit(name, *args):
    return subprocess.run([sys.executable, os.path.join(HERE, name + ".py"), *args], capture_output=True, text=True)


class CommandLine(unittest.TestCase):
    def test_help_prints_usage_and_description(self):
        for name in AUDITS:
            with self.subTest(audit=name):
                r = audit(name, "--help")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn(f"usage: {name}.py", r.stdout)
                self.assertIn("--bin", r.stdout)
                self.assertIn("without labels" if name != "gate" else "emulation gate", r.stdout)

    def test_no_text_is_a_usage_error(self):
        for name in AUDITS:
            with self.subTest(audit=name):
                r = audit(name)
                self.assertEqual(r.returncode, 2)
                self.assertIn("usage:", r.stderr)

    def test_missing_binary_is_a_usage_error(self):
        for name in AUDITS:
            with self.subTest(audit=name):
                r = audit(name, "--bin", "/nonexistent/thidua", "a.txt")
                self.assertEqual(r.returncode, 2)
                self.assertIn("no thidua binary", r.stderr)
                self.assertNotIn("Traceback", r.stderr)


if __name__ == "__main__":
    unittest.main()
