"""``python -m dvk_desktop`` starts the windowed program."""

from dvk_desktop.gui.app import main

raise SystemExit(main())
