"""Benchmarks: `make bench` (or `.venv/bin/python -m bench`). Each figure is printed
next to a baseline measured in the same run."""
