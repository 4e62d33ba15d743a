"""``python -m bastion``: the same command line as the ``bastion`` console script."""

from bastion.cli import main

main()
