"""Audio decoding, offline transcription and delivery metrics."""
