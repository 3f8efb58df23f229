"""Domain: value types, enums, lifecycle rules and validation; no SQLAlchemy, no Qt."""
