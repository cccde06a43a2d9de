"""Database models, the engine factory and migrations. Only services import this."""
