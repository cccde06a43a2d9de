"""Use cases that join the store and the engines."""
