"""WCAG 2.1 AA, which Dutch public bodies must meet: axe-core (npm, tests/e2e/package.json) runs
in Chromium on every registered page; serious and critical violations that are ours fail the test.
Charts must come with a text alternative: a visible title and a table or a written summary.

Every page's full axe result (all impacts) is written to test-artifacts/accessibility/.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.e2e.harness import (
    AXE_JS,
    PROJECT_ROOT,
    SCREENSHOT_DIR,
    VIEWPORTS,
    open_page,
    registered_pages,
)

pytestmark = pytest.mark.e2e

PAGES = registered_pages()
REPORT_DIR = SCREENSHOT_DIR.parent / "accessibility"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FAILING_IMPACTS = {"serious", "critical"}

# Violations inside Streamlit's own widgets, which the app cannot change. Each rule is excused only
# for nodes inside the given element, with the reason. Anything else is ours to fix.
_NAV_REASON = (
    "Streamlit's sectioned page navigation (st.navigation with sections) puts each "
    "section's header <div> directly in its <ul>, and its <li> items in a <div>; the links "
    "themselves are real <a> elements with their page names, so keyboard and screen-reader "
    "users still reach every page. Upstream markup, not fixable from the app."
)
STREAMLIT_INTERNAL: dict[str, tuple[str, str]] = {
    "list": ('[data-testid="stSidebarNav"]', _NAV_REASON),
    "listitem": ('[data-testid="stSidebarNav"]', _NAV_REASON),
}

RUN_AXE_JS = """async ([tags, internal]) => {
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                            resultTypes: ['violations']});
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags,
        nodes: v.nodes.map(n => {
            const target = n.target[0];
            const element = typeof target === 'string' ? document.querySelector(target) : null;
            const inside = internal[v.id];
            return {target: n.target, html: n.html, summary: n.failureSummary,
                    streamlit_internal: !!(inside && element && element.closest(inside))};
        }),
    }));
}"""


@pytest.fixture(scope="session")
def axe_script():
    """axe-core from tests/e2e/node_modules; installed with `npm ci` when npm is there and it is not."""
    npm = shutil.which("npm")
    if not AXE_JS.exists() and npm:
        subprocess.run(
            [npm, "ci", "--prefix", str(AXE_JS.parents[2]), "--no-audit", "--no-fund"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            timeout=300,
        )
    if not AXE_JS.exists():
        pytest.skip(
            f"{AXE_JS.relative_to(PROJECT_ROOT)} is missing: run `npm ci --prefix tests/e2e` "
            "(.ci/run does); accessibility checks skipped"
        )
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    return AXE_JS


def our_axe_problems(page) -> list[str]:
    """axe-core run on the page as it stands: the serious and critical violations that are ours."""
    page.add_script_tag(path=str(AXE_JS))
    internal = {rule: selector for rule, (selector, _) in STREAMLIT_INTERNAL.items()}
    return _ours(page.evaluate(RUN_AXE_JS, [AXE_TAGS, internal]))


def _ours(violations: list[dict]) -> list[str]:
    problems = []
    for violation in violations:
        if violation["impact"] not in FAILING_IMPACTS:
            continue
        for node in violation["nodes"]:
            if not node["streamlit_internal"]:
                problems.append(
                    f"{violation['id']} ({violation['impact']}): {violation['help']} "
                    f"at {node['target']}: {node['html'][:160]}"
                )
    return problems


@pytest.fixture(scope="module")
def audit(browser, app_server, axe_script):
    """Each page opened once: axe's violations and the charts' text alternatives, kept for the tests."""
    done: dict[str, dict] = {}
    internal = {rule: selector for rule, (selector, _) in STREAMLIT_INTERNAL.items()}

    def of(registered) -> dict:
        if registered.url not in done:
            context = browser.new_context(viewport=VIEWPORTS["1920x1080"], locale="nl-NL")
            try:
                page = context.new_page()
                open_page(page, app_server, registered.url)
                page.wait_for_timeout(300)  # vega draws its charts after the script has finished
                charts = page.evaluate(CHART_ALTERNATIVES_JS)
                page.add_script_tag(path=str(axe_script))
                violations = page.evaluate(RUN_AXE_JS, [AXE_TAGS, internal])
            finally:
                context.close()
            (REPORT_DIR / f"{registered.name}.json").write_text(
                json.dumps(violations, indent=1, ensure_ascii=False), encoding="utf-8"
            )
            done[registered.url] = {"violations": violations, "charts": charts}
        return done[registered.url]

    return of


@pytest.mark.parametrize("registered", PAGES, ids=[p.name for p in PAGES])
def test_no_serious_accessibility_violations(audit, registered):
    problems = _ours(audit(registered)["violations"])
    assert not problems, f"{registered.url}: WCAG 2.1 AA violations to fix:\n" + "\n".join(problems)


def test_every_streamlit_exception_has_a_reason():
    for rule, (selector, reason) in STREAMLIT_INTERNAL.items():
        assert selector.startswith("[data-testid=") and len(reason) > 60, rule


CHART_ALTERNATIVES_JS = """() => [
    ...document.querySelectorAll('[data-testid="stVegaLiteChart"]')].map(chart => {
    const title = [...chart.querySelectorAll('.role-title-text text, .role-title text')]
        .map(t => t.textContent).join(' ').trim();
    const label = chart.getAttribute('aria-label') || '';
    const described = label !== '' && label !== 'Vega visualization';
    const container = chart.closest('[data-testid="stElementContainer"]');
    // st.markdown / st.caption / st.write text, a table, or an expander (holding one); not a heading
    const TEXT = '[data-testid="stMarkdown"], [data-testid="stDataFrame"], [data-testid="stTable"], '
               + '[data-testid="stExpander"]';
    const TABLE = '[data-testid="stDataFrame"], [data-testid="stTable"]';
    let alternative = described ? 'description' : '';
    // a summary or table right after the chart ...
    let sibling = container ? container.nextElementSibling : null;
    for (let i = 0; !alternative && sibling && i < 2; i++, sibling = sibling.nextElementSibling) {
        if (sibling.matches(TEXT) || sibling.querySelector(TEXT)) alternative = 'next to it';
    }
    // ... or a table in another column of the same row
    const column = container ? container.closest('[data-testid="stColumn"]') : null;
    const row = column ? column.parentElement : null;
    if (!alternative && row && [...row.children].some(c => c !== column && c.querySelector(TABLE))) {
        alternative = 'table beside it';
    }
    return {title, alternative, label};
})"""


@pytest.mark.parametrize("registered", PAGES, ids=[p.name for p in PAGES])
def test_charts_have_text_alternatives(audit, registered):
    charts = audit(registered)["charts"]
    untitled = [c for c in charts if not c["title"]]
    without = [c["title"] for c in charts if not c["alternative"]]
    assert not untitled, (
        f"{registered.url}: {len(untitled)} chart(s) without a visible title; give "
        "each chart its own title (alt.Chart(...).properties(title=...))"
    )
    assert not without, f"{registered.url}: charts without a table or written summary next to them: {without}"


HEADING_LEVELS_JS = """() => [...document.querySelectorAll(
    '[data-testid="stMain"] h1, [data-testid="stMain"] h2, [data-testid="stMain"] h3, '
  + '[data-testid="stMain"] h4, [data-testid="stMain"] h5, [data-testid="stMain"] h6')]
  .map(h => [Number(h.tagName[1]), h.innerText.trim()])"""


@pytest.mark.parametrize("registered", PAGES, ids=lambda p: p.name)
def test_headings_do_not_skip_a_level(new_page, app_server, registered):
    """Screen-reader users navigate by headings; a page goes h1 → h2 → h3, never h1 → h3
    (axe's heading-order is a best-practice rule, outside the WCAG tags the audit runs)."""
    page, _ = new_page("1920x1080")
    open_page(page, app_server, registered.url)
    headings = page.evaluate(HEADING_LEVELS_JS)
    assert headings and headings[0][0] == 1, (
        f"{registered.url}: the page title must come first as h1: {headings}"
    )
    for (before, _), (level, text) in zip(headings, headings[1:], strict=False):
        assert level <= before + 1, f"{registered.url}: '{text}' is h{level} right after an h{before}"
