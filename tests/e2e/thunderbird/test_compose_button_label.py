"""The compose toolbar button ("Check now") follows the options at once: a
change made in the options page relabels it in the open compose window,
without a restart. Turning a rule off there leaves it labelled in the
interface language; choosing Russian as presend's interface language
relabels it in Russian, and English again in English."""
import json
import time

from harness import ADDON_ID
from scenario import CONTRACT, Scenario

# The label and tooltip of presend's button in the open compose window.
BUTTON = f"""
const w = Services.wm.getMostRecentWindow("msgcompose");
const button = w?.document.querySelector('toolbarbutton[data-extensionid={json.dumps(ADDON_ID)}]');
return button ? {{ label: button.getAttribute("label"), title: button.getAttribute("tooltiptext") }} : null;
"""

# The checkbox of a rule in the options page, clicked as a user does; waits
# until the page says it saved.
TURN_OFF = """
const box = document.querySelector(`#rules li[data-rule="${args[0]}"] input.rule-enabled`);
if (!box || !box.checked) throw new Error("the rule is not shown turned on");
document.getElementById("status").textContent = "";
box.click();
for (let i = 0; i < 50 && !document.getElementById("status").textContent; i++) {
  await new Promise((r) => window.setTimeout(r, 100));
}
if (!document.getElementById("status").textContent) throw new Error("the options page did not save");
return box.checked;
"""

# The interface language chosen in the options page, as a user does (the
# page reloads itself in that language once it saved).
CHOOSE_LANGUAGE = """
const select = document.getElementById("ui_lang");
select.focus();
select.value = args[0];
select.dispatchEvent(new Event("input", { bubbles: true }));
select.dispatchEvent(new Event("change", { bubbles: true }));
return select.value;
"""

RULE = "repeated-word"


class ComposeButtonFollowsOptions(Scenario):
    def button_becomes(self, label, timeout=10):
        deadline = time.monotonic() + timeout
        shown = None
        while time.monotonic() < deadline:
            shown = self.tb.js(BUTTON)
            if shown and shown["label"] == label:
                return shown
            time.sleep(0.2)
        self.fail(f"the compose button says {shown!r}, not {label!r}")

    def choose_language(self, lang):
        self.assertEqual(self.user.in_tab(CHOOSE_LANGUAGE.replace("args[0]", json.dumps(lang))), lang)

    def test_button_relabelled_by_the_options_page(self):
        self.user.compose(**CONTRACT)
        self.button_becomes("Check now")

        # A rule turned off in the options page: the settings changed, the
        # button is relabelled in the same language (not left at "presend").
        self.user.open_options_page()
        self.assertFalse(self.user.in_tab(TURN_OFF.replace("args[0]", json.dumps(RULE))))
        time.sleep(1.0)  # the relabel after the change has run
        self.assertEqual(self.button_becomes("Check now")["title"], "Check now")

        # The interface language chosen there: the button speaks it at once.
        self.choose_language("ru")
        self.assertEqual(self.button_becomes("Проверить письмо")["title"], "Проверить письмо")
        time.sleep(1.0)  # the page reloads in Russian
        self.user.open_options_page()
        self.choose_language("en")
        self.button_becomes("Check now")
