"""An invitation email shared by the web and browser tests of the paste-an-invitation flow."""

HARBOURLINE = """Subject: Final-round interview: Senior Data Analyst at Harbourline Logistics

Hi Sam,

We would like to invite you to a final-round interview for the Senior Data Analyst role
at Harbourline Logistics.

Thursday, March 14, 2030
Eastern Time (US & Canada)

10:00 AM - 10:45 AM
Interviewer: Priya Raman (priya.raman@harbourline.example)
Title: Head of Analytics

10:45 AM - 11:30 AM
Interviewer: Tom Reyes (tom.reyes@harbourline.example)
Title: Senior Data Engineer

Video call: https://meet.example.com/hbl-final

Please prepare a 10-minute walkthrough of a dashboard you built.

Best regards,
Alex Moreno
Recruiting Coordinator | Harbourline Logistics
"""
