"""Red-team cases: attacks tried on purpose against cardscan, the ones it once failed and the
ones it held. Each test names the attack; the contacts, files and servers are made up."""
