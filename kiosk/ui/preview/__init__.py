"""``kiosk preview``: a window for authors that shows one lesson as visitors see it and reads it again
on every saved change, with its ``kiosk check`` diagnostics beside it. Records nothing."""
