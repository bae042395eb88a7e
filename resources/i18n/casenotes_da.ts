<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>The notebook was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Notesbogen blev låst efter %n minut uden aktivitet.</numerusform>
            <numerusform>Notesbogen blev låst efter %n minutter uden aktivitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notebook is damaged. Stop working in it, restore a backup or contact IT.</source>
        <translation>Notesbogen er beskadiget. Stop arbejdet i den, og gendan en sikkerhedskopi eller kontakt IT.</translation>
    </message>
    <message>
        <source>The notebook is damaged</source>
        <translation>Notesbogen er beskadiget</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Sagsoversigt</translation>
    </message>
    <message>
        <source>No citizens yet</source>
        <translation>Ingen borgere endnu</translation>
    </message>
    <message>
        <source>The citizens you work with will be listed here with their programme, next follow-up and last contact.</source>
        <translation>De borgere, du arbejder med, vises her med forløb, næste opfølgning og seneste kontakt.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuværende adgangskode</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>N&amp;uværende adgangskode</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Skift adgangskode</translation>
    </message>
    <message>
        <source>Your notes stay as they are; only the password that opens them changes.</source>
        <translation>Dine notater forbliver, som de er; kun adgangskoden, der åbner dem, skifter.</translation>
    </message>
</context>
<context>
    <name>CitizenPage</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>No citizen chosen</source>
        <translation>Ingen borger valgt</translation>
    </message>
    <message>
        <source>Choose a citizen in the caseload to see the profile in their own words, shared goals, meeting notes and progress.</source>
        <translation>Vælg en borger i sagsoversigten for at se profilen med borgerens egne ord, fælles mål, samtalenotater og progression.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Sagsoversigt</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Search the caseload</source>
        <translation>&amp;Søg i sagerne</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Casenotes</source>
        <translation>&amp;Om Casenotes</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Synkronisering: ikke sat op</translation>
    </message>
    <message>
        <source>Everything is stored on this computer only.</source>
        <translation>Alt gemmes kun på denne computer.</translation>
    </message>
    <message numerus="yes">
        <source>Notebook open · locks after %n min without activity</source>
        <translation>
            <numerusform>Notesbogen er åben · låses efter %n min. uden aktivitet</numerusform>
            <numerusform>Notesbogen er åben · låses efter %n min. uden aktivitet</numerusform>
        </translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>Adgangskoden er skiftet.</translation>
    </message>
    <message>
        <source>About Casenotes</source>
        <translation>Om Casenotes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casenotes %1&lt;/h3&gt;&lt;p&gt;The offline, encrypted case notebook for caseworkers in Danish jobcentres.&lt;/p&gt;&lt;p&gt;Your notes are stored encrypted (SQLCipher, AES-256) on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casenotes %1&lt;/h3&gt;&lt;p&gt;Den krypterede notesbog til sagsbehandlere i jobcentre – virker også uden netværk.&lt;/p&gt;&lt;p&gt;Dine notater gemmes krypteret (SQLCipher, AES-256) på denne computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Ny adgangskode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>Repeat the password</source>
        <translation>Gentag adgangskoden</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Gentag adgangskode</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Show or hide the password (Alt+V)</source>
        <translation>Vis eller skjul adgangskoden (Alt+V)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Lås efter minutter uden aktivitet</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Casenotes – reset the password</source>
        <translation>Casenotes – nulstil adgangskoden</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Gendannelses&amp;nøgle</translation>
    </message>
    <message>
        <source>&amp;Set password and unlock</source>
        <translation>&amp;Gem adgangskode og lås op</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Nulstil adgangskoden</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the notebook was created, then choose a new password.</source>
        <translation>Skriv den gendannelsesnøgle, du skrev ned, da notesbogen blev oprettet, og vælg derefter en ny adgangskode.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search profiles, notes, goals and reflections</source>
        <translation>Søg i profiler, notater, mål og refleksioner</translation>
    </message>
    <message>
        <source>Nothing to search yet</source>
        <translation>Intet at søge i endnu</translation>
    </message>
    <message>
        <source>When the notebook holds citizens, one search here finds them and everything written about them.</source>
        <translation>Når notesbogen rummer borgere, finder én søgning her dem og alt, hvad der er skrevet om dem.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Remember the key on this computer</source>
        <translation>Husk nøglen på denne computer</translation>
    </message>
    <message>
        <source>Unlocking then needs no password on this computer; the auto-lock still applies.</source>
        <translation>Så kræver det ingen adgangskode at åbne notesbogen på denne computer; den låses stadig automatisk.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Lås efter minutter uden aktivitet</translation>
    </message>
    <message>
        <source>&amp;Lock automatically after</source>
        <translation>&amp;Lås automatisk efter</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>S&amp;kift adgangskode…</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>Lås &amp;nu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation>&amp;Programmets sprog</translation>
    </message>
    <message>
        <source>The new language is used the next time the program starts.</source>
        <translation>Det nye sprog bruges, næste gang programmet starter.</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notesbog</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>&amp;Verify the notebook</source>
        <translation>&amp;Kontrollér notesbogen</translation>
    </message>
    <message>
        <source>Checks the encryption of every page, the structure and the access log.</source>
        <translation>Kontrollerer krypteringen af hver side, strukturen og adgangsloggen.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Not set up. Everything is stored on this computer only; end-to-end encrypted sync with your other devices is set up here once your municipality has a sync server.</source>
        <translation>Ikke sat op. Alt gemmes kun på denne computer. Når kommunen har en synkroniseringsserver, sættes end-to-end-krypteret synkronisering med dine andre enheder op her.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <source>Everything is in order (verified %1 at %2).</source>
        <translation>Alt er i orden (kontrolleret %1 kl. %2).</translation>
    </message>
    <message>
        <source>The notebook is damaged. Stop working in it, restore a backup or contact IT.</source>
        <translation>Notesbogen er beskadiget. Stop arbejdet i den, og gendan en sikkerhedskopi eller kontakt IT.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key; type the password instead.</source>
        <translation>Nøgleringen ville ikke gemme nøglen; skriv adgangskoden i stedet.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Casenotes – create your notebook</source>
        <translation>Casenotes – opret din notesbog</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer (unlock without typing the password)</source>
        <translation>&amp;Husk på denne computer (lås op uden at skrive adgangskoden)</translation>
    </message>
    <message>
        <source>Not available here: %1 You will type the password when you open the program.</source>
        <translation>Ikke muligt her: %1 Du skriver adgangskoden, når du åbner programmet.</translation>
    </message>
    <message>
        <source>&amp;Create notebook</source>
        <translation>&amp;Opret notesbog</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Create your encrypted notebook</source>
        <translation>Opret din krypterede notesbog</translation>
    </message>
    <message>
        <source>Everything you write about the citizens is stored encrypted on this computer. Choose a password only you know. A sentence works well: length matters more than symbols.</source>
        <translation>Alt, hvad du skriver om borgerne, gemmes krypteret på denne computer. Vælg en adgangskode, som kun du kender. En sætning er god: længde betyder mere end specialtegn.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Gendannelsesnøgle: %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Opretter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or printed it</source>
        <translation>Jeg har &amp;skrevet gendannelsesnøglen ned eller udskrevet den</translation>
    </message>
    <message>
        <source>&amp;Open the notebook</source>
        <translation>Å&amp;bn notesbogen</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <source>If you forget the password, the recovery key is the only way back into your notes. It is shown only this once. Print it or write it down, and keep it somewhere safe, not with the computer.</source>
        <translation>Hvis du glemmer adgangskoden, er gendannelsesnøglen den eneste vej tilbage til dine notater. Den vises kun denne ene gang. Udskriv den eller skriv den ned, og opbevar den et sikkert sted – ikke sammen med computeren.</translation>
    </message>
    <message>
        <source>Casenotes recovery key</source>
        <translation>Gendannelsesnøgle til Casenotes</translation>
    </message>
    <message>
        <source>Keep this page safe. With it, a new password can be set for your notebook.</source>
        <translation>Opbevar denne side sikkert. Med den kan der sættes en ny adgangskode til din notesbog.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Udskriv gendannelsesnøglen</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindst %n tegn.</numerusform>
            <numerusform>Mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation>Svag: tilføj et par ord mere.</translation>
    </message>
    <message>
        <source>Fair: a longer sentence is safer.</source>
        <translation>Middel: en længere sætning er mere sikker.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>God.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stærk.</translation>
    </message>
    <message>
        <source>Tip: a sentence of four or five words is easy to remember and hard to guess.</source>
        <translation>Tip: en sætning på fire-fem ord er let at huske og svær at gætte.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Casenotes – unlock</source>
        <translation>Casenotes – lås op</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Husk på denne computer</translation>
    </message>
    <message>
        <source>&amp;Forgot the password? Use the recovery key…</source>
        <translation>&amp;Glemt adgangskoden? Brug gendannelsesnøglen…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Unlock your notebook</source>
        <translation>Lås din notesbog op</translation>
    </message>
    <message>
        <source>Type your password to open your cases.</source>
        <translation>Skriv din adgangskode for at åbne dine sager.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Skriv først din adgangskode.</translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct (attempt %n). Check Caps Lock and try again.</source>
        <translation>
            <numerusform>Adgangskoden er forkert (%n. forsøg). Tjek Caps Lock, og prøv igen.</numerusform>
            <numerusform>Adgangskoden er forkert (%n. forsøg). Tjek Caps Lock, og prøv igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange forkerte forsøg. Prøv igen om %n sekund.</numerusform>
            <numerusform>For mange forkerte forsøg. Prøv igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet. Create one first.</source>
        <translation>Der er endnu ingen notesbog i denne mappe. Opret en først.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; nothing was changed.</source>
        <translation>Der findes allerede en notesbog i denne mappe; intet er ændret.</translation>
    </message>
    <message>
        <source>The password is not correct. Check Caps Lock and try again.</source>
        <translation>Adgangskoden er forkert. Tjek Caps Lock, og prøv igen.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>Gendannelsesnøglen passer ikke til denne notesbog.</translation>
    </message>
    <message>
        <source>The recovery key is mistyped: check each group of characters.</source>
        <translation>Gendannelsesnøglen er skrevet forkert: tjek hver gruppe af tegn.</translation>
    </message>
    <message>
        <source>The vault is damaged and was not opened. Nothing was changed; restore a backup or contact IT.</source>
        <translation>Notesbogen er beskadiget og blev ikke åbnet. Intet er ændret; gendan en sikkerhedskopi eller kontakt IT.</translation>
    </message>
    <message>
        <source>The key file vault.json is damaged or has been altered. Nothing was changed; contact IT.</source>
        <translation>Nøglefilen vault.json er beskadiget eller ændret. Intet er ændret; kontakt IT.</translation>
    </message>
    <message>
        <source>The vault was made by a newer version of the program. Update the program.</source>
        <translation>Notesbogen er lavet med en nyere version af programmet. Opdatér programmet.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Notesbogen er låst.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment before trying again.</source>
        <translation>For mange forkerte forsøg. Vent lidt, før du prøver igen.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters, ideally a sentence.</source>
        <translation>Adgangskoden er for kort: brug mindst 8 tegn, gerne en sætning.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>No keychain could be loaded on this computer.</source>
        <translation>Der kunne ikke indlæses en nøglering på denne computer.</translation>
    </message>
    <message>
        <source>The only keychain here stores passwords in a plain file.</source>
        <translation>Den eneste nøglering her gemmer adgangskoder i en ukrypteret fil.</translation>
    </message>
    <message>
        <source>This computer has no keychain the program can use.</source>
        <translation>Denne computer har ingen nøglering, programmet kan bruge.</translation>
    </message>
</context>
</TS>
