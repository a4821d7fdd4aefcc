<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+19"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong. Please send the details below to IT support.</source>
        <translation>Something went wrong. Please send the details below to IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>EquipmentCategory</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+71"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop computer</source>
        <translation>Desktop computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi access point</source>
        <translation>Wi-Fi access point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network device (switch, router)</source>
        <translation>Network device (switch, router)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security device</source>
        <translation>Security device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage device</source>
        <translation>Storage device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Television</source>
        <translation>Television</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninterruptible power supply (UPS)</source>
        <translation>Uninterruptible power supply (UPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <location line="+4"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In storage</source>
        <translation>In storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under repair</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed of</source>
        <translation>Disposed of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <location filename="../../app/ui/item_models.py" line="+140"/>
        <source>Asset tag</source>
        <translation>Asset tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../app/ui/labels.py" line="-56"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>ItCertificate</name>
    <message>
        <location line="+14"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic IT skills</source>
        <translation>Basic IT skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced IT skills</source>
        <translation>Advanced IT skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate A</source>
        <translation>Certificate A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate B</source>
        <translation>Certificate B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate C</source>
        <translation>Certificate C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT degree</source>
        <translation>IT degree</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+48"/>
        <source>Commune IT Register</source>
        <translation>Commune IT Register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer: {name}</source>
        <translation>This computer: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search by name…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by asset tag, serial number, model, holder or location…</source>
        <translation>Search by asset tag, serial number, model, holder or location…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/overview_page.py" line="+58"/>
        <source>Equipment by status</source>
        <translation>Equipment by status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officials</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials with an IT certificate</source>
        <translation>Officials with an IT certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials trained this year</source>
        <translation>Officials trained this year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computers per official</source>
        <translation>Computers per official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computers on the office network (LAN)</source>
        <translation>Computers on the office network (LAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computers connected to the Internet</source>
        <translation>Computers connected to the Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken equipment</source>
        <translation>Broken equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment over {years} years old</source>
        <translation>Equipment over {years} years old</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{share} of officials</source>
        <translation>{share} of officials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} of computers in use</source>
        <translation>{share} of computers in use</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} computers in use</source>
        <translation>{count} computers in use</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not counting items disposed of or lost</source>
        <translation>not counting items disposed of or lost</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ProfessionalLevel</name>
    <message>
        <location filename="../../app/ui/labels.py" line="-16"/>
        <source>No professional training</source>
        <translation>No professional training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elementary</source>
        <translation>Elementary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master&apos;s degree</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctorate</source>
        <translation>Doctorate</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../app/ui/item_models.py" line="-44"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional level</source>
        <translation>Professional level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT certificate</source>
        <translation>IT certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/main.py" line="+42"/>
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Office computer</source>
        <translation>Office computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is not set up yet</source>
        <translation>This computer is not set up yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has not been set up for a commune yet. Run the command below, with your commune&apos;s 5-digit code instead of XXXXX, then open the program again.

{command}</source>
        <translation>This computer has not been set up for a commune yet. Run the command below, with your commune&apos;s 5-digit code instead of XXXXX, then open the program again.

{command}</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../app/ui/table_page.py" line="+94"/>
        <source>Showing {shown} of {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+14"/>
        <source>Council and People&apos;s Committee leaders</source>
        <translation>Council and People&apos;s Committee leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office of the Council and People&apos;s Committee</source>
        <translation>Office of the Council and People&apos;s Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic Division</source>
        <translation>Economic Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture and Social Affairs Division</source>
        <translation>Culture and Social Affairs Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public Administration Service Centre</source>
        <translation>Public Administration Service Centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
