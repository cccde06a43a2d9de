"""Planning an interview: what each person assesses, the checklist, the countdown."""
