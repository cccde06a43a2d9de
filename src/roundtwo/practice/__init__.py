"""Mock interview formats, personas and the session state machine."""
