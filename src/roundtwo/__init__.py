"""roundtwo: local-first preparation for second-round job interviews."""

__version__ = "0.1.0"
