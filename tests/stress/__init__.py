"""Proof under stress (issue 7): fuzzing, load, faults, crash consistency and leak scans."""
