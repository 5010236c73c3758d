"""The Upload page's pieces: the template choice, checking an uploaded file, the preview with what
changes, storing on "Opslaan", the version history with restore, all in Dutch."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd
import streamlit as st

from data_access import services, versions
from data_access.access import CAN_DOWNLOAD_ORIGINALS, AccessDenied, Actor, may, may_upload
from data_access.importer import Problem, StoreOutcome, ValidationResult, sandbox, store_report
from data_access.importer.result import shown_value
from data_access.template import build_report_workbook
from domain.partners import CORPORATIONS
from domain.periods import Quarter
from reporting import formatting as fmt
from reporting.downloads import XLSX_MIME, shown_frame
from reporting.i18n import plural_key
from ui import loaders
from ui.components import flash, show_flash, show_table
from ui.i18n import language, t

CHECK_KEY = "upload_check"
FLASH_KEY = "upload_flash"  # shown under the file box
RESTORE_FLASH_KEY = "upload_restore_flash"  # shown where the restore button is
TEMPLATE_CHOICE = "upload_template_choice"  # the last corporation / year / quarter chosen
UPLOADER_ROUND = "upload_round"  # a new key empties the uploader after a save
WRAPPED_PROBLEMS = 100
MEASURES = ("conversations", "moves", "priority_moves", "hours", "senior_homes", "senior_homes_labelled")


@dataclass
class UploadCheck:
    """A validated upload kept in session state between the upload and the 'Opslaan' click."""

    sha256: str
    file_name: str
    content: bytes
    result: ValidationResult
    active: versions.VersionInfo | None
    superseded_identical: int | None = None  # an earlier version with exactly this file

    @property
    def label(self) -> str:
        """ "2025-K4" (Dutch) or "2025-Q4" (English)."""
        return fmt.quarter_label(self.result.year, self.result.quarter, language())

    @property
    def same_file(self) -> bool:
        return self.active is not None and self.active.sha256 == self.sha256


def corporations_for(actor: Actor) -> list[str]:
    """The corporations `actor` may upload for: an administrator chooses any, a corporation user
    has only their own (data_access.access decides)."""
    return [name for name in CORPORATIONS if may_upload(actor, name)]


def default_quarter(today: date) -> Quarter:
    """The quarter whose report is due next: the last one that ended."""
    current = Quarter.containing(today)
    return (
        Quarter(current.year - 1, 4) if current.quarter == 1 else Quarter(current.year, current.quarter - 1)
    )


@st.cache_data(show_spinner=False)
def template_bytes(corporation: str, year: int, quarter: int) -> bytes:
    return build_report_workbook(corporation, year, quarter)


def template_file_name(corporation: str, year: int, quarter: int) -> str:
    return f"kwartaalrapportage-{year}-K{quarter}-{corporation.lower().replace(' ', '-')}.xlsx"


def uploader_key() -> str:
    """The uploader's key; it is about to be shown, so the importer's fork server starts now and
    the first check does not wait for it."""
    sandbox.warm_up()
    return f"upload_file_{st.session_state.get(UPLOADER_ROUND, 0)}"


def check_upload(file_name: str, content: bytes, actor: Actor) -> UploadCheck:
    """Validate once per distinct file; reruns (such as the 'Opslaan' click) reuse the result.
    What is stored already is looked up only for a corporation the user may upload for."""
    digest = hashlib.sha256(content).hexdigest()
    cached = st.session_state.get(CHECK_KEY)
    if cached is not None and cached.sha256 == digest and cached.file_name == file_name:
        return cached
    engine = loaders.engine()
    result = services.validate_file(engine, content, file_name, today=loaders.today())
    own = result.ok and may_upload(actor, result.corporation)
    active = (
        versions.active_version(engine, actor, result.corporation, result.year, result.quarter)
        if own
        else None
    )
    earlier = (
        versions.superseded_identical_version(
            engine, actor, result.corporation, result.year, result.quarter, digest
        )
        if own
        else None
    )
    check = UploadCheck(digest, file_name, content, result, active, earlier)
    st.session_state[CHECK_KEY] = check
    return check


def save(check: UploadCheck, actor: Actor) -> StoreOutcome:
    """Store the validated report (one transaction), then let every page see the new numbers."""
    outcome = store_report(
        loaders.engine(),
        check.result.report,
        check.content,
        check.file_name,
        actor,
        warnings=[w.to_json() for w in check.result.warnings],
    )
    loaders.clear_caches()
    st.session_state.pop(CHECK_KEY, None)
    return outcome


# --- tables -------------------------------------------------------------------------------


def _shown(value: object) -> str:
    """A value found in the file as the user typed it (a duration as 86:30, never '3 days')."""
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return t("upload.empty_value")
    if isinstance(value, bool):
        return t("upload.value.true") if value else t("upload.value.false")
    if isinstance(value, datetime) and value.year >= 1900 and (value.year, value.month) > (1900, 2):
        return fmt.day(value, language())
    if isinstance(value, date) and not isinstance(value, datetime):
        return fmt.day(value, language())
    if isinstance(value, float):
        return fmt.typed_number(value, language())
    return shown_value(value)


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    """Every problem in the reader's language; the file's own text is shown safe to export."""
    lang = language()
    frame = pd.DataFrame(
        [
            {
                t("upload.col.sheet"): p.sheet or "–",
                t("upload.col.row"): str(p.row) if p.row else "–",
                t("upload.col.column"): p.column or "–",
                t("upload.col.value"): _shown(p.value),
                t("upload.col.message"): p.text(lang),
            }
            for p in problems
        ]
    )
    return shown_frame(frame)


def activity_frame(result: ValidationResult) -> pd.DataFrame:
    """One row per figure, one column per municipality: at most six short columns, so the preview
    fits a 1024 px screen, where eight long headers did not. The figures are named in the user's
    language; in Dutch that is the template's own column name (tests/ui/test_upload_page.py)."""
    activity = result.report.activity
    frame = activity.astype(object).where(activity.notna(), "–")
    shown = frame.set_index("municipality").T
    shown.columns = [str(c) for c in shown.columns]
    shown.index = [t(f"upload.measure.{field}") for field in shown.index]
    return shown.rename_axis(t("upload.col.measure")).reset_index()


def hours_frame(result: ValidationResult) -> pd.DataFrame:
    lang = language()
    hours = result.report.hours
    return pd.DataFrame(
        {
            t("upload.col.month"): [fmt.month_name(m, lang) for m in hours["month"]],
            t("upload.col.hours"): [fmt.number(h, 1, lang) for h in hours["hours"]],
        }
    )


def _decimals(measure: str) -> int:
    return 1 if measure == "hours" else 0


def _change(old: float | None, new: float, decimals: int) -> str:
    if old is None:
        return "–"
    difference = new - old
    sign = "+" if difference > 0 else ""
    return sign + fmt.number(difference, decimals, language()) if difference else "="


def changes_frame(check: UploadCheck) -> pd.DataFrame:
    """This corporation's quarter: the version in use now against the uploaded one."""
    lang = language()
    new = check.result.report.totals()
    old = check.active.totals if check.active else {}
    current = (
        t("upload.col.current", version=check.active.version)
        if check.active
        else t("upload.col.current_none")
    )
    rows = []
    for measure in MEASURES:
        d = _decimals(measure)
        rows.append(
            {
                t("upload.col.measure"): t(f"upload.measure.{measure}"),
                current: fmt.number(old.get(measure), d, lang) if check.active else "–",
                t("upload.col.new"): fmt.number(new[measure], d, lang),
                t("upload.col.change"): _change(old.get(measure, 0), new[measure], d),
            }
        )
    return pd.DataFrame(rows)


def year_effect_frame(check: UploadCheck) -> pd.DataFrame:
    """The region's totals for the report's year, before and after storing it (flows only)."""
    lang = language()
    figures = loaders.year_figures(check.result.year)
    before = {
        "conversations": figures.conversations,
        "moves": figures.moves,
        "hours": figures.realised_hours,
    }
    new = check.result.report.totals()
    old = check.active.totals if check.active else {}
    rows = []
    for measure, value in before.items():
        d = _decimals(measure)
        after = value - old.get(measure, 0) + new[measure]
        rows.append(
            {
                t("upload.col.measure"): t(f"upload.measure.{measure}"),
                t("upload.col.now"): fmt.number(value, d, lang),
                t("upload.col.new"): fmt.number(after, d, lang),
                t("upload.col.change"): _change(value, after, d),
            }
        )
    return pd.DataFrame(rows)


def history_frame(history: pd.DataFrame) -> pd.DataFrame:
    """The versions, with file names and user names shown safe to export as CSV."""
    lang = language()
    if history.empty:
        return pd.DataFrame()
    frame = pd.DataFrame(
        {
            t("upload.col.corporation"): history["corporation"],
            t("upload.col.quarter"): [
                fmt.quarter_label(y, q, lang)
                for y, q in zip(history["year"], history["quarter"], strict=False)
            ],
            t("upload.col.version"): history["version"],
            t("upload.col.active"): [
                t("upload.active.yes") if a else t("upload.active.no") for a in history["is_active"]
            ],
            t("upload.col.by"): history["uploaded_by"],
            t("upload.col.at"): [
                fmt.day(pd.Timestamp(v).to_pydatetime(), lang) for v in history["uploaded_at"]
            ],
            t("upload.col.file"): history["file_name"],
            t("upload.col.demo"): ["🧪" if d else "" for d in history["is_demo"]],
        }
    )
    return shown_frame(frame)


# --- screen pieces ------------------------------------------------------------------------


def counted(key: str, n: int) -> str:
    """A text with a count in it, in the singular for 1 ("1 probleem", "3 problemen")."""
    return t(plural_key(key, n), n=n)


def _remembered(key: str, options: list, default) -> None:
    """Put the last choice of this selector back (Streamlit forgets a widget's value when the
    user visits another page); a choice no longer offered falls back to `default`."""
    saved = st.session_state.setdefault(TEMPLATE_CHOICE, {})
    if key not in st.session_state:
        st.session_state[key] = saved.get(key) if saved.get(key) in options else default


def _remember(key: str) -> None:
    st.session_state.setdefault(TEMPLATE_CHOICE, {})[key] = st.session_state[key]


def render_template_choice(actor: Actor) -> None:
    """Step 1: corporation, year and quarter of the template (remembered for the session)."""
    st.header(t("upload.template.title"))  # beside the file box: one line each
    suggested = default_quarter(loaders.today())
    years = loaders.available_years()
    corporations = corporations_for(actor)
    _remembered("template_corporation", corporations, corporations[0])
    _remembered("template_year", years, suggested.year if suggested.year in years else years[-1])
    _remembered("template_quarter", [1, 2, 3, 4], suggested.quarter)
    corporation = st.selectbox(
        t("filter.corporation"),
        corporations,
        disabled=not actor.is_admin,
        key="template_corporation",
        on_change=_remember,
        args=("template_corporation",),
    )
    left, right = st.columns(2)
    year = left.selectbox(
        t("filter.year"), years, key="template_year", on_change=_remember, args=("template_year",)
    )
    quarter = right.selectbox(
        t("upload.template.quarter"),
        [1, 2, 3, 4],
        key="template_quarter",
        on_change=_remember,
        args=("template_quarter",),
    )
    st.download_button(
        t("upload.template.download", label=f"{corporation} {fmt.quarter_label(year, quarter, language())}"),
        data=template_bytes(corporation, year, quarter),
        file_name=template_file_name(corporation, year, quarter),
        mime=XLSX_MIME,
        icon="📥",
    )
    st.caption(t("upload.template.caption"))


def render_file_box(actor: Actor) -> UploadCheck | None:
    """Step 2: the file box, and right under it what the check found, the version it becomes,
    "Opslaan", and after saving "Opgeslagen als versie N"."""
    st.header(t("upload.file.title"))
    uploaded = st.file_uploader(t("upload.file.label"), type=["xlsx"], key=uploader_key(), max_upload_size=10)
    show_flash(FLASH_KEY)
    if uploaded is None:
        return None
    check = check_upload(uploaded.name, uploaded.getvalue(), actor)
    render_verdict(check, actor)
    return check


def render_verdict(check: UploadCheck, actor: Actor) -> None:
    """One summary of the check: the problems counted, or the one sentence on the version."""
    result = check.result
    if result.errors:
        st.error(counted("upload.errors.summary", len(result.errors)))
    if result.warnings:
        key = "upload.warnings.also" if result.errors else "upload.warnings.summary"
        st.warning(counted(key, len(result.warnings)))
    if result.ok:
        render_save(check, actor)


def render_details(check: UploadCheck) -> None:
    """Under both columns, full width: every problem, or the preview to check before saving."""
    result = check.result
    if result.errors:
        st.subheader(t("upload.problems.title"))
        show_problems(result.errors)
    if result.warnings:
        st.subheader(t("upload.remarks.title"))
        show_problems(result.warnings)
    if result.ok:
        render_preview(check)


def show_problems(problems: list[Problem]) -> None:
    """A wrapping table so every sentence can be read; a scrolling one for very long lists."""
    frame = problems_frame(problems)
    if len(frame) <= WRAPPED_PROBLEMS:
        show_table(frame)  # a cell's value exactly as typed, never read as Markdown
    else:
        st.dataframe(frame, hide_index=True, width="stretch")


def render_preview(check: UploadCheck) -> None:
    result = check.result
    st.header(t("upload.preview.title", corporation=result.corporation, label=check.label))
    st.caption(t("upload.preview.activity"))
    st.table(activity_frame(result), hide_index=True)
    if not result.report.moves.empty:
        st.caption(counted("upload.preview.moves", len(result.report.moves)))
    # One under the other, each the column's width: side by side they were cut off at 1024 px.
    st.caption(t("upload.preview.changes"))
    st.dataframe(changes_frame(check), hide_index=True, width="stretch")
    st.caption(t("upload.preview.year", year=result.year))
    st.dataframe(year_effect_frame(check), hide_index=True, width="stretch")
    st.caption(t("upload.preview.hours"))
    st.dataframe(hours_frame(result), hide_index=True, width="stretch")


def _version_facts(info: versions.VersionInfo) -> dict:
    return {
        "version": info.version,
        "by": info.uploaded_by,
        "file": info.file_name,
        "day": fmt.day(pd.Timestamp(info.uploaded_at).to_pydatetime(), language()),
    }


def render_save(check: UploadCheck, actor: Actor) -> None:
    corporation = check.result.corporation
    if not may_upload(actor, corporation):
        st.error(t("upload.not_yours", corporation=corporation))
        return
    if check.same_file:
        st.info(t("upload.same_file", **_version_facts(check.active)))
        return
    # One sentence on what saving does: a first version, or which version it replaces.
    if check.active:
        st.warning(t("upload.replaces", label=check.label, **_version_facts(check.active)))
    else:
        st.info(t("upload.first", label=check.label))
    if check.superseded_identical:
        st.info(t("upload.same_as_superseded", version=check.superseded_identical))
    clicked = st.button(t("upload.save"), type="primary", key="upload_save")
    st.caption(t("upload.preview.below"))
    if clicked:
        try:
            outcome = save(check, actor)
        except AccessDenied as exc:
            st.error(t("upload.denied", reason=exc.text(language())))
            return
        facts = {"version": outcome.version, "corporation": corporation, "label": check.label}
        if not outcome.stored:
            flash(
                FLASH_KEY,
                "info",
                t("upload.same_file", **_version_facts(check.active or _active_of(check, actor))),
            )
        elif outcome.replaced_version:
            flash(FLASH_KEY, "success", t("upload.saved_replaced", old=outcome.replaced_version, **facts))
        else:
            flash(FLASH_KEY, "success", t("upload.saved", **facts))
        st.session_state[UPLOADER_ROUND] = st.session_state.get(UPLOADER_ROUND, 0) + 1
        st.rerun()


def _active_of(check: UploadCheck, actor: Actor) -> versions.VersionInfo:
    result = check.result
    return versions.active_version(loaders.engine(), actor, result.corporation, result.year, result.quarter)


def render_history(actor: Actor) -> None:
    """The versions this user may see (data_access filters a corporation account to its own)."""
    history = versions.history(loaders.engine(), actor)
    if history.empty:
        st.info(t("upload.history.empty"))
        return
    # Every column whole at 1024 px (a canvas table hid the file names behind a sideways scroll).
    # Not in a box of fixed height: a scrolling box cannot be reached with the keyboard.
    show_table(history_frame(history))
    if may(actor, CAN_DOWNLOAD_ORIGINALS):
        render_downloads(history, actor)
    if actor.is_admin:
        render_restore(history, actor)


def _version_option(row, lang: str) -> str:
    return t(
        "upload.restore.option",
        corporation=row.corporation,
        version=row.version,
        label=fmt.quarter_label(row.year, row.quarter, lang),
        file=row.file_name,
        day=fmt.day(pd.Timestamp(row.uploaded_at).to_pydatetime(), lang),
    )


def render_downloads(history: pd.DataFrame, actor: Actor) -> None:
    """The original file of any version this user may see, exactly as it was uploaded."""
    with st.expander(t("upload.download.title")):
        lang = language()
        options = {int(row.id): _version_option(row, lang) for row in history.itertuples()}
        chosen = st.selectbox(
            t("upload.download.choose"), list(options), format_func=options.get, key="download_choice"
        )
        file_name = history.set_index("id").loc[chosen, "file_name"]
        st.download_button(
            t("upload.download.button", file=file_name),
            data=lambda: versions.original_file(loaders.engine(), actor, chosen).content,
            file_name=file_name,
            mime=XLSX_MIME,
            icon="📥",
            key="download_original",
            on_click="ignore",
        )


def render_restore(history: pd.DataFrame, actor: Actor) -> None:
    superseded = history[~history["is_active"].astype(bool)]
    show_flash(RESTORE_FLASH_KEY)  # where the restore button was clicked
    with st.expander(t("upload.restore.title")):
        if superseded.empty:
            st.caption(t("upload.restore.none"))
            return
        lang = language()
        options = {int(row.id): _version_option(row, lang) for row in superseded.itertuples()}
        chosen = st.selectbox(
            t("upload.restore.choose"), list(options), format_func=options.get, key="restore_choice"
        )
        if st.button(t("upload.restore.button"), key="restore_button"):
            try:
                outcome = versions.restore_version(loaders.engine(), chosen, actor)
            except (AccessDenied, versions.VersionNotFound) as exc:
                st.error(t("upload.denied", reason=exc.text(language())))
                return
            row = superseded.set_index("id").loc[chosen]
            loaders.clear_caches()
            flash(
                RESTORE_FLASH_KEY,
                "success",
                t(
                    "upload.restored",
                    version=outcome.restored_version,
                    old=outcome.replaced_version or "–",
                    corporation=row["corporation"],
                    label=fmt.quarter_label(int(row["year"]), int(row["quarter"]), lang),
                ),
            )
            st.rerun()
