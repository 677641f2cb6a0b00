"""From contacts to emails through the CLI: the four templates, safety, init, templates, review.

Runs in-process with click's CliRunner; the contacts are made up.
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cardscan import cli
from cardscan.cli import options
from cardscan.drafts.profile import load_profile
from cardscan.drafts.render import list_templates
from cardscan.models import Contact
from tests.conftest import SAMPLES

PROFILE = str(SAMPLES / "profile.toml")


def person(name: str, email_: str, **extra) -> dict:
    given, _, family = name.partition(" ")
    data = Contact(source="card.jpg", name=name, given_name=given, family_name=family).to_dict()
    data.update({"emails": [email_], "confidence": {"name": 0.95}, **extra})
    return data


ANA = person("Ana Ruiz", "ana.ruiz@northwind.example", title="Head of Data")
BO = person("Bo Chen", "bo.chen@northwind.example", title="Staff Engineer")
ZOË = person("Zoë Ångström", "zoe@northwind.example")


def write_jsonl(path: Path, *contacts: dict) -> Path:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in contacts), "utf-8")
    return path


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli.main, list(args), input=input, catch_exceptions=False)


def messages(folder: Path) -> dict[str, email.message.EmailMessage]:
    return {
        p.name: email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in sorted(folder.glob("*.eml"))
    }


@pytest.mark.parametrize("template", list_templates())
def test_each_template_writes_drafts_the_email_parser_reads(tmp_path: Path, template: str) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", ANA, BO, ZOË)
    result = invoke("draft", str(contacts), "--template", template, "--profile", PROFILE,
                    "--out", str(tmp_path / "out"))  # fmt: skip
    assert result.exit_code == 0, result.output
    found = messages(tmp_path / "out")
    assert found, result.output
    for name, msg in found.items():
        assert msg["X-Unsent"] == "1", name
        assert msg["From"].addresses[0].addr_spec == "alex.doe@example.com", name
        assert msg["Subject"] and msg["Date"] and msg["Message-ID"], name
        assert msg.get_content().rstrip().endswith("+1 555 0100"), name  # signed by the sender
    if template == "thank-you":
        to = {m["To"].addresses[0].addr_spec: m for m in found.values()}
        assert set(to) == {"ana.ruiz@northwind.example", "bo.chen@northwind.example",
                           "zoe@northwind.example"}  # fmt: skip
        assert str(to["zoe@northwind.example"]["To"]) == "Zoë Ångström <zoe@northwind.example>"
        assert to["ana.ruiz@northwind.example"].get_content().startswith("Dear Ana Ruiz,")
    else:
        (msg,) = found.values()
        assert msg["To"].addresses[0].addr_spec == "pat.lee@northwind.example"
    if template == "hr-update":
        body = msg.get_content()
        for name in ("Ana Ruiz", "Bo Chen", "Zoë Ångström"):
            assert name in body, body


def test_contacts_from_stdin_print_as_text() -> None:
    result = invoke("draft", "-", "--profile", PROFILE, input=json.dumps(ANA) + "\n")
    assert result.exit_code == 0, result.output
    assert "To: Ana Ruiz <ana.ruiz@northwind.example>" in result.output
    assert "Dear Ana Ruiz," in result.output


def test_injected_line_break_is_refused_and_leaks_nothing(tmp_path: Path) -> None:
    evil = person("Eve\r\nBcc: victim@example.com", "eve@example.com")
    contacts = write_jsonl(tmp_path / "c.jsonl", evil, ANA)
    result = invoke("draft", str(contacts), "--profile", PROFILE, "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "skipped card.jpg card 0: name contains a line break" in result.output
    found = messages(tmp_path / "out")
    assert [m["To"].addresses[0].addr_spec for m in found.values()] == [ANA["emails"][0]]
    written = b"".join(p.read_bytes() for p in (tmp_path / "out").iterdir())
    assert b"victim" not in written and b"Eve" not in written


@pytest.mark.parametrize(
    "address", ["a@example.com, b@example.com", "a@example.com b@example.com", "not-an-email"]
)
def test_several_or_invalid_addresses_are_refused(tmp_path: Path, address: str) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", person("Cai Lun", address), BO)
    result = invoke("draft", str(contacts), "--profile", PROFILE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert "skipped card.jpg card 0: invalid email address" in result.output
    sent_to = [json.loads(line)["to"] for line in result.output.splitlines() if line[:1] == "{"]
    assert sent_to == [BO["emails"][0]], result.output


@pytest.mark.parametrize("contacts", [(ANA, ZOË), ()], ids=["two", "none"])
def test_json_is_one_array_and_jsonl_one_line_each(tmp_path: Path, contacts: tuple) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", *contacts)
    as_json = invoke("draft", str(source), "--profile", PROFILE, "--format", "json")
    as_jsonl = invoke("draft", str(source), "--profile", PROFILE, "--format", "jsonl")
    assert (as_json.exit_code, as_jsonl.exit_code) == (0, 0), as_json.output + as_jsonl.output
    drafts = json.loads(as_json.stdout)
    assert [d["to"] for d in drafts] == [c["emails"][0] for c in contacts], as_json.stdout
    assert all(set(d) == {"to", "subject", "body", "review"} for d in drafts), drafts
    lines = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert lines == drafts, as_jsonl.stdout


def test_the_same_person_twice_gets_one_message(tmp_path: Path) -> None:
    twice = dict(ANA, emails=["ANA.RUIZ@northwind.example"])
    contacts = write_jsonl(tmp_path / "c.jsonl", ANA, twice)
    result = invoke("draft", str(contacts), "--profile", PROFILE, "--format", "mailto")
    assert result.exit_code == 0, result.output
    links = [line for line in result.output.splitlines() if line.startswith("mailto:")]
    assert len(links) == 1, result.output
    assert links[0].startswith("mailto:ana.ruiz@northwind.example?subject=")


def test_doubtful_name_gets_a_neutral_greeting_and_a_review_mark(tmp_path: Path) -> None:
    unsure = dict(ANA, confidence={"name": 0.2})
    contacts = write_jsonl(tmp_path / "c.jsonl", unsure)
    result = invoke("draft", str(contacts), "--profile", PROFILE, "--out", str(tmp_path / "out"))
    assert "(check: name)" in result.output
    (msg,) = messages(tmp_path / "out").values()
    assert msg["X-Cardscan-Review"] == "name"
    assert msg.get_content().startswith("Hello,") and "Ana Ruiz" not in msg.get_content()
    assert str(msg["To"]) == "ana.ruiz@northwind.example"  # no doubtful name in the header


def test_doubtful_email_is_marked_in_the_draft(tmp_path: Path) -> None:
    unsure = dict(ANA, confidence={"name": 0.95, "emails": 0.1})
    contacts = write_jsonl(tmp_path / "c.jsonl", unsure)
    result = invoke("draft", str(contacts), "--profile", PROFILE, "--out", str(tmp_path / "out"))
    assert "(check: email)" in result.output, result.output
    (msg,) = messages(tmp_path / "out").values()
    assert msg["X-Cardscan-Review"] == "email"


def test_init_off_a_terminal_writes_a_starter_whose_placeholders_are_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "conf" / "profile.toml"
    result = invoke("init", "--profile", str(path))
    assert result.exit_code == 0, result.output
    assert f"wrote {path}" in result.output
    assert "CARDSCAN_SMTP_PASSWORD" in path.read_text("utf-8")
    assert "\ndate =" not in path.read_text("utf-8")  # no made-up interview day
    contacts = write_jsonl(tmp_path / "c.jsonl", ANA)
    used = invoke("draft", str(contacts), "--profile", str(path))
    assert used.exit_code == 1
    assert used.output == (
        f"cardscan: error: {path}:7: [sender] name is still the placeholder 'Your Name'; "
        "put your own value there\n"
    )
    path.write_text("# mine\n", "utf-8")
    again = invoke("init", "--profile", str(path))
    assert again.exit_code == 1
    assert "already exists; use --force to overwrite it" in again.output
    assert path.read_text("utf-8") == "# mine\n"
    assert invoke("init", "--profile", str(path), "--force").exit_code == 0


def test_init_on_a_terminal_asks_and_checks_the_answers(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    path = tmp_path / "profile.toml"
    answers = [
        "Alex Doe", "alex@@example", "alex.doe@example.com", "",  # name, bad email, email, sig
        "Northwind Analytics", "Data Engineer", "20.11.2026", "",  # bad date, then no date
        "", "",  # no HR
    ]  # fmt: skip
    result = invoke("init", "--profile", str(path), input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Error: invalid email address 'alex@@example'" in result.output
    assert "Error: '20.11.2026' is not a date such as 2026-11-20" in result.output
    profile = load_profile(path)
    assert (profile.sender.name, profile.sender.email) == ("Alex Doe", "alex.doe@example.com")
    assert (profile.interview.company, profile.interview.role) == (
        "Northwind Analytics",
        "Data Engineer",
    )
    assert profile.interview.date is None and profile.hr is None


def test_templates_are_listed_and_printed(tmp_path: Path) -> None:
    listed = invoke("templates")
    assert listed.output.split("\n")[:4] == list_templates()
    source = invoke("templates", "hr-follow-up").output
    assert "{% block subject %}" in source and "{% block body %}" in source
    mine = tmp_path / "mine.j2"
    mine.write_text(source.replace("{% block body %}", "{% block body %}P.S. hi\n"), "utf-8")
    contacts = write_jsonl(tmp_path / "c.jsonl", ANA)
    result = invoke("draft", str(contacts), "--template", str(mine), "--profile", PROFILE)
    assert result.exit_code == 0, result.output
    assert "P.S. hi" in result.output and "To: Pat Lee <pat.lee@northwind.example>" in result.output
    assert invoke("templates", "nope").exit_code == 1


def test_user_template_with_a_typo_names_the_variable(tmp_path: Path) -> None:
    mine = tmp_path / "typo.j2"
    mine.write_text("{% block subject %}Hi{% endblock %}{% block body %}{{ sendr.name }}"
                    "{% endblock %}", "utf-8")  # fmt: skip
    contacts = write_jsonl(tmp_path / "c.jsonl", ANA)
    result = invoke("draft", str(contacts), "--template", str(mine), "--profile", PROFILE)
    assert result.exit_code == 1
    assert "unknown variable: 'sendr' is undefined" in result.output


@pytest.mark.slow
def test_run_review_fixes_a_field_and_skips_a_card(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    first, second = str(SAMPLES / "uk_centred_flat.png"), str(SAMPLES / "us_left_photo.jpg")
    # Card 1: edit the name, then accept. Card 2: skip. Then keep the picks.
    answers = "e\nname\nSean P. Davies\na\ns\n\n"
    result = invoke("run", first, second, "--profile", PROFILE, "--out", str(tmp_path / "out"),
                    input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "card 1/2" in result.output and "card 2/2" in result.output
    (msg,) = messages(tmp_path / "out").values()
    assert msg["To"].addresses[0].display_name == "Sean P. Davies"
    assert msg.get_content().startswith("Dear Sean P. Davies,")  # formal: the full name
    assert "X-Cardscan-Review" not in msg


@pytest.mark.slow
def test_run_with_yes_asks_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    card = str(SAMPLES / "uk_centred_flat.png")
    result = invoke("run", card, "--yes", "--profile", PROFILE, "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "[a]ccept" not in result.output
    assert len(messages(tmp_path / "out")) == 1


def test_send_delivers_to_a_loopback_smtp_server(
    tmp_path: Path, monkeypatch, loopback_smtp
) -> None:
    handler, profile = loopback_smtp
    unsure = person("Kim Lo", "kim.lo@northwind.example", confidence={"name": 0.1})
    doubted = {"name": 0.95, "emails": 0.1}
    misread = person("Lee Park", "iee.park@northwind.example", confidence=doubted)
    contacts = write_jsonl(tmp_path / "c.jsonl", ANA, ZOË, unsure, misread)
    monkeypatch.delenv("CARDSCAN_SMTP_PASSWORD", raising=False)
    result = invoke("draft", str(contacts), "--profile", str(profile), "--send")
    assert "sent to ana.ruiz@northwind.example" in result.output
    assert "not sent to kim.lo@northwind.example: check the name first" in result.output
    assert "not sent to iee.park@northwind.example: check the email first" in result.output
    assert "sent 2 of 4 message(s)" in result.output
    assert result.exit_code == 3  # one draft held back for the user to check
    got = [r.message for r in handler.received]
    assert sorted(m["To"].addresses[0].addr_spec for m in got) == [
        "ana.ruiz@northwind.example",
        "zoe@northwind.example",
    ]
    assert all("X-Unsent" not in m and m.get_content().startswith("Dear ") for m in got)


def test_nothing_is_sent_without_send(tmp_path: Path) -> None:
    contacts = write_jsonl(tmp_path / "c.jsonl", ANA)
    profile = tmp_path / "me.toml"
    # A closed port: any attempt to send would fail loudly.
    profile.write_text(Path(PROFILE).read_text("utf-8") + '\n[smtp]\nhost = "127.0.0.1"\n'
                       "port = 9\nstarttls = false\n", "utf-8")  # fmt: skip
    result = invoke("draft", str(contacts), "--profile", str(profile))
    assert result.exit_code == 0 and "sent" not in result.output, result.output


@pytest.mark.slow
def test_run_merges_the_same_card_read_twice(tmp_path: Path) -> None:
    card = str(SAMPLES / "uk_centred_flat.png")
    result = invoke("run", card, card, "--yes", "--profile", PROFILE, "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    assert "1 contact(s) after merging duplicates" in result.output
    assert len(messages(tmp_path / "o")) == 1


def test_run_checks_everything_before_the_first_card(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    card = str(SAMPLES / "uk_centred_flat.png")
    out = tmp_path / "out"
    mine = tmp_path / "typo.j2"
    mine.write_text("{% block subject %}Hi{% endblock %}{% block body %}{{ sendr.name }}"
                    "{% endblock %}", "utf-8")  # fmt: skip
    typo = invoke("run", card, "--profile", PROFILE, "--out", str(out), "--template", str(mine))
    assert typo.exit_code == 1 and "card 1/1" not in typo.output
    assert "unknown variable: 'sendr' is undefined" in typo.output
    missing = invoke("run", card, "--profile", str(tmp_path / "nope.toml"), "--out", str(out))
    assert missing.exit_code == 1 and "no such profile" in missing.output
    assert "card 1/1" not in missing.output
    out.mkdir()
    (out / "thank-you-someone@example.com.eml").write_text("mine", "utf-8")
    existing = invoke("run", card, "--profile", PROFILE, "--out", str(out))
    assert existing.exit_code == 1 and "card 1/1" not in existing.output
    assert "thank-you-someone@example.com.eml already exists; use --force" in existing.output
    no_smtp = invoke("run", card, "--profile", PROFILE, "--out", str(tmp_path / "o2"), "--send")
    assert no_smtp.exit_code == 1 and "--send needs an [smtp] table" in no_smtp.output


@pytest.mark.slow
def test_run_review_checks_an_email_at_the_prompt_and_keeps_a_personal_line(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    card = str(SAMPLES / "uk_centred_flat.png")
    answers = "e\nemail\nsean@@stonebridge\nsean.d@stonebridge.example\nl\nLoved the tour.\na\n\n"
    result = invoke("run", card, "--profile", PROFILE, "--out", str(tmp_path / "out"),
                    input=answers)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Error: invalid email address 'sean@@stonebridge'" in result.output
    (msg,) = messages(tmp_path / "out").values()
    assert msg["To"].addresses[0].addr_spec == "sean.d@stonebridge.example"
    assert "\n\nLoved the tour.\n\n" in msg.get_content()
    saved = (tmp_path / "out" / "reviewed.jsonl").read_text("utf-8")
    assert json.loads(saved)["emails"][0] == "sean.d@stonebridge.example"


@pytest.mark.slow
def test_ctrl_c_in_the_review_keeps_the_cards_accepted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(options, "is_terminal", lambda: True)
    first, second = str(SAMPLES / "uk_centred_flat.png"), str(SAMPLES / "us_left_photo.jpg")
    # Accept card 1; the input ends at card 2, as when the user presses Ctrl-C there.
    result = invoke("run", first, second, "--profile", PROFILE, "--out", str(tmp_path / "out"),
                    input="a\n")  # fmt: skip
    assert result.exit_code == 130
    assert "the cards accepted so far are in" in result.output
    saved = (tmp_path / "out" / "reviewed.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["source"] for line in saved] == [first]
