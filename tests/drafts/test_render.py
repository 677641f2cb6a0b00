from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cardscan.drafts.profile import Profile, profile_from_dict
from cardscan.drafts.render import Choices, list_templates, person_key, render, template_source
from cardscan.errors import ProfileError, TemplateError
from cardscan.models import Contact

HR_TEMPLATES = ("hr-update", "hr-follow-up", "feedback-request")


def blocks(subject: str, body: str) -> str:
    return f"{{% block subject %}}{subject}{{% endblock %}}{{% block body %}}{body}{{% endblock %}}"


def user_template(tmp_path: Path, text: str, name: str = "mine.j2") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtins_are_listed_with_their_source() -> None:
    assert list_templates() == ["thank-you", "hr-update", "hr-follow-up", "feedback-request"]
    for name in list_templates():
        source = template_source(name)
        assert "{% block subject %}" in source and "{% block body %}" in source


def test_thank_you_greets_formally_and_is_signed(
    jose: Contact, taro: Contact, profile: Profile
) -> None:
    result = render("thank-you", [jose, taro], profile)
    assert result.skipped == []
    first, second = result.drafts
    assert first.to_email == "jose.conceicao@northwind.example"
    assert first.to_name == "José Conceição"
    assert first.subject == "Thank you — Data Engineer interview on 20 November 2026"
    assert first.body.startswith("Dear José Conceição,\n\n")  # the full name, never guessed
    assert "Data Engineer role at Northwind Analytics" in first.body
    assert "20 November 2026" in first.body
    assert "Head of Data Platforms" in first.body
    assert first.body.endswith("Best regards,\nAlex Doe\n+1 555 0100\n")
    assert second.body.startswith("Dear 山田 太郎,")  # family name first: greet by the full name
    assert first.template == "thank-you" and first.review == ()


def test_full_name_without_given_name_and_neutral_without_name(profile: Profile) -> None:
    named = Contact("a.jpg", name="Dana Whitfield", emails=("dana@northwind.example",))
    nameless = Contact("b.jpg", title="CTO", emails=("cto@northwind.example",))
    drafts = render("thank-you", [named, nameless], profile).drafts
    assert drafts[0].body.startswith("Dear Dana Whitfield,")
    assert drafts[1].body.startswith("Hello,\n")
    assert drafts[1].to_name is None


def test_contact_without_email_is_skipped_others_drafted(jose: Contact, profile: Profile) -> None:
    no_mail = Contact("c.jpg", name="Rui Ferreira")
    result = render("thank-you", [no_mail, jose], profile)
    assert [d.to_email for d in result.drafts] == ["jose.conceicao@northwind.example"]
    assert result.skipped == [(no_mail, "no email address")]


def test_same_email_twice_gives_one_message(jose: Contact, profile: Profile) -> None:
    again = dataclasses.replace(
        jose, source="cards/jose-2.jpg", emails=("JOSE.CONCEICAO@northwind.example",)
    )
    result = render("thank-you", [jose, again], profile)
    assert len(result.drafts) == 1 and result.skipped == []


@pytest.mark.parametrize(
    "change",
    [
        {"name": "Eve\r\nBcc: everyone@example.com"},
        {"given_name": "Eve\nX"},
        {"emails": ("eve@northwind.example\r\nBcc: everyone@example.com",)},
    ],
)
def test_line_break_injection_is_refused_for_that_contact_only(
    change: dict[str, Any], jose: Contact, profile: Profile
) -> None:
    eve = Contact("e.jpg", name="Eve Marsh", emails=("eve@northwind.example",))
    eve = dataclasses.replace(eve, **change)
    result = render("thank-you", [eve, jose], profile)
    assert [d.to_name for d in result.drafts] == ["José Conceição"]
    assert len(result.skipped) == 1
    contact, reason = result.skipped[0]
    assert contact is eve and "line break" in reason
    assert all("Bcc" not in d.body for d in result.drafts)


def test_invalid_email_is_refused(jose: Contact, profile: Profile) -> None:
    bad = Contact("f.jpg", name="Ola Nordmann", emails=("ola.nordmann@@northwind",))
    result = render("thank-you", [bad, jose], profile)
    assert len(result.drafts) == 1
    assert result.skipped[0].contact is bad and "invalid email" in result.skipped[0].reason


def test_doubtful_name_gets_neutral_greeting_and_review(jose: Contact, profile: Profile) -> None:
    doubtful = dataclasses.replace(jose, confidence={"name": 0.3})
    (draft,) = render("thank-you", [doubtful], profile).drafts
    assert draft.body.startswith("Hello,\n")
    assert "José" not in draft.body
    assert draft.review == ("name",)
    assert draft.to_name is None


def test_hr_update_lists_every_interviewer(jose: Contact, taro: Contact, profile: Profile) -> None:
    nameless = Contact("g.jpg", title="Recruiter", emails=("talent@northwind.example",))
    result = render("hr-update", [jose, taro, nameless], profile)
    (draft,) = result.drafts
    assert (draft.to_name, draft.to_email) == ("Pat Lee", "pat.lee@northwind.example")
    assert draft.subject == "Update: Data Engineer interview on 20 November 2026"
    assert draft.body.startswith("Dear Pat Lee,")
    assert "- José Conceição, Head of Data Platforms\n" in draft.body
    assert "- 山田 太郎, Engineering Manager\n" in draft.body
    assert "- talent@northwind.example, Recruiter\n" in draft.body
    assert draft.review == ("name",)  # one interviewer's name was not read
    assert draft.body.endswith("Alex Doe\n+1 555 0100\n")


@pytest.mark.parametrize("name", HR_TEMPLATES)
def test_hr_templates_write_one_message_to_hr(
    name: str, jose: Contact, taro: Contact, profile: Profile
) -> None:
    (draft,) = render(name, [jose, taro], profile).drafts
    assert draft.to_email == "pat.lee@northwind.example"
    assert "Data Engineer" in draft.subject and "20 November 2026" in draft.subject
    for text in ("Data Engineer", "Northwind Analytics", "20 November 2026", "José Conceição"):
        assert text in draft.body
    assert draft.review == ()


@pytest.mark.parametrize("name", HR_TEMPLATES)
def test_hr_templates_need_hr(
    name: str, jose: Contact, profile_data: Callable[..., dict[str, Any]]
) -> None:
    profile = profile_from_dict(profile_data(hr=None), source="p.toml")
    with pytest.raises(ProfileError, match=r"p.toml: \[hr\]"):
        render(name, [jose], profile)


def test_without_a_date_the_text_still_reads(
    jose: Contact, profile_data: Callable[..., dict[str, Any]]
) -> None:
    data = profile_data()
    del data["interview"]["date"]
    (draft,) = render("thank-you", [jose], profile_from_dict(data)).drafts
    assert draft.subject == "Thank you — Data Engineer interview"
    assert "meet me about the Data Engineer role" in draft.body


def test_user_template(tmp_path: Path, jose: Contact, profile: Profile) -> None:
    path = user_template(
        tmp_path,
        "{% block subject %}Hi {{ contact.name }}{% endblock %}"
        "{% block body %}{{ greeting_name }} / {{ interview.company }}{% endblock %}",
    )
    (draft,) = render(str(path), [jose], profile).drafts
    assert draft.subject == "Hi José Conceição"
    assert draft.body == "José Conceição / Northwind Analytics\n"
    assert draft.template == "mine"


def test_user_template_to_hr(
    tmp_path: Path, jose: Contact, taro: Contact, profile: Profile
) -> None:
    path = user_template(
        tmp_path,
        "{% block recipients %}hr{% endblock %}{% block subject %}Met {{ interviewers|length }}"
        "{% endblock %}{% block body %}{{ interviewer_names }}{% endblock %}",
    )
    (draft,) = render(path, [jose, taro], profile).drafts
    assert draft.to_email == "pat.lee@northwind.example"
    assert draft.subject == "Met 2"
    assert draft.body == "José Conceição and 山田 太郎\n"


def test_unknown_variable_is_named(tmp_path: Path, jose: Contact, profile: Profile) -> None:
    path = user_template(tmp_path, blocks("x", "{{ interview.salary }}"))
    with pytest.raises(TemplateError, match="salary"):
        render(path, [jose], profile)
    path = user_template(tmp_path, blocks("{{ recruiter }}", ""))
    with pytest.raises(TemplateError, match="'recruiter' is undefined"):
        render(path, [jose], profile)


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__",
        "''.__class__.__mro__[1].__subclasses__()",
        "contact.items.__self__",
        "interviewers.append(1)",
    ],
)
def test_sandbox_blocks_unsafe_access(
    expression: str, tmp_path: Path, jose: Contact, profile: Profile
) -> None:
    path = user_template(tmp_path, blocks("x", f"{{{{ {expression} }}}}"))
    with pytest.raises(TemplateError, match="unsafe"):
        render(path, [jose], profile)


def test_user_template_needs_subject_and_body(tmp_path: Path, profile: Profile) -> None:
    path = user_template(tmp_path, "Subject: hello\n\nbody")
    with pytest.raises(TemplateError, match="block subject"):
        render(path, [], profile)


def test_syntax_error_names_the_line(tmp_path: Path, profile: Profile) -> None:
    path = user_template(tmp_path, blocks("x", "\n{{ x "))
    with pytest.raises(TemplateError, match="line 2"):
        render(path, [], profile)


def test_bad_recipients_block(tmp_path: Path, profile: Profile) -> None:
    path = user_template(
        tmp_path,
        "{% block recipients %}everyone{% endblock %}{% block subject %}{% endblock %}"
        "{% block body %}{% endblock %}",
    )
    with pytest.raises(TemplateError, match="'each' or 'hr'"):
        render(path, [], profile)


def test_unknown_template_name(profile: Profile) -> None:
    with pytest.raises(TemplateError, match="thank-you"):
        render("thanks", [], profile)


@pytest.mark.parametrize(
    ("name", "given", "family", "want"),
    [
        ("Ana Ruiz", "Ana", "Ruiz", "Dear Ana Ruiz,"),  # no given name alone: too familiar
        ("佐々木 健二", "健二", "佐々木", "Dear 佐々木 健二,"),  # family first: the full name
        ("Wang Lei", "Lei", "Wang", "Dear Wang Lei,"),
        ("Jordan Blake", None, None, "Dear Jordan Blake,"),  # no split known: the full name
    ],
)
def test_greeting_follows_the_names_order(profile, name, given, family, want) -> None:
    contact = Contact(
        source="c.jpg",
        name=name,
        given_name=given,
        family_name=family,
        emails=("x@northwind.example",),
        confidence={"name": 0.9},
    )
    (draft,) = render("thank-you", [contact], profile).drafts
    assert draft.body.startswith(want), (name, draft.body[:40])


def test_a_company_card_with_a_shared_mailbox_gets_no_thank_you(profile) -> None:
    company = Contact(source="c.jpg", company="Northwind", emails=("info@northwind.example",))
    unnamed = Contact(source="d.jpg", emails=("b.chen@northwind.example",))  # name not read
    result = render("thank-you", [company, unnamed], profile)
    assert [d.to_email for d in result.drafts] == ["b.chen@northwind.example"]
    (skip,) = result.skipped
    assert skip.reason == (
        "info@northwind.example is a role mailbox, not a person's; pick it to write to it"
    )


def test_hr_is_kept_out_of_the_thank_yous_and_the_people_met(
    jose: Contact, profile: Profile
) -> None:
    hr_card = Contact("hr.jpg", name="Pat Lee", emails=("PAT.LEE@northwind.example",))
    thanks = render("thank-you", [jose, hr_card], profile)
    assert [d.to_email for d in thanks.drafts] == [jose.emails[0]]
    assert thanks.skipped[0].reason == (
        "the HR contact's own card: HR gets the HR messages, not a thank-you"
    )
    (update,) = render("hr-update", [jose, hr_card], profile).drafts
    assert "- José Conceição" in update.body and "- Pat Lee" not in update.body, update.body


def test_a_role_mailbox_gets_a_message_only_when_picked(profile: Profile) -> None:
    sales = Contact("s.jpg", name="Kai Berg", emails=("vertrieb@northwind.example",))
    assert render("thank-you", [sales], profile).drafts == []
    picked = Choices(picked={person_key("Vertrieb@northwind.example")})
    (draft,) = render("thank-you", [sales], profile, picked).drafts
    assert draft.to_email == "vertrieb@northwind.example"


def test_a_personal_line_has_its_own_paragraph(
    jose: Contact, taro: Contact, profile: Profile
) -> None:
    line = "I am still thinking about your point on  data contracts."
    choices = Choices(personal_lines={person_key(jose.emails[0]): line})
    first, second = render("thank-you", [jose, taro], profile, choices).drafts
    assert "position.\n\nI am still thinking about your point on data contracts.\n\n" in (
        first.body
    )
    assert "thinking" not in second.body  # a line for one person only


def test_a_company_ending_in_a_full_stop_ends_the_sentence_once(
    jose: Contact, profile_data: Callable[..., dict[str, Any]]
) -> None:
    profile = profile_from_dict(profile_data(interview={"company": "Northwind Inc."}))
    (draft,) = render("thank-you", [jose], profile).drafts
    assert "role at Northwind Inc. I enjoyed" in draft.body, draft.body
    (update,) = render("hr-update", [jose], profile).drafts
    assert ".." not in update.body, update.body


def test_doubtful_email_marks_the_draft_for_review(jose: Contact, profile: Profile) -> None:
    """An address the second opinion doubted could reach a stranger: the draft says so."""
    doubtful = dataclasses.replace(jose, confidence={"name": 0.9, "emails": 0.2})
    (draft,) = render("thank-you", [doubtful], profile).drafts
    assert draft.review == ("email",), draft
    assert draft.body.startswith("Dear "), draft.body  # the name itself is trusted


def test_sure_email_and_name_need_no_review(jose: Contact, profile: Profile) -> None:
    sure = dataclasses.replace(jose, confidence={"name": 0.9, "emails": 0.95})
    (draft,) = render("thank-you", [sure], profile).drafts
    assert draft.review == ()
