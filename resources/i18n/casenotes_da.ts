<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>The notebook was locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The notebook is damaged. Stop working in it, restore a backup or contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizens yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizens you work with will be listed here with their programme, next follow-up and last contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes stay as they are; only the password that opens them changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenPage</name>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a citizen in the caseload to see the profile in their own words, shared goals, meeting notes and progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Casenotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is stored on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notebook open · locks after %n min without activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Casenotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casenotes %1&lt;/h3&gt;&lt;p&gt;The offline, encrypted case notebook for caseworkers in Danish jobcentres.&lt;/p&gt;&lt;p&gt;Your notes are stored encrypted (SQLCipher, AES-256) on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Casenotes – reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the notebook was created, then choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search profiles, notes, goals and reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the notebook holds citizens, one search here finds them and everything written about them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking then needs no password on this computer; the auto-lock still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock automatically after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the encryption of every page, the structure and the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up. Everything is stored on this computer only; end-to-end encrypted sync with your other devices is set up here once your municipality has a sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in order (verified %1 at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook is damaged. Stop working in it, restore a backup or contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the key; type the password instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Casenotes – create your notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this computer (unlock without typing the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available here: %1 You will type the password when you open the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your encrypted notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write about the citizens is stored encrypted on this computer. Choose a password only you know. A sentence works well: length matters more than symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the password, the recovery key is the only way back into your notes. It is shown only this once. Print it or write it down, and keep it somewhere safe, not with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casenotes recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this page safe. With it, a new password can be set for your notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a longer sentence is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: a sentence of four or five words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Casenotes – unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot the password? Use the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to open your cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct (attempt %n). Check Caps Lock and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in this folder yet. Create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in this folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is mistyped: check each group of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged and was not opened. Nothing was changed; restore a backup or contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file vault.json is damaged or has been altered. Nothing was changed; contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was made by a newer version of the program. Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters, ideally a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>No keychain could be loaded on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only keychain here stores passwords in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain the program can use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
