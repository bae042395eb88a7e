"""The encrypted notebook: key envelope and keychain, SQLCipher connection and engines, the data folder's
files, the commit mark and the checks, the access log's chain, backups and migrations.

Nothing is imported here: the startup reads the caseload through ``early_caseload`` before the database
code (SQLAlchemy) is loaded, and a package that imported its modules would load it.
"""
