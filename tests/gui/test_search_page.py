"""The search page lists every citizen with hits, each hit under its citizen with the words marked."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.citizen import CitizenDraft
from desktop.domain.notes import NoteDraft
from desktop.views import theme
from desktop.views.main_window import PageIndex
from desktop.views.pages.search_page import CITIZEN_ID_ROLE
from desktop.views.widgets.html_delegate import HTML_ROLE


def test_hits_are_grouped_by_citizen_with_the_words_marked(qtbot, main_window):
    services = main_window._services
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
    for row in range(page.model.rowCount()):
        parent = page.model.item(row)
        assert parent.font().bold()
        hits = [parent.child(i) for i in range(parent.rowCount())]
        assert all(hit.data(CITIZEN_ID_ROLE) == parent.data(CITIZEN_ID_ROLE) for hit in hits)
        marked = f"<b style='background:{theme.colour('match_bg').name()}; color:{theme.colour('match_text').name()}'>"
        assert all(f"{marked}mentor</b>" in hit.data(HTML_ROLE) for hit in hits)
        assert all(hit.data(Qt.ItemDataRole.AccessibleTextRole) == "Ring til mentor" for hit in hits)
        groups[parent.data(CITIZEN_ID_ROLE)] = (parent.text().split("   ")[0], len(hits))
    assert groups == {ids[0]: ("Åse Ærø", 2), ids[1]: ("Bo Dam", 1), ids[2]: ("Ida Brun", 3)}
    assert page.status.text().startswith("3 citizen") and "· 6 hit" in page.status.text()
    assert page.tree.isExpanded(page.model.index(0, 0)) and page.tree.currentIndex() == page.model.index(0, 0)
