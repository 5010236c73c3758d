"""The agreement's rules as pure Python: no Streamlit, no SQLAlchemy, no I/O."""
