"""Reading text the way an interviewer does: pure functions, no I/O."""
