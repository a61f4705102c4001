"""Proof 1: a draft with nothing to report is sent at once, without a
dialog, and arrives at the SMTP server as written."""
import time

from scenario import CONTRACT, Scenario

CLEAN = {
    "to": "Bob Client <bob@client.example>",
    "subject": "Meeting on Thursday",
    "body": "Hello Bob,\n\nThursday at 10:00 works for me. See you then.\n\nBest regards,\nAlice",
}


class CleanDraftIsSentWithoutDialog(Scenario):
    def test_clean_draft_arrives_intact_without_dialog(self):
        self.assertCoreFinds(CLEAN, [])
        self.user.compose(**CLEAN)
        pressed = time.monotonic()
        self.user.click_send()
        self.assertArrivedOnce(**CLEAN)
        # No dialog was shown at any point, and the compose window is gone.
        self.assertFalse(self.user.dialog_open())
        self.assertFalse(self.user.compose_window_open())
        print(f"  clean send: {time.monotonic() - pressed:.1f} s from Send to arrival (incl. 1 s duplicate wait)")


# Attaches a file and presses Send at once, as an author who attaches the
# file just before sending; counts the dialog windows opened meanwhile.
ATTACH_AND_SEND = """
const w = Services.wm.getMostRecentWindow("msgcompose");
const main = Services.wm.getMostRecentWindow("mail:3pane");
main.presendDialogsOpened = 0;
const observer = (subject, topic) => {
  if (topic !== "domwindowopened") return;
  subject.addEventListener("load", () => {
    if (subject.document.documentElement.getAttribute("windowtype") === "mail:extensionPopup") {
      main.presendDialogsOpened++;
    }
  }, { once: true });
};
Services.ww.registerNotification(observer);
main.presendStopCounting = () => Services.ww.unregisterNotification(observer);
const file = Services.dirsvc.get("TmpD", Ci.nsIFile);
file.append("contract.pdf");
if (!file.exists()) file.create(Ci.nsIFile.NORMAL_FILE_TYPE, 0o644);
const attachment = w.FileToAttachment(file);
await w.AddAttachments([attachment]);
w.document.getElementById("button-send").click();
return true;
"""


class DraftMadeCleanJustBeforeSend(Scenario):
    """A Send of text already checked and found wanting opens the dialog
    window as its check is looked up (background.js, openAheadIfForetold).
    When the check then finds nothing after all — here the file the letter
    speaks of attached just before Send — the window closes again and the
    mail goes out: no window is left open and nothing is held back."""

    def test_file_attached_just_before_send(self):
        self.assertCoreFinds(CONTRACT, ["forgotten-attachment"])
        self.user.compose(**CONTRACT)
        # A first Send: the dialog asks about the attachment; back to the draft.
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.click_in_dialog("button.back")
        self.assertTrue(self.user.wait_dialog_closed())
        time.sleep(0.5)  # the compose window unlocks

        self.tb.js(ATTACH_AND_SEND)
        message = self.assertArrivedOnce(**CONTRACT)
        self.assertIn("contract.pdf", [part.get_filename() for part in message.walk()])
        time.sleep(1.0)
        opened = self.tb.js('const main = Services.wm.getMostRecentWindow("mail:3pane");'
                            " main.presendStopCounting(); return main.presendDialogsOpened;")
        self.assertFalse(self.user.dialog_open(), "a dialog window was left open")
        self.assertFalse(self.user.compose_window_open())
        print(f"  dialog windows opened (and closed again) on the second Send: {opened}")
