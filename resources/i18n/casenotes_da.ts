<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>My plan (PDF)</source>
        <translation>Min plan (PDF)</translation>
    </message>
    <message>
        <source>Network map (picture)</source>
        <translation>Netværkskort (billede)</translation>
    </message>
    <message>
        <source>Progress chart (picture)</source>
        <translation>Graf over fremskridt (billede)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON (for machines)</source>
        <translation>JSON (til maskiner)</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>En aftale</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>En aktivitet</translation>
    </message>
    <message>
        <source>A consent's expiry</source>
        <translation>Et samtykkes udløb</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafer</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Samtalen</translation>
    </message>
    <message>
        <source>Corrects the note of</source>
        <translation>Retter notatet fra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Samarbejdspartner</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Vurderet af</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>New responsible caseworker</source>
        <translation>Ny sagsbehandler</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>a scale set no longer in the program</source>
        <translation>en skala, der ikke længere findes i programmet</translation>
    </message>
</context>
<context>
    <name>AccessLogTab</name>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
</context>
<context>
    <name>ActivityRow</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Hvem gør det</translation>
    </message>
    <message>
        <source>e.g. work placement in the bakery, 2 × 3 hours</source>
        <translation>fx praktik i bageriet, 2 × 3 timer</translation>
    </message>
    <message>
        <source>Actor or name</source>
        <translation>Aktør eller navn</translation>
    </message>
    <message>
        <source>Name of who does it</source>
        <translation>Navn på den, der gør det</translation>
    </message>
    <message>
        <source>The citizen's actors from the network tab, or type a name or role</source>
        <translation>Borgerens aktører fra fanen Netværk, eller skriv et navn eller en rolle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> t/uge</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer om ugen</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Hvordan det gik</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>e.g. Psykiatrisk Center Nord, Netto Aalborg</source>
        <translation>fx Psykiatrisk Center Nord, Netto Aalborg</translation>
    </message>
    <message>
        <source>Name of the person you talk to</source>
        <translation>Navnet på den, du taler med</translation>
    </message>
    <message>
        <source>What this actor does for the citizen</source>
        <translation>Hvad aktøren gør for borgeren</translation>
    </message>
</context>
<context>
    <name>ActorList</name>
    <message>
        <source>Actors</source>
        <translation>Aktører</translation>
    </message>
    <message>
        <source>no valid consent</source>
        <translation>intet gyldigt samtykke</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>What was agreed</source>
        <translation>Hvad der blev aftalt</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>With a date the agreement appears on the follow-up list</source>
        <translation>Med en dato kommer aftalen på opfølgningslisten</translation>
    </message>
</context>
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
        <source>Restoring the backup. Do not turn off the computer…</source>
        <translation>Sikkerhedskopien gendannes. Sluk ikke computeren…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>The backup is restored. Type the password the notebook had when the backup was made.</source>
        <translation>Sikkerhedskopien er gendannet. Skriv den adgangskode, notesbogen havde, da sikkerhedskopien blev taget.</translation>
    </message>
    <message>
        <source>The previous notebook is kept in %1.</source>
        <translation>Den tidligere notesbog ligger i %1.</translation>
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
    <name>BackupDialog</name>
    <message>
        <source>Back up the notebook</source>
        <translation>Tag en sikkerhedskopi af notesbogen</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sikkerhedskopifil</translation>
    </message>
    <message>
        <source>A backup pass&amp;word (you choose it now)</source>
        <translation>En adgangs&amp;kode, du vælger nu</translation>
    </message>
    <message>
        <source>The notebook's recover&amp;y key</source>
        <translation>Notesbogens gen&amp;dannelsesnøgle</translation>
    </message>
    <message>
        <source>Backup &amp;password</source>
        <translation>&amp;Adgangskode til sikkerhedskopien</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Gendannelses&amp;nøgle</translation>
    </message>
    <message>
        <source>Anyone who has both the file and the recovery key can open it: keep them apart.</source>
        <translation>Den, der har både filen og gendannelsesnøglen, kan åbne den: opbevar dem hver for sig.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sikkerhedskopiér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Protect with</source>
        <translation>Beskyt med</translation>
    </message>
    <message>
        <source>The backup is one encrypted file with everything in the notebook as it is now. Keep it on another drive. It opens with the backup password you choose here, or with the notebook's recovery key.</source>
        <translation>Sikkerhedskopien er én krypteret fil med alt i notesbogen, som det er nu. Gem den på et andet drev. Den åbnes med den adgangskode, du vælger her, eller med notesbogens gendannelsesnøgle.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Gem sikkerhedskopien som</translation>
    </message>
    <message>
        <source>Casenotes backups (*%1)</source>
        <translation>Casenotes-sikkerhedskopier (*%1)</translation>
    </message>
    <message>
        <source>Writing the backup and reading it back to check it…</source>
        <translation>Sikkerhedskopien skrives og læses igen for at kontrollere den…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Click to put the message away</source>
        <translation>Klik for at lukke beskeden</translation>
    </message>
</context>
<context>
    <name>BeliefChart</name>
    <message>
        <source>Belief in a job over time</source>
        <translation>Troen på et job over tid</translation>
    </message>
    <message>
        <source>Belief in a job</source>
        <translation>Troen på et job</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>gap now: none, you agree</source>
        <translation>forskel nu: ingen, I er enige</translation>
    </message>
    <message numerus="yes">
        <source>gap now: you rate %n step(s) higher</source>
        <translation>
            <numerusform>forskel nu: du vurderer %n trin højere</numerusform>
            <numerusform>forskel nu: du vurderer %n trin højere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gap now: the citizen rates %n step(s) higher</source>
        <translation>
            <numerusform>forskel nu: borgeren vurderer %n trin højere</numerusform>
            <numerusform>forskel nu: borgeren vurderer %n trin højere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeliefPanel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Belief ratings</source>
        <translation>Vurderinger af troen på job</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> af 10</translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation>Dato for vurderingen</translation>
    </message>
    <message>
        <source>In the citizen's words, or why you rate it so</source>
        <translation>Med borgerens ord, eller hvorfor du vurderer sådan</translation>
    </message>
    <message>
        <source>&amp;Add rating</source>
        <translation>&amp;Tilføj vurdering</translation>
    </message>
    <message>
        <source>Who rates</source>
        <translation>Hvem vurderer</translation>
    </message>
    <message>
        <source>How likely is a job (1-10)</source>
        <translation>Hvor sandsynligt er et job (1-10)</translation>
    </message>
    <message>
        <source>Belief matters: rate, at each follow-up, how likely the citizen thinks a job is, and how likely you think it is. The gap between the two is worth talking about.</source>
        <translation>Troen betyder noget: vurdér ved hver opfølgning, hvor sandsynligt borgeren synes, et job er, og hvor sandsynligt du synes, det er. Forskellen mellem de to er værd at tale om.</translation>
    </message>
    <message numerus="yes">
        <source>Gap: %n step(s)</source>
        <translation>
            <numerusform>Forskel: %n trin</numerusform>
            <numerusform>Forskel: %n trin</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Ingen vurderinger endnu.</translation>
    </message>
</context>
<context>
    <name>BeliefQuestions</name>
    <message>
        <source>Belief in a job</source>
        <translation>Tro på job</translation>
    </message>
    <message>
        <source>The citizen's own belief in getting a job</source>
        <translation>Borgerens egen tro på at komme i job</translation>
    </message>
    <message>
        <source>Your estimate of the citizen's chance of a job</source>
        <translation>Din vurdering af borgerens chance for et job</translation>
    </message>
    <message>
        <source>Asked at follow-up meetings. Saved with the note as belief ratings dated as the meeting.</source>
        <translation>Spørg ved opfølgningssamtaler. Gemmes med notatet som vurderinger af troen på job, dateret som samtalen.</translation>
    </message>
    <message>
        <source>The citizen's own belief (1-10)</source>
        <translation>Borgerens egen tro (1-10)</translation>
    </message>
    <message>
        <source>Your estimate (1-10)</source>
        <translation>Din vurdering (1-10)</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> af 10</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Sagsoversigt</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;Ny borger…</translation>
    </message>
    <message>
        <source>Create a citizen (Ctrl+N)</source>
        <translation>Opret en borger (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name, CPR or programme</source>
        <translation>Filtrér på navn, CPR-nummer eller forløb</translation>
    </message>
    <message>
        <source>Filter the caseload</source>
        <translation>Filtrér sagsoversigten</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive sager</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Afsluttede sager</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle sager</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Hvilke sager</translation>
    </message>
    <message>
        <source>Follow-up &amp;due this week</source>
        <translation>Opfølgning &amp;denne uge</translation>
    </message>
    <message>
        <source>No citizens yet</source>
        <translation>Ingen borgere endnu</translation>
    </message>
    <message>
        <source>Create the first citizen with “New citizen” (Ctrl+N). They will be listed here with their programme, next follow-up and last contact.</source>
        <translation>Opret den første borger med »Ny borger« (Ctrl+N). Borgerne vises her med forløb, næste opfølgning og seneste kontakt.</translation>
    </message>
    <message>
        <source>No citizens match the filter.</source>
        <translation>Ingen borgere passer til filteret.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The follow-up date has passed</source>
        <translation>Opfølgningsdatoen er overskredet</translation>
    </message>
</context>
<context>
    <name>CaseworkerPanel</name>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation>Over&amp;drag…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Overdragelser</translation>
    </message>
    <message>
        <source>Responsible caseworker:</source>
        <translation>Ansvarlig sagsbehandler:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke angivet)</translation>
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
    <name>CitizenFileTabs</name>
    <message>
        <source>Sections of the citizen's file</source>
        <translation>Afsnit i borgerens sag</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overblik</translation>
    </message>
    <message>
        <source>In their o&amp;wn words</source>
        <translation>Med borgerens &amp;egne ord</translation>
    </message>
    <message>
        <source>&amp;Goals and plan</source>
        <translation>&amp;Mål og plan</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Samt&amp;aler</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>&amp;Refleksion</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netværk</translation>
    </message>
    <message>
        <source>Progr&amp;ess</source>
        <translation>Progress&amp;ion</translation>
    </message>
    <message>
        <source>&amp;Function and accommodations</source>
        <translation>&amp;Funktion og skånehensyn</translation>
    </message>
    <message>
        <source>&amp;Belief in a job</source>
        <translation>&amp;Tro på job</translation>
    </message>
    <message>
        <source>&amp;Caseworker</source>
        <translation>Sags&amp;behandler</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>Adgangs&amp;log</translation>
    </message>
</context>
<context>
    <name>CitizenHeader</name>
    <message>
        <source>Sho&amp;w CPR</source>
        <translation>&amp;Vis CPR</translation>
    </message>
    <message>
        <source>Shows the full CPR number; this is recorded in the access log</source>
        <translation>Viser hele CPR-nummeret; det registreres i adgangsloggen</translation>
    </message>
    <message>
        <source>&amp;Copy CPR</source>
        <translation>Kop&amp;iér CPR</translation>
    </message>
    <message>
        <source>Copy the full CPR number (%1). The clipboard is cleared after 30 seconds; the copy is recorded in the access log</source>
        <translation>Kopiér hele CPR-nummeret (%1). Udklipsholderen ryddes efter 30 sekunder; kopieringen registreres i adgangsloggen</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>F&amp;ortryd ændringer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>G&amp;em</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
    <message>
        <source>My &amp;plan (PDF)…</source>
        <translation>Min &amp;plan (PDF)…</translation>
    </message>
    <message>
        <source>Save the citizen's plan as a PDF to print or hand over</source>
        <translation>Gem borgerens plan som PDF til udskrift eller udlevering</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>&amp;Mere</translation>
    </message>
    <message>
        <source>Access export as PDF…</source>
        <translation>Indsigt som PDF…</translation>
    </message>
    <message>
        <source>Everything stored about the citizen and who has seen it, for an access request</source>
        <translation>Alt, der er gemt om borgeren, og hvem der har set det – til en anmodning om indsigt</translation>
    </message>
    <message>
        <source>Access export as JSON…</source>
        <translation>Indsigt som JSON…</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>&amp;Overdrag til kollega…</translation>
    </message>
    <message>
        <source>Send the whole file, encrypted, to a colleague who takes over the citizen</source>
        <translation>Send hele borgerens sag krypteret til en kollega, der overtager borgeren</translation>
    </message>
    <message>
        <source>&amp;Load receipt from file…</source>
        <translation>&amp;Indlæs kvittering fra fil…</translation>
    </message>
    <message>
        <source>The colleague's receipt for a handover saved as a file; your copy is then deleted</source>
        <translation>Kollegaens kvittering for en overdragelse gemt som fil; din kopi slettes derefter</translation>
    </message>
    <message>
        <source>&amp;Withdraw the handover…</source>
        <translation>&amp;Træk overdragelsen tilbage…</translation>
    </message>
    <message>
        <source>Take back a handover that has not reached the colleague</source>
        <translation>Tag en overdragelse tilbage, som ikke er nået frem til kollegaen</translation>
    </message>
    <message>
        <source>Delete citizen permanently…</source>
        <translation>Slet borger permanent…</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <source>Fill in at least the name, then save (Ctrl+S).</source>
        <translation>Udfyld som minimum navnet, og gem (Ctrl+S).</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>seneste kontakt %1</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>Genåbn &amp;sag</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>Afslut &amp;sag</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
</context>
<context>
    <name>CitizenPage</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>The citizen's file could not be opened.</source>
        <translation>Borgerens sag kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Throw away the changes you have not saved?</source>
        <translation>Vil du kassere de ændringer, du ikke har gemt?</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Afslut sag</translation>
    </message>
    <message>
        <source>Close the case? It can be reopened later.</source>
        <translation>Vil du afslutte sagen? Den kan genåbnes senere.</translation>
    </message>
    <message>
        <source>Nothing to save on this tab: everything here is saved.</source>
        <translation>Intet at gemme på denne fane: alt her er gemt.</translation>
    </message>
</context>
<context>
    <name>ColleagueHandoverDialog</name>
    <message>
        <source>Hand over to a colleague</source>
        <translation>Overdrag til kollega</translation>
    </message>
    <message>
        <source>Hand %1's file to a colleague</source>
        <translation>Overdrag sagen for %1 til en kollega</translation>
    </message>
    <message>
        <source>The whole file goes, sealed so that only the colleague can open it. Your copy is deleted when the colleague has confirmed receiving it; until then nothing is lost.</source>
        <translation>Hele sagen sendes, forseglet så kun kollegaen kan åbne den. Din kopi slettes, når kollegaen har kvitteret for modtagelsen; indtil da går intet tabt.</translation>
    </message>
    <message>
        <source>For example: the citizen moved to your district</source>
        <translation>For eksempel: borgeren er flyttet til dit distrikt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Kept in the citizen's history of handovers.</source>
        <translation>Gemmes i borgerens historik over overdragelser.</translation>
    </message>
    <message>
        <source>Include my re&amp;flection log</source>
        <translation>Medtag min re&amp;fleksionslog</translation>
    </message>
    <message>
        <source>Your reflections are your own thoughts about the work; leave them out unless they help</source>
        <translation>Dine refleksioner er dine egne tanker om arbejdet; udelad dem, medmindre de hjælper kollegaen</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Overdrag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Save as &amp;file for USB…</source>
        <translation>Gem som &amp;fil til USB…</translation>
    </message>
    <message>
        <source>For when there is no connection: the sealed file goes to the colleague on a USB stick</source>
        <translation>Når der ikke er forbindelse: den krypterede sag gives til kollegaen på en USB-nøgle</translation>
    </message>
    <message>
        <source>Save the handover for a USB stick</source>
        <translation>Gem overdragelsen til en USB-nøgle</translation>
    </message>
    <message>
        <source>Handover files (*.cntransfer)</source>
        <translation>Overdragelsesfiler (*.cntransfer)</translation>
    </message>
    <message>
        <source>Choose the colleague who takes over the file:</source>
        <translation>Vælg den kollega, der overtager sagen:</translation>
    </message>
    <message>
        <source>Your own security number (for a colleague to compare): %1</source>
        <translation>Dit eget sikkerhedsnummer (som en kollega sammenligner med): %1</translation>
    </message>
</context>
<context>
    <name>ColleagueList</name>
    <message>
        <source>Fetching the colleagues from the sync server…</source>
        <translation>Henter kollegerne fra synkroniseringsserveren…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Kolleger</translation>
    </message>
    <message>
        <source>No colleague is in the sync server's directory yet: a colleague appears after their first sync.</source>
        <translation>Der er endnu ingen kolleger i synkroniseringsserverens katalog: en kollega vises efter sin første synkronisering.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. A handover to a colleague you have handed a file to before waits here, sealed, and is sent when it can be reached; or save it as a file:</source>
        <translation>Synkroniseringsserveren kan ikke nås. En overdragelse til en kollega, du har overdraget til før, venter her, forseglet, og sendes, når serveren kan nås; eller gem den som fil:</translation>
    </message>
    <message>
        <source>Sync is not set up on this computer.</source>
        <translation>Synkronisering er ikke sat op på denne computer.</translation>
    </message>
    <message>
        <source>You can save the handover as a file for a colleague you have handed a file to before:</source>
        <translation>Du kan gemme overdragelsen som fil til en kollega, du har overdraget en sag til før:</translation>
    </message>
    <message>
        <source>Sync is not set up on this computer, and colleagues are reached through the sync server. Set it up first: Sync → Set up sync…</source>
        <translation>Synkronisering er ikke sat op på denne computer, og kolleger nås gennem synkroniseringsserveren. Sæt den op først: Synkronisering → Opsæt synkronisering…</translation>
    </message>
</context>
<context>
    <name>ColleagueModel</name>
    <message>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>Security number</source>
        <translation>Sikkerhedsnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First handover: compare the number</source>
        <translation>Første overdragelse: sammenlign nummeret</translation>
    </message>
    <message>
        <source>⚠ Number changed</source>
        <translation>⚠ Nummeret er ændret</translation>
    </message>
    <message>
        <source>Compared before</source>
        <translation>Sammenlignet før</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>The value on this computer</source>
        <translation>Værdien på denne computer</translation>
    </message>
    <message>
        <source>The value from the other device</source>
        <translation>Værdien fra den anden enhed</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Resultatet</translation>
    </message>
    <message>
        <source>Keep &amp;this computer's</source>
        <translation>Behold &amp;denne computers</translation>
    </message>
    <message>
        <source>Use the &amp;other device's</source>
        <translation>Brug den &amp;anden enheds</translation>
    </message>
    <message>
        <source>&amp;Save the result</source>
        <translation>&amp;Gem resultatet</translation>
    </message>
    <message>
        <source>Save the text in the result field (Ctrl+Enter)</source>
        <translation>Gem teksten i resultatfeltet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No conflicts. Everything that was changed in two places has been merged.</source>
        <translation>Ingen konflikter. Alt, der blev ændret to steder, er flettet sammen.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>På denne computer</translation>
    </message>
    <message>
        <source>From the other device</source>
        <translation>Fra den anden enhed</translation>
    </message>
    <message>
        <source>Result (edit it to combine both)</source>
        <translation>Resultat (ret det for at forene begge)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Changed in two places</source>
        <translation>Ændret to steder</translation>
    </message>
    <message>
        <source>The same field was changed here and on another device. Until you choose, the record keeps this computer's value. Nothing is lost: both values are shown here.</source>
        <translation>Det samme felt er ændret her og på en anden enhed. Indtil du vælger, beholder sagen denne computers værdi. Intet går tabt: begge værdier vises her.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>ConsentEntry</name>
    <message>
        <source>e.g. the psychiatrist's statement on how many hours a week the citizen can work</source>
        <translation>fx psykiaterens vurdering af, hvor mange timer om ugen borgeren kan arbejde</translation>
    </message>
    <message>
        <source>e.g. to plan a work placement with suitable hours</source>
        <translation>fx for at planlægge en praktik med passende timetal</translation>
    </message>
    <message>
        <source>The citizen's consent (Retssikkerhedsloven § 11 c)</source>
        <translation>Borgerens samtykke (retssikkerhedsloven § 11 c)</translation>
    </message>
    <message>
        <source>The citizen's consent (Forvaltningsloven § 28, stk. 2)</source>
        <translation>Borgerens samtykke (forvaltningsloven § 28, stk. 2)</translation>
    </message>
    <message>
        <source>Too general. A consent must name the information, e.g. 'the GP's statement on sleep and medication'. 'All relevant information' is not a valid consent.</source>
        <translation>For generelt. Et samtykke skal nævne oplysningerne, fx »lægens vurdering af søvn og medicin«. »Alle relevante oplysninger« er ikke et gyldigt samtykke.</translation>
    </message>
    <message>
        <source>Too general. Name what the information is for, e.g. 'to plan a work placement'. 'Case work' is not a purpose the citizen can take a stand on.</source>
        <translation>For generelt. Skriv, hvad oplysningerne skal bruges til, fx »at planlægge en praktik«. »Sagsbehandling« er ikke et formål, borgeren kan tage stilling til.</translation>
    </message>
    <message>
        <source>A consent must be specific: which information, to or from whom, and for what. The citizen must be able to see what they agree to. A general consent is not valid.</source>
        <translation>Et samtykke skal være konkret: hvilke oplysninger, til eller fra hvem, og til hvad. Borgeren skal kunne se, hvad de siger ja til. Et generelt samtykke er ikke gyldigt.</translation>
    </message>
</context>
<context>
    <name>ConsentWarning</name>
    <message>
        <source>No valid consent</source>
        <translation>Intet gyldigt samtykke</translation>
    </message>
    <message>
        <source>No valid consent covers sharing this information with %1 on this date, this way.</source>
        <translation>Intet gyldigt samtykke dækker, at disse oplysninger deles med %1 på denne dato og i denne retning.</translation>
    </message>
    <message>
        <source>Without consent, information may only be shared where the law allows it. If it has already been shared, record that truthfully with the reason. Whatever you choose is recorded in the access log.</source>
        <translation>Uden samtykke må oplysninger kun deles, hvor loven giver hjemmel til det. Er de allerede delt, så skriv det, som det var, med begrundelsen. Uanset hvad du vælger, registreres det i adgangsloggen.</translation>
    </message>
    <message>
        <source>Share anyway: the law allows it</source>
        <translation>Del alligevel: loven giver hjemmel</translation>
    </message>
    <message>
        <source>It was already shared…</source>
        <translation>Det er allerede delt…</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Del ikke</translation>
    </message>
    <message>
        <source>Shared without consent</source>
        <translation>Delt uden samtykke</translation>
    </message>
    <message>
        <source>Why was the information shared without a valid consent? (e.g. the actor called and it was said before consent was checked)</source>
        <translation>Hvorfor blev oplysningerne delt uden et gyldigt samtykke? (fx ringede aktøren, og det blev sagt, før samtykket var tjekket)</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Withdraw cons&amp;ent…</source>
        <translation>Tilbage&amp;kald samtykke…</translation>
    </message>
    <message>
        <source>Record co&amp;nsent</source>
        <translation>Registrér s&amp;amtykke</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nyt samtykke</translation>
    </message>
    <message>
        <source>The consent was not recorded. See the fields marked in red.</source>
        <translation>Samtykket blev ikke registreret. Se felterne markeret med rødt.</translation>
    </message>
    <message>
        <source>The consent was recorded.</source>
        <translation>Samtykket er registreret.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Tilbagekald samtykke</translation>
    </message>
    <message>
        <source>The citizen withdraws this consent. It stops covering contacts from today, %1.</source>
        <translation>Borgeren tilbagekalder dette samtykke. Det dækker ikke kontakter fra i dag, %1.</translation>
    </message>
    <message>
        <source>The consent was withdrawn.</source>
        <translation>Samtykket er tilbagekaldt.</translation>
    </message>
</context>
<context>
    <name>ContactEntry</name>
    <message>
        <source>What you talked about or agreed</source>
        <translation>Hvad I talte om eller aftalte</translation>
    </message>
    <message>
        <source>Which information was given or received. Leave empty if none was.</source>
        <translation>Hvilke oplysninger blev givet eller modtaget? Lad feltet stå tomt, hvis ingen blev.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Contact log</source>
        <translation>Kontaktlog</translation>
    </message>
    <message>
        <source>Log cont&amp;act</source>
        <translation>Log k&amp;ontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>The contact was logged.</source>
        <translation>Kontakten er logget.</translation>
    </message>
    <message>
        <source>Nothing was logged as shared, and your choice is in the access log. Record a consent first, or remove the shared information from the contact.</source>
        <translation>Intet blev logget som delt, og dit valg står i adgangsloggen. Registrér først et samtykke, eller fjern de delte oplysninger fra kontakten.</translation>
    </message>
    <message>
        <source>The contact was logged, marked as shared without consent, with your reason.</source>
        <translation>Kontakten er logget og markeret som delt uden samtykke, med din begrundelse.</translation>
    </message>
    <message>
        <source>The contact was logged. That information was shared without consent is recorded.</source>
        <translation>Kontakten er logget. Det er registreret, at der blev delt oplysninger uden samtykke.</translation>
    </message>
</context>
<context>
    <name>CoordinationPanel</name>
    <message>
        <source>Add someone around the citizen (Ctrl+Shift+N)</source>
        <translation>Tilføj en person eller et sted omkring borgeren (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kontaktlog</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <source>Actors around the citizen</source>
        <translation>Aktører omkring borgeren</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 er gemt.</translation>
    </message>
    <message>
        <source>New ac&amp;tor</source>
        <translation>Ny ak&amp;tør</translation>
    </message>
    <message>
        <source>Sa&amp;ve actor</source>
        <translation>Gem aktø&amp;r</translation>
    </message>
    <message>
        <source>Actor&amp;s</source>
        <translation>Aktører</translation>
    </message>
    <message>
        <source>Networ&amp;k meetings</source>
        <translation>Netværksmø&amp;der</translation>
    </message>
    <message>
        <source>Networ&amp;k meetings (%1)</source>
        <translation>Netværksmø&amp;der (%1)</translation>
    </message>
    <message>
        <source>A&amp;dd actor</source>
        <translation>Tilføj akt&amp;ør</translation>
    </message>
    <message>
        <source>Consents (%1)</source>
        <translation>Samtykker (%1)</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Tilbagekaldt %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Udløbet %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gyldigt til %1</translation>
    </message>
    <message>
        <source>Valid, no end date</source>
        <translation>Gyldigt, uden slutdato</translation>
    </message>
    <message>
        <source>given %1 (%2)</source>
        <translation>givet %1 (%2)</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Formål: %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delt</translation>
    </message>
    <message>
        <source>Shared without consent (warned)</source>
        <translation>Delt uden samtykke (advaret)</translation>
    </message>
    <message>
        <source>Already shared without consent</source>
        <translation>Allerede delt uden samtykke</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Ingen kontakter logget endnu.</translation>
    </message>
    <message>
        <source>Contact log (%1)</source>
        <translation>Kontaktlog (%1)</translation>
    </message>
    <message>
        <source>Nothing shared: no consent needed.</source>
        <translation>Intet delt: der kræves ikke samtykke.</translation>
    </message>
    <message>
        <source>No valid consent covers this. You will be asked before the contact is logged.</source>
        <translation>Intet gyldigt samtykke dækker dette. Du bliver spurgt, før kontakten logges.</translation>
    </message>
    <message>
        <source>Covered by the consent given %1.</source>
        <translation>Dækket af samtykket givet %1.</translation>
    </message>
</context>
<context>
    <name>DatePopup</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>e.g. ask the GP for a statement on working hours</source>
        <translation>fx bede lægen om en vurdering af arbejdstiden</translation>
    </message>
    <message>
        <source>Decision: what</source>
        <translation>Aftale: hvad</translation>
    </message>
    <message>
        <source>Decision: who</source>
        <translation>Aftale: hvem</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Hvem gør det</translation>
    </message>
    <message>
        <source>Decision: by when</source>
        <translation>Aftale: senest hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Senest</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Computers with access</source>
        <translation>Computere med adgang</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sidst set</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Remove access…</source>
        <translation>&amp;Fjern adgang…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>If a computer is lost or stolen, remove its access: it is stopped at its next contact with the server. Its own copy stays encrypted under your password.</source>
        <translation>Hvis en computer bliver væk eller stjålet, så fjern dens adgang: den stoppes ved sin næste kontakt med serveren. Dens egen kopi forbliver krypteret med din adgangskode.</translation>
    </message>
    <message>
        <source>(this computer)</source>
        <translation>(denne computer)</translation>
    </message>
    <message>
        <source>Access removed</source>
        <translation>Adgang fjernet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>Fjern adgang</translation>
    </message>
    <message>
        <source>Remove the access of %1? It cannot sync again until it is set up anew.</source>
        <translation>Vil du fjerne adgangen for %1? Den kan ikke synkronisere igen, før den sættes op på ny.</translation>
    </message>
</context>
<context>
    <name>DiscretionLog</name>
    <message>
        <source>e.g. team leader, legal adviser, the citizen's GP</source>
        <translation>fx teamleder, jurist, borgerens læge</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>Hvem der blev spurgt til råds</translation>
    </message>
    <message>
        <source>Meeting the record concerns</source>
        <translation>Samtalen, skønsnotatet vedrører</translation>
    </message>
    <message>
        <source>Save recor&amp;d</source>
        <translation>Gem notat om s&amp;køn</translation>
    </message>
    <message>
        <source>What is known in this case</source>
        <translation>Hvad vi ved i sagen</translation>
    </message>
    <message>
        <source>What speaks for and against</source>
        <translation>Hvad taler for og imod</translation>
    </message>
    <message>
        <source>Which rules, guidelines or expectations pull in different directions</source>
        <translation>Hvilke regler, retningslinjer eller forventninger trækker i hver sin retning</translation>
    </message>
    <message>
        <source>What you decided, and why it is the best judgement here</source>
        <translation>Hvad du besluttede, og hvorfor det er det bedste skøn her</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Spurgt til råds</translation>
    </message>
    <message>
        <source>Earlier records</source>
        <translation>Tidligere notater om skøn</translation>
    </message>
    <message>
        <source>Discretion record</source>
        <translation>Skønsnotat</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Kopiér som &amp;tekst</translation>
    </message>
    <message>
        <source>Copy the record as text for the case system. The clipboard is cleared after 30 seconds</source>
        <translation>Kopiér skønsnotatet som tekst til sagssystemet. Udklipsholderen ryddes efter 30 sekunder</translation>
    </message>
    <message>
        <source>The record was not saved. Fill in: %1</source>
        <translation>Notatet blev ikke gemt. Udfyld: %1</translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation>Registreringen blev ikke gemt:</translation>
    </message>
    <message>
        <source>The record was saved.</source>
        <translation>Notatet om skønnet blev gemt.</translation>
    </message>
    <message>
        <source>The record was copied as text. Paste it into the case system.</source>
        <translation>Skønsnotatet blev kopieret som tekst. Indsæt det i sagssystemet.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Ingen notater om skøn endnu.</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Samtale: %1</translation>
    </message>
</context>
<context>
    <name>EraseCitizenDialog</name>
    <message>
        <source>Delete citizen permanently</source>
        <translation>Slet borger permanent</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>Slet %1 permanent?</translation>
    </message>
    <message>
        <source>Everything about the citizen is deleted from this computer and, at the next sync, from your other computers: profile, goals, notes, reflections, contacts, consents and measurements. It cannot be undone. The access log keeps only that a record was deleted, when and by whom.

The municipality may be obliged to keep information: make sure what must be kept is in the official case system first.</source>
        <translation>Alt om borgeren slettes fra denne computer og ved næste synkronisering fra dine andre computere: profil, mål, notater, refleksioner, kontakter, samtykker og målinger. Det kan ikke fortrydes. Adgangsloggen gemmer kun, at en journal blev slettet, hvornår og af hvem.

Kommunen kan have pligt til at gemme oplysninger: sørg for, at det, der skal gemmes, står i det officielle sagssystem først.</translation>
    </message>
    <message>
        <source>Type the citizen's name to confirm:</source>
        <translation>Skriv borgerens navn for at bekræfte:</translation>
    </message>
    <message>
        <source>The citizen's name</source>
        <translation>Borgerens navn</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Slet permanent</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <source>Excerpt for peer reflection</source>
        <translation>Uddrag til fælles refleksion</translation>
    </message>
    <message>
        <source>Names and CPR numbers have been replaced. Read the excerpt through: other details (places, employers, relatives) can also identify the citizen. Change what you need before copying.</source>
        <translation>Navne og CPR-numre er erstattet. Læs uddraget igennem: andre detaljer (steder, arbejdsgivere, pårørende) kan også afsløre, hvem borgeren er. Ret det nødvendige, før du kopierer.</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Uddrag</translation>
    </message>
    <message>
        <source>&amp;Copy excerpt</source>
        <translation>&amp;Kopiér uddrag</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
</context>
<context>
    <name>FileStack</name>
    <message>
        <source>No citizen chosen</source>
        <translation>Ingen borger valgt</translation>
    </message>
    <message>
        <source>Choose a citizen in the caseload to see the profile in their own words, belief in a job, the responsible caseworker and who has looked at the record.</source>
        <translation>Vælg en borger i sagsoversigten for at se profilen med borgerens egne ord, troen på job, den ansvarlige sagsbehandler og hvem der har set sagen.</translation>
    </message>
    <message>
        <source>Opening the citizen's file…</source>
        <translation>Åbner borgerens sag…</translation>
    </message>
    <message>
        <source>Just a moment.</source>
        <translation>Et øjeblik.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Forfalder i dag</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Forfalder denne uge</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Forfalder inden for 30 dage</translation>
    </message>
    <message>
        <source>Which follow-ups</source>
        <translation>Hvilke opfølgninger</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Markér som &amp;udført</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Intet forfalder</translation>
    </message>
    <message>
        <source>Agreements with a date from your meeting notes show up here when they fall due.</source>
        <translation>Aftaler med en dato fra dine samtalenotater vises her, når de forfalder.</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Markeret som udført.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Activity ends: %1</source>
        <translation>Aktivitet slutter: %1</translation>
    </message>
    <message>
        <source>Consent expires: %1</source>
        <translation>Samtykke udløber: %1</translation>
    </message>
    <message>
        <source>Network meeting: %1</source>
        <translation>Netværksmøde: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>The activity has ended: follow up on how it went and write the outcome under the goal</source>
        <translation>Aktiviteten er slut: følg op på, hvordan det gik, og skriv resultatet under målet</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Kind of goal</source>
        <translation>Slags mål</translation>
    </message>
    <message>
        <source>The goal, concrete and near the citizen</source>
        <translation>Målet, konkret og borgernært</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>e.g. kitchen assistant, warehouse work, social care helper</source>
        <translation>fx køkkenmedhjælper, lagerarbejde, social- og sundhedshjælper</translation>
    </message>
    <message>
        <source>Trade or function</source>
        <translation>Fag eller funktion</translation>
    </message>
    <message>
        <source>A job goal names a trade or a function; a scheme such as 'flex job' is not a goal.</source>
        <translation>Et jobmål nævner et fag eller en funktion; en ordning som »fleksjob« er ikke et mål.</translation>
    </message>
    <message>
        <source>The goal as the citizen says it</source>
        <translation>Målet, som borgeren siger det</translation>
    </message>
    <message>
        <source>In the citizen's words</source>
        <translation>Med borgerens ord</translation>
    </message>
    <message>
        <source>Formulated by</source>
        <translation>Formuleret af</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add act&amp;ivity</source>
        <translation>Tilføj a&amp;ktivitet</translation>
    </message>
    <message>
        <source>Go&amp;al</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tra&amp;de or function</source>
        <translation>Fag eller f&amp;unktion</translation>
    </message>
    <message>
        <source>In the citi&amp;zen's words</source>
        <translation>Med borgerens o&amp;rd</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>S&amp;lags</translation>
    </message>
    <message>
        <source>Formulated &amp;by</source>
        <translation>Formuleret &amp;af</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
</context>
<context>
    <name>GoalReasonDialog</name>
    <message>
        <source>Why does the goal change?</source>
        <translation>Hvorfor ændres målet?</translation>
    </message>
    <message>
        <source>The old version is kept with this reason, so the plan shows why it changed.</source>
        <translation>Den gamle udgave gemmes med begrundelsen, så planen viser, hvorfor målet blev ændret.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Begrundelse for ændringen</translation>
    </message>
    <message>
        <source>e.g. the citizen would rather work with horses</source>
        <translation>fx vil borgeren hellere arbejde med heste</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Gem ændringen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Write why the goal changes; the old version is kept with this reason.</source>
        <translation>Skriv, hvorfor målet ændres; den gamle udgave gemmes med begrundelsen.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Nyt mål</translation>
    </message>
    <message>
        <source>N&amp;ew sub-goal</source>
        <translation>Nyt &amp;delmål</translation>
    </message>
    <message>
        <source>A step on the way to the chosen goal</source>
        <translation>Et skridt på vejen mod det valgte mål</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>Gem mål</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Tidligere udgaver</translation>
    </message>
    <message>
        <source>Not saved: a changed goal needs a reason.</source>
        <translation>Ikke gemt: et ændret mål skal have en begrundelse.</translation>
    </message>
    <message>
        <source>The goal was not saved:</source>
        <translation>Målet blev ikke gemt:</translation>
    </message>
    <message>
        <source>The goal was saved.</source>
        <translation>Målet blev gemt.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 siden %2</translation>
    </message>
    <message>
        <source>No earlier versions.</source>
        <translation>Ingen tidligere udgaver.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: changed because: &lt;i&gt;%2&lt;/i&gt;&lt;br&gt;Before: %3 (%4)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: ændret, fordi: &lt;i&gt;%2&lt;/i&gt;&lt;br&gt;Før: %3 (%4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New sub-goal, not saved yet</source>
        <translation>Nyt delmål, endnu ikke gemt</translation>
    </message>
    <message>
        <source>New goal, not saved yet</source>
        <translation>Nyt mål, endnu ikke gemt</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Ændringer endnu ikke gemt</translation>
    </message>
</context>
<context>
    <name>HandoverAction</name>
    <message>
        <source>Saved. Give the file to %1; your copy is deleted when you load the colleague's receipt.</source>
        <translation>Gemt. Giv filen til %1; din kopi slettes, når du indlæser kollegaens kvittering.</translation>
    </message>
    <message>
        <source>Sent to %1. Your copy is deleted when the colleague has confirmed receiving it.</source>
        <translation>Sendt til %1. Din kopi slettes, når kollegaen har kvitteret for modtagelsen.</translation>
    </message>
    <message>
        <source>Ready for %1: the file is sent when there is a connection to the sync server.</source>
        <translation>Klar til %1: sagen sendes, når der er forbindelse til synkroniseringsserveren.</translation>
    </message>
    <message>
        <source>Handed over to %1.</source>
        <translation>Overdraget til %1.</translation>
    </message>
    <message>
        <source>That receipt is for another citizen's handover; it has been taken in.</source>
        <translation>Kvitteringen hører til en anden borgers overdragelse; den er indlæst.</translation>
    </message>
    <message>
        <source>The colleague declined the handover; the file stays with you.</source>
        <translation>Kollegaen afviste overdragelsen; sagen bliver hos dig.</translation>
    </message>
    <message>
        <source>The file was changed here after it was saved for the colleague, so it is kept.</source>
        <translation>Sagen er ændret her, efter den blev gemt til kollegaen, så den beholdes.</translation>
    </message>
    <message>
        <source>The receipt cannot be used: it is damaged, is not from the colleague, or belongs to no handover waiting here. Nothing was deleted.</source>
        <translation>Kvitteringen kan ikke bruges: den er beskadiget, er ikke fra kollegaen eller hører ikke til en overdragelse, der venter her. Intet er slettet.</translation>
    </message>
    <message>
        <source>The handover was withdrawn; the file stays with you.</source>
        <translation>Overdragelsen er trukket tilbage; sagen bliver hos dig.</translation>
    </message>
    <message>
        <source>The handover has already been sent and can no longer be withdrawn.</source>
        <translation>Overdragelsen er allerede sendt og kan ikke længere trækkes tilbage.</translation>
    </message>
    <message>
        <source>Load the colleague's receipt</source>
        <translation>Indlæs kollegaens kvittering</translation>
    </message>
    <message>
        <source>Receipts (*.cnreceipt)</source>
        <translation>Kvitteringer (*.cnreceipt)</translation>
    </message>
    <message>
        <source>Withdraw the handover</source>
        <translation>Træk overdragelsen tilbage</translation>
    </message>
    <message>
        <source>Withdraw the handover to %1? The file stays with you. If it was saved as a file, delete that file: a receipt for it can no longer be used here.</source>
        <translation>Trække overdragelsen til %1 tilbage? Sagen bliver hos dig. Er den gemt som fil, så slet filen: en kvittering for den kan ikke længere bruges her.</translation>
    </message>
    <message>
        <source>Handed over to %1 – waiting to be sent</source>
        <translation>Overdraget til %1 – venter på at blive sendt</translation>
    </message>
    <message>
        <source>Saved as a file for %1 – waiting for the receipt file (More → Load receipt from file…)</source>
        <translation>Gemt som fil til %1 – venter på kvitteringsfilen (Mere → Indlæs kvittering fra fil…)</translation>
    </message>
    <message>
        <source>Handed over to %1 – waiting for the receipt</source>
        <translation>Overdraget til %1 – venter på kvittering</translation>
    </message>
    <message>
        <source>The file stays here until the colleague has confirmed receiving it; then it is deleted.</source>
        <translation>Sagen bliver her, indtil kollegaen har kvitteret for modtagelsen; derefter slettes den her.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation>Overdrag sagen</translation>
    </message>
    <message>
        <source>New responsible caseworker</source>
        <translation>Ny ansvarlig sagsbehandler</translation>
    </message>
    <message>
        <source>Date of the handover</source>
        <translation>Dato for overdragelsen</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Overdrag</translation>
    </message>
    <message>
        <source>&amp;New responsible caseworker</source>
        <translation>&amp;Ny ansvarlig sagsbehandler</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Received handovers</source>
        <translation>Modtagne overdragelser</translation>
    </message>
    <message>
        <source>Citizens' files that colleagues have handed to you, and their questions for joint professional reflection. Nothing comes into your caseload until you accept it; if you decline, the colleague keeps the file.</source>
        <translation>Borgersager, som kolleger har overdraget til dig, og deres spørgsmål til fælles faglig refleksion. Intet kommer ind i din sagsstamme, før du modtager det; afviser du, beholder kollegaen sagen.</translation>
    </message>
    <message>
        <source>Opening the files…</source>
        <translation>Åbner sagerne…</translation>
    </message>
    <message>
        <source>Files waiting</source>
        <translation>Ventende sager</translation>
    </message>
    <message>
        <source>&amp;Open the citizen's file</source>
        <translation>Å&amp;bn borgerens sag</translation>
    </message>
    <message>
        <source>Open handover from &amp;file…</source>
        <translation>Åbn overdragelse fra &amp;fil…</translation>
    </message>
    <message>
        <source>A handover a colleague gave you on a USB stick (.cntransfer)</source>
        <translation>En overdragelse, som en kollega har givet dig på en USB-nøgle (.cntransfer)</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>&amp;Send svar</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Modtag</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Afvis…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for your answer:</source>
        <translation>
            <numerusform>%n venter på dit svar:</numerusform>
            <numerusform>%n venter på dit svar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Intet venter på dig.</translation>
    </message>
    <message>
        <source>%1 is now in your caseload.</source>
        <translation>%1 er nu i din sagsstamme.</translation>
    </message>
    <message>
        <source>Declined: %1 keeps the file.</source>
        <translation>Afvist: %1 beholder sagen.</translation>
    </message>
    <message>
        <source>No receipt was saved, so %1 still has a copy of the file.</source>
        <translation>Der blev ikke gemt nogen kvittering, så %1 har stadig en kopi af sagen.</translation>
    </message>
    <message>
        <source>The receipt is saved as %1: give it back to %2 with the USB stick.</source>
        <translation>Kvitteringen er gemt som %1: giv den tilbage til %2 med USB-nøglen.</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <translation>Skriv dit svar først.</translation>
    </message>
    <message>
        <source>Your reply goes to %1.</source>
        <translation>Dit svar sendes til %1.</translation>
    </message>
    <message>
        <source>Your own security number (for a colleague to compare): %1</source>
        <translation>Dit eget sikkerhedsnummer (som en kollega sammenligner med): %1</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>Con&amp;firm new number</source>
        <translation>&amp;Bekræft nyt nummer</translation>
    </message>
    <message>
        <source>First handover with %1. Before you send anything, compare the security number %2 with %1 by phone or in person: %1 sees it as their own number in this window.</source>
        <translation>Første overdragelse med %1. Før du sender noget, så sammenlign sikkerhedsnummeret %2 med %1 over telefonen eller ansigt til ansigt: %1 ser det som sit eget nummer i dette vindue.</translation>
    </message>
    <message>
        <source>I have compared the number with %1</source>
        <translation>Jeg har sammenlignet nummeret med %1</translation>
    </message>
    <message>
        <source>%1's security number has changed.&lt;br&gt;Before: %2&lt;br&gt;Now: %3&lt;br&gt;It can be a new computer, or someone trying to read the file on the way. Call %1 or meet in person and compare the new number before anything is sent or opened.</source>
        <translation>Sikkerhedsnummeret for %1 er ændret.&lt;br&gt;Før: %2&lt;br&gt;Nu: %3&lt;br&gt;Det kan være en ny computer, eller nogen der prøver at læse sagen undervejs. Ring til %1, eller mød hinanden, og sammenlign det nye nummer, før noget sendes eller åbnes.</translation>
    </message>
    <message>
        <source>You have compared the security number with %1 before; it is unchanged.</source>
        <translation>Du har sammenlignet sikkerhedsnummeret med %1 før; det er uændret.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>One indicator over time</source>
        <translation>Én indikator over tid</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>ingen vurderinger endnu</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Ingen vurderinger endnu</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;Ny borger…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cases due for &amp;deletion…</source>
        <translation>Sager til &amp;sletning…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sikkerhedskopiér…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Gen&amp;dan fra sikkerhedskopi…</translation>
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
        <source>Sectio&amp;ns of the citizen's file</source>
        <translation>&amp;Afsnit i borgerens sag</translation>
    </message>
    <message>
        <source>&amp;Search the caseload</source>
        <translation>Søg i sag&amp;erne</translation>
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
        <source>About Casenotes</source>
        <translation>Om Casenotes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casenotes %1&lt;/h3&gt;&lt;p&gt;The offline, encrypted case notebook for caseworkers in Danish jobcentres.&lt;/p&gt;&lt;p&gt;Your notes are stored encrypted (SQLCipher, AES-256) on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casenotes %1&lt;/h3&gt;&lt;p&gt;Den krypterede notesbog til sagsbehandlere i jobcentre – virker også uden netværk.&lt;/p&gt;&lt;p&gt;Dine notater gemmes krypteret (SQLCipher, AES-256) på denne computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Caseload</source>
        <translation>Sagsoversigt</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Sagsoversigt</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>C&amp;itizen</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Opfølgning</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sø&amp;g</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>Opening the notebook…</source>
        <translation>Åbner notesbogen…</translation>
    </message>
    <message>
        <source>Demo data: every person here is fictional</source>
        <translation>Demodata: alle personer her er fiktive</translation>
    </message>
    <message numerus="yes">
        <source>Copied — the clipboard is cleared in %n seconds</source>
        <translation>
            <numerusform>Kopieret — udklipsholderen ryddes om %n sekund</numerusform>
            <numerusform>Kopieret — udklipsholderen ryddes om %n sekunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notebook open · locks after %n min without activity</source>
        <translation>
            <numerusform>Notesbogen er åben · låses efter %n min. uden aktivitet</numerusform>
            <numerusform>Notesbogen er åben · låses efter %n min. uden aktivitet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>Save map as p&amp;icture…</source>
        <translation>Gem kortet som &amp;billede…</translation>
    </message>
    <message>
        <source>Network map.png</source>
        <translation>Netværkskort.png</translation>
    </message>
    <message>
        <source>The picture could not be saved there.</source>
        <translation>Billedet kunne ikke gemmes der.</translation>
    </message>
    <message>
        <source>The network map was saved as a picture.</source>
        <translation>Netværkskortet er gemt som billede.</translation>
    </message>
</context>
<context>
    <name>NetworkMeetingPanel</name>
    <message>
        <source>Earlier network meetings</source>
        <translation>Tidligere netværksmøder</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Dato for mødet</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem deltog</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Hvad I talte om</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>Hvad I talte om på mødet</translation>
    </message>
    <message>
        <source>Tick at least one of the citizen's actors.</source>
        <translation>Sæt flueben ved mindst én af borgerens aktører.</translation>
    </message>
    <message>
        <source>Write what was discussed, or add a decision.</source>
        <translation>Skriv, hvad I talte om, eller tilføj en beslutning.</translation>
    </message>
    <message>
        <source>Every decision needs what, who and by when: it becomes a follow-up.</source>
        <translation>Hver beslutning skal have hvad, hvem og senest hvornår: den bliver en opfølgning.</translation>
    </message>
    <message>
        <source>Add &amp;decision</source>
        <translation>Tilføj besl&amp;utning</translation>
    </message>
    <message>
        <source>Sa&amp;ve network meeting</source>
        <translation>Gem net&amp;værksmødet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Who does what by when</source>
        <translation>Hvem gør hvad hvornår</translation>
    </message>
    <message>
        <source>New network meeting</source>
        <translation>Nyt netværksmøde</translation>
    </message>
    <message>
        <source>The network meeting was not saved. See the fields marked in red.</source>
        <translation>Netværksmødet blev ikke gemt. Se felterne markeret med rødt.</translation>
    </message>
    <message>
        <source>The network meeting was saved.</source>
        <translation>Netværksmødet er gemt.</translation>
    </message>
    <message>
        <source>Its decisions are on the follow-up list.</source>
        <translation>Beslutningerne står på opfølgningslisten.</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <source>(removed actor)</source>
        <translation>(fjernet aktør)</translation>
    </message>
    <message>
        <source>%1 does: %2, by %3</source>
        <translation>%1 gør: %2, senest %3</translation>
    </message>
    <message>
        <source>No network meetings yet.</source>
        <translation>Ingen netværksmøder endnu.</translation>
    </message>
    <message>
        <source>%1 (the citizen)</source>
        <translation>%1 (borgeren)</translation>
    </message>
    <message>
        <source>%1 (caseworker)</source>
        <translation>%1 (sagsbehandler)</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network map</source>
        <translation>Netværkskort</translation>
    </message>
    <message>
        <source>No actors yet</source>
        <translation>Ingen aktører endnu</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <source>consent: information may flow</source>
        <translation>samtykke: oplysninger må deles</translation>
    </message>
    <message>
        <source>no valid consent</source>
        <translation>intet gyldigt samtykke</translation>
    </message>
    <message>
        <source>No actors yet. Add the people and places around the citizen.</source>
        <translation>Ingen aktører endnu. Tilføj de personer og steder, der er omkring borgeren.</translation>
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
    <name>NoteActions</name>
    <message>
        <source>&amp;Save draft</source>
        <translation>Gem &amp;kladde</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Fo&amp;rtryd ændringer</translation>
    </message>
    <message>
        <source>Rea&amp;dy to file</source>
        <translation>Klar til journa&amp;lisering</translation>
    </message>
    <message>
        <source>The note is finished and waits to be filed</source>
        <translation>Notatet er færdigt og venter på at blive journaliseret</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>&amp;Journalisér…</translation>
    </message>
    <message>
        <source>Mark the note as filed in the case system</source>
        <translation>Markér notatet som journaliseret i fagsystemet</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Kopiér som &amp;tekst</translation>
    </message>
    <message>
        <source>Copy the note as text for the case system (%1). The clipboard is cleared after 30 seconds</source>
        <translation>Kopiér notatet som tekst til sagssystemet (%1). Udklipsholderen ryddes efter 30 sekunder</translation>
    </message>
    <message>
        <source>Peer reflection…</source>
        <translation>Fælles faglig refleksion…</translation>
    </message>
    <message>
        <source>Start a reflection with an excerpt of this note, without the citizen's name and CPR number (%1)</source>
        <translation>Start en refleksion med et uddrag af notatet uden borgerens navn og CPR-nummer (%1)</translation>
    </message>
    <message>
        <source>Write corr&amp;ection</source>
        <translation>Skriv r&amp;ettelse</translation>
    </message>
    <message>
        <source>A filed note is corrected by a new note</source>
        <translation>Et journaliseret notat rettes med et nyt notat</translation>
    </message>
    <message>
        <source>Correction, not saved yet</source>
        <translation>Rettelse, endnu ikke gemt</translation>
    </message>
    <message>
        <source>New note, not saved yet</source>
        <translation>Nyt notat, endnu ikke gemt</translation>
    </message>
    <message>
        <source>Filed %1 at %2. A filed note cannot be changed.</source>
        <translation>Journaliseret %1 kl. %2. Et journaliseret notat kan ikke ændres.</translation>
    </message>
    <message>
        <source>changes not saved yet</source>
        <translation>ændringer endnu ikke gemt</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Date of the meeting</source>
        <translation>Dato for samtalen</translation>
    </message>
    <message>
        <source>e.g. the citizen, mentor Jonas, me</source>
        <translation>fx borgeren, mentor Jonas, mig</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>Hvad samtalen handler om</translation>
    </message>
    <message>
        <source>No tool</source>
        <translation>Intet værktøj</translation>
    </message>
    <message>
        <source>Conversation tool</source>
        <translation>Samtaleværktøj</translation>
    </message>
    <message>
        <source>What the citizen said, in the citizen's own words</source>
        <translation>Hvad borgeren sagde, med borgerens egne ord</translation>
    </message>
    <message>
        <source>Account of the meeting</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>What happened in the meeting, as it should be recorded</source>
        <translation>Hvad skete der i samtalen, sådan som det skal journaliseres</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Your professional assessment: what it means for the case</source>
        <translation>Din faglige vurdering: hvad det betyder for sagen</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Det aftalte vi</translation>
    </message>
    <message>
        <source>A few plain sentences to read back to the citizen before the meeting ends</source>
        <translation>Nogle få, enkle sætninger, du læser op for borgeren, før samtalen slutter</translation>
    </message>
    <message>
        <source>&amp;Add agreement</source>
        <translation>Tilføj &amp;aftale</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Hvad der skal ske nu</translation>
    </message>
    <message>
        <source>Did the tool help?</source>
        <translation>Hjalp værktøjet?</translation>
    </message>
    <message>
        <source>What worked, what did not</source>
        <translation>Hvad virkede, hvad gjorde ikke</translation>
    </message>
    <message>
        <source>Comment on the tool</source>
        <translation>Kommentar til værktøjet</translation>
    </message>
    <message>
        <source>After the meeting: did the tool help?</source>
        <translation>Efter samtalen: hjalp værktøjet?</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>What we agreed (read back to the citizen)</source>
        <translation>Det aftalte vi (læses op for borgeren)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Da&amp;te and place</source>
        <translation>&amp;Dato og sted</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>The citizen's view</source>
        <translation>Borgerens perspektiv</translation>
    </message>
    <message>
        <source>Con&amp;versation tool</source>
        <translation>Samtalev&amp;ærktøj</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Meeting notes</source>
        <translation>Samtalenotater</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nyt notat</translation>
    </message>
    <message>
        <source>Start a note for today's meeting</source>
        <translation>Begynd et notat til dagens samtale</translation>
    </message>
    <message>
        <source>(no agenda)</source>
        <translation>(ingen dagsorden)</translation>
    </message>
    <message>
        <source>Correction to %1</source>
        <translation>Rettelse til %1</translation>
    </message>
</context>
<context>
    <name>NotebookQuestion</name>
    <message>
        <source>Another notebook in this account</source>
        <translation>En anden notesbog på kontoen</translation>
    </message>
    <message>
        <source>The account “%1” holds another notebook than the one on this computer.</source>
        <translation>Kontoen »%1« rummer en anden notesbog end den på denne computer.</translation>
    </message>
    <message>
        <source>This can happen when the server was replaced or emptied, and the account was then made again from another notebook.</source>
        <translation>Det kan ske, når serveren er skiftet ud eller tømt, og kontoen derefter er oprettet igen fra en anden notesbog.</translation>
    </message>
    <message>
        <source>This computer already has citizens of its own.</source>
        <translation>Denne computer har allerede sine egne borgere.</translation>
    </message>
    <message>
        <source>If the account holds your own notebook (a restored or re-created copy), the two are merged: this computer gets the account's records, and the account gets this computer's. If not, keep them separate: nothing is changed on this computer.</source>
        <translation>Hvis kontoen rummer din egen notesbog (en gendannet eller genoprettet kopi), lægges de to sammen: denne computer får kontoens poster, og kontoen får denne computers. Hvis ikke, så hold dem adskilt: intet ændres på denne computer.</translation>
    </message>
    <message>
        <source>It is my notebook: merge them</source>
        <translation>Det er min notesbog: læg dem sammen</translation>
    </message>
    <message>
        <source>Keep them separate</source>
        <translation>Hold dem adskilt</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Change tool</source>
        <translation>Skift værktøj</translation>
    </message>
    <message>
        <source>Remove the answers to %1 from this note?</source>
        <translation>Fjern svarene til %1 fra notatet?</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>You are writing a correction to the note of %1. The filed note stays as it was.</source>
        <translation>Du skriver en rettelse til notatet af %1. Det journaliserede notat forbliver, som det var.</translation>
    </message>
    <message>
        <source>The note was not saved:</source>
        <translation>Notatet blev ikke gemt:</translation>
    </message>
    <message>
        <source>The note was saved.</source>
        <translation>Notatet blev gemt.</translation>
    </message>
    <message>
        <source>Throw away the changes to this note?</source>
        <translation>Kassér ændringerne i dette notat?</translation>
    </message>
    <message>
        <source>File the note</source>
        <translation>Journalisér notatet</translation>
    </message>
    <message>
        <source>Has the note been put into the case system? A filed note cannot be changed; a correction is written as a new note linked to it.</source>
        <translation>Er notatet lagt i fagsystemet? Et journaliseret notat kan ikke ændres; en rettelse skrives som et nyt notat, der henviser til det.</translation>
    </message>
    <message>
        <source>The note was copied as text. Paste it into the case system.</source>
        <translation>Notatet blev kopieret som tekst. Indsæt det i fagsystemet.</translation>
    </message>
    <message>
        <source>The note was filed.</source>
        <translation>Notatet er journaliseret.</translation>
    </message>
    <message>
        <source>Ready to file.</source>
        <translation>Klar til journalisering.</translation>
    </message>
    <message>
        <source>A note you were writing on %1 at %2 was brought back. Save it or undo the changes.</source>
        <translation>Et notat, du skrev %1 kl. %2, blev hentet tilbage. Gem det, eller fortryd ændringerne.</translation>
    </message>
</context>
<context>
    <name>OpenNotebook</name>
    <message>
        <source>The colleague has received the file; your copy has been deleted.</source>
        <translation>Kollegaen har kvitteret for modtagelsen af sagen; din kopi er slettet.</translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>Adgangskoden er skiftet.</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>Sikkerhedskopien er skrevet og kontrolleret: %1</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>åååå-mm-dd</translation>
    </message>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Åbn kalenderen (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Åbn kalenderen</translation>
    </message>
    <message>
        <source>Clear the date (Ctrl+Delete)</source>
        <translation>Ryd datoen (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Ryd datoen</translation>
    </message>
    <message>
        <source>Type a date such as 15.12, 15-12-2026, 151226, +7 or today. Alt+Down opens the calendar.</source>
        <translation>Skriv en dato, fx 15.12, 15-12-2026, 151226, +7 eller i dag. Alt+Pil ned åbner kalenderen.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>Den dato findes ikke.</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 15.12, 15-12-2026 or +7.</source>
        <translation>Ikke en dato: skriv fx 15.12, 15-12-2026 eller +7.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Active goals</source>
        <translation>Aktive mål</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Næste datoer</translation>
    </message>
    <message>
        <source>Belief in a job and ratings</source>
        <translation>Tro på job og vurderinger</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Drafts not filed</source>
        <translation>Kladder, der ikke er journaliseret</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No active goals. Agree on the first goal with the citizen.</source>
        <translation>Ingen aktive mål. Aftal det første mål sammen med borgeren.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overskredet</translation>
    </message>
    <message>
        <source>Next follow-up meeting</source>
        <translation>Næste opfølgningssamtale</translation>
    </message>
    <message>
        <source>Activity ends: %1</source>
        <translation>Aktivitet slutter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s) without a date</source>
        <translation>
            <numerusform>%n åben aftale uden dato</numerusform>
            <numerusform>%n åbne aftaler uden dato</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreements or follow-ups with a date.</source>
        <translation>Ingen aftaler eller opfølgninger med dato.</translation>
    </message>
    <message>
        <source>Belief in a job: not rated yet.</source>
        <translation>Troen på et job: ikke vurderet endnu.</translation>
    </message>
    <message>
        <source>Belief in a job: %1</source>
        <translation>Troen på et job: %1</translation>
    </message>
    <message numerus="yes">
        <source>gap %n step(s)</source>
        <translation>
            <numerusform>forskel %n trin</numerusform>
            <numerusform>forskel %n trin</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings: no scale set rated by both of you yet.</source>
        <translation>Vurderinger: ingen skala er vurderet af jer begge endnu.</translation>
    </message>
    <message>
        <source>Widest gap (%1): %2, citizen %3, caseworker %4</source>
        <translation>Største forskel (%1): %2, borger %3, sagsbehandler %4</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Udløbet %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Udløber %1</translation>
    </message>
    <message>
        <source>No consent expires within 30 days.</source>
        <translation>Intet samtykke udløber inden for 30 dage.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Klar til journalisering</translation>
    </message>
    <message>
        <source>Unsaved typing of a note</source>
        <translation>Ikke gemt tekst til et notat</translation>
    </message>
    <message>
        <source>(no agenda)</source>
        <translation>(ingen dagsorden)</translation>
    </message>
    <message>
        <source>No open drafts: every note is filed.</source>
        <translation>Ingen åbne kladder: alle notater er journaliseret.</translation>
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
    <name>PeerRequestDialog</name>
    <message>
        <source>Joint professional reflection</source>
        <translation>Fælles faglig refleksion</translation>
    </message>
    <message>
        <source>Ask colleagues for joint professional reflection</source>
        <translation>Bed kolleger om fælles faglig refleksion</translation>
    </message>
    <message>
        <source>The excerpt and your question go encrypted to each colleague you tick; their replies come into this citizen's reflection log. Names and CPR numbers have been replaced: read the excerpt through, as places, employers and relatives can identify the citizen too.</source>
        <translation>Uddraget og dit spørgsmål sendes krypteret til hver kollega, du sætter flueben ved; deres svar kommer ind i borgerens refleksionslog. Navne og CPR-numre er erstattet: læs uddraget igennem, for steder, arbejdsgivere og pårørende kan også afsløre borgeren.</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Uddrag</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Uddrag:</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Dit spørgsmål</translation>
    </message>
    <message>
        <source>For example: how could I have met her worry about the work placement?</source>
        <translation>For eksempel: hvordan kunne jeg have mødt hendes bekymring for praktikken?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Spørgsmål:</translation>
    </message>
    <message>
        <source>Tick the colleagues to ask:</source>
        <translation>Sæt flueben ved de kolleger, du vil spørge:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Sent to %1. The replies come into the reflection log.</source>
        <translation>Sendt til %1. Svarene kommer ind i refleksionsloggen.</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>Save as picture</source>
        <translation>Gem som billede</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Filen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>Planen er gemt som %1.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Gem planen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PolicyMarks</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Fastsat af din organisation</translation>
    </message>
    <message>
        <source>Set by your organisation in the policy file %1; it cannot be changed here.</source>
        <translation>Fastsat af din organisation i politikfilen %1; det kan ikke ændres her.</translation>
    </message>
    <message>
        <source>Your organisation does not allow remembering the key on this computer; type the password to unlock.</source>
        <translation>Din organisation tillader ikke, at nøglen huskes på denne computer; skriv adgangskoden for at låse op.</translation>
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
    <message>
        <source>Keep a closed case for years</source>
        <translation>Gem en afsluttet sag i år</translation>
    </message>
    <message>
        <source>Keep the access log for months</source>
        <translation>Gem adgangsloggen i måneder</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Arbejdstelefon</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Arbejdsmail</translation>
    </message>
    <message>
        <source>When you can be reached</source>
        <translation>Træffetid</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>The access export was saved as %1.</source>
        <translation>Indsigten blev gemt som %1.</translation>
    </message>
    <message>
        <source>%1 was deleted permanently.</source>
        <translation>%1 blev slettet permanent.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Save the access export</source>
        <translation>Gem indsigten</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Fill this in.</source>
        <translation>Skal udfyldes.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>For langt: højst %1 tegn.</translation>
    </message>
    <message>
        <source>Write the CPR number as DDMMYY-SSSS (10 digits).</source>
        <translation>Skriv CPR-nummeret som DDMMÅÅ-SSSS (10 cifre).</translation>
    </message>
    <message>
        <source>The first six digits are not a real date (DDMMYY).</source>
        <translation>De første seks cifre er ikke en gyldig dato (DDMMÅÅ).</translation>
    </message>
    <message>
        <source>The birth date in the CPR number lies in the future.</source>
        <translation>Fødselsdatoen i CPR-nummeret ligger ude i fremtiden.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Det ligner ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Vælg en af mulighederne.</translation>
    </message>
    <message>
        <source>Choose a value from 1 to 10.</source>
        <translation>Vælg en værdi fra 1 til 10.</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>Datoen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatoen ligger før startdatoen.</translation>
    </message>
    <message>
        <source>Too general: a consent must say exactly what and why. 'All relevant information' or 'case work' is not a valid consent.</source>
        <translation>For generelt: et samtykke skal sige præcis hvad og hvorfor. »Alle relevante oplysninger« eller »sagsbehandling« er ikke et gyldigt samtykke.</translation>
    </message>
    <message>
        <source>Too many: at most %1.</source>
        <translation>For mange: højst %1.</translation>
    </message>
    <message>
        <source>This cannot be stored in this form.</source>
        <translation>Dette kan ikke gemmes i den form.</translation>
    </message>
    <message>
        <source>Name a trade or a function (e.g. 'kitchen assistant'), not a scheme such as 'flex job'.</source>
        <translation>Nævn et fag eller en funktion (fx »køkkenmedhjælper«), ikke en ordning som »fleksjob«.</translation>
    </message>
    <message>
        <source>DDMMYY-XXXX</source>
        <translation>DDMMÅÅ-XXXX</translation>
    </message>
    <message>
        <source>How the citizen describes their situation, in their own words</source>
        <translation>Sådan beskriver borgeren sin situation med egne ord</translation>
    </message>
    <message>
        <source>What the citizen finds difficult</source>
        <translation>Det, borgeren oplever som svært</translation>
    </message>
    <message>
        <source>What the citizen wishes for: work, education, everyday life</source>
        <translation>Det, borgeren ønsker sig: arbejde, uddannelse, hverdag</translation>
    </message>
    <message>
        <source>What the citizen already does that helps</source>
        <translation>Det, borgeren allerede gør, som hjælper</translation>
    </message>
    <message>
        <source>What the citizen cannot do, or only with support</source>
        <translation>Det, borgeren ikke kan, eller kun kan med støtte</translation>
    </message>
    <message>
        <source>Strengths, experience, network</source>
        <translation>Styrker, erfaring, netværk</translation>
    </message>
    <message>
        <source>Fewer hours, breaks, a quiet workplace…</source>
        <translation>Færre timer, pauser, en rolig arbejdsplads…</translation>
    </message>
    <message>
        <source>Which trade or function, and on what terms</source>
        <translation>Hvilket fag eller hvilken funktion, og på hvilke vilkår</translation>
    </message>
    <message>
        <source>Only what the work needs; a diagnosis says little on its own</source>
        <translation>Kun det, arbejdet kræver; en diagnose siger ikke meget i sig selv</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>The citizen's own words: write what the citizen says, as they say it. The citizen defines the problems and how to handle them.</source>
        <translation>Borgerens egne ord: skriv det, borgeren siger, sådan som borgeren siger det. Det er borgeren, der definerer problemerne, og hvordan de skal håndteres.</translation>
    </message>
    <message>
        <source>Health data (GDPR art. 9): record only what the work needs. Not included in search.</source>
        <translation>Helbredsoplysninger (GDPR art. 9): skriv kun det, arbejdet kræver. Medtages ikke i søgning.</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was saved yet.</source>
        <translation>Nogle felter skal rettes; intet er gemt endnu.</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 at %2 were brought back. Save them or undo them.</source>
        <translation>Ikke-gemte ændringer fra %1 kl. %2 er hentet tilbage. Gem dem, eller fortryd dem.</translation>
    </message>
    <message>
        <source>Same CPR number</source>
        <translation>Samme CPR-nummer</translation>
    </message>
    <message>
        <source>%1 already has this CPR number in your caseload. Save anyway?</source>
        <translation>%1 har allerede dette CPR-nummer i din sagsoversigt. Vil du gemme alligevel?</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Scale set</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Save the rating (Ctrl+Enter)</source>
        <translation>Gem vurderingen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Ratings of this indicator</source>
        <translation>Vurderinger af denne indikator</translation>
    </message>
    <message>
        <source>Sa&amp;ve rating</source>
        <translation>Gem vu&amp;rdering</translation>
    </message>
    <message>
        <source>Save as p&amp;icture…</source>
        <translation>Gem som bille&amp;de…</translation>
    </message>
    <message>
        <source>Latest ratings</source>
        <translation>Seneste vurderinger</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <source>I&amp;nclude the charts in My plan (PDF)</source>
        <translation>Tag grafer&amp;ne med i Min plan (PDF)</translation>
    </message>
    <message>
        <source>No scale sets were found. Ask your administrator.</source>
        <translation>Der blev ikke fundet nogen skalaer. Spørg din administrator.</translation>
    </message>
    <message>
        <source>The rating was saved. The form is ready for: %1.</source>
        <translation>Vurderingen er gemt. Skemaet er klar til: %1.</translation>
    </message>
    <message>
        <source>Progress.png</source>
        <translation>Progression.png</translation>
    </message>
    <message>
        <source>The picture could not be saved there.</source>
        <translation>Billedet kunne ikke gemmes der.</translation>
    </message>
    <message>
        <source>The chart was saved as a picture.</source>
        <translation>Grafen er gemt som billede.</translation>
    </message>
    <message>
        <source>No ratings of this indicator yet.</source>
        <translation>Ingen vurderinger af denne indikator endnu.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drev</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Kig &amp;i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Latest ratings as a radar</source>
        <translation>Seneste vurderinger som radar</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Ingen vurderinger endnu</translation>
    </message>
    <message>
        <source>Latest ratings (middle = %1, edge = %2)</source>
        <translation>Seneste vurderinger (midten = %1, kanten = %2)</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <source>Who rates</source>
        <translation>Hvem vurderer</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (frivillig)</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar til %1</translation>
    </message>
    <message>
        <source>Choose the date of the rating.</source>
        <translation>Vælg datoen for vurderingen.</translation>
    </message>
    <message>
        <source>Give at least one indicator a score.</source>
        <translation>Giv mindst én indikator en score.</translation>
    </message>
    <message>
        <source>The rating was not saved: %1</source>
        <translation>Vurderingen blev ikke gemt: %1</translation>
    </message>
</context>
<context>
    <name>RatingGapList</name>
    <message>
        <source>Gap between the citizen's and the caseworker's ratings</source>
        <translation>Forskellen mellem borgerens og sagsbehandlerens vurderinger</translation>
    </message>
    <message>
        <source>When both the citizen and you have rated, the gap between you is shown here.</source>
        <translation>Når både borgeren og du har vurderet, vises forskellen mellem jer her.</translation>
    </message>
    <message>
        <source>The two latest ratings have no indicator in common.</source>
        <translation>De to seneste vurderinger har ingen indikatorer til fælles.</translation>
    </message>
    <message>
        <source>Gap between the citizen (%1) and you (%2):</source>
        <translation>Forskel mellem borgeren (%1) og dig (%2):</translation>
    </message>
    <message numerus="yes">
        <source>%n more indicator(s) with a smaller gap</source>
        <translation>
            <numerusform>%n indikator mere med mindre forskel</numerusform>
            <numerusform>%n indikatorer mere med mindre forskel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: citizen %2, caseworker %3</source>
        <translation>%1: borger %2, sagsbehandler %3</translation>
    </message>
    <message>
        <source>you agree</source>
        <translation>I er enige</translation>
    </message>
    <message numerus="yes">
        <source>you %n step(s) higher</source>
        <translation>
            <numerusform>du %n trin højere</numerusform>
            <numerusform>du %n trin højere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the citizen %n step(s) higher</source>
        <translation>
            <numerusform>borgeren %n trin højere</numerusform>
            <numerusform>borgeren %n trin højere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Casenotes – reset the password</source>
        <translation>Casenotes – nulstil adgangskoden</translation>
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
    <name>RecoveryKeyField</name>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
</context>
<context>
    <name>ReflectionLog</name>
    <message>
        <source>Linked meeting note</source>
        <translation>Tilknyttet samtalenotat</translation>
    </message>
    <message>
        <source>Save reflectio&amp;n</source>
        <translation>Gem refleksio&amp;n</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Earlier reflections</source>
        <translation>Tidligere refleksioner</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksion</translation>
    </message>
    <message>
        <source>Prepare for p&amp;eer reflection…</source>
        <translation>Forbered til fælles &amp;refleksion…</translation>
    </message>
    <message>
        <source>Shows an excerpt without names and CPR numbers before it is shared</source>
        <translation>Viser et uddrag uden navne og CPR-numre, før det deles</translation>
    </message>
    <message>
        <source>Sen&amp;d to colleagues…</source>
        <translation>Sen&amp;d til kolleger…</translation>
    </message>
    <message>
        <source>Send the excerpt without names and CPR numbers to colleagues for joint professional reflection</source>
        <translation>Send uddraget uden navne og CPR-numre til kolleger til fælles faglig refleksion</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Kopiér som &amp;tekst</translation>
    </message>
    <message>
        <source>Copy the reflection as text for the case system. The clipboard is cleared after 30 seconds</source>
        <translation>Kopiér refleksionen som tekst til sagssystemet. Udklipsholderen ryddes efter 30 sekunder</translation>
    </message>
    <message>
        <source>The reflection was copied as text. Paste it into the case system.</source>
        <translation>Refleksionen blev kopieret som tekst. Indsæt den i sagssystemet.</translation>
    </message>
    <message>
        <source>An excerpt of the meeting note without the citizen's name and CPR number is in the reflection. Read it through: other details can identify the citizen too. It is saved only when you save it.</source>
        <translation>Et uddrag af samtalenotatet uden borgerens navn og CPR-nummer står nu i refleksionen. Læs det igennem: andre oplysninger kan også vise, hvem borgeren er. Det gemmes først, når du gemmer det.</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Svar fra %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Samtale: %1</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(ingen samtale)</translation>
    </message>
    <message>
        <source>The reflection was not saved:</source>
        <translation>Refleksionen blev ikke gemt:</translation>
    </message>
    <message>
        <source>The reflection was saved.</source>
        <translation>Refleksionen blev gemt.</translation>
    </message>
    <message>
        <source>The excerpt was copied. Paste it where your colleagues will read it.</source>
        <translation>Uddraget blev kopieret. Indsæt det, hvor dine kolleger skal læse det.</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <source>Reflection log</source>
        <translation>Refleksionslog</translation>
    </message>
    <message>
        <source>Discretion (best judgement)</source>
        <translation>Det bedste skøn</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sikkerhedskopifil</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Adgangskode til sikkerhedskopien</translation>
    </message>
    <message>
        <source>Backup &amp;password</source>
        <translation>&amp;Adgangskode til sikkerhedskopien</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Gendannelses&amp;nøgle</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>The notebook becomes what it was when the backup was made. The notebook you have now is not deleted: it is kept, whole, in a dated folder beside it.</source>
        <translation>Notesbogen bliver, som den var, da sikkerhedskopien blev taget. Den notesbog, du har nu, slettes ikke: den gemmes hel i en dateret mappe ved siden af.</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Vælg sikkerhedskopien</translation>
    </message>
    <message>
        <source>Casenotes backups (*%1);;All files (*)</source>
        <translation>Casenotes-sikkerhedskopier (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The backup was made %1. It opens with the notebook's recovery key.</source>
        <translation>Sikkerhedskopien blev taget %1. Den åbnes med notesbogens gendannelsesnøgle.</translation>
    </message>
    <message>
        <source>The backup was made %1. It opens with the password chosen for it then.</source>
        <translation>Sikkerhedskopien blev taget %1. Den åbnes med den adgangskode, der blev valgt til den dengang.</translation>
    </message>
    <message>
        <source>Replace the notebook?</source>
        <translation>Erstat notesbogen?</translation>
    </message>
    <message>
        <source>The backup is whole and opens. Restore the backup made %1?

The notebook you have now is moved, whole, to this folder:
%2

Nothing is deleted. The program then locks; open the restored notebook with the password it had when the backup was made.</source>
        <translation>Sikkerhedskopien er hel og kan åbnes. Gendan sikkerhedskopien fra %1?

Den notesbog, du har nu, flyttes hel til denne mappe:
%2

Intet slettes. Programmet låser derefter; åbn den gendannede notesbog med den adgangskode, den havde, da sikkerhedskopien blev taget.</translation>
    </message>
    <message>
        <source>Checking every part of the backup…</source>
        <translation>Alle dele af sikkerhedskopien kontrolleres…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Cases due for deletion</source>
        <translation>Sager til sletning</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Sagen lukket</translation>
    </message>
    <message>
        <source>Due for review since</source>
        <translation>Til gennemgang siden</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Åbn journalen</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Slet permanent…</translation>
    </message>
    <message>
        <source>No closed case is due for review.</source>
        <translation>Ingen lukkede sager skal gennemgås.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are due for review %n year(s) after closing. Check that what must be kept is in the official case system, then delete. Nothing is deleted without you confirming.</source>
        <translation>
            <numerusform>Lukkede sager skal gennemgås %n år efter lukning. Tjek, at det, der skal gemmes, står i det officielle sagssystem, og slet så. Intet slettes, uden at du bekræfter det.</numerusform>
            <numerusform>Lukkede sager skal gennemgås %n år efter lukning. Tjek, at det, der skal gemmes, står i det officielle sagssystem, og slet så. Intet slettes, uden at du bekræfter det.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Remove this row</source>
        <translation>Fjern denne række</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search profiles, notes, goals and reflections (whole words; arbejd* for word beginnings)</source>
        <translation>Søg i profiler, notater, mål og refleksioner (hele ord; arbejd* for ordbegyndelser)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>Search the whole caseload</source>
        <translation>Søg i hele sagsoversigten</translation>
    </message>
    <message>
        <source>Type a name or a few words. Everything written about a citizen is searched, except health data.</source>
        <translation>Skriv et navn eller et par ord. Der søges i alt, hvad der er skrevet om en borger, undtagen helbredsoplysninger.</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Ingen resultater.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n borger</numerusform>
            <numerusform>%n borgere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n fund</numerusform>
            <numerusform>%n fund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionKeys</name>
    <message>
        <source>%1 (%2: the next section)</source>
        <translation>%1 (%2: næste afsnit)</translation>
    </message>
    <message>
        <source>Ne&amp;xt section</source>
        <translation>Næ&amp;ste afsnit</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Forri&amp;ge afsnit</translation>
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
        <source>Loc&amp;k now</source>
        <translation>Lås &amp;nu</translation>
    </message>
    <message>
        <source>Keeping records</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Keep a closed case for years</source>
        <translation>Gem en afsluttet sag i år</translation>
    </message>
    <message>
        <source>Keep a &amp;closed case for</source>
        <translation>Gem en &amp;afsluttet sag i</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Keep the access log for months</source>
        <translation>Gem adgangsloggen i måneder</translation>
    </message>
    <message>
        <source>Keep the &amp;access log for</source>
        <translation>Gem a&amp;dgangsloggen i</translation>
    </message>
    <message>
        <source>A case is kept this long after it is closed; entries in the access log are kept at least 6 months.</source>
        <translation>En sag gemmes så længe efter, at den er afsluttet; adgangsloggen gemmes mindst 6 måneder.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Work ph&amp;one</source>
        <translation>Arbejds&amp;telefon</translation>
    </message>
    <message>
        <source>Work e-&amp;mail</source>
        <translation>Arbejds&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Remember the key on this computer</source>
        <translation>H&amp;usk nøglen på denne computer</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Sk&amp;ift adgangskode…</translation>
    </message>
    <message>
        <source>Language of the &amp;program</source>
        <translation>&amp;Programmets sprog</translation>
    </message>
    <message>
        <source>The new language is used the next time the program starts.</source>
        <translation>Det nye sprog bruges, næste gang programmet starter.</translation>
    </message>
    <message>
        <source>You on the citizen's plan</source>
        <translation>Dig på borgerens plan</translation>
    </message>
    <message>
        <source>“My plan” tells the citizen how to reach you. Your work contact is kept on this computer with your other settings; it is saved as you type.</source>
        <translation>»Min plan« fortæller borgeren, hvordan du kan kontaktes. Dine kontaktoplysninger fra arbejdet gemmes på denne computer sammen med dine andre indstillinger, mens du skriver.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Dit na&amp;vn</translation>
    </message>
    <message>
        <source>As the citizen knows you</source>
        <translation>Som borgeren kender dig</translation>
    </message>
    <message>
        <source>e.g. 72 36 40 00</source>
        <translation>fx 72 36 40 00</translation>
    </message>
    <message>
        <source>e.g. name@jobcenter.dk</source>
        <translation>fx navn@jobcenter.dk</translation>
    </message>
    <message>
        <source>e.g. Mon-Thu 9-12, Fri 9-11</source>
        <translation>fx man.-tors. 9-12, fre. 9-11</translation>
    </message>
    <message>
        <source>Wh&amp;en you can be reached</source>
        <translation>T&amp;ræffetid</translation>
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
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Synkronisering: ikke sat op</translation>
    </message>
    <message>
        <source>Everything is stored on this computer only; end-to-end encrypted sync with your other devices is set up in the Sync menu once your municipality has a sync server.</source>
        <translation>Alt gemmes kun på denne computer. End-to-end-krypteret synkronisering med dine andre enheder sættes op i menuen Synkronisering, når din kommune har en synkroniseringsserver.</translation>
    </message>
    <message>
        <source>Server: %1 · account: %2. The server keeps only sealed records it cannot read.</source>
        <translation>Server: %1 · konto: %2. Serveren gemmer kun forseglede poster, som den ikke kan læse.</translation>
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
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Husk på denne computer</translation>
    </message>
    <message>
        <source>Not available here: %1 You will type the password when you open the program.</source>
        <translation>Ikke muligt her: %1 Du skriver adgangskoden, når du åbner programmet.</translation>
    </message>
    <message>
        <source>The notebook then opens without the password here: the computer's keychain keeps the key.</source>
        <translation>Så åbner notesbogen uden adgangskode på denne computer: computerens nøglering gemmer nøglen.</translation>
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
        <source>Have a backup? Res&amp;tore it instead…</source>
        <translation>Har du en sikkerhedskopi? Gen&amp;dan den i stedet…</translation>
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
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Sync paused: the server asks to delete many records</source>
        <translation>Synkronisering sat på pause: serveren beder om at slette mange poster</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synkronisering mislykkedes: %1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Synkronisering: ikke sat op</translation>
    </message>
    <message>
        <source>Sync: this computer is signed out; set up sync again</source>
        <translation>Synkronisering: denne computer er logget ud; opsæt synkronisering igen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synkroniseret %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>changes waiting: %n</source>
        <translation>
            <numerusform>%n ændring venter</numerusform>
            <numerusform>%n ændringer venter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynkronisering</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkronisér &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Set up sync…</source>
        <translation>&amp;Opsæt synkronisering…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>&amp;Received handovers…</source>
        <translation>&amp;Modtagne overdragelser…</translation>
    </message>
    <message>
        <source>Computers with &amp;access…</source>
        <translation>Computere med &amp;adgang…</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Synkronisering: ikke sat op</translation>
    </message>
    <message>
        <source>Sync now: F9</source>
        <translation>Synkronisér nu: F9</translation>
    </message>
    <message>
        <source>Review the conflicts (Ctrl+Shift+K)</source>
        <translation>Gennemgå konflikterne (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Open the received handovers (Ctrl+Shift+H)</source>
        <translation>Åbn de modtagne overdragelser (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Sync is set up: the account was created.</source>
        <translation>Synkronisering er sat op: kontoen er oprettet.</translation>
    </message>
    <message>
        <source>Sync is set up: this computer joined the account.</source>
        <translation>Synkronisering er sat op: denne computer er koblet på kontoen.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Conflicts: %n</source>
        <translation>
            <numerusform>⚠ %n konflikt</numerusform>
            <numerusform>⚠ %n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Received handovers (%n)…</source>
        <translation>
            <numerusform>&amp;Modtagne overdragelser (%n)…</numerusform>
            <numerusform>&amp;Modtagne overdragelser (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handovers waiting: %n</source>
        <translation>
            <numerusform>%n overdragelse venter</numerusform>
            <numerusform>%n overdragelser venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Many deletions from the server</source>
        <translation>Mange sletninger fra serveren</translation>
    </message>
    <message>
        <source>The server asks to delete %1 of the %2 records on this computer. That is unusual: it can mean that someone deleted a lot by mistake on another computer.

Nothing has been deleted yet. Delete them here too?</source>
        <translation>Serveren beder om at slette %1 af de %2 poster på denne computer. Det er usædvanligt: det kan betyde, at nogen har slettet meget ved en fejl på en anden computer.

Intet er slettet endnu. Skal de også slettes her?</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Set up sync</source>
        <translation>Opsæt synkronisering</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>e.g. your initials at the jobcentre</source>
        <translation>fx dine initialer i jobcentret</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Recovery key (joining only)</source>
        <translation>&amp;Gendannelsesnøgle (kun ved tilkobling)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Log ind med:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Gendannelses&amp;nøgle:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>Sync between your computers</source>
        <translation>Synkronisering mellem dine computere</translation>
    </message>
    <message>
        <source>Everything is encrypted on this computer before it is sent; the server cannot read it. On the first computer the account is created; on the next ones, use the same account and password.</source>
        <translation>Alt krypteres på denne computer, før det sendes; serveren kan ikke læse det. På den første computer oprettes kontoen; på de næste bruger du samme konto og adgangskode.</translation>
    </message>
    <message>
        <source>Write the server address, starting with https://</source>
        <translation>Skriv serveradressen, der starter med https://</translation>
    </message>
    <message>
        <source>Write the account name.</source>
        <translation>Skriv kontonavnet.</translation>
    </message>
    <message>
        <source>Write the password or the recovery key.</source>
        <translation>Skriv adgangskoden eller gendannelsesnøglen.</translation>
    </message>
    <message>
        <source>Kept separate: nothing was changed, and this computer is not set up for that account.</source>
        <translation>Holdt adskilt: intet er ændret, og denne computer er ikke sat op til den konto.</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>This field holds at most %1 characters; the text was not added.</source>
        <translation>Feltet kan højst rumme %1 tegn; teksten blev ikke tilføjet.</translation>
    </message>
</context>
<context>
    <name>ToolForm</name>
    <message>
        <source>Before the meeting</source>
        <translation>Før samtalen</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Spørgsmål til samtalen</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>Efter samtalen</translation>
    </message>
    <message>
        <source>One person per line</source>
        <translation>Én person pr. linje</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Én ting pr. linje</translation>
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
        <source>Restore from a &amp;backup…</source>
        <translation>Gendan fra en &amp;sikkerhedskopi…</translation>
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
    <name>UnsavedQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>You have changed %1 without saving.</source>
        <translation>Du har ændret %1 uden at gemme.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>WaitingDetails</name>
    <message>
        <source>The excerpt (names and CPR numbers removed):</source>
        <translation>Uddraget (navne og CPR-numre fjernet):</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Uddrag</translation>
    </message>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Dit svar:</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Dit svar</translation>
    </message>
    <message>
        <source>What do you see in the conversation? What could be tried?</source>
        <translation>Hvad ser du i samtalen? Hvad kunne man prøve?</translation>
    </message>
    <message>
        <source>From %1. The file is opened once the new security number is confirmed.</source>
        <translation>Fra %1. Sagen åbnes, når det nye sikkerhedsnummer er bekræftet.</translation>
    </message>
    <message>
        <source>From %1, who is not in the sync server's directory, so the file cannot be checked. Sync again later, or decline it.</source>
        <translation>Fra %1, som ikke er i synkroniseringsserverens katalog, så sagen kan ikke kontrolleres. Synkronisér igen senere, eller afvis den.</translation>
    </message>
    <message>
        <source>From %1. The file cannot be opened: it is damaged, was changed on the way, or is not for you. Decline it and ask %1 to hand it over again.</source>
        <translation>Fra %1. Sagen kan ikke åbnes: den er beskadiget, er ændret undervejs eller er ikke til dig. Afvis den, og bed %1 om at overdrage den igen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A question for joint professional reflection&lt;/b&gt; from %1 (security number %2)</source>
        <translation>&lt;b&gt;Et spørgsmål til fælles faglig refleksion&lt;/b&gt; fra %1 (sikkerhedsnummer %2)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Spørgsmål: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ingen angivet</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sendt %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 (security number %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fra %2 (sikkerhedsnummer %3)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begrundelse: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), sent %1</source>
        <translation>
            <numerusform>%n post, sendt %1</numerusform>
            <numerusform>%n poster, sendt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Came as a file (USB stick): your answer goes back as a receipt file.</source>
        <translation>Kom som fil (USB-nøgle): dit svar går tilbage som en kvitteringsfil.</translation>
    </message>
</context>
<context>
    <name>WaitingTransferModel</name>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>⚠ Cannot be opened yet</source>
        <translation>⚠ Kan ikke åbnes endnu</translation>
    </message>
    <message>
        <source>Question for joint professional reflection</source>
        <translation>Spørgsmål til fælles faglig refleksion</translation>
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
        <source>The notebook was found damaged, so nothing more is saved in it. Copy what you need to keep, then restore a backup or contact IT.</source>
        <translation>Notesbogen er fundet beskadiget, så der gemmes ikke mere i den. Kopiér det, du vil beholde, og gendan derefter en sikkerhedskopi eller kontakt IT.</translation>
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
    <message>
        <source>Some fields need attention before this can be saved.</source>
        <translation>Nogle felter skal rettes, før der kan gemmes.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Sagen findes ikke længere.</translation>
    </message>
    <message>
        <source>This note has been filed and cannot be changed. Write a correction instead.</source>
        <translation>Notatet er journaliseret og kan ikke ændres. Skriv en rettelse i stedet.</translation>
    </message>
    <message>
        <source>That change of status is not possible.</source>
        <translation>Den ændring af status er ikke mulig.</translation>
    </message>
    <message>
        <source>No valid consent covers sharing this information with this actor. Go ahead only if another legal basis allows it.</source>
        <translation>Intet gyldigt samtykke dækker videregivelse af disse oplysninger til denne aktør. Fortsæt kun, hvis et andet retsgrundlag tillader det.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Your changes are kept here and sent later.</source>
        <translation>Synkroniseringsserveren kan ikke nås. Dine ændringer gemmes her og sendes senere.</translation>
    </message>
    <message>
        <source>This computer is no longer signed in to the sync server. Set up sync again.</source>
        <translation>Denne computer er ikke længere logget ind på synkroniseringsserveren. Opsæt synkronisering igen.</translation>
    </message>
    <message>
        <source>The account name or the password is not correct for this server.</source>
        <translation>Kontonavnet eller adgangskoden passer ikke til denne server.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
        <translation>For mange forsøg på at logge ind. Vent et par minutter, og prøv igen.</translation>
    </message>
    <message>
        <source>The sync server refused the request; nothing was changed.</source>
        <translation>Synkroniseringsserveren afviste forespørgslen; intet er ændret.</translation>
    </message>
    <message>
        <source>Sync is not set up on this computer yet.</source>
        <translation>Synkronisering er endnu ikke sat op på denne computer.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http only to this computer).</source>
        <translation>Serveradressen skal starte med https:// (almindelig http kun til denne computer).</translation>
    </message>
    <message>
        <source>This vault already syncs with another account or server. Nothing was changed.</source>
        <translation>Denne notesbog synkroniserer allerede med en anden konto eller server. Intet er ændret.</translation>
    </message>
    <message>
        <source>This account holds another notebook than the one on this computer. Nothing was changed.</source>
        <translation>Kontoen rummer en anden notesbog end den på denne computer. Intet er ændret.</translation>
    </message>
    <message>
        <source>The server asks for unsafe key settings; sign-in was stopped. Contact IT.</source>
        <translation>Serveren beder om usikre nøgleindstillinger; login blev stoppet. Kontakt IT.</translation>
    </message>
    <message>
        <source>The server asks to delete many records on this computer. Nothing was deleted; confirm to go on, or contact IT.</source>
        <translation>Serveren beder om at slette mange poster på denne computer. Intet er slettet; bekræft for at fortsætte, eller kontakt IT.</translation>
    </message>
    <message>
        <source>The policy file your organisation has set for this computer cannot be used, so the program stops. Contact IT.</source>
        <translation>Den politikfil, din organisation har sat op til denne computer, kan ikke bruges, så programmet stopper. Kontakt IT.</translation>
    </message>
    <message>
        <source>Your organisation has set the sync server for this computer; other servers are refused.</source>
        <translation>Din organisation har fastsat synkroniseringsserveren for denne computer; andre servere afvises.</translation>
    </message>
    <message>
        <source>This file is not a Casenotes backup.</source>
        <translation>Filen er ikke en sikkerhedskopi fra Casenotes.</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored. Nothing was changed; try another copy.</source>
        <translation>Sikkerhedskopien er beskadiget og kan ikke gendannes. Intet er ændret; prøv en anden kopi.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of the program. Update the program to restore it.</source>
        <translation>Sikkerhedskopien er lavet af en nyere version af programmet. Opdater programmet for at gendanne den.</translation>
    </message>
    <message>
        <source>Wrong backup password or recovery key: the backup does not open with it. Nothing was changed.</source>
        <translation>Forkert adgangskode til sikkerhedskopien eller forkert gendannelsesnøgle: sikkerhedskopien kan ikke åbnes med den. Intet er ændret.</translation>
    </message>
    <message>
        <source>The backup did not read back correctly after writing, so it was deleted. Try again, or save it on another drive.</source>
        <translation>Sikkerhedskopien kunne ikke læses korrekt igen efter skrivningen og er derfor slettet. Prøv igen, eller gem den på et andet drev.</translation>
    </message>
    <message>
        <source>Save the backup outside the notebook's own folder, preferably on another drive.</source>
        <translation>Gem sikkerhedskopien uden for notesbogens egen mappe, helst på et andet drev.</translation>
    </message>
    <message>
        <source>Save the export outside the notebook's own folder: a file there is not encrypted, and it would travel with the notebook. Nothing was written.</source>
        <translation>Gem udtrækket uden for notesbogens egen mappe: en fil dér er ikke krypteret, og den ville følge med notesbogen. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>The file could not be written there. Check that the folder exists, that it is not a folder you named, and that you may write in it, or choose another place. Nothing was written.</source>
        <translation>Filen kunne ikke skrives der. Kontrollér, at mappen findes, at det navn, du gav, ikke er en mappe, og at du må skrive i den, eller vælg et andet sted. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>A notebook already exists here. Confirm that it may be moved to a dated folder beside it first; nothing was changed.</source>
        <translation>Der findes allerede en notesbog her. Bekræft først, at den må flyttes til en dateret mappe ved siden af; intet er ændret.</translation>
    </message>
    <message>
        <source>Lock the notebook before restoring a backup; nothing was changed.</source>
        <translation>Lås notesbogen, før du gendanner en sikkerhedskopi; intet er ændret.</translation>
    </message>
    <message>
        <source>The notebook is open in another window or command. Close it first; nothing was changed.</source>
        <translation>Notesbogen er åben i et andet vindue eller en anden kommando. Luk den først; intet er ændret.</translation>
    </message>
    <message>
        <source>The notebook is already open in %1 (process %2, by %3 on %4, since %5). Close that program first; nothing was changed.</source>
        <translation>Notesbogen er allerede åben i %1 (proces %2, af %3 på %4, siden %5). Luk det program først; intet er ændret.</translation>
    </message>
    <message>
        <source>another Casenotes window</source>
        <translation>et andet Casenotes-vindue</translation>
    </message>
    <message>
        <source>The notebook is busy with another task right now; try again. Nothing was changed.</source>
        <translation>Notesbogen er optaget lige nu; prøv igen. Intet er ændret.</translation>
    </message>
    <message>
        <source>A restore from backup was interrupted and could not be finished. The previous notebook is kept in its before-restore folder; contact IT.</source>
        <translation>En gendannelse fra sikkerhedskopi blev afbrudt og kunne ikke gøres færdig. Den tidligere notesbog ligger i sin before-restore-mappe; kontakt IT.</translation>
    </message>
    <message>
        <source>The backup could not be written there. Check that the drive is connected and has room, or choose another place.</source>
        <translation>Sikkerhedskopien kunne ikke skrives der. Kontrollér, at drevet er tilsluttet og har plads, eller vælg et andet sted.</translation>
    </message>
    <message>
        <source>The backup file cannot be read. Check the name and that the drive is connected.</source>
        <translation>Sikkerhedskopien kan ikke læses. Kontrollér navnet, og at drevet er tilsluttet.</translation>
    </message>
    <message>
        <source>The restore could not be completed: the backup file stopped being readable, or this computer's disk is full. Nothing was changed.</source>
        <translation>Gendannelsen kunne ikke gøres færdig: sikkerhedskopien kunne ikke længere læses, eller computerens disk er fuld. Intet er ændret.</translation>
    </message>
    <message>
        <source>That colleague is not in the sync server's directory. Check the name; the colleague must have synced once. Nothing was sent.</source>
        <translation>Kollegaen findes ikke i synkroniseringsserverens katalog. Tjek navnet; kollegaen skal have synkroniseret én gang. Intet blev sendt.</translation>
    </message>
    <message>
        <source>The colleague's security number has changed since you last handed over a file. Compare the new number with the colleague (by phone or in person) and confirm it before anything is sent or opened. Nothing was sent or opened.</source>
        <translation>Kollegaens sikkerhedsnummer er ændret, siden I sidst overdrog en sag. Sammenlign det nye nummer med kollegaen (i telefonen eller ansigt til ansigt), og bekræft det, før noget sendes eller åbnes. Intet blev sendt eller åbnet.</translation>
    </message>
    <message>
        <source>The handed-over file cannot be opened: it is damaged, was changed on the way, or is not for you. Nothing was imported; ask the colleague to hand it over again.</source>
        <translation>Den overdragne sag kan ikke åbnes: den er beskadiget, blev ændret undervejs eller er ikke til dig. Intet blev hentet ind; bed kollegaen overdrage den igen.</translation>
    </message>
    <message>
        <source>This citizen's file is already in your notebook. Nothing was imported; the handover stays in the inbox.</source>
        <translation>Borgerens sag findes allerede i din notesbog. Intet blev hentet ind; overdragelsen bliver i indbakken.</translation>
    </message>
    <message>
        <source>This citizen's file is already being handed over and waits for the colleague's answer.</source>
        <translation>Borgerens sag er allerede ved at blive overdraget og venter på kollegaens svar.</translation>
    </message>
    <message>
        <source>The program cannot start</source>
        <translation>Programmet kan ikke starte</translation>
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
<context>
    <name>labels</name>
    <message>
        <source>Resource programme</source>
        <translation>Ressourceforløb</translation>
    </message>
    <message>
        <source>Job-clarification programme</source>
        <translation>Jobafklaringsforløb</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Kontanthjælp</translation>
    </message>
    <message>
        <source>Education assistance</source>
        <translation>Uddannelseshjælp</translation>
    </message>
    <message>
        <source>Sickness benefit</source>
        <translation>Sygedagpenge</translation>
    </message>
    <message>
        <source>Flex-job waiting benefit</source>
        <translation>Ledighedsydelse</translation>
    </message>
    <message>
        <source>Flex job</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>At the jobcentre</source>
        <translation>På jobcentret</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøg</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Walk-and-talk</source>
        <translation>Samtale på en gåtur</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Samtalenotat</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Decision of a network meeting</source>
        <translation>Beslutning fra et netværksmøde</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksion</translation>
    </message>
    <message>
        <source>Discretion record</source>
        <translation>Skønsnotat</translation>
    </message>
    <message>
        <source>At the workplace</source>
        <translation>På arbejdspladsen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Klar til journalisering</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Journaliseret</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Job goal (trade or function)</source>
        <translation>Jobmål (fag eller funktion)</translation>
    </message>
    <message>
        <source>Education goal</source>
        <translation>Uddannelsesmål</translation>
    </message>
    <message>
        <source>Purpose of the activities</source>
        <translation>Formål med aktiviteterne</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <source>The caseworker</source>
        <translation>Sagsbehandleren</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Sammen</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>Before a meeting</source>
        <translation>Før en samtale</translation>
    </message>
    <message>
        <source>During a meeting</source>
        <translation>Under en samtale</translation>
    </message>
    <message>
        <source>After a meeting</source>
        <translation>Efter en samtale</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fri tekst</translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation>Tre spørgsmål</translation>
    </message>
    <message>
        <source>Gibbs' reflective cycle</source>
        <translation>Gibbs' refleksionscirkel</translation>
    </message>
    <message>
        <source>A colleague's reply (joint professional reflection)</source>
        <translation>En kollegas svar (fælles faglig refleksion)</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <source>What I asked</source>
        <translation>Mit spørgsmål</translation>
    </message>
    <message>
        <source>The colleague's reply</source>
        <translation>Kollegaens svar</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Hvad skete der?</translation>
    </message>
    <message>
        <source>What did I think and feel?</source>
        <translation>Hvad tænkte og følte jeg?</translation>
    </message>
    <message>
        <source>What will I do?</source>
        <translation>Hvad vil jeg gøre?</translation>
    </message>
    <message>
        <source>Description: what happened?</source>
        <translation>Beskrivelse: hvad skete der?</translation>
    </message>
    <message>
        <source>Feelings: what did I think and feel?</source>
        <translation>Følelser: hvad tænkte og følte jeg?</translation>
    </message>
    <message>
        <source>Evaluation: what was good and bad?</source>
        <translation>Vurdering: hvad var godt og skidt?</translation>
    </message>
    <message>
        <source>Analysis: what sense can I make of it?</source>
        <translation>Analyse: hvordan kan jeg forstå det?</translation>
    </message>
    <message>
        <source>Conclusion: what else could I have done?</source>
        <translation>Konklusion: hvad kunne jeg ellers have gjort?</translation>
    </message>
    <message>
        <source>Action plan: what will I do next time?</source>
        <translation>Handleplan: hvad gør jeg næste gang?</translation>
    </message>
    <message>
        <source>Regional psychiatry</source>
        <translation>Regionspsykiatrien</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <source>Municipal social services</source>
        <translation>Kommunens socialområde</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>Bostøtte</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbejdsgiver</translation>
    </message>
    <message>
        <source>Union or unemployment fund</source>
        <translation>Fagforening eller a-kasse</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <source>Rehabilitation team</source>
        <translation>Rehabiliteringsteam</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sundhed</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Family and others</source>
        <translation>Familie og andre</translation>
    </message>
    <message>
        <source>From the jobcentre to the actor</source>
        <translation>Fra jobcentret til aktøren</translation>
    </message>
    <message>
        <source>From the actor to the jobcentre</source>
        <translation>Fra aktøren til jobcentret</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Begge veje</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <source>Digital Post</source>
        <translation>Digital Post</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Sag oprettet</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Sag åbnet</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Sag ændret</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Sag afsluttet</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Sag genåbnet</translation>
    </message>
    <message>
        <source>CPR number shown</source>
        <translation>CPR-nummer vist</translation>
    </message>
    <message>
        <source>CPR number copied</source>
        <translation>CPR-nummer kopieret</translation>
    </message>
    <message>
        <source>Belief in a job rated</source>
        <translation>Tro på job vurderet</translation>
    </message>
    <message>
        <source>Handed over to another caseworker</source>
        <translation>Overdraget til anden sagsbehandler</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data udleveret</translation>
    </message>
    <message>
        <source>Access export: everything handed out</source>
        <translation>Indsigt: alle oplysninger udleveret</translation>
    </message>
    <message>
        <source>Deleted permanently</source>
        <translation>Slettet permanent</translation>
    </message>
    <message>
        <source>File handed to a colleague (sealed, waiting for receipt)</source>
        <translation>Sagen overdraget til en kollega (krypteret, venter på kvittering)</translation>
    </message>
    <message>
        <source>File received by the colleague; deleted here</source>
        <translation>Kollegaen kvitterede for sagen; slettet her</translation>
    </message>
    <message>
        <source>The colleague declined the file; it stays here</source>
        <translation>Kollegaen afviste sagen; den bliver her</translation>
    </message>
    <message>
        <source>The colleague received the file; kept here because it changed after it was sent</source>
        <translation>Kollegaen modtog sagen; den bliver her, fordi den blev ændret efter afsendelsen</translation>
    </message>
    <message>
        <source>File received from a colleague</source>
        <translation>Sagen modtaget fra en kollega</translation>
    </message>
    <message>
        <source>Handover taken back before it was sent</source>
        <translation>Overdragelsen trukket tilbage, før den blev sendt</translation>
    </message>
    <message>
        <source>Meeting note written</source>
        <translation>Samtalenotat skrevet</translation>
    </message>
    <message>
        <source>Meeting note changed</source>
        <translation>Samtalenotat ændret</translation>
    </message>
    <message>
        <source>Meeting note status changed</source>
        <translation>Samtalenotatets status ændret</translation>
    </message>
    <message>
        <source>Meeting note filed</source>
        <translation>Samtalenotat journaliseret</translation>
    </message>
    <message>
        <source>Correction to a filed note</source>
        <translation>Rettelse til journaliseret notat</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Opfølgning udført</translation>
    </message>
    <message>
        <source>Goal set</source>
        <translation>Mål sat</translation>
    </message>
    <message>
        <source>Goal revised</source>
        <translation>Mål revideret</translation>
    </message>
    <message>
        <source>Reflection written</source>
        <translation>Refleksion skrevet</translation>
    </message>
    <message>
        <source>Pseudonymised excerpt copied for peer reflection</source>
        <translation>Pseudonymiseret uddrag kopieret til fælles refleksion</translation>
    </message>
    <message>
        <source>Pseudonymised excerpt sent to colleagues for peer reflection</source>
        <translation>Anonymiseret uddrag sendt til kolleger til fælles faglig refleksion</translation>
    </message>
    <message>
        <source>A colleague's reply to peer reflection</source>
        <translation>En kollegas svar til fælles faglig refleksion</translation>
    </message>
    <message>
        <source>Discretion recorded</source>
        <translation>Skøn registreret</translation>
    </message>
    <message>
        <source>Reflection copied as text</source>
        <translation>Refleksion kopieret som tekst</translation>
    </message>
    <message>
        <source>Discretion record copied as text</source>
        <translation>Skønsnotat kopieret som tekst</translation>
    </message>
    <message>
        <source>Actor added</source>
        <translation>Aktør tilføjet</translation>
    </message>
    <message>
        <source>Actor changed</source>
        <translation>Aktør ændret</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Samtykke registreret</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke tilbagekaldt</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Kontakt registreret</translation>
    </message>
    <message>
        <source>Information shared without consent (warned)</source>
        <translation>Oplysninger delt uden samtykke (advaret)</translation>
    </message>
    <message>
        <source>Did not share: no consent</source>
        <translation>Delte ikke: intet samtykke</translation>
    </message>
    <message>
        <source>Information already shared without consent (recorded with the reason)</source>
        <translation>Oplysninger allerede delt uden samtykke (noteret med begrundelse)</translation>
    </message>
    <message>
        <source>Network meeting recorded</source>
        <translation>Netværksmøde skrevet ned</translation>
    </message>
    <message>
        <source>Progress rated</source>
        <translation>Progression vurderet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Preferred meeting form</source>
        <translation>Foretrukken mødeform</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Responsible caseworker</source>
        <translation>Ansvarlig sagsbehandler</translation>
    </message>
    <message>
        <source>Account of the meeting</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Det aftalte vi</translation>
    </message>
    <message>
        <source>The citizen's own belief in getting a job</source>
        <translation>Borgerens egen tro på at komme i job</translation>
    </message>
    <message>
        <source>Your estimate of the citizen's chance of a job</source>
        <translation>Din vurdering af borgerens chance for et job</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Which information</source>
        <translation>Hvilke oplysninger</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Noteret af</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Udløber den</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Hvad det drejede sig om</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Delte oplysninger</translation>
    </message>
    <message>
        <source>Why it was shared without consent</source>
        <translation>Hvorfor det blev delt uden samtykke</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Hvad I talte om</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Belief in a job</source>
        <translation>Tro på job</translation>
    </message>
    <message>
        <source>New responsible caseworker</source>
        <translation>Ny ansvarlig sagsbehandler</translation>
    </message>
    <message>
        <source>Conversation tool</source>
        <translation>Samtaleværktøj</translation>
    </message>
    <message>
        <source>Answers to the conversation tool</source>
        <translation>Svar i samtaleværktøjet</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Spurgt til råds</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Ikke gemt tekst</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>My situation</source>
        <translation>Min situation</translation>
    </message>
    <message>
        <source>What is difficult</source>
        <translation>Det, der er svært</translation>
    </message>
    <message>
        <source>What I wish for</source>
        <translation>Det, jeg ønsker</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Det, der hjælper mig</translation>
    </message>
    <message>
        <source>Functional limitations</source>
        <translation>Funktionsnedsættelser</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcer</translation>
    </message>
    <message>
        <source>Workplace accommodations</source>
        <translation>Skånehensyn</translation>
    </message>
    <message>
        <source>Labour-market perspective</source>
        <translation>Arbejdsmarkedsperspektiv</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnoser</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>The citizen's view</source>
        <translation>Borgerens perspektiv</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Did the tool help?</source>
        <translation>Hjalp værktøjet?</translation>
    </message>
    <message>
        <source>Trade or function</source>
        <translation>Fag eller funktion</translation>
    </message>
    <message>
        <source>In the citizen's words</source>
        <translation>Med borgerens ord</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Begrundelse for ændringen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Overvejelser</translation>
    </message>
    <message>
        <source>Guidelines in conflict</source>
        <translation>Retningslinjer i modstrid</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
</context>
</TS>
