import multiprocessing

from cdo_workshop.cli import main

# The export process (spawn) imports this module again as __mp_main__: only the app's own
# start runs main(); in a PyInstaller bundle freeze_support() turns the child into it.
if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
