"""One script per screen, run by st.navigation in app.py (a package so lint-imports checks its layer)."""
