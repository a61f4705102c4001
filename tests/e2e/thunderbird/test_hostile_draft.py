"""A draft full of markup, a javascript: link, bidi overrides and a
megabyte of text, shown in presend's dialog window under the add-on's
strict CSP: shown as text, none of it runs, no element of it appears, and
the dialog keeps its layout (screenshot: hostile-draft.png)."""
from scenario import Scenario

HOSTILE_LINE = ("The signed contract <img src=x onerror=top.pwned=1> and "
                "<a href=\"javascript:top.pwned=2\">the price list</a> are in the attachments."
                "</style><style>*{display:none!important}</style><script>top.pwned=3</script> "
                "\u202efdp.exe\u202c \u200f\u05e9\u05dc\u05d5\u05dd\u200f")
FILLER = "Lorem ipsum dolor sit amet, the report follows. " * 22000  # about 1 MB

HOSTILE = {
    "to": "Bob Client <bob@client.example>",
    "subject": "</title><img src=x onerror=top.pwned=4> The contract",
    "body": f"Hello Bob,\n\n{HOSTILE_LINE}\n\n{FILLER}\n\nBest regards,\nAlice",
}


class HostileDraftInTheDialog(Scenario):
    def test_shown_as_text_nothing_runs_layout_holds(self):
        self.user.compose(**HOSTILE)
        before = self.user.compose_state()
        self.user.click_send()
        shown = self.user.wait_for_dialog(timeout=60)
        self.assertIn("forgotten-attachment", [f["rule"] for f in shown["findings"]])
        page = self.user.in_dialog("""
const dialog = document.querySelector("dialog.presend-dialog[open]");
const box = dialog.getBoundingClientRect();
return {
  text: dialog.textContent,
  foreign: dialog.querySelectorAll("img, script, style, iframe, object, embed, a[href^='javascript:' i]").length,
  pwned: window.top.pwned ?? null,
  width: box.width, height: box.height,
  overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  buttons: [...dialog.querySelectorAll(".dialog-buttons button")].map((b) => {
    const r = b.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right <= window.innerWidth + 1 && r.bottom <= window.innerHeight + 1;
  }),
};
""")
        self.user.screenshot_dialog("hostile-draft")
        self.assertEqual(page["foreign"], 0, "an element of the draft is in the dialog")
        self.assertIsNone(page["pwned"], "a script of the draft ran")
        self.assertIn("</a> are in the attachments.</style><style>*{display:none!important}</style><script>",
                      page["text"], "the markup is shown as text")
        self.assertGreater(page["height"], 100)
        self.assertLessEqual(page["overflowX"], 1, "the dialog is wider than its window")
        self.assertTrue(page["buttons"] and all(page["buttons"]), f"a button is off screen: {page['buttons']}")
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent()
        after = self.user.compose_state()
        self.assertEqual(after["subject"], before["subject"])
        self.assertEqual(after["body"], before["body"], "the draft changed")
