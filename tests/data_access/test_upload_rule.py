"""Who may upload, asked of data_access.access (the upload page no longer restates the rule)."""

from data_access.access import LOCAL_ADMIN, Actor, may_upload


def test_an_administrator_may_upload_for_every_corporation():
    assert may_upload(LOCAL_ADMIN)
    assert may_upload(LOCAL_ADMIN, "Uwoon") and may_upload(LOCAL_ADMIN, "deltaWonen")


def test_a_corporation_user_only_for_their_own_corporation():
    omnia = Actor("medewerker", role="corporation", corporation="Omnia Wonen")
    assert may_upload(omnia)
    assert may_upload(omnia, "Omnia Wonen")
    assert not may_upload(omnia, "Uwoon")


def test_the_steering_group_and_a_corporation_user_without_corporation_may_not():
    assert not may_upload(Actor("wethouder", role="steering"))
    assert not may_upload(Actor("wethouder", role="steering"), "Uwoon")
    assert not may_upload(Actor("zonder", role="corporation"))
