import sys

from bastion_sdk.cli import main

sys.exit(main())
