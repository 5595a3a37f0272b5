from __future__ import annotations

import sys

from carnet.cli import main

sys.exit(main())
