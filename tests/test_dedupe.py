"""The same person read twice becomes one contact."""

from __future__ import annotations

from cardscan.dedupe import merge_duplicates
from cardscan.models import Contact, Phone


def card(source: str, **fields) -> Contact:
    return Contact(source=source, **fields)


def test_same_email_merges_and_completes_fields() -> None:
    a = card("a.jpg", name="Ana Ruiz", emails=("ana@x.example",), confidence={"name": 0.6})
    b = card(
        "b.jpg",
        name="ANA RUIZ",
        title="CTO",
        emails=("ANA@x.example", "info@x.example"),
        phones=(Phone("+34 600 000 001", "+34600000001", "mobile"),),
        confidence={"name": 0.9, "title": 0.8},
    )
    (one,) = merge_duplicates([a, b])
    assert one.source == "a.jpg" and one.name == "Ana Ruiz"  # the first read wins
    assert one.title == "CTO"
    assert one.emails == ("ana@x.example", "info@x.example")
    assert [p.e164 for p in one.phones] == ["+34600000001"]
    assert one.confidence == {"name": 0.9, "title": 0.8}


def test_same_name_and_company_merge_without_email() -> None:
    a = card("a.jpg", name="Bo Chen", company="Northwind")
    b = card("b.jpg", name="bo  chen", company="NORTHWIND", emails=("bo@n.example",))
    (one,) = merge_duplicates([a, b])
    assert one.emails == ("bo@n.example",)


def test_different_people_and_unnamed_cards_stay_apart() -> None:
    people = [
        card("a.jpg", name="Bo Chen", company="Northwind"),
        card("b.jpg", name="Bo Chen", company="Lumen Labs"),  # same name, other company
        card("c.jpg"),  # nothing read
        card("d.jpg"),
    ]
    assert merge_duplicates(people) == people


def test_a_card_linking_two_people_merges_all_three() -> None:
    a = card("a.jpg", name="Di Park", company="Lumen", emails=("di@lumen.example",))
    b = card("b.jpg", name="Dee Park", emails=("dee.park@gmail.example",))
    c = card("c.jpg", name="Di Park", company="Lumen", emails=("dee.park@gmail.example",))
    d = card("d.jpg", name="Other", emails=("o@x.example",))
    merged = merge_duplicates([a, b, c, d])
    assert [m.source for m in merged] == ["a.jpg", "d.jpg"]
    assert merged[0].emails == ("di@lumen.example", "dee.park@gmail.example")
