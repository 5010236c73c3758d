TEXTS = {
    "nav.evaluation": {"nl": "Evaluatie", "en": "Evaluation"},
    "evaluation.title": {"nl": "Evaluatie", "en": "Evaluation"},
    "evaluation.intro": {
        "nl": "Elk jaar en drie maanden voor de einddatum evalueert de stuurgroep de overeenkomst op ten "
        "minste vier aspecten (art. 4). Twee of meer evaluaties met meerdere negatieve aspecten maken "
        "opzegging mogelijk (art. 5a).",
        "en": "Every year and three months before the end date the steering group evaluates the agreement "
        "on at least four aspects (art. 4). Two or more evaluations with several negative aspects make "
        "termination possible (art. 5a).",
    },
    # --- status tiles ---------------------------------------------------------------------------------
    "evaluation.next.title": {"nl": "Volgende evaluatie", "en": "Next evaluation"},
    "evaluation.next.none": {
        "nl": "Alle evaluaties van de kalender zijn definitief.",
        "en": "Every evaluation on the calendar is final.",
    },
    "evaluation.next.overdue": {
        "nl": "Nog niet definitief vastgelegd: {items}.",
        "en": "Not yet recorded as final: {items}.",
    },
    "evaluation.art5a.title": {"nl": "Opzegging (art. 5a)", "en": "Termination (art. 5a)"},
    "evaluation.art5a.metric": {
        "nl": "evaluaties met twee of meer negatieve aspecten",
        "en": "evaluations with two or more negative aspects",
    },
    "evaluation.art5a.value": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    "evaluation.art5a.met_word": {"nl": "⚠️ Vervuld: opzegging mogelijk", "en": "⚠️ Met: termination possible"},
    "evaluation.art5a.not_met_word": {"nl": "✔️ Niet vervuld", "en": "✔️ Not met"},
    "evaluation.art5c.earliest": {
        "nl": "Bij opzegging vandaag: einde op zijn vroegst **{day}**",
        "en": "With notice given today: ends at the earliest on **{day}**",
    },
    "evaluation.art2b.title": {"nl": "Verlenging (art. 2b)", "en": "Extension (art. 2b)"},
    "evaluation.art2b.yes": {"nl": "👍 Alle evaluaties positief", "en": "👍 All evaluations positive"},
    "evaluation.art2b.none": {"nl": "Nog geen definitieve evaluatie", "en": "No final evaluation yet"},
    "evaluation.art2b.no": {
        "nl": "Nog niet alle evaluaties positief",
        "en": "Not all evaluations positive yet",
    },
    # --- calendar -------------------------------------------------------------------------------------
    "evaluation.calendar.title": {"nl": "Evaluatiekalender", "en": "Evaluation calendar"},
    "evaluation.calendar.caption": {
        "nl": "Aanname: de jaarevaluatie valt aan het eind van de {n}e maand na het jaar, na de deadline "
        "van de K4-rapportages (instelbaar in de afspraken; de overeenkomst noemt geen moment). Het "
        "laatste jaar heeft de slotevaluatie op {closing}, drie maanden voor de einddatum {end}.",
        "en": "Assumption: the annual evaluation falls at the end of month {n} after the year, after the "
        "Q4 reports are due (a setting of the agreement parameters; the agreement names no moment). The "
        "last year has the closing evaluation on {closing}, three months before the end date {end}.",
    },
    "evaluation.col.next": {"nl": "Volgende", "en": "Next"},
    "evaluation.col.evaluation": {"nl": "Evaluatie", "en": "Evaluation"},
    "evaluation.col.date": {"nl": "Datum", "en": "Date"},
    "evaluation.col.state": {"nl": "Stand", "en": "State"},
    "evaluation.col.negative": {"nl": "Negatief", "en": "Negative"},
    "evaluation.col.reason": {"nl": "Aanleiding", "en": "Reason"},
    "evaluation.col.status": {"nl": "Status", "en": "Status"},
    "evaluation.col.counts": {"nl": "Telt mee voor art. 5a", "en": "Counts for art. 5a"},
    "evaluation.col.by": {"nl": "Vastgelegd door", "en": "Recorded by"},
    "evaluation.col.final_on": {"nl": "Definitief op", "en": "Final on"},
    "evaluation.next_marker": {"nl": "➡️", "en": "➡️"},
    "evaluation.entry.planned": {"nl": "📅 gepland", "en": "📅 planned"},
    "evaluation.entry.overdue": {"nl": "⏰ datum verstreken", "en": "⏰ date passed"},
    "evaluation.entry.draft": {"nl": "✏️ concept", "en": "✏️ draft"},
    "evaluation.entry.final": {"nl": "✅ definitief", "en": "✅ final"},
    "evaluation.negative_of": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    "evaluation.yes": {"nl": "ja", "en": "yes"},
    "evaluation.no": {"nl": "nee", "en": "no"},
    # --- choosing and creating ------------------------------------------------------------------------
    "evaluation.record.title": {"nl": "Evaluatie vastleggen", "en": "Record an evaluation"},
    "evaluation.pick": {"nl": "Evaluatie", "en": "Evaluation"},
    "evaluation.pick.new": {"nl": "➕ Nieuwe evaluatie aanmaken", "en": "➕ Create a new evaluation"},
    "evaluation.pick.option": {"nl": "{title} · {status}", "en": "{title} · {status}"},
    "evaluation.read_only": {
        "nl": "U kunt de evaluaties bekijken; vastleggen en wijzigen doen de stuurgroep en de beheerder.",
        "en": "You can view the evaluations; the steering group and the administrator record and "
        "change them.",
    },
    "evaluation.new.kind": {"nl": "Soort evaluatie", "en": "Kind of evaluation"},
    "evaluation.new.kind.regular": {"nl": "Jaarevaluatie", "en": "Annual evaluation"},
    "evaluation.new.kind.closing": {"nl": "Slotevaluatie", "en": "Closing evaluation"},
    "evaluation.new.kind.extra": {"nl": "Extra evaluatie (art. 4b)", "en": "Extra evaluation (art. 4b)"},
    "evaluation.new.year": {"nl": "Jaar dat wordt geëvalueerd", "en": "Year being evaluated"},
    "evaluation.new.date_regular": {
        "nl": "Datum volgens de kalender: {day}.",
        "en": "Date according to the calendar: {day}.",
    },
    "evaluation.new.date_closing": {
        "nl": "De slotevaluatie valt op {day} en beoordeelt {year}.",
        "en": "The closing evaluation falls on {day} and judges {year}.",
    },
    "evaluation.new.date": {"nl": "Datum van de extra evaluatie", "en": "Date of the extra evaluation"},
    "evaluation.new.reason": {"nl": "Aanleiding (verplicht)", "en": "Reason (required)"},
    "evaluation.new.create": {"nl": "Evaluatie aanmaken", "en": "Create evaluation"},
    # --- editing --------------------------------------------------------------------------------------
    "evaluation.meta.draft": {
        "nl": "Concept (versie {revision}) · datum {day} · laatst gewijzigd door {who}",
        "en": "Draft (version {revision}) · date {day} · last changed by {who}",
    },
    "evaluation.meta.final": {
        "nl": "Definitief gemaakt door {who} op {day} · datum evaluatie {due}",
        "en": "Made final by {who} on {day} · evaluation date {due}",
    },
    "evaluation.meta.reason": {"nl": "Aanleiding: {reason}", "en": "Reason: {reason}"},
    "evaluation.meta.supersedes": {
        "nl": "Vervangt de definitieve evaluatie van {day}. Reden: {reason}",
        "en": "Supersedes the final evaluation of {day}. Reason: {reason}",
    },
    "evaluation.meta.superseded": {
        "nl": "Deze evaluatie is vervangen door een latere definitieve evaluatie en telt niet meer mee.",
        "en": "This evaluation was superseded by a later final evaluation and no longer counts.",
    },
    "evaluation.meta.replacement_draft": {
        "nl": "Er is een vervangend concept in bewerking; tot dat definitief is, telt deze evaluatie.",
        "en": "A replacing draft is being prepared; until it is final, this evaluation counts.",
    },
    "evaluation.proposal": {"nl": "Voorstel van de app: {verdict}", "en": "The app proposes: {verdict}"},
    "evaluation.proposal.none": {"nl": "Geen voorstel van de app", "en": "No proposal by the app"},
    "evaluation.proposal.stored": {
        "nl": "Voorstel van de app bij vastleggen: {verdict}",
        "en": "The app's proposal when recorded: {verdict}",
    },
    "evaluation.verdict": {"nl": "Oordeel", "en": "Verdict"},
    "evaluation.verdict.open": {"nl": "nog geen oordeel", "en": "no verdict yet"},
    "evaluation.note": {"nl": "Toelichting", "en": "Note"},
    "evaluation.aspect_title": {"nl": "Naam van het aspect", "en": "Name of the aspect"},
    "evaluation.aspect.remove": {"nl": "Aspect verwijderen", "en": "Remove aspect"},
    "evaluation.aspect.new": {"nl": "Extra aspect (naam)", "en": "Extra aspect (name)"},
    "evaluation.aspect.add": {"nl": "Aspect toevoegen", "en": "Add aspect"},
    "evaluation.save": {"nl": "Concept opslaan", "en": "Save draft"},
    "evaluation.confirm": {
        "nl": "Ik weet dat een definitieve evaluatie niet meer kan worden gewijzigd, alleen vervangen.",
        "en": "I understand that a final evaluation can no longer be changed, only superseded.",
    },
    "evaluation.finalise": {"nl": "Definitief maken", "en": "Make final"},
    "evaluation.delete.title": {"nl": "Concept verwijderen", "en": "Delete draft"},
    "evaluation.delete": {"nl": "Dit concept verwijderen", "en": "Delete this draft"},
    "evaluation.supersede.title": {
        "nl": "Vervangen door een nieuwe evaluatie",
        "en": "Supersede with a new evaluation",
    },
    "evaluation.supersede.intro": {
        "nl": "Een definitieve evaluatie wordt niet gewijzigd. U begint een nieuw concept met dezelfde "
        "oordelen; zodra dat definitief is, telt het in plaats van deze.",
        "en": "A final evaluation is not changed. You start a new draft with the same verdicts; once that "
        "is final, it counts instead of this one.",
    },
    "evaluation.supersede.reason": {"nl": "Reden van vervanging", "en": "Reason for superseding"},
    "evaluation.supersede": {"nl": "Vervangend concept beginnen", "en": "Start a replacing draft"},
    "evaluation.open_replacement": {"nl": "Vervangend concept openen", "en": "Open the replacing draft"},
    # --- flashes --------------------------------------------------------------------------------------
    "evaluation.flash.created": {
        "nl": "{title} is aangemaakt als concept.",
        "en": "{title} was created as a draft.",
    },
    "evaluation.flash.saved": {"nl": "Concept van {title} opgeslagen.", "en": "Draft of {title} saved."},
    "evaluation.flash.finalised": {
        "nl": "{title} is definitief. De stand van artikel 5a en 2b is bijgewerkt.",
        "en": "{title} is final. The state of articles 5a and 2b has been updated.",
    },
    "evaluation.flash.superseded": {
        "nl": "Vervangend concept voor {title} aangemaakt.",
        "en": "Replacing draft for {title} created.",
    },
    "evaluation.flash.deleted": {"nl": "Het concept is verwijderd.", "en": "The draft was deleted."},
    # --- history --------------------------------------------------------------------------------------
    "evaluation.history.title": {"nl": "Eerdere evaluaties", "en": "Past evaluations"},
    "evaluation.history.empty": {
        "nl": "Er zijn nog geen evaluaties vastgelegd.",
        "en": "No evaluations have been recorded yet.",
    },
}
