"""What a user does in Thunderbird, done through Marionette: write a message
in a compose window, press Send, read and answer presend's dialog window,
and look at the compose window afterwards. Also test set-up a user does not
do: presend's storage.local, a received message in the Inbox."""
import base64
import json
import os
import time

from harness import ADDON_ID, OUT

COMPOSE_WINDOW = "msgcompose"
DIALOG_WINDOW = "mail:extensionPopup"

# Runs `code` (a function body) in an extension page: a frame script in its
# remote <browser>, answering through the message manager. `which` picks the
# browser: "dialog" (presend's dialog window) or "tab" (the current tab).
IN_PAGE = r"""
const [code, which] = args;
let browser;
if (which === "dialog") {
  const popup = [...Services.wm.getEnumerator("mail:extensionPopup")].find(w => !w.closed);
  if (!popup) throw new Error("no presend dialog window is open");
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
"""


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

    def _click(self, css):
        found = self.tb.m.command("WebDriver:FindElement", {"using": "css selector", "value": css})["value"]
        self.tb.m.command("WebDriver:ElementClick", {"id": next(iter(found.values()))})
        # The click may close that window: run later scripts in the main window.
        self._switch_to("messenger.xhtml")

    def click_send(self):
        """Clicks the compose window's Send button (a real click)."""
        self._switch_to("messengercompose.xhtml")
        self._click("#button-send")

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
        return self.tb.js("""
return [...Services.wm.getEnumerator("mail:extensionPopup")].some(w => !w.closed);
""")

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
        """Waits for presend's dialog and returns what it shows."""
        deadline = time.monotonic() + timeout
        last_error = None
        while time.monotonic() < deadline:
            if self.dialog_open():
                try:
                    shown = self.read_dialog()
                    if shown and shown["title"]:
                        return shown
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
        moves the pointer over it in the dialog window and presses."""
        box = self.in_dialog(f"""
const button = document.querySelector("dialog.presend-dialog[open] " + {json.dumps(css)});
if (!button) throw new Error("no button " + {json.dumps(css)});
const box = button.getBoundingClientRect();
return {{ x: box.left + box.width / 2, y: box.top + box.height / 2 }};
""")
        self._switch_to("extensionPopup.xhtml")
        offset = self.tb.js("""
const rect = document.getElementById("requestFrame").getBoundingClientRect();
return { x: rect.left, y: rect.top };
""")
        x, y = round(offset["x"] + box["x"]), round(offset["y"] + box["y"])
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
            '[...Services.wm.getEnumerator("mail:extensionPopup")].find(w => !w.closed)',
            'win.document.getElementById("requestFrame")',
        )

    def close_dialog_window(self):
        """Closes the dialog window as the window manager's close button would."""
        self.tb.js("""
const popup = [...Services.wm.getEnumerator("mail:extensionPopup")].find(w => !w.closed);
popup.close();
return true;
""")

    def wait_for_notice(self, timeout=10):
        """The text of presend's most recent notification (Thunderbird's
        alert), or fails."""
        text = self.tb.js("""
const deadline = Date.now() + args[0] * 1000;
while (Date.now() < deadline) {
  for (const w of Services.wm.getEnumerator(null)) {
    if (w.closed || !w.document) continue;
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
        self._switch_to("extensionPopup.xhtml")
        self.tb.m.command("WebDriver:PerformActions", {"actions": [{
            "type": "key", "id": "keyboard",
            "actions": [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]})
        try:
            self.tb.m.command("WebDriver:ReleaseActions")
        except Exception:
            pass  # the key closed the window already
        self._switch_to("messenger.xhtml")
