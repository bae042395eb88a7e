"""The repositories: rows of citizens, notes, goals, contacts, ratings, sync bookkeeping and the search
index, in and out over a connection the vault gives. They know nothing of keys or files."""
