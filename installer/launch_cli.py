"""Entry point of the bundled console program (``dvk.exe``)."""

from dvk_desktop.cli.main import main

raise SystemExit(main())
