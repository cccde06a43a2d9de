"""Readers for invitation emails, job descriptions and questions to ask."""
