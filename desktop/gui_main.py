"""Entry point of the windowed program (``casenotes-gui``): the GUI only.

On Windows a windowed program has no console, so command-line output would go nowhere; this entry point
therefore never runs a headless command (``casenotes-gui --data-dir D`` is the one option it takes) and
the console program ``casenotes`` does the command line.
"""

from __future__ import annotations

import sys

from desktop.__main__ import main


def main_gui(argv: list[str] | None = None) -> int:
    """Start the GUI, with the options the ``gui`` command takes."""
    return main(["gui", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main_gui())
