"""The search page lists every citizen with hits, each hit under its citizen with the words marked."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.views import theme
from desktop.views.main_window import PageIndex
from desktop.views.models.search_results_model import CITIZEN_ID_ROLE, PAGE
from desktop.views.widgets.html_delegate import HTML_ROLE


def test_hits_are_grouped_by_citizen_with_the_words_marked(qtbot, main_window):
    services = main_window.services
    ids = []
    for name, notes in (("Åse Ærø", 2), ("Bo Dam", 1), ("Ida Brun", 3)):
        citizen_id = services.citizens.create_citizen(CitizenDraft(name=name))
        ids.append(citizen_id)
        for number in range(notes):
            services.notes.add_note(
                citizen_id,
                NoteDraft(held_on=date.today(), agenda=f"Samtale {number}", next_steps="Ring til mentor"),
            )
    services.citizens.create_citizen(CitizenDraft(name="Uden Hits"))
    main_window.show_page(PageIndex.SEARCH)
    page = main_window.search_page

    qtbot.keyClicks(page.field, "mentor")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)

    groups = {}
    model = page.model
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        assert parent.data(Qt.ItemDataRole.FontRole).bold()
        hits = [model.index(i, 0, parent) for i in range(model.rowCount(parent))]
        assert all(hit.parent() == parent and model.rowCount(hit) == 0 for hit in hits)
        assert all(hit.data(CITIZEN_ID_ROLE) == parent.data(CITIZEN_ID_ROLE) for hit in hits)
        marked = f"<b style='background:{theme.colour('match_bg').name()}; color:{theme.colour('match_text').name()}'>"
        assert all(f"{marked}mentor</b>" in hit.data(HTML_ROLE) for hit in hits)
        assert all(hit.data(Qt.ItemDataRole.AccessibleTextRole) == "Ring til mentor" for hit in hits)
        groups[parent.data(CITIZEN_ID_ROLE)] = (parent.data().split("   ")[0], len(hits))
    assert groups == {ids[0]: ("Åse Ærø", 2), ids[1]: ("Bo Dam", 1), ids[2]: ("Ida Brun", 3)}
    assert page.status.text().startswith("3 citizen") and "· 6 hit" in page.status.text()
    assert page.tree.isExpanded(page.model.index(0, 0)) and page.tree.currentIndex() == page.model.index(0, 0)


def _results(count: int, words: str = "Ring til mentor"):
    from desktop.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, CitizenResults, SearchHit

    marked = words.replace("mentor", f"{HIGHLIGHT_START}mentor{HIGHLIGHT_END}")
    return [
        CitizenResults(
            f"c{n}",
            f"Borger {n}",
            "211062-XXXX",
            [SearchHit("note", f"n{n}-{i}", f"Samtale {i}", marked) for i in range(1 + n % 3)],
        )
        for n in range(count)
    ]


def test_the_results_model_is_a_sound_tree(qtmodeltester):
    from desktop.views.models.search_results_model import PAGE, SearchResultsModel

    model = SearchResultsModel()
    model.set_results(_results(5))
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.hit_count == 1 + 2 + 3 + 1 + 2
    paged = SearchResultsModel()  # more than a page: the rest comes as the list is scrolled to its end
    paged.set_results(_results(PAGE * 2 + 3))
    qtmodeltester.check(paged)
    paged.show_more()
    assert paged.rowCount() == PAGE * 2
    model.clear()
    assert model.rowCount() == 0 and model.hit_count == 0 and not model.has_more


def test_a_new_search_replaces_the_results_on_show(qtbot, main_window):
    page = main_window.search_page
    main_window.show_page(PageIndex.SEARCH)
    page._generation = 1
    page._show(1, _results(300))
    assert page.model.citizen_count == 300 and page.model.rowCount() == PAGE
    assert page.status.text().startswith("300 citizen")
    for _ in range(300 // PAGE):  # as the list is scrolled to its end
        page.tree.scrollToBottom()
        qtbot.wait(1)
    assert page.model.rowCount() == 300
    assert all(page.tree.isExpanded(page.model.index(row, 0)) for row in (0, PAGE, 299))
    page._show(1, _results(2))
    assert page.model.rowCount() == 2 and page.model.hit_count == 3
    assert page.tree.currentIndex() == page.model.index(0, 0)


def test_a_hit_is_given_at_least_the_height_its_text_needs(qtbot, main_window):
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.views.widgets.html_delegate import HtmlDelegate

    page = main_window.search_page
    long_snippet = "Borgeren vil gerne i praktik hos mentor i genbrugsbutikken " * 6
    page.model.set_results(_results(3) + _results(1, long_snippet.strip()))
    delegate = page.tree.itemDelegate()
    assert isinstance(delegate, HtmlDelegate)
    for width in (260, 480, 900):
        page.tree.resize(width + 100, 400)
        for row in range(page.model.rowCount()):
            parent = page.model.index(row, 0)
            for i in range(page.model.rowCount(parent)):
                hit = page.model.index(i, 0, parent)
                option = QStyleOptionViewItem()
                option.initFrom(page.tree)
                option.widget = page.tree
                estimated = delegate.sizeHint(option, hit).height()
                document = QTextDocument()
                document.setDefaultFont(option.font)
                document.setHtml(hit.data(HTML_ROLE))
                document.setTextWidth(max(page.tree.viewport().width() - 80, 200))
                assert estimated >= document.size().height(), (width, row, i)
