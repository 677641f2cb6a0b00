"""Everything that can be checked before the review: a failure after it would throw the
user's corrections away.

The profile (and its placeholders), the template (loaded and tried on a made-up person,
so a misspelt variable shows now), the outbox (no drafts of this template already there
without --force) and, for --send, the [smtp] table and the password.
"""

from __future__ import annotations

from pathlib import Path

from cardscan.drafts.profile import Profile
from cardscan.drafts.render import render
from cardscan.drafts.send import PASSWORD_ENV, password_from_env
from cardscan.drafts.templating import load_template
from cardscan.errors import OutputExistsError, ProfileError
from cardscan.models import Contact

_TRIAL = Contact(
    source="trial", name="Ana Example", given_name="Ana", family_name="Example",
    title="Engineer", company="Example", emails=("ana@example.com",), confidence={"name": 1.0},
)  # fmt: skip


def check_ready(
    template: str, profile: Profile, *, out: str | Path | None, force: bool, send: bool
) -> None:
    """Raise the error the user would otherwise meet after the review."""
    loaded = load_template(template)
    render(template, [_TRIAL], profile)  # a misspelt variable, an hr template without [hr]
    if out is not None and not force:
        existing = sorted(Path(out).glob(f"{loaded.label}-*.eml")) if Path(out).is_dir() else []
        if existing:
            raise OutputExistsError(
                f"{existing[0]} (and {len(existing) - 1} more)" if len(existing) > 1
                else str(existing[0])
            )  # fmt: skip
    if send:
        check_can_send(profile)


def check_can_send(profile: Profile) -> None:
    if profile.smtp is None:
        raise ProfileError(f"{profile.source}: --send needs an [smtp] table (host, port, username)")
    if profile.smtp.username and not password_from_env():
        raise ProfileError(
            f"{profile.source}: [smtp] username is set but {PASSWORD_ENV} is not; set it to "
            "the account's password (or app password) before sending"
        )
