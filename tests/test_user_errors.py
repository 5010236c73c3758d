"""Only UserError messages reach a user as they are; these exceptions are shown that way."""

import pytest

from data_access.access import AccessDenied, Actor, require_admin
from data_access.importer.safety import RefusedFile
from data_access.scenarios import ScenarioError
from data_access.versions import VersionNotFound
from domain.errors import UserError
from domain.parameters import InvalidParameters, default_parameters


@pytest.mark.parametrize(("error", "base"), [(InvalidParameters, ValueError), (AccessDenied, PermissionError),
                                             (ScenarioError, ValueError), (VersionNotFound, LookupError),
                                             (RefusedFile, ValueError)])
def test_user_facing_errors_are_user_errors_and_keep_their_kind(error, base):
    assert issubclass(error, UserError) and issubclass(error, base)


def test_a_user_error_message_is_the_dutch_sentence():
    with pytest.raises(UserError) as caught:
        require_admin(Actor("kijker", "viewer"), "demogegevens verwijderen")
    assert caught.value.message == "Alleen een beheerder kan demogegevens verwijderen."
    with pytest.raises(UserError) as caught:
        default_parameters().with_changes(municipal_part_pct=120.0)
    assert caught.value.message.startswith("Het aandeel van de gemeenten moet tussen 0 en 100 % liggen.")
