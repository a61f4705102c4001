"""The shared options page works inside Thunderbird, and what is chosen
there decides what happens on Send: with the threshold set to "errors
only", a draft with just a warning goes out without a dialog."""
import time

from scenario import Scenario

TAB_URLS = """
const tabmail = Services.wm.getMostRecentWindow("mail:3pane").document.getElementById("tabmail");
return tabmail.tabInfo.map((tab) => tab.browser?.currentURI?.spec ?? tab.mode.name);
"""
# The reference opened in the current tab: where, and what it shows at the check.
GUIDE_SHOWN = """
const section = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
if (!window.location.pathname.endsWith("/site/rules.html") || !section?.querySelector(".guide")) return null;
return { url: window.location.href, lang: document.documentElement.lang,
         title: section.querySelector("h3").textContent };
"""

DOUBLED = {
    "to": "Bob Client <bob@client.example>",
    "subject": "Quarterly report",
    "body": "Hello Bob,\n\nThank you for the the report.\n\nBest regards,\nAlice",
}


class OptionsPageDecidesThreshold(Scenario):
    def test_threshold_errors_only_lets_a_warning_through(self):
        self.assertCoreFinds(DOUBLED, ["repeated-word"])
        self.user.open_options_page()
        self.user.screenshot_tab("options-en")
        self.user.choose_option("#threshold", "error")
        self.user.compose(**DOUBLED)
        self.user.click_send()
        self.assertArrivedOnce(**DOUBLED)
        self.assertFalse(self.user.dialog_open())


class OptionsPageInEachLanguage(Scenario):
    """The options page in Thunderbird in each language: drawn from the
    core's settings (Thunderbird's own reminder setting among them), and
    nothing serious for axe-core. Screenshots: options-<lang>.png."""

    def check_language(self, lang, title):
        self.user.set_storage({"ui_lang": lang})
        self.user.open_options_page()
        self.user.screenshot_tab(f"options-{lang}")
        shown = self.user.in_tab("""
const box = document.getElementById("tb_attachment_reminder");
return { lang: document.documentElement.lang, h1: document.querySelector("h1").textContent,
         reminder: box ? box.checked : null,
         groups: [...document.querySelectorAll("#rules section.category")].length };
""")
        self.assertEqual(shown["lang"], lang)
        self.assertEqual(shown["h1"], title)
        self.assertIs(shown["reminder"], True, "Thunderbird's reminder is on by default")
        self.assertGreaterEqual(shown["groups"], 4)
        self.assertEqual(self.user.run_axe("tab"), [], "axe finds serious problems on the options page")

        # "More about this check" beside a check: its guide, in a tab of its own.
        tabs = self.tb.js(TAB_URLS)
        title = self.user.in_tab("""
const row = document.querySelector('#rules li[data-rule="shouting"]');
row.querySelector("a.rule-link").click();
return row.querySelector(".rule-title").textContent;
""")
        guide, deadline = None, time.monotonic() + 15
        while not guide and time.monotonic() < deadline:
            try:
                guide = self.user.in_tab(GUIDE_SHOWN)
            except Exception:
                pass  # the new tab is still loading
            time.sleep(0.2)
        self.assertIsNotNone(guide, "the guide did not open")
        self.assertTrue(guide["url"].startswith("moz-extension://"), guide["url"])
        self.assertIn(f"/site/rules.html?lang={lang}#shouting", guide["url"])
        self.assertEqual([guide["lang"], guide["title"]], [lang, title])
        self.assertEqual(self.tb.js(TAB_URLS)[:-1], tabs, "the options page stays in its tab")

    def test_english(self):
        self.check_language("en", "presend options")

    def test_russian(self):
        self.check_language("ru", "Настройки presend")

    def test_greek(self):
        self.check_language("el", "Ρυθμίσεις presend")
