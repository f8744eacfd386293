import sys

from crawler.sandbox.cli import main

sys.exit(main())
