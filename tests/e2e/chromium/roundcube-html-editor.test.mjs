// Roundcube with the HTML (TinyMCE) editor: clean draft, dialog, Go back, Send
// anyway, keyboard only.

import { sendFlowTests } from "./lib/roundcube-send-flow.mjs";

sendFlowTests("html");
