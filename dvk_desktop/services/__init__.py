"""Services: one module per use case; each owns its transaction."""
