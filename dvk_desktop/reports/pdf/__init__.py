"""PDF documents drawn with ReportLab."""
