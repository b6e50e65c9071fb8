"""One module per screen of the visitor's journey; each renders the journey and asks to navigate by signals."""
