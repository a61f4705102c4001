"""The dialog with one finding and with ten, in each interface language:
read in five seconds (a summary line with the counts in the language's
plural forms, one card per place in the letter), its window as tall as
what it shows within the screen, every button inside it, quoted text marked
with its language, and nothing serious for axe-core. Screenshots:
dialog-<lang>-1.png and dialog-<lang>-10.png."""
import json
import os

import harness
from scenario import Scenario

with open(os.path.join(harness.ROOT, "tests", "e2e", "drafts.json"), encoding="utf-8") as f:
    SAMPLES = json.load(f)
TO = {"en": "Bob Client <bob@client.example>", "ru": "Борис <boris@client.example>",
      "el": "Νίκος <nikos@client.example>"}
ONE = {"en": "1 error: ", "ru": "1 ошибка: ", "el": "1 σφάλμα: "}

WINDOW = """
const inner = window.innerHeight;
const body = document.querySelector("dialog.presend-dialog .dialog-body");
const buttons = [...document.querySelectorAll("dialog.presend-dialog .dialog-buttons button")];
return {
  inner, outer: window.outerHeight, screen: window.screen.availHeight,
  bodyScrolls: body.scrollHeight > body.clientHeight + 2,
  buttonsInside: buttons.every((b) => { const r = b.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= inner && r.right <= window.innerWidth; }),
  colorScheme: window.getComputedStyle(body).colorScheme,
};
"""


class DialogWithOneAndTenFindings(Scenario):
    def show(self, lang, size, draft):
        self.user.compose(to=TO[lang], **draft)
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.user.screenshot_dialog(f"dialog-{lang}-{size}")
        window = self.user.in_dialog(WINDOW)
        self.assertTrue(window["buttonsInside"], window)
        self.assertLessEqual(window["outer"], window["screen"], window)
        self.assertIn("dark", window["colorScheme"], "scroll bars follow dark mode")
        langs = {card["excerptLang"] for card in shown["cards"] if card["excerpt"] not in ("", "(empty)")}
        self.assertEqual(langs, {lang}, shown["cards"])
        self.assertEqual(self.user.run_axe("dialog"), [], "axe finds serious problems in the dialog")
        return shown, window

    def check_language(self, lang):
        self.user.set_storage({"ui_lang": lang})
        shown, window = self.show(lang, 1, SAMPLES["one_finding"][lang])
        self.assertEqual([f["rule"] for f in shown["findings"]], ["forgotten-attachment"])
        self.assertTrue(shown["summary"].startswith(ONE[lang]), shown["summary"])
        self.assertFalse(window["bodyScrolls"], "one finding fits without scrolling")
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        self.user.close_compose_window()

        shown, window = self.show(lang, 10, SAMPLES["ten_findings"][lang])
        findings = [f["rule"] for f in shown["findings"]]
        self.assertGreaterEqual(len(findings), 10, f"ten or more findings (premise): {findings}")
        self.assertLess(len(shown["cards"]), len(findings), "several findings on one sentence share a card")
        self.assertRegex(shown["summary"], r"^\d+ \S+, \d+ \S+: ")
        severities = [f["severity"] for f in shown["findings"]]
        self.assertEqual(severities[0], "error")
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent(wait=0.5)

    def test_english(self):
        self.check_language("en")

    def test_russian(self):
        self.check_language("ru")

    def test_greek(self):
        self.check_language("el")
