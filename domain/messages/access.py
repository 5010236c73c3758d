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
    "access.action.manage_accounts": {
        "nl": "accounts aanmaken of wijzigen",
        "en": "create or change accounts",
    },
    "access.action.read_audit_log": {"nl": "het logboek inzien", "en": "read the audit log"},
    "access.upload_other_corporation": {
        "nl": "U mag alleen rapportages voor uw eigen corporatie uploaden; dit bestand is van "
        "{corporation}. Vraag de programmasecretaris om hulp als dit niet klopt.",
        "en": "You may only upload reports for your own corporation; this file is from "
        "{corporation}. Ask the programme secretary for help if this is not right.",
    },
    "access.upload_role": {
        "nl": "Met de rol {role} kunt u geen rapportages uploaden; dat doen de corporaties zelf. "
        "Vraag de programmasecretaris om hulp als dit niet klopt.",
        "en": "With the role {role} you cannot upload reports; the corporations do that "
        "themselves. Ask the programme secretary for help if this is not right.",
    },
    "access.other_corporation_history": {
        "nl": "U kunt alleen de rapportages van uw eigen corporatie inzien, niet die van {corporation}.",
        "en": "You can only see the reports of your own corporation, not those of {corporation}.",
    },
    "access.no_corporation": {
        "nl": "Uw account hoort nog bij geen corporatie. Vraag de programmasecretaris dit in te stellen.",
        "en": "Your account does not belong to a corporation yet. Ask the programme secretary to set it.",
    },
    "access.other_corporation_file": {
        "nl": "U kunt alleen de originele bestanden van uw eigen corporatie downloaden, niet die van "
        "{corporation}.",
        "en": "You can only download the original files of your own corporation, not those of {corporation}.",
    },
    "access.original_file_role": {
        "nl": "Met de rol {role} kunt u geen originele bestanden van corporaties downloaden; de "
        "cijfers staan op de pagina's en in de exports.",
        "en": "With the role {role} you cannot download the corporations' original files; the "
        "figures are on the pages and in the exports.",
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
    "access.not_signed_in": {
        "nl": "U bent niet (meer) aangemeld. Vernieuw de pagina en meld u aan.",
        "en": "You are not signed in (any more). Reload the page and sign in.",
    },
    "access.as_user_missing": {
        "nl": "Geef bij --as-user de naam van een account; zonder --as-user werkt de opdracht als "
        "beheerder op de server.",
        "en": "Give the name of an account with --as-user; without --as-user the command acts as "
        "the administrator on the server.",
    },
    "access.as_user_unknown": {
        "nl": "Er is geen account '{name}'. Bekijk de accounts met 'python -m data_access users list'.",
        "en": "There is no account '{name}'. See the accounts with 'python -m data_access users list'.",
    },
    "access.as_user_disabled": {
        "nl": "Het account '{name}' is uitgeschakeld en kan niets opslaan.",
        "en": "The account '{name}' is disabled and cannot store anything.",
    },
}
