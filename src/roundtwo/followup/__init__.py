"""Thank-you notes, calendar and email files, and sending."""
