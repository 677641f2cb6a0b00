"""Email drafts: the profile, the templates and the .eml files."""

from cardscan.drafts.eml import as_text, for_sending, mailto_link, to_message, write_eml
from cardscan.drafts.profile import Profile, default_profile_path, load_profile, profile_from_dict
from cardscan.drafts.render import RenderResult, Skip, list_templates, render, template_source

__all__ = [
    "Profile",
    "RenderResult",
    "Skip",
    "as_text",
    "default_profile_path",
    "for_sending",
    "list_templates",
    "load_profile",
    "mailto_link",
    "profile_from_dict",
    "render",
    "template_source",
    "to_message",
    "write_eml",
]
