"""The Exchange section: this store's identity, its contacts, and packages to and from them."""
