"""Messages about who may do what."""

MESSAGES = {
    "access.action.remove_demo": {"nl": "demogegevens verwijderen", "en": "remove the demo data"},
    "access.action.restore_version": {
        "nl": "een eerdere versie terugzetten",
        "en": "restore an earlier version",
    },
    "access.action.change_parameters": {
        "nl": "de afspraken en de salaristabel wijzigen",
        "en": "change the agreement and the salary table",
    },
    "access.action.change_salary": {"nl": "de salaristabel wijzigen", "en": "change the salary table"},
    "access.upload_other_corporation": {
        "nl": "U mag alleen rapportages voor uw eigen corporatie uploaden; dit bestand is van "
        "{corporation}. Vraag de programmasecretaris om hulp als dit niet klopt.",
        "en": "You may only upload reports for your own corporation; this file is from "
        "{corporation}. Ask the programme secretary for help if this is not right.",
    },
    "access.admin_only": {
        "nl": "Alleen een beheerder kan {action}.",
        "en": "Only an administrator can {action}.",
    },
    "access.scenario_owner": {
        "nl": "Alleen {owner} of een beheerder kan het scenario '{name}' wijzigen of verwijderen. "
        "Sla uw versie op onder een andere naam.",
        "en": "Only {owner} or an administrator can change or delete the scenario '{name}'. "
        "Save your version under another name.",
    },
}
