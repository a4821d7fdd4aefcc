<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;b&gt;Commune IT Register&lt;/b&gt;, version {version}</source>
        <translation>&lt;b&gt;Commune IT Register&lt;/b&gt;, version {version}</translation>
    </message>
    <message>
        <source>Running on Python {python}, Qt {qt}, SQLite {sqlite} and reportlab {reportlab}.</source>
        <translation>Running on Python {python}, Qt {qt}, SQLite {sqlite} and reportlab {reportlab}.</translation>
    </message>
    <message>
        <source>Data folder: {data}&lt;br&gt;Backups folder: {backups}&lt;br&gt;Log file: {log}</source>
        <translation>Data folder: {data}&lt;br&gt;Backups folder: {backups}&lt;br&gt;Log file: {log}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>An officer keeps the records; a viewer only reads and prints; an administrator also manages accounts and settings.</source>
        <translation>An officer keeps the records; a viewer only reads and prints; an administrator also manages accounts and settings.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>New password for “{name}”</source>
        <translation>New password for “{name}”</translation>
    </message>
    <message>
        <source>The account “{name}” signs in with this password from now on; tell it to its owner in person.</source>
        <translation>The account “{name}” signs in with this password from now on; tell it to its owner in person.</translation>
    </message>
    <message>
        <source>The account “{name}” is enabled again with this password; tell it to its owner in person.</source>
        <translation>The account “{name}” is enabled again with this password; tell it to its owner in person.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Protect the data with an account</source>
        <translation>Protect the data with an account</translation>
    </message>
    <message>
        <source>This laptop travels and may be lost. With an account, the data on it is encrypted: nobody can read it without signing in. This first account is the administrator; more accounts are added later in Settings.</source>
        <translation>This laptop travels and may be lost. With an account, the data on it is encrypted: nobody can read it without signing in. This first account is the administrator; more accounts are added later in Settings.</translation>
    </message>
    <message>
        <source>Later: keep the data unencrypted for now</source>
        <translation>Later: keep the data unencrypted for now</translation>
    </message>
    <message>
        <source>Anyone who uses this computer can then read the data. Settings offers to protect it at any time.</source>
        <translation>Anyone who uses this computer can then read the data. Settings offers to protect it at any time.</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Enable again…</source>
        <translation>Enable again…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>The account “{name}” was added.</source>
        <translation>The account “{name}” was added.</translation>
    </message>
    <message>
        <source>The account “{name}” is disabled: it can no longer sign in.</source>
        <translation>The account “{name}” is disabled: it can no longer sign in.</translation>
    </message>
    <message>
        <source>The account “{name}” is enabled again.</source>
        <translation>The account “{name}” is enabled again.</translation>
    </message>
    <message>
        <source>A new password is set for “{name}”.</source>
        <translation>A new password is set for “{name}”.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Who may open the data on this computer, and what each may do.</source>
        <translation>Who may open the data on this computer, and what each may do.</translation>
    </message>
    <message>
        <source>The data on this computer is not encrypted: anyone who uses it can read it. Protect it with an administrator&apos;s account; the data is then encrypted.</source>
        <translation>The data on this computer is not encrypted: anyone who uses it can read it. Protect it with an administrator&apos;s account; the data is then encrypted.</translation>
    </message>
    <message>
        <source>Protect the data with an account…</source>
        <translation>Protect the data with an account…</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Ready to scan</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <source>The answer of each scan shows here.</source>
        <translation>The answer of each scan shows here.</translation>
    </message>
    <message>
        <source>held by {name}</source>
        <translation>held by {name}</translation>
    </message>
    <message>
        <source>✓ Found: {tag}</source>
        <translation>✓ Found: {tag}</translation>
    </message>
    <message>
        <source>? Not in the book: {tag}</source>
        <translation>? Not in the book: {tag}</translation>
    </message>
    <message>
        <source>Recorded as found but not in the book (surplus).</source>
        <translation>Recorded as found but not in the book (surplus).</translation>
    </message>
    <message>
        <source>= Already counted: {tag}</source>
        <translation>= Already counted: {tag}</translation>
    </message>
    <message>
        <source>Already counted at {time}; it counts once.</source>
        <translation>Already counted at {time}; it counts once.</translation>
    </message>
    <message>
        <source>✗ Not counted: {tag}</source>
        <translation>✗ Not counted: {tag}</translation>
    </message>
    <message>
        <source>The scanner&apos;s file is taken in</source>
        <translation>The scanner&apos;s file is taken in</translation>
    </message>
    <message>
        <source>{found} found, {unknown} not in the book, {duplicate} already counted.</source>
        <translation>{found} found, {unknown} not in the book, {duplicate} already counted.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <source>Unexcused absence</source>
        <translation>Unexcused absence</translation>
    </message>
</context>
<context>
    <name>AttendanceCell</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>This computer cannot change this person&apos;s attendance.</source>
        <translation>This computer cannot change this person&apos;s attendance.</translation>
    </message>
    <message>
        <source>Share of the lessons held so far attended (present or late); a lesson with no mark counts as not attended.</source>
        <translation>Share of the lessons held so far attended (present or late); a lesson with no mark counts as not attended.</translation>
    </message>
    <message>
        <source>{name}, lesson {number} ({date}): {status}</source>
        <translation>{name}, lesson {number} ({date}): {status}</translation>
    </message>
    <message>
        <source>This lesson has not taken place yet: attendance can be marked from {date}.</source>
        <translation>This lesson has not taken place yet: attendance can be marked from {date}.</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>S{number}</source>
        <translation>S{number}</translation>
    </message>
    <message>
        <source>Lesson {number}</source>
        <translation>Lesson {number}</translation>
    </message>
    <message>
        <source>(not held yet)</source>
        <translation>(not held yet)</translation>
    </message>
</context>
<context>
    <name>AttendanceKeys</name>
    <message>
        <source>P</source>
        <extracomment>The key(s) that mark a person Present in the attendance grid: capital letters A-Z, separated by spaces, taken from the word for &quot;present&quot; in your language.</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <extracomment>The key(s) that mark a person Late: capital letters A-Z separated by spaces.</extracomment>
        <translation>L</translation>
    </message>
    <message>
        <source>E</source>
        <extracomment>The key(s) that mark an Excused absence: capital letters A-Z separated by spaces.</extracomment>
        <translation>E</translation>
    </message>
    <message>
        <source>A</source>
        <extracomment>The key(s) that mark an Unexcused absence: capital letters A-Z separated by spaces.</extracomment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>AttendanceLegend</name>
    <message>
        <source>After a mark the cursor goes to the next person · Space: next mark · Delete: clear · arrows: move.</source>
        <translation>After a mark the cursor goes to the next person · Space: next mark · Delete: clear · arrows: move.</translation>
    </message>
    <message>
        <source>Rate: lessons attended (present or late) out of those held so far; a lesson with no mark counts as not attended.</source>
        <translation>Rate: lessons attended (present or late) out of those held so far; a lesson with no mark counts as not attended.</translation>
    </message>
    <message>
        <source>Attendance keys</source>
        <translation>Attendance keys</translation>
    </message>
    <message>
        <source>{letters} or {digit}</source>
        <translation>{letters} or {digit}</translation>
    </message>
</context>
<context>
    <name>AttendanceShort</name>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Who signed in on this computer, exported or printed lists with names, changed accounts or erased an official&apos;s personal data.</source>
        <translation>Who signed in on this computer, exported or printed lists with names, changed accounts or erased an official&apos;s personal data.</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>List exported</source>
        <translation>List exported</translation>
    </message>
    <message>
        <source>Paper with names printed</source>
        <translation>Paper with names printed</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>the staff list</translation>
    </message>
    <message>
        <source>the equipment list</source>
        <translation>the equipment list</translation>
    </message>
    <message>
        <source>the training list</source>
        <translation>the training list</translation>
    </message>
    <message>
        <source>{count} wrong password(s) before this sign-in</source>
        <translation>{count} wrong password(s) before this sign-in</translation>
    </message>
    <message>
        <source>New account “{name}” ({role})</source>
        <translation>New account “{name}” ({role})</translation>
    </message>
    <message>
        <source>Account “{name}” disabled</source>
        <translation>Account “{name}” disabled</translation>
    </message>
    <message>
        <source>Account “{name}” enabled again</source>
        <translation>Account “{name}” enabled again</translation>
    </message>
    <message>
        <source>New password for “{name}”</source>
        <translation>New password for “{name}”</translation>
    </message>
    <message>
        <source>{list}, {rows} rows, {format} file</source>
        <translation>{list}, {rows} rows, {format} file</translation>
    </message>
    <message>
        <source>{count} personal fields of one official</source>
        <translation>{count} personal fields of one official</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>{count} events</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>audit-log</translation>
    </message>
    <message>
        <source>Save the audit log as</source>
        <translation>Save the audit log as</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exporting {file}…</translation>
    </message>
    <message>
        <source>{count} events were written to {file}.</source>
        <translation>{count} events were written to {file}.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>What was done:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Export to a file…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A copy of all the data on this computer, to keep on a USB stick. Restoring a copy replaces all the data on this computer.</source>
        <translation>A copy of all the data on this computer, to keep on a USB stick. Restoring a copy replaces all the data on this computer.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Choose where to save the backup (a USB stick)</source>
        <translation>Choose where to save the backup (a USB stick)</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>It is encrypted like the data on this computer; keep the file “{keys}” beside it: with it, the accounts&apos; passwords or the recovery paper open the backup.</source>
        <translation>It is encrypted like the data on this computer; keep the file “{keys}” beside it: with it, the accounts&apos; passwords or the recovery paper open the backup.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Restore the data of {communes} from the backup made on {date}?

It replaces all the data on this computer:
• now: {staff} officials, {equipment} pieces of equipment, {courses} courses;
• in the backup: {b_staff} officials, {b_equipment} pieces of equipment, {b_courses} courses.

A copy of the data as it is now is kept in the backups folder. After the restore this computer counts as a new device: load the province&apos;s enrolment file again before the next sync.</source>
        <translation>Restore the data of {communes} from the backup made on {date}?

It replaces all the data on this computer:
• now: {staff} officials, {equipment} pieces of equipment, {courses} courses;
• in the backup: {b_staff} officials, {b_equipment} pieces of equipment, {b_courses} courses.

A copy of the data as it is now is kept in the backups folder. After the restore this computer counts as a new device: load the province&apos;s enrolment file again before the next sync.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restored from {name}. A copy of the data from before the restore: {path}. This computer is now a new device: load the province&apos;s enrolment file before the next sync.</source>
        <translation>Restored from {name}. A copy of the data from before the restore: {path}. This computer is now a new device: load the province&apos;s enrolment file before the next sync.</translation>
    </message>
</context>
<context>
    <name>BadRowsDialog</name>
    <message>
        <source>The file was not imported</source>
        <translation>The file was not imported</translation>
    </message>
    <message>
        <source>{file}: {reason}
Correct these rows in the file, then import it again.</source>
        <translation>{file}: {reason}
Correct these rows in the file, then import it again.</translation>
    </message>
    <message>
        <source>…and {count} more problems not shown.</source>
        <translation>…and {count} more problems not shown.</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copy the list</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Deleted officials, equipment and courses are kept here. Choose one or more and press “Restore”: they go back to their lists, and the next sync sends the restore to the province.</source>
        <translation>Deleted officials, equipment and courses are kept here. Choose one or more and press “Restore”: they go back to their lists, and the next sync sends the restore to the province.</translation>
    </message>
    <message>
        <source>Search by name, title or tag…</source>
        <translation>Search by name, title or tag…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The bin is empty: nothing has been deleted.</source>
        <translation>The bin is empty: nothing has been deleted.</translation>
    </message>
    <message>
        <source>This computer cannot restore officials or equipment: it only reads them (a trainer&apos;s computer). The commune office&apos;s computer can.</source>
        <translation>This computer cannot restore officials or equipment: it only reads them (a trainer&apos;s computer). The commune office&apos;s computer can.</translation>
    </message>
</context>
<context>
    <name>BinTableModel</name>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Equipment: {category}</source>
        <translation>Equipment: {category}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>starts {date}</source>
        <translation>starts {date}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation>Name or title</translation>
    </message>
    <message>
        <source>Tag or date</source>
        <translation>Tag or date</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>IT certificate</source>
        <translation>IT certificate</translation>
    </message>
</context>
<context>
    <name>CertificateQuestion</name>
    <message>
        <source>Update IT certificates?</source>
        <translation>Update IT certificates?</translation>
    </message>
    <message numerus="yes">
        <source>%n official(s) passed “{title}” with a certificate number, but their record does not show that certificate yet. Record “{certificate}” for them?</source>
        <translation>
            <numerusform>%n official passed “{title}” with a certificate number, but their record does not show that certificate yet. Record “{certificate}” for them?</numerusform>
            <numerusform>%n officials passed “{title}” with a certificate number, but their record does not show that certificate yet. Record “{certificate}” for them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate: {certificate} · date: {date} · issued by: {issuer}</source>
        <translation>Certificate: {certificate} · date: {date} · issued by: {issuer}</translation>
    </message>
    <message>
        <source>{name} — now: {current} — certificate no. {number}</source>
        <translation>{name} — now: {current} — certificate no. {number}</translation>
    </message>
    <message numerus="yes">
        <source>Update %n record(s)</source>
        <translation>
            <numerusform>Update %n record</numerusform>
            <numerusform>Update %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommuneChoice</name>
    <message>
        <source>Stock-take of the co&amp;mmune:</source>
        <translation>Stock-take of the co&amp;mmune:</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Found {when}</source>
        <translation>Found {when}</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review. Sync kept the current value; choose which one is right.</source>
        <translation>
            <numerusform>%Ln conflict to review. Sync kept the current value; choose which one is right.</numerusform>
            <numerusform>%Ln conflicts to review. Sync kept the current value; choose which one is right.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} are shown.</source>
        <translation>The first {shown} are shown.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>(not on this computer)</source>
        <translation>(not on this computer)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <source>Edit course</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Start date *</source>
        <translation>Start date *</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>A basic digital skills course (passing it confirms the skills, after asking)</source>
        <translation>A basic digital skills course (passing it confirms the skills, after asking)</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>For example: Using the online public service portal</source>
        <translation>For example: Using the online public service portal</translation>
    </message>
    <message>
        <source>Enter the course title.</source>
        <translation>Enter the course title.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Run by</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DiagnosticsAction</name>
    <message>
        <source>Save &amp;diagnostics information…</source>
        <translation>Save &amp;diagnostics information…</translation>
    </message>
    <message>
        <source>Saving the diagnostics file…</source>
        <translation>Saving the diagnostics file…</translation>
    </message>
    <message>
        <source>commune-it-diagnostics-{date}.zip</source>
        <translation>commune-it-diagnostics-{date}.zip</translation>
    </message>
    <message>
        <source>Save the diagnostics file</source>
        <translation>Save the diagnostics file</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics file was saved as:
{path}

Send it to the province&apos;s IT officer when asked. It holds no official&apos;s name, phone number or e-mail address.</source>
        <translation>The diagnostics file was saved as:
{path}

Send it to the province&apos;s IT officer when asked. It holds no official&apos;s name, phone number or e-mail address.</translation>
    </message>
    <message>
        <source>Diagnostics saved</source>
        <translation>Diagnostics saved</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Something went wrong. Please send the details below to IT support.</source>
        <translation>Something went wrong. Please send the details below to IT support.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the enrolment file from the province</source>
        <translation>Choose the enrolment file from the province</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>DigitalSkillsMethod</name>
    <message>
        <source>Online on the national platform</source>
        <translation>Online on the national platform</translation>
    </message>
    <message>
        <source>A class run by the commune</source>
        <translation>A class run by the commune</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
</context>
<context>
    <name>EncryptingDialog</name>
    <message>
        <source>Protecting the data</source>
        <translation>Protecting the data</translation>
    </message>
    <message>
        <source>Encrypting the data on this computer… Do not turn the computer off.</source>
        <translation>Encrypting the data on this computer… Do not turn the computer off.</translation>
    </message>
    <message>
        <source>The data was not encrypted: {reason}</source>
        <translation>The data was not encrypted: {reason}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol officials</source>
        <translation>Enrol officials</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n ticked</source>
        <translation>
            <numerusform>Enrol %n ticked</numerusform>
            <numerusform>Enrol %n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Enrolment with the province (optional)</source>
        <translation>Enrolment with the province (optional)</translation>
    </message>
    <message>
        <source>If the province gave you an enrolment file for this computer, load it now. You can also skip this and load it later in Settings.</source>
        <translation>If the province gave you an enrolment file for this computer, load it now. You can also skip this and load it later in Settings.</translation>
    </message>
    <message>
        <source>Choose enrolment file…</source>
        <translation>Choose enrolment file…</translation>
    </message>
    <message>
        <source>Do not use a file</source>
        <translation>Do not use a file</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>No file chosen: the computer is set up without enrolment.</source>
        <translation>No file chosen: the computer is set up without enrolment.</translation>
    </message>
</context>
<context>
    <name>EnrolmentTableModel</name>
    <message>
        <source>Outside participant</source>
        <translation>Outside participant</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>EquipmentCategory</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Desktop computer</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Wi-Fi access point</source>
        <translation>Wi-Fi access point</translation>
    </message>
    <message>
        <source>Network device (switch, router)</source>
        <translation>Network device (switch, router)</translation>
    </message>
    <message>
        <source>Security device</source>
        <translation>Security device</translation>
    </message>
    <message>
        <source>Storage device</source>
        <translation>Storage device</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Television</translation>
    </message>
    <message>
        <source>Uninterruptible power supply (UPS)</source>
        <translation>Uninterruptible power supply (UPS)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <source>Item: {name}</source>
        <translation>Item: {name}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>In use since</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>Funded by</translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation>Value (đồng)</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Warranty until</translation>
    </message>
    <message>
        <source>Last inventory check</source>
        <translation>Last inventory check</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why the status changed</source>
        <translation>Why the status changed</translation>
    </message>
    <message>
        <source>e.g. paper jam, sent for repair</source>
        <translation>e.g. paper jam, sent for repair</translation>
    </message>
    <message>
        <source>Add official “{name}”…</source>
        <translation>Add official “{name}”…</translation>
    </message>
    <message>
        <source>{name} (no longer on the staff list)</source>
        <translation>{name} (no longer on the staff list)</translation>
    </message>
    <message>
        <source>Nobody; type a name to choose</source>
        <translation>Nobody; type a name to choose</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Connected to the office network (LAN)</source>
        <translation>Connected to the office network (LAN)</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Connected to the Internet</source>
        <translation>Connected to the Internet</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>The history starts when the item is saved.</source>
        <translation>The history starts when the item is saved.</translation>
    </message>
    <message>
        <source>Write the value in đồng as a whole number, for example 15.000.000.</source>
        <translation>Write the value in đồng as a whole number, for example 15.000.000.</translation>
    </message>
    <message>
        <source>The warranty must end after the item was put into use.</source>
        <translation>The warranty must end after the item was put into use.</translation>
    </message>
    <message>
        <source>Choose the holder from the list, or leave the field empty.</source>
        <translation>Choose the holder from the list, or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Search: tag, serial, model, holder, place (Ctrl+F)</source>
        <translation>Search: tag, serial, model, holder, place (Ctrl+F)</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Print asset labels…</source>
        <translation>Print asset labels…</translation>
    </message>
    <message>
        <source>A4 sheets of QR labels for the stock-take: the selected item, or every item in use</source>
        <translation>A4 sheets of QR labels for the stock-take: the selected item, or every item in use</translation>
    </message>
    <message>
        <source>Record a new status of the selected item, e.g. broken (Ctrl+T)</source>
        <translation>Record a new status of the selected item, e.g. broken (Ctrl+T)</translation>
    </message>
    <message>
        <source>Delete {item} from the equipment list? If it was disposed of or lost, change its status instead, so its history is kept.</source>
        <translation>Delete {item} from the equipment list? If it was disposed of or lost, change its status instead, so its history is kept.</translation>
    </message>
    <message>
        <source>Save the labels as</source>
        <translation>Save the labels as</translation>
    </message>
    <message>
        <source>Printing asset labels</source>
        <translation>Printing asset labels</translation>
    </message>
    <message>
        <source>{count} labels saved to “{path}” ({pages} pages); {assigned} items were given a tag.</source>
        <translation>{count} labels saved to “{path}” ({pages} pages); {assigned} items were given a tag.</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Asset labels</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>In storage</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>Disposed of</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data is busy with another task. Nothing was changed; please try again in a moment.</source>
        <translation>The data is busy with another task. Nothing was changed; please try again in a moment.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>The computer ran out of memory. Close other programs and try again.</translation>
    </message>
    <message>
        <source>A file or folder could not be used: {reason}.</source>
        <translation>A file or folder could not be used: {reason}.</translation>
    </message>
    <message>
        <source>Details were also written to the log file: {path}</source>
        <translation>Details were also written to the log file: {path}</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Add or update records from an Excel or CSV file (Ctrl+I)</source>
        <translation>Add or update records from an Excel or CSV file (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Save the whole list as an Excel or CSV file (Ctrl+E)</source>
        <translation>Save the whole list as an Excel or CSV file (Ctrl+E)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Excel or CSV files (*.xlsx *.csv)</source>
        <translation>Excel or CSV files (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{created} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Excel workbook, Vietnamese headings (*.xlsx)</source>
        <translation>Excel workbook, Vietnamese headings (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, English column names and codes for other programs (*.csv)</source>
        <translation>CSV file, English column names and codes for other programs (*.csv)</translation>
    </message>
    <message>
        <source>Read from the sheet “{sheet}”.</source>
        <translation>Read from the sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Save the list as</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exporting {file}…</translation>
    </message>
    <message>
        <source>A CSV file keeps the English column names and codes (such as full_name, in_use) that other programs and the import read; export to Excel for Vietnamese headings.</source>
        <translation>A CSV file keeps the English column names and codes (such as full_name, in_use) that other programs and the import read; export to Excel for Vietnamese headings.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>{count} rows were written to {file}.</source>
        <translation>{count} rows were written to {file}.</translation>
    </message>
    <message>
        <source>staff</source>
        <comment>file name</comment>
        <translation>staff</translation>
    </message>
    <message>
        <source>equipment</source>
        <comment>file name</comment>
        <translation>equipment</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Current officials</source>
        <translation>Current officials</translation>
    </message>
    <message>
        <source>Former officials</source>
        <translation>Former officials</translation>
    </message>
    <message>
        <source>Current and former officials</source>
        <translation>Current and former officials</translation>
    </message>
    <message>
        <source>All IT certificates</source>
        <translation>All IT certificates</translation>
    </message>
    <message>
        <source>With any IT certificate</source>
        <translation>With any IT certificate</translation>
    </message>
    <message>
        <source>Without an IT certificate</source>
        <translation>Without an IT certificate</translation>
    </message>
    <message>
        <source>All professional levels</source>
        <translation>All professional levels</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Unit not given</source>
        <translation>Unit not given</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Still in stock (not disposed of or lost)</source>
        <translation>Still in stock (not disposed of or lost)</translation>
    </message>
    <message>
        <source>All holders</source>
        <translation>All holders</translation>
    </message>
    <message>
        <source>No holder</source>
        <translation>No holder</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>Protect the data with an account</source>
        <translation>Protect the data with an account</translation>
    </message>
    <message>
        <source>This laptop travels and may be lost. With an account, the data on it is encrypted: nobody can read it without signing in. This first account is the administrator. The window closes while the data is encrypted and opens again when it is done; then the recovery key is shown once, to print.</source>
        <translation>This laptop travels and may be lost. With an account, the data on it is encrypted: nobody can read it without signing in. This first account is the administrator. The window closes while the data is encrypted and opens again when it is done; then the recovery key is shown once, to print.</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Encrypt the data</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormButtons</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FoundDialog</name>
    <message>
        <source>Found: condition and place</source>
        <translation>Found: condition and place</translation>
    </message>
    <message>
        <source>As in the register</source>
        <translation>As in the register</translation>
    </message>
    <message>
        <source>Blank: where the register says</source>
        <translation>Blank: where the register says</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n item found.</numerusform>
            <numerusform>%n items found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation>Quick guide</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>This file was imported on {when}; import it again?</source>
        <translation>This file was imported on {when}; import it again?</translation>
    </message>
    <message>
        <source>Import again?</source>
        <translation>Import again?</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Import again</translation>
    </message>
    <message>
        <source>Row {row}: {name} ({born})</source>
        <translation>Row {row}: {name} ({born})</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>no birth date</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…and {count} more.</translation>
    </message>
    <message>
        <source>{count} rows of {file} have no id and the same name and birth date as officials already in the list:
{rows}
Add them as new officials anyway?</source>
        <translation>{count} rows of {file} have no id and the same name and birth date as officials already in the list:
{rows}
Add them as new officials anyway?</translation>
    </message>
    <message>
        <source>Officials already in the list</source>
        <translation>Officials already in the list</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Add them anyway</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Choose a sheet</translation>
    </message>
    <message>
        <source>{file} has several sheets with data. Which one holds the list to import?</source>
        <translation>{file} has several sheets with data. Which one holds the list to import?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ItCertificate</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Basic IT skills</source>
        <translation>Basic IT skills</translation>
    </message>
    <message>
        <source>Advanced IT skills</source>
        <translation>Advanced IT skills</translation>
    </message>
    <message>
        <source>Certificate A</source>
        <translation>Certificate A</translation>
    </message>
    <message>
        <source>Certificate B</source>
        <translation>Certificate B</translation>
    </message>
    <message>
        <source>Certificate C</source>
        <translation>Certificate C</translation>
    </message>
    <message>
        <source>IT degree</source>
        <translation>IT degree</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print asset labels</source>
        <translation>Print asset labels</translation>
    </message>
    <message>
        <source>{count} labels will be printed.</source>
        <translation>{count} labels will be printed.</translation>
    </message>
    <message>
        <source>Label paper</source>
        <translation>Label paper</translation>
    </message>
    <message>
        <source>{category}: the category&apos;s code, {year}: the year bought, {n:02}: the next free number</source>
        <translation>{category}: the category&apos;s code, {year}: the year bought, {n:02}: the next free number</translation>
    </message>
    <message>
        <source>Tag pattern</source>
        <translation>Tag pattern</translation>
    </message>
    <message>
        <source>Give the {count} items without an asset tag a tag from this pattern (otherwise they are left out)</source>
        <translation>Give the {count} items without an asset tag a tag from this pattern (otherwise they are left out)</translation>
    </message>
    <message>
        <source>A4, 24 labels (3 × 8, 70 × 37 mm)</source>
        <translation>A4, 24 labels (3 × 8, 70 × 37 mm)</translation>
    </message>
    <message>
        <source>A4, 21 labels (3 × 7, 63.5 × 38.1 mm)</source>
        <translation>A4, 21 labels (3 × 7, 63.5 × 38.1 mm)</translation>
    </message>
    <message>
        <source>A4, 14 labels (2 × 7, 99.1 × 38.1 mm)</source>
        <translation>A4, 14 labels (2 × 7, 99.1 × 38.1 mm)</translation>
    </message>
</context>
<context>
    <name>LegacyTitle</name>
    <message>
        <source>Military commander</source>
        <translation>Military commander</translation>
    </message>
    <message>
        <source>Office and statistics</source>
        <translation>Office and statistics</translation>
    </message>
    <message>
        <source>Land, construction, urban affairs and environment</source>
        <translation>Land, construction, urban affairs and environment</translation>
    </message>
    <message>
        <source>Finance and accounting</source>
        <translation>Finance and accounting</translation>
    </message>
    <message>
        <source>Justice and civil status</source>
        <translation>Justice and civil status</translation>
    </message>
    <message>
        <source>Culture and social affairs</source>
        <translation>Culture and social affairs</translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message>
        <source>Edit lesson</source>
        <translation>Edit lesson</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>The date must fall within the course ({period}).</source>
        <translation>The date must fall within the course ({period}).</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>from {start}</translation>
    </message>
</context>
<context>
    <name>LessonTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>LockBox</name>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>minutes without use</source>
        <translation>minutes without use</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>This computer is locked</source>
        <translation>This computer is locked</translation>
    </message>
    <message>
        <source>Another account signs in here and works with its own role; the page and any unsaved form stay as they are.</source>
        <translation>Another account signs in here and works with its own role; the page and any unsaved form stay as they are.</translation>
    </message>
    <message>
        <source>The data is hidden while the computer is locked. Type the password of “{name}” ({role}) to go on where you left off.</source>
        <translation>The data is hidden while the computer is locked. Type the password of “{name}” ({role}) to go on where you left off.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Back to “{name}”</source>
        <translation>Back to “{name}”</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Commune IT Register</source>
        <translation>Commune IT Register</translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation>This computer: {name}</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>A task is still running</source>
        <translation>A task is still running</translation>
    </message>
    <message>
        <source>A task is still running. Stop it and close the program?</source>
        <translation>A task is still running. Stop it and close the program?</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Name this computer</source>
        <translation>Name this computer</translation>
    </message>
    <message>
        <source>The province sees this name in its list of devices. You can keep the suggestion.</source>
        <translation>The province sees this name in its list of devices. You can keep the suggestion.</translation>
    </message>
    <message>
        <source>Name of this computer:</source>
        <translation>Name of this computer:</translation>
    </message>
</context>
<context>
    <name>NewAccountForm</name>
    <message>
        <source>Account name:</source>
        <translation>Account name:</translation>
    </message>
    <message>
        <source>Password (10 characters or more):</source>
        <translation>Password (10 characters or more):</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <source>Open a stock-take round</source>
        <translation>Open a stock-take round</translation>
    </message>
    <message>
        <source>The stock-take committee, the chair first: each member&apos;s name and role, as the report will print them for signing.</source>
        <translation>The stock-take committee, the chair first: each member&apos;s name and role, as the report will print them for signing.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Remove the selected member</translation>
    </message>
    <message>
        <source>Open the round</source>
        <translation>Open the round</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Enter the name of at least the committee&apos;s chair.</source>
        <translation>Enter the name of at least the committee&apos;s chair.</translation>
    </message>
    <message>
        <source>The round cannot open on a day still to come.</source>
        <translation>The round cannot open on a day still to come.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Equipment by status</source>
        <translation>Equipment by status</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Officials</translation>
    </message>
    <message>
        <source>Officials with an IT certificate</source>
        <translation>Officials with an IT certificate</translation>
    </message>
    <message>
        <source>Officials with basic digital skills confirmed</source>
        <translation>Officials with basic digital skills confirmed</translation>
    </message>
    <message>
        <source>Officials trained this year</source>
        <translation>Officials trained this year</translation>
    </message>
    <message>
        <source>Computers per official</source>
        <translation>Computers per official</translation>
    </message>
    <message>
        <source>Computers on the office network (LAN)</source>
        <translation>Computers on the office network (LAN)</translation>
    </message>
    <message>
        <source>Computers connected to the Internet</source>
        <translation>Computers connected to the Internet</translation>
    </message>
    <message>
        <source>Broken equipment</source>
        <translation>Broken equipment</translation>
    </message>
    <message>
        <source>Equipment over {years} years old</source>
        <translation>Equipment over {years} years old</translation>
    </message>
    <message>
        <source>Warranty ending within 90 days</source>
        <translation>Warranty ending within 90 days</translation>
    </message>
    <message>
        <source>Officials without an IT certificate</source>
        <translation>Officials without an IT certificate</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <source>{share} of officials</source>
        <translation>{share} of officials</translation>
    </message>
    <message>
        <source>{share} of computers in use</source>
        <translation>{share} of computers in use</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computers in use</source>
        <translation>
            <numerusform>%Ln computer in use</numerusform>
            <numerusform>%Ln computers in use</numerusform>
        </translation>
    </message>
    <message>
        <source>not counting items disposed of or lost</source>
        <translation>not counting items disposed of or lost</translation>
    </message>
    <message>
        <source>Total: {count}</source>
        <translation>Total: {count}</translation>
    </message>
    <message>
        <source>broken since {date}</source>
        <translation>broken since {date}</translation>
    </message>
    <message>
        <source>warranty ends {date}</source>
        <translation>warranty ends {date}</translation>
    </message>
    <message>
        <source>Nothing to look at</source>
        <translation>Nothing to look at</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Add an outside participant</source>
        <translation>Add an outside participant</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Unit or organisation</source>
        <translation>Unit or organisation</translation>
    </message>
    <message>
        <source>Enter the participant&apos;s name.</source>
        <translation>Enter the participant&apos;s name.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Chosen: {names}</source>
        <translation>Chosen: {names}</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Nothing chosen yet.</translation>
    </message>
    <message>
        <source>Where is this computer used?</source>
        <translation>Where is this computer used?</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Commune or ward:</source>
        <translation>Commune or ward:</translation>
    </message>
    <message>
        <source>Type part of the name, e.g. muong phang</source>
        <translation>Type part of the name, e.g. muong phang</translation>
    </message>
    <message>
        <source>Tick every commune where you teach.</source>
        <translation>Tick every commune where you teach.</translation>
    </message>
    <message>
        <source>Choose your commune in the list.</source>
        <translation>Choose your commune in the list.</translation>
    </message>
</context>
<context>
    <name>PoliticalTheory</name>
    <message>
        <source>No training</source>
        <translation>No training</translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation>Elementary</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProfessionalLevel</name>
    <message>
        <source>No professional training</source>
        <translation>No professional training</translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation>Elementary</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorate</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>This field cannot be empty.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>The value cannot be negative.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Shorten this text to at most {limit} characters.</source>
        <translation>Shorten this text to at most {limit} characters.</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>This value cannot be saved.</translation>
    </message>
    <message>
        <source>This date does not exist: check the day and month.</source>
        <translation>This date does not exist: check the day and month.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy, for example 05/02/2026.</source>
        <translation>Write the date as dd/mm/yyyy, for example 05/02/2026.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>This date cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>RecordQuestion</name>
    <message>
        <source>Untick anyone whose record should stay as it is (Space). A record can still be changed on the officials&apos; page.</source>
        <translation>Untick anyone whose record should stay as it is (Space). A record can still be changed on the officials&apos; page.</translation>
    </message>
    <message>
        <source>Leave the records as they are</source>
        <translation>Leave the records as they are</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery paper kept in the commune office&apos;s safe (the groups of digits; spaces and dashes do not matter), then a new password.</source>
        <translation>Type the recovery key from the recovery paper kept in the commune office&apos;s safe (the groups of digits; spaces and dashes do not matter), then a new password.</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Checking the recovery key…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>The data on this computer is now encrypted. This recovery key opens it when a password is forgotten. It is shown only now: print the recovery paper, have it signed and keep it in the commune office&apos;s safe.</source>
        <translation>The data on this computer is now encrypted. This recovery key opens it when a password is forgotten. It is shown only now: print the recovery paper, have it signed and keep it in the commune office&apos;s safe.</translation>
    </message>
    <message>
        <source>Save recovery paper (PDF)…</source>
        <translation>Save recovery paper (PDF)…</translation>
    </message>
    <message>
        <source>Print recovery paper…</source>
        <translation>Print recovery paper…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery paper</source>
        <translation>I have printed or saved the recovery paper</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save recovery paper</source>
        <translation>Save recovery paper</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved to “{path}”.</source>
        <translation>Saved to “{path}”.</translation>
    </message>
    <message>
        <source>Recovery paper</source>
        <translation>Recovery paper</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>The recovery paper was sent to the printer.</source>
        <translation>The recovery paper was sent to the printer.</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is on and connected, then try again.</source>
        <translation>The printer could not be opened. Check that it is on and connected, then try again.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Add a record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Open the selected record (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Delete the selected record (Del)</translation>
    </message>
    <message>
        <source>This computer only shows this list; the commune office&apos;s computer keeps it up to date.</source>
        <translation>This computer only shows this list; the commune office&apos;s computer keeps it up to date.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Laying out the other pages…</source>
        <translation>Laying out the other pages…</translation>
    </message>
    <message>
        <source>Laying out the report, page {page}</source>
        <translation>Laying out the report, page {page}</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Preparing the report</translation>
    </message>
    <message>
        <source>{pages} pages.</source>
        <translation>{pages} pages.</translation>
    </message>
    <message>
        <source>Stopped: only the first pages are shown. Choose the report again to lay it out whole.</source>
        <translation>Stopped: only the first pages are shown. Choose the report again to lay it out whole.</translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>The report could not be prepared.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Saving the report</translation>
    </message>
    <message>
        <source>Saved to “{path}”.</source>
        <translation>Saved to “{path}”.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>{pages} pages sent to the printer.</source>
        <translation>{pages} pages sent to the printer.</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is on and connected, then try again.</source>
        <translation>The printer could not be opened. Check that it is on and connected, then try again.</translation>
    </message>
    <message>
        <source>Choose a report to see it here.</source>
        <translation>Choose a report to see it here.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Attendance summary</translation>
    </message>
    <message>
        <source>Equipment inventory</source>
        <translation>Equipment inventory</translation>
    </message>
    <message>
        <source>Staff qualifications</source>
        <translation>Staff qualifications</translation>
    </message>
    <message>
        <source>ICT indicators</source>
        <translation>ICT indicators</translation>
    </message>
    <message>
        <source>No course yet</source>
        <translation>No course yet</translation>
    </message>
    <message>
        <source>Lesson {number}: {day}</source>
        <translation>Lesson {number}: {day}</translation>
    </message>
    <message>
        <source>No lesson yet</source>
        <translation>No lesson yet</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;ourse:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lesson:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel (XLSX)…</source>
        <translation>Save as &amp;Excel (XLSX)…</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Results of the course</source>
        <translation>Results of the course</translation>
    </message>
    <message>
        <source>No IT certificate</source>
        <translation>No IT certificate</translation>
    </message>
    <message>
        <source>Result: type {passed_key} for “{passed}” or {failed_key} for “{failed}”, Delete clears; then the certificate number. Enter: next person · Ctrl+Enter: save.</source>
        <translation>Result: type {passed_key} for “{passed}” or {failed_key} for “{failed}”, Delete clears; then the certificate number. Enter: next person · Ctrl+Enter: save.</translation>
    </message>
    <message>
        <source>Certificate the course gives:</source>
        <translation>Certificate the course gives:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>A certificate number is given only with the result “{passed}”.</source>
        <translation>A certificate number is given only with the result “{passed}”.</translation>
    </message>
    <message>
        <source>Shorten this text to at most {limit} characters.</source>
        <translation>Shorten this text to at most {limit} characters.</translation>
    </message>
    <message>
        <source>Type this value again: it holds a character that is not a letter.</source>
        <translation>Type this value again: it holds a character that is not a letter.</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>This value cannot be saved.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Which computer is this?</source>
        <translation>Which computer is this?</translation>
    </message>
    <message>
        <source>Welcome. A few questions set this computer up; nothing is saved until you press Finish.</source>
        <translation>Welcome. A few questions set this computer up; nothing is saved until you press Finish.</translation>
    </message>
    <message>
        <source>The commune office&apos;s computer</source>
        <translation>The commune office&apos;s computer</translation>
    </message>
    <message>
        <source>The commune&apos;s officers keep their register of staff, equipment and training on it.</source>
        <translation>The commune&apos;s officers keep their register of staff, equipment and training on it.</translation>
    </message>
    <message>
        <source>A trainer&apos;s computer</source>
        <translation>A trainer&apos;s computer</translation>
    </message>
    <message>
        <source>A trainer of the provincial department records classes in one or more communes on it.</source>
        <translation>A trainer of the provincial department records classes in one or more communes on it.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Only an administrator can do this; “{name}” is signed in as {role}.</source>
        <translation>Only an administrator can do this; “{name}” is signed in as {role}.</translation>
    </message>
    <message>
        <source>“{name}” is signed in as {role}: this account can read and print, not change the data.</source>
        <translation>“{name}” is signed in as {role}: this account can read and print, not change the data.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This computer is now enrolled as “{name}”. From the next sync on, the province sees it under this name.</source>
        <translation>This computer is now enrolled as “{name}”. From the next sync on, the province sees it under this name.</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>Trainer&apos;s computer</source>
        <translation>Trainer&apos;s computer</translation>
    </message>
    <message>
        <source>Commune office computer</source>
        <translation>Commune office computer</translation>
    </message>
    <message>
        <source>Not enrolled with the province yet</source>
        <translation>Not enrolled with the province yet</translation>
    </message>
    <message>
        <source>Enrolled on {date}; waiting for the province to confirm</source>
        <translation>Enrolled on {date}; waiting for the province to confirm</translation>
    </message>
    <message>
        <source>Enrolled on {date}; confirmed by the province</source>
        <translation>Enrolled on {date}; confirmed by the province</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Language of the window:</translation>
    </message>
    <message>
        <source>The translation file for this language is missing; the window shows English.</source>
        <translation>The translation file for this language is missing; the window shows English.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Department name (on reports):</source>
        <translation>Department name (on reports):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Device ID:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Communes:</source>
        <translation>Communes:</translation>
    </message>
    <message>
        <source>Enrolment:</source>
        <translation>Enrolment:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>Load enrolment file…</source>
        <translation>Load enrolment file…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>This computer is set up; only the enrolment file was not taken. Open the program without it? You can load the file later in Settings.</source>
        <translation>This computer is set up; only the enrolment file was not taken. Open the program without it? You can load the file later in Settings.</translation>
    </message>
    <message>
        <source>Open without the file</source>
        <translation>Open without the file</translation>
    </message>
    <message>
        <source>Quit without setting up this computer? Nothing has been saved: the next time the program starts, it asks these questions again.</source>
        <translation>Quit without setting up this computer? Nothing has been saved: the next time the program starts, it asks these questions again.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Stop the setup?</source>
        <translation>Stop the setup?</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Continue setting up</translation>
    </message>
    <message>
        <source>Setting up this computer…</source>
        <translation>Setting up this computer…</translation>
    </message>
    <message>
        <source>This computer is set up, but the enrolment file was not taken: {reason} Choose another file, or finish without one.</source>
        <translation>This computer is set up, but the enrolment file was not taken: {reason} Choose another file, or finish without one.</translation>
    </message>
    <message>
        <source>Set up this computer</source>
        <translation>Set up this computer</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The data on this computer is encrypted. Sign in with your account to open it.</source>
        <translation>The data on this computer is encrypted. Sign in with your account to open it.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Forgot password?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>A new password is set for “{name}”: sign in with it.</source>
        <translation>A new password is set for “{name}”: sign in with it.</translation>
    </message>
</context>
<context>
    <name>SkillsQuestion</name>
    <message>
        <source>Confirm basic digital skills?</source>
        <translation>Confirm basic digital skills?</translation>
    </message>
    <message numerus="yes">
        <source>%n official(s) passed “{title}”, a basic digital skills course, but their record does not show their basic digital skills as confirmed yet. Confirm them?</source>
        <translation>
            <numerusform>%n official passed “{title}”, a basic digital skills course, but their record does not show their basic digital skills as confirmed yet. Confirm them?</numerusform>
            <numerusform>%n officials passed “{title}”, a basic digital skills course, but their record does not show their basic digital skills as confirmed yet. Confirm them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed on: {date} · how: {method}</source>
        <translation>Confirmed on: {date} · how: {method}</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n record(s)</source>
        <translation>
            <numerusform>Confirm %n record</numerusform>
            <numerusform>Confirm %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Official: {name}</source>
        <translation>Official: {name}</translation>
    </message>
    <message>
        <source>New official</source>
        <translation>New official</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>IT skills</source>
        <translation>IT skills</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Type to search, e.g. thai, hmong</source>
        <translation>Type to search, e.g. thai, hmong</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Job position</source>
        <translation>Job position</translation>
    </message>
    <message>
        <source>Former title (before 2025)</source>
        <translation>Former title (before 2025)</translation>
    </message>
    <message>
        <source>In service since</source>
        <translation>In service since</translation>
    </message>
    <message>
        <source>Left service on</source>
        <translation>Left service on</translation>
    </message>
    <message>
        <source>General education (e.g. 12/12)</source>
        <translation>General education (e.g. 12/12)</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Professional level</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Field of study</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Political theory</translation>
    </message>
    <message>
        <source>State management</source>
        <translation>State management</translation>
    </message>
    <message>
        <source>Ethnic minority languages</source>
        <translation>Ethnic minority languages</translation>
    </message>
    <message>
        <source>IT certificate</source>
        <translation>IT certificate</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Uses the official e-mail</source>
        <translation>Uses the official e-mail</translation>
    </message>
    <message>
        <source>Basic digital skills confirmed</source>
        <translation>Basic digital skills confirmed</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Enter the official&apos;s full name.</source>
        <translation>Enter the official&apos;s full name.</translation>
    </message>
    <message>
        <source>Tick “Basic digital skills confirmed” first, or leave this field empty.</source>
        <translation>Tick “Basic digital skills confirmed” first, or leave this field empty.</translation>
    </message>
    <message>
        <source>Choose an ethnic group from the list, or leave the field empty.</source>
        <translation>Choose an ethnic group from the list, or leave the field empty.</translation>
    </message>
    <message>
        <source>Write the phone number in digits (9 to 12), for example 0912 345 678.</source>
        <translation>Write the phone number in digits (9 to 12), for example 0912 345 678.</translation>
    </message>
    <message>
        <source>Check the e-mail address, for example ten@dienbien.gov.vn.</source>
        <translation>Check the e-mail address, for example ten@dienbien.gov.vn.</translation>
    </message>
    <message>
        <source>Check the date of birth: the official would be {age} years old.</source>
        <translation>Check the date of birth: the official would be {age} years old.</translation>
    </message>
    <message>
        <source>The end of service must come after its start.</source>
        <translation>The end of service must come after its start.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Search by name… (Ctrl+F)</source>
        <translation>Search by name… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>Erase the personal data of an official who left service (administrator)</source>
        <translation>Erase the personal data of an official who left service (administrator)</translation>
    </message>
    <message>
        <source>Delete {name} from the staff list? The record is kept as deleted and the deletion is sent to the province at the next sync.</source>
        <translation>Delete {name} from the staff list? The record is kept as deleted and the deletion is sent to the province at the next sync.</translation>
    </message>
    <message>
        <source>Erase the personal data of “{name}”?

Their name, date of birth, gender, ethnicity, minority languages, phone, e-mail and former district and commune are removed from this computer and, at the next sync, from the province&apos;s server and the other computers.

The record stays, anonymous, so the figures still count it (unit, position, qualifications, years of service).

This cannot be undone.</source>
        <translation>Erase the personal data of “{name}”?

Their name, date of birth, gender, ethnicity, minority languages, phone, e-mail and former district and commune are removed from this computer and, at the next sync, from the province&apos;s server and the other computers.

The record stays, anonymous, so the figures still count it (unit, position, qualifications, years of service).

This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>The personal data of “{name}” were erased. The record stays in the list, anonymous.</source>
        <translation>The personal data of “{name}” were erased. The record stays in the list, anonymous.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(personal data erased)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Professional level</translation>
    </message>
    <message>
        <source>IT certificate</source>
        <translation>IT certificate</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>StateManagement</name>
    <message>
        <source>No training</source>
        <translation>No training</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Principal officer</source>
        <translation>Principal officer</translation>
    </message>
    <message>
        <source>Senior officer</source>
        <translation>Senior officer</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status: {item}</source>
        <translation>Change status: {item}</translation>
    </message>
    <message>
        <source>Now: {status}</source>
        <translation>Now: {status}</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. paper jam, sent for repair</source>
        <translation>e.g. paper jam, sent for repair</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>Choose the new status.</translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation>Enter the date of the change.</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>Changes not sent yet: {count}</source>
        <translation>Changes not sent yet: {count}</translation>
    </message>
    <message>
        <source>No changes waiting to be sent</source>
        <translation>No changes waiting to be sent</translation>
    </message>
    <message>
        <source>Sent, waiting for the province&apos;s receipt: {count}</source>
        <translation>Sent, waiting for the province&apos;s receipt: {count}</translation>
    </message>
    <message>
        <source>Conflicts to review: {count}</source>
        <translation>Conflicts to review: {count}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Not enrolled with the province yet</source>
        <translation>Not enrolled with the province yet</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Close the stock-take round</source>
        <translation>Close the stock-take round</translation>
    </message>
    <message>
        <source>%n item(s) of the book were not found. Does the committee confirm them lost? Confirmed, they are recorded as lost in the register; otherwise they stay as they are and the report shows them missing.</source>
        <translation>%n item(s) of the book were not found. Does the committee confirm them lost? Confirmed, they are recorded as lost in the register; otherwise they stay as they are and the report shows them missing.</translation>
    </message>
    <message>
        <source>Confirm them lost and close</source>
        <translation>Confirm them lost and close</translation>
    </message>
    <message>
        <source>Close without confirming</source>
        <translation>Close without confirming</translation>
    </message>
    <message>
        <source>Every item of the book was found. Close the round?</source>
        <translation>Every item of the book was found. Close the round?</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Close the round</translation>
    </message>
    <message>
        <source>Save the stock-take report as</source>
        <translation>Save the stock-take report as</translation>
    </message>
    <message>
        <source>A scanner&apos;s file of tags</source>
        <translation>A scanner&apos;s file of tags</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Text files (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Taking in the scanner&apos;s file</source>
        <translation>Taking in the scanner&apos;s file</translation>
    </message>
    <message>
        <source>The round is closed: {checked} items counted, {lost} recorded as lost, {unconfirmed} missing not confirmed. Save the stock-take report (biên bản kiểm kê) as PDF and open it?</source>
        <translation>The round is closed: {checked} items counted, {lost} recorded as lost, {unconfirmed} missing not confirmed. Save the stock-take report (biên bản kiểm kê) as PDF and open it?</translation>
    </message>
    <message>
        <source>Stock-take round closed</source>
        <translation>Stock-take round closed</translation>
    </message>
    <message>
        <source>Save and open the report…</source>
        <translation>Save and open the report…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Writing the stock-take report</source>
        <translation>Writing the stock-take report</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>Open a stock-take round…</source>
        <translation>Open a stock-take round…</translation>
    </message>
    <message>
        <source>Take in a scanner&apos;s file…</source>
        <translation>Take in a scanner&apos;s file…</translation>
    </message>
    <message>
        <source>A file of tags, one a line, as a scanner&apos;s memory dumps them</source>
        <translation>A file of tags, one a line, as a scanner&apos;s memory dumps them</translation>
    </message>
    <message>
        <source>Close the stock-take round…</source>
        <translation>Close the stock-take round…</translation>
    </message>
    <message>
        <source>The commune office&apos;s laptop closes the round</source>
        <translation>The commune office&apos;s laptop closes the round</translation>
    </message>
    <message>
        <source>&amp;Scan or type an asset tag, then Enter:</source>
        <translation>&amp;Scan or type an asset tag, then Enter:</translation>
    </message>
    <message>
        <source>e.g. MP-PC-2017-03</source>
        <translation>e.g. MP-PC-2017-03</translation>
    </message>
    <message>
        <source>Found…</source>
        <translation>Found…</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Mark found…</source>
        <translation>Mark found…</translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation>Mark missing</translation>
    </message>
    <message>
        <source>Round opened on {day} by the committee: {committee}.</source>
        <translation>Round opened on {day} by the committee: {committee}.</translation>
    </message>
    <message>
        <source>No stock-take round has been held on this register yet. Open one to count the equipment against the book.</source>
        <translation>No stock-take round has been held on this register yet. Open one to count the equipment against the book.</translation>
    </message>
    <message>
        <source>Last stock-take: {opened} to {closed}. Of {book} items in the book, {counted} were counted and {missing} missing; {surplus} found that were not in the book.</source>
        <translation>Last stock-take: {opened} to {closed}. Of {book} items in the book, {counted} were counted and {missing} missing; {surplus} found that were not in the book.</translation>
    </message>
    <message>
        <source>Counted {answered}/{book} · found {found} · missing {missing} · not in the book {surplus}</source>
        <translation>Counted {answered}/{book} · found {found} · missing {missing} · not in the book {surplus}</translation>
    </message>
</context>
<context>
    <name>StocktakeTable</name>
    <message>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Not counted yet</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not in the book (surplus)</source>
        <translation>Not in the book (surplus)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>Not in the book</source>
        <translation>Not in the book</translation>
    </message>
</context>
<context>
    <name>SyncAvailability</name>
    <message>
        <source>Wait until the task under way has finished.</source>
        <translation>Wait until the task under way has finished.</translation>
    </message>
    <message>
        <source>Load the enrolment file the province gave you first (the “Load enrolment file…” button above).</source>
        <translation>Load the enrolment file the province gave you first (the “Load enrolment file…” button above).</translation>
    </message>
    <message>
        <source>Not available yet: this computer is not enrolled with the province. Load the enrolment file the province gave you (button above); these buttons open then.</source>
        <translation>Not available yet: this computer is not enrolled with the province. Load the enrolment file the province gave you (button above); these buttons open then.</translation>
    </message>
    <message>
        <source>Not available yet: load the enrolment file first (button above).</source>
        <translation>Not available yet: load the enrolment file first (button above).</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in, or choose a folder.</source>
        <translation>No USB stick found. Plug one in, or choose a folder.</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in (the page looks every few seconds), or use the folder buttons.</source>
        <translation>No USB stick found: plug one in (the page looks every few seconds), or use the folder buttons.</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Record deleted</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Former commune title</source>
        <translation>Former commune title</translation>
    </message>
    <message>
        <source>General education</source>
        <translation>General education</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Professional level</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Field of study</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Political theory</translation>
    </message>
    <message>
        <source>State management</source>
        <translation>State management</translation>
    </message>
    <message>
        <source>IT certificate</source>
        <translation>IT certificate</translation>
    </message>
    <message>
        <source>IT certificate date</source>
        <translation>IT certificate date</translation>
    </message>
    <message>
        <source>IT certificate issued by</source>
        <translation>IT certificate issued by</translation>
    </message>
    <message>
        <source>Ethnic minority languages</source>
        <translation>Ethnic minority languages</translation>
    </message>
    <message>
        <source>Uses the official e-mail</source>
        <translation>Uses the official e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Start of service</source>
        <translation>Start of service</translation>
    </message>
    <message>
        <source>End of service</source>
        <translation>End of service</translation>
    </message>
    <message>
        <source>Former district</source>
        <translation>Former district</translation>
    </message>
    <message>
        <source>Former commune</source>
        <translation>Former commune</translation>
    </message>
    <message>
        <source>Basic digital skills</source>
        <translation>Basic digital skills</translation>
    </message>
    <message>
        <source>Digital skills confirmed on</source>
        <translation>Digital skills confirmed on</translation>
    </message>
    <message>
        <source>Digital skills confirmed by</source>
        <translation>Digital skills confirmed by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <source>Date acquired</source>
        <translation>Date acquired</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Value (VND)</source>
        <translation>Value (VND)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>On the office network (LAN)</source>
        <translation>On the office network (LAN)</translation>
    </message>
    <message>
        <source>Connected to the Internet</source>
        <translation>Connected to the Internet</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <source>Last inventory check</source>
        <translation>Last inventory check</translation>
    </message>
    <message>
        <source>Date of change</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Course title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Lesson date</source>
        <translation>Lesson date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Participant&apos;s unit</source>
        <translation>Participant&apos;s unit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Loading the enrolment file…</source>
        <translation>Loading the enrolment file…</translation>
    </message>
    <message>
        <source>Choose the folder to write to</source>
        <translation>Choose the folder to write to</translation>
    </message>
    <message>
        <source>Writing to {place}…</source>
        <translation>Writing to {place}…</translation>
    </message>
    <message>
        <source>Choose the folder to read</source>
        <translation>Choose the folder to read</translation>
    </message>
    <message>
        <source>Choose the files from the province</source>
        <translation>Choose the files from the province</translation>
    </message>
    <message>
        <source>Sync files (*.citb);;All files (*)</source>
        <translation>Sync files (*.citb);;All files (*)</translation>
    </message>
    <message>
        <source>Reading from {place}…</source>
        <translation>Reading from {place}…</translation>
    </message>
    <message>
        <source>Syncing with the province…</source>
        <translation>Syncing with the province…</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Saving your choice…</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Your choice was saved. It reaches the other computers at the next sync.</source>
        <translation>Your choice was saved. It reaches the other computers at the next sync.</translation>
    </message>
    <message>
        <source>Nothing to send: the province has every change. Nothing was written to {place}.</source>
        <translation>Nothing to send: the province has every change. Nothing was written to {place}.</translation>
    </message>
    <message>
        <source>Take the files to the province. The changes count as received once its answer is imported here.</source>
        <translation>Take the files to the province. The changes count as received once its answer is imported here.</translation>
    </message>
    <message>
        <source>No files for this computer were found in {place}.</source>
        <translation>No files for this computer were found in {place}.</translation>
    </message>
    <message>
        <source>The province has received every change made on this computer.</source>
        <translation>The province has received every change made on this computer.</translation>
    </message>
    <message>
        <source>The province confirmed receiving changes from this computer: %Ln.</source>
        <translation>The province confirmed receiving changes from this computer: %Ln.</translation>
    </message>
    <message>
        <source>Changes from the province applied here: %Ln.</source>
        <translation>Changes from the province applied here: %Ln.</translation>
    </message>
    <message>
        <source>Nothing new from the province.</source>
        <translation>Nothing new from the province.</translation>
    </message>
    <message>
        <source>Files that could not be taken: %Ln (marked below).</source>
        <translation>Files that could not be taken: %Ln (marked below).</translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation>Written: {file}</translation>
    </message>
    <message>
        <source>Cancelled. What was already sent is kept; the rest goes at the next sync.</source>
        <translation>Cancelled. What was already sent is kept; the rest goes at the next sync.</translation>
    </message>
    <message>
        <source>Sync with the province finished.</source>
        <translation>Sync with the province finished.</translation>
    </message>
    <message>
        <source>The province has confirmed this computer.</source>
        <translation>The province has confirmed this computer.</translation>
    </message>
    <message>
        <source>Changes sent: {changes}. Bundles the province confirmed: {confirmed}.</source>
        <translation>Changes sent: {changes}. Bundles the province confirmed: {confirmed}.</translation>
    </message>
    <message>
        <source>Changes received: {changes}.</source>
        <translation>Changes received: {changes}.</translation>
    </message>
    <message>
        <source>Could not reach the server ({reason}); trying again (try {attempt}) in {seconds} s…</source>
        <translation>Could not reach the server ({reason}); trying again (try {attempt}) in {seconds} s…</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Not enrolled yet: load the enrolment file the province gave you.</source>
        <translation>Not enrolled yet: load the enrolment file the province gave you.</translation>
    </message>
    <message>
        <source>Enrolled; the province confirms it at the next sync.</source>
        <translation>Enrolled; the province confirms it at the next sync.</translation>
    </message>
    <message>
        <source>Enrolled with the province.</source>
        <translation>Enrolled with the province.</translation>
    </message>
    <message>
        <source>Changes not sent yet: %Ln</source>
        <translation>Changes not sent yet: %Ln</translation>
    </message>
    <message>
        <source>The province has every change</source>
        <translation>The province has every change</translation>
    </message>
    <message>
        <source>Export to {place} finished. Files written: %Ln.</source>
        <translation>Export to {place} finished. Files written: %Ln.</translation>
    </message>
    <message>
        <source>Conflicts to review below: %Ln.</source>
        <translation>Conflicts to review below: %Ln.</translation>
    </message>
    <message>
        <source>Sync finished, but bundles were refused: %Ln.</source>
        <translation>Sync finished, but bundles were refused: %Ln.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%Ln to review</source>
        <translation>%Ln to review</translation>
    </message>
    <message>
        <source>This computer is now enrolled as “{name}”. From the next sync on, the province sees it under this name.</source>
        <translation>This computer is now enrolled as “{name}”. From the next sync on, the province sees it under this name.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Awaiting receipt</source>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <source>Last by USB stick</source>
        <translation>Last by USB stick</translation>
    </message>
    <message>
        <source>Last by network</source>
        <translation>Last by network</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>None: every change has been sent</source>
        <translation>None: every change has been sent</translation>
    </message>
    <message>
        <source>Changes sent, waiting for the province&apos;s receipt: %Ln</source>
        <translation>Changes sent, waiting for the province&apos;s receipt: %Ln</translation>
    </message>
    <message>
        <source>sent {sent}, received {received}</source>
        <translation>sent {sent}, received {received}</translation>
    </message>
</context>
<context>
    <name>SyncTable</name>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Equipment status change</source>
        <translation>Equipment status change</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Load enrolment file…</source>
        <translation>Load enrolment file…</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <source>&amp;Stick:</source>
        <translation>&amp;Stick:</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>&amp;Export to USB stick</source>
        <translation>&amp;Export to USB stick</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>Export to a folder…</translation>
    </message>
    <message>
        <source>&amp;Import from USB stick</source>
        <translation>&amp;Import from USB stick</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Province server &amp;address:</source>
        <translation>Province server &amp;address:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Result of the last action</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>Nothing done yet in this session.</source>
        <translation>Nothing done yet in this session.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Clear the search and the filters</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <source>The record you just saved is not in the list below: the search or a filter hides it.</source>
        <translation>The record you just saved is not in the list below: the search or a filter hides it.</translation>
    </message>
    <message>
        <source>Clear the search and show it</source>
        <translation>Clear the search and show it</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Delete course</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the course “{title}” and its lessons?</source>
        <translation>Delete the course “{title}” and its lessons?</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Delete lesson</translation>
    </message>
    <message>
        <source>Delete the lesson of {date} and its attendance marks?</source>
        <translation>Delete the lesson of {date} and its attendance marks?</translation>
    </message>
    <message>
        <source>Only officials of {commune} can join this commune&apos;s course. A class for several communes is a province course.</source>
        <translation>Only officials of {commune} can join this commune&apos;s course. A class for several communes is a province course.</translation>
    </message>
    <message>
        <source>Remove from course</source>
        <translation>Remove from course</translation>
    </message>
    <message>
        <source>Remove {name} from this course, with their attendance marks?</source>
        <translation>Remove {name} from this course, with their attendance marks?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>TrainingResult</name>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Search courses by title, topic, organiser, trainer or place…</source>
        <translation>Search courses by title, topic, organiser, trainer or place…</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>Enrol officials…</source>
        <translation>Enrol officials…</translation>
    </message>
    <message>
        <source>Add outside participant…</source>
        <translation>Add outside participant…</translation>
    </message>
    <message>
        <source>Remove from course</source>
        <translation>Remove from course</translation>
    </message>
    <message>
        <source>Attendance grid</source>
        <translation>Attendance grid</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Add lesson</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>Edit lesson</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Delete lesson</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Results…</translation>
    </message>
    <message>
        <source>Lessons ({count})</source>
        <translation>Lessons ({count})</translation>
    </message>
    <message>
        <source>Participants ({count})</source>
        <translation>Participants ({count})</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <source>This is a trainer&apos;s computer: new courses are the province&apos;s, open to officials of all its communes.</source>
        <translation>This is a trainer&apos;s computer: new courses are the province&apos;s, open to officials of all its communes.</translation>
    </message>
    <message>
        <source>New courses made here belong to the commune. A province course can be seen here but is changed on the trainer&apos;s computer.</source>
        <translation>New courses made here belong to the commune. A province course can be seen here but is changed on the trainer&apos;s computer.</translation>
    </message>
    <message>
        <source>Choose a course in the list above</source>
        <translation>Choose a course in the list above</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>TransferStage</name>
    <message>
        <source>Applying what came from the province</source>
        <translation>Applying what came from the province</translation>
    </message>
    <message>
        <source>Receiving from the province</source>
        <translation>Receiving from the province</translation>
    </message>
    <message>
        <source>Sending the enrolment confirmation</source>
        <translation>Sending the enrolment confirmation</translation>
    </message>
    <message>
        <source>Sending the receipt to the province</source>
        <translation>Sending the receipt to the province</translation>
    </message>
    <message>
        <source>Sending to the province</source>
        <translation>Sending to the province</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sync finished</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>Council and People&apos;s Committee leaders</source>
        <translation>Council and Committee leaders</translation>
    </message>
    <message>
        <source>Office of the Council and People&apos;s Committee</source>
        <translation>Council and Committee Office</translation>
    </message>
    <message>
        <source>Economic Division</source>
        <translation>Economic Division</translation>
    </message>
    <message>
        <source>Culture and Social Affairs Division</source>
        <translation>Culture and Social Affairs Division</translation>
    </message>
    <message>
        <source>Public Administration Service Centre</source>
        <translation>Public Administration Service Centre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Close this form and lose the changes you made?</source>
        <translation>Close this form and lose the changes you made?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>&amp;Bin…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Quick &amp;guide</source>
        <translation>Quick &amp;guide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
