"""Reports (统计报表, issue 16): the catalogue, each report over a period, CSV/XLSX files."""
