"""Presentatie: the monitor for the steering group on a projector, one topic per slide (key figures,
conversations and moves, hours, costs, the latest evaluation, the quarterly reports), without the
sidebar; the year and filters chosen in the app carry over, the slide number is in the URL."""

from reporting.presentation import SLIDES
from ui import presentation_view as view
from ui.components import friendly_errors

view.hide_app_chrome()
with friendly_errors():
    number = view.current_slide()
    chosen = view.selection()
    view.render_bar(number, chosen)
    view.render_slide(number, chosen)
    if number == len(SLIDES):  # the end of the meeting: the documents to send afterwards
        view.render_handouts(chosen)
