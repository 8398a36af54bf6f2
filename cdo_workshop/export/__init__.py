"""Agreement export (ReportLab) and signing (pyHanko); imported lazily."""
