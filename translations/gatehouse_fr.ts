<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApprovalTableModel</name>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="14"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="16"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="18"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="19"/>
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="26"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="32"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="34"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="36"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="37"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="41"/>
        <source>%1, delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="43"/>
        <source>%1, delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="45"/>
        <source>%1, delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="88"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="88"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="169"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="171"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="173"/>
        <source>Pipeline / stage / environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="175"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="177"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="179"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="181"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="183"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="30"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="34"/>
        <source>Comment or reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="35"/>
        <source>Decision comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="36"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="37"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="38"/>
        <source>Approve the selected approval (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="39"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="40"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="41"/>
        <source>Reject the selected approval (Ctrl+Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="42"/>
        <source>Retry &amp;delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="43"/>
        <source>Retry delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="50"/>
        <location filename="../ui/detailpane.cpp" line="67"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="95"/>
        <source>%n approvals selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="96"/>
        <source>%n of them pending; Approve and Reject act on all pending ones</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="112"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="123"/>
        <source>%1 by %2 (%3) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="126"/>
        <source> · delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="136"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="137"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="138"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="140"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="141"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="142"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="144"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="146"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="148"/>
        <source>Last delivery error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/core/engine.cpp" line="106"/>
        <source>Received again from %1; details refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="107"/>
        <source>Received again from %1 after the decision; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="124"/>
        <source>Received from %1; expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="126"/>
        <source>Received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="167"/>
        <source>Approval %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="173"/>
        <location filename="../app/core/engine.cpp" line="203"/>
        <source>Already %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="193"/>
        <source>The database is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="207"/>
        <source>Expired: no decision before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="208"/>
        <source>%1 by %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="209"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="210"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="213"/>
        <source>: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="221"/>
        <source>%1 queued for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="276"/>
        <source>Delivery retried by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="341"/>
        <source>%1 delivered to %2: HTTP %3 (attempt %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="368"/>
        <source>%1 to %2 failed: %3 (attempt %4, giving up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="371"/>
        <source>%1 to %2 failed: %3 (attempt %4, next try %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Search title, pipeline, environment, source… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Search approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>&amp;Pending only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>Copy operator &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Ctrl+Return: approve the selection
Ctrl+Backspace: reject the selection
Ctrl+F: search
Ctrl+Q: quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Gatehouse %1
An approval console for release managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Approval %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Gatehouse (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxWorker</name>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="96"/>
        <source>the credential for this call is no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="115"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="120"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="16"/>
        <source>Open Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="32"/>
        <source>Gatehouse: %n pending approval(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="48"/>
        <source>New approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="50"/>
        <source>%n new approvals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
