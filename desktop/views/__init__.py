"""views layer, see ARCHITECTURE.md."""

from desktop.views.pyside_import_hook import skip_feature_scan

skip_feature_scan()  # before the views and the database code are imported
