"""Curated data: question bank, scenarios, personas, lexicons and figures."""
