"""CDO Workshop: a guided governance workshop for a municipality's digitalisation role."""

import time

__version__ = "0.2.0"
# The app's own clock (`--exit-when-ready`, benchmarks/startup.py) starts at the package's
# first line, so that every import of the app's own counts, as a bare script's do for it.
STARTED = time.perf_counter()
