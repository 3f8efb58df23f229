"""DVK Desktop: offline management of "Dân vận khéo" models, with signed packages between levels."""

__version__ = "0.1.0"
