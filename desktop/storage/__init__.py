"""Storage: how the notebook is kept, and what is kept in it (see ARCHITECTURE.md).

* ``vault``: the encrypted notebook itself. The key envelope and the keychain, the SQLCipher connection
  and its engines, the files of the data folder and their swaps, the commit mark and the checks, the
  access log's chain, backups and migrations.
* ``records``: the repositories. Rows of citizens, notes, goals, contacts, ratings and the search index
  in and out, over a connection the vault gives; they know nothing of keys or files.

``records`` may use ``vault`` (an engine for writing, the shared encodings), never the other way round.
"""
