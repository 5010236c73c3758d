import pytest

from tests.conftest import TODAY


@pytest.fixture
def fresh_env(tmp_path, monkeypatch):
    """An empty database of its own for tests that write (scenarios, salary versions)."""
    url = f"sqlite:///{tmp_path / 'app.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    return url


@pytest.fixture(autouse=True)
def navigation_as_served(monkeypatch):
    """Run app.py on every AppTest run, as the server does. AppTest, like plain `streamlit run`,
    treats a folder named pages/ as Streamlit's old automatic page list, and then reruns a page
    whose URL matches a file name without app.py (so without sign-in and sidebar). The server is
    started with ui.serve, which switches that off; so do the tests."""
    from streamlit.runtime.pages_manager import PagesManager

    original = PagesManager.__init__

    def served(self, *args, **kwargs):
        PagesManager.uses_pages_directory = False
        original(self, *args, **kwargs)

    monkeypatch.setattr(PagesManager, "__init__", served)
