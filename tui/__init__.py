"""Parallax: read news coverage side by side."""

__version__ = "0.1.0"
