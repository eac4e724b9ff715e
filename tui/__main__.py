"""`python -m tui` runs the same program as the `parallax` command."""

import sys

from tui.cli import main

if __name__ == "__main__":  # not when a reading process of the pool (spawned) imports it
    sys.exit(main())
