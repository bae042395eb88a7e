"""Fictional data for benchmarks, screenshots and demonstrations: a large caseload written fast
(``caseload``, with its texts in ``text`` and its plans, networks and ratings in ``records``) and one
full citizen file written through the services (``showcase``). Never part of a real vault's work."""
