import sys

from cdo_workshop.cli import main

# The export process (spawn) imports this module again as __mp_main__: only the app's own
# start runs main(). In a PyInstaller bundle freeze_support() turns the child into it;
# unfrozen it does nothing, and importing multiprocessing cost the start-up about 25 ms.
if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
