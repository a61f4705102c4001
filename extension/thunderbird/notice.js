// One visible line for the user when presend steps aside (the checker
// failed, everything was fixed): a system notification.

const NOTICE_ID = "presend-notice";

export async function showNotice(text) {
  console.log(`presend notice: ${text}`);
  await messenger.notifications.create(NOTICE_ID, {
    type: "basic",
    title: "presend",
    message: text,
    iconUrl: messenger.runtime.getURL("icons/presend.svg"),
  });
}
