<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessLogModel</name>
    <message>
        <source>My plan (PDF)</source>
        <translation>My plan (PDF)</translation>
    </message>
    <message>
        <source>Network map (picture)</source>
        <translation>Network map (picture)</translation>
    </message>
    <message>
        <source>Progress chart (picture)</source>
        <translation>Progress chart (picture)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON (for machines)</source>
        <translation>JSON (for machines)</translation>
    </message>
    <message>
        <source>An agreement</source>
        <translation>An agreement</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>An activity</translation>
    </message>
    <message>
        <source>A consent&apos;s expiry</source>
        <translation>A consent&apos;s expiry</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Corrects the note of</source>
        <translation>Corrects the note of</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
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
        <translation>Channel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Rated by</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>New responsible caseworker</source>
        <translation>New responsible caseworker</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>a scale set no longer in the program</source>
        <translation>a scale set no longer in the program</translation>
    </message>
</context>
<context>
    <name>AccessLogTab</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
</context>
<context>
    <name>ActivityRow</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>e.g. work placement in the bakery, 2 × 3 hours</source>
        <translation>e.g. work placement in the bakery, 2 × 3 hours</translation>
    </message>
    <message>
        <source>Actor or name</source>
        <translation>Actor or name</translation>
    </message>
    <message>
        <source>Name of who does it</source>
        <translation>Name of who does it</translation>
    </message>
    <message>
        <source>The citizen&apos;s actors from the network tab, or type a name or role</source>
        <translation>The citizen&apos;s actors from the network tab, or type a name or role</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> h/week</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>How it went</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <source>e.g. Psykiatrisk Center Nord, Netto Aalborg</source>
        <translation>e.g. Psykiatrisk Center Nord, Netto Aalborg</translation>
    </message>
    <message>
        <source>Name of the person you talk to</source>
        <translation>Name of the person you talk to</translation>
    </message>
    <message>
        <source>What this actor does for the citizen</source>
        <translation>What this actor does for the citizen</translation>
    </message>
</context>
<context>
    <name>ActorList</name>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>no valid consent</source>
        <translation>no valid consent</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>What was agreed</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>With a date the agreement appears on the follow-up list</source>
        <translation>With a date the agreement appears on the follow-up list</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>The notebook was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>The notebook was locked after %n minute without activity.</numerusform>
            <numerusform>The notebook was locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring the backup. Do not turn off the computer…</source>
        <translation>Restoring the backup. Do not turn off the computer…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The backup is restored. Type the password the notebook had when the backup was made.</source>
        <translation>The backup is restored. Type the password the notebook had when the backup was made.</translation>
    </message>
    <message>
        <source>The previous notebook is kept in %1.</source>
        <translation>The previous notebook is kept in %1.</translation>
    </message>
    <message>
        <source>The notebook is damaged. Stop working in it, restore a backup or contact IT.</source>
        <translation>The notebook is damaged. Stop working in it, restore a backup or contact IT.</translation>
    </message>
    <message>
        <source>The notebook is damaged</source>
        <translation>The notebook is damaged</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the notebook</source>
        <translation>Back up the notebook</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>A backup pass&amp;word (you choose it now)</source>
        <translation>A backup pass&amp;word (you choose it now)</translation>
    </message>
    <message>
        <source>The notebook&apos;s recover&amp;y key</source>
        <translation>The notebook&apos;s recover&amp;y key</translation>
    </message>
    <message>
        <source>Backup &amp;password</source>
        <translation>Backup &amp;password</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>Anyone who has both the file and the recovery key can open it: keep them apart.</source>
        <translation>Anyone who has both the file and the recovery key can open it: keep them apart.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Protect with</source>
        <translation>Protect with</translation>
    </message>
    <message>
        <source>The backup is one encrypted file with everything in the notebook as it is now. Keep it on another drive. It opens with the backup password you choose here, or with the notebook&apos;s recovery key.</source>
        <translation>The backup is one encrypted file with everything in the notebook as it is now. Keep it on another drive. It opens with the backup password you choose here, or with the notebook&apos;s recovery key.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Save the backup as</translation>
    </message>
    <message>
        <source>Casenotes backups (*%1)</source>
        <translation>Casenotes backups (*%1)</translation>
    </message>
    <message>
        <source>Writing the backup and reading it back to check it…</source>
        <translation>Writing the backup and reading it back to check it…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Click to put the message away</source>
        <translation>Click to put the message away</translation>
    </message>
</context>
<context>
    <name>BeliefChart</name>
    <message>
        <source>Belief in a job over time</source>
        <translation>Belief in a job over time</translation>
    </message>
    <message>
        <source>Belief in a job</source>
        <translation>Belief in a job</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>gap now: none, you agree</source>
        <translation>gap now: none, you agree</translation>
    </message>
    <message numerus="yes">
        <source>gap now: you rate %n step(s) higher</source>
        <translation>
            <numerusform>gap now: you rate %n step higher</numerusform>
            <numerusform>gap now: you rate %n steps higher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gap now: the citizen rates %n step(s) higher</source>
        <translation>
            <numerusform>gap now: the citizen rates %n step higher</numerusform>
            <numerusform>gap now: the citizen rates %n steps higher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BeliefPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Belief ratings</source>
        <translation>Belief ratings</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> of 10</translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation>Date of the rating</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words, or why you rate it so</source>
        <translation>In the citizen&apos;s words, or why you rate it so</translation>
    </message>
    <message>
        <source>&amp;Add rating</source>
        <translation>&amp;Add rating</translation>
    </message>
    <message>
        <source>Who rates</source>
        <translation>Who rates</translation>
    </message>
    <message>
        <source>How likely is a job (1-10)</source>
        <translation>How likely is a job (1-10)</translation>
    </message>
    <message>
        <source>Belief matters: rate, at each follow-up, how likely the citizen thinks a job is, and how likely you think it is. The gap between the two is worth talking about.</source>
        <translation>Belief matters: rate, at each follow-up, how likely the citizen thinks a job is, and how likely you think it is. The gap between the two is worth talking about.</translation>
    </message>
    <message numerus="yes">
        <source>Gap: %n step(s)</source>
        <translation>
            <numerusform>Gap: %n step</numerusform>
            <numerusform>Gap: %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>No ratings yet.</translation>
    </message>
</context>
<context>
    <name>BeliefQuestions</name>
    <message>
        <source>Belief in a job</source>
        <translation>Belief in a job</translation>
    </message>
    <message>
        <source>The citizen&apos;s own belief in getting a job</source>
        <translation>The citizen&apos;s own belief in getting a job</translation>
    </message>
    <message>
        <source>Your estimate of the citizen&apos;s chance of a job</source>
        <translation>Your estimate of the citizen&apos;s chance of a job</translation>
    </message>
    <message>
        <source>Asked at follow-up meetings. Saved with the note as belief ratings dated as the meeting.</source>
        <translation>Asked at follow-up meetings. Saved with the note as belief ratings dated as the meeting.</translation>
    </message>
    <message>
        <source>The citizen&apos;s own belief (1-10)</source>
        <translation>The citizen&apos;s own belief (1-10)</translation>
    </message>
    <message>
        <source>Your estimate (1-10)</source>
        <translation>Your estimate (1-10)</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> of 10</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;New citizen…</translation>
    </message>
    <message>
        <source>Create a citizen (Ctrl+N)</source>
        <translation>Create a citizen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name, CPR or programme</source>
        <translation>Filter by name, CPR or programme</translation>
    </message>
    <message>
        <source>Filter the caseload</source>
        <translation>Filter the caseload</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Which cases</translation>
    </message>
    <message>
        <source>Follow-up &amp;due this week</source>
        <translation>Follow-up &amp;due this week</translation>
    </message>
    <message>
        <source>No citizens yet</source>
        <translation>No citizens yet</translation>
    </message>
    <message>
        <source>Create the first citizen with “New citizen” (Ctrl+N). They will be listed here with their programme, next follow-up and last contact.</source>
        <translation>Create the first citizen with “New citizen” (Ctrl+N). They will be listed here with their programme, next follow-up and last contact.</translation>
    </message>
    <message>
        <source>No citizens match the filter.</source>
        <translation>No citizens match the filter.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The follow-up date has passed</source>
        <translation>The follow-up date has passed</translation>
    </message>
</context>
<context>
    <name>CaseworkerPanel</name>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation>Hand o&amp;ver…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>Responsible caseworker:</source>
        <translation>Responsible caseworker:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>Your notes stay as they are; only the password that opens them changes.</source>
        <translation>Your notes stay as they are; only the password that opens them changes.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
</context>
<context>
    <name>CitizenFileTabs</name>
    <message>
        <source>Sections of the citizen&apos;s file</source>
        <translation>Sections of the citizen&apos;s file</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>In their o&amp;wn words</source>
        <translation>In their o&amp;wn words</translation>
    </message>
    <message>
        <source>&amp;Goals and plan</source>
        <translation>&amp;Goals and plan</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>&amp;Reflection</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>Progr&amp;ess</source>
        <translation>Progr&amp;ess</translation>
    </message>
    <message>
        <source>&amp;Function and accommodations</source>
        <translation>&amp;Function and accommodations</translation>
    </message>
    <message>
        <source>&amp;Belief in a job</source>
        <translation>&amp;Belief in a job</translation>
    </message>
    <message>
        <source>&amp;Caseworker</source>
        <translation>&amp;Caseworker</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>Access &amp;log</translation>
    </message>
</context>
<context>
    <name>CitizenHeader</name>
    <message>
        <source>Sho&amp;w CPR</source>
        <translation>Sho&amp;w CPR</translation>
    </message>
    <message>
        <source>Shows the full CPR number; this is recorded in the access log</source>
        <translation>Shows the full CPR number; this is recorded in the access log</translation>
    </message>
    <message>
        <source>&amp;Copy CPR</source>
        <translation>&amp;Copy CPR</translation>
    </message>
    <message>
        <source>Copy the full CPR number (%1). The clipboard is cleared after 30 seconds; the copy is recorded in the access log</source>
        <translation>Copy the full CPR number (%1). The clipboard is cleared after 30 seconds; the copy is recorded in the access log</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>My &amp;plan (PDF)…</source>
        <translation>My &amp;plan (PDF)…</translation>
    </message>
    <message>
        <source>Save the citizen&apos;s plan as a PDF to print or hand over</source>
        <translation>Save the citizen&apos;s plan as a PDF to print or hand over</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>M&amp;ore</translation>
    </message>
    <message>
        <source>Access export as PDF…</source>
        <translation>Access export as PDF…</translation>
    </message>
    <message>
        <source>Everything stored about the citizen and who has seen it, for an access request</source>
        <translation>Everything stored about the citizen and who has seen it, for an access request</translation>
    </message>
    <message>
        <source>Access export as JSON…</source>
        <translation>Access export as JSON…</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>&amp;Hand over to a colleague…</translation>
    </message>
    <message>
        <source>Send the whole file, encrypted, to a colleague who takes over the citizen</source>
        <translation>Send the whole file, encrypted, to a colleague who takes over the citizen</translation>
    </message>
    <message>
        <source>&amp;Load receipt from file…</source>
        <translation>&amp;Load receipt from file…</translation>
    </message>
    <message>
        <source>The colleague&apos;s receipt for a handover saved as a file; your copy is then deleted</source>
        <translation>The colleague&apos;s receipt for a handover saved as a file; your copy is then deleted</translation>
    </message>
    <message>
        <source>&amp;Withdraw the handover…</source>
        <translation>&amp;Withdraw the handover…</translation>
    </message>
    <message>
        <source>Take back a handover that has not reached the colleague</source>
        <translation>Take back a handover that has not reached the colleague</translation>
    </message>
    <message>
        <source>Delete citizen permanently…</source>
        <translation>Delete citizen permanently…</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <source>Fill in at least the name, then save (Ctrl+S).</source>
        <translation>Fill in at least the name, then save (Ctrl+S).</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>last contact %1</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>&amp;Reopen case</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>C&amp;lose case</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
</context>
<context>
    <name>CitizenPage</name>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>The citizen&apos;s file could not be opened.</source>
        <translation>The citizen&apos;s file could not be opened.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Throw away the changes you have not saved?</source>
        <translation>Throw away the changes you have not saved?</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Close the case? It can be reopened later.</source>
        <translation>Close the case? It can be reopened later.</translation>
    </message>
    <message>
        <source>Nothing to save on this tab: everything here is saved.</source>
        <translation>Nothing to save on this tab: everything here is saved.</translation>
    </message>
</context>
<context>
    <name>ColleagueHandoverDialog</name>
    <message>
        <source>Hand over to a colleague</source>
        <translation>Hand over to a colleague</translation>
    </message>
    <message>
        <source>Hand %1&apos;s file to a colleague</source>
        <translation>Hand %1&apos;s file to a colleague</translation>
    </message>
    <message>
        <source>The whole file goes, sealed so that only the colleague can open it. Your copy is deleted when the colleague has confirmed receiving it; until then nothing is lost.</source>
        <translation>The whole file goes, sealed so that only the colleague can open it. Your copy is deleted when the colleague has confirmed receiving it; until then nothing is lost.</translation>
    </message>
    <message>
        <source>For example: the citizen moved to your district</source>
        <translation>For example: the citizen moved to your district</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Kept in the citizen&apos;s history of handovers.</source>
        <translation>Kept in the citizen&apos;s history of handovers.</translation>
    </message>
    <message>
        <source>Include my re&amp;flection log</source>
        <translation>Include my re&amp;flection log</translation>
    </message>
    <message>
        <source>Your reflections are your own thoughts about the work; leave them out unless they help</source>
        <translation>Your reflections are your own thoughts about the work; leave them out unless they help</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save as &amp;file for USB…</source>
        <translation>Save as &amp;file for USB…</translation>
    </message>
    <message>
        <source>For when there is no connection: the sealed file goes to the colleague on a USB stick</source>
        <translation>For when there is no connection: the sealed file goes to the colleague on a USB stick</translation>
    </message>
    <message>
        <source>Save the handover for a USB stick</source>
        <translation>Save the handover for a USB stick</translation>
    </message>
    <message>
        <source>Handover files (*.cntransfer)</source>
        <translation>Handover files (*.cntransfer)</translation>
    </message>
    <message>
        <source>Choose the colleague who takes over the file:</source>
        <translation>Choose the colleague who takes over the file:</translation>
    </message>
    <message>
        <source>Your own security number (for a colleague to compare): %1</source>
        <translation>Your own security number (for a colleague to compare): %1</translation>
    </message>
</context>
<context>
    <name>ColleagueList</name>
    <message>
        <source>Fetching the colleagues from the sync server…</source>
        <translation>Fetching the colleagues from the sync server…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <source>No colleague is in the sync server&apos;s directory yet: a colleague appears after their first sync.</source>
        <translation>No colleague is in the sync server&apos;s directory yet: a colleague appears after their first sync.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. A handover to a colleague you have handed a file to before waits here, sealed, and is sent when it can be reached; or save it as a file:</source>
        <translation>The sync server cannot be reached. A handover to a colleague you have handed a file to before waits here, sealed, and is sent when it can be reached; or save it as a file:</translation>
    </message>
    <message>
        <source>Sync is not set up on this computer.</source>
        <translation>Sync is not set up on this computer.</translation>
    </message>
    <message>
        <source>You can save the handover as a file for a colleague you have handed a file to before:</source>
        <translation>You can save the handover as a file for a colleague you have handed a file to before:</translation>
    </message>
    <message>
        <source>Sync is not set up on this computer, and colleagues are reached through the sync server. Set it up first: Sync → Set up sync…</source>
        <translation>Sync is not set up on this computer, and colleagues are reached through the sync server. Set it up first: Sync → Set up sync…</translation>
    </message>
</context>
<context>
    <name>ColleagueModel</name>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Security number</source>
        <translation>Security number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First handover: compare the number</source>
        <translation>First handover: compare the number</translation>
    </message>
    <message>
        <source>⚠ Number changed</source>
        <translation>⚠ Number changed</translation>
    </message>
    <message>
        <source>Compared before</source>
        <translation>Compared before</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>The value on this computer</source>
        <translation>The value on this computer</translation>
    </message>
    <message>
        <source>The value from the other device</source>
        <translation>The value from the other device</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <source>Keep &amp;this computer&apos;s</source>
        <translation>Keep &amp;this computer&apos;s</translation>
    </message>
    <message>
        <source>Use the &amp;other device&apos;s</source>
        <translation>Use the &amp;other device&apos;s</translation>
    </message>
    <message>
        <source>&amp;Save the result</source>
        <translation>&amp;Save the result</translation>
    </message>
    <message>
        <source>Save the text in the result field (Ctrl+Enter)</source>
        <translation>Save the text in the result field (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No conflicts. Everything that was changed in two places has been merged.</source>
        <translation>No conflicts. Everything that was changed in two places has been merged.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>From the other device</source>
        <translation>From the other device</translation>
    </message>
    <message>
        <source>Result (edit it to combine both)</source>
        <translation>Result (edit it to combine both)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Changed in two places</source>
        <translation>Changed in two places</translation>
    </message>
    <message>
        <source>The same field was changed here and on another device. Until you choose, the record keeps this computer&apos;s value. Nothing is lost: both values are shown here.</source>
        <translation>The same field was changed here and on another device. Until you choose, the record keeps this computer&apos;s value. Nothing is lost: both values are shown here.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ConsentEntry</name>
    <message>
        <source>e.g. the psychiatrist&apos;s statement on how many hours a week the citizen can work</source>
        <translation>e.g. the psychiatrist&apos;s statement on how many hours a week the citizen can work</translation>
    </message>
    <message>
        <source>e.g. to plan a work placement with suitable hours</source>
        <translation>e.g. to plan a work placement with suitable hours</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent (Retssikkerhedsloven § 11 c)</source>
        <translation>The citizen&apos;s consent (Retssikkerhedsloven § 11 c)</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent (Forvaltningsloven § 28, stk. 2)</source>
        <translation>The citizen&apos;s consent (Forvaltningsloven § 28, stk. 2)</translation>
    </message>
    <message>
        <source>Too general. A consent must name the information, e.g. &apos;the GP&apos;s statement on sleep and medication&apos;. &apos;All relevant information&apos; is not a valid consent.</source>
        <translation>Too general. A consent must name the information, e.g. &apos;the GP&apos;s statement on sleep and medication&apos;. &apos;All relevant information&apos; is not a valid consent.</translation>
    </message>
    <message>
        <source>Too general. Name what the information is for, e.g. &apos;to plan a work placement&apos;. &apos;Case work&apos; is not a purpose the citizen can take a stand on.</source>
        <translation>Too general. Name what the information is for, e.g. &apos;to plan a work placement&apos;. &apos;Case work&apos; is not a purpose the citizen can take a stand on.</translation>
    </message>
    <message>
        <source>A consent must be specific: which information, to or from whom, and for what. The citizen must be able to see what they agree to. A general consent is not valid.</source>
        <translation>A consent must be specific: which information, to or from whom, and for what. The citizen must be able to see what they agree to. A general consent is not valid.</translation>
    </message>
</context>
<context>
    <name>ConsentWarning</name>
    <message>
        <source>No valid consent</source>
        <translation>No valid consent</translation>
    </message>
    <message>
        <source>No valid consent covers sharing this information with %1 on this date, this way.</source>
        <translation>No valid consent covers sharing this information with %1 on this date, this way.</translation>
    </message>
    <message>
        <source>Without consent, information may only be shared where the law allows it. If it has already been shared, record that truthfully with the reason. Whatever you choose is recorded in the access log.</source>
        <translation>Without consent, information may only be shared where the law allows it. If it has already been shared, record that truthfully with the reason. Whatever you choose is recorded in the access log.</translation>
    </message>
    <message>
        <source>Share anyway: the law allows it</source>
        <translation>Share anyway: the law allows it</translation>
    </message>
    <message>
        <source>It was already shared…</source>
        <translation>It was already shared…</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Do not share</translation>
    </message>
    <message>
        <source>Shared without consent</source>
        <translation>Shared without consent</translation>
    </message>
    <message>
        <source>Why was the information shared without a valid consent? (e.g. the actor called and it was said before consent was checked)</source>
        <translation>Why was the information shared without a valid consent? (e.g. the actor called and it was said before consent was checked)</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Withdraw cons&amp;ent…</source>
        <translation>Withdraw cons&amp;ent…</translation>
    </message>
    <message>
        <source>Record co&amp;nsent</source>
        <translation>Record co&amp;nsent</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>The consent was not recorded. See the fields marked in red.</source>
        <translation>The consent was not recorded. See the fields marked in red.</translation>
    </message>
    <message>
        <source>The consent was recorded.</source>
        <translation>The consent was recorded.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>The citizen withdraws this consent. It stops covering contacts from today, %1.</source>
        <translation>The citizen withdraws this consent. It stops covering contacts from today, %1.</translation>
    </message>
    <message>
        <source>The consent was withdrawn.</source>
        <translation>The consent was withdrawn.</translation>
    </message>
</context>
<context>
    <name>ContactEntry</name>
    <message>
        <source>What you talked about or agreed</source>
        <translation>What you talked about or agreed</translation>
    </message>
    <message>
        <source>Which information was given or received. Leave empty if none was.</source>
        <translation>Which information was given or received. Leave empty if none was.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Contact log</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>Log cont&amp;act</source>
        <translation>Log cont&amp;act</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>The contact was logged.</source>
        <translation>The contact was logged.</translation>
    </message>
    <message>
        <source>Nothing was logged as shared, and your choice is in the access log. Record a consent first, or remove the shared information from the contact.</source>
        <translation>Nothing was logged as shared, and your choice is in the access log. Record a consent first, or remove the shared information from the contact.</translation>
    </message>
    <message>
        <source>The contact was logged, marked as shared without consent, with your reason.</source>
        <translation>The contact was logged, marked as shared without consent, with your reason.</translation>
    </message>
    <message>
        <source>The contact was logged. That information was shared without consent is recorded.</source>
        <translation>The contact was logged. That information was shared without consent is recorded.</translation>
    </message>
</context>
<context>
    <name>CoordinationPanel</name>
    <message>
        <source>New ac&amp;tor</source>
        <translation>New ac&amp;tor</translation>
    </message>
    <message>
        <source>Add someone around the citizen (Ctrl+Shift+N)</source>
        <translation>Add someone around the citizen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>Sa&amp;ve actor</source>
        <translation>Sa&amp;ve actor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Actors around the citizen</source>
        <translation>Actors around the citizen</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message>
        <source>Actor&amp;s</source>
        <translation>Actor&amp;s</translation>
    </message>
    <message>
        <source>Networ&amp;k meetings</source>
        <translation>Networ&amp;k meetings</translation>
    </message>
    <message>
        <source>Networ&amp;k meetings (%1)</source>
        <translation>Networ&amp;k meetings (%1)</translation>
    </message>
    <message>
        <source>A&amp;dd actor</source>
        <translation>A&amp;dd actor</translation>
    </message>
    <message>
        <source>Consents (%1)</source>
        <translation>Consents (%1)</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Valid, no end date</source>
        <translation>Valid, no end date</translation>
    </message>
    <message>
        <source>given %1 (%2)</source>
        <translation>given %1 (%2)</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Shared without consent (warned)</source>
        <translation>Shared without consent (warned)</translation>
    </message>
    <message>
        <source>Already shared without consent</source>
        <translation>Already shared without consent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>No contacts logged yet.</translation>
    </message>
    <message>
        <source>Contact log (%1)</source>
        <translation>Contact log (%1)</translation>
    </message>
    <message>
        <source>Nothing shared: no consent needed.</source>
        <translation>Nothing shared: no consent needed.</translation>
    </message>
    <message>
        <source>No valid consent covers this. You will be asked before the contact is logged.</source>
        <translation>No valid consent covers this. You will be asked before the contact is logged.</translation>
    </message>
    <message>
        <source>Covered by the consent given %1.</source>
        <translation>Covered by the consent given %1.</translation>
    </message>
</context>
<context>
    <name>DatePopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>e.g. ask the GP for a statement on working hours</source>
        <translation>e.g. ask the GP for a statement on working hours</translation>
    </message>
    <message>
        <source>Decision: what</source>
        <translation>Decision: what</translation>
    </message>
    <message>
        <source>Decision: who</source>
        <translation>Decision: who</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Decision: by when</source>
        <translation>Decision: by when</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Computers with access</source>
        <translation>Computers with access</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Remove access…</source>
        <translation>&amp;Remove access…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>If a computer is lost or stolen, remove its access: it is stopped at its next contact with the server. Its own copy stays encrypted under your password.</source>
        <translation>If a computer is lost or stolen, remove its access: it is stopped at its next contact with the server. Its own copy stays encrypted under your password.</translation>
    </message>
    <message>
        <source>(this computer)</source>
        <translation>(this computer)</translation>
    </message>
    <message>
        <source>Access removed</source>
        <translation>Access removed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>Remove access</translation>
    </message>
    <message>
        <source>Remove the access of %1? It cannot sync again until it is set up anew.</source>
        <translation>Remove the access of %1? It cannot sync again until it is set up anew.</translation>
    </message>
</context>
<context>
    <name>DiscretionLog</name>
    <message>
        <source>e.g. team leader, legal adviser, the citizen&apos;s GP</source>
        <translation>e.g. team leader, legal adviser, the citizen&apos;s GP</translation>
    </message>
    <message>
        <source>Who was consulted</source>
        <translation>Who was consulted</translation>
    </message>
    <message>
        <source>Meeting the record concerns</source>
        <translation>Meeting the record concerns</translation>
    </message>
    <message>
        <source>Save recor&amp;d</source>
        <translation>Save recor&amp;d</translation>
    </message>
    <message>
        <source>What is known in this case</source>
        <translation>What is known in this case</translation>
    </message>
    <message>
        <source>What speaks for and against</source>
        <translation>What speaks for and against</translation>
    </message>
    <message>
        <source>Which rules, guidelines or expectations pull in different directions</source>
        <translation>Which rules, guidelines or expectations pull in different directions</translation>
    </message>
    <message>
        <source>What you decided, and why it is the best judgement here</source>
        <translation>What you decided, and why it is the best judgement here</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Earlier records</source>
        <translation>Earlier records</translation>
    </message>
    <message>
        <source>Discretion record</source>
        <translation>Discretion record</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Copy as te&amp;xt</translation>
    </message>
    <message>
        <source>Copy the record as text for the case system. The clipboard is cleared after 30 seconds</source>
        <translation>Copy the record as text for the case system. The clipboard is cleared after 30 seconds</translation>
    </message>
    <message>
        <source>The record was not saved. Fill in: %1</source>
        <translation>The record was not saved. Fill in: %1</translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation>The record was not saved:</translation>
    </message>
    <message>
        <source>The record was saved.</source>
        <translation>The record was saved.</translation>
    </message>
    <message>
        <source>The record was copied as text. Paste it into the case system.</source>
        <translation>The record was copied as text. Paste it into the case system.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Meeting: %1</translation>
    </message>
</context>
<context>
    <name>EraseCitizenDialog</name>
    <message>
        <source>Delete citizen permanently</source>
        <translation>Delete citizen permanently</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>Delete %1 permanently?</translation>
    </message>
    <message>
        <source>Everything about the citizen is deleted from this computer and, at the next sync, from your other computers: profile, goals, notes, reflections, contacts, consents and measurements. It cannot be undone. The access log keeps only that a record was deleted, when and by whom.

The municipality may be obliged to keep information: make sure what must be kept is in the official case system first.</source>
        <translation>Everything about the citizen is deleted from this computer and, at the next sync, from your other computers: profile, goals, notes, reflections, contacts, consents and measurements. It cannot be undone. The access log keeps only that a record was deleted, when and by whom.

The municipality may be obliged to keep information: make sure what must be kept is in the official case system first.</translation>
    </message>
    <message>
        <source>Type the citizen&apos;s name to confirm:</source>
        <translation>Type the citizen&apos;s name to confirm:</translation>
    </message>
    <message>
        <source>The citizen&apos;s name</source>
        <translation>The citizen&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Delete permanently</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <source>Excerpt for peer reflection</source>
        <translation>Excerpt for peer reflection</translation>
    </message>
    <message>
        <source>Names and CPR numbers have been replaced. Read the excerpt through: other details (places, employers, relatives) can also identify the citizen. Change what you need before copying.</source>
        <translation>Names and CPR numbers have been replaced. Read the excerpt through: other details (places, employers, relatives) can also identify the citizen. Change what you need before copying.</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>&amp;Copy excerpt</source>
        <translation>&amp;Copy excerpt</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
</context>
<context>
    <name>FileStack</name>
    <message>
        <source>No citizen chosen</source>
        <translation>No citizen chosen</translation>
    </message>
    <message>
        <source>Choose a citizen in the caseload to see the profile in their own words, belief in a job, the responsible caseworker and who has looked at the record.</source>
        <translation>Choose a citizen in the caseload to see the profile in their own words, belief in a job, the responsible caseworker and who has looked at the record.</translation>
    </message>
    <message>
        <source>Opening the citizen&apos;s file…</source>
        <translation>Opening the citizen&apos;s file…</translation>
    </message>
    <message>
        <source>Just a moment.</source>
        <translation>Just a moment.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Due within 30 days</translation>
    </message>
    <message>
        <source>Which follow-ups</source>
        <translation>Which follow-ups</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <source>Agreements with a date from your meeting notes show up here when they fall due.</source>
        <translation>Agreements with a date from your meeting notes show up here when they fall due.</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Marked as done.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Activity ends: %1</source>
        <translation>Activity ends: %1</translation>
    </message>
    <message>
        <source>Consent expires: %1</source>
        <translation>Consent expires: %1</translation>
    </message>
    <message>
        <source>Network meeting: %1</source>
        <translation>Network meeting: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>The activity has ended: follow up on how it went and write the outcome under the goal</source>
        <translation>The activity has ended: follow up on how it went and write the outcome under the goal</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Kind of goal</source>
        <translation>Kind of goal</translation>
    </message>
    <message>
        <source>The goal, concrete and near the citizen</source>
        <translation>The goal, concrete and near the citizen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>e.g. kitchen assistant, warehouse work, social care helper</source>
        <translation>e.g. kitchen assistant, warehouse work, social care helper</translation>
    </message>
    <message>
        <source>Trade or function</source>
        <translation>Trade or function</translation>
    </message>
    <message>
        <source>A job goal names a trade or a function; a scheme such as &apos;flex job&apos; is not a goal.</source>
        <translation>A job goal names a trade or a function; a scheme such as &apos;flex job&apos; is not a goal.</translation>
    </message>
    <message>
        <source>The goal as the citizen says it</source>
        <translation>The goal as the citizen says it</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words</source>
        <translation>In the citizen&apos;s words</translation>
    </message>
    <message>
        <source>Formulated by</source>
        <translation>Formulated by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add act&amp;ivity</source>
        <translation>Add act&amp;ivity</translation>
    </message>
    <message>
        <source>Go&amp;al</source>
        <translation>Go&amp;al</translation>
    </message>
    <message>
        <source>Tra&amp;de or function</source>
        <translation>Tra&amp;de or function</translation>
    </message>
    <message>
        <source>In the citi&amp;zen&apos;s words</source>
        <translation>In the citi&amp;zen&apos;s words</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Formulated &amp;by</source>
        <translation>Formulated &amp;by</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>GoalReasonDialog</name>
    <message>
        <source>Why does the goal change?</source>
        <translation>Why does the goal change?</translation>
    </message>
    <message>
        <source>The old version is kept with this reason, so the plan shows why it changed.</source>
        <translation>The old version is kept with this reason, so the plan shows why it changed.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>e.g. the citizen would rather work with horses</source>
        <translation>e.g. the citizen would rather work with horses</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Save the change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write why the goal changes; the old version is kept with this reason.</source>
        <translation>Write why the goal changes; the old version is kept with this reason.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;New goal</translation>
    </message>
    <message>
        <source>N&amp;ew sub-goal</source>
        <translation>N&amp;ew sub-goal</translation>
    </message>
    <message>
        <source>A step on the way to the chosen goal</source>
        <translation>A step on the way to the chosen goal</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>Not saved: a changed goal needs a reason.</source>
        <translation>Not saved: a changed goal needs a reason.</translation>
    </message>
    <message>
        <source>The goal was not saved:</source>
        <translation>The goal was not saved:</translation>
    </message>
    <message>
        <source>The goal was saved.</source>
        <translation>The goal was saved.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>No earlier versions.</source>
        <translation>No earlier versions.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: changed because: &lt;i&gt;%2&lt;/i&gt;&lt;br&gt;Before: %3 (%4)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: changed because: &lt;i&gt;%2&lt;/i&gt;&lt;br&gt;Before: %3 (%4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New sub-goal, not saved yet</source>
        <translation>New sub-goal, not saved yet</translation>
    </message>
    <message>
        <source>New goal, not saved yet</source>
        <translation>New goal, not saved yet</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Changes not saved yet</translation>
    </message>
</context>
<context>
    <name>HandoverAction</name>
    <message>
        <source>Saved. Give the file to %1; your copy is deleted when you load the colleague&apos;s receipt.</source>
        <translation>Saved. Give the file to %1; your copy is deleted when you load the colleague&apos;s receipt.</translation>
    </message>
    <message>
        <source>Sent to %1. Your copy is deleted when the colleague has confirmed receiving it.</source>
        <translation>Sent to %1. Your copy is deleted when the colleague has confirmed receiving it.</translation>
    </message>
    <message>
        <source>Ready for %1: the file is sent when there is a connection to the sync server.</source>
        <translation>Ready for %1: the file is sent when there is a connection to the sync server.</translation>
    </message>
    <message>
        <source>Handed over to %1.</source>
        <translation>Handed over to %1.</translation>
    </message>
    <message>
        <source>That receipt is for another citizen&apos;s handover; it has been taken in.</source>
        <translation>That receipt is for another citizen&apos;s handover; it has been taken in.</translation>
    </message>
    <message>
        <source>The colleague declined the handover; the file stays with you.</source>
        <translation>The colleague declined the handover; the file stays with you.</translation>
    </message>
    <message>
        <source>The file was changed here after it was saved for the colleague, so it is kept.</source>
        <translation>The file was changed here after it was saved for the colleague, so it is kept.</translation>
    </message>
    <message>
        <source>The receipt cannot be used: it is damaged, is not from the colleague, or belongs to no handover waiting here. Nothing was deleted.</source>
        <translation>The receipt cannot be used: it is damaged, is not from the colleague, or belongs to no handover waiting here. Nothing was deleted.</translation>
    </message>
    <message>
        <source>The handover was withdrawn; the file stays with you.</source>
        <translation>The handover was withdrawn; the file stays with you.</translation>
    </message>
    <message>
        <source>The handover has already been sent and can no longer be withdrawn.</source>
        <translation>The handover has already been sent and can no longer be withdrawn.</translation>
    </message>
    <message>
        <source>Load the colleague&apos;s receipt</source>
        <translation>Load the colleague&apos;s receipt</translation>
    </message>
    <message>
        <source>Receipts (*.cnreceipt)</source>
        <translation>Receipts (*.cnreceipt)</translation>
    </message>
    <message>
        <source>Withdraw the handover</source>
        <translation>Withdraw the handover</translation>
    </message>
    <message>
        <source>Withdraw the handover to %1? The file stays with you. If it was saved as a file, delete that file: a receipt for it can no longer be used here.</source>
        <translation>Withdraw the handover to %1? The file stays with you. If it was saved as a file, delete that file: a receipt for it can no longer be used here.</translation>
    </message>
    <message>
        <source>Handed over to %1 – waiting to be sent</source>
        <translation>Handed over to %1 – waiting to be sent</translation>
    </message>
    <message>
        <source>Saved as a file for %1 – waiting for the receipt file (More → Load receipt from file…)</source>
        <translation>Saved as a file for %1 – waiting for the receipt file (More → Load receipt from file…)</translation>
    </message>
    <message>
        <source>Handed over to %1 – waiting for the receipt</source>
        <translation>Handed over to %1 – waiting for the receipt</translation>
    </message>
    <message>
        <source>The file stays here until the colleague has confirmed receiving it; then it is deleted.</source>
        <translation>The file stays here until the colleague has confirmed receiving it; then it is deleted.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation>Hand over the case</translation>
    </message>
    <message>
        <source>New responsible caseworker</source>
        <translation>New responsible caseworker</translation>
    </message>
    <message>
        <source>Date of the handover</source>
        <translation>Date of the handover</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>&amp;New responsible caseworker</source>
        <translation>&amp;New responsible caseworker</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Received handovers</source>
        <translation>Received handovers</translation>
    </message>
    <message>
        <source>Citizens&apos; files that colleagues have handed to you, and their questions for joint professional reflection. Nothing comes into your caseload until you accept it; if you decline, the colleague keeps the file.</source>
        <translation>Citizens&apos; files that colleagues have handed to you, and their questions for joint professional reflection. Nothing comes into your caseload until you accept it; if you decline, the colleague keeps the file.</translation>
    </message>
    <message>
        <source>Opening the files…</source>
        <translation>Opening the files…</translation>
    </message>
    <message>
        <source>Files waiting</source>
        <translation>Files waiting</translation>
    </message>
    <message>
        <source>&amp;Open the citizen&apos;s file</source>
        <translation>&amp;Open the citizen&apos;s file</translation>
    </message>
    <message>
        <source>Open handover from &amp;file…</source>
        <translation>Open handover from &amp;file…</translation>
    </message>
    <message>
        <source>A handover a colleague gave you on a USB stick (.cntransfer)</source>
        <translation>A handover a colleague gave you on a USB stick (.cntransfer)</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>&amp;Send reply</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Decline…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for your answer:</source>
        <translation>
            <numerusform>%n item waits for your answer:</numerusform>
            <numerusform>%n items wait for your answer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nothing waits for you.</translation>
    </message>
    <message>
        <source>%1 is now in your caseload.</source>
        <translation>%1 is now in your caseload.</translation>
    </message>
    <message>
        <source>Declined: %1 keeps the file.</source>
        <translation>Declined: %1 keeps the file.</translation>
    </message>
    <message>
        <source>No receipt was saved, so %1 still has a copy of the file.</source>
        <translation>No receipt was saved, so %1 still has a copy of the file.</translation>
    </message>
    <message>
        <source>The receipt is saved as %1: give it back to %2 with the USB stick.</source>
        <translation>The receipt is saved as %1: give it back to %2 with the USB stick.</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <translation>Write your reply first.</translation>
    </message>
    <message>
        <source>Your reply goes to %1.</source>
        <translation>Your reply goes to %1.</translation>
    </message>
    <message>
        <source>Your own security number (for a colleague to compare): %1</source>
        <translation>Your own security number (for a colleague to compare): %1</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>Con&amp;firm new number</source>
        <translation>Con&amp;firm new number</translation>
    </message>
    <message>
        <source>First handover with %1. Before you send anything, compare the security number %2 with %1 by phone or in person: %1 sees it as their own number in this window.</source>
        <translation>First handover with %1. Before you send anything, compare the security number %2 with %1 by phone or in person: %1 sees it as their own number in this window.</translation>
    </message>
    <message>
        <source>I have compared the number with %1</source>
        <translation>I have compared the number with %1</translation>
    </message>
    <message>
        <source>%1&apos;s security number has changed.&lt;br&gt;Before: %2&lt;br&gt;Now: %3&lt;br&gt;It can be a new computer, or someone trying to read the file on the way. Call %1 or meet in person and compare the new number before anything is sent or opened.</source>
        <translation>%1&apos;s security number has changed.&lt;br&gt;Before: %2&lt;br&gt;Now: %3&lt;br&gt;It can be a new computer, or someone trying to read the file on the way. Call %1 or meet in person and compare the new number before anything is sent or opened.</translation>
    </message>
    <message>
        <source>You have compared the security number with %1 before; it is unchanged.</source>
        <translation>You have compared the security number with %1 before; it is unchanged.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>One indicator over time</source>
        <translation>One indicator over time</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>no ratings yet</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>No ratings yet</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;New citizen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cases due for &amp;deletion…</source>
        <translation>Cases due for &amp;deletion…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Sectio&amp;ns of the citizen&apos;s file</source>
        <translation>Sectio&amp;ns of the citizen&apos;s file</translation>
    </message>
    <message>
        <source>&amp;Search the caseload</source>
        <translation>&amp;Search the caseload</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Casenotes</source>
        <translation>&amp;About Casenotes</translation>
    </message>
    <message>
        <source>About Casenotes</source>
        <translation>About Casenotes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Casenotes %1&lt;/h3&gt;&lt;p&gt;The offline, encrypted case notebook for caseworkers in Danish jobcentres.&lt;/p&gt;&lt;p&gt;Your notes are stored encrypted (SQLCipher, AES-256) on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casenotes %1&lt;/h3&gt;&lt;p&gt;The offline, encrypted case notebook for caseworkers in Danish jobcentres.&lt;/p&gt;&lt;p&gt;Your notes are stored encrypted (SQLCipher, AES-256) on this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>C&amp;itizen</source>
        <translation>C&amp;itizen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <source>Opening the notebook…</source>
        <translation>Opening the notebook…</translation>
    </message>
    <message>
        <source>Demo data: every person here is fictional</source>
        <translation>Demo data: every person here is fictional</translation>
    </message>
    <message numerus="yes">
        <source>Copied — the clipboard is cleared in %n seconds</source>
        <translation>
            <numerusform>Copied — the clipboard is cleared in %n second</numerusform>
            <numerusform>Copied — the clipboard is cleared in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notebook open · locks after %n min without activity</source>
        <translation>
            <numerusform>Notebook open · locks after %n min without activity</numerusform>
            <numerusform>Notebook open · locks after %n min without activity</numerusform>
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
        <translation>Save map as p&amp;icture…</translation>
    </message>
    <message>
        <source>Network map.png</source>
        <translation>Network map.png</translation>
    </message>
    <message>
        <source>The picture could not be saved there.</source>
        <translation>The picture could not be saved there.</translation>
    </message>
    <message>
        <source>The network map was saved as a picture.</source>
        <translation>The network map was saved as a picture.</translation>
    </message>
</context>
<context>
    <name>NetworkMeetingPanel</name>
    <message>
        <source>Earlier network meetings</source>
        <translation>Earlier network meetings</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>What you talked about</translation>
    </message>
    <message>
        <source>Tick at least one of the citizen&apos;s actors.</source>
        <translation>Tick at least one of the citizen&apos;s actors.</translation>
    </message>
    <message>
        <source>Write what was discussed, or add a decision.</source>
        <translation>Write what was discussed, or add a decision.</translation>
    </message>
    <message>
        <source>Every decision needs what, who and by when: it becomes a follow-up.</source>
        <translation>Every decision needs what, who and by when: it becomes a follow-up.</translation>
    </message>
    <message>
        <source>Add &amp;decision</source>
        <translation>Add &amp;decision</translation>
    </message>
    <message>
        <source>Sa&amp;ve network meeting</source>
        <translation>Sa&amp;ve network meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who does what by when</source>
        <translation>Who does what by when</translation>
    </message>
    <message>
        <source>New network meeting</source>
        <translation>New network meeting</translation>
    </message>
    <message>
        <source>The network meeting was not saved. See the fields marked in red.</source>
        <translation>The network meeting was not saved. See the fields marked in red.</translation>
    </message>
    <message>
        <source>The network meeting was saved.</source>
        <translation>The network meeting was saved.</translation>
    </message>
    <message>
        <source>Its decisions are on the follow-up list.</source>
        <translation>Its decisions are on the follow-up list.</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <source>(removed actor)</source>
        <translation>(removed actor)</translation>
    </message>
    <message>
        <source>%1 does: %2, by %3</source>
        <translation>%1 does: %2, by %3</translation>
    </message>
    <message>
        <source>No network meetings yet.</source>
        <translation>No network meetings yet.</translation>
    </message>
    <message>
        <source>%1 (the citizen)</source>
        <translation>%1 (the citizen)</translation>
    </message>
    <message>
        <source>%1 (caseworker)</source>
        <translation>%1 (caseworker)</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network map</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>No actors yet</source>
        <translation>No actors yet</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <source>consent: information may flow</source>
        <translation>consent: information may flow</translation>
    </message>
    <message>
        <source>no valid consent</source>
        <translation>no valid consent</translation>
    </message>
    <message>
        <source>No actors yet. Add the people and places around the citizen.</source>
        <translation>No actors yet. Add the people and places around the citizen.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>NoteActions</name>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Rea&amp;dy to file</source>
        <translation>Rea&amp;dy to file</translation>
    </message>
    <message>
        <source>The note is finished and waits to be filed</source>
        <translation>The note is finished and waits to be filed</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>F&amp;ile…</translation>
    </message>
    <message>
        <source>Mark the note as filed in the case system</source>
        <translation>Mark the note as filed in the case system</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Copy as te&amp;xt</translation>
    </message>
    <message>
        <source>Copy the note as text for the case system (%1). The clipboard is cleared after 30 seconds</source>
        <translation>Copy the note as text for the case system (%1). The clipboard is cleared after 30 seconds</translation>
    </message>
    <message>
        <source>Peer reflection…</source>
        <translation>Peer reflection…</translation>
    </message>
    <message>
        <source>Start a reflection with an excerpt of this note, without the citizen&apos;s name and CPR number (%1)</source>
        <translation>Start a reflection with an excerpt of this note, without the citizen&apos;s name and CPR number (%1)</translation>
    </message>
    <message>
        <source>Write corr&amp;ection</source>
        <translation>Write corr&amp;ection</translation>
    </message>
    <message>
        <source>A filed note is corrected by a new note</source>
        <translation>A filed note is corrected by a new note</translation>
    </message>
    <message>
        <source>Correction, not saved yet</source>
        <translation>Correction, not saved yet</translation>
    </message>
    <message>
        <source>New note, not saved yet</source>
        <translation>New note, not saved yet</translation>
    </message>
    <message>
        <source>Filed %1 at %2. A filed note cannot be changed.</source>
        <translation>Filed %1 at %2. A filed note cannot be changed.</translation>
    </message>
    <message>
        <source>changes not saved yet</source>
        <translation>changes not saved yet</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>e.g. the citizen, mentor Jonas, me</source>
        <translation>e.g. the citizen, mentor Jonas, me</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>What the meeting is about</translation>
    </message>
    <message>
        <source>No tool</source>
        <translation>No tool</translation>
    </message>
    <message>
        <source>Conversation tool</source>
        <translation>Conversation tool</translation>
    </message>
    <message>
        <source>The citizen&apos;s view</source>
        <translation>The citizen&apos;s view</translation>
    </message>
    <message>
        <source>What the citizen said, in the citizen&apos;s own words</source>
        <translation>What the citizen said, in the citizen&apos;s own words</translation>
    </message>
    <message>
        <source>Account of the meeting</source>
        <translation>Account of the meeting</translation>
    </message>
    <message>
        <source>What happened in the meeting, as it should be recorded</source>
        <translation>What happened in the meeting, as it should be recorded</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Your professional assessment: what it means for the case</source>
        <translation>Your professional assessment: what it means for the case</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>What we agreed</translation>
    </message>
    <message>
        <source>A few plain sentences to read back to the citizen before the meeting ends</source>
        <translation>A few plain sentences to read back to the citizen before the meeting ends</translation>
    </message>
    <message>
        <source>&amp;Add agreement</source>
        <translation>&amp;Add agreement</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>Did the tool help?</source>
        <translation>Did the tool help?</translation>
    </message>
    <message>
        <source>What worked, what did not</source>
        <translation>What worked, what did not</translation>
    </message>
    <message>
        <source>Comment on the tool</source>
        <translation>Comment on the tool</translation>
    </message>
    <message>
        <source>After the meeting: did the tool help?</source>
        <translation>After the meeting: did the tool help?</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What we agreed (read back to the citizen)</source>
        <translation>What we agreed (read back to the citizen)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Da&amp;te and place</source>
        <translation>Da&amp;te and place</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Con&amp;versation tool</source>
        <translation>Con&amp;versation tool</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Meeting notes</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <source>Start a note for today&apos;s meeting</source>
        <translation>Start a note for today&apos;s meeting</translation>
    </message>
    <message>
        <source>(no agenda)</source>
        <translation>(no agenda)</translation>
    </message>
    <message>
        <source>Correction to %1</source>
        <translation>Correction to %1</translation>
    </message>
</context>
<context>
    <name>NotebookQuestion</name>
    <message>
        <source>Another notebook in this account</source>
        <translation>Another notebook in this account</translation>
    </message>
    <message>
        <source>The account “%1” holds another notebook than the one on this computer.</source>
        <translation>The account “%1” holds another notebook than the one on this computer.</translation>
    </message>
    <message>
        <source>This can happen when the server was replaced or emptied, and the account was then made again from another notebook.</source>
        <translation>This can happen when the server was replaced or emptied, and the account was then made again from another notebook.</translation>
    </message>
    <message>
        <source>This computer already has citizens of its own.</source>
        <translation>This computer already has citizens of its own.</translation>
    </message>
    <message>
        <source>If the account holds your own notebook (a restored or re-created copy), the two are merged: this computer gets the account&apos;s records, and the account gets this computer&apos;s. If not, keep them separate: nothing is changed on this computer.</source>
        <translation>If the account holds your own notebook (a restored or re-created copy), the two are merged: this computer gets the account&apos;s records, and the account gets this computer&apos;s. If not, keep them separate: nothing is changed on this computer.</translation>
    </message>
    <message>
        <source>It is my notebook: merge them</source>
        <translation>It is my notebook: merge them</translation>
    </message>
    <message>
        <source>Keep them separate</source>
        <translation>Keep them separate</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Change tool</source>
        <translation>Change tool</translation>
    </message>
    <message>
        <source>Remove the answers to %1 from this note?</source>
        <translation>Remove the answers to %1 from this note?</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>You are writing a correction to the note of %1. The filed note stays as it was.</source>
        <translation>You are writing a correction to the note of %1. The filed note stays as it was.</translation>
    </message>
    <message>
        <source>The note was not saved:</source>
        <translation>The note was not saved:</translation>
    </message>
    <message>
        <source>The note was saved.</source>
        <translation>The note was saved.</translation>
    </message>
    <message>
        <source>Throw away the changes to this note?</source>
        <translation>Throw away the changes to this note?</translation>
    </message>
    <message>
        <source>File the note</source>
        <translation>File the note</translation>
    </message>
    <message>
        <source>Has the note been put into the case system? A filed note cannot be changed; a correction is written as a new note linked to it.</source>
        <translation>Has the note been put into the case system? A filed note cannot be changed; a correction is written as a new note linked to it.</translation>
    </message>
    <message>
        <source>The note was copied as text. Paste it into the case system.</source>
        <translation>The note was copied as text. Paste it into the case system.</translation>
    </message>
    <message>
        <source>The note was filed.</source>
        <translation>The note was filed.</translation>
    </message>
    <message>
        <source>Ready to file.</source>
        <translation>Ready to file.</translation>
    </message>
    <message>
        <source>A note you were writing on %1 at %2 was brought back. Save it or undo the changes.</source>
        <translation>A note you were writing on %1 at %2 was brought back. Save it or undo the changes.</translation>
    </message>
</context>
<context>
    <name>OpenNotebook</name>
    <message>
        <source>The colleague has received the file; your copy has been deleted.</source>
        <translation>The colleague has received the file; your copy has been deleted.</translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>The backup was written and checked: %1</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Open the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>Clear the date (Ctrl+Delete)</source>
        <translation>Clear the date (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>Type a date such as 15.12, 15-12-2026, 151226, +7 or today. Alt+Down opens the calendar.</source>
        <translation>Type a date such as 15.12, 15-12-2026, 151226, +7 or today. Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>There is no such date.</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 15.12, 15-12-2026 or +7.</source>
        <translation>Not a date: type e.g. 15.12, 15-12-2026 or +7.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Active goals</source>
        <translation>Active goals</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Next dates</translation>
    </message>
    <message>
        <source>Belief in a job and ratings</source>
        <translation>Belief in a job and ratings</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Drafts not filed</source>
        <translation>Drafts not filed</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>No active goals. Agree on the first goal with the citizen.</source>
        <translation>No active goals. Agree on the first goal with the citizen.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>Next follow-up meeting</source>
        <translation>Next follow-up meeting</translation>
    </message>
    <message>
        <source>Activity ends: %1</source>
        <translation>Activity ends: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s) without a date</source>
        <translation>
            <numerusform>%n open agreement without a date</numerusform>
            <numerusform>%n open agreements without a date</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreements or follow-ups with a date.</source>
        <translation>No agreements or follow-ups with a date.</translation>
    </message>
    <message>
        <source>Belief in a job: not rated yet.</source>
        <translation>Belief in a job: not rated yet.</translation>
    </message>
    <message>
        <source>Belief in a job: %1</source>
        <translation>Belief in a job: %1</translation>
    </message>
    <message numerus="yes">
        <source>gap %n step(s)</source>
        <translation>
            <numerusform>gap %n step</numerusform>
            <numerusform>gap %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings: no scale set rated by both of you yet.</source>
        <translation>Ratings: no scale set rated by both of you yet.</translation>
    </message>
    <message>
        <source>Widest gap (%1): %2, citizen %3, caseworker %4</source>
        <translation>Widest gap (%1): %2, citizen %3, caseworker %4</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <source>No consent expires within 30 days.</source>
        <translation>No consent expires within 30 days.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Ready to file</translation>
    </message>
    <message>
        <source>Unsaved typing of a note</source>
        <translation>Unsaved typing of a note</translation>
    </message>
    <message>
        <source>(no agenda)</source>
        <translation>(no agenda)</translation>
    </message>
    <message>
        <source>No open drafts: every note is filed.</source>
        <translation>No open drafts: every note is filed.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide the password (Alt+V)</source>
        <translation>Show or hide the password (Alt+V)</translation>
    </message>
</context>
<context>
    <name>PeerRequestDialog</name>
    <message>
        <source>Joint professional reflection</source>
        <translation>Joint professional reflection</translation>
    </message>
    <message>
        <source>Ask colleagues for joint professional reflection</source>
        <translation>Ask colleagues for joint professional reflection</translation>
    </message>
    <message>
        <source>The excerpt and your question go encrypted to each colleague you tick; their replies come into this citizen&apos;s reflection log. Names and CPR numbers have been replaced: read the excerpt through, as places, employers and relatives can identify the citizen too.</source>
        <translation>The excerpt and your question go encrypted to each colleague you tick; their replies come into this citizen&apos;s reflection log. Names and CPR numbers have been replaced: read the excerpt through, as places, employers and relatives can identify the citizen too.</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Excerpt:</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>For example: how could I have met her worry about the work placement?</source>
        <translation>For example: how could I have met her worry about the work placement?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>Tick the colleagues to ask:</source>
        <translation>Tick the colleagues to ask:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sent to %1. The replies come into the reflection log.</source>
        <translation>Sent to %1. The replies come into the reflection log.</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>Save as picture</source>
        <translation>Save as picture</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>The plan was saved as %1.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PolicyMarks</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Set by your organisation</translation>
    </message>
    <message>
        <source>Set by your organisation in the policy file %1; it cannot be changed here.</source>
        <translation>Set by your organisation in the policy file %1; it cannot be changed here.</translation>
    </message>
    <message>
        <source>Your organisation does not allow remembering the key on this computer; type the password to unlock.</source>
        <translation>Your organisation does not allow remembering the key on this computer; type the password to unlock.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Lock after minutes without activity</translation>
    </message>
    <message>
        <source>Keep a closed case for years</source>
        <translation>Keep a closed case for years</translation>
    </message>
    <message>
        <source>Keep the access log for months</source>
        <translation>Keep the access log for months</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Work e-mail</translation>
    </message>
    <message>
        <source>When you can be reached</source>
        <translation>When you can be reached</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>The access export was saved as %1.</source>
        <translation>The access export was saved as %1.</translation>
    </message>
    <message>
        <source>%1 was deleted permanently.</source>
        <translation>%1 was deleted permanently.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Save the access export</source>
        <translation>Save the access export</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Fill this in.</source>
        <translation>Fill this in.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Write the CPR number as DDMMYY-SSSS (10 digits).</source>
        <translation>Write the CPR number as DDMMYY-SSSS (10 digits).</translation>
    </message>
    <message>
        <source>The first six digits are not a real date (DDMMYY).</source>
        <translation>The first six digits are not a real date (DDMMYY).</translation>
    </message>
    <message>
        <source>The birth date in the CPR number lies in the future.</source>
        <translation>The birth date in the CPR number lies in the future.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>This does not look like an e-mail address.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>Choose a value from 1 to 10.</source>
        <translation>Choose a value from 1 to 10.</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>The date lies in the future.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Too general: a consent must say exactly what and why. &apos;All relevant information&apos; or &apos;case work&apos; is not a valid consent.</source>
        <translation>Too general: a consent must say exactly what and why. &apos;All relevant information&apos; or &apos;case work&apos; is not a valid consent.</translation>
    </message>
    <message>
        <source>Too many: at most %1.</source>
        <translation>Too many: at most %1.</translation>
    </message>
    <message>
        <source>This cannot be stored in this form.</source>
        <translation>This cannot be stored in this form.</translation>
    </message>
    <message>
        <source>Name a trade or a function (e.g. &apos;kitchen assistant&apos;), not a scheme such as &apos;flex job&apos;.</source>
        <translation>Name a trade or a function (e.g. &apos;kitchen assistant&apos;), not a scheme such as &apos;flex job&apos;.</translation>
    </message>
    <message>
        <source>DDMMYY-XXXX</source>
        <translation>DDMMYY-XXXX</translation>
    </message>
    <message>
        <source>How the citizen describes their situation, in their own words</source>
        <translation>How the citizen describes their situation, in their own words</translation>
    </message>
    <message>
        <source>What the citizen finds difficult</source>
        <translation>What the citizen finds difficult</translation>
    </message>
    <message>
        <source>What the citizen wishes for: work, education, everyday life</source>
        <translation>What the citizen wishes for: work, education, everyday life</translation>
    </message>
    <message>
        <source>What the citizen already does that helps</source>
        <translation>What the citizen already does that helps</translation>
    </message>
    <message>
        <source>What the citizen cannot do, or only with support</source>
        <translation>What the citizen cannot do, or only with support</translation>
    </message>
    <message>
        <source>Strengths, experience, network</source>
        <translation>Strengths, experience, network</translation>
    </message>
    <message>
        <source>Fewer hours, breaks, a quiet workplace…</source>
        <translation>Fewer hours, breaks, a quiet workplace…</translation>
    </message>
    <message>
        <source>Which trade or function, and on what terms</source>
        <translation>Which trade or function, and on what terms</translation>
    </message>
    <message>
        <source>Only what the work needs; a diagnosis says little on its own</source>
        <translation>Only what the work needs; a diagnosis says little on its own</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>The citizen&apos;s own words: write what the citizen says, as they say it. The citizen defines the problems and how to handle them.</source>
        <translation>The citizen&apos;s own words: write what the citizen says, as they say it. The citizen defines the problems and how to handle them.</translation>
    </message>
    <message>
        <source>Health data (GDPR art. 9): record only what the work needs. Not included in search.</source>
        <translation>Health data (GDPR art. 9): record only what the work needs. Not included in search.</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was saved yet.</source>
        <translation>Some fields need attention; nothing was saved yet.</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 at %2 were brought back. Save them or undo them.</source>
        <translation>Unsaved changes from %1 at %2 were brought back. Save them or undo them.</translation>
    </message>
    <message>
        <source>Same CPR number</source>
        <translation>Same CPR number</translation>
    </message>
    <message>
        <source>%1 already has this CPR number in your caseload. Save anyway?</source>
        <translation>%1 already has this CPR number in your caseload. Save anyway?</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Scale set</source>
        <translation>Scale set</translation>
    </message>
    <message>
        <source>Sa&amp;ve rating</source>
        <translation>Sa&amp;ve rating</translation>
    </message>
    <message>
        <source>Save the rating (Ctrl+Enter)</source>
        <translation>Save the rating (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Ratings of this indicator</source>
        <translation>Ratings of this indicator</translation>
    </message>
    <message>
        <source>Save as p&amp;icture…</source>
        <translation>Save as p&amp;icture…</translation>
    </message>
    <message>
        <source>Latest ratings</source>
        <translation>Latest ratings</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>I&amp;nclude the charts in My plan (PDF)</source>
        <translation>I&amp;nclude the charts in My plan (PDF)</translation>
    </message>
    <message>
        <source>No scale sets were found. Ask your administrator.</source>
        <translation>No scale sets were found. Ask your administrator.</translation>
    </message>
    <message>
        <source>The rating was saved. The form is ready for: %1.</source>
        <translation>The rating was saved. The form is ready for: %1.</translation>
    </message>
    <message>
        <source>Progress.png</source>
        <translation>Progress.png</translation>
    </message>
    <message>
        <source>The picture could not be saved there.</source>
        <translation>The picture could not be saved there.</translation>
    </message>
    <message>
        <source>The chart was saved as a picture.</source>
        <translation>The chart was saved as a picture.</translation>
    </message>
    <message>
        <source>No ratings of this indicator yet.</source>
        <translation>No ratings of this indicator yet.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Latest ratings as a radar</source>
        <translation>Latest ratings as a radar</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>No ratings yet</translation>
    </message>
    <message>
        <source>Latest ratings (middle = %1, edge = %2)</source>
        <translation>Latest ratings (middle = %1, edge = %2)</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <source>Who rates</source>
        <translation>Who rates</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <source>Choose the date of the rating.</source>
        <translation>Choose the date of the rating.</translation>
    </message>
    <message>
        <source>Give at least one indicator a score.</source>
        <translation>Give at least one indicator a score.</translation>
    </message>
    <message>
        <source>The rating was not saved: %1</source>
        <translation>The rating was not saved: %1</translation>
    </message>
</context>
<context>
    <name>RatingGapList</name>
    <message>
        <source>Gap between the citizen&apos;s and the caseworker&apos;s ratings</source>
        <translation>Gap between the citizen&apos;s and the caseworker&apos;s ratings</translation>
    </message>
    <message>
        <source>When both the citizen and you have rated, the gap between you is shown here.</source>
        <translation>When both the citizen and you have rated, the gap between you is shown here.</translation>
    </message>
    <message>
        <source>The two latest ratings have no indicator in common.</source>
        <translation>The two latest ratings have no indicator in common.</translation>
    </message>
    <message>
        <source>Gap between the citizen (%1) and you (%2):</source>
        <translation>Gap between the citizen (%1) and you (%2):</translation>
    </message>
    <message numerus="yes">
        <source>%n more indicator(s) with a smaller gap</source>
        <translation>
            <numerusform>%n more indicator with a smaller gap</numerusform>
            <numerusform>%n more indicators with a smaller gap</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: citizen %2, caseworker %3</source>
        <translation>%1: citizen %2, caseworker %3</translation>
    </message>
    <message>
        <source>you agree</source>
        <translation>you agree</translation>
    </message>
    <message numerus="yes">
        <source>you %n step(s) higher</source>
        <translation>
            <numerusform>you %n step higher</numerusform>
            <numerusform>you %n steps higher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the citizen %n step(s) higher</source>
        <translation>
            <numerusform>the citizen %n step higher</numerusform>
            <numerusform>the citizen %n steps higher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Casenotes – reset the password</source>
        <translation>Casenotes – reset the password</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>&amp;Set password and unlock</source>
        <translation>&amp;Set password and unlock</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the notebook was created, then choose a new password.</source>
        <translation>Type the recovery key you wrote down when the notebook was created, then choose a new password.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyField</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
</context>
<context>
    <name>ReflectionLog</name>
    <message>
        <source>Linked meeting note</source>
        <translation>Linked meeting note</translation>
    </message>
    <message>
        <source>Save reflectio&amp;n</source>
        <translation>Save reflectio&amp;n</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Earlier reflections</source>
        <translation>Earlier reflections</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Prepare for p&amp;eer reflection…</source>
        <translation>Prepare for p&amp;eer reflection…</translation>
    </message>
    <message>
        <source>Shows an excerpt without names and CPR numbers before it is shared</source>
        <translation>Shows an excerpt without names and CPR numbers before it is shared</translation>
    </message>
    <message>
        <source>Sen&amp;d to colleagues…</source>
        <translation>Sen&amp;d to colleagues…</translation>
    </message>
    <message>
        <source>Send the excerpt without names and CPR numbers to colleagues for joint professional reflection</source>
        <translation>Send the excerpt without names and CPR numbers to colleagues for joint professional reflection</translation>
    </message>
    <message>
        <source>Copy as te&amp;xt</source>
        <translation>Copy as te&amp;xt</translation>
    </message>
    <message>
        <source>Copy the reflection as text for the case system. The clipboard is cleared after 30 seconds</source>
        <translation>Copy the reflection as text for the case system. The clipboard is cleared after 30 seconds</translation>
    </message>
    <message>
        <source>The reflection was copied as text. Paste it into the case system.</source>
        <translation>The reflection was copied as text. Paste it into the case system.</translation>
    </message>
    <message>
        <source>An excerpt of the meeting note without the citizen&apos;s name and CPR number is in the reflection. Read it through: other details can identify the citizen too. It is saved only when you save it.</source>
        <translation>An excerpt of the meeting note without the citizen&apos;s name and CPR number is in the reflection. Read it through: other details can identify the citizen too. It is saved only when you save it.</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Reply from %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <source>The reflection was not saved:</source>
        <translation>The reflection was not saved:</translation>
    </message>
    <message>
        <source>The reflection was saved.</source>
        <translation>The reflection was saved.</translation>
    </message>
    <message>
        <source>The excerpt was copied. Paste it where your colleagues will read it.</source>
        <translation>The excerpt was copied. Paste it where your colleagues will read it.</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <source>Reflection log</source>
        <translation>Reflection log</translation>
    </message>
    <message>
        <source>Discretion (best judgement)</source>
        <translation>Discretion (best judgement)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <source>Backup &amp;password</source>
        <translation>Backup &amp;password</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>The notebook becomes what it was when the backup was made. The notebook you have now is not deleted: it is kept, whole, in a dated folder beside it.</source>
        <translation>The notebook becomes what it was when the backup was made. The notebook you have now is not deleted: it is kept, whole, in a dated folder beside it.</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <source>Casenotes backups (*%1);;All files (*)</source>
        <translation>Casenotes backups (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>The backup was made %1. It opens with the notebook&apos;s recovery key.</source>
        <translation>The backup was made %1. It opens with the notebook&apos;s recovery key.</translation>
    </message>
    <message>
        <source>The backup was made %1. It opens with the password chosen for it then.</source>
        <translation>The backup was made %1. It opens with the password chosen for it then.</translation>
    </message>
    <message>
        <source>Replace the notebook?</source>
        <translation>Replace the notebook?</translation>
    </message>
    <message>
        <source>The backup is whole and opens. Restore the backup made %1?

The notebook you have now is moved, whole, to this folder:
%2

Nothing is deleted. The program then locks; open the restored notebook with the password it had when the backup was made.</source>
        <translation>The backup is whole and opens. Restore the backup made %1?

The notebook you have now is moved, whole, to this folder:
%2

Nothing is deleted. The program then locks; open the restored notebook with the password it had when the backup was made.</translation>
    </message>
    <message>
        <source>Checking every part of the backup…</source>
        <translation>Checking every part of the backup…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Cases due for deletion</source>
        <translation>Cases due for deletion</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Due for review since</source>
        <translation>Due for review since</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Delete permanently…</translation>
    </message>
    <message>
        <source>No closed case is due for review.</source>
        <translation>No closed case is due for review.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are due for review %n year(s) after closing. Check that what must be kept is in the official case system, then delete. Nothing is deleted without you confirming.</source>
        <translation>
            <numerusform>Closed cases are due for review %n year after closing. Check that what must be kept is in the official case system, then delete. Nothing is deleted without you confirming.</numerusform>
            <numerusform>Closed cases are due for review %n years after closing. Check that what must be kept is in the official case system, then delete. Nothing is deleted without you confirming.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search profiles, notes, goals and reflections (whole words; arbejd* for word beginnings)</source>
        <translation>Search profiles, notes, goals and reflections (whole words; arbejd* for word beginnings)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Search the whole caseload</source>
        <translation>Search the whole caseload</translation>
    </message>
    <message>
        <source>Type a name or a few words. Everything written about a citizen is searched, except health data.</source>
        <translation>Type a name or a few words. Everything written about a citizen is searched, except health data.</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n citizen</numerusform>
            <numerusform>%n citizens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionKeys</name>
    <message>
        <source>%1 (%2: the next section)</source>
        <translation>%1 (%2: the next section)</translation>
    </message>
    <message>
        <source>Ne&amp;xt section</source>
        <translation>Ne&amp;xt section</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Previous section</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Unlocking then needs no password on this computer; the auto-lock still applies.</source>
        <translation>Unlocking then needs no password on this computer; the auto-lock still applies.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Lock after minutes without activity</translation>
    </message>
    <message>
        <source>&amp;Lock automatically after</source>
        <translation>&amp;Lock automatically after</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>Loc&amp;k now</translation>
    </message>
    <message>
        <source>Keeping records</source>
        <translation>Keeping records</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Keep a closed case for years</source>
        <translation>Keep a closed case for years</translation>
    </message>
    <message>
        <source>Keep a &amp;closed case for</source>
        <translation>Keep a &amp;closed case for</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Keep the access log for months</source>
        <translation>Keep the access log for months</translation>
    </message>
    <message>
        <source>Keep the &amp;access log for</source>
        <translation>Keep the &amp;access log for</translation>
    </message>
    <message>
        <source>A case is kept this long after it is closed; entries in the access log are kept at least 6 months.</source>
        <translation>A case is kept this long after it is closed; entries in the access log are kept at least 6 months.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Work ph&amp;one</source>
        <translation>Work ph&amp;one</translation>
    </message>
    <message>
        <source>Work e-&amp;mail</source>
        <translation>Work e-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Remember the key on this computer</source>
        <translation>&amp;Remember the key on this computer</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Change pass&amp;word…</translation>
    </message>
    <message>
        <source>Language of the &amp;program</source>
        <translation>Language of the &amp;program</translation>
    </message>
    <message>
        <source>The new language is used the next time the program starts.</source>
        <translation>The new language is used the next time the program starts.</translation>
    </message>
    <message>
        <source>You on the citizen&apos;s plan</source>
        <translation>You on the citizen&apos;s plan</translation>
    </message>
    <message>
        <source>“My plan” tells the citizen how to reach you. Your work contact is kept on this computer with your other settings; it is saved as you type.</source>
        <translation>“My plan” tells the citizen how to reach you. Your work contact is kept on this computer with your other settings; it is saved as you type.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>As the citizen knows you</source>
        <translation>As the citizen knows you</translation>
    </message>
    <message>
        <source>e.g. 72 36 40 00</source>
        <translation>e.g. 72 36 40 00</translation>
    </message>
    <message>
        <source>e.g. name@jobcenter.dk</source>
        <translation>e.g. name@jobcenter.dk</translation>
    </message>
    <message>
        <source>e.g. Mon-Thu 9-12, Fri 9-11</source>
        <translation>e.g. Mon-Thu 9-12, Fri 9-11</translation>
    </message>
    <message>
        <source>Wh&amp;en you can be reached</source>
        <translation>Wh&amp;en you can be reached</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Verify the notebook</source>
        <translation>&amp;Verify the notebook</translation>
    </message>
    <message>
        <source>Checks the encryption of every page, the structure and the access log.</source>
        <translation>Checks the encryption of every page, the structure and the access log.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Everything is stored on this computer only; end-to-end encrypted sync with your other devices is set up in the Sync menu once your municipality has a sync server.</source>
        <translation>Everything is stored on this computer only; end-to-end encrypted sync with your other devices is set up in the Sync menu once your municipality has a sync server.</translation>
    </message>
    <message>
        <source>Server: %1 · account: %2. The server keeps only sealed records it cannot read.</source>
        <translation>Server: %1 · account: %2. The server keeps only sealed records it cannot read.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Everything is in order (verified %1 at %2).</source>
        <translation>Everything is in order (verified %1 at %2).</translation>
    </message>
    <message>
        <source>The notebook is damaged. Stop working in it, restore a backup or contact IT.</source>
        <translation>The notebook is damaged. Stop working in it, restore a backup or contact IT.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key; type the password instead.</source>
        <translation>The keychain refused to store the key; type the password instead.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Casenotes – create your notebook</source>
        <translation>Casenotes – create your notebook</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>Re&amp;member on this computer</translation>
    </message>
    <message>
        <source>Not available here: %1 You will type the password when you open the program.</source>
        <translation>Not available here: %1 You will type the password when you open the program.</translation>
    </message>
    <message>
        <source>The notebook then opens without the password here: the computer&apos;s keychain keeps the key.</source>
        <translation>The notebook then opens without the password here: the computer&apos;s keychain keeps the key.</translation>
    </message>
    <message>
        <source>&amp;Create notebook</source>
        <translation>&amp;Create notebook</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Have a backup? Res&amp;tore it instead…</source>
        <translation>Have a backup? Res&amp;tore it instead…</translation>
    </message>
    <message>
        <source>Create your encrypted notebook</source>
        <translation>Create your encrypted notebook</translation>
    </message>
    <message>
        <source>Everything you write about the citizens is stored encrypted on this computer. Choose a password only you know. A sentence works well: length matters more than symbols.</source>
        <translation>Everything you write about the citizens is stored encrypted on this computer. Choose a password only you know. A sentence works well: length matters more than symbols.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Recovery key: %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or printed it</source>
        <translation>I have &amp;written the recovery key down or printed it</translation>
    </message>
    <message>
        <source>&amp;Open the notebook</source>
        <translation>&amp;Open the notebook</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>If you forget the password, the recovery key is the only way back into your notes. It is shown only this once. Print it or write it down, and keep it somewhere safe, not with the computer.</source>
        <translation>If you forget the password, the recovery key is the only way back into your notes. It is shown only this once. Print it or write it down, and keep it somewhere safe, not with the computer.</translation>
    </message>
    <message>
        <source>Casenotes recovery key</source>
        <translation>Casenotes recovery key</translation>
    </message>
    <message>
        <source>Keep this page safe. With it, a new password can be set for your notebook.</source>
        <translation>Keep this page safe. With it, a new password can be set for your notebook.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add a few more words.</source>
        <translation>Weak: add a few more words.</translation>
    </message>
    <message>
        <source>Fair: a longer sentence is safer.</source>
        <translation>Fair: a longer sentence is safer.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Tip: a sentence of four or five words is easy to remember and hard to guess.</source>
        <translation>Tip: a sentence of four or five words is easy to remember and hard to guess.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync paused: the server asks to delete many records</source>
        <translation>Sync paused: the server asks to delete many records</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Sync: this computer is signed out; set up sync again</source>
        <translation>Sync: this computer is signed out; set up sync again</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>changes waiting: %n</source>
        <translation>
            <numerusform>changes waiting: %n</numerusform>
            <numerusform>changes waiting: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Set up sync…</source>
        <translation>&amp;Set up sync…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Received handovers…</source>
        <translation>&amp;Received handovers…</translation>
    </message>
    <message>
        <source>Computers with &amp;access…</source>
        <translation>Computers with &amp;access…</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Sync now: F9</source>
        <translation>Sync now: F9</translation>
    </message>
    <message>
        <source>Review the conflicts (Ctrl+Shift+K)</source>
        <translation>Review the conflicts (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Open the received handovers (Ctrl+Shift+H)</source>
        <translation>Open the received handovers (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Sync is set up: the account was created.</source>
        <translation>Sync is set up: the account was created.</translation>
    </message>
    <message>
        <source>Sync is set up: this computer joined the account.</source>
        <translation>Sync is set up: this computer joined the account.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Conflicts: %n</source>
        <translation>
            <numerusform>⚠ Conflicts: %n</numerusform>
            <numerusform>⚠ Conflicts: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Received handovers (%n)…</source>
        <translation>
            <numerusform>&amp;Received handovers (%n)…</numerusform>
            <numerusform>&amp;Received handovers (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handovers waiting: %n</source>
        <translation>
            <numerusform>Handovers waiting: %n</numerusform>
            <numerusform>Handovers waiting: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Many deletions from the server</source>
        <translation>Many deletions from the server</translation>
    </message>
    <message>
        <source>The server asks to delete %1 of the %2 records on this computer. That is unusual: it can mean that someone deleted a lot by mistake on another computer.

Nothing has been deleted yet. Delete them here too?</source>
        <translation>The server asks to delete %1 of the %2 records on this computer. That is unusual: it can mean that someone deleted a lot by mistake on another computer.

Nothing has been deleted yet. Delete them here too?</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Set up sync</source>
        <translation>Set up sync</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>e.g. your initials at the jobcentre</source>
        <translation>e.g. your initials at the jobcentre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Recovery key (joining only)</source>
        <translation>&amp;Recovery key (joining only)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Sign in with:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Sync between your computers</source>
        <translation>Sync between your computers</translation>
    </message>
    <message>
        <source>Everything is encrypted on this computer before it is sent; the server cannot read it. On the first computer the account is created; on the next ones, use the same account and password.</source>
        <translation>Everything is encrypted on this computer before it is sent; the server cannot read it. On the first computer the account is created; on the next ones, use the same account and password.</translation>
    </message>
    <message>
        <source>Write the server address, starting with https://</source>
        <translation>Write the server address, starting with https://</translation>
    </message>
    <message>
        <source>Write the account name.</source>
        <translation>Write the account name.</translation>
    </message>
    <message>
        <source>Write the password or the recovery key.</source>
        <translation>Write the password or the recovery key.</translation>
    </message>
    <message>
        <source>Kept separate: nothing was changed, and this computer is not set up for that account.</source>
        <translation>Kept separate: nothing was changed, and this computer is not set up for that account.</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>This field holds at most %1 characters; the text was not added.</source>
        <translation>This field holds at most %1 characters; the text was not added.</translation>
    </message>
</context>
<context>
    <name>ToolForm</name>
    <message>
        <source>Before the meeting</source>
        <translation>Before the meeting</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions to ask</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>After the meeting</translation>
    </message>
    <message>
        <source>One person per line</source>
        <translation>One person per line</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>One item per line</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Casenotes – unlock</source>
        <translation>Casenotes – unlock</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>Re&amp;member on this computer</translation>
    </message>
    <message>
        <source>&amp;Forgot the password? Use the recovery key…</source>
        <translation>&amp;Forgot the password? Use the recovery key…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Unlock your notebook</source>
        <translation>Unlock your notebook</translation>
    </message>
    <message>
        <source>Type your password to open your cases.</source>
        <translation>Type your password to open your cases.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Type your password first.</source>
        <translation>Type your password first.</translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct (attempt %n). Check Caps Lock and try again.</source>
        <translation>
            <numerusform>The password is not correct (attempt %n). Check Caps Lock and try again.</numerusform>
            <numerusform>The password is not correct (attempt %n). Check Caps Lock and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>You have changed %1 without saving.</source>
        <translation>You have changed %1 without saving.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WaitingDetails</name>
    <message>
        <source>The excerpt (names and CPR numbers removed):</source>
        <translation>The excerpt (names and CPR numbers removed):</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Your reply:</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <source>What do you see in the conversation? What could be tried?</source>
        <translation>What do you see in the conversation? What could be tried?</translation>
    </message>
    <message>
        <source>From %1. The file is opened once the new security number is confirmed.</source>
        <translation>From %1. The file is opened once the new security number is confirmed.</translation>
    </message>
    <message>
        <source>From %1, who is not in the sync server&apos;s directory, so the file cannot be checked. Sync again later, or decline it.</source>
        <translation>From %1, who is not in the sync server&apos;s directory, so the file cannot be checked. Sync again later, or decline it.</translation>
    </message>
    <message>
        <source>From %1. The file cannot be opened: it is damaged, was changed on the way, or is not for you. Decline it and ask %1 to hand it over again.</source>
        <translation>From %1. The file cannot be opened: it is damaged, was changed on the way, or is not for you. Decline it and ask %1 to hand it over again.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A question for joint professional reflection&lt;/b&gt; from %1 (security number %2)</source>
        <translation>&lt;b&gt;A question for joint professional reflection&lt;/b&gt; from %1 (security number %2)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 (security number %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; from %2 (security number %3)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), sent %1</source>
        <translation>
            <numerusform>%n record, sent %1</numerusform>
            <numerusform>%n records, sent %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Came as a file (USB stick): your answer goes back as a receipt file.</source>
        <translation>Came as a file (USB stick): your answer goes back as a receipt file.</translation>
    </message>
</context>
<context>
    <name>WaitingTransferModel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>⚠ Cannot be opened yet</source>
        <translation>⚠ Cannot be opened yet</translation>
    </message>
    <message>
        <source>Question for joint professional reflection</source>
        <translation>Question for joint professional reflection</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet. Create one first.</source>
        <translation>There is no vault in this folder yet. Create one first.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; nothing was changed.</source>
        <translation>A vault already exists in this folder; nothing was changed.</translation>
    </message>
    <message>
        <source>The password is not correct. Check Caps Lock and try again.</source>
        <translation>The password is not correct. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>The recovery key does not open this vault.</translation>
    </message>
    <message>
        <source>The recovery key is mistyped: check each group of characters.</source>
        <translation>The recovery key is mistyped: check each group of characters.</translation>
    </message>
    <message>
        <source>The vault is damaged and was not opened. Nothing was changed; restore a backup or contact IT.</source>
        <translation>The vault is damaged and was not opened. Nothing was changed; restore a backup or contact IT.</translation>
    </message>
    <message>
        <source>The notebook was found damaged, so nothing more is saved in it. Copy what you need to keep, then restore a backup or contact IT.</source>
        <translation>The notebook was found damaged, so nothing more is saved in it. Copy what you need to keep, then restore a backup or contact IT.</translation>
    </message>
    <message>
        <source>The key file vault.json is damaged or has been altered. Nothing was changed; contact IT.</source>
        <translation>The key file vault.json is damaged or has been altered. Nothing was changed; contact IT.</translation>
    </message>
    <message>
        <source>The vault was made by a newer version of the program. Update the program.</source>
        <translation>The vault was made by a newer version of the program. Update the program.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment before trying again.</source>
        <translation>Too many failed attempts. Wait a moment before trying again.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters, ideally a sentence.</source>
        <translation>The password is too short: use at least 8 characters, ideally a sentence.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Some fields need attention before this can be saved.</source>
        <translation>Some fields need attention before this can be saved.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>This note has been filed and cannot be changed. Write a correction instead.</source>
        <translation>This note has been filed and cannot be changed. Write a correction instead.</translation>
    </message>
    <message>
        <source>That change of status is not possible.</source>
        <translation>That change of status is not possible.</translation>
    </message>
    <message>
        <source>No valid consent covers sharing this information with this actor. Go ahead only if another legal basis allows it.</source>
        <translation>No valid consent covers sharing this information with this actor. Go ahead only if another legal basis allows it.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Your changes are kept here and sent later.</source>
        <translation>The sync server cannot be reached. Your changes are kept here and sent later.</translation>
    </message>
    <message>
        <source>This computer is no longer signed in to the sync server. Set up sync again.</source>
        <translation>This computer is no longer signed in to the sync server. Set up sync again.</translation>
    </message>
    <message>
        <source>The account name or the password is not correct for this server.</source>
        <translation>The account name or the password is not correct for this server.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
        <translation>Too many sign-in attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>The sync server refused the request; nothing was changed.</source>
        <translation>The sync server refused the request; nothing was changed.</translation>
    </message>
    <message>
        <source>Sync is not set up on this computer yet.</source>
        <translation>Sync is not set up on this computer yet.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http only to this computer).</source>
        <translation>The server address must start with https:// (plain http only to this computer).</translation>
    </message>
    <message>
        <source>This vault already syncs with another account or server. Nothing was changed.</source>
        <translation>This vault already syncs with another account or server. Nothing was changed.</translation>
    </message>
    <message>
        <source>This account holds another notebook than the one on this computer. Nothing was changed.</source>
        <translation>This account holds another notebook than the one on this computer. Nothing was changed.</translation>
    </message>
    <message>
        <source>The server asks for unsafe key settings; sign-in was stopped. Contact IT.</source>
        <translation>The server asks for unsafe key settings; sign-in was stopped. Contact IT.</translation>
    </message>
    <message>
        <source>The server asks to delete many records on this computer. Nothing was deleted; confirm to go on, or contact IT.</source>
        <translation>The server asks to delete many records on this computer. Nothing was deleted; confirm to go on, or contact IT.</translation>
    </message>
    <message>
        <source>The policy file your organisation has set for this computer cannot be used, so the program stops. Contact IT.</source>
        <translation>The policy file your organisation has set for this computer cannot be used, so the program stops. Contact IT.</translation>
    </message>
    <message>
        <source>Your organisation has set the sync server for this computer; other servers are refused.</source>
        <translation>Your organisation has set the sync server for this computer; other servers are refused.</translation>
    </message>
    <message>
        <source>This file is not a Casenotes backup.</source>
        <translation>This file is not a Casenotes backup.</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored. Nothing was changed; try another copy.</source>
        <translation>The backup file is damaged and cannot be restored. Nothing was changed; try another copy.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of the program. Update the program to restore it.</source>
        <translation>The backup was made by a newer version of the program. Update the program to restore it.</translation>
    </message>
    <message>
        <source>Wrong backup password or recovery key: the backup does not open with it. Nothing was changed.</source>
        <translation>Wrong backup password or recovery key: the backup does not open with it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup did not read back correctly after writing, so it was deleted. Try again, or save it on another drive.</source>
        <translation>The backup did not read back correctly after writing, so it was deleted. Try again, or save it on another drive.</translation>
    </message>
    <message>
        <source>Save the backup outside the notebook&apos;s own folder, preferably on another drive.</source>
        <translation>Save the backup outside the notebook&apos;s own folder, preferably on another drive.</translation>
    </message>
    <message>
        <source>Save the export outside the notebook&apos;s own folder: a file there is not encrypted, and it would travel with the notebook. Nothing was written.</source>
        <translation>Save the export outside the notebook&apos;s own folder: a file there is not encrypted, and it would travel with the notebook. Nothing was written.</translation>
    </message>
    <message>
        <source>The file could not be written there. Check that the folder exists, that it is not a folder you named, and that you may write in it, or choose another place. Nothing was written.</source>
        <translation>The file could not be written there. Check that the folder exists, that it is not a folder you named, and that you may write in it, or choose another place. Nothing was written.</translation>
    </message>
    <message>
        <source>A notebook already exists here. Confirm that it may be moved to a dated folder beside it first; nothing was changed.</source>
        <translation>A notebook already exists here. Confirm that it may be moved to a dated folder beside it first; nothing was changed.</translation>
    </message>
    <message>
        <source>Lock the notebook before restoring a backup; nothing was changed.</source>
        <translation>Lock the notebook before restoring a backup; nothing was changed.</translation>
    </message>
    <message>
        <source>The notebook is open in another window or command. Close it first; nothing was changed.</source>
        <translation>The notebook is open in another window or command. Close it first; nothing was changed.</translation>
    </message>
    <message>
        <source>The notebook is already open in %1 (process %2, by %3 on %4, since %5). Close that program first; nothing was changed.</source>
        <translation>The notebook is already open in %1 (process %2, by %3 on %4, since %5). Close that program first; nothing was changed.</translation>
    </message>
    <message>
        <source>another Casenotes window</source>
        <translation>another Casenotes window</translation>
    </message>
    <message>
        <source>The notebook is busy with another task right now; try again. Nothing was changed.</source>
        <translation>The notebook is busy with another task right now; try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>A restore from backup was interrupted and could not be finished. The previous notebook is kept in its before-restore folder; contact IT.</source>
        <translation>A restore from backup was interrupted and could not be finished. The previous notebook is kept in its before-restore folder; contact IT.</translation>
    </message>
    <message>
        <source>The backup could not be written there. Check that the drive is connected and has room, or choose another place.</source>
        <translation>The backup could not be written there. Check that the drive is connected and has room, or choose another place.</translation>
    </message>
    <message>
        <source>The backup file cannot be read. Check the name and that the drive is connected.</source>
        <translation>The backup file cannot be read. Check the name and that the drive is connected.</translation>
    </message>
    <message>
        <source>The restore could not be completed: the backup file stopped being readable, or this computer&apos;s disk is full. Nothing was changed.</source>
        <translation>The restore could not be completed: the backup file stopped being readable, or this computer&apos;s disk is full. Nothing was changed.</translation>
    </message>
    <message>
        <source>That colleague is not in the sync server&apos;s directory. Check the name; the colleague must have synced once. Nothing was sent.</source>
        <translation>That colleague is not in the sync server&apos;s directory. Check the name; the colleague must have synced once. Nothing was sent.</translation>
    </message>
    <message>
        <source>The colleague&apos;s security number has changed since you last handed over a file. Compare the new number with the colleague (by phone or in person) and confirm it before anything is sent or opened. Nothing was sent or opened.</source>
        <translation>The colleague&apos;s security number has changed since you last handed over a file. Compare the new number with the colleague (by phone or in person) and confirm it before anything is sent or opened. Nothing was sent or opened.</translation>
    </message>
    <message>
        <source>The handed-over file cannot be opened: it is damaged, was changed on the way, or is not for you. Nothing was imported; ask the colleague to hand it over again.</source>
        <translation>The handed-over file cannot be opened: it is damaged, was changed on the way, or is not for you. Nothing was imported; ask the colleague to hand it over again.</translation>
    </message>
    <message>
        <source>This citizen&apos;s file is already in your notebook. Nothing was imported; the handover stays in the inbox.</source>
        <translation>This citizen&apos;s file is already in your notebook. Nothing was imported; the handover stays in the inbox.</translation>
    </message>
    <message>
        <source>This citizen&apos;s file is already being handed over and waits for the colleague&apos;s answer.</source>
        <translation>This citizen&apos;s file is already being handed over and waits for the colleague&apos;s answer.</translation>
    </message>
    <message>
        <source>The program cannot start</source>
        <translation>The program cannot start</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>No keychain could be loaded on this computer.</source>
        <translation>No keychain could be loaded on this computer.</translation>
    </message>
    <message>
        <source>The only keychain here stores passwords in a plain file.</source>
        <translation>The only keychain here stores passwords in a plain file.</translation>
    </message>
    <message>
        <source>This computer has no keychain the program can use.</source>
        <translation>This computer has no keychain the program can use.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Meeting note</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Decision of a network meeting</source>
        <translation>Decision of a network meeting</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Resource programme</source>
        <translation>Resource programme</translation>
    </message>
    <message>
        <source>Job-clarification programme</source>
        <translation>Job-clarification programme</translation>
    </message>
    <message>
        <source>Social assistance</source>
        <translation>Social assistance</translation>
    </message>
    <message>
        <source>Education assistance</source>
        <translation>Education assistance</translation>
    </message>
    <message>
        <source>Sickness benefit</source>
        <translation>Sickness benefit</translation>
    </message>
    <message>
        <source>Flex-job waiting benefit</source>
        <translation>Flex-job waiting benefit</translation>
    </message>
    <message>
        <source>Flex job</source>
        <translation>Flex job</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>At the jobcentre</source>
        <translation>At the jobcentre</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Walk-and-talk</source>
        <translation>Walk-and-talk</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Discretion record</source>
        <translation>Discretion record</translation>
    </message>
    <message>
        <source>At the workplace</source>
        <translation>At the workplace</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready to file</source>
        <translation>Ready to file</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Job goal (trade or function)</source>
        <translation>Job goal (trade or function)</translation>
    </message>
    <message>
        <source>Education goal</source>
        <translation>Education goal</translation>
    </message>
    <message>
        <source>Purpose of the activities</source>
        <translation>Purpose of the activities</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <source>The caseworker</source>
        <translation>The caseworker</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Before a meeting</source>
        <translation>Before a meeting</translation>
    </message>
    <message>
        <source>During a meeting</source>
        <translation>During a meeting</translation>
    </message>
    <message>
        <source>After a meeting</source>
        <translation>After a meeting</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation>Three questions</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Gibbs&apos; reflective cycle</translation>
    </message>
    <message>
        <source>A colleague&apos;s reply (joint professional reflection)</source>
        <translation>A colleague&apos;s reply (joint professional reflection)</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>What I asked</source>
        <translation>What I asked</translation>
    </message>
    <message>
        <source>The colleague&apos;s reply</source>
        <translation>The colleague&apos;s reply</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>What did I think and feel?</source>
        <translation>What did I think and feel?</translation>
    </message>
    <message>
        <source>What will I do?</source>
        <translation>What will I do?</translation>
    </message>
    <message>
        <source>Description: what happened?</source>
        <translation>Description: what happened?</translation>
    </message>
    <message>
        <source>Feelings: what did I think and feel?</source>
        <translation>Feelings: what did I think and feel?</translation>
    </message>
    <message>
        <source>Evaluation: what was good and bad?</source>
        <translation>Evaluation: what was good and bad?</translation>
    </message>
    <message>
        <source>Analysis: what sense can I make of it?</source>
        <translation>Analysis: what sense can I make of it?</translation>
    </message>
    <message>
        <source>Conclusion: what else could I have done?</source>
        <translation>Conclusion: what else could I have done?</translation>
    </message>
    <message>
        <source>Action plan: what will I do next time?</source>
        <translation>Action plan: what will I do next time?</translation>
    </message>
    <message>
        <source>Regional psychiatry</source>
        <translation>Regional psychiatry</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Municipal social services</source>
        <translation>Municipal social services</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>Housing support</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Union or unemployment fund</source>
        <translation>Union or unemployment fund</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Rehabilitation team</source>
        <translation>Rehabilitation team</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Family and others</source>
        <translation>Family and others</translation>
    </message>
    <message>
        <source>From the jobcentre to the actor</source>
        <translation>From the jobcentre to the actor</translation>
    </message>
    <message>
        <source>From the actor to the jobcentre</source>
        <translation>From the actor to the jobcentre</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Both ways</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Digital Post</source>
        <translation>Digital Post</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Record opened</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <source>CPR number shown</source>
        <translation>CPR number shown</translation>
    </message>
    <message>
        <source>CPR number copied</source>
        <translation>CPR number copied</translation>
    </message>
    <message>
        <source>Belief in a job rated</source>
        <translation>Belief in a job rated</translation>
    </message>
    <message>
        <source>Handed over to another caseworker</source>
        <translation>Handed over to another caseworker</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Access export: everything handed out</source>
        <translation>Access export: everything handed out</translation>
    </message>
    <message>
        <source>Deleted permanently</source>
        <translation>Deleted permanently</translation>
    </message>
    <message>
        <source>File handed to a colleague (sealed, waiting for receipt)</source>
        <translation>File handed to a colleague (sealed, waiting for receipt)</translation>
    </message>
    <message>
        <source>File received by the colleague; deleted here</source>
        <translation>File received by the colleague; deleted here</translation>
    </message>
    <message>
        <source>The colleague declined the file; it stays here</source>
        <translation>The colleague declined the file; it stays here</translation>
    </message>
    <message>
        <source>The colleague received the file; kept here because it changed after it was sent</source>
        <translation>The colleague received the file; kept here because it changed after it was sent</translation>
    </message>
    <message>
        <source>File received from a colleague</source>
        <translation>File received from a colleague</translation>
    </message>
    <message>
        <source>Handover taken back before it was sent</source>
        <translation>Handover taken back before it was sent</translation>
    </message>
    <message>
        <source>Meeting note written</source>
        <translation>Meeting note written</translation>
    </message>
    <message>
        <source>Meeting note changed</source>
        <translation>Meeting note changed</translation>
    </message>
    <message>
        <source>Meeting note status changed</source>
        <translation>Meeting note status changed</translation>
    </message>
    <message>
        <source>Meeting note filed</source>
        <translation>Meeting note filed</translation>
    </message>
    <message>
        <source>Correction to a filed note</source>
        <translation>Correction to a filed note</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Goal set</source>
        <translation>Goal set</translation>
    </message>
    <message>
        <source>Goal revised</source>
        <translation>Goal revised</translation>
    </message>
    <message>
        <source>Reflection written</source>
        <translation>Reflection written</translation>
    </message>
    <message>
        <source>Pseudonymised excerpt copied for peer reflection</source>
        <translation>Pseudonymised excerpt copied for peer reflection</translation>
    </message>
    <message>
        <source>Pseudonymised excerpt sent to colleagues for peer reflection</source>
        <translation>Pseudonymised excerpt sent to colleagues for peer reflection</translation>
    </message>
    <message>
        <source>A colleague&apos;s reply to peer reflection</source>
        <translation>A colleague&apos;s reply to peer reflection</translation>
    </message>
    <message>
        <source>Discretion recorded</source>
        <translation>Discretion recorded</translation>
    </message>
    <message>
        <source>Reflection copied as text</source>
        <translation>Reflection copied as text</translation>
    </message>
    <message>
        <source>Discretion record copied as text</source>
        <translation>Discretion record copied as text</translation>
    </message>
    <message>
        <source>Actor added</source>
        <translation>Actor added</translation>
    </message>
    <message>
        <source>Actor changed</source>
        <translation>Actor changed</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact logged</translation>
    </message>
    <message>
        <source>Information shared without consent (warned)</source>
        <translation>Information shared without consent (warned)</translation>
    </message>
    <message>
        <source>Did not share: no consent</source>
        <translation>Did not share: no consent</translation>
    </message>
    <message>
        <source>Information already shared without consent (recorded with the reason)</source>
        <translation>Information already shared without consent (recorded with the reason)</translation>
    </message>
    <message>
        <source>Network meeting recorded</source>
        <translation>Network meeting recorded</translation>
    </message>
    <message>
        <source>Progress rated</source>
        <translation>Progress rated</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Preferred meeting form</source>
        <translation>Preferred meeting form</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Responsible caseworker</source>
        <translation>Responsible caseworker</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>My situation</source>
        <translation>My situation</translation>
    </message>
    <message>
        <source>What is difficult</source>
        <translation>What is difficult</translation>
    </message>
    <message>
        <source>What I wish for</source>
        <translation>What I wish for</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>What helps me</translation>
    </message>
    <message>
        <source>Functional limitations</source>
        <translation>Functional limitations</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Workplace accommodations</source>
        <translation>Workplace accommodations</translation>
    </message>
    <message>
        <source>Labour-market perspective</source>
        <translation>Labour-market perspective</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnoses</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The citizen&apos;s view</source>
        <translation>The citizen&apos;s view</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Did the tool help?</source>
        <translation>Did the tool help?</translation>
    </message>
    <message>
        <source>Account of the meeting</source>
        <translation>Account of the meeting</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>What we agreed</translation>
    </message>
    <message>
        <source>The citizen&apos;s own belief in getting a job</source>
        <translation>The citizen&apos;s own belief in getting a job</translation>
    </message>
    <message>
        <source>Your estimate of the citizen&apos;s chance of a job</source>
        <translation>Your estimate of the citizen&apos;s chance of a job</translation>
    </message>
    <message>
        <source>Trade or function</source>
        <translation>Trade or function</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words</source>
        <translation>In the citizen&apos;s words</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Considerations</translation>
    </message>
    <message>
        <source>Guidelines in conflict</source>
        <translation>Guidelines in conflict</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Which information</source>
        <translation>Which information</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>What it was about</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Information shared</translation>
    </message>
    <message>
        <source>Why it was shared without consent</source>
        <translation>Why it was shared without consent</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Belief in a job</source>
        <translation>Belief in a job</translation>
    </message>
    <message>
        <source>New responsible caseworker</source>
        <translation>New responsible caseworker</translation>
    </message>
    <message>
        <source>Conversation tool</source>
        <translation>Conversation tool</translation>
    </message>
    <message>
        <source>Answers to the conversation tool</source>
        <translation>Answers to the conversation tool</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Unsaved text</translation>
    </message>
</context>
</TS>
