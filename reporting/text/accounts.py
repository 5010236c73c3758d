TEXTS = {
    "nav.accounts": {"nl": "Gebruikers", "en": "Users"},
    "accounts.title": {"nl": "Gebruikers", "en": "Users"},
    "accounts.intro": {
        "nl": "Wie mag inloggen, met welke rol. Een beheerder kan alles; de stuurgroep ziet alles en "
        "gebruikt wat-als en scenario's; een corporatie uploadt alleen voor de eigen corporatie. "
        "Wachtwoorden worden alleen versleuteld (argon2) bewaard.",
        "en": "Who may sign in, with which role. An administrator can do everything; the steering "
        "group sees everything and uses what-if and scenarios; a corporation uploads for its own "
        "corporation only. Passwords are kept only hashed (argon2).",
    },
    "accounts.list.title": {"nl": "Accounts", "en": "Accounts"},
    "accounts.list.empty": {
        "nl": "Er zijn nog geen accounts. Maak hieronder de eerste beheerder aan.",
        "en": "There are no accounts yet. Create the first administrator below.",
    },
    "accounts.col.name": {"nl": "Naam", "en": "Name"},
    "accounts.col.role": {"nl": "Rol", "en": "Role"},
    "accounts.col.corporation": {"nl": "Corporatie", "en": "Corporation"},
    "accounts.col.email": {"nl": "E-mail (single sign-on)", "en": "E-mail (single sign-on)"},
    "accounts.col.enabled": {"nl": "Actief", "en": "Enabled"},
    "accounts.col.last": {"nl": "Laatst aangemeld", "en": "Last signed in"},
    "accounts.yes": {"nl": "✅ ja", "en": "✅ yes"},
    "accounts.no": {"nl": "⛔ uitgeschakeld", "en": "⛔ disabled"},
    "accounts.never": {"nl": "nog nooit", "en": "never"},
    "accounts.add.title": {"nl": "Nieuw account", "en": "New account"},
    "accounts.field.name": {"nl": "Naam (om mee in te loggen)", "en": "Name (to sign in with)"},
    "accounts.field.role": {"nl": "Rol", "en": "Role"},
    "accounts.field.corporation": {
        "nl": "Corporatie (alleen bij rol corporatie)",
        "en": "Corporation (housing corporation role only)",
    },
    "accounts.field.email": {
        "nl": "E-mail voor single sign-on (mag leeg)",
        "en": "E-mail for single sign-on (may be empty)",
    },
    "accounts.field.password": {
        "nl": "Wachtwoord (minstens 12 tekens)",
        "en": "Password (at least 12 characters)",
    },
    "accounts.field.repeat": {"nl": "Herhaal het wachtwoord", "en": "Repeat the password"},
    "accounts.none": {"nl": "–", "en": "–"},
    "accounts.add.button": {"nl": "Account aanmaken", "en": "Create account"},
    "accounts.added": {"nl": "Account '{name}' is aangemaakt.", "en": "Account '{name}' was created."},
    "accounts.change.title": {"nl": "Account wijzigen", "en": "Change an account"},
    "accounts.change.choose": {"nl": "Account", "en": "Account"},
    "accounts.role.title": {"nl": "Rol", "en": "Role"},
    "accounts.role.button": {"nl": "Rol opslaan", "en": "Save role"},
    "accounts.role.done": {
        "nl": "De rol van '{name}' is nu {role}.",
        "en": "The role of '{name}' is now {role}.",
    },
    "accounts.password.title": {"nl": "Wachtwoord opnieuw instellen", "en": "Reset the password"},
    "accounts.password.button": {"nl": "Wachtwoord opslaan", "en": "Save password"},
    "accounts.password.done": {
        "nl": "Het wachtwoord van '{name}' is gewijzigd; wie met het oude was aangemeld, is afgemeld.",
        "en": "The password of '{name}' was changed; whoever was signed in with the old one is signed out.",
    },
    "accounts.enabled.title": {"nl": "Toegang", "en": "Access"},
    "accounts.disable.button": {"nl": "Account uitschakelen", "en": "Disable account"},
    "accounts.enable.button": {"nl": "Account weer inschakelen", "en": "Enable account again"},
    "accounts.disabled": {
        "nl": "'{name}' is uitgeschakeld en kan niet meer inloggen; de geschiedenis blijft bewaard.",
        "en": "'{name}' is disabled and can no longer sign in; the history is kept.",
    },
    "accounts.enabled": {"nl": "'{name}' kan weer inloggen.", "en": "'{name}' can sign in again."},
    "accounts.cli": {
        "nl": "Hetzelfde kan op de server met "
        "`python -m data_access users add|list|disable|set-role|set-password`.",
        "en": "The same can be done on the server with "
        "`python -m data_access users add|list|disable|set-role|set-password`.",
    },
}
