"""A fresh Thunderbird profile for the end-to-end tests: one identity whose
outgoing server is the SMTP sink on 127.0.0.1, no network of any other kind,
Marionette on a local port, and the presend add-on installed unsigned."""
import json
import os
import shutil

IDENTITY_NAME = "Alice Example"
IDENTITY_EMAIL = "alice@example.com"


def _pref(name, value):
    return f"user_pref({json.dumps(name)}, {json.dumps(value)});"


def write_profile(folder, *, smtp_port, marionette_port, xpi, addon_id, compose_html=False, extra_prefs=None):
    os.makedirs(os.path.join(folder, "extensions"), exist_ok=True)
    shutil.copyfile(xpi, os.path.join(folder, "extensions", f"{addon_id}.xpi"))
    prefs = {
        # One account with one identity, sending through the sink.
        "mail.accountmanager.accounts": "account1,account2",
        "mail.accountmanager.defaultaccount": "account1",
        "mail.accountmanager.localfoldersserver": "server2",
        "mail.account.account1.server": "server1",
        "mail.account.account1.identities": "id1",
        "mail.server.server1.type": "none",
        "mail.server.server1.hostname": "presend-test",
        "mail.server.server1.name": IDENTITY_EMAIL,
        "mail.server.server1.userName": "alice",
        "mail.account.account2.server": "server2",
        "mail.server.server2.type": "none",
        "mail.server.server2.hostname": "Local Folders",
        "mail.server.server2.name": "Local Folders",
        "mail.server.server2.userName": "nobody",
        "mail.identity.id1.fullName": IDENTITY_NAME,
        "mail.identity.id1.useremail": IDENTITY_EMAIL,
        "mail.identity.id1.valid": True,
        "mail.identity.id1.smtpServer": "smtp1",
        "mail.identity.id1.fcc": False,
        "mail.identity.id1.compose_html": compose_html,
        "mail.identity.id1.reply_on_top": 0,
        "mail.smtpservers": "smtp1",
        "mail.smtp.defaultserver": "smtp1",
        "mail.smtpserver.smtp1.hostname": "127.0.0.1",
        "mail.smtpserver.smtp1.port": smtp_port,
        "mail.smtpserver.smtp1.authMethod": 1,
        "mail.smtpserver.smtp1.try_ssl": 0,
        "mail.smtpserver.smtp1.username": "",
        # Thunderbird's own attachment reminder stays at its default (on,
        # "aggressive"): presend is tested living together with it.
        "mail.SpellCheckBeforeSend": False,
        "mail.warn_on_send_accel_key": False,
        # Unsigned add-ons from the profile's extensions/ folder, enabled.
        "extensions.autoDisableScopes": 0,
        "extensions.enabledScopes": 15,
        "xpinstall.signatures.required": False,
        # Quiet first run, no network.
        "mail.shell.checkDefaultClient": False,
        "mailnews.start_page.enabled": False,
        "mail.provider.enabled": False,
        "mail.rights.version": 1,
        "mail.spotlight.firstRunDone": True,
        "mail.winsearch.firstRunDone": True,
        "mailnews.auto_config.guess.enabled": False,
        "mailnews.auto_config.fetchFromISP.enabled": False,
        "mail.cloud_files.enabled": False,
        "app.update.enabled": False,
        "app.update.auto": False,
        "app.update.checkInstallTime": False,
        "extensions.update.enabled": False,
        "extensions.update.autoUpdateDefault": False,
        "extensions.getAddons.cache.enabled": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "datareporting.healthreport.uploadEnabled": False,
        "toolkit.telemetry.enabled": False,
        "toolkit.telemetry.unified": False,
        "toolkit.telemetry.server": "",
        "network.captive-portal-service.enabled": False,
        "network.connectivity-service.enabled": False,
        "offline.autoDetect": False,
        "network.manage-offline-status": False,
        "browser.safebrowsing.malware.enabled": False,
        "browser.safebrowsing.phishing.enabled": False,
        "browser.safebrowsing.downloads.enabled": False,
        "browser.safebrowsing.update.enabled": False,
        "browser.region.update.enabled": False,
        "browser.region.network.url": "",
        "services.settings.server": "data:,#remote-settings-dummy/v1",
        "network.trr.mode": 5,
        "mailnews.headers.showUserAgent": False,
        "mail.biff.show_alert": False,
        "mail.biff.play_sound": False,
        "calendar.integration.notify": False,
        "browser.dom.window.dump.enabled": True,
        "devtools.console.stdout.content": True,
        "devtools.console.stdout.chrome": True,
        "marionette.port": marionette_port,
        # Notifications as Thunderbird's own alert window (not the desktop's
        # notification service, absent here), so a test can read them.
        "alerts.useSystemBackend": False,
    }
    prefs.update(extra_prefs or {})
    with open(os.path.join(folder, "user.js"), "w") as out:
        out.write("\n".join(_pref(k, v) for k, v in prefs.items()) + "\n")
