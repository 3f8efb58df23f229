"""The records a package carries: collected to send, checked and applied on receipt."""
