"""End-to-end tests: the real `parallax` in a real terminal (tmux), locally and over SSH."""
