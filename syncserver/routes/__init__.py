"""The API's routes, one router per resource: accounts (and sign-in), devices, changes (push and feed)."""
