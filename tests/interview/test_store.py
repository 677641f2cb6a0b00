"""The interview record on disk: several interviews, people saved as reviewed, messages."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from cardscan.interview.store import DB_NAME, Interview, InterviewError, Message, open_store
from cardscan.models import Contact

ANA = Contact("a.png", name="Ana Ruiz", emails=("ana@northwind.example",))


def test_several_interviews_each_with_its_people_and_messages(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        north = store.create(Interview(0, "northwind", "Northwind", "Data Engineer",
                                       dt.date(2026, 11, 20)))  # fmt: skip
        south = store.create(Interview(0, "southwind", "Southwind", "Analyst"))
        store.save_person(north, ANA, accepted=True, picked=True, personal_line="Hi")
        at = dt.datetime(2026, 11, 20, 9, tzinfo=dt.timezone.utc)
        store.record(north, Message("hr-update", "Pat@X.example", "<1@x>", "sent", at, "Update"))
    with open_store(tmp_path) as store:  # everything committed and read back
        assert [i.name for i in store.all()] == ["northwind", "southwind"]
        (person,) = store.people(store.get("northwind"))
        assert (person.contact, person.picked, person.personal_line) == (ANA, True, "Hi")
        assert store.people(south) == []
        (message,) = store.messages(north)
        assert (message.recipient, message.message_id, message.at) == ("pat@x.example", "<1@x>", at)
        assert store.reviewed(north) == {("a.png", 0)}
    mode = stat.S_IMODE((tmp_path / DB_NAME).stat().st_mode)
    assert mode == 0o600, oct(mode)  # other people's contact details


def test_names_are_unique_and_unknown_names_are_a_usage_error(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.create(Interview(0, "northwind", "Northwind", "Data Engineer"))
        with pytest.raises(InterviewError, match="an interview named 'northwind' exists"):
            store.create(Interview(0, "northwind", "Other", "Role"))
        with pytest.raises(InterviewError) as caught:
            store.get("nope")
    assert str(caught.value) == "no interview named 'nope'; 'cardscan interview list' shows them"
    assert caught.value.exit_code == 2


def test_a_skipped_card_is_never_picked_and_a_person_can_be_changed(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        north = store.create(Interview(0, "northwind", "Northwind", "Data Engineer"))
        store.save_person(north, ANA, accepted=False, picked=True)
        assert store.people(north)[0].picked is False
        store.save_person(north, ANA, accepted=True, picked=False)  # reviewed again: replaced
        changed = store.change_person(north, 1, picked=True, personal_line="Thanks")
        assert (changed.picked, changed.personal_line) == (True, "Thanks")
        with pytest.raises(InterviewError, match="northwind has no person 2"):
            store.change_person(north, 2, picked=True)
