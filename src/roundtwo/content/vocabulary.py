"""The fixed vocabularies every module shares (CONTRACT.md's ids)."""

from __future__ import annotations

#: Question and answer categories, in CONTRACT.md's order.
CATEGORIES = (
    "conflict",
    "priorities",
    "failure",
    "leadership",
    "teamwork",
    "pressure",
    "technical",
    "strategy",
    "motivation",
    "culture",
)
#: Interviewer kinds.
KINDS = ("hiring_manager", "peer", "senior_leader", "hr", "other")
#: Interview formats.
FORMATS = ("sequential", "panel", "technical", "case_study", "presentation")
#: Role families the question bank and the job-description reader know.
ROLE_FAMILIES = (
    "software_engineering",
    "data_analytics",
    "product_management",
    "marketing",
    "sales",
    "customer_success",
    "finance_accounting",
    "operations_supply_chain",
    "hr_people",
    "design_ux",
    "project_program_management",
    "healthcare_nursing",
    "education",
    "consulting",
    "legal",
)
