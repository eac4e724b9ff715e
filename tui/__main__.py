"""`python -m tui` runs the same program as the `parallax` command."""

import sys

from tui.cli import main

sys.exit(main())
