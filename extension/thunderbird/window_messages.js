// The messages between the dialog window page and the background, in one
// place (Thunderbird only; the shared ones are in shared/protocol.js).
//
// Dialog page -> background:
//   { kind: "tb-dialog-ready", session }            which dialog to show?
//       answered { show: data } (data: openDialog's options) or { close: true };
//       the same each time it is asked (the page reads it straight from
//       the background page when it can: presendDialogFirst(session))
//   { kind: "tb-dialog-answer", session, answer }   the user answered
//       answered like "tb-dialog-ready": the next thing to show, or close
//   { kind: "tb-keep-alive", session }              the dialog is still open:
//       keeps the MV3 background from being suspended meanwhile (each
//       message resets the event page's idle timer, 30 s by default)

export const TbKind = Object.freeze({
  dialogReady: "tb-dialog-ready",
  dialogAnswer: "tb-dialog-answer",
  keepAlive: "tb-keep-alive",
});

/** How often the dialog page pings the background. */
export const KEEP_ALIVE_MS = 2000;
