"""Posts ↔ contact points: encrypted, signed exchange packages.

Each store has an identity (``identity``): a name, a role (post or contact point) and two key
pairs — X25519 for encryption (age) and Ed25519 for signatures. Stores meet through contact
cards whose fingerprints people compare out of band (``identity.trust``). A package
(``package``) is encrypted to every recipient with age and signed by its sender; ``send``
selects the signals a package may carry (TLP rules), ``receive`` merges one all-or-nothing
(UUIDs and versions: new, updated, unchanged, conflicts), ``feedback`` tells a post what
became of its signals. The format is described in ``package``.
"""
