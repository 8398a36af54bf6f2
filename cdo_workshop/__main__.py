from cdo_workshop.cli import main

raise SystemExit(main())
