"""The headless engine: reading, cleaning, segmenting, grouping and aligning.

Nothing under this package imports textual or rich (tests/test_layering.py
enforces it), so the CLI, the TUI and scripts share one implementation.
"""

ENGINE_VERSION = "2"
"""Bumped whenever reading or grouping changes what they produce; it keys caches."""
