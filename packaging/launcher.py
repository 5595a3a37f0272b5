"""The script PyInstaller freezes: the same entry point as the ``carnet`` command.

Kept outside the ``carnet`` package so the analysis imports ``carnet`` as a
package (a script inside it would put ``carnet/`` itself on the search path).
"""

import sys

from carnet.cli import main

if __name__ == "__main__":
    sys.exit(main())
