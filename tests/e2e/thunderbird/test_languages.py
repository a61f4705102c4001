"""Proof 7: Russian and Greek drafts get their findings, and the dialog
speaks the interface language chosen in the options (its title from
_locales, the rule's message from the core). A screenshot of the dialog in
each language lands in tests/e2e/out/thunderbird/dialog-<lang>.png."""
import json
import os
import re

import harness
from scenario import Scenario

LOCALES = os.path.join(harness.ROOT, "extension", "shared", "_locales")
SCRIPT = {"en": re.compile(r"[A-Za-z]"), "ru": re.compile(r"[А-Яа-яЁё]"), "el": re.compile(r"[Α-Ωα-ωά-ώ]")}

DRAFTS = {
    "en": {"to": "Bob Client <bob@client.example>", "subject": "The contract",
           "body": "Hello Bob,\n\nThe signed contract is in the attachments.\n\nBest regards,\nAlice"},
    "ru": {"to": "Борис <boris@client.example>", "subject": "Договор",
           "body": "Добрый день, Борис!\n\nДоговор во вложении.\n\nС уважением,\nАлиса"},
    "el": {"to": "Νίκος <nikos@client.example>", "subject": "Συμβόλαιο",
           "body": "Καλημέρα Νίκο,\n\nΕπισυνάπτω το συμβόλαιο.\n\nΜε εκτίμηση,\nΑλίκη"},
}


def interface_string(lang, key):
    with open(os.path.join(LOCALES, lang, "messages.json"), encoding="utf-8") as f:
        return json.load(f)[key]["message"]


class DialogInEachLanguage(Scenario):
    def check_language(self, lang):
        self.user.set_storage({"ui_lang": lang})
        self.user.compose(**DRAFTS[lang])
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.user.screenshot_dialog(f"dialog-{lang}")
        self.assertEqual(shown["lang"], lang)
        self.assertEqual(shown["title"], interface_string(lang, "dialogTitle"))
        self.assertIn(interface_string(lang, "goBack"), shown["buttons"])
        self.assertIn(interface_string(lang, "sendAnyway"), shown["buttons"])
        rules = [f["rule"] for f in shown["findings"]]
        self.assertIn("forgotten-attachment", rules, f"findings shown: {rules}")
        message = shown["findings"][rules.index("forgotten-attachment")]["message"]
        self.assertRegex(message, SCRIPT[lang], f"the rule's message is not in {lang}: {message}")
        # Go back: nothing is sent.
        self.user.click_in_dialog("button.back")
        self.assertNothingSent(wait=0.5)

    def test_english_draft_english_dialog(self):
        self.check_language("en")

    def test_russian_draft_russian_dialog(self):
        self.check_language("ru")

    def test_greek_draft_greek_dialog(self):
        self.check_language("el")
