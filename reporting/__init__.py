"""What the app and the meeting handouts both show, without Streamlit.

The words in Dutch and English (`reporting.i18n`, texts in `reporting/text/`), Babel number formats,
the colour palette, the Altair chart builders, and the functions that turn the domain's results
into display-ready tables and chart data. Every function takes the language as a parameter; the
Streamlit side (widgets, caching, rendering, the session's language) lives in `ui/`.

Imports point one way: pages → ui → reporting → data_access → domain; this package never imports
streamlit (`make lint` checks it), so `python -m handouts` can build the same charts and tables.
"""
