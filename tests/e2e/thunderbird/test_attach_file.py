""""Attach a file…" on a forgotten attachment: the file picker opens, the
picked file is attached to the message (compose.addAttachment), presend
checks again and, with nothing left, steps back; the message then goes out
with the file."""
import os

from scenario import CONTRACT, Scenario


class AttachFromTheDialog(Scenario):
    def test_attach_a_file_from_the_dialog(self):
        self.assertCoreFinds(CONTRACT, ["forgotten-attachment"])
        contract = os.path.join(self.scratch, "contract.pdf")
        with open(contract, "wb") as f:
            f.write(b"%PDF-1.4\n% the signed contract\n")
        self.user.compose(**CONTRACT)
        self.user.click_send()
        self.user.wait_for_dialog()
        self.user.pick_files_next([contract])
        self.user.click_in_dialog('li.card[data-rules~="forgotten-attachment"] button.attach')
        self.assertTrue(self.user.wait_dialog_closed(), "the dialog stayed after the file was attached")
        self.assertEqual(self.user.compose_attachments(), ["contract.pdf"])
        self.assertIn("no problems left", self.user.wait_for_notice())
        self.assertNothingSent(wait=0.5)
        self.user.click_send()
        got = self.sink.wait_for(1)
        self.assertEqual(len(got), 1)
        names = [part.get_filename() for part in got[0].iter_attachments()]
        self.assertEqual(names, ["contract.pdf"])
        self.assertFalse(self.user.dialog_open())
