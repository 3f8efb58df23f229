"""Reports: PDF documents (ReportLab) and Excel workbooks (openpyxl)."""
