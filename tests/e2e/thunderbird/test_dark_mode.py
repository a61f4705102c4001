"""With the system in dark mode the dialog is dark too (light text on a
dark background). Screenshot: dialog-en-dark.png."""
import re

from scenario import CONTRACT, Scenario


def luminance(css_color):
    r, g, b = (int(v) for v in re.findall(r"\d+", css_color)[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


class DarkModeDialog(Scenario):
    extra_prefs = {"ui.systemUsesDarkTheme": 1}

    def test_dialog_follows_dark_mode(self):
        self.user.compose(**CONTRACT)
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.screenshot_dialog("dialog-en-dark")
        colors = self.user.in_dialog("""
const style = window.getComputedStyle(document.querySelector("dialog.presend-dialog"));
return { background: style.backgroundColor, text: style.color };
""")
        self.assertLess(luminance(colors["background"]), 0.3, colors)
        self.assertGreater(luminance(colors["text"]), 0.7, colors)
        self.user.click_in_dialog("button.back")
        self.assertNothingSent(wait=0.5)
