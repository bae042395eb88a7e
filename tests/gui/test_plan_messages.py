"""The plan and the messages: the reason for a changed goal, Ctrl+S on every tab that edits,
one truth about sync, messages that belong to their field or tab, and "Min plan" with the next meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit

from desktop.domain.citizen import CitizenDraft
from desktop.domain.goals import GoalDraft
from desktop.services.registry import Services
from tests.conftest import PASSWORD
from tests.gui.conftest import open_citizen_and_wait
from tests.sync_world import SERVER_URL, make_device, offline, server_app  # noqa: F401

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_main_window, unlocked):
    return make_main_window(Services.for_session(unlocked), active=True)


@pytest.fixture
def citizen_id(qtbot, window):
    citizen = window.services.citizens.create_citizen(
        CitizenDraft(name="Åse Ærø", responsible_caseworker="Lene Bundgaard")
    )
    open_citizen_and_wait(window, qtbot, citizen)
    return citizen


def _answer_modal(qtbot, steps):
    """Run ``steps(dialog)`` on the modal dialog once it is on show (it runs inside the dialog's loop)."""
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        steps(dialog)
        done.append(True)

    QTimer.singleShot(0, poll)
    return done


def _accept_button(dialog):
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


# -- item 4: an empty reason ------------------------------------------------------------------------------


def test_an_empty_reason_is_refused_in_the_dialog_and_the_keyboard_returns_to_the_goal(
    qtbot, window, citizen_id
):
    services = window.services
    goal_id = services.goals.add_goal(
        citizen_id,
        GoalDraft(
            kind="employment", text="Arbejde med dyr", author="together", trade_or_function="dyrepasser"
        ),
    )
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.goals_panel)
    goals = page.tabs.goals_panel
    goals.set_citizen(citizen_id)
    assert goals.goal_id == goal_id
    goals.editor.text.selectAll()
    goals.editor.text.setFocus()
    qtbot.keyClicks(goals.editor.text, "Arbejde i en rideskole")
    seen: dict = {}

    def steps(dialog):
        field = dialog.findChild(QLineEdit)
        qtbot.mouseClick(_accept_button(dialog), LEFT)  # no reason typed
        seen["open"] = dialog.isVisible()
        seen["errors"] = [
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.objectName() == "error" and label.isVisible()
        ]
        seen["focus"] = dialog.focusWidget() is field
        if dialog.isVisible():
            field.setFocus()
            qtbot.keyClicks(field, "Borgeren vil hellere passe heste")
            qtbot.mouseClick(_accept_button(dialog), LEFT)

    done = _answer_modal(qtbot, steps)
    qtbot.mouseClick(goals.save_button, LEFT)
    assert done
    assert seen["open"], "an empty reason closed the dialog"
    assert seen["errors"] == ["Write why the goal changes; the old version is kept with this reason."]
    assert seen["focus"]
    assert services.goals.get(goal_id).draft.text == "Arbejde i en rideskole"
    assert "Borgeren vil hellere passe heste" in goals.history.text()
    # The keyboard is on the revised goal in the list, not on a button Space would press again.
    assert window.focusWidget() is goals.tree  # where the keyboard is once the window is active again
    assert goals.tree.currentIndex().data(Qt.ItemDataRole.UserRole) == goal_id
    qtbot.keyClick(goals.tree, Qt.Key.Key_Space)
    assert QApplication.activeModalWidget() is None


# -- item 6: Ctrl+S on every tab that edits ---------------------------------------------------------------

NOTHING = "Nothing to save on this tab: everything here is saved."


def _ctrl_s(qtbot, widget):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_s_saves_the_editor_of_every_tab_or_says_there_is_nothing_to_save(qtbot, window, citizen_id):
    services = window.services
    page = window.citizen_page

    def on(tab):
        page.tabs.setCurrentWidget(tab)
        return tab

    # Goals and plan: a clean tab says so; a new goal is stored.
    goals = on(page.tabs.goals_panel)
    _ctrl_s(qtbot, goals.editor.text)
    assert page.banner.text() == NOTHING
    goals.editor.text.setText("Arbejde i en rideskole")
    goals.editor.trade.setText("staldmedhjælper")
    _ctrl_s(qtbot, goals.editor.trade)
    assert [g.draft.text for g, _subs in services.goals.plan(citizen_id)] == ["Arbejde i en rideskole"]
    goals.ask_reason = lambda: "Borgeren vil hellere passe heste"
    goals.editor.text.setText("Arbejde i en rideskole 10 timer om ugen")
    _ctrl_s(qtbot, goals.editor.text)
    assert [g.draft.text for g, _subs in services.goals.plan(citizen_id)] == [
        "Arbejde i en rideskole 10 timer om ugen"
    ]

    # The profile's three tabs.
    on(page.tabs.widget(0))
    page.form.phone.setText("11223344")
    _ctrl_s(qtbot, page.form.phone)
    assert services.citizens.open_citizen(citizen_id).draft.phone == "11223344"
    page.tabs.setCurrentIndex(1)
    page.form.texts["own_wishes"].setPlainText("Passe heste")
    _ctrl_s(qtbot, page.form.texts["own_wishes"])
    assert services.citizens.open_citizen(citizen_id).draft.own_wishes == "Passe heste"
    page.tabs.setCurrentIndex(7)  # Function and accommodations
    _ctrl_s(qtbot, page.form.texts["limitations"])
    assert page.banner.text() == NOTHING and page.banner.isVisible()

    # Meetings: the note being written.
    notes = on(page.tabs.notes_panel)
    qtbot.mouseClick(notes.note_list.new_button, LEFT)
    notes.editor.agenda.setText("Opfølgning")
    _ctrl_s(qtbot, notes.editor.agenda)
    assert len(services.notes.list_for(citizen_id)) == 1

    # Reflection: the log and the discretion record.
    on(page.tabs.reflection_panel)
    section = next(iter(page.tabs.reflection_panel.log._sections.values()))
    section.setPlainText("Samtalen gik roligt")
    _ctrl_s(qtbot, section)
    assert len(services.reflections.reflections(citizen_id)) == 1

    # Network: the actor being written.
    network = on(page.tabs.coordination_panel)
    network.new_actor()
    network.actor_form.organisation.setFocus()
    qtbot.keyClicks(network.actor_form.organisation, "Rideskolen")
    _ctrl_s(qtbot, network.actor_form.organisation)
    assert [a.draft.organisation for a in services.coordination.actors(citizen_id)] == ["Rideskolen"]

    # Progress: the rating being entered.
    progress = on(page.tabs.progress_panel)
    for score in progress.form.scores.values():
        score.set_value(6)
    _ctrl_s(qtbot, score)
    assert len(services.measurements.measurements(citizen_id)) == 1

    # Belief in a job: the rating being entered; untouched, nothing is added.
    belief = on(page.tabs.belief_panel)
    _ctrl_s(qtbot, belief.value)
    assert page.banner.text() == NOTHING
    assert services.citizens.open_citizen(citizen_id).beliefs == ()
    belief.value.setValue(7)
    _ctrl_s(qtbot, belief.value)
    assert [b.value for b in services.citizens.open_citizen(citizen_id).beliefs] == [7]

    # Caseworker and the access log hold nothing to type: they say so.
    for tab in (page.tabs.caseworker_panel, page.tabs.log_view):
        on(tab)
        _ctrl_s(qtbot, tab)
        assert page.banner.text() == NOTHING, tab


# -- item 8: messages that belong to their field or tab, and a page that does not jump ----------------------


def test_a_fixed_cpr_error_goes_at_once_and_saved_goes_with_the_next_edit(qtbot, window, citizen_id):
    page = window.citizen_page
    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.header.reveal_button, LEFT)
    page.form.cpr.selectAll()
    page.form.cpr.setFocus()
    qtbot.keyClicks(page.form.cpr, "320162-1234")
    qtbot.keyClick(page.form.cpr, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.form.errors["cpr"].isVisible() and page.banner.property("kind") == "error"
    # Typing a valid number takes the error away at once, and the banner's "fields need attention" with it.
    page.form.cpr.selectAll()
    qtbot.keyClicks(page.form.cpr, "211062-5629")
    assert not page.form.errors["cpr"].isVisible()
    assert not page.banner.isVisible()
    qtbot.keyClick(page.form.cpr, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.banner.text() == "Saved." and page.banner.isVisible()
    assert not page.title_label.text().endswith("*")
    # The next edit makes "Saved." untrue: it goes as the "*" comes.
    qtbot.keyClicks(page.form.phone, "1")
    assert page.title_label.text().endswith("*")
    assert not page.banner.isVisible()


def test_a_tab_keeps_its_message_to_itself(qtbot, window, citizen_id):
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.progress_panel)
    progress = page.tabs.progress_panel
    for score in progress.form.scores.values():
        score.set_value(4)
    qtbot.mouseClick(progress.save_button, LEFT)
    said = page.banner.text()
    assert said.startswith("The rating was saved") and page.banner.isVisible()
    page.tabs.setCurrentWidget(page.tabs.goals_panel)
    assert not page.banner.isVisible()
    page.tabs.setCurrentWidget(page.tabs.progress_panel)
    assert page.banner.isVisible() and page.banner.text() == said
    # An edit on the tab takes its "saved" away.
    next(iter(progress.form.scores.values())).set_value(3)
    assert not page.banner.isVisible()


def test_a_banner_never_moves_the_page(qtbot, window, citizen_id):
    page = window.citizen_page
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(page.form.name.isVisible)

    def top_of(widget):
        return widget.mapTo(page, widget.rect().topLeft()).y()

    before = (top_of(page.tabs.bar), top_of(page.form.name))
    page.show_message("Planen blev gemt som plan.pdf.", "ok")
    qtbot.waitUntil(page.banner.isVisible)
    assert (top_of(page.tabs.bar), top_of(page.form.name)) == before
    # The message lies in its own room, clear of the section buttons.
    assert page.banner.geometry().bottom() < top_of(page.tabs.bar)
    page.form.phone.setText("1")  # the message goes: nothing moves back either
    qtbot.waitUntil(lambda: not page.banner.isVisible())
    assert (top_of(page.tabs.bar), top_of(page.form.name)) == before


# -- item 7: one truth about sync ------------------------------------------------------------------------


def _sync_words(settings):
    """What the settings' sync group says, label by label."""
    from PySide6.QtWidgets import QGroupBox

    group = next(g for g in settings.findChildren(QGroupBox) if g.title() == "Synchronisation")
    return [label.text() for label in group.findChildren(QLabel) if label.text()]


def test_the_settings_and_the_status_bar_say_the_same_about_sync(qtbot, runner, preferences, make_device):  # noqa: F811
    from desktop.views.main_window import MainWindow, PageIndex

    office = make_device("office")
    office.services.citizens.create_citizen(CitizenDraft(name="Testperson Status"))
    win = MainWindow(office.services, runner, preferences)
    qtbot.addWidget(win)
    win.show()
    win.show_page(PageIndex.SETTINGS)
    settings = win.settings_page
    assert win.sync_status.text() == "Sync: not set up"

    # Set up against the real server: the status bar says "Synced …"; so must the settings.
    office.sync.connect(SERVER_URL, "lene", PASSWORD)
    win.sync.setup_changed()
    qtbot.waitUntil(lambda: win.sync_status.text().startswith("Synced"), timeout=20000)
    words = _sync_words(settings)
    assert win.sync_status.text() in words
    assert not any("not set up" in text.lower() for text in words), words
    assert any(SERVER_URL in text and "lene" in text for text in words)

    office.services.citizens.create_citizen(CitizenDraft(name="Testperson Venter"))
    qtbot.waitUntil(lambda: "changes waiting: 1" in win.sync_status.text(), timeout=5000)
    assert win.sync_status.text() in _sync_words(settings)


# -- item 17: "Min plan" names the next meeting and how to reach the caseworker ------------------------------


def test_my_plan_names_the_next_meeting_and_how_to_reach_the_caseworker(qtbot, window, tmp_path):
    from dataclasses import replace
    from datetime import date, timedelta

    from desktop.views.main_window import PageIndex

    services = window.services
    today = date.today()
    citizen = services.citizens.create_citizen(CitizenDraft(name="Åse Ærø", responsible_caseworker="Lene B"))
    # No meeting planned: the plan says so plainly.
    assert "Vi har ikke aftalt et nyt møde endnu" in services.goals.plan_html(citizen)
    # The next follow-up of the profile is the next meeting, held the way the citizen prefers.
    follow_up = today + timedelta(days=6)
    draft = services.citizens.open_citizen(citizen).draft
    services.citizens.update_citizen(
        citizen, replace(draft, next_follow_up=follow_up, preferred_meeting_form="phone")
    )
    weekday = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")[follow_up.weekday()]
    document = services.goals.plan_html(citizen)
    assert f"Vi mødes <b>{weekday} {follow_up:%d-%m-%Y}</b> i telefonen." in document
    assert "Vi har ikke aftalt" not in document
    # A date passed is no plan.
    services.citizens.update_citizen(citizen, replace(draft, next_follow_up=today - timedelta(days=1)))
    assert "Vi har ikke aftalt et nyt møde endnu" in services.goals.plan_html(citizen)

    # The caseworker's work contact is set once in Settings and printed on every plan.
    window.show_page(PageIndex.SETTINGS)
    settings = window.settings_page
    for key, text in {
        "name": "Lene Bundgaard",
        "phone": "72 36 40 00",
        "email": "lene@jobcenter.dk",
        "hours": "man-tors 9-12",
    }.items():
        field = settings.contact_fields[key]
        field.setFocus()
        qtbot.keyClicks(field, text)
    open_citizen_and_wait(window, qtbot, citizen)
    page = window.citizen_page
    page.plan_export.choose_path = lambda _suggested: str(tmp_path / "plan.pdf")
    documents = []
    plan_html = services.goals.plan_html
    services.goals.plan_html = lambda *args, **kwargs: (
        documents.append(plan_html(*args, **kwargs)) or documents[-1]
    )
    qtbot.mouseClick(page.header.plan_button, LEFT)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    [document] = documents
    for words in (
        "Sådan får du fat i mig",
        "Din sagsbehandler: Lene Bundgaard",
        "Telefon: 72 36 40 00",
        "E-mail: lene@jobcenter.dk",
        "Træffetid: man-tors 9-12",
    ):
        assert words in document


def test_a_click_puts_a_message_away_for_good(qtbot, window, citizen_id):
    page = window.citizen_page
    page.tabs.setCurrentWidget(page.tabs.goals_panel)
    page.show_message("Målet blev ikke gemt:\nFag eller funktion: ikke en ordning.", "error")
    assert page.banner.isVisible()
    qtbot.mouseClick(page.banner, LEFT)
    assert not page.banner.isVisible()
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentWidget(page.tabs.goals_panel)
    assert not page.banner.isVisible()


def test_why_a_goal_was_refused_goes_once_the_goal_would_be_taken(qtbot, window, citizen_id):
    page = window.citizen_page
    goals = page.tabs.goals_panel
    page.tabs.setCurrentWidget(goals)
    goals.editor.text.setText("Arbejde med dyr")
    goals.editor.trade.setText("fleksjob")
    qtbot.mouseClick(goals.save_button, LEFT)
    assert page.banner.isVisible() and "flex job" in page.banner.text()
    goals.editor.trade.setFocus()
    goals.editor.trade.selectAll()
    qtbot.keyClicks(goals.editor.trade, "dyrepas")
    assert not page.banner.isVisible()  # the goal as typed would be taken now
    assert window.services.goals.plan(citizen_id) == []  # nothing stored behind the person's back
