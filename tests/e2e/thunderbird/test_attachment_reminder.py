"""One question per send, with Thunderbird's own reminders at their
defaults (attachment reminder on and "aggressive"; the empty-subject prompt
has no switch). Thunderbird asks right after presend lets a send through,
so presend leaves to it the questions it will ask itself:

- a draft whose wording Thunderbird's reminder catches ("attached"):
  presend stays silent, Thunderbird asks once;
- a draft only presend catches ("in the attachments", Russian): presend
  asks once, and Thunderbird does not ask after "Send anyway";
- such a draft with another problem too: presend's dialog shows the other
  problem and says Thunderbird asks about the attachment next;
- the user turned Thunderbird's reminder off, and told presend so in its
  options: presend asks about "attached" itself, once.
- an empty subject: Thunderbird's own prompt asks, presend does not."""
from scenario import CONTRACT, Scenario

ATTACHED = {
    "to": "Bob Client <bob@client.example>",
    "subject": "The contract",
    "body": "Hello Bob,\n\nPlease find the contract attached.\n\nBest regards,\nAlice",
}
RUSSIAN = {
    "to": "Борис <boris@client.example>",
    "subject": "Договор",
    "body": "Добрый день, Борис!\n\nДоговор во вложении.\n\nС уважением,\nАлиса",
}
ATTACHED_AND_DOUBLED = dict(
    ATTACHED, body="Hello Bob,\n\nPlease find the contract attached. Thank you for the the report.\n\nBest regards,\nAlice")
NO_SUBJECT = dict(CONTRACT, subject="", body="Hello Bob,\n\nThank you for the report.\n\nBest regards,\nAlice")


class OneQuestionPerSend(Scenario):
    def assertNoPresendDialog(self):
        self.assertFalse(self.user.dialog_open(), "presend asked too")

    def test_thunderbird_catches_it_presend_stays_silent(self):
        self.assertCoreFinds(ATTACHED, ["forgotten-attachment"])
        self.user.compose(**ATTACHED)
        self.assertTrue(self.user.attachment_reminder_bar_shown(), "Thunderbird's reminder bar did not show")
        self.user.click_send_before_a_prompt()
        prompts = self.user.wait_for_thunderbird_prompt()
        self.assertEqual(len(prompts), 1)
        self.assertIn("attachment", prompts[0])
        self.assertNoPresendDialog()
        self.user.answer_thunderbird_prompt(0)  # "No, Send Now"
        self.assertArrivedOnce(**ATTACHED)
        self.assertNoPresendDialog()
        self.assertEqual(self.user.thunderbird_prompts(), [])

    def check_presend_asks_alone(self, draft):
        self.user.compose(**draft)
        self.assertFalse(self.user.attachment_reminder_bar_shown(timeout=2))
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertIn("forgotten-attachment", [f["rule"] for f in shown["findings"]])
        self.assertEqual(shown["notes"], [])
        self.user.click_in_dialog("button.send")
        self.assertArrivedOnce(**draft)
        self.assertEqual(self.user.thunderbird_prompts(), [], "Thunderbird asked again")

    def test_presend_catches_what_thunderbird_does_not(self):
        self.assertCoreFinds(CONTRACT, ["forgotten-attachment"])
        self.check_presend_asks_alone(CONTRACT)

    def test_russian_wording_presend_asks(self):
        self.user.set_storage({"ui_lang": "ru"})
        self.check_presend_asks_alone(RUSSIAN)

    def test_other_problem_presend_shows_it_and_leaves_the_attachment_to_thunderbird(self):
        self.assertCoreFinds(ATTACHED_AND_DOUBLED, ["forgotten-attachment", "repeated-word"])
        self.user.compose(**ATTACHED_AND_DOUBLED)
        self.assertTrue(self.user.attachment_reminder_bar_shown())
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertEqual([f["rule"] for f in shown["findings"]], ["repeated-word"])
        self.assertEqual(len(shown["notes"]), 1)
        self.assertIn("attachment", shown["notes"][0])
        self.user.screenshot_dialog("dialog-en-thunderbird-asks-next")
        self.user.click_in_dialog("button.send")
        prompts = self.user.wait_for_thunderbird_prompt()
        self.assertIn("attachment", prompts[0])
        self.user.answer_thunderbird_prompt(1)  # "Oh, I did!": back to the message
        self.assertNothingSent()
        self.assertFalse(self.user.compose_state()["locked"])

    def test_empty_subject_is_asked_by_thunderbird_only(self):
        self.assertCoreFinds(NO_SUBJECT, ["missing-subject"])
        self.user.compose(**NO_SUBJECT)
        self.user.click_send_before_a_prompt()
        prompts = self.user.wait_for_thunderbird_prompt()
        self.assertIn("subject", prompts[0])
        self.assertNoPresendDialog()
        self.user.answer_thunderbird_prompt(0)  # "Send Without Subject"
        got = self.sink.wait_for(1)
        self.assertEqual(len(got), 1)
        self.assertIn(got[0]["Subject"], (None, ""))
        self.assertNoPresendDialog()


class ReminderTurnedOff(Scenario):
    """Thunderbird's reminder is off (its Composition settings), and presend's
    options say so: presend asks about "attached" itself."""
    extra_prefs = {"mail.compose.attachment_reminder": False}

    def test_presend_asks_when_thunderbird_will_not(self):
        self.user.set_storage({"tb_attachment_reminder": False})
        self.user.compose(**ATTACHED)
        self.assertFalse(self.user.attachment_reminder_bar_shown(timeout=2))
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertIn("forgotten-attachment", [f["rule"] for f in shown["findings"]])
        self.user.click_in_dialog("button.send")
        self.assertArrivedOnce(**ATTACHED)
        self.assertEqual(self.user.thunderbird_prompts(), [])
