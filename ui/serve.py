"""Start the app: `python -m ui.serve app.py [streamlit options]` — `streamlit run` with two fixes and
a warm-up.

1. Streamlit 1.67 treats a folder named `pages/` beside the entry script as its old automatic page
   list until the first script run has called `st.navigation`. Until then, the first visitor after
   a start who opens a deep link such as /kosten gets an English "Page not found" dialog over the
   right page. This app always navigates with `st.navigation`, so we tell Streamlit so before the
   first session (the flag `st.navigation` itself sets on every run).
   tests/e2e/test_pages.py::test_deep_link_on_a_fresh_server guards it.
2. The first element a process draws makes Streamlit check whether it runs in a Python prompt, to
   warn "use streamlit run" otherwise; that check walks the call stack and looks up every loaded
   module for each frame (0.1-0.5 s once pandas and SQLAlchemy are loaded). Started here, the app
   always runs under `streamlit run`, so the warning is marked as shown already.
3. Once the server is up, while the first browser loads Streamlit's frontend (a second or more), a
   background thread imports what the entry script imports at its top (pandas, SQLAlchemy, the
   app's own modules), in the script's own order, so the first visitor's run does not wait for
   them. Started only then, it does not delay the server's own start. The script run still
   imports the same modules itself; a failure here only costs the head start.
4. The warm-up imports with the garbage collector paused (about a fifth less import time: collections
   would only walk the import's own objects, which stay loaded), then freezes everything loaded
   so far: Streamlit's full collection after every script run then skips the modules' objects
   (about 35-60 ms per run before, about 0 ms after; see docs/performance.md). Whatever a first
   visitor's run holds at that moment is frozen too: a one-off handful of objects that only
   reference counting, not the cycle collector, will free.
`make run`, the Dockerfile and the browser tests start the app this way.
"""

from __future__ import annotations

import ast
import gc
import logging
import sys
import threading
import time
from pathlib import Path

from streamlit import delta_generator
from streamlit.runtime import Runtime
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.runtime import RuntimeState
from streamlit.web import cli

SERVER_WAIT_S = 30.0


def top_imports(script: Path) -> list[ast.stmt]:
    """The import statements at the top level of `script`, in its order."""
    tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
    return [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]


def warm_up(script: Path) -> None:
    """Run the top-level imports of `script` (never its other statements), with the garbage
    collector paused; afterwards everything loaded is frozen out of later collections."""
    gc.disable()
    try:
        module = ast.Module(body=top_imports(script), type_ignores=[])
        exec(compile(module, str(script), "exec"), {"__name__": "__warm_up__"})
    except Exception:  # the script's own run reports any import error to the visitor
        logging.getLogger("doorstroommonitor").debug("warm-up stopped", exc_info=True)
    finally:
        gc.enable()
        gc.freeze()


def server_started() -> bool:
    return Runtime.exists() and Runtime.instance().state != RuntimeState.INITIAL


def warm_up_once_serving(script: Path, wait_s: float = SERVER_WAIT_S) -> None:
    """`warm_up(script)` as soon as the server runs (or after `wait_s` regardless)."""
    deadline = time.monotonic() + wait_s
    while not server_started() and time.monotonic() < deadline:
        time.sleep(0.02)
    warm_up(script)


def main(arguments: list[str]) -> None:
    PagesManager.uses_pages_directory = False
    delta_generator._use_warning_has_been_displayed = True
    script = Path(arguments[0]) if arguments and arguments[0].endswith(".py") else None
    if script is not None and script.is_file():
        folder = str(script.resolve().parent)
        if folder not in sys.path:  # what `streamlit run` does too, before the first run
            sys.path.insert(0, folder)
        threading.Thread(target=warm_up_once_serving, args=(script,), name="warm-up", daemon=True).start()
    cli.main(["run", *arguments], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
