"""Messages about accounts and signing in."""

MESSAGES = {
    "account.name_invalid": {
        "nl": "De naam '{name}' kan niet: gebruik 2 tot 64 kleine letters, cijfers of . _ - @, "
        "beginnend met een letter of cijfer (bijvoorbeeld j.jansen of j.jansen@uwoon.nl).",
        "en": "The name '{name}' cannot be used: use 2 to 64 lower-case letters, digits or . _ - @, "
        "starting with a letter or digit (for example j.jansen or j.jansen@uwoon.nl).",
    },
    "account.name_reserved": {
        "nl": "De naam '{name}' is gereserveerd voor de app zelf; kies een andere naam.",
        "en": "The name '{name}' is reserved for the app itself; choose another name.",
    },
    "account.name_taken": {
        "nl": "Er is al een account '{name}'. Kies een andere naam of wijzig dat account.",
        "en": "There already is an account '{name}'. Choose another name or change that account.",
    },
    "account.email_invalid": {
        "nl": "'{email}' is geen geldig e-mailadres.",
        "en": "'{email}' is not a valid e-mail address.",
    },
    "account.email_taken": {
        "nl": "Het e-mailadres {email} hoort al bij het account '{name}'.",
        "en": "The e-mail address {email} already belongs to the account '{name}'.",
    },
    "account.role_unknown": {
        "nl": "Onbekende rol '{role}'; kies beheerder, stuurgroep of corporatie.",
        "en": "Unknown role '{role}'; choose beheerder, stuurgroep or corporatie.",
    },
    "account.corporation_required": {
        "nl": "Een account met de rol corporatie hoort bij één corporatie: geef die op.",
        "en": "An account with the role corporatie belongs to one corporation: give it.",
    },
    "account.corporation_unknown": {
        "nl": "Onbekende corporatie '{corporation}'; kies uit {names:list}.",
        "en": "Unknown corporation '{corporation}'; choose from {names:list}.",
    },
    "account.corporation_not_for_role": {
        "nl": "Alleen een account met de rol corporatie hoort bij een corporatie; laat de corporatie leeg.",
        "en": "Only an account with the role corporatie belongs to a corporation; leave it empty.",
    },
    "account.password_too_short": {
        "nl": "Het wachtwoord is te kort: gebruik minstens {n} tekens (een zin van een paar woorden "
        "is goed te onthouden).",
        "en": "The password is too short: use at least {n} characters (a sentence of a few words is "
        "easy to remember).",
    },
    "account.password_too_long": {
        "nl": "Het wachtwoord is te lang: gebruik hoogstens {n} tekens.",
        "en": "The password is too long: use at most {n} characters.",
    },
    "account.password_is_name": {
        "nl": "Het wachtwoord mag niet gelijk zijn aan de naam van het account.",
        "en": "The password may not be the same as the account's name.",
    },
    "account.passwords_differ": {
        "nl": "De twee wachtwoorden zijn niet gelijk; er is niets gewijzigd.",
        "en": "The two passwords differ; nothing was changed.",
    },
    "account.first_must_be_admin": {
        "nl": "Het eerste account moet een beheerder zijn: vanaf dat moment moet iedereen inloggen, "
        "en de beheerder maakt de andere accounts aan.",
        "en": "The first account must be an administrator: from then on everyone must sign in, and "
        "the administrator creates the other accounts.",
    },
    "account.prompt.password": {"nl": "Wachtwoord: ", "en": "Password: "},
    "account.prompt.repeat": {"nl": "Herhaal het wachtwoord: ", "en": "Repeat the password: "},
    # the command line's usage errors (data_access/cli_users.py)
    "account.cli.corporation_required": {
        "nl": "--role corporatie vereist --corporation",
        "en": "--role corporatie needs --corporation",
    },
    "account.cli.corporation_only": {
        "nl": "--corporation hoort alleen bij --role corporatie",
        "en": "--corporation goes only with --role corporatie",
    },
    "account.not_found": {
        "nl": "Er is geen account '{name}'.",
        "en": "There is no account '{name}'.",
    },
    "account.last_admin": {
        "nl": "'{name}' is de laatste actieve beheerder; maak eerst een andere beheerder aan.",
        "en": "'{name}' is the last active administrator; create another administrator first.",
    },
    "signin.missing": {
        "nl": "Vul uw gebruikersnaam en wachtwoord in.",
        "en": "Fill in your user name and password.",
    },
    "signin.wrong": {
        "nl": "Gebruikersnaam of wachtwoord klopt niet. Let op hoofdletters; na enkele mislukte "
        "pogingen moet u even wachten.",
        "en": "User name or password is not right. Mind capitals; after a few failed attempts you "
        "have to wait a while.",
    },
    "signin.throttled": {
        "nl": "Te veel mislukte pogingen. Probeer het over {minutes} minuten opnieuw, of vraag de "
        "programmasecretaris een nieuw wachtwoord.",
        "en": "Too many failed attempts. Try again in {minutes} minutes, or ask the programme "
        "secretary for a new password.",
    },
    "signin.disabled": {
        "nl": "Dit account is uitgeschakeld. Vraag de programmasecretaris om het weer aan te zetten.",
        "en": "This account is disabled. Ask the programme secretary to enable it again.",
    },
}
