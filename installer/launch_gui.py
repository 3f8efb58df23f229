"""Entry point of the bundled windowed program (``DVK Desktop.exe``)."""

from dvk_desktop.gui.app import main

raise SystemExit(main())
