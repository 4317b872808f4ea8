"""``python -m workers.cli`` runs the ``tradelead`` command."""

from . import main

main()
