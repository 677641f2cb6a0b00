"""cardscan: photos of business cards → contacts → emails ready to send."""

__version__ = "0.1.0"
