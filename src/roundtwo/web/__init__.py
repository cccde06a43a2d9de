"""The FastAPI application: routes, templates, static files."""
