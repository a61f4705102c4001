// Makes the frame's body the editable message area, as rich editors do.
"use strict";
const editor = document.querySelector("iframe.editor").contentDocument;
editor.body.contentEditable = "true";
