"""presend's failure paths in Thunderbird, each as a user meets it: the
checker slower than its limit, the core failing to load, and the dialog
window closed from outside (the window manager). In each the compose window
is not left locked, nothing is sent by surprise or lost, and the user can
send."""
import os
import time
import zipfile

from harness import XPI
from scenario import CONTRACT, Scenario


class SlowCheckerNeverHoldsTheSend(Scenario):
    def test_checker_slower_than_its_limit_sends_with_a_notice(self):
        # Every check would take 20 s; the limit is half a second.
        self.user.set_storage({"test_checker_delay_ms": 20000, "check_timeout_ms": 500})
        self.user.compose(**CONTRACT)
        pressed = time.monotonic()
        self.user.click_send()
        self.assertArrivedOnce(**CONTRACT)
        print(f"  checker slower than its 500 ms limit: sent {time.monotonic() - pressed:.1f} s after Send"
              " (incl. 1 s duplicate wait)")
        self.assertFalse(self.user.dialog_open())
        self.assertIn("could not check", self.user.wait_for_notice())


def damaged_copy(scratch):
    """presend's add-on with its WASM core damaged, as a failed update or a
    broken disk would leave it."""
    path = os.path.join(scratch, "presend-damaged.xpi")
    with zipfile.ZipFile(XPI) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "wasm/presend_bg.wasm":
                data = b"this is not a WebAssembly module"
            target.writestr(item, data)
    return path


class CoreFailsToLoad(Scenario):
    def addon(self, scratch):
        return damaged_copy(scratch)

    def test_send_goes_out_once_with_a_notice(self):
        self.user.compose(**CONTRACT)
        self.user.click_send()
        self.assertArrivedOnce(**CONTRACT)
        self.assertFalse(self.user.dialog_open())
        self.assertIn("could not check", self.user.wait_for_notice())


class DialogClosedByTheWindowManager(Scenario):
    def test_compose_unlocked_draft_kept_and_the_user_can_send(self):
        self.user.compose(**CONTRACT)
        before = self.user.compose_state()
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.close_dialog_window()
        self.assertTrue(self.user.wait_dialog_closed())
        self.assertNothingSent()
        after = self.user.compose_state()
        self.assertIsNotNone(after, "the compose window was closed")
        self.assertFalse(after["locked"], "the compose window is still locked")
        self.assertFalse(after["readonly"])
        self.assertEqual(after["subject"], before["subject"])
        self.assertEqual(after["body"].strip(), before["body"].strip(), "the draft changed")
        # The send is not lost: Send again asks again, and Send anyway sends it once.
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.click_in_dialog("button.send")
        self.assertArrivedOnce(**CONTRACT)
