TEXTS = {
    "auth.role.admin": {"nl": "beheerder", "en": "administrator"},
    "auth.role.steering": {"nl": "stuurgroep", "en": "steering group"},
    "auth.role.corporation": {"nl": "corporatie", "en": "housing corporation"},
    "auth.sidebar.who": {"nl": "Aangemeld als **{name}** ({role})", "en": "Signed in as **{name}** ({role})"},
    "auth.sidebar.local": {
        "nl": "🔓 Lokaal gebruik zonder aanmelding",
        "en": "🔓 Local use without sign-in",
    },
    "auth.local.banner": {
        "nl": "🔓 Deze app draait zonder aanmelding, alleen voor gebruik op deze computer: wie hem hier "
        "opent is beheerder. Voor gebruik door de partners: maak accounts aan (zie README).",
        "en": "🔓 This app runs without sign-in, for use on this computer only: whoever opens it here "
        "is an administrator. For use by the partners: create accounts (see README).",
    },
    "auth.local.notice": {
        "nl": "🔓 Lokaal, zonder aanmelding: u bent beheerder",
        "en": "🔓 Local use without sign-in: you are an administrator",
    },
    "auth.sign_out": {"nl": "Afmelden", "en": "Sign out"},
    "auth.signed_out": {"nl": "U bent afgemeld.", "en": "You are signed out."},
    # sign-in page
    "auth.sign_in.nav": {"nl": "Inloggen", "en": "Sign in"},
    "auth.sign_in.title": {"nl": "Inloggen", "en": "Sign in"},
    "auth.sign_in.intro": {
        "nl": "De Doorstroommonitor Noord-Veluwe is voor de partners van de samenwerkingsovereenkomst: "
        "de zes gemeenten, de vier corporaties en de programmasecretaris.",
        "en": "The Doorstroommonitor Noord-Veluwe is for the partners of the agreement: the six "
        "municipalities, the four housing corporations and the programme secretary.",
    },
    "auth.sign_in.sso": {
        "nl": "Inloggen met uw organisatieaccount",
        "en": "Sign in with your organisation account",
    },
    "auth.sign_in.sso_caption": {
        "nl": "Gemeenten en partners met single sign-on loggen hiermee in.",
        "en": "Municipalities and partners with single sign-on use this.",
    },
    "auth.sign_in.form_title": {
        "nl": "Inloggen met gebruikersnaam en wachtwoord",
        "en": "Sign in with user name and password",
    },
    "auth.sign_in.name": {"nl": "Gebruikersnaam", "en": "User name"},
    "auth.sign_in.password": {"nl": "Wachtwoord", "en": "Password"},
    "auth.sign_in.submit": {"nl": "Inloggen", "en": "Sign in"},
    "auth.sign_in.help": {
        "nl": "Geen account, of wachtwoord vergeten? Vraag de programmasecretaris.",
        "en": "No account, or forgot your password? Ask the programme secretary.",
    },
    "auth.sign_in.none": {
        "nl": "Inloggen met een wachtwoord staat uit en single sign-on is niet ingesteld. Vraag de "
        "programmasecretaris hoe u toegang krijgt.",
        "en": "Signing in with a password is switched off and single sign-on is not set up. Ask the "
        "programme secretary how to get access.",
    },
    # no-access page
    "auth.no_access.nav": {"nl": "Geen toegang", "en": "No access"},
    "auth.no_access.title": {"nl": "Nog geen toegang", "en": "No access yet"},
    "auth.no_access.text": {
        "nl": "U bent aangemeld als **{identity}**, maar dit adres heeft nog geen toegang tot de "
        "Doorstroommonitor. Vraag de programmasecretaris om toegang; vermeld dit e-mailadres en uw "
        "organisatie.",
        "en": "You are signed in as **{identity}**, but this address has no access to the "
        "Doorstroommonitor yet. Ask the programme secretary for access; mention this e-mail address "
        "and your organisation.",
    },
    "auth.no_access.other": {
        "nl": "Met een ander account inloggen? Meld u eerst af.",
        "en": "Sign in with another account? Sign out first.",
    },
    # set-up page
    "auth.set_up.nav": {"nl": "Inrichten", "en": "Set up"},
    "auth.set_up.title": {"nl": "Nog niet ingericht", "en": "Not set up yet"},
    "auth.set_up.intro": {
        "nl": "Deze installatie is via het netwerk bereikbaar, maar er is nog geen account en geen "
        "single sign-on ingesteld. Daarom toont de app niets tot de eerste beheerder bestaat.",
        "en": "This installation can be reached over the network, but there is no account and no "
        "single sign-on yet. So the app shows nothing until the first administrator exists.",
    },
    "auth.set_up.step1": {
        "nl": "**1. Maak op de server de eerste beheerder aan.** Het wachtwoord wordt gevraagd (of "
        "komt uit `DOORSTROOMMONITOR_PASSWORD`); met single sign-on voegt u `--email` en uw "
        "e-mailadres toe.",
        "en": "**1. Create the first administrator on the server.** The password is asked for (or "
        "taken from `DOORSTROOMMONITOR_PASSWORD`); with single sign-on add `--email` and your "
        "e-mail address.",
    },
    "auth.set_up.docker": {
        "nl": "Met Docker Compose:",
        "en": "With Docker Compose:",
    },
    "auth.set_up.step2": {
        "nl": "**2. Vernieuw deze pagina** en log in met die naam en dat wachtwoord. Onder "
        "Beheer → Gebruikers maakt u daarna de accounts van de partners aan.",
        "en": "**2. Reload this page** and sign in with that name and password. Under "
        "Administration → Users you then create the partners' accounts.",
    },
    "auth.set_up.sso": {
        "nl": "Single sign-on (bijvoorbeeld Microsoft Entra ID) stelt u in met een `[auth]`-sectie "
        "in `.streamlit/secrets.toml`; de README beschrijft beide manieren.",
        "en": "Single sign-on (for example Microsoft Entra ID) is set up with an `[auth]` section in "
        "`.streamlit/secrets.toml`; the README describes both ways.",
    },
    "auth.set_up.local": {
        "nl": "Alleen op uw eigen computer (`make run`, adres 127.0.0.1) werkt de app zonder accounts.",
        "en": "Only on your own computer (`make run`, address 127.0.0.1) does the app work without accounts.",
    },
    # a page a role may not use
    "auth.not_for_role.title": {"nl": "Alleen voor beheerders", "en": "For administrators only"},
    "auth.not_for_role.text": {
        "nl": "Deze pagina is alleen voor de programmasecretaris (beheerder). Kies links een andere pagina.",
        "en": "This page is for the programme secretary (administrator) only. "
        "Choose another page on the left.",
    },
}
