"""Handing a citizen's file to a colleague, and the files colleagues hand here (issue 22)."""
