"""Interviewer kinds from titles and from what the email says."""

from __future__ import annotations

import pytest

from roundtwo.read.kinds import cue_kind, find_cue, interviewer_kind, manager_of_role, title_kind


@pytest.mark.parametrize(
    ("name", "title", "kind"),
    [
        ("vp", "VP of Engineering", "senior_leader"),
        ("chair_of_trustees_over_trustee", "Trustee and Chair of Trustees", "senior_leader"),
        ("german_managing_director", "Geschäftsführer", "senior_leader"),
        ("french_recruiter", "Chargée de recrutement", "hr"),
        ("early_careers", "Early Careers Lead", "hr"),
        ("general_manager_abbreviated", "GM Network Strategy", "senior_leader"),
        ("general_manager_of_hr", "GM – HR", "hr"),
        ("japanese_executive_officer", "Executive Officer, Marketing Division", "senior_leader"),
        ("site_head", "Plant Manager", "senior_leader"),
        ("director", "Director of Data Science", "senior_leader"),
        ("head_of", "Head of Buying", "senior_leader"),
        ("c_level", "Chief Human Resources Officer", "senior_leader"),
        ("founder", "Co-founder", "senior_leader"),
        ("recruiter", "Senior Recruiter", "hr"),
        ("people_partner", "People & Culture Partner", "hr"),
        ("head_of_people_is_hr", "Head of People", "hr"),
        ("principal_engineer_is_a_peer", "Principal Engineer", "peer"),
        ("consumer_representative", "Consumer Representative", "other"),
        ("staff", "Staff Security Engineer", "peer"),
        ("principal_rank", "Principal", "senior_leader"),
        ("general_counsel", "General Counsel Nordics", "senior_leader"),
        ("principal_investigator", "Principal Investigator", "senior_leader"),
        ("business_partner_is_not_a_partner", "Finance Business Partner", "peer"),
        ("hr_business_partner", "HR Business Partner", "hr"),
        ("owner", "Owner", "senior_leader"),
        ("product_owner_is_a_peer", "Product Owner", "peer"),
        ("executive_editor", "Executive Editor", "senior_leader"),
        ("assistant_vice_president_is_a_peer", "Assistant Vice President, Threat Intelligence", "peer"),
        ("people_business_partner", "People Business Partner", "hr"),
        ("deputy_principal", "Deputy Principal", "senior_leader"),
        ("vice_principal", "Vice Principal, Academics", "senior_leader"),
        ("board_chairperson", "Chairperson of the Board", "senior_leader"),
        ("board_treasurer", "Treasurer", "other"),
        ("board_advisor", "Board Advisor", "other"),
        ("empty", "", None),
    ],
)
def test_title_kind(name: str, title: str, kind: str | None) -> None:
    assert title_kind(title) == kind


@pytest.mark.parametrize(
    ("name", "title", "contexts", "kind"),
    [
        ("reports_to", "Head of Buying", ["this role reports to Oliver"], "hiring_manager"),
        ("hiring_manager_paren", "Design Director", ["(hiring manager)"], "hiring_manager"),
        ("would_be_your_manager", "Engineering Lead", ["who would be your manager"], "hiring_manager"),
        ("working_alongside", "Senior Account Manager", ["who you'd be working alongside"], "peer"),
        ("external_partner", "Principal", ["one of our partners"], "other"),
        ("no_title_no_cue_is_a_peer", None, [], "peer"),
        ("no_title_from_hr", None, ["from HR. Expect it to last about 40 minutes."], "hr"),
        ("empty_contexts_use_title", "VP Product", ["", ""], "senior_leader"),
        ("vp_is_no_peer", "VP of Customer Success", ["you'd be working alongside"], "senior_leader"),
        ("reporting_manager", "Engineering Manager", ["reporting manager for this role"], "hiring_manager"),
        ("would_be_manager", "Senior Director", ["and your would-be manager"], "hiring_manager"),
        ("direct_supervisor", "Team Manager", ["direct supervisor of this position"], "hiring_manager"),
        ("working_under", "Executive Chef", ["youd be working under him"], "hiring_manager"),
        ("reporting_authority", "AGM - Finance", ["(Reporting Authority)"], "hiring_manager"),
        (
            "would_supervise_your_work",
            "Partner",
            ["who would supervise your work day to day"],
            "hiring_manager",
        ),
        ("direct_manager_paren", "Chief Accountant", ["(Direct Manager)"], "hiring_manager"),
        (
            "immediate_supervisor",
            "Chief Engineer",
            ["(immediate supervisor of the position)"],
            "hiring_manager",
        ),
        ("vacancy_holder", "Head of Policy", ["Vacancy holder"], "hiring_manager"),
        (
            "selecting_official",
            "Supervisory Analyst",
            ["(Panel Chair and Selecting Official)"],
            "hiring_manager",
        ),
        ("working_for", "Head of Marketing", ["I'm the person you'd be working for"], "hiring_manager"),
        (
            "reporting_to_me_is_not_them",
            "Senior Data Engineer",
            ["then me, since you'd be reporting to me."],
            "peer",
        ),
        ("from_hr_outweighs_a_nearby_cue", None, [" from HR together, as the role reports into Steve"], "hr"),
        ("independent_panel_member", "Independent Panel Member", [], "other"),
        ("cross_faculty", "Senior Lecturer", ["(cross-faculty member)"], "other"),
        ("community_panel_member", "Health Practitioner", ["(community panel member)"], "other"),
        ("board_chair", "Board Chair", [], "senior_leader"),
        ("panel_chair", "Panel Chair", [], "peer"),
        ("department_chair", "Mathematics Department Chair", [], "peer"),
        ("human_capital", "Human Capital Business Partner", [], "hr"),
        (
            "role_in_my_team_is_the_writers",
            "Controller",
            ["As the role sits in my team, I'd like to meet you"],
            "peer",
        ),
        ("assessment_psychologist", "Occupational Psychologist", [], "other"),
        ("spanish_director", "Directora Comercial", [], "senior_leader"),
        ("human_resource_singular", "Human Resource Consultant", [], "hr"),
        ("workforce_officer", "Workforce Officer", [], "hr"),
        ("german_future_supervisor", "Leiter Logistik", ["Ihr künftiger Vorgesetzter"], "hiring_manager"),
        ("spanish_direct_boss", "Líder de Datos", ["(jefa inmediata del cargo)"], "hiring_manager"),
        ("spanish_people_partner", "Business Partner de Personas", [], "hr"),
        ("german_hr_officer", "Personalreferentin", [], "hr"),
        ("a_cue_beside_a_recruiter_is_not_theirs", "HR Business Partner", ["(your future manager)"], "hr"),
    ],
)
def test_interviewer_kind(name: str, title: str | None, contexts: list[str], kind: str) -> None:
    assert interviewer_kind(title, contexts) == kind


def test_interviewer_kind_writer_reporting_to_me() -> None:
    assert interviewer_kind("Engineering Manager", ["since you'd be reporting to me."], writer=True) == (
        "hiring_manager"
    )


@pytest.mark.parametrize(
    ("name", "people", "role", "chosen"),
    [
        (
            "manager_of_the_line_of_work",
            [("Payroll Manager", "peer"), ("Senior Payroll Specialist", "peer")],
            "Payroll Specialist",
            {0},
        ),
        (
            "initials_of_the_role",
            [("SRE Manager", "peer"), ("Staff SRE", "peer")],
            "Site Reliability Engineer",
            {0},
        ),
        ("manager_alone", [("Team Manager", "peer")], "Customer Service Advisor", {0}),
        (
            "someone_is_already_named",
            [("Payroll Manager", "peer"), ("Director of Finance", "hiring_manager")],
            "Payroll Specialist",
            set(),
        ),
        ("manager_role_makes_managers_peers", [("Account Manager", "peer")], "Account Manager", set()),
        (
            "the_one_manager_runs_the_team",
            [("Engineering Manager", "peer"), ("Designer", "peer")],
            "Product Designer",
            {0},
        ),
        (
            "two_managers_of_other_lines_tie",
            [("Engineering Manager", "peer"), ("Marketing Manager", "peer")],
            "Product Designer",
            set(),
        ),
        (
            "team_leader_for_a_developer",
            [("Team Leader", "peer"), ("Java Developer", "peer")],
            "Java Developer",
            {0},
        ),
        (
            "manager_above_a_supervisor",
            [("Operations Manager", "peer"), ("Shift Supervisor", "peer")],
            "Warehouse Supervisor",
            {0},
        ),
        ("manager_before_a_team_lead", [("Team Lead", "peer"), ("QA Manager", "peer")], "QA Analyst", {1}),
        ("sales_manager_runs_account_managers", [("Sales Manager", "peer")], "Account Manager", {0}),
        ("product_manager_runs_no_team", [("Product Manager", "peer")], "UX Designer", set()),
        ("unread_role", [("Payroll Manager", "peer")], None, {0}),
        ("assistant_to_the_title", [("Superintendent", "peer")], "Assistant Superintendent", {0}),
        ("an_associate_is_not_under_a_peer", [("Consultant", "peer")], "Associate Consultant", set()),
        ("empty", [], "Payroll Specialist", set()),
    ],
)
def test_manager_of_role(
    name: str, people: list[tuple[str | None, str]], role: str | None, chosen: set[int]
) -> None:
    assert manager_of_role(people, role) == chosen


def test_find_cue_in_other_languages() -> None:
    text = "Roberto Salinas (Gerente de Riesgos, sería tu jefe) y Mariana Ortiz"
    cue = find_cue(text)
    assert cue is not None and cue.group(0) == "sería tu jefe"
    assert cue_kind("Mathieu Tremblay, gestionnaire SOC (ton futur patron)") == "hiring_manager"
    assert cue_kind("Lena Hoffmann (Teamleiterin, deine zukünftige Vorgesetzte)") == "hiring_manager"
    assert cue_kind("Nadia El Amrani (c'est elle qui sera votre N+1)") == "hiring_manager"
    assert cue_kind("Oleksandr Bondarenko (Lead Developer, you will work in his team)") == "hiring_manager"
    assert cue_kind("Pablo Ruiz, whom you'd be working with every day") == "peer"
    assert cue_kind("Stefan Keller — he runs the team you'd be joining") == "hiring_manager"
    assert cue_kind("Kenji has led our firmware team, and the position sits in his team.") == "hiring_manager"
    assert cue_kind("Marcus, Senior Pricing Actuary, who works in the team you would be joining") is None


def test_interviewer_kind_a_writer_on_the_panel_hires() -> None:
    assert interviewer_kind(None, ["me and Shane would sit down w/ you"], writer=True) == "hiring_manager"
    assert interviewer_kind("Senior Engineer", ["I'll be your peer on the team"], writer=True) == "peer"
    assert interviewer_kind("Talent Partner", ["with me"], writer=True) == "hr"
    assert interviewer_kind(None, ["with me"], writer=False) == "peer"


def test_interviewer_kind_outsider_cue_does_not_demote_an_executive() -> None:
    context = "me, Ravi (our CTO), and Dr Lena Ng, who advises us on the research side"
    assert interviewer_kind("CTO", [context]) == "senior_leader"
    assert interviewer_kind(None, [context]) == "other"


def test_interviewer_kind_role_sits_in_their_team() -> None:
    context = "and Ana Ruiz, our Data Engineering Manager — this role sits in Ana's team"
    assert interviewer_kind("Data Engineering Manager", [context]) == "hiring_manager"


def test_interviewer_kind_hiring_supervisor_aside() -> None:
    assert interviewer_kind("Office Manager", ["(hiring supervisor)"]) == "hiring_manager"


def test_interviewer_kind_recruiter_who_manages_the_role() -> None:
    assert interviewer_kind("HR Manager", ["(the position reports to me)"], writer=True) == "hiring_manager"
    assert interviewer_kind("HR Director", ["(you would report to Omar)"], hr_role=True) == "hiring_manager"


def test_interviewer_kind_the_writer_whose_team_it_is() -> None:
    assert (
        interviewer_kind("Procurement Manager", ["the role sits in my team"], writer=True) == "hiring_manager"
    )
