"""Start the app: `python -m ui.serve app.py [streamlit options]` — `streamlit run` with one fix.

Streamlit 1.67 treats a folder named `pages/` beside the entry script as its old automatic page list
until the first script run has called `st.navigation`. Until then, the first visitor after a start
who opens a deep link such as /kosten gets an English "Page not found" dialog over the right page.
This app always navigates with `st.navigation`, so we tell Streamlit so before the first session
(the flag `st.navigation` itself sets on every run). `make run`, the Dockerfile and the browser
tests start the app this way; tests/e2e/test_pages.py::test_deep_link_on_a_fresh_server guards it.
"""

from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli


def main(arguments: list[str]) -> None:
    PagesManager.uses_pages_directory = False
    cli.main(["run", *arguments], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
