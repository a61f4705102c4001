"""What a user does in Thunderbird, done through Marionette: write a message
in a compose window, press Send, read and answer presend's dialog window,
and look at the compose window afterwards. Also test set-up a user does not
do: presend's storage.local, a received message in the Inbox."""
import base64
import json
import os
import time

from harness import ADDON_ID, OUT, ROOT

COMPOSE_WINDOW = "msgcompose"
DIALOG_WINDOW = "mail:extensionPopup"

# presend's windows of type "popup" (mail:extensionPopup) are its dialog and
# the rule reference the dialog's "More about this check" opens (site/ in
# the add-on). Expressions for the open one of each, given its page's URL.
POPUP_PAGE = 'w.document.getElementById("requestFrame")?.currentURI?.spec ?? ""'
IS_REFERENCE = f'(w) => !w.closed && ({POPUP_PAGE}).includes("/site/")'
IS_DIALOG = f'(w) => !w.closed && !({POPUP_PAGE}).includes("/site/")'
DIALOG_POPUP = f'[...Services.wm.getEnumerator("mail:extensionPopup")].find({IS_DIALOG})'
REFERENCE_POPUP = f'[...Services.wm.getEnumerator("mail:extensionPopup")].find({IS_REFERENCE})'

# Runs `code` (a function body) in an extension page: a frame script in its
# remote <browser>, answering through the message manager. `which` picks the
# browser: "dialog" (presend's dialog window) or "tab" (the current tab).
IN_PAGE = r"""
const [code, which] = args;
let browser;
if (which === "dialog" || which === "reference") {
  const popup = which === "dialog" ? DIALOG_POPUP : REFERENCE_POPUP;
  if (!popup) throw new Error(`no presend ${which} window is open`);
  browser = popup.document.getElementById("requestFrame");
} else {
  const tabmail = Services.wm.getMostRecentWindow("mail:3pane").document.getElementById("tabmail");
  browser = tabmail.currentTabInfo.browser;
}
if (!browser || !browser.currentURI?.spec.startsWith("moz-extension:") || browser.webProgress?.isLoadingDocument) {
  throw new Error("the dialog page is still loading");
}
const mm = browser.messageManager;
const id = Math.random().toString(36).slice(2);
const result = new Promise((resolve, reject) => {
  const listener = (msg) => {
    if (msg.data.id !== id) return;
    mm.removeMessageListener("presend-test:result", listener);
    msg.data.error ? reject(new Error(msg.data.error)) : resolve(msg.data.value);
  };
  mm.addMessageListener("presend-test:result", listener);
  // A page that navigated meanwhile loses the frame script: do not wait forever.
  setTimeout(() => reject(new Error("the dialog page did not answer")), 10000);
});
const script = `(async () => {
  try {
    const value = await (async (document, window) => { ${code} })(content.document, content);
    sendAsyncMessage("presend-test:result", { id: ${JSON.stringify(id)}, value });
  } catch (e) {
    sendAsyncMessage("presend-test:result", { id: ${JSON.stringify(id)}, error: String(e) });
  }
})();`;
mm.loadFrameScript("data:application/javascript;charset=utf-8," + encodeURIComponent(script), false);
return await result;
""".replace("DIALOG_POPUP", DIALOG_POPUP).replace("REFERENCE_POPUP", REFERENCE_POPUP)


class Driver:
    def __init__(self, tb):
        self.tb = tb

    # --- presend itself -------------------------------------------------

    def wait_for_presend(self, timeout=30):
        """Waits until presend's background has run and listens for Send
        (it may already be suspended again: the listener stays registered)."""
        ok = self.tb.js(f"""
const {{ ExtensionParent }} = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
for (let i = 0; i < {timeout * 10}; i++) {{
  const ext = ExtensionParent.GlobalManager.getExtension({json.dumps(ADDON_ID)});
  const listening = ext?.persistentListeners?.get("compose")?.has("onBeforeSend");
  if (listening && ["running", "stopped"].includes(ext.backgroundState)) return true;
  await new Promise(r => setTimeout(r, 100));
}}
return false;
""")
        if not ok:
            raise AssertionError("presend's background did not start")

    def set_storage(self, items):
        """Writes presend's storage.local, as its options page would."""
        self.tb.js(f"""
const {{ ExtensionParent }} = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
const {{ ExtensionStorageIDB }} = ChromeUtils.importESModule("resource://gre/modules/ExtensionStorageIDB.sys.mjs");
const ext = ExtensionParent.GlobalManager.getExtension({json.dumps(ADDON_ID)});
const db = await ExtensionStorageIDB.open(ExtensionStorageIDB.getStoragePrincipal(ext));
const changes = await db.set(args[0]);
if (changes) ExtensionStorageIDB.notifyListeners(ext.id, changes);
return true;
""", items)

    # --- the compose window ---------------------------------------------

    def compose(self, *, to, subject, body, html=False, html_body=None):
        """Opens a compose window with a new message and waits until it is
        ready. `html`: in the HTML editor, with `html_body` as the body's
        HTML if given (`body` is then its text)."""
        return self.tb.js("""
const [to, subject, body, html, htmlBody] = args;
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const params = Cc["@mozilla.org/messengercompose/composeparams;1"].createInstance(Ci.nsIMsgComposeParams);
const fields = Cc["@mozilla.org/messengercompose/composefields;1"].createInstance(Ci.nsIMsgCompFields);
fields.to = to; fields.subject = subject;
fields.body = htmlBody ? htmlBody : html ? body.split("\\n").map(l => l.replace(/&/g, "&amp;").replace(/</g, "&lt;")).join("<br>") : body;
params.type = Ci.nsIMsgCompType.New;
params.format = html ? Ci.nsIMsgCompFormat.HTML : Ci.nsIMsgCompFormat.PlainText;
params.identity = MailServices.accounts.getIdentity("id1");
params.composeFields = fields;
MailServices.compose.OpenComposeWindowWithParams(null, params);
const firstLine = body.split("\\n")[0];
for (let i = 0; i < 300; i++) {
  for (const w of Services.wm.getEnumerator("msgcompose")) {
    if (w.document.readyState == "complete" && w.gMsgCompose?.editor &&
        w.document.getElementById("msgSubject").value == subject &&
        w.gMsgCompose.editor.outputToString("text/plain", 0).includes(firstLine)) {
      return true;
    }
  }
  await new Promise(r => setTimeout(r, 50));
}
throw new Error("the compose window did not open");
""", to, subject, body, html, html_body)

    def compose_state(self):
        """What the user sees in the (most recent) compose window."""
        return self.tb.js("""
const w = Services.wm.getMostRecentWindow("msgcompose");
if (!w || w.closed) return null;
const editor = w.gMsgCompose.editor;
return {
  subject: w.document.getElementById("msgSubject").value,
  body: editor.outputToString("text/plain", Ci.nsIDocumentEncoder.OutputLFLineBreak),
  html: w.IsHTMLEditor() ? editor.outputToString("text/html", 0) : null,
  locked: Boolean(w.gWindowLocked),
  readonly: Boolean(editor.flags & Ci.nsIEditor.eEditorReadonlyMask),
};
""")

    def _switch_to(self, url_part):
        for handle in self.tb.m.command("WebDriver:GetWindowHandles"):
            self.tb.m.command("WebDriver:SwitchToWindow", {"handle": handle})
            if url_part in self.tb.js("return window.location.href"):
                return handle
        raise AssertionError(f"no window with {url_part}")

    def _switch_to_dialog(self):
        """Makes presend's dialog window (not the reference's) the one
        Marionette acts in."""
        for handle in self.tb.m.command("WebDriver:GetWindowHandles"):
            self.tb.m.command("WebDriver:SwitchToWindow", {"handle": handle})
            if self.tb.js(f"const w = window; return ({IS_DIALOG})(w) && "
                          'w.location.href.includes("extensionPopup.xhtml")'):
                return handle
        raise AssertionError("presend's dialog window is not open")

    def _click(self, css):
        found = self.tb.m.command("WebDriver:FindElement", {"using": "css selector", "value": css})["value"]
        self.tb.m.command("WebDriver:ElementClick", {"id": next(iter(found.values()))})
        # The click may close that window: run later scripts in the main window.
        self._switch_to("messenger.xhtml")

    def click_send(self):
        """Clicks the compose window's Send button (a real click)."""
        self._switch_to("messengercompose.xhtml")
        self._click("#button-send")

    def click_send_before_a_prompt(self):
        """Presses Send when Thunderbird will ask its own question: its prompt
        spins a nested event loop until answered, which a WebDriver click
        would wait for, so the button is clicked from a timer instead."""
        self.tb.js("""
const w = Services.wm.getMostRecentWindow("msgcompose");
w.setTimeout(() => w.document.getElementById("button-send").click(), 0);
return true;
""")

    def click_check_now(self):
        """Clicks presend's "Check now" button in the compose toolbar."""
        self._switch_to("messengercompose.xhtml")
        self._click(f'toolbarbutton[data-extensionid="{ADDON_ID}"]')

    def type_into_subject(self, text):
        self._switch_to("messengercompose.xhtml")
        found = self.tb.m.command("WebDriver:FindElement", {"using": "css selector", "value": "#msgSubject"})["value"]
        self.tb.m.command("WebDriver:ElementSendKeys", {"id": next(iter(found.values())), "text": text})
        self._switch_to("messenger.xhtml")

    def compose_window_open(self):
        return self.tb.js("""
return [...Services.wm.getEnumerator("msgcompose")].some(w => !w.closed);
""")

    # --- presend's dialog window ------------------------------------------

    def dialog_open(self):
        return self.tb.js(f"return Boolean({DIALOG_POPUP});")

    def _in_page(self, code, which, attempts=3):
        # A page still loading, or one whose frame script was lost to a
        # navigation, is asked again: `code` here only reads or clicks once.
        for attempt in range(attempts):
            try:
                return self.tb.js(IN_PAGE, code, which)
            except Exception as error:
                transient = "still loading" in str(error) or "did not answer" in str(error)
                if not transient or attempt == attempts - 1:
                    raise
                time.sleep(0.5)

    def in_dialog(self, code):
        return self._in_page(code, "dialog")

    def in_tab(self, code):
        return self._in_page(code, "tab")

    def open_options_page(self):
        """Opens presend's options page in a Thunderbird tab, as Add-ons
        Manager → presend → Options does, and waits until it is drawn."""
        self.tb.js(f"""
const {{ ExtensionParent }} = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
const ext = ExtensionParent.GlobalManager.getExtension({json.dumps(ADDON_ID)});
const url = ext.baseURI.resolve(ext.manifest.options_ui.page);
const win = Services.wm.getMostRecentWindow("mail:3pane");
win.document.getElementById("tabmail").openTab("contentTab", {{ url }});
return url;
""")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if self.in_tab('return document.querySelectorAll("#threshold option").length > 0 '
                               '&& document.querySelector("h1").textContent.trim() !== ""'):
                    return
            except Exception:
                pass
            time.sleep(0.2)
        raise AssertionError("the options page did not appear")

    def choose_option(self, css, value):
        """Chooses `value` in a <select> of the options page (current tab),
        as a user would, and waits until the page says it saved."""
        self.in_tab(f"""
const select = document.querySelector({json.dumps(css)});
document.getElementById("status").textContent = "";
select.focus();
select.value = {json.dumps(value)};
select.dispatchEvent(new Event("input", {{ bubbles: true }}));
select.dispatchEvent(new Event("change", {{ bubbles: true }}));
for (let i = 0; i < 50 && !document.getElementById("status").textContent; i++) {{
  await new Promise(r => window.setTimeout(r, 100));
}}
if (!document.getElementById("status").textContent) throw new Error("the options page did not save");
return true;
""")

    def _snapshot(self, name, window_js, browser_js):
        """Saves a PNG of the page in a <browser> of a Thunderbird window to
        tests/e2e/out/NAME.png. `window_js` is an expression for the window,
        `browser_js` one for its <browser>, given `win`."""
        data = self.tb.js(f"""
const win = {window_js};
const browser = {browser_js};
const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, "white");
const canvas = win.document.createElementNS("http://www.w3.org/1999/xhtml", "canvas");
canvas.width = bitmap.width; canvas.height = bitmap.height;
canvas.getContext("2d").drawImage(bitmap, 0, 0);
return canvas.toDataURL("image/png");
""")
        os.makedirs(OUT, exist_ok=True)
        path = os.path.join(OUT, f"{name}.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(data.split(",", 1)[1]))
        return path

    def screenshot_tab(self, name):
        """Saves a PNG of the main window's current tab to tests/e2e/out/NAME.png."""
        return self._snapshot(
            name,
            'Services.wm.getMostRecentWindow("mail:3pane")',
            'win.document.getElementById("tabmail").currentTabInfo.browser',
        )

    def wait_for_dialog(self, timeout=20):
        """Waits for presend's dialog, and for its window to take its final
        height (the page sizes it to what it shows), and returns what it
        shows."""
        deadline = time.monotonic() + timeout
        last_error = None
        while time.monotonic() < deadline:
            if self.dialog_open():
                try:
                    shown = self.read_dialog()
                    if shown and shown["title"]:
                        return self.wait_for_fitted_dialog()
                except Exception as error:  # the page is still loading
                    last_error = error
            time.sleep(0.2)
        raise AssertionError(f"presend's dialog did not appear ({last_error})")

    def read_dialog(self):
        """What the dialog shows: title, summary line, notes, the cards (one
        per place in the letter) and each finding in them (`text` is its
        card's whole text, excerpt included), the buttons."""
        return self.in_dialog("""
const dialog = document.querySelector("dialog.presend-dialog[open]");
if (!dialog) return null;
const text = (el) => el ? el.textContent.trim() : "";
return {
  lang: document.documentElement.lang,
  windowTitle: document.title,
  title: text(dialog.querySelector("h2")),
  summary: text(dialog.querySelector(".summary")),
  notes: [...dialog.querySelectorAll("header .note")].map(text),
  undo: text(dialog.querySelector(".undo-bar")),
  topics: [...dialog.querySelectorAll("section.topic h3")].map(text),
  cards: [...dialog.querySelectorAll("li.card")].map(card => ({
    rules: [...card.querySelectorAll("li.finding")].map(li => li.dataset.rule),
    excerpt: text(card.querySelector(".excerpt")),
    excerptLang: card.querySelector(".excerpt")?.lang ?? "",
  })),
  findings: [...dialog.querySelectorAll("li.finding")].map(li => ({
    rule: li.dataset.rule,
    severity: [...li.classList].find(c => ["error", "warning", "info"].includes(c)),
    message: text(li.querySelector(".message")),
    text: li.closest("li.card").textContent,
    fix: text(li.querySelector("button.fix")),
  })),
  buttons: [...dialog.querySelectorAll(".dialog-buttons button")].map(b => text(b)),
};
""")

    def click_in_dialog(self, css):
        """Clicks a button of the dialog with a real mouse click: Marionette
        moves the pointer over it in the dialog window and presses. The
        window fits itself to its page when the page changes (a finding
        turned off shortens it): the click waits, up to 3 s, until the
        button lies inside the window, as a user waits for it to settle."""
        deadline = time.monotonic() + 3
        while True:
            box = self.in_dialog(f"""
const button = document.querySelector("dialog.presend-dialog[open] " + {json.dumps(css)});
if (!button) throw new Error("no button " + {json.dumps(css)});
button.scrollIntoView({{ block: "nearest" }}); // as a user scrolls to it
const box = button.getBoundingClientRect();
return {{ x: box.left + box.width / 2, y: box.top + box.height / 2 }};
""")
            self._switch_to_dialog()
            window = self.tb.js("""
const rect = document.getElementById("requestFrame").getBoundingClientRect();
return { x: rect.left, y: rect.top, width: window.innerWidth, height: window.innerHeight };
""")
            x, y = round(window["x"] + box["x"]), round(window["y"] + box["y"])
            if (0 <= x < window["width"] and 0 <= y < window["height"]) or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        self.tb.m.command("WebDriver:PerformActions", {"actions": [{
            "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
            "actions": [
                {"type": "pointerMove", "x": x, "y": y, "origin": "viewport", "duration": 0},
                {"type": "pointerDown", "button": 0},
                {"type": "pointerUp", "button": 0},
            ]}]})
        try:
            self.tb.m.command("WebDriver:ReleaseActions")
        except Exception:
            pass  # the click closed the window already
        # The click may close the window: run later scripts in the main window.
        self._switch_to("messenger.xhtml")

    def wait_dialog_closed(self, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.dialog_open():
                return True
            time.sleep(0.1)
        return False

    def screenshot_dialog(self, name):
        """Saves a PNG of the dialog page to tests/e2e/out/NAME.png."""
        return self._snapshot(
            name,
            DIALOG_POPUP,
            'win.document.getElementById("requestFrame")',
        )

    def wait_for_reference(self, timeout=20):
        """Waits for the rule reference window ("More about this check") to
        show a check, and returns where it is and what it shows there."""
        deadline = time.monotonic() + timeout
        last_error = None
        while time.monotonic() < deadline:
            try:
                shown = self._in_page("""
const id = decodeURIComponent(window.location.hash.slice(1));
const section = id ? document.getElementById(id) : null;
if (!section || !section.querySelector(".guide")) return null;
const box = section.getBoundingClientRect();
return {
  url: window.location.href,
  lang: document.documentElement.lang,
  title: section.querySelector("h3").textContent,
  guide: section.querySelector(".guide").textContent,
  atTop: box.top >= 0 && box.top < window.innerHeight / 2,
  focused: document.activeElement === section,
};
""", "reference", attempts=1)
                if shown:
                    return shown
            except Exception as error:  # not open or still loading
                last_error = error
            time.sleep(0.2)
        raise AssertionError(f"the rule reference did not show a check ({last_error})")

    def screenshot_reference(self, name):
        """Saves a PNG of the rule reference window to tests/e2e/out/NAME.png."""
        return self._snapshot(name, REFERENCE_POPUP, 'win.document.getElementById("requestFrame")')

    def close_reference_window(self):
        self.tb.js(f"{REFERENCE_POPUP}.close(); return true;")

    def close_dialog_window(self):
        """Closes the dialog window as the window manager's close button would."""
        self.tb.js(f"{DIALOG_POPUP}.close(); return true;")

    def wait_for_notice(self, timeout=10):
        """The text of presend's most recent notification (Thunderbird's
        alert), or fails."""
        text = self.tb.js("""
const deadline = Date.now() + args[0] * 1000;
while (Date.now() < deadline) {
  for (const w of Services.wm.getEnumerator(null)) {
    // A window still being built has no document element yet: skip it
    // this round, as a closed one.
    if (w.closed || !w.document?.documentElement) continue;
    const type = w.document.documentElement.getAttribute("windowtype");
    if (type === "alert:alert") {
      const text = w.document.getElementById("alertTextLabel")?.textContent;
      if (text) return text;
    }
  }
  await new Promise(r => setTimeout(r, 100));
}
return null;
""", timeout)
        if text is None:
            raise AssertionError("presend showed no notice")
        return text

    def receive_message(self, *, sender, subject, date, body):
        """Puts a message into the Local Folders Inbox, as if it had arrived."""
        raw = (f"From - {time.strftime('%a %b %d %H:%M:%S %Y', time.gmtime())}\n"
               f"From: {sender}\nTo: Alice Example <alice@example.com>\nSubject: {subject}\n"
               f"Date: {date}\nMessage-ID: <{int(time.time() * 1000)}@client.example>\n"
               f"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n{body}\n")
        self.tb.js("""
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const root = MailServices.accounts.localFoldersServer.rootFolder;
let inbox = root.getChildNamed("Inbox");
if (!inbox) inbox = root.QueryInterface(Ci.nsIMsgLocalMailFolder).createLocalSubfolder("Inbox");
inbox.QueryInterface(Ci.nsIMsgLocalMailFolder).addMessage(args[0]);
return true;
""", raw)

    def reply_to_last_received(self, text):
        """Opens a reply to the newest Inbox message and types `text` above the quote."""
        self.tb.js("""
const [text] = args;
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const inbox = MailServices.accounts.localFoldersServer.rootFolder.getChildNamed("Inbox");
const headers = [...inbox.msgDatabase.enumerateMessages()];
const header = headers[headers.length - 1];
const identity = MailServices.accounts.getIdentity("id1");
MailServices.compose.OpenComposeWindow(null, header, inbox.getUriForMsg(header),
  Ci.nsIMsgCompType.Reply, Ci.nsIMsgCompFormat.Default, identity, null, null);
for (let i = 0; i < 300; i++) {
  for (const w of Services.wm.getEnumerator("msgcompose")) {
    if (w.document.readyState == "complete" && w.gMsgCompose?.editor &&
        w.gMsgCompose.editor.outputToString("text/plain", 0).includes("invoice")) {
      await new Promise(r => setTimeout(r, 200));
      w.gMsgCompose.editor.beginningOfDocument();
      w.gMsgCompose.editor.insertText(text + "\\n\\n");
      return true;
    }
  }
  await new Promise(r => setTimeout(r, 50));
}
throw new Error("the reply window did not open");
""", text)

    def presend_background_running(self):
        return self.tb.js(f"""
const {{ ExtensionParent }} = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
const ext = ExtensionParent.GlobalManager.getExtension({json.dumps(ADDON_ID)});
return Boolean(ext && ext.backgroundState === "running");
""")

    def outbox_count(self):
        """How many messages wait in the Outbox (Thunderbird's "Unsent Messages")."""
        return self.tb.js("""
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const root = MailServices.accounts.localFoldersServer.rootFolder;
const outbox = root.getFolderWithFlags(Ci.nsMsgFolderFlags.Queue);
return outbox ? outbox.getTotalMessages(false) : 0;
""")

    def wait_background_suspended(self, timeout=20):
        """Waits until Thunderbird has suspended presend's idle event page."""
        return self.tb.js(f"""
const {{ ExtensionParent }} = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
const ext = ExtensionParent.GlobalManager.getExtension({json.dumps(ADDON_ID)});
for (let i = 0; i < {timeout * 10}; i++) {{
  if (ext.backgroundState === "stopped") return true;
  await new Promise(r => setTimeout(r, 100));
}}
return false;
""")

    def press_key_in_dialog(self, key):
        """Presses a key (WebDriver key code, e.g. "\\ue00c" for Escape) in
        the dialog window, through the real keyboard event path."""
        self._switch_to_dialog()
        try:
            self.tb.m.command("WebDriver:PerformActions", {"actions": [{
                "type": "key", "id": "keyboard",
                "actions": [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]})
        except Exception as error:
            if "no such window" not in str(error):
                raise  # (the key down closed the window before its key up)
        try:
            self.tb.m.command("WebDriver:ReleaseActions")
        except Exception:
            pass  # the key closed the window already
        self._switch_to("messenger.xhtml")

    # --- Thunderbird's own questions (not presend's) ----------------------

    def thunderbird_prompts(self):
        """The text of each of Thunderbird's own prompts now open (e.g. "Did
        you forget to add an attachment?", "Your message doesn't have a
        subject")."""
        return self.tb.js("""
const out = [];
for (const w of Services.wm.getEnumerator(null)) {
  if (!w.closed && w.location.href === "chrome://global/content/commonDialog.xhtml") {
    const body = w.document.getElementById("infoBody");
    const text = (body?.textContent || body?.value || "").trim();
    if (text) out.push(text); // (still loading otherwise)
  }
}
return out;
""")

    def wait_for_thunderbird_prompt(self, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            prompts = self.thunderbird_prompts()
            if prompts:
                return prompts
            time.sleep(0.2)
        raise AssertionError("Thunderbird asked nothing")

    def answer_thunderbird_prompt(self, button):
        """Clicks a button of Thunderbird's open prompt: 0 is its first
        ("No, Send Now", "Send Without Subject"), 1 its second ("Oh, I
        did!", "Cancel Sending")."""
        self.tb.js("""
const w = [...Services.wm.getEnumerator(null)].find(
  (w) => !w.closed && w.location.href === "chrome://global/content/commonDialog.xhtml");
if (!w) throw new Error("no prompt of Thunderbird is open");
const dialog = w.document.querySelector("dialog");
dialog.getButton(args[0] === 0 ? "accept" : "cancel").click();
return true;
""", button)

    def attachment_reminder_bar_shown(self, timeout=5):
        """Whether Thunderbird's attachment reminder bar shows in the compose
        window (it checks the text half a second after a change)."""
        return self.tb.js("""
const deadline = Date.now() + args[0] * 1000;
const w = Services.wm.getMostRecentWindow("msgcompose");
while (Date.now() < deadline) {
  if (w.gComposeNotification.getNotificationWithValue("attachmentReminder")) return true;
  await new Promise(r => setTimeout(r, 100));
}
return false;
""", timeout)

    # --- the file picker and the compose window's state --------------------

    def pick_files_next(self, paths):
        """Makes the next file picker Thunderbird opens choose `paths` at
        once, as a user picking those files would (a stand-in for the
        system's picker, which a headless Thunderbird cannot show)."""
        self.tb.js("""
Services.prefs.setStringPref("presend.test.picks", JSON.stringify(args[0]));
const registrar = Components.manager.QueryInterface(Ci.nsIComponentRegistrar);
const cid = Components.ID("{5d3f8a1e-3b7c-4e8e-9a55-70f0c6d2b1a4}");
if (registrar.isCIDRegistered(cid)) return true;
const files = () => JSON.parse(Services.prefs.getStringPref("presend.test.picks", "[]")).map((path) => {
  const file = Cc["@mozilla.org/file/local;1"].createInstance(Ci.nsIFile);
  file.initWithPath(path);
  return file;
});
function Picker() {}
Picker.prototype = {
  QueryInterface: ChromeUtils.generateQI(["nsIFilePicker"]),
  init(context, title, mode) { this.mode = mode; },
  appendFilters() {}, appendFilter() {}, appendRawFilter() {},
  defaultString: "", defaultExtension: "", filterIndex: 0, displayDirectory: null,
  displaySpecialDirectory: "", addToRecentDocs: false, okButtonLabel: "",
  get file() { return files()[0]; },
  get fileURL() { return Services.io.newFileURI(files()[0]); },
  get files() { return files().values(); },
  get domFileOrDirectory() { return null; },
  get domFileOrDirectoryEnumerator() { return null; },
  isModeSupported() { return true; },
  open(callback) { Services.tm.dispatchToMainThread(() => callback.done(Ci.nsIFilePicker.returnOK)); },
  close() {},
};
registrar.registerFactory(cid, "presend test file picker", "@mozilla.org/filepicker;1", {
  createInstance(iid) { return new Picker().QueryInterface(iid); },
  QueryInterface: ChromeUtils.generateQI(["nsIFactory"]),
});
return true;
""", paths)

    def compose_attachments(self):
        """The names of the files attached in the compose window."""
        return self.tb.js("""
const w = Services.wm.getMostRecentWindow("msgcompose");
return [...w.gAttachmentBucket.itemChildren].map((item) => item.attachment.name);
""")

    def compose_selection(self):
        """The text selected in the compose window's editor, and whether
        the compose window and its editor have the focus."""
        return self.tb.js("""
const w = Services.wm.getMostRecentWindow("msgcompose");
const editor = w.gMsgCompose.editor;
return {
  selected: editor.selection.toString(),
  windowFocused: Services.focus.activeWindow === w,
  editorFocused: Services.focus.focusedElement === w.document.getElementById("messageEditor"),
};
""")

    def wait_for_selection(self, text, timeout=5):
        """Waits until `text` is selected in the compose editor; returns
        compose_selection() as it is then."""
        deadline = time.monotonic() + timeout
        while True:
            selection = self.compose_selection()
            if selection["selected"] == text or time.monotonic() > deadline:
                return selection
            time.sleep(0.1)

    def run_axe(self, which="dialog"):
        """Runs axe-core (node_modules/axe-core) on presend's dialog page or
        the current tab; returns the serious and critical violations as
        [{id, impact, help, targets}]."""
        with open(os.path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), encoding="utf-8") as f:
            axe = f.read()
        return self._in_page("""
// In a sandbox that sees the page itself (no X-rays), so axe reads the page
// as the page's own scripts would; the page's CSP does not apply to it.
const sandbox = Components.utils.Sandbox(window, { sandboxPrototype: window, wantXrays: false });
Components.utils.evalInSandbox(AXE_SOURCE, sandbox);
const json = await Components.utils.evalInSandbox(`
  window.axe.run(document, { resultTypes: ["violations", "passes"] }).then((r) => JSON.stringify({
    checked: r.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    violations: r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) })),
  }))`, sandbox);
const result = JSON.parse(json);
if (!result.checked) throw new Error("axe found nothing to check");
return result.violations;
""".replace("AXE_SOURCE", json.dumps(axe)), which)

    def wait_for_fitted_dialog(self, timeout=10):
        """Waits until the dialog window has taken its final height (the page
        sizes it to what it shows) and returns what the dialog shows."""
        last = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            height = self.in_dialog("return window.outerHeight")
            if height == last:
                return self.read_dialog()
            last = height
            time.sleep(0.4)
        return self.read_dialog()

    def close_compose_window(self):
        """Closes the compose window without saving (a test's clean-up between two drafts)."""
        self.tb.js("""
const windows = [...Services.wm.getEnumerator("msgcompose")];
for (const w of windows) w.close();
for (let i = 0; i < 100 && windows.some((w) => !w.closed); i++) await new Promise((r) => setTimeout(r, 50));
return true;
""")
