"""`parallax serve`: the TUI in a web browser, through textual-serve."""
