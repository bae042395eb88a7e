"""reports layer, see ARCHITECTURE.md."""
