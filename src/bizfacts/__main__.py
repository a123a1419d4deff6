"""``python -m bizfacts``: the same as the ``bizfacts`` command."""

import sys

from .cli import main

sys.exit(main())
