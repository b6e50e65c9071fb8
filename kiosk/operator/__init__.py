"""The operator's side of the kiosk without Qt: PIN hashing, the lockout, the console's config and drives."""
