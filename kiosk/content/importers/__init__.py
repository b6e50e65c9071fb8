"""Importers that turn other quiz formats (Moodle GIFT and Aiken) into a lesson folder with a ``quiz.md``."""
