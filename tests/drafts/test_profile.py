from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cardscan.drafts.profile import default_profile_path, load_profile, profile_from_dict
from cardscan.errors import ProfileError

GOOD_TOML = """\
[sender]
name = "Alex Doe"
email = "alex@example.com"
signature = "Alex Doe\\n+1 555 0100"

[interview]
company = "Northwind Analytics"
role = "Data Engineer"
date = 2026-11-20

[hr]
name = "Pat Lee"
email = "pat.lee@northwind.example"

[smtp]
host = "smtp.example.com"
username = "alex@example.com"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_profile_reads_every_section(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, GOOD_TOML))
    assert profile.sender.name == "Alex Doe"
    assert profile.sender.sign_off == "Alex Doe\n+1 555 0100"
    assert profile.interview.date == dt.date(2026, 11, 20)
    assert profile.interview.date_text == "20 November 2026"
    assert profile.hr is not None and profile.hr.email == "pat.lee@northwind.example"
    assert profile.smtp is not None
    assert (profile.smtp.port, profile.smtp.starttls) == (587, True)


def test_date_may_be_a_string(tmp_path: Path) -> None:
    text = GOOD_TOML.replace("date = 2026-11-20", 'date = "2026-11-20"')
    assert load_profile(write(tmp_path, text)).interview.date == dt.date(2026, 11, 20)


def test_free_text_date_is_kept(profile_data: Callable[..., dict[str, Any]]) -> None:
    profile = profile_from_dict(profile_data(interview={"date": "20 and 21 November"}))
    assert profile.interview.date_text == "20 and 21 November"


def test_impossible_date_names_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_TOML.replace("date = 2026-11-20", 'date = "2026-13-40"'))
    with pytest.raises(ProfileError, match=r"\[interview\] date") as info:
        load_profile(path)
    assert str(path) in str(info.value)


def test_missing_key_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_TOML.replace('name = "Alex Doe"\n', ""))
    with pytest.raises(ProfileError, match=r"\[sender\] name is missing") as info:
        load_profile(path)
    assert str(path) in str(info.value)


def test_invalid_email_is_refused(profile_data: Callable[..., dict[str, Any]]) -> None:
    with pytest.raises(ProfileError, match=r"\[hr\] email"):
        profile_from_dict(profile_data(hr={"email": "pat.lee at northwind"}), source="p.toml")


def test_line_break_in_name_is_refused(profile_data: Callable[..., dict[str, Any]]) -> None:
    with pytest.raises(ProfileError, match=r"\[sender\] name must be on one line"):
        profile_from_dict(profile_data(sender={"name": "Alex\r\nBcc: x@example.com"}))


def test_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="nope.toml"):
        load_profile(tmp_path / "nope.toml")


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[sender\nname = ")
    with pytest.raises(ProfileError, match="invalid TOML"):
        load_profile(path)


def test_bad_port_is_refused(profile_data: Callable[..., dict[str, Any]]) -> None:
    with pytest.raises(ProfileError, match=r"\[smtp\] port"):
        profile_from_dict(profile_data(smtp={"host": "smtp.example.com", "port": "587"}))


def test_hr_and_smtp_are_optional(profile_data: Callable[..., dict[str, Any]]) -> None:
    profile = profile_from_dict(profile_data(hr=None))
    assert profile.hr is None and profile.smtp is None


def test_section_must_be_a_table(profile_data: Callable[..., dict[str, Any]]) -> None:
    with pytest.raises(ProfileError, match=r"\[sender\]"):
        profile_from_dict({**profile_data(), "sender": "Alex"})


def test_default_profile_path() -> None:
    path = default_profile_path()
    assert path.name == "profile.toml"
    assert "cardscan" in path.parts[-2].lower()


def test_smtp_defaults_to_starttls_on_587(profile_data: Callable[..., dict[str, Any]]) -> None:
    smtp = profile_from_dict(profile_data(smtp={"host": "smtp.example.com"})).smtp
    assert smtp is not None
    assert (smtp.port, smtp.starttls, smtp.ssl, smtp.username) == (587, True, False, None)


def test_smtp_ssl_defaults_to_port_465(tmp_path: Path) -> None:
    smtp = load_profile(write(tmp_path, GOOD_TOML + "ssl = true\n")).smtp
    assert smtp is not None
    assert (smtp.port, smtp.ssl, smtp.starttls) == (465, True, False)


def test_smtp_ssl_keeps_a_given_port(profile_data: Callable[..., dict[str, Any]]) -> None:
    data = profile_data(smtp={"host": "smtp.example.com", "ssl": True, "port": 2465})
    smtp = profile_from_dict(data).smtp
    assert smtp is not None and (smtp.port, smtp.ssl) == (2465, True)


def test_smtp_ssl_with_starttls_false_is_fine(profile_data: Callable[..., dict[str, Any]]) -> None:
    data = profile_data(smtp={"host": "smtp.example.com", "ssl": True, "starttls": False})
    smtp = profile_from_dict(data).smtp
    assert smtp is not None and (smtp.port, smtp.ssl, smtp.starttls) == (465, True, False)


def test_smtp_ssl_and_starttls_together_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_TOML + "ssl = true\nstarttls = true\n")
    with pytest.raises(ProfileError, match=r"\[smtp\] starttls and ssl cannot both be true") as e:
        load_profile(path)
    assert str(path) in str(e.value)


def test_smtp_ssl_must_be_a_boolean(profile_data: Callable[..., dict[str, Any]]) -> None:
    with pytest.raises(ProfileError, match=r"p.toml: \[smtp\] ssl must be true or false"):
        profile_from_dict(profile_data(smtp={"host": "h", "ssl": "yes"}), source="p.toml")


def test_smtp_starttls_must_be_a_boolean(profile_data: Callable[..., dict[str, Any]]) -> None:
    with pytest.raises(ProfileError, match=r"\[smtp\] starttls must be true or false"):
        profile_from_dict(profile_data(smtp={"host": "h", "starttls": 1}))


def test_a_placeholder_left_in_is_refused_with_its_line(tmp_path: Path) -> None:
    from cardscan.drafts.starter import starter_text

    text = starter_text().replace('"Your Name"', '"Alex Doe"').replace("you@", "alex@")
    text = text.replace('"The Company"', '"Northwind"').replace('"The Role"', '"Engineer"')
    path = write(tmp_path, text)
    line = text.splitlines().index('name = "Recruiter Name"') + 1
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == (
        f"{path}:{line}: [hr] name is still the placeholder 'Recruiter Name'; "
        "put your own value there"
    )


def test_the_interview_may_come_from_the_record(tmp_path: Path) -> None:
    text = '[sender]\nname = "Alex Doe"\nemail = "alex@example.com"\n'
    with pytest.raises(ProfileError, match=r"\[interview\] company is missing"):
        load_profile(write(tmp_path, text))
    assert load_profile(write(tmp_path, text), need_interview=False).sender.name == "Alex Doe"
