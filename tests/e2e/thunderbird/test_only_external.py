""""Only check mail to people outside my organisation": a draft to a
colleague (the sender's own domain or a listed internal domain) goes out
unchecked; the same draft to a client still opens the dialog."""
from scenario import CONTRACT, Scenario

TO_COLLEAGUE = dict(CONTRACT, to="Carol Colleague <carol@example.com>")  # the sender's domain
TO_SISTER_COMPANY = dict(CONTRACT, to="Dan Partner <dan@sister.example>")


class OnlyExternalMail(Scenario):
    def setUp(self):
        super().setUp()
        self.user.set_storage({"only_external": True, "internal_domains": ["sister.example"]})

    def test_internal_mail_is_not_checked(self):
        self.user.compose(**TO_COLLEAGUE)
        self.user.click_send()
        self.assertArrivedOnce(**TO_COLLEAGUE)
        self.assertFalse(self.user.dialog_open())

    def test_listed_internal_domain_is_not_checked(self):
        self.user.compose(**TO_SISTER_COMPANY)
        self.user.click_send()
        self.assertArrivedOnce(**TO_SISTER_COMPANY)
        self.assertFalse(self.user.dialog_open())

    def test_external_mail_is_still_checked(self):
        self.user.compose(**CONTRACT)
        self.user.click_send()
        shown = self.user.wait_for_dialog()
        self.assertIn("forgotten-attachment", [f["rule"] for f in shown["findings"]])
        self.user.click_in_dialog("button.back")
        self.assertNothingSent()
