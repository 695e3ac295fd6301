"""Helpers shared by several test suites (gui, stress, e2e, integration, unit)."""
