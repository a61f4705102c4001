""""Why?" → "More about this check" in the dialog opens the rule reference
the add-on carries (its site/rules.html, the same page as the web site's),
in a window of its own in front, at that check, in the dialog's language;
the dialog stays to be answered. Screenshot: reference-from-dialog-el.png."""
import json
import os

import harness
from scenario import Scenario

with open(os.path.join(harness.ROOT, "tests", "e2e", "drafts.json"), encoding="utf-8") as f:
    SAMPLES = json.load(f)

CARD = 'li.card[data-rules~="forgotten-attachment"]'
# The link is within the list's visible part, without scrolling.
LINK_IN_SIGHT = f"""
const link = document.querySelector('{CARD} a.rule-link').getBoundingClientRect();
const body = document.querySelector("dialog.presend-dialog .dialog-body").getBoundingClientRect();
return link.height > 0 && link.top >= body.top && link.bottom <= body.bottom;
"""


class RuleReferenceFromTheDialog(Scenario):
    def test_more_about_this_check_opens_the_guide_in_greek(self):
        self.user.set_storage({"ui_lang": "el"})
        self.user.compose(to="Νίκος <nikos@client.example>", **SAMPLES["one_finding"]["el"])
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.click_in_dialog(f"{CARD} details.why summary")
        link = self.user.in_dialog(f"""
const link = document.querySelector('{CARD} details.why[open] a.rule-link');
return link && {{ text: link.textContent, title: link.closest(".reason").querySelector("strong").textContent }};
""")
        self.assertEqual(link and link["text"], "Περισσότερα για αυτόν τον έλεγχο")
        self.user.wait_for_fitted_dialog()
        self.assertTrue(self.user.in_dialog(LINK_IN_SIGHT), "the window grew to show the unfolded reasons")
        self.assertEqual(self.user.run_axe("dialog"), [], "axe finds serious problems in the unfolded reasons")
        self.user.click_in_dialog(f"{CARD} details.why a.rule-link")
        shown = self.user.wait_for_reference()
        self.user.screenshot_reference("reference-from-dialog-el")
        self.assertTrue(shown["url"].startswith("moz-extension://"), f"the add-on's own copy: {shown['url']}")
        self.assertIn("/site/rules.html?lang=el#forgotten-attachment", shown["url"])
        self.assertEqual(shown["lang"], "el")
        self.assertEqual(shown["title"], link["title"], "the check the card was about")
        self.assertTrue(shown["atTop"], "scrolled to the check")
        self.assertIn("Επισύναψη αρχείου…", shown["guide"], "the guide in Greek, naming the dialog's button")
        self.assertEqual(self.user.run_axe("reference"), [], "axe finds serious problems in the reference")

        self.assertTrue(self.user.dialog_open(), "the dialog is still there to answer")
        self.user.close_reference_window()
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent(wait=0.5)
