"""``python`` for the children a test starts, with the tests' cheap key scheme registered.

Run as ``python fast_kdf_python.py -m MODULE ARGS…``, ``… -c CODE ARGS…`` or
``… SCRIPT ARGS…``: exactly what ``python -m MODULE``, ``python -c CODE`` or
``python SCRIPT`` would run (same ``sys.argv``, ``sys.path[0]`` and ``__main__``),
once tests/fast_kdf.py has registered its scheme in this process, so the child
opens the journals the test made with it and makes its own new ones with it.
Tests get this command from ``fast_kdf.python()``, which gives the plain
interpreter to the tests marked ``real_kdf``. Carnet never runs this file.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path


def main() -> None:
    import fast_kdf  # beside this file: sys.path[0] is this folder here

    fast_kdf.install()
    args = sys.argv[1:]
    if not args:
        raise SystemExit("usage: fast_kdf_python.py (-m MODULE | -c CODE | SCRIPT) [ARGS…]")
    if args[0] == "-m":
        sys.argv = [args[1], *args[2:]]  # run_module puts the module's file in argv[0]
        sys.path[0] = os.getcwd()
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    elif args[0] == "-c":
        sys.argv = ["-c", *args[2:]]
        sys.path[0] = ""
        exec(compile(args[1], "<string>", "exec"), {"__name__": "__main__"})
    else:
        script = Path(args[0]).resolve()
        sys.argv = [args[0], *args[1:]]
        sys.path[0] = str(script.parent)
        runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main()
