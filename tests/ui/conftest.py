import pytest

from tests.conftest import TODAY


@pytest.fixture
def fresh_env(tmp_path, monkeypatch):
    """An empty database of its own for tests that write (scenarios, salary versions)."""
    url = f"sqlite:///{tmp_path / 'app.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    return url
