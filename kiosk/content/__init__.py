"""Lesson packs: the model, the loader, safe rendering and checks. Plain Python, no Qt."""
