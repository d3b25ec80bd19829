"""Test-suite-wide settings: nothing the tests run may write into generated/ (CI diffs it byte
for byte against a fresh generation), so no bytecode caches, in this process or its children."""

import os
import sys

sys.dont_write_bytecode = True
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
