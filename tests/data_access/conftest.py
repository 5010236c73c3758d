import pytest

from data_access import services
from data_access.access import Actor
from data_access.db import forget_engine, open_database
from tests.conftest import TODAY
from tests.data_access import messy_files as mf


@pytest.fixture(scope="module")
def stored_engine(tmp_path_factory):
    """A database that already holds a report for the quarter the bad files claim to be about,
    so each test can check that a refused file changed nothing."""
    url = f"sqlite:///{tmp_path_factory.mktemp('stored') / 'db.sqlite'}"
    engine = open_database(url)
    result = services.import_file(
        engine, mf.report_bytes(), "v1.xlsx", Actor("secretaris", "admin"), today=TODAY
    )
    assert result.outcome.stored
    yield engine
    forget_engine(url)
