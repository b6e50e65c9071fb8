"""Reusable touch widgets: buttons, lesson cards, choice cards, progress dots, the lesson view."""
