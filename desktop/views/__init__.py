"""views layer, see ARCHITECTURE.md."""
