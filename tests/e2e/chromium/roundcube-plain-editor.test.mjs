// Roundcube with the plain-text editor: clean draft, dialog, Go back, Send
// anyway, keyboard only.

import { sendFlowTests } from "./lib/roundcube-send-flow.mjs";

sendFlowTests("plain");
