<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiTokensDialog</name>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="31"/>
        <location filename="../ui/apitokensdialog.cpp" line="45"/>
        <source>Personal API tokens</source>
        <translation>Persönliche API-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="32"/>
        <source>A personal token authenticates you to the control API: a decision made with it is recorded as yours (%1).</source>
        <translation>Ein persönliches Token weist Sie gegenüber der Steuerungs-API aus: Eine damit getroffene Entscheidung wird als Ihre gespeichert (%1).</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="48"/>
        <source>What the token is for, e.g. release script</source>
        <translation>Wofür das Token ist, z. B. Release-Skript</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="50"/>
        <source>Token name</source>
        <translation>Name des Tokens</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="51"/>
        <source>&amp;New token</source>
        <translation>&amp;Neues Token</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="52"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="62"/>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="63"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="64"/>
        <source>Copy the new token</source>
        <translation>Das neue Token kopieren</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="78"/>
        <source>Token copied. It is not shown again.</source>
        <translation>Token kopiert. Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="116"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="120"/>
        <source>revoked %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="121"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="135"/>
        <source>No token made: %1</source>
        <translation>Kein Token erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="142"/>
        <source>Copy the token now: Gatehouse keeps only its hash and cannot show it again.</source>
        <translation>Kopieren Sie das Token jetzt: Gatehouse speichert nur seinen Hash und kann es nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="156"/>
        <source>Token revoked: the API refuses it from now on.</source>
        <translation>Token widerrufen: Die API weist es ab sofort zurück.</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="157"/>
        <source>The token could not be revoked.</source>
        <translation>Das Token konnte nicht widerrufen werden.</translation>
    </message>
</context>
<context>
    <name>ApprovalExporter</name>
    <message numerus="yes">
        <location filename="../models/approvalexporter.cpp" line="153"/>
        <source>Exported %n approvals to %1</source>
        <translation>
            <numerusform>%n Genehmigung nach %1 exportiert</numerusform>
            <numerusform>%n Genehmigungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvalexporter.cpp" line="154"/>
        <source>Export to %1 failed: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ApprovalTableModel</name>
    <message numerus="yes">
        <location filename="../models/relativetime.cpp" line="17"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/relativetime.cpp" line="19"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/relativetime.cpp" line="21"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/relativetime.cpp" line="24"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="66"/>
        <source>Pending, evaluated once</source>
        <translation>Offen, einmal ausgewertet</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="69"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="71"/>
        <source>Gates green, waiting for approval</source>
        <translation>Gates grün, wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="87"/>
        <source>Approved, releases %1</source>
        <translation>Genehmigt, Freigabe %1</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="93"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="95"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="97"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="98"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="102"/>
        <source>%1, delivering</source>
        <translation>%1, wird zugestellt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="106"/>
        <source>%1, delivery failed: %2</source>
        <translation>%1, Zustellung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="108"/>
        <source>%1, delivery failed</source>
        <translation>%1, Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="110"/>
        <source>%1, delivered</source>
        <translation>%1, zugestellt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="120"/>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="122"/>
        <source>tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="124"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="126"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="128"/>
        <source>policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="130"/>
        <source>timeout</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="15"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="17"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="16"/>
        <source>Human task</source>
        <translation>Menschliche Aufgabe</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="21"/>
        <source>Paused run</source>
        <translation>Pausierter Lauf</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="20"/>
        <source>Fan-in</source>
        <translation>Fan-in</translation>
    </message>
    <message>
        <location filename="../app/connectors/generic/genericconnector.cpp" line="139"/>
        <source>Generic</source>
        <translation>Generisch</translation>
    </message>
    <message>
        <location filename="../models/relativetime.cpp" line="33"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../models/relativetime.cpp" line="34"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="230"/>
        <source>%1: %2 of %3 approved, waiting</source>
        <translation>%1: %2 von %3 genehmigt, wartet</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="232"/>
        <source>%1: all %2 approved</source>
        <translation>%1: alle %2 genehmigt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="234"/>
        <source>%1: failed, %2 of %3 rejected or expired</source>
        <translation>%1: fehlgeschlagen, %2 von %3 abgelehnt oder abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="306"/>
        <source>%1 of %2 approved</source>
        <translation>%1 von %2 genehmigt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="308"/>
        <source>all %1 approved</source>
        <translation>alle %1 genehmigt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="310"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="402"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="404"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="406"/>
        <source>Pipeline / stage / env.</source>
        <translation>Pipeline / Stufe / Umg.</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="418"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="420"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="422"/>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="424"/>
        <source>From</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="426"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="408"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="55"/>
        <source>Waiting for %1 (%2 of %n)</source>
        <translation>
            <numerusform>Wartet auf %1 (%2 von %n)</numerusform>
            <numerusform>Wartet auf %1 (%2 von %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="67"/>
        <source>Pending, evaluated %n times</source>
        <translation>
            <numerusform>Offen, %n-mal ausgewertet</numerusform>
            <numerusform>Offen, %n-mal ausgewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="73"/>
        <source>Gates: %1 of %n green</source>
        <translation>
            <numerusform>Gates: %1 von %n grün</numerusform>
            <numerusform>Gates: %1 von %n grün</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="81"/>
        <source>%1, time out %2</source>
        <translation>%1, Zeitablauf %2</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="195"/>
        <source>%1 is looking</source>
        <translation>%1 sieht es sich an</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="410"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="412"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="414"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="416"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="19"/>
        <source>GitHub protection rule</source>
        <translation>GitHub-Schutzregel</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="22"/>
        <source>GitHub review</source>
        <translation>GitHub-Review</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="16"/>
        <source>GitLab deployment</source>
        <translation>GitLab-Deployment</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="18"/>
        <source>Jenkins input</source>
        <translation>Jenkins-Eingabe</translation>
    </message>
</context>
<context>
    <name>ApprovalText</name>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>ASSIGNEE</source>
        <translation>ZUSTÄNDIG</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="84"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="85"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="86"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="87"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="88"/>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="89"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="90"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="91"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="92"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="93"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="96"/>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="97"/>
        <source>%1 (looking since %2)</source>
        <translation>%1 (sieht es sich an seit %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="99"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="100"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="101"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="102"/>
        <source>Decided from</source>
        <translation>Entschieden über</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="103"/>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="105"/>
        <source>Releases at</source>
        <translation>Freigabe am</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="106"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="107"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="108"/>
        <source>Delivery error</source>
        <translation>Zustellfehler</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="114"/>
        <source>Timeline:</source>
        <translation>Zeitachse:</translation>
    </message>
</context>
<context>
    <name>AssignmentBar</name>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="15"/>
        <source>Who is looking</source>
        <translation>Wer es sich ansieht</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="18"/>
        <location filename="../ui/assignmentbar.cpp" line="38"/>
        <source>&amp;Take it</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="19"/>
        <source>Take it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="37"/>
        <source>Nobody is looking at this yet</source>
        <translation>Noch sieht sich niemand das an</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="39"/>
        <source>Show everyone that you are looking at this (Ctrl+T)</source>
        <translation>Allen zeigen, dass Sie sich das ansehen (Strg+T)</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="42"/>
        <source>You are looking at this since %1</source>
        <translation>Sie sehen sich das an seit %1</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="44"/>
        <source>Re&amp;lease</source>
        <translation>A&amp;bgeben</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="45"/>
        <source>Let someone else take it (Ctrl+T)</source>
        <translation>Jemand anderen übernehmen lassen (Strg+T)</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="48"/>
        <source>&amp;Take over…</source>
        <translation>&amp;Übernehmen…</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="49"/>
        <source>Take it from %1 (asks first; Ctrl+T)</source>
        <translation>Von %1 übernehmen (fragt vorher; Strg+T)</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="68"/>
        <source>Take it over?</source>
        <translation>Übernehmen?</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="69"/>
        <source>%1. Take it over?</source>
        <translation>%1. Übernehmen?</translation>
    </message>
</context>
<context>
    <name>AssignmentControl</name>
    <message>
        <location filename="../ui/assignmentcontrol.cpp" line="24"/>
        <source>&amp;Take it / Release</source>
        <translation>&amp;Übernehmen / Abgeben</translation>
    </message>
    <message>
        <location filename="../ui/assignmentcontrol.cpp" line="27"/>
        <source>Show everyone you are looking at the selected approval, or let it go (Ctrl+T)</source>
        <translation>Allen zeigen, dass Sie sich die ausgewählte Genehmigung ansehen, oder sie abgeben (Strg+T)</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="47"/>
        <source>Try &apos;gatehouse audit --help&apos;.</source>
        <translation>Siehe „gatehouse audit --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="56"/>
        <source>gatehouse audit verify|export: check or write the audit ledger.
verify: checks every entry&apos;s hash and link and the sealed head; names the first entry altered or removed. Exit codes: 0 intact, 1 altered or removed (or the head could not be checked), 2 usage, 3 no database, 5 database not readable.
export: writes the entries with their hashes (docs/audit.md).</source>
        <translation>gatehouse audit verify|export: das Prüfprotokoll prüfen oder ausgeben.
verify: prüft Hash und Verkettung jedes Eintrags sowie den versiegelten Kopf; nennt den ersten veränderten oder entfernten Eintrag. Exit-Codes: 0 unversehrt, 1 verändert oder entfernt (oder der Kopf konnte nicht geprüft werden), 2 Aufruffehler, 3 keine Datenbank, 5 Datenbank nicht lesbar.
export: schreibt die Einträge mit ihren Hashes (docs/audit.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="63"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="66"/>
        <source>SQLite file or PostgreSQL URL (default: the settings&apos; store, as the app).</source>
        <translation>SQLite-Datei oder PostgreSQL-URL (Standard: der Speicher aus den Einstellungen, wie bei der Anwendung).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="68"/>
        <source>Settings file (INI).</source>
        <translation>Einstellungsdatei (INI).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="72"/>
        <source>The vault key file that seals the head (default: the keychain).</source>
        <translation>Die Schlüsseldatei des Tresors, die den Kopf versiegelt (Standard: der Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="76"/>
        <source>verify: check the chain without the vault key; the removal of the newest entries is then not detected.</source>
        <translation>verify: die Kette ohne den Tresorschlüssel prüfen; das Entfernen der neuesten Einträge wird dann nicht erkannt.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="78"/>
        <source>verify: answer in JSON.</source>
        <translation>verify: in JSON antworten.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="80"/>
        <source>export: first day or time (ISO 8601, UTC).</source>
        <translation>export: erster Tag oder Zeitpunkt (ISO 8601, UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="83"/>
        <source>export: last day or time (ISO 8601, UTC).</source>
        <translation>export: letzter Tag oder Zeitpunkt (ISO 8601, UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="86"/>
        <source>export: jsonl (default) or csv.</source>
        <translation>export: jsonl (Standard) oder csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="90"/>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="104"/>
        <source>say verify or export</source>
        <translation>verify oder export angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="130"/>
        <source>--format must be jsonl or csv</source>
        <translation>--format muss jsonl oder csv sein</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="173"/>
        <source>FAILED at entry %1: %2</source>
        <translation>FEHLER bei Eintrag %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="176"/>
        <source>the chain of %1 entries is intact, but its sealed head could not be checked (%2): the removal of the newest entries would not show. Give --key-file, or --chain-only to accept that.</source>
        <translation>Die Kette aus %1 Einträgen ist unversehrt, aber ihr versiegelter Kopf konnte nicht geprüft werden (%2): Das Entfernen der neuesten Einträge fiele nicht auf. Geben Sie --key-file an oder --chain-only, um das hinzunehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="184"/>
        <source>OK: %1 entries, every hash and link intact, the sealed head matches.</source>
        <translation>OK: %1 Einträge, jeder Hash und jede Verkettung unversehrt, der versiegelte Kopf stimmt überein.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="186"/>
        <source>OK: %1 entries, every hash and link intact (head not checked).</source>
        <translation>OK: %1 Einträge, jeder Hash und jede Verkettung unversehrt (Kopf nicht geprüft).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="200"/>
        <source>--from and --to take an ISO 8601 date or time, e.g. 2026-11-30 or 2026-11-30T10:00:00Z</source>
        <translation>--from und --to erwarten ein Datum oder einen Zeitpunkt nach ISO 8601, z. B. 2026-11-30 oder 2026-11-30T10:00:00Z</translation>
    </message>
</context>
<context>
    <name>AzureChecksConnector</name>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="323"/>
        <source>Gatehouse received the check; waiting for approval</source>
        <translation>Gatehouse hat die Prüfung empfangen; wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="331"/>
        <source>Azure Pipelines check: %1</source>
        <translation>Azure-Pipelines-Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="332"/>
        <source>Azure Pipelines check, build %1</source>
        <translation>Azure-Pipelines-Prüfung, Build %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="333"/>
        <source>Azure Pipelines check, run %1</source>
        <translation>Azure-Pipelines-Prüfung, Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="392"/>
        <source>Azure Pipelines gate: %1</source>
        <translation>Azure-Pipelines-Gate: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="393"/>
        <source>Azure Pipelines gate %1</source>
        <translation>Azure-Pipelines-Gate %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="407"/>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="409"/>
        <source>Expired: no decision before the deadline</source>
        <translation>Abgelaufen: keine Entscheidung vor der Frist</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="411"/>
        <source>Cancelled by Gatehouse</source>
        <translation>Von Gatehouse abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="412"/>
        <source>Rejected by %1</source>
        <translation>Abgelehnt von %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="429"/>
        <source> (job token expired)</source>
        <translation> (Job-Token abgelaufen)</translation>
    </message>
</context>
<context>
    <name>ChatChannelEditor</name>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="18"/>
        <source>Chat channels</source>
        <translation>Chat-Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="26"/>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="27"/>
        <source>Add chat channel</source>
        <translation>Chat-Kanal hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="28"/>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="29"/>
        <source>Remove chat channel</source>
        <translation>Chat-Kanal entfernen</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="34"/>
        <source>Channel name</source>
        <translation>Name des Kanals</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="34"/>
        <source>releases</source>
        <translation>releases</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="40"/>
        <source>Channel type</source>
        <translation>Art des Kanals</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="41"/>
        <source>Slack incoming webhook</source>
        <translation>Slack Incoming Webhook</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="43"/>
        <source>Microsoft Teams webhook</source>
        <translation>Microsoft-Teams-Webhook</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="45"/>
        <source>Slack Web API (bot token, updates its message)</source>
        <translation>Slack Web API (Bot-Token, aktualisiert seine Nachricht)</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="49"/>
        <location filename="../ui/chatchanneleditor.cpp" line="130"/>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="52"/>
        <source>Slack channel id</source>
        <translation>Slack-Kanal-ID</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="52"/>
        <source>C0123456789</source>
        <translation>C0123456789</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="53"/>
        <source>Slack API URL</source>
        <translation>Slack-API-URL</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="54"/>
        <location filename="../ui/chatchanneleditor.cpp" line="129"/>
        <source>Webhook URL:</source>
        <translation>Webhook-URL:</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="59"/>
        <source>Channel name:</source>
        <translation>Kanalname:</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="60"/>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="62"/>
        <source>Slack channel id:</source>
        <translation>Slack-Kanal-ID:</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="63"/>
        <source>Slack API URL:</source>
        <translation>Slack-API-URL:</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="129"/>
        <source>Bot token:</source>
        <translation>Bot-Token:</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="130"/>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="138"/>
        <location filename="../ui/chatchanneleditor.cpp" line="165"/>
        <source>stored; type to replace</source>
        <translation>gespeichert; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="179"/>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
</context>
<context>
    <name>ChatMessages</name>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="123"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="124"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="125"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="126"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="127"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="146"/>
        <location filename="../app/chat/chatmessages.cpp" line="194"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="148"/>
        <location filename="../app/chat/chatmessages.cpp" line="195"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="153"/>
        <source>Waiting for a decision: %1</source>
        <translation>Wartet auf eine Entscheidung: %1</translation>
    </message>
</context>
<context>
    <name>ChatNotifier</name>
    <message>
        <location filename="../app/chat/chatnotifier.cpp" line="164"/>
        <source>Announced in chat (%1) with approve and reject links</source>
        <translation>Im Chat (%1) angekündigt, mit Links zum Genehmigen und Ablehnen</translation>
    </message>
    <message>
        <location filename="../app/chat/chatnotifier.cpp" line="168"/>
        <source>not announced in %1: no webhook URL or token is stored for it</source>
        <translation>nicht in %1 angekündigt: dafür ist keine Webhook-URL und kein Token gespeichert</translation>
    </message>
    <message>
        <location filename="../app/chat/chatnotifier.cpp" line="207"/>
        <source>Chat (%1) told: %2</source>
        <translation>Chat (%1) benachrichtigt: %2</translation>
    </message>
</context>
<context>
    <name>ChatRequests</name>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="65"/>
        <source>Teams message</source>
        <translation>Teams-Nachricht</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="66"/>
        <source>Slack message</source>
        <translation>Slack-Nachricht</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="96"/>
        <source>Teams outcome message</source>
        <translation>Teams-Nachricht zum Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="103"/>
        <source>Slack outcome message</source>
        <translation>Slack-Nachricht zum Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="114"/>
        <source>Slack message update</source>
        <translation>Aktualisierung der Slack-Nachricht</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="119"/>
        <source>Slack thread reply</source>
        <translation>Antwort im Slack-Thread</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="68"/>
        <source>Try &apos;gatehouse %1 --help&apos;.</source>
        <translation>Siehe „gatehouse %1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="80"/>
        <source>gatehouse %1: a client of a running Gatehouse&apos;s control API.
Token: GATEHOUSE_TOKEN, else GATEHOUSE_OPERATOR_TOKEN, else the local Gatehouse&apos;s own (unsealed with its key from the keychain or key file).
Exit codes: 0 ok, 1 refused (already decided, comment required), 2 usage, 3 not found, 4 token missing or refused, 5 server unreachable or failing.</source>
        <translation>gatehouse %1: ein Client der Steuerungs-API eines laufenden Gatehouse.
Token: GATEHOUSE_TOKEN, sonst GATEHOUSE_OPERATOR_TOKEN, sonst das eigene des lokalen Gatehouse (entsiegelt mit seinem Schlüssel aus dem Schlüsselbund oder der Schlüsseldatei).
Exit-Codes: 0 OK, 1 zurückgewiesen (bereits entschieden, Kommentar erforderlich), 2 Aufruffehler, 3 nicht gefunden, 4 Token fehlt oder zurückgewiesen, 5 Server nicht erreichbar oder fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="87"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="90"/>
        <source>The Gatehouse to talk to (default: the receiver address and port in the settings, http://127.0.0.1:8470).</source>
        <translation>Das Gatehouse, mit dem gesprochen wird (Standard: Empfangsadresse und Port aus den Einstellungen, http://127.0.0.1:8470).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="94"/>
        <source>Print the control API&apos;s JSON instead of text.</source>
        <translation>Das JSON der Steuerungs-API statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="95"/>
        <source>Settings file (INI).</source>
        <translation>Einstellungsdatei (INI).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="99"/>
        <source>The local database holding the sealed operator token (when no token is in the environment).</source>
        <translation>Die lokale Datenbank mit dem versiegelten Bediener-Token (wenn die Umgebung kein Token enthält).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="103"/>
        <source>The vault key file (instead of the keychain).</source>
        <translation>Die Schlüsseldatei des Tresors (statt des Schlüsselbunds).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="106"/>
        <source>Seconds to wait for each answer (default 15).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard 15).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="110"/>
        <source>pending (default), approved, rejected, expired, cancelled or all.</source>
        <translation>pending (Standard), approved, rejected, expired, cancelled oder all.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="113"/>
        <source>At most this many, newest first (1-500).</source>
        <translation>Höchstens so viele, die neuesten zuerst (1-500).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="116"/>
        <source>The comment recorded with the decision.</source>
        <translation>Der Kommentar, der mit der Entscheidung gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="119"/>
        <source>The name recorded as the decider (default: $USER).</source>
        <translation>Der Name, der als Entscheider gespeichert wird (Standard: $USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="123"/>
        <source>Approve now, send the callback later: &quot;window&quot; (the next change window of the item&apos;s policy), a local time (&quot;2026-12-01 22:00&quot;) or an ISO 8601 time with its zone.</source>
        <translation>Jetzt genehmigen, den Callback später senden: „window“ (das nächste Änderungsfenster der Regel des Eintrags), eine lokale Zeit („2026-12-01 22:00“) oder eine ISO-8601-Zeit mit Zeitzone.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="129"/>
        <source>Take it over (assign) or let it go (release) although someone else holds it.</source>
        <translation>Übernehmen (assign) oder abgeben (release), auch wenn jemand anderes es hält.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="133"/>
        <source>The name recorded as looking at it (default: $USER).</source>
        <translation>Der Name, der als Betrachter eingetragen wird (Standard: $USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="136"/>
        <source>Milliseconds between polls (default 1000).</source>
        <translation>Millisekunden zwischen Abfragen (Standard 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="145"/>
        <source>The approval&apos;s id.</source>
        <translation>Die ID der Genehmigung.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="176"/>
        <source>--timeout must be a number of seconds from 1 to 3600</source>
        <translation>--timeout muss eine Sekundenzahl von 1 bis 3600 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="181"/>
        <source>--server must be an http:// or https:// URL</source>
        <translation>--server muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="201"/>
        <source>--state must be pending, approved, rejected, expired, cancelled or all</source>
        <translation>--state muss pending, approved, rejected, expired, cancelled oder all sein</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="206"/>
        <source>--limit must be a number from 1 to 500</source>
        <translation>--limit muss eine Zahl von 1 bis 500 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="212"/>
        <source>--interval must be a number of milliseconds from 100 to 3600000</source>
        <translation>--interval muss eine Millisekundenzahl von 100 bis 3600000 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="214"/>
        <source>watch takes no arguments</source>
        <translation>watch nimmt keine Argumente an</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="220"/>
        <source>give the approval&apos;s id (a positive number) and nothing else</source>
        <translation>geben Sie die ID der Genehmigung an (eine positive Zahl) und sonst nichts</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="236"/>
        <source>reject needs a reason: -m REASON</source>
        <translation>reject braucht eine Begründung: -m BEGRÜNDUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="304"/>
        <source>No approvals.</source>
        <translation>Keine Genehmigungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="313"/>
        <source>(%1 of %2; --limit shows more)</source>
        <translation>(%1 von %2; --limit zeigt mehr)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="348"/>
        <source>Recorded for approval %1; its gates decide when it is released.</source>
        <translation>Für Genehmigung %1 gespeichert; ihre Gates entscheiden, wann sie freigegeben wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="353"/>
        <source>Approved %1; releases %2.</source>
        <translation>%1 genehmigt; Freigabe %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="358"/>
        <source>Approved %1.</source>
        <translation>Genehmigung %1 erteilt.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="358"/>
        <source>Rejected %1.</source>
        <translation>Genehmigung %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="375"/>
        <source>Release of %1 cancelled; it is pending again.</source>
        <translation>Freigabe von %1 abgebrochen; es ist wieder offen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="393"/>
        <source>%1 is looking at it since %2; --force takes it over</source>
        <translation>%1 sieht es sich an seit %2; --force übernimmt es</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="404"/>
        <source>Nobody is looking at %1.</source>
        <translation>Niemand sieht sich %1 an.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="405"/>
        <source>%1 is looking at %2.</source>
        <translation>%1 sieht sich %2 an.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="427"/>
        <source>; trying again</source>
        <translation>; neuer Versuch</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="434"/>
        <source>connected again</source>
        <translation>wieder verbunden</translation>
    </message>
</context>
<context>
    <name>ConfigReloader</name>
    <message>
        <location filename="../app/service/configreloader.cpp" line="12"/>
        <source>reload refused: the service is not running</source>
        <translation>Neuladen zurückgewiesen: der Dienst läuft nicht</translation>
    </message>
    <message>
        <location filename="../app/service/configreloader.cpp" line="15"/>
        <source>reload refused: the settings file cannot be read</source>
        <translation>Neuladen zurückgewiesen: die Einstellungsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/service/configreloader.cpp" line="20"/>
        <location filename="../app/service/configreloader.cpp" line="26"/>
        <source>reload refused, nothing changed: %1</source>
        <translation>Neuladen zurückgewiesen, nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/service/configreloader.cpp" line="34"/>
        <source>reloaded the settings (gate policies: %1, connectors: %2)</source>
        <translation>Einstellungen neu geladen (Gate-Regeln: %1, Konnektoren: %2)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="82"/>
        <source>Azure Pipelines check</source>
        <translation>Azure-Pipelines-Prüfung</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="87"/>
        <source>Invoke REST API check on a Generic service connection pointing at %1, URL suffix /hooks/azure/check. Completion event: Callback; time between evaluations: 0; timeout: as long as the operator may take.</source>
        <translation>Prüfung „Invoke REST API“ über eine generische Dienstverbindung zu %1, URL-Suffix /hooks/azure/check. Abschlussereignis: Callback; Zeit zwischen Auswertungen: 0; Zeitlimit: so lange, wie der Bediener brauchen darf.</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="94"/>
        <source>Azure gate (ApiResponse)</source>
        <translation>Azure-Gate (ApiResponse)</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="97"/>
        <source>Completion event: ApiResponse. Success criterion: eq(root[&apos;status&apos;], &apos;approved&apos;). Timeout / time between evaluations at most 10. For classic release gates add the header &quot;GatehouseKey&quot;: &quot;$(Release.ReleaseId)-$(Release.EnvironmentId)&quot;. Add &quot;GatehouseInterval&quot; and &quot;GatehouseTimeout&quot; (minutes, as configured in Azure) to see the evaluations and the time left.</source>
        <translation>Abschlussereignis: ApiResponse. Erfolgskriterium: eq(root[&apos;status&apos;], &apos;approved&apos;). Zeitlimit / Zeit zwischen Auswertungen höchstens 10. Für klassische Release-Gates den Header &quot;GatehouseKey&quot;: &quot;$(Release.ReleaseId)-$(Release.EnvironmentId)&quot; hinzufügen. &quot;GatehouseInterval&quot; und &quot;GatehouseTimeout&quot; (Minuten, wie in Azure konfiguriert) hinzufügen, um die Auswertungen und die verbleibende Zeit zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="75"/>
        <source>FlexDeploy human task</source>
        <translation>Menschliche Aufgabe in FlexDeploy</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="80"/>
        <source>Call this from a FlexDeploy notification or plugin step when a human task is created. Gatehouse approves or rejects the task through FlexDeploy&apos;s task REST API with the credentials set for the FlexDeploy connector.</source>
        <translation>Aus einer FlexDeploy-Benachrichtigung oder einem Plugin-Schritt aufrufen, sobald eine menschliche Aufgabe entsteht. Gatehouse genehmigt oder lehnt die Aufgabe über die Aufgaben-REST-API von FlexDeploy ab, mit den Zugangsdaten des FlexDeploy-Konnektors.</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="58"/>
        <source>Paused pipeline</source>
        <translation>Pausierte Pipeline</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="65"/>
        <source>The first pipeline pauses with this call; &quot;target&quot; names a restart target from the settings. The answer carries a single-use restart link; approving in the console starts the second pipeline with &quot;data&quot;.</source>
        <translation>Die erste Pipeline pausiert mit diesem Aufruf; &quot;target&quot; nennt ein Neustartziel aus den Einstellungen. Die Antwort enthält einen einmal gültigen Neustart-Link; eine Genehmigung in der Konsole startet die zweite Pipeline mit &quot;data&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37"/>
        <source>Operator API</source>
        <translation>Bediener-API</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="43"/>
        <source>For scripts and chat bots: /approve or /reject decides, /retry-delivery retries, GET /api/approvals lists. The operator token is under File &gt; Copy operator token.</source>
        <translation>Für Skripte und Chatbots: /approve oder /reject entscheidet, /retry-delivery wiederholt die Zustellung, GET /api/approvals listet auf. Das Bediener-Token finden Sie unter Datei &gt; Bediener-Token kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="58"/>
        <source>sealed in the vault</source>
        <translation>im Tresor versiegelt</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="59"/>
        <source>Settings › Connectors seals it in the vault</source>
        <translation>Einstellungen › Konnektoren versiegelt es im Tresor</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="62"/>
        <source>%1: %2 (or %3)</source>
        <translation>%1: %2 (oder %3)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="67"/>
        <source>On this side (%1):</source>
        <translation>Auf dieser Seite (%1):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="75"/>
        <location filename="../ui/connectdialog.cpp" line="76"/>
        <source>How to connect</source>
        <translation>So verbinden Sie</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="78"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="99"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="100"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="101"/>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="110"/>
        <location filename="../ui/connectdialog.cpp" line="111"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="111"/>
        <source>%1 URL:</source>
        <translation>%1-URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="126"/>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="125"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="126"/>
        <source>headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="129"/>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="135"/>
        <source>Sample payload:</source>
        <translation>Beispiel-Nutzlast:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="136"/>
        <source>Sample payload</source>
        <translation>Beispiel-Nutzlast</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="136"/>
        <source>payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="103"/>
        <source>GitLab deployments</source>
        <translation>GitLab-Deployments</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="113"/>
        <source>In GitLab, open the project&apos;s (or group&apos;s) Settings &gt; Webhooks &gt; Add new webhook. URL: %1/hooks/gitlab. Secret token: the secret below. Trigger: Deployment events only. (With a signing token, give Gatehouse that whsec_ value as its GitLab secret.) Gatehouse re-reads each blocked deployment and approves or rejects it through GitLab&apos;s API with an access token of scope api, of a user allowed to approve (GATEHOUSE_GITLAB_TOKEN, or Settings &gt; Connectors &gt; GitLab).</source>
        <translation>Öffnen Sie in GitLab die Einstellungen des Projekts (oder der Gruppe) &gt; Webhooks &gt; Neuen Webhook hinzufügen. URL: %1/hooks/gitlab. Geheimes Token: das Secret unten. Auslöser: nur Deployment-Ereignisse. (Mit einem Signatur-Token geben Sie Gatehouse diesen whsec_-Wert als GitLab-Secret.) Gatehouse liest jedes blockierte Deployment erneut und genehmigt oder lehnt es über die GitLab-API ab, mit einem Zugriffstoken mit dem Scope api eines Benutzers, der genehmigen darf (GATEHOUSE_GITLAB_TOKEN oder Einstellungen &gt; Konnektoren &gt; GitLab).</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="97"/>
        <source>Set jenkins/url to your Jenkins and GATEHOUSE_JENKINS_CREDENTIALS to user:API token of the user who decides. Gatehouse answers 202, confirms the wait with pendingInputActions, and proceeds (with every parameter) or aborts the input. The input id must start with an upper-case letter, as Jenkins stores it.</source>
        <translation>Setzen Sie jenkins/url auf Ihr Jenkins und GATEHOUSE_JENKINS_CREDENTIALS auf Benutzer:API-Token des entscheidenden Benutzers. Gatehouse antwortet mit 202, bestätigt das Warten über pendingInputActions und setzt die Eingabe fort (mit allen Parametern) oder bricht sie ab. Die Input-ID muss mit einem Großbuchstaben beginnen, so wie Jenkins sie speichert.</translation>
    </message>
</context>
<context>
    <name>ConnectHelp</name>
    <message>
        <location filename="../app/connectors/generic/genericconnector.cpp" line="169"/>
        <source>Generic webhook</source>
        <translation>Generischer Webhook</translation>
    </message>
    <message>
        <location filename="../app/connectors/generic/genericconnector.cpp" line="182"/>
        <source>Required: title and callbackUrl. Gatehouse posts the decision as JSON (id, externalId, decision, decidedBy, comment, decidedAt) to callbackUrl. The same externalId updates the approval instead of creating a twin.</source>
        <translation>Pflichtfelder: title und callbackUrl. Gatehouse sendet die Entscheidung als JSON (id, externalId, decision, decidedBy, comment, decidedAt) an callbackUrl. Dieselbe externalId aktualisiert die Genehmigung, statt eine doppelte anzulegen.</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="135"/>
        <source>GitHub App</source>
        <translation>GitHub-App</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="148"/>
        <source>GitHub sends this itself. Create a GitHub App with this webhook URL and the secret below; repository permissions Deployments: Read and write, Actions: Read-only; subscribe to the Deployment protection rule event. Generate its private key, set github/appId and github/privateKeyFile, install the App and enable it on each environment (Settings &gt; Environments). For environments with required reviewers instead, list the repositories in github/repositories and set GATEHOUSE_GITHUB_TOKEN.</source>
        <translation>GitHub sendet dies selbst. Legen Sie eine GitHub-App mit dieser Webhook-URL und dem Secret unten an; Repository-Berechtigungen Deployments: Read and write, Actions: Read-only; abonnieren Sie das Ereignis Deployment protection rule. Erzeugen Sie ihren privaten Schlüssel, setzen Sie github/appId und github/privateKeyFile, installieren Sie die App und aktivieren Sie sie in jeder Umgebung (Settings &gt; Environments). Für Umgebungen mit erforderlichen Reviewern stattdessen die Repositorys in github/repositories aufführen und GATEHOUSE_GITHUB_TOKEN setzen.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecretsDialog</name>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="15"/>
        <source>Webhook secrets</source>
        <translation>Webhook-Secrets</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="17"/>
        <source>&lt;b&gt;Connector&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konnektor&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="18"/>
        <source>&lt;b&gt;Scheme&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schema&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="19"/>
        <source>&lt;b&gt;Secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secret&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="23"/>
        <source>Callback signing</source>
        <translation>Callback-Signatur</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="29"/>
        <source>Send the secret as &apos;Authorization: Bearer &lt;secret&gt;&apos;, as the header &apos;X-Gatehouse-Secret: &lt;secret&gt;&apos; or as &apos;?code=&lt;secret&gt;&apos;. Set GATEHOUSE_SECRET_&lt;CONNECTOR&gt; to choose one yourself.
Callback signing: Gatehouse signs its generic, fan-in and restart callbacks with this secret (Standard Webhooks &apos;webhook-signature&apos; header); give it to the receivers so they can verify. Set GATEHOUSE_CALLBACK_SIGNING_SECRET to choose one.</source>
        <translation>Senden Sie das Secret als &apos;Authorization: Bearer &lt;Secret&gt;&apos;, als Header &apos;X-Gatehouse-Secret: &lt;Secret&gt;&apos; oder als &apos;?code=&lt;Secret&gt;&apos;. Setzen Sie GATEHOUSE_SECRET_&lt;CONNECTOR&gt;, um es selbst zu wählen.
Callback-Signatur: Gatehouse signiert seine generischen, Fan-in- und Neustart-Callbacks mit diesem Secret (Standard-Webhooks-Header &apos;webhook-signature&apos;); geben Sie es den Empfängern, damit sie die Signatur prüfen können. Setzen Sie GATEHOUSE_CALLBACK_SIGNING_SECRET, um es selbst zu wählen.</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="55"/>
        <source>fan-in groups file (JSON)</source>
        <translation>Datei der Fan-in-Gruppen (JSON)</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="56"/>
        <source>Groups file</source>
        <translation>Gruppendatei</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="164"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="170"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="52"/>
        <source>restart targets and their credentials</source>
        <translation>Neustartziele und ihre Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>ConnectorNames</name>
    <message>
        <location filename="../app/connectors/generic/genericconnector.cpp" line="133"/>
        <source>Generic</source>
        <translation>Generisch</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="16"/>
        <source>Paused pipelines</source>
        <translation>Pausierte Pipelines</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="15"/>
        <source>Fan-in</source>
        <translation>Fan-in</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingValues</name>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="69"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="70"/>
        <source>stored in the vault</source>
        <translation>im Tresor gespeichert</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="71"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="101"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="106"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="135"/>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="137"/>
        <source>must not carry a user name or password: Gatehouse keeps credentials in the vault</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten: Gatehouse verwahrt Zugangsdaten im Tresor</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="141"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="175"/>
        <source>could not be stored in the vault</source>
        <translation>konnte nicht im Tresor gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ConnectorSettings</name>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="132"/>
        <source>must be token, hmac-sha256, standard-webhooks or none</source>
        <translation>muss token, hmac-sha256, standard-webhooks oder none sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="140"/>
        <source>must be an HTTP header name such as X-Hub-Signature-256</source>
        <translation>muss ein HTTP-Header-Name wie X-Hub-Signature-256 sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="148"/>
        <source>must not contain spaces or control characters</source>
        <translation>darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="153"/>
        <source>a Standard Webhooks secret is whsec_ followed by base64 of at least 16 bytes: press Generate</source>
        <translation>ein Standard-Webhooks-Secret ist whsec_ gefolgt von Base64 aus mindestens 16 Bytes: klicken Sie auf Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="156"/>
        <source>must be at least 16 characters long</source>
        <translation>muss mindestens 16 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="161"/>
        <source>switching to or from Standard Webhooks needs a new secret: press Generate</source>
        <translation>der Wechsel zu oder von Standard Webhooks braucht ein neues Secret: klicken Sie auf Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="166"/>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="168"/>
        <source>must be from 1 to %1 minutes</source>
        <translation>muss zwischen 1 und %1 Minuten liegen</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="175"/>
        <source>no such restart target</source>
        <translation>kein solches Neustartziel</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="180"/>
        <source>secrets can be stored only while Gatehouse runs</source>
        <translation>Secrets können nur gespeichert werden, während Gatehouse läuft</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="198"/>
        <location filename="../app/service/connectorsettings.cpp" line="208"/>
        <source>could not be stored in the vault</source>
        <translation>konnte nicht im Tresor gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsPage</name>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="25"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="57"/>
        <source>%1 authentication scheme</source>
        <translation>Authentifizierungsverfahren von %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="58"/>
        <source>Shared token (Bearer, X-Gatehouse-Secret, Basic or ?code=)</source>
        <translation>Gemeinsames Token (Bearer, X-Gatehouse-Secret, Basic oder ?code=)</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="60"/>
        <source>HMAC-SHA256 signature of the body</source>
        <translation>HMAC-SHA256-Signatur des Inhalts</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="61"/>
        <source>Standard Webhooks signature</source>
        <translation>Standard-Webhooks-Signatur</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="62"/>
        <source>None: anyone who can reach the port</source>
        <translation>Keine: jeder, der den Port erreicht</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="63"/>
        <source>%1 signature header</source>
        <translation>Signatur-Header von %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="65"/>
        <source>%1 signature prefix</source>
        <translation>Signaturpräfix von %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="68"/>
        <source>%1 secret state</source>
        <translation>Zustand des Secrets von %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="69"/>
        <source>New %1 webhook secret</source>
        <translation>Neues Webhook-Secret für %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="71"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="72"/>
        <source>Generate a %1 webhook secret</source>
        <translation>Ein Webhook-Secret für %1 erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="73"/>
        <source>Makes a new random secret, puts it in the field and copies it to the clipboard for the sender; it is stored when you save.</source>
        <translation>Erzeugt ein neues zufälliges Secret, setzt es ins Feld und kopiert es für den Absender in die Zwischenablage; gespeichert wird es beim Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="85"/>
        <source>A new secret was generated and copied to the clipboard: configure the sender with it. It is stored when you save.</source>
        <translation>Ein neues Secret wurde erzeugt und in die Zwischenablage kopiert: richten Sie den Absender damit ein. Gespeichert wird es beim Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="99"/>
        <source>Inbound webhooks</source>
        <translation>Eingehende Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="101"/>
        <source>&amp;Scheme:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="103"/>
        <source>Signature &amp;header:</source>
        <translation>Signatur-&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="106"/>
        <source>Signature p&amp;refix:</source>
        <translation>Signatur&amp;präfix:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="107"/>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="108"/>
        <source>&amp;Replace secret:</source>
        <translation>Secret &amp;ersetzen:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="111"/>
        <source>Applies at once: the next webhook must use the new scheme and secret.</source>
        <translation>Gilt sofort: der nächste Webhook muss das neue Verfahren und Secret verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="118"/>
        <source>Restart targets</source>
        <translation>Neustartziele</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="122"/>
        <source>New credentials for restart target %1</source>
        <translation>Neue Zugangsdaten für das Neustartziel %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="129"/>
        <source>Targets are configured in the settings file (restartTargets/&lt;name&gt;/...). Credentials are a token or user:password; stored ones are never shown, and new ones apply with the next restart call.</source>
        <translation>Ziele werden in der Einstellungsdatei eingerichtet (restartTargets/&lt;Name&gt;/...). Zugangsdaten sind ein Token oder Benutzer:Passwort; gespeicherte werden nie angezeigt, neue gelten ab dem nächsten Neustartaufruf.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="168"/>
        <location filename="../ui/connectorsettingspage.cpp" line="193"/>
        <source>stored — type to replace</source>
        <translation>gespeichert — zum Ersetzen eingeben</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="169"/>
        <source>none stored: token or user:password</source>
        <translation>keine gespeichert: Token oder Benutzer:Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="182"/>
        <source>Secrets can be changed only while Gatehouse runs.</source>
        <translation>Secrets können nur geändert werden, während Gatehouse läuft.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="184"/>
        <source>Stored in the vault (see File › Webhook secrets). Type or generate a new one to replace it.</source>
        <translation>Im Tresor gespeichert (siehe Datei › Webhook-Secrets). Geben Sie ein neues ein oder erzeugen Sie eines, um es zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="187"/>
        <source>None stored yet: one is generated when needed.</source>
        <translation>Noch keines gespeichert: bei Bedarf wird eines erzeugt.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="190"/>
        <source>%1 gives the secret in use; a secret stored here applies once it is gone.</source>
        <translation>%1 liefert das verwendete Secret; ein hier gespeichertes gilt erst, wenn es entfällt.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="194"/>
        <source>type a new secret</source>
        <translation>neues Secret eingeben</translation>
    </message>
</context>
<context>
    <name>DecisionResults</name>
    <message>
        <location filename="../ui/decisionresults.cpp" line="16"/>
        <source>Bulk decision progress</source>
        <translation>Fortschritt der Sammelentscheidung</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="19"/>
        <source>Bulk decision results</source>
        <translation>Ergebnisse der Sammelentscheidung</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="24"/>
        <location filename="../ui/decisionresults.cpp" line="25"/>
        <source>Close results</source>
        <translation>Ergebnisse schließen</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="48"/>
        <source>#%1 %2: waiting for the engine</source>
        <translation>#%1 %2: wartet auf die Engine</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionresults.cpp" line="56"/>
        <source>Approving %n approvals…</source>
        <translation>
            <numerusform>%n Genehmigung wird genehmigt…</numerusform>
            <numerusform>%n Genehmigungen werden genehmigt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionresults.cpp" line="57"/>
        <source>Rejecting %n approvals…</source>
        <translation>
            <numerusform>%n Genehmigung wird abgelehnt…</numerusform>
            <numerusform>%n Genehmigungen werden abgelehnt…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="64"/>
        <source>Approved %1 of %2</source>
        <translation>%1 von %2 genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="65"/>
        <source>Rejected %1 of %2</source>
        <translation>%1 von %2 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionresults.cpp" line="66"/>
        <source>%1; %n refused</source>
        <translation>
            <numerusform>%1; %n zurückgewiesen</numerusform>
            <numerusform>%1; %n zurückgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="79"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="91"/>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <location filename="../app/gates/decisionrules.cpp" line="70"/>
        <source>The policy %1 needs to know who decides: decide in the console or with a personal API token</source>
        <translation>Die Regel %1 muss wissen, wer entscheidet: Entscheiden Sie in der Konsole oder mit einem persönlichen API-Token</translation>
    </message>
    <message>
        <location filename="../app/gates/decisionrules.cpp" line="75"/>
        <source>Only %1 may decide this (policy %2); %3 may not</source>
        <translation>Nur %1 darf dies entscheiden (Regel %2); %3 darf es nicht</translation>
    </message>
    <message>
        <location filename="../app/gates/decisionrules.cpp" line="82"/>
        <source>%1 requested this run: four eyes (policy %2) needs someone else to approve it</source>
        <translation>%1 hat diesen Lauf angefordert: Das Vier-Augen-Prinzip (Regel %2) verlangt, dass jemand anderes genehmigt</translation>
    </message>
    <message>
        <location filename="../app/gates/decisionrules.cpp" line="87"/>
        <source>%1 has approved already: %2 (policy %3) needs another person</source>
        <translation>%1 hat bereits genehmigt: %2 (Regel %3) braucht eine weitere Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/decisionrules.cpp" line="129"/>
        <source>%1 of %n approvals: %2</source>
        <translation>
            <numerusform>%1 von %n Genehmigung: %2</numerusform>
            <numerusform>%1 von %n Genehmigungen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclaredSettingsGroup</name>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="24"/>
        <location filename="../ui/declaredsettingsgroup.cpp" line="25"/>
        <source>%1 settings</source>
        <translation>Einstellungen für %1</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="32"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="41"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="60"/>
        <source>%1 state</source>
        <translation>Zustand von %1</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="72"/>
        <source>Settings apply when Gatehouse starts again; a new secret with the next call. Secrets are sealed in the vault and never shown again.</source>
        <translation>Einstellungen gelten nach dem nächsten Start von Gatehouse, ein neues Secret ab dem nächsten Aufruf. Secrets werden im Tresor versiegelt und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="98"/>
        <source>Secrets can be changed only while Gatehouse runs.</source>
        <translation>Secrets können nur geändert werden, während Gatehouse läuft.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="99"/>
        <source>Stored in the vault.</source>
        <translation>Im Tresor gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="100"/>
        <source>None stored.</source>
        <translation>Keines gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="103"/>
        <source>%1 is set and replaces it at every start.</source>
        <translation>%1 ist gesetzt und ersetzt es bei jedem Start.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="107"/>
        <source>a file whose content is sealed in the vault</source>
        <translation>eine Datei, deren Inhalt im Tresor versiegelt wird</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="109"/>
        <source>stored — type to replace</source>
        <translation>gespeichert — zum Ersetzen eingeben</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="41"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="43"/>
        <source>Approve or reject</source>
        <translation>Genehmigen oder ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="55"/>
        <source>%1 of at most %2 (every %3 min, timeout %4 min)</source>
        <translation>%1 von höchstens %2 (alle %3 min, Zeitlimit %4 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="61"/>
        <source>%1 (every %2 min)</source>
        <translation>%1 (alle %2 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="63"/>
        <source>%1 (timeout %2 min)</source>
        <translation>%1 (Zeitlimit %2 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="107"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="110"/>
        <source>Selected approvals</source>
        <translation>Ausgewählte Genehmigungen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Comment or reason (optional)</source>
        <translation>Kommentar oder Begründung (optional)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Decision comment</source>
        <translation>Kommentar zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="119"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="120"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="121"/>
        <location filename="../ui/detailpane.cpp" line="450"/>
        <source>Approve the selected approval (Ctrl+Return)</source>
        <translation>Die ausgewählte Genehmigung erteilen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="122"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="123"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="124"/>
        <location filename="../ui/detailpane.cpp" line="451"/>
        <source>Reject the selected approval (Ctrl+Backspace)</source>
        <translation>Die ausgewählte Genehmigung ablehnen (Strg+Rücktaste)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="126"/>
        <source>Retry &amp;delivery</source>
        <translation>&amp;Zustellung wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="127"/>
        <source>Retry delivery</source>
        <translation>Zustellung wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <location filename="../ui/detailpane.cpp" line="213"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="145"/>
        <location filename="../ui/detailpane.cpp" line="148"/>
        <source>Action links</source>
        <translation>Aktionslinks</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="152"/>
        <source>Issue &amp;new link</source>
        <translation>&amp;Neuen Link ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="153"/>
        <source>Issue new link</source>
        <translation>Neuen Link ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="154"/>
        <source>Make a new link for this approval and revoke its unused links</source>
        <translation>Einen neuen Link für diese Genehmigung ausstellen und ihre unbenutzten Links widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="158"/>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="159"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="160"/>
        <source>Copy the new link</source>
        <translation>Den neuen Link kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="227"/>
        <source>Link copied to the clipboard</source>
        <translation>Link in die Zwischenablage kopiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="273"/>
        <source>%n approvals selected</source>
        <translation>
            <numerusform>%n Genehmigung ausgewählt</numerusform>
            <numerusform>%n Genehmigungen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="275"/>
        <source>%n of them pending; Approve and Reject act on all pending ones</source>
        <translation>
            <numerusform>davon %n offen; Genehmigen und Ablehnen wirken auf alle offenen</numerusform>
            <numerusform>davon %n offen; Genehmigen und Ablehnen wirken auf alle offenen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="309"/>
        <source>View run ↗</source>
        <translation>Lauf ansehen ↗</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="317"/>
        <source>Approving restarts %1 with this data:</source>
        <translation>Eine Genehmigung startet %1 mit diesen Daten neu:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="326"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="339"/>
        <source>%1 by %2 (%3) at %4</source>
        <translation>%1 von %2 (%3) am %4</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="353"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="354"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="355"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="356"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="357"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="358"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="361"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="362"/>
        <source>At the source</source>
        <translation>An der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="369"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="371"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="372"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="384"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="381"/>
        <location filename="../ui/detailpane.cpp" line="382"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="387"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="389"/>
        <source>Last delivery error</source>
        <translation>Letzter Zustellfehler</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="391"/>
        <source>Restart run id</source>
        <translation>Lauf-ID des Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="419"/>
        <source>Sources arrived</source>
        <translation>Eingegangene Quellen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="420"/>
        <source>Sources missing</source>
        <translation>Fehlende Quellen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="421"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="424"/>
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="427"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="429"/>
        <source>all %1 green: waiting for a human approval</source>
        <translation>alle %1 grün: wartet auf manuelle Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="470"/>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="471"/>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="474"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="477"/>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="478"/>
        <source>Used %1</source>
        <translation>Verwendet %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="481"/>
        <source>replaced by a newer link</source>
        <translation>durch einen neueren Link ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="482"/>
        <source>Replaced %1</source>
        <translation>Ersetzt %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="521"/>
        <source>The earlier link no longer works.</source>
        <translation>Der frühere Link funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="522"/>
        <source>%1 earlier links no longer work.</source>
        <translation>%1 frühere Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="485"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="67"/>
        <source>%1, ends %2</source>
        <translation>%1, endet %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="92"/>
        <source>View run</source>
        <translation>Lauf ansehen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="94"/>
        <source>Approving restarts the run with this data:</source>
        <translation>Eine Genehmigung startet den Lauf mit diesen Daten neu:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="98"/>
        <source>Restart data</source>
        <translation>Neustartdaten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="431"/>
        <source>%1 of %2 green after %n evaluations</source>
        <translation>
            <numerusform>%1 von %2 grün nach %n Auswertung</numerusform>
            <numerusform>%1 von %2 grün nach %n Auswertungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="486"/>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="489"/>
        <source>closed: already decided</source>
        <translation>geschlossen: bereits entschieden</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="517"/>
        <source>%1 link, expires %2. Copy it now: it is shown only once.</source>
        <translation>Link „%1“, läuft ab %2. Jetzt kopieren: Er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="526"/>
        <source>New link issued</source>
        <translation>Neuer Link ausgestellt</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/core/engine.cpp" line="222"/>
        <source>Received again from %1; details refreshed</source>
        <translation>Erneut von %1 empfangen; Angaben aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="223"/>
        <source>Received again from %1 after the decision; nothing changed</source>
        <translation>Nach der Entscheidung erneut von %1 empfangen; nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="235"/>
        <source>Received from %1; expires %2</source>
        <translation>Von %1 empfangen; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="237"/>
        <source>Received from %1</source>
        <translation>Von %1 empfangen</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="303"/>
        <source>superseded by #%1</source>
        <translation>ersetzt durch #%1</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="317"/>
        <source>Cancelled: superseded by #%1, a newer run of the same deployment</source>
        <translation>Abgebrochen: ersetzt durch #%1, einen neueren Lauf desselben Deployments</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="327"/>
        <source>Supersedes %1 (cancelled)</source>
        <translation>Ersetzt %1 (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="354"/>
        <location filename="../app/core/engine.cpp" line="591"/>
        <location filename="../app/core/engine.cpp" line="653"/>
        <location filename="../app/core/engine.cpp" line="1202"/>
        <location filename="../app/core/engineassignment.cpp" line="51"/>
        <location filename="../app/core/enginerelease.cpp" line="114"/>
        <source>Approval %1 does not exist</source>
        <translation>Genehmigung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="361"/>
        <location filename="../app/core/engine.cpp" line="472"/>
        <location filename="../app/core/engine.cpp" line="590"/>
        <location filename="../app/core/engine.cpp" line="652"/>
        <source>Already %1 by %2</source>
        <translation>Bereits %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/connector.h" line="382"/>
        <location filename="../app/core/engine.cpp" line="390"/>
        <source>this approval takes no parameters</source>
        <translation>diese Genehmigung nimmt keine Parameter</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="413"/>
        <source>A policy holds approvals of this item until its gates pass: it cannot be approved ahead</source>
        <translation>Eine Regel hält Genehmigungen dieses Eintrags zurück, bis seine Gates bestehen: er kann nicht vorab genehmigt werden</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="424"/>
        <source>Its gates are not all green (%1 of %2): approving overrides them; say why in a comment</source>
        <translation>Nicht alle Gates sind grün (%1 von %2): Eine Genehmigung setzt sich darüber hinweg; bitte im Kommentar begründen</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="454"/>
        <source>%1 expects no callback for this item: there is nothing to release later</source>
        <translation>%1 erwartet für diesen Eintrag keinen Callback: es gibt nichts später freizugeben</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="461"/>
        <location filename="../app/core/engine.cpp" line="578"/>
        <location filename="../app/core/engine.cpp" line="644"/>
        <location filename="../app/core/engine.cpp" line="1235"/>
        <location filename="../app/core/engineassignment.cpp" line="74"/>
        <location filename="../app/core/enginepreapprovals.cpp" line="87"/>
        <location filename="../app/core/enginepreapprovals.cpp" line="137"/>
        <location filename="../app/core/enginerelease.cpp" line="96"/>
        <source>The database is not available</source>
        <translation>Die Datenbank ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="483"/>
        <source>Expired: no decision before the deadline</source>
        <translation>Abgelaufen: keine Entscheidung vor der Frist</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="484"/>
        <source>%1 by %2 from %3</source>
        <translation>%1 von %2 über %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="485"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="486"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="487"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="490"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="492"/>
        <location filename="../app/core/engine.cpp" line="623"/>
        <location filename="../app/core/engine.cpp" line="676"/>
        <source>: &quot;%1&quot;</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="321"/>
        <location filename="../app/core/engine.cpp" line="503"/>
        <source>%1 queued for %2</source>
        <translation>%1 für %2 eingereiht</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="599"/>
        <source>%1 has approved already: %2; the quorum needs another person</source>
        <translation>%1 hat bereits genehmigt: %2; für das Quorum ist eine weitere Person nötig</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="620"/>
        <source>Approval by %1 from %2 recorded: %3</source>
        <translation>Genehmigung von %1 über %2 gespeichert: %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="662"/>
        <source>Already approved by %1; the gates decide</source>
        <translation>Bereits von %1 genehmigt; die Gates entscheiden</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="673"/>
        <source>Approved by %1 from %2; the decision waits for the gates</source>
        <translation>Von %1 über %2 genehmigt; die Entscheidung wartet auf die Gates</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="712"/>
        <source>deadline passed; policy “%1” approves on timeout</source>
        <translation>Frist abgelaufen; Regel „%1“ genehmigt bei Zeitablauf</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="721"/>
        <source>policy “%1” rejects on timeout</source>
        <translation>Regel „%1“ lehnt bei Zeitablauf ab</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="741"/>
        <source>Deadline passed: policy “%1” leaves the outcome to %2; Gatehouse does not decide</source>
        <translation>Frist abgelaufen: Regel „%1“ überlässt das Ergebnis %2; Gatehouse entscheidet nicht</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="787"/>
        <source>Delivery retried by hand</source>
        <translation>Zustellung von Hand wiederholt</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="927"/>
        <source>%1 delivered to %2: HTTP %3 (attempt %4)</source>
        <translation>%1 an %2 zugestellt: HTTP %3 (Versuch %4)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1003"/>
        <source>%1: the answer has no &apos;%2&apos;; calls that need it will not be sent</source>
        <translation>%1: Die Antwort enthält kein „%2“; Aufrufe, die es brauchen, werden nicht gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1012"/>
        <source>%1 answered with %2 %3</source>
        <translation>%1 antwortete mit %2 %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1045"/>
        <source>%1 to %2 failed: %3 (attempt %4, giving up)</source>
        <translation>%1 an %2 fehlgeschlagen: %3 (Versuch %4, aufgegeben)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1048"/>
        <source>%1 to %2 failed: %3 (attempt %4, next try %5)</source>
        <translation>%1 an %2 fehlgeschlagen: %3 (Versuch %4, nächster Versuch %5)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1163"/>
        <source>Action link issued (%1); expires %2</source>
        <translation>Aktionslink ausgestellt (%1); läuft ab %2</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1206"/>
        <source>Already %1: a new link could not decide anything</source>
        <translation>Bereits %1: Ein neuer Link könnte nichts mehr entscheiden</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1223"/>
        <source>The approval&apos;s deadline has passed: no new link</source>
        <translation>Die Frist der Genehmigung ist abgelaufen: kein neuer Link</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1250"/>
        <source>New action link (%1) issued by %2 from the console; expires %3</source>
        <translation>Neuer Aktionslink (%1) von %2 in der Konsole ausgestellt; läuft ab %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1122"/>
        <source>; the earlier link no longer works</source>
        <translation>; der frühere Link funktioniert nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1123"/>
        <source>; %1 earlier links no longer work</source>
        <translation>; %1 frühere Links funktionieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1305"/>
        <source>This link was already used at %1</source>
        <translation>Dieser Link wurde bereits am %1 verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1308"/>
        <source>This link was replaced by a newer one at %1</source>
        <translation>Dieser Link wurde am %1 durch einen neueren ersetzt</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1312"/>
        <source>This link expired at %1</source>
        <translation>Dieser Link ist am %1 abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1315"/>
        <source>Already %1 by %2 from %3</source>
        <translation>Bereits %1 von %2 über %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1333"/>
        <source>Action link from %1 refused: %2</source>
        <translation>Aktionslink von %1 zurückgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="23"/>
        <source>%1 is looking at this since %2</source>
        <translation>%1 sieht sich das an seit %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="45"/>
        <source>Nobody to name: the caller has no name</source>
        <translation>Kein Name einzutragen: der Aufrufer hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="57"/>
        <source>Already %1 by %2: nobody needs to look at it</source>
        <translation>Bereits %1 von %2: niemand muss es sich ansehen</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="64"/>
        <source>Nobody is looking at this</source>
        <translation>Niemand sieht sich das an</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="89"/>
        <source>It changed meanwhile; try again</source>
        <translation>Es hat sich inzwischen geändert; erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="94"/>
        <source>; %1 was looking since %2</source>
        <translation>; %1 sah es sich an seit %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="95"/>
        <source>Released by %1 from %2</source>
        <translation>Abgegeben von %1 über %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="97"/>
        <source>Taken by %1 from %2: %1 is looking at this</source>
        <translation>Übernommen von %1 über %2: %1 sieht sich das an</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="98"/>
        <source>Taken over by %1 from %2</source>
        <translation>Übernommen von %1 über %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="124"/>
        <source>Released: %1 was looking at this since %2; it is decided</source>
        <translation>Abgegeben: %1 sah sich das an seit %2; es ist entschieden</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="52"/>
        <source>A pre-approval names the pipeline of the run it approves</source>
        <translation>Eine Vorabgenehmigung nennt die Pipeline des Laufs, den sie genehmigt</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="56"/>
        <source>A pre-approval names who approves</source>
        <translation>Eine Vorabgenehmigung nennt, wer genehmigt</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="60"/>
        <source>validUntil must be a time still to come</source>
        <translation>validUntil muss in der Zukunft liegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/enginepreapprovals.cpp" line="64"/>
        <source>A pre-approval lasts at most %n days</source>
        <translation>
            <numerusform>Eine Vorabgenehmigung gilt höchstens %n Tag</numerusform>
            <numerusform>Eine Vorabgenehmigung gilt höchstens %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="68"/>
        <source>The release time %1 has passed</source>
        <translation>Der Freigabezeitpunkt %1 ist vorbei</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="79"/>
        <source>No policy for %1 has a time window: there is no change window to release in</source>
        <translation>Keine Regel für %1 hat ein Zeitfenster: es gibt kein Änderungsfenster für die Freigabe</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="118"/>
        <source>Pre-approval #%1 for %2 recorded; valid until %3</source>
        <translation>Vorabgenehmigung #%1 für %2 erfasst; gültig bis %3</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="131"/>
        <source>Pre-approval %1 does not exist</source>
        <translation>Vorabgenehmigung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="149"/>
        <source>Pre-approval %1 was used by approval %2</source>
        <translation>Vorabgenehmigung %1 wurde von Genehmigung %2 verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="150"/>
        <source>Pre-approval %1 is no longer active</source>
        <translation>Vorabgenehmigung %1 ist nicht mehr aktiv</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="168"/>
        <source>Pre-approval %1 revoked by %2</source>
        <translation>Vorabgenehmigung %1 von %2 widerrufen</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="196"/>
        <source>Pre-approval #%1 by %2 (recorded %3) applied</source>
        <translation>Vorabgenehmigung #%1 von %2 (erfasst %3) angewendet</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="213"/>
        <source>Pre-approval #%1 by %2 not applied: %3</source>
        <translation>Vorabgenehmigung #%1 von %2 nicht angewendet: %3</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="29"/>
        <source>No policy of this item has a time window: there is no change window to release in</source>
        <translation>Keine Regel dieses Eintrags hat ein Zeitfenster: es gibt kein Änderungsfenster für die Freigabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/enginerelease.cpp" line="36"/>
        <source>The change window of this item does not open within %n days</source>
        <translation>
            <numerusform>Das Änderungsfenster dieses Eintrags öffnet sich nicht innerhalb von %n Tag</numerusform>
            <numerusform>Das Änderungsfenster dieses Eintrags öffnet sich nicht innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="44"/>
        <source>The release time is not a valid time</source>
        <translation>Der Freigabezeitpunkt ist keine gültige Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="50"/>
        <source>The release time %1 has passed; approve without a release time to release now</source>
        <translation>Der Freigabezeitpunkt %1 ist vorbei; ohne Freigabezeitpunkt genehmigen, um sofort freizugeben</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="59"/>
        <source>The release time %1 is after the item&apos;s deadline %2</source>
        <translation>Der Freigabezeitpunkt %1 liegt nach der Frist %2 des Eintrags</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="72"/>
        <source>Release at %1: the callback waits until then</source>
        <translation>Freigabe um %1: der Callback wartet bis dahin</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="73"/>
        <source>Release at %1, when the change window of policy “%2” opens: the callback waits until then</source>
        <translation>Freigabe um %1, wenn sich das Änderungsfenster der Regel „%2“ öffnet: der Callback wartet bis dahin</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="119"/>
        <source>Approval %1 was not approved ahead: there is no release to cancel</source>
        <translation>Genehmigung %1 wurde nicht vorab genehmigt: es gibt keine Freigabe abzubrechen</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="129"/>
        <source>Approval %1 was released at %2: its callback has gone or is on its way</source>
        <translation>Genehmigung %1 wurde um %2 freigegeben: ihr Callback ist gesendet oder unterwegs</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="144"/>
        <source>Release cancelled by %1 from %2: the approval by %3 is withdrawn, no callback was sent, and the item waits for a decision again</source>
        <translation>Freigabe abgebrochen von %1 über %2: die Genehmigung durch %3 ist zurückgezogen, kein Callback wurde gesendet, und der Eintrag wartet wieder auf eine Entscheidung</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="20"/>
        <location filename="../ui/exportdialog.cpp" line="21"/>
        <source>Export approvals</source>
        <translation>Genehmigungen exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="23"/>
        <source>The &amp;selected approvals (%n)</source>
        <translation>
            <numerusform>Die &amp;ausgewählte Genehmigung (%n)</numerusform>
            <numerusform>Die &amp;ausgewählten Genehmigungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="24"/>
        <source>Export the selection</source>
        <translation>Auswahl exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="26"/>
        <source>Everything &amp;decided between</source>
        <translation>Alles &amp;entschieden zwischen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="27"/>
        <source>Export a date range</source>
        <translation>Einen Zeitraum exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="32"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="35"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="38"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="39"/>
        <source>JSON (the API&apos;s fields)</source>
        <translation>JSON (die Felder der API)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="41"/>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="42"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="43"/>
        <source>Choose the export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="48"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="55"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="58"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="62"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="74"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="121"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="125"/>
        <source>The range starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
</context>
<context>
    <name>FanInGroupFile</name>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="16"/>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="26"/>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="186"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="37"/>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="86"/>
        <source>is not a known field (known: %1)</source>
        <translation>ist kein bekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="46"/>
        <source>must be POST, PUT, PATCH or GET</source>
        <translation>muss POST, PUT, PATCH oder GET sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="50"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="55"/>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="59"/>
        <source>must be an object of name: value</source>
        <translation>muss ein Objekt aus Name: Wert sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="64"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="95"/>
        <source>is required: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ist erforderlich: 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="99"/>
        <source>must be a non-empty list of source names</source>
        <translation>muss eine nicht leere Liste von Quellnamen sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="103"/>
        <source>must hold non-empty strings</source>
        <translation>darf nur nicht leere Zeichenketten enthalten</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="106"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="119"/>
        <source>must be a number of minutes above 0, at most a year</source>
        <translation>muss eine Minutenzahl über 0 und höchstens ein Jahr sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="130"/>
        <source>must be callback or approval</source>
        <translation>muss callback oder approval sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="137"/>
        <source>is required when onComplete is callback</source>
        <translation>ist erforderlich, wenn onComplete callback ist</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="144"/>
        <source>must name a header and a secret</source>
        <translation>muss einen Header und ein Secret nennen</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="157"/>
        <source>cannot read the fan-in groups file %1: %2</source>
        <translation>Fan-in-Gruppendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="169"/>
        <source>the fan-in groups file is not JSON: %1 at offset %2</source>
        <translation>die Fan-in-Gruppendatei ist kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="176"/>
        <source>field groups: is required and must be a list</source>
        <translation>Feld groups: ist erforderlich und muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="192"/>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; wird doppelt verwendet</translation>
    </message>
</context>
<context>
    <name>FanInHandler</name>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="81"/>
        <source>%1 reported after the fan-in ended (%2); ignored</source>
        <translation>%1 hat nach dem Ende des Fan-in gemeldet (%2); ignoriert</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="83"/>
        <source>%1 reported again; ignored</source>
        <translation>%1 hat erneut gemeldet; ignoriert</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="105"/>
        <source>%1 arrived (%2 of %3): all sources have reported</source>
        <translation>%1 eingegangen (%2 von %3): alle Quellen haben gemeldet</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="109"/>
        <source>%1 arrived (%2 of %3); missing: %4</source>
        <translation>%1 eingegangen (%2 von %3); es fehlen: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="120"/>
        <source>All %n sources reported</source>
        <translation>
            <numerusform>%n von %n Quelle hat gemeldet</numerusform>
            <numerusform>Alle %n Quellen haben gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="123"/>
        <source>All sources reported: waiting for a human approval</source>
        <translation>Alle Quellen haben gemeldet: wartet auf manuelle Genehmigung</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../ui/fielderrors.cpp" line="18"/>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../ui/filefield.cpp" line="13"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/filefield.cpp" line="14"/>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
</context>
<context>
    <name>FilterComboBox</name>
    <message>
        <location filename="../ui/filtercombobox.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FlexDeployConnector</name>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="53"/>
        <source>needs user:password (a user name without &apos;:&apos;)</source>
        <translation>braucht Benutzer:Passwort (ein Benutzername ohne &apos;:&apos;)</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="57"/>
        <source>FlexDeploy server</source>
        <translation>FlexDeploy-Server</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="58"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="61"/>
        <source>chat webhook for new tasks</source>
        <translation>Chat-Webhook für neue Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="62"/>
        <source>Chat webhook</source>
        <translation>Chat-Webhook</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="63"/>
        <source>Slack-compatible incoming webhook (optional)</source>
        <translation>Slack-kompatibler eingehender Webhook (optional)</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="66"/>
        <source>user:password for FlexDeploy</source>
        <translation>Benutzer:Passwort für FlexDeploy</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="67"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>GateEditor</name>
    <message>
        <location filename="../ui/gateeditor.cpp" line="24"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="28"/>
        <source>Gate name</source>
        <translation>Name des Gates</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="31"/>
        <source>Gate kind</source>
        <translation>Art des Gates</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="32"/>
        <source>HTTP probe</source>
        <translation>HTTP-Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="33"/>
        <source>Count within a threshold</source>
        <translation>Anzahl innerhalb einer Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="34"/>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="37"/>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="40"/>
        <source>Probe URL</source>
        <translation>URL der Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="42"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="43"/>
        <source>One per line: Name: value</source>
        <translation>Einer pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="48"/>
        <source>Secret header name</source>
        <translation>Name des geheimen Headers</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="49"/>
        <source>Secret header value</source>
        <translation>Wert des geheimen Headers</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="49"/>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="51"/>
        <source>Add secret &amp;header</source>
        <translation>Geheimen &amp;Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="52"/>
        <source>Add secret header</source>
        <translation>Geheimen Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="53"/>
        <source>The value is sealed in the vault when you save; the headers name it as ${secret:NAME}.</source>
        <translation>Der Wert wird beim Speichern im Tresor versiegelt; die Header nennen ihn als ${secret:NAME}.</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="63"/>
        <source>Condition on the JSON answer</source>
        <translation>Bedingung an die JSON-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="65"/>
        <source>What to count</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="66"/>
        <source>Minimum count</source>
        <translation>Mindestanzahl</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="66"/>
        <location filename="../ui/gateeditor.cpp" line="67"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="67"/>
        <source>Maximum count</source>
        <translation>Höchstanzahl</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="72"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="72"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="72"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="80"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="81"/>
        <source>Window from</source>
        <translation>Fenster ab</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="82"/>
        <source>Window to</source>
        <translation>Fenster bis</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="83"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="84"/>
        <source>&amp;Inverse: green outside the window (a change freeze)</source>
        <translation>&amp;Umgekehrt: grün außerhalb des Fensters (ein Änderungsstopp)</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="85"/>
        <source>Inverse window</source>
        <translation>Umgekehrtes Fenster</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="94"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="95"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="96"/>
        <source>Met&amp;hod:</source>
        <translation>Met&amp;hode:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="97"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="98"/>
        <source>Head&amp;ers:</source>
        <translation>Head&amp;er:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="99"/>
        <source>Secret header:</source>
        <translation>Geheimer Header:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="100"/>
        <source>Con&amp;dition:</source>
        <translation>Be&amp;dingung:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="101"/>
        <source>Cou&amp;nt:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="102"/>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimum:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="103"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="104"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="105"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="106"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="107"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="262"/>
        <source>Name the gate, then give the header&apos;s name and value.</source>
        <translation>Benennen Sie das Gate, dann geben Sie Name und Wert des Headers an.</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="283"/>
        <source>The value of %1 is sealed in the vault when you save.</source>
        <translation>Der Wert von %1 wird beim Speichern im Tresor versiegelt.</translation>
    </message>
</context>
<context>
    <name>GateEvaluator</name>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="54"/>
        <source>the secret &apos;%1&apos; is not in the vault</source>
        <translation>das Secret &apos;%1&apos; ist nicht im Tresor</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="70"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="84"/>
        <location filename="../app/gates/gateevaluator.cpp" line="90"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="96"/>
        <source>evaluation error: the answer is not JSON (%1 at offset %2)</source>
        <translation>Auswertungsfehler: die Antwort ist kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="106"/>
        <location filename="../app/gates/gateevaluator.cpp" line="116"/>
        <source>evaluation error: %1</source>
        <translation>Auswertungsfehler: %1</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="108"/>
        <source>HTTP %1; %2 holds</source>
        <translation>HTTP %1; %2 trifft zu</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="109"/>
        <source>HTTP %1; %2 is false</source>
        <translation>HTTP %1; %2 ist falsch</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="128"/>
        <source>evaluation error: %1 is neither a number nor a list</source>
        <translation>Auswertungsfehler: %1 ist weder eine Zahl noch eine Liste</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="132"/>
        <source>%1 is %2, below the minimum %3</source>
        <translation>%1 ist %2, unter dem Minimum %3</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="135"/>
        <source>%1 is %2, above the maximum %3</source>
        <translation>%1 ist %2, über dem Maximum %3</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="139"/>
        <source>%1 is %2, within the threshold</source>
        <translation>%1 ist %2, innerhalb des Schwellenwerts</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="160"/>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="164"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="167"/>
        <source>%1 is inside the freeze %2</source>
        <translation>%1 liegt in der Sperrzeit %2</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="168"/>
        <source>%1 is outside the freeze %2</source>
        <translation>%1 liegt außerhalb der Sperrzeit %2</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="170"/>
        <source>%1 is inside the window %2</source>
        <translation>%1 liegt im Zeitfenster %2</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="171"/>
        <source>%1 is outside the window %2</source>
        <translation>%1 liegt außerhalb des Zeitfensters %2</translation>
    </message>
</context>
<context>
    <name>GateSampler</name>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="28"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="30"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="31"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="196"/>
        <source>Gates did not pass within the timeout of %1 (no evaluation)</source>
        <translation>Gates nicht innerhalb des Zeitlimits von %1 bestanden (keine Auswertung)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="198"/>
        <source>Gates did not all pass within the timeout of %1 (%n evaluations; last: %2)</source>
        <translation>
            <numerusform>Nicht alle Gates innerhalb des Zeitlimits von %1 bestanden (%n Auswertung; zuletzt: %2)</numerusform>
            <numerusform>Nicht alle Gates innerhalb des Zeitlimits von %1 bestanden (%n Auswertungen; zuletzt: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="206"/>
        <location filename="../app/gates/gatesampler.cpp" line="332"/>
        <source>Gates did not all pass in %n evaluations, the policy&apos;s cap (last: %1)</source>
        <translation>
            <numerusform>Nicht alle Gates bestanden in %n Auswertung, dem Höchstwert der Regel (zuletzt: %1)</numerusform>
            <numerusform>Nicht alle Gates bestanden in %n Auswertungen, dem Höchstwert der Regel (zuletzt: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="267"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="268"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="268"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="298"/>
        <source>Gates evaluation %1: %2 of %3 green: %4</source>
        <translation>Gate-Auswertung %1: %2 von %3 grün: %4</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="304"/>
        <source>. All gates green: waiting for a human approval</source>
        <translation>. Alle Gates grün: wartet auf manuelle Genehmigung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="315"/>
        <source>Approved by %1, then all %n gates green in evaluation %2</source>
        <translation>
            <numerusform>Von %1 genehmigt, dann %n Gate grün in Auswertung %2</numerusform>
            <numerusform>Von %1 genehmigt, dann alle %n Gates grün in Auswertung %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="325"/>
        <source>All %n gates green in evaluation %1 (policy %2)</source>
        <translation>
            <numerusform>%n Gate grün in Auswertung %1 (Regel %2)</numerusform>
            <numerusform>Alle %n Gates grün in Auswertung %1 (Regel %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="319"/>
        <source>: &quot;%1&quot;</source>
        <translation>: „%1“</translation>
    </message>
</context>
<context>
    <name>GateStripWidget</name>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="29"/>
        <source>Gate samples</source>
        <translation>Gate-Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="134"/>
        <source>delay</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="154"/>
        <source>timeout</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="160"/>
        <source>%1/%2 green</source>
        <translation>%1/%2 grün</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="186"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="188"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="188"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="36"/>
        <source>Listen address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="38"/>
        <source>127.0.0.1 accepts only this computer; 0.0.0.0 every network (use TLS)</source>
        <translation>127.0.0.1 nimmt nur diesen Rechner an; 0.0.0.0 jedes Netz (TLS verwenden)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="41"/>
        <source>Listen port</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="42"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="43"/>
        <source>TLS certificate file</source>
        <translation>TLS-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="44"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="47"/>
        <source>TLS private key file</source>
        <translation>Datei mit privatem TLS-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="47"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="49"/>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="50"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="57"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="58"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="64"/>
        <source>&amp;Quiet hours: no pop-up notifications</source>
        <translation>&amp;Ruhezeit: keine Pop-up-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="65"/>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="68"/>
        <source>Quiet from</source>
        <translation>Ruhe ab</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="71"/>
        <source>Quiet until</source>
        <translation>Ruhe bis</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="75"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="77"/>
        <source>Listen &amp;address:</source>
        <translation>Empfangs&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="78"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="79"/>
        <source>TLS &amp;certificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="80"/>
        <source>TLS &amp;key:</source>
        <translation>TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="81"/>
        <source>Storage and language</source>
        <translation>Speicher und Sprache</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="83"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="84"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="85"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="88"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="90"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="97"/>
        <source>Public URL of action links</source>
        <translation>Öffentliche URL der Aktionslinks</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="97"/>
        <source>http://127.0.0.1:&lt;port&gt;</source>
        <translation>http://127.0.0.1:&lt;Port&gt;</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="101"/>
        <source>Action link lifetime</source>
        <translation>Gültigkeit der Aktionslinks</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="102"/>
        <source>Action links (FlexDeploy tasks, paused pipelines)</source>
        <translation>Aktionslinks (FlexDeploy-Aufgaben, pausierte Pipelines)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="104"/>
        <source>P&amp;ublic URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="106"/>
        <source>Link &amp;lifetime:</source>
        <translation>&amp;Gültigkeit der Links:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="111"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="112"/>
        <source>off: decide at once</source>
        <translation>aus: sofort entscheiden</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="113"/>
        <source>Undo window</source>
        <translation>Rücknahmefrist</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="114"/>
        <source>A decision waits this long, with Undo in the status bar, before it is recorded and its callback goes out</source>
        <translation>So lange wartet eine Entscheidung (mit „Rückgängig“ in der Statusleiste), bevor sie gespeichert und ihr Callback gesendet wird</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="117"/>
        <source>Ask before deciding for a p&amp;roduction environment</source>
        <translation>Vor Entscheidungen für eine Pr&amp;oduktionsumgebung nachfragen</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="118"/>
        <source>Confirm production decisions</source>
        <translation>Entscheidungen für die Produktion bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="119"/>
        <source>Deciding</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="121"/>
        <source>&amp;Undo window:</source>
        <translation>Rück&amp;nahmefrist:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="124"/>
        <source>Receiver, database, language and action link settings apply when Gatehouse starts again. Command-line options (--port, --listen, --db) override them. Quiet hours and deciding apply at once.</source>
        <translation>Einstellungen für Empfänger, Datenbank, Sprache und Aktionslinks gelten nach dem nächsten Start von Gatehouse. Befehlszeilenoptionen (--port, --listen, --db) haben Vorrang. Ruhezeit und die Einstellungen unter „Entscheiden“ gelten sofort.</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="166"/>
        <source>the default in the user&apos;s data folder</source>
        <translation>Standard im Datenordner des Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="185"/>
        <source>The listen address must be an IP address, such as 127.0.0.1.</source>
        <translation>Die Empfangsadresse muss eine IP-Adresse sein, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="187"/>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS braucht sowohl eine Zertifikats- als auch eine Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>GitHubAppTokens</name>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="29"/>
        <source>the GitHub installation id &apos;%1&apos; is not a number</source>
        <translation>die GitHub-Installations-ID „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="66"/>
        <source>no GitHub App private key is configured</source>
        <translation>kein privater Schlüssel für die GitHub-App eingerichtet</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="97"/>
        <source> (check github/appId and the private key)</source>
        <translation> (github/appId und den privaten Schlüssel prüfen)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="98"/>
        <source> (is the App installed on this repository?)</source>
        <translation> (ist die App in diesem Repository installiert?)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="102"/>
        <source>GitHub refused the installation token: HTTP %1%2</source>
        <translation>GitHub hat das Installationstoken verweigert: HTTP %1%2</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="105"/>
        <source>cannot reach GitHub for an installation token: %1</source>
        <translation>GitHub ist für ein Installationstoken nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="116"/>
        <source>GitHub answered without an installation token</source>
        <translation>GitHub hat ohne Installationstoken geantwortet</translation>
    </message>
</context>
<context>
    <name>GitHubConnector</name>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="66"/>
        <source>must be the API base, such as https://api.github.com or https://HOST/api/v3, without a query</source>
        <translation>muss die API-Basis sein, etwa https://api.github.com oder https://HOST/api/v3, ohne Query</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="74"/>
        <source>&apos;%1&apos; is not owner/name; separate repositories with commas</source>
        <translation>„%1“ ist nicht owner/name; Repositorys durch Kommas trennen</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="81"/>
        <source>must be a whole number of seconds</source>
        <translation>muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="91"/>
        <source>must not contain spaces or line breaks</source>
        <translation>darf keine Leerzeichen oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="96"/>
        <source>GitHub API base (GitHub Enterprise Server: https://HOST/api/v3)</source>
        <translation>GitHub-API-Basis (GitHub Enterprise Server: https://HOST/api/v3)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="97"/>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="101"/>
        <source>GitHub App ID or client ID</source>
        <translation>App-ID oder Client-ID der GitHub-App</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="102"/>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="105"/>
        <source>the App&apos;s private key (PEM file, owner-only)</source>
        <translation>der private Schlüssel der App (PEM-Datei, nur für den Eigentümer lesbar)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="106"/>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="109"/>
        <source>repositories polled for required-reviewer waits (owner/name, ...)</source>
        <translation>Repositorys, die auf Wartezustände mit erforderlichen Reviewern abgefragt werden (owner/name, ...)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="110"/>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="114"/>
        <source>seconds between polls of those repositories</source>
        <translation>Sekunden zwischen den Abfragen dieser Repositorys</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="115"/>
        <source>Poll every (seconds)</source>
        <translation>Abfrage alle (Sekunden)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="120"/>
        <source>the App&apos;s private key, sealed from the settings page</source>
        <translation>der private Schlüssel der App, auf der Einstellungsseite versiegelt</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="121"/>
        <source>Seal a private key</source>
        <translation>Einen privaten Schlüssel versiegeln</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="127"/>
        <source>a required reviewer&apos;s token</source>
        <translation>das Token eines erforderlichen Reviewers</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="128"/>
        <source>Reviewer token</source>
        <translation>Reviewer-Token</translation>
    </message>
</context>
<context>
    <name>GitHubHttp</name>
    <message>
        <location filename="../app/connectors/github/githubhttp.cpp" line="21"/>
        <source>refused: %1</source>
        <translation>zurückgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubhttp.cpp" line="22"/>
        <source>invalid github/apiUrl</source>
        <translation>ungültige github/apiUrl</translation>
    </message>
</context>
<context>
    <name>GitHubReviewPoller</name>
    <message>
        <location filename="../app/connectors/github/githubreviewpoller.cpp" line="51"/>
        <source>github/repositories: &apos;%1&apos; is not owner/name</source>
        <translation>github/repositories: „%1“ ist nicht owner/name</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubreviewpoller.cpp" line="83"/>
        <source>no GitHub reviewer token: set GATEHOUSE_GITHUB_TOKEN or store one in Settings</source>
        <translation>kein Reviewer-Token für GitHub: GATEHOUSE_GITHUB_TOKEN setzen oder eines in den Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubreviewpoller.cpp" line="149"/>
        <source>GitHub answered %1 for %2/%3: check the reviewer token and github/repositories</source>
        <translation>GitHub antwortete %1 für %2/%3: Reviewer-Token und github/repositories prüfen</translation>
    </message>
</context>
<context>
    <name>GitLabConnector</name>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="163"/>
        <source>Deploy %1 %2 to %3</source>
        <translation>%1 %2 nach %3 deployen</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="170"/>
        <source>GitLab deployment %1 of %2 at %3 (%4) to %5, triggered by %6.</source>
        <translation>GitLab-Deployment %1 von %2 bei %3 (%4) nach %5, ausgelöst von %6.</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="172"/>
        <source>nobody named</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="175"/>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="191"/>
        <source>Confirming with GitLab that approvals are pending (a blocked deployment can also be a manual job)</source>
        <translation>Es wird bei GitLab bestätigt, dass Genehmigungen offen sind (ein blockiertes Deployment kann auch ein manueller Job sein)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="204"/>
        <source>GitLab: %1 by %2</source>
        <translation>GitLab: %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="205"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="206"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="207"/>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="209"/>
        <source>GitLab: the deployment is now %1</source>
        <translation>GitLab: Deployment-Status jetzt %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="211"/>
        <source>: &quot;%1&quot;</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="318"/>
        <source>GitLab&apos;s answer names no deployment status; nothing changed</source>
        <translation>Die Antwort von GitLab nennt keinen Deployment-Status; nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="323"/>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="364"/>
        <source>GitLab: the deployment is %1</source>
        <translation>GitLab: Deployment-Status %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="340"/>
        <source>%n approvals pending in GitLab</source>
        <translation>
            <numerusform>%n Genehmigung in GitLab offen</numerusform>
            <numerusform>%n Genehmigungen in GitLab offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="342"/>
        <source>GitLab: %1</source>
        <translation>GitLab: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="343"/>
        <source>GitLab confirms: %1</source>
        <translation>GitLab bestätigt: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="351"/>
        <source>the deployment %1 in GitLab</source>
        <translation>das Deployment ist in GitLab %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="352"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="352"/>
        <source>was canceled</source>
        <translation>abgebrochen worden</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="358"/>
        <source>the deployment went ahead in GitLab</source>
        <translation>das Deployment wurde in GitLab fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="362"/>
        <source>manual job, not an approval</source>
        <translation>manueller Job, keine Genehmigung</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="69"/>
        <source>must be the GitLab address, such as https://gitlab.example.com</source>
        <translation>muss die GitLab-Adresse sein, etwa https://gitlab.example.com</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="75"/>
        <source>must not contain spaces or control characters</source>
        <translation>darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="80"/>
        <source>GitLab address (default gitlab.com)</source>
        <translation>GitLab-Adresse (Standard gitlab.com)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="81"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="86"/>
        <source>approve as (represented_as)</source>
        <translation>genehmigen als (represented_as)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="87"/>
        <source>Approve as</source>
        <translation>Genehmigen als</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="88"/>
        <source>user, group or role (optional)</source>
        <translation>Benutzer, Gruppe oder Rolle (optional)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="90"/>
        <source>play the deployment job after approving</source>
        <translation>den Deployment-Job nach dem Genehmigen starten</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="94"/>
        <source>GitLab access token (scope api)</source>
        <translation>GitLab-Zugriffstoken (Scope api)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="95"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>GroupMembersList</name>
    <message>
        <location filename="../ui/groupmemberslist.cpp" line="9"/>
        <source>Group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groupmemberslist.cpp" line="27"/>
        <source>This run&apos;s stage: %n approvals</source>
        <translation>
            <numerusform>Stufe dieses Laufs: %n Genehmigung</numerusform>
            <numerusform>Stufe dieses Laufs: %n Genehmigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groupmemberslist.cpp" line="29"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>InputParametersForm</name>
    <message>
        <location filename="../ui/inputparametersform.cpp" line="19"/>
        <location filename="../ui/inputparametersform.cpp" line="21"/>
        <source>Input parameters</source>
        <translation>Eingabeparameter</translation>
    </message>
    <message>
        <location filename="../ui/inputparametersform.cpp" line="22"/>
        <source>Sent with the approval; a rejection sends none.</source>
        <translation>Werden mit der Genehmigung gesendet; eine Ablehnung sendet keine.</translation>
    </message>
</context>
<context>
    <name>JenkinsConnector</name>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="61"/>
        <source>must be user:API token</source>
        <translation>muss Benutzer:API-Token sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="64"/>
        <source>must not contain spaces or control characters</source>
        <translation>darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="69"/>
        <source>Jenkins URL; Gatehouse calls nothing outside it</source>
        <translation>Jenkins-URL; Gatehouse ruft nichts außerhalb davon auf</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="70"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="74"/>
        <source>user:API token of the deciding user</source>
        <translation>Benutzer:API-Token des entscheidenden Benutzers</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="75"/>
        <source>User and API token</source>
        <translation>Benutzer und API-Token</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="113"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="114"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="117"/>
        <source>Triggered by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="118"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="121"/>
        <source>confirming with Jenkins…</source>
        <translation>wird bei Jenkins bestätigt…</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="122"/>
        <source>not waiting in Jenkins</source>
        <translation>wartet nicht in Jenkins</translation>
    </message>
</context>
<context>
    <name>JenkinsInput</name>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsinput.cpp" line="102"/>
        <source>the input has no parameter &apos;%1&apos;</source>
        <translation>die Eingabe hat keinen Parameter „%1“</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsinput.cpp" line="106"/>
        <source>parameter &apos;%1&apos; must be true or false</source>
        <translation>Parameter „%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsinput.cpp" line="110"/>
        <source>parameter &apos;%1&apos; must be a string</source>
        <translation>Parameter „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsinput.cpp" line="116"/>
        <source>parameter &apos;%1&apos; must be one of: %2</source>
        <translation>Parameter „%1“ muss einer von diesen sein: %2</translation>
    </message>
</context>
<context>
    <name>JsonExpression</name>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="49"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="58"/>
        <source>offset %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="106"/>
        <location filename="../app/gates/jsonexpression.cpp" line="146"/>
        <source>expression nested too deeply</source>
        <translation>Ausdruck zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="180"/>
        <source>&apos;=&apos; is not an operator; use &apos;==&apos;</source>
        <translation>&apos;=&apos; ist kein Operator; verwenden Sie &apos;==&apos;</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="191"/>
        <source>unexpected end of expression</source>
        <translation>unerwartetes Ende des Ausdrucks</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="199"/>
        <location filename="../app/gates/jsonexpression.cpp" line="255"/>
        <source>expected &apos;)&apos;</source>
        <translation>&apos;)&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="222"/>
        <source>invalid number &apos;%1&apos;</source>
        <translation>ungültige Zahl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="244"/>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>Wert erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="250"/>
        <source>expected &apos;(&apos; after count</source>
        <translation>&apos;(&apos; nach count erwartet</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="284"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="299"/>
        <source>expected a value, a path or &apos;(&apos;</source>
        <translation>Wert, Pfad oder &apos;(&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="306"/>
        <source>expected a name after &apos;.&apos;</source>
        <translation>Name nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="326"/>
        <source>expected an index or a quoted name in &apos;[ ]&apos;</source>
        <translation>Index oder Name in Anführungszeichen in &apos;[ ]&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="333"/>
        <source>expected &apos;]&apos;</source>
        <translation>&apos;]&apos; erwartet</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="392"/>
        <source>path &apos;%1&apos; not found: %2 is not an array</source>
        <translation>Pfad &apos;%1&apos; nicht gefunden: %2 ist kein Array</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="396"/>
        <source>path &apos;%1&apos; not found: index %2 past the end of %3 elements</source>
        <translation>Pfad &apos;%1&apos; nicht gefunden: Index %2 liegt hinter dem Ende von %3 Elementen</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="404"/>
        <source>path &apos;%1&apos; not found</source>
        <translation>Pfad &apos;%1&apos; nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="419"/>
        <source>offset %1: expected true or false, found %2</source>
        <translation>Position %1: true oder false erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="440"/>
        <source>offset %1: cannot order %2 and %3</source>
        <translation>Position %1: %2 und %3 lassen sich nicht vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="476"/>
        <source>offset %1: count() needs an array or an object, &apos;%2&apos; is %3</source>
        <translation>Position %1: count() braucht ein Array oder ein Objekt, &apos;%2&apos; ist vom Typ %3</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="535"/>
        <source>the expression did not parse</source>
        <translation>der Ausdruck konnte nicht geparst werden</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="549"/>
        <source>the condition gave %1, not true or false</source>
        <translation>die Bedingung ergab %1, nicht true oder false</translation>
    </message>
</context>
<context>
    <name>LinkEndpoints</name>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="43"/>
        <source>Too many attempts</source>
        <translation>Zu viele Versuche</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/receiver/linkendpoints.cpp" line="44"/>
        <source>Too many invalid links were tried from your address. Try again in %n seconds.</source>
        <translation>
            <numerusform>Von Ihrer Adresse wurden zu viele ungültige Links versucht. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Von Ihrer Adresse wurden zu viele ungültige Links versucht. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="70"/>
        <source>Link not found</source>
        <translation>Link nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="71"/>
        <source>This link is not valid. Check that it was copied completely.</source>
        <translation>Dieser Link ist ungültig. Prüfen Sie, ob er vollständig kopiert wurde.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="74"/>
        <source>Link expired</source>
        <translation>Link abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="75"/>
        <source>This link has expired and can no longer be used. Nothing was changed.</source>
        <translation>Dieser Link ist abgelaufen und kann nicht mehr verwendet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="81"/>
        <source>Link already used</source>
        <translation>Link bereits verwendet</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="82"/>
        <source>This link was already used. Nothing was changed.</source>
        <translation>Dieser Link wurde bereits verwendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="86"/>
        <source>Link replaced</source>
        <translation>Link ersetzt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="87"/>
        <source>A newer link replaced this one. Ask for the new link. Nothing was changed.</source>
        <translation>Ein neuerer Link hat diesen ersetzt. Bitten Sie um den neuen Link. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="91"/>
        <source>Already decided</source>
        <translation>Bereits entschieden</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="92"/>
        <source>This was already decided: %1. Nothing was changed.</source>
        <translation>Hierüber wurde bereits entschieden: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="96"/>
        <source>Not allowed from a link</source>
        <translation>Über einen Link nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="97"/>
        <source>%1. Nothing was changed.</source>
        <translation>%1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="103"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="104"/>
        <source>The decision could not be stored. Try again in a moment.</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="149"/>
        <source>Unsupported form</source>
        <translation>Formular nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="150"/>
        <source>Send the form as application/x-www-form-urlencoded.</source>
        <translation>Senden Sie das Formular als application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="155"/>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="156"/>
        <source>The form must say decision=approve or decision=reject.</source>
        <translation>Das Formular muss decision=approve oder decision=reject enthalten.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="171"/>
        <source>Restart requested</source>
        <translation>Neustart angefordert</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="171"/>
        <source>Run cancelled</source>
        <translation>Lauf abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="172"/>
        <source>%1 is being restarted. You can close this page.</source>
        <translation>%1 wird neu gestartet. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="174"/>
        <source>The run was closed without a restart.</source>
        <translation>Der Lauf wurde ohne Neustart beendet.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="176"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="176"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="177"/>
        <source>Your decision was recorded and is being delivered. You can close this page.</source>
        <translation>Ihre Entscheidung wurde gespeichert und wird zugestellt. Sie können diese Seite schließen.</translation>
    </message>
</context>
<context>
    <name>LinkPages</name>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="57"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="58"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="59"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="60"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="61"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="64"/>
        <source>Link expires</source>
        <translation>Link läuft ab</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="75"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="79"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="90"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="93"/>
        <source>Opening this page decides nothing. The decision is final once a button is pressed.</source>
        <translation>Das Öffnen dieser Seite entscheidet nichts. Die Entscheidung ist endgültig, sobald eine Schaltfläche gedrückt wird.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="109"/>
        <source>The run will be restarted with this data:</source>
        <translation>Der Lauf wird mit diesen Daten neu gestartet:</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="117"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="117"/>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="119"/>
        <source>Opening this page restarts nothing. The link works once.</source>
        <translation>Das Öffnen dieser Seite startet nichts neu. Der Link funktioniert nur einmal.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="130"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="130"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="135"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
</context>
<context>
    <name>LiveUpdatesLabel</name>
    <message>
        <location filename="../ui/liveupdateslabel.cpp" line="6"/>
        <source>Live updates</source>
        <translation>Live-Aktualisierungen</translation>
    </message>
    <message>
        <location filename="../ui/liveupdateslabel.cpp" line="16"/>
        <source>Live updates back</source>
        <translation>Live-Aktualisierungen wieder da</translation>
    </message>
    <message>
        <location filename="../ui/liveupdateslabel.cpp" line="20"/>
        <source>Live updates lost, reconnecting…</source>
        <translation>Live-Aktualisierungen unterbrochen, Verbindung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <location filename="../ui/mainwindow.cpp" line="921"/>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Search title, pipeline, environment, source… (Ctrl+F)</source>
        <translation>Titel, Pipeline, Umgebung, Quelle suchen… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Search approvals</source>
        <translation>Genehmigungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Views (Ctrl+0 to Ctrl+9, Alt+1 to Alt+%1)</source>
        <translation>Ansichten (Strg+0 bis Strg+9, Alt+1 bis Alt+%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Views (Ctrl+0 to Ctrl+9)</source>
        <translation>Ansichten (Strg+0 bis Strg+9)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Suchen… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Filter by environment</source>
        <translation>Nach Umgebung filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Pending count</source>
        <translation>Anzahl offener</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Export in progress</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Receiver off: this window shows and decides</source>
        <translation>Empfänger aus: dieses Fenster zeigt an und entscheidet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Listening on %1</source>
        <translation>Empfängt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Listening address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Undone: %1 stays pending</source>
        <translation>Rückgängig gemacht: %1 weiterhin offen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>Approve the selected approvals (Ctrl+Return)</source>
        <translation>Die ausgewählten Genehmigungen erteilen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <location filename="../ui/mainwindow.cpp" line="735"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>Reject the selected approvals, with an optional reason (Ctrl+Backspace)</source>
        <translation>Die ausgewählten Genehmigungen ablehnen, mit optionaler Begründung (Strg+Rücktaste)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Detail pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Show or hide the detail pane (F8)</source>
        <translation>Detailbereich ein- oder ausblenden (F8)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>Personal API to&amp;kens…</source>
        <translation>Persönliche API-To&amp;kens…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>Approve a scheduled run a&amp;head…</source>
        <translation>Geplanten Lauf &amp;vorab genehmigen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="951"/>
        <source>Exporting %n approvals…</source>
        <translation>
            <numerusform>%n Genehmigung wird exportiert…</numerusform>
            <numerusform>%n Genehmigungen werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Retry &amp;delivery</source>
        <translation>&amp;Zustellung wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Approval actions</source>
        <translation>Aktionen zur Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Copy operator &amp;token</source>
        <translation>Bediener-&amp;Token kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>Operator token copied</source>
        <translation>Bediener-Token kopiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>&amp;Webhook secrets…</source>
        <translation>&amp;Webhook-Secrets…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Security &amp;log…</source>
        <translation>Sicherheits&amp;protokoll…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>&amp;Approval</source>
        <translation>&amp;Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>How to &amp;connect…</source>
        <translation>So &amp;verbinden Sie…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <source>Ctrl+Return: approve the selection (the next pending one is selected)
Ctrl+Backspace: reject the selection (asks for a reason inline)
Ctrl+Z or Undo in the status bar: take a decision back within the undo window
j / k: next / previous approval; Tab: leave the table
Down or Enter in the search field: the first result
Ctrl+Shift+C: copy the ids of the selection
Ctrl+R: retry failed deliveries of the selection
Ctrl+T: take the selected approval (you are looking at it), or release it
Ctrl+1 to Ctrl+9: Needs me, Pending, Checks, Gates, Human tasks, Paused runs, Fan-in, History, Delivery failed
F8: show or hide the detail pane
Enter or a click on a folded timeline line: show its lines
Ctrl+F: search
Ctrl+E: export
Ctrl+Q: quit</source>
        <translation>Strg+Eingabe: die Auswahl genehmigen (die nächste offene wird ausgewählt)
Strg+Rücktaste: die Auswahl ablehnen (fragt direkt nach einem Grund)
Strg+Z oder Rückgängig in der Statusleiste: eine Entscheidung innerhalb der Rücknahmefrist zurücknehmen
j / k: nächste / vorige Genehmigung; Tab: die Tabelle verlassen
Pfeil nach unten oder Eingabe im Suchfeld: das erste Ergebnis
Strg+Umschalt+C: die IDs der Auswahl kopieren
Strg+R: fehlgeschlagene Zustellungen der Auswahl wiederholen
Strg+T: die ausgewählte Genehmigung übernehmen (Sie sehen sie sich an) oder abgeben
Strg+1 bis Strg+9: Für mich, Offen, Prüfungen, Gates, Menschliche Aufgaben, Pausierte Läufe, Fan-in, Verlauf, Zustellung fehlgeschlagen
F8: den Detailbereich ein- oder ausblenden
Eingabe oder Klick auf eine zusammengefaltete Zeile der Zeitachse: ihre Zeilen zeigen
Strg+F: suchen
Strg+E: exportieren
Strg+Q: beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546"/>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;An approval console for release managers.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Eine Genehmigungskonsole für Release-Manager.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="732"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>%n &amp;genehmigen</numerusform>
            <numerusform>%n &amp;genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="734"/>
        <source>&amp;Reject %n…</source>
        <translation>
            <numerusform>%n &amp;ablehnen…</numerusform>
            <numerusform>%n &amp;ablehnen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="762"/>
        <location filename="../ui/mainwindow.cpp" line="825"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="809"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="810"/>
        <source>%n approvals</source>
        <translation>
            <numerusform>%n Genehmigung</numerusform>
            <numerusform>%n Genehmigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>Approve for production?</source>
        <translation>Für die Produktion genehmigen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>Reject for production?</source>
        <translation>Für die Produktion ablehnen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="937"/>
        <source>An export is still running</source>
        <translation>Ein Export läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="973"/>
        <source>Gatehouse keeps running</source>
        <translation>Gatehouse läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="974"/>
        <source>Approvals still arrive and notify you here. Quit from the tray menu or with File &gt; Quit.</source>
        <translation>Genehmigungen kommen weiterhin an und werden hier gemeldet. Beenden über das Menü im Infobereich oder mit Datei &gt; Beenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;About Gatehouse</source>
        <translation>Ü&amp;ber Gatehouse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Copied %n ids</source>
        <translation>
            <numerusform>%n ID kopiert</numerusform>
            <numerusform>%n IDs kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>Retrying %n deliveries</source>
        <translation>
            <numerusform>%n Zustellung wird wiederholt</numerusform>
            <numerusform>%n Zustellungen werden wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="543"/>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>You are approving %n production approvals:</source>
        <translation>
            <numerusform>Sie erteilen %n Genehmigung für die Produktion:</numerusform>
            <numerusform>Sie erteilen %n Genehmigungen für die Produktion:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="833"/>
        <source>You are rejecting %n production approvals:</source>
        <translation>
            <numerusform>Sie lehnen %n Genehmigung für die Produktion ab:</numerusform>
            <numerusform>Sie lehnen %n Genehmigungen für die Produktion ab:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>Approval %1: %2</source>
        <translation>Genehmigung %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="920"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="921"/>
        <source>Gatehouse (%1)</source>
        <translation>Gatehouse (%1)</translation>
    </message>
</context>
<context>
    <name>NotificationBanner</name>
    <message>
        <location filename="../ui/notificationbanner.cpp" line="10"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../ui/notificationbanner.cpp" line="21"/>
        <location filename="../ui/notificationbanner.cpp" line="22"/>
        <source>Close notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
    <message>
        <location filename="../ui/notificationbanner.cpp" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxWorker</name>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="242"/>
        <source>needs %1 from an earlier call, which did not succeed</source>
        <translation>braucht %1 aus einem früheren Aufruf, der nicht gelungen ist</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="251"/>
        <source>the sealed URL of this call is no longer available</source>
        <translation>die versiegelte URL dieses Aufrufs ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="258"/>
        <source>refused: the target is not an absolute http or https URL</source>
        <translation>zurückgewiesen: das Ziel ist keine absolute http- oder https-URL</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="262"/>
        <source>refused: the target URL has a &apos;.&apos; or &apos;..&apos; path segment</source>
        <translation>zurückgewiesen: die Ziel-URL enthält ein Pfadsegment &apos;.&apos; oder &apos;..&apos;</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="267"/>
        <location filename="../app/delivery/outboxworker.cpp" line="370"/>
        <source>refused: %1</source>
        <translation>zurückgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="279"/>
        <source>the credential for this call is no longer available</source>
        <translation>die Zugangsdaten für diesen Aufruf sind nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="301"/>
        <source>no credentials for &apos;%1&apos; are configured</source>
        <translation>für „%1“ sind keine Zugangsdaten eingerichtet</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="326"/>
        <source>the sealed body of this call is no longer available</source>
        <translation>der versiegelte Inhalt dieses Aufrufs ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="333"/>
        <source>the callback signing secret is not available</source>
        <translation>das Secret für die Callback-Signatur ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="364"/>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="432"/>
        <source>HTTP %1 without &quot;%2&quot;: true %3</source>
        <translation>HTTP %1 ohne &quot;%2&quot;: true %3</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="459"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="469"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="473"/>
        <source>the connection closed before the target answered</source>
        <translation>die Verbindung wurde geschlossen, bevor das Ziel antwortete</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <location filename="../app/core/outcometext.cpp" line="6"/>
        <source>from the window</source>
        <translation>im Fenster</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="8"/>
        <source>from the tray</source>
        <translation>im Infobereich</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="10"/>
        <source>through the API</source>
        <translation>über die API</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="12"/>
        <source>by a policy</source>
        <translation>durch eine Regel</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="14"/>
        <source>by the timeout rule</source>
        <translation>durch die Zeitlimit-Regel</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="15"/>
        <source>from %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="26"/>
        <source>Timed out: no decision before the deadline</source>
        <translation>Zeitablauf: keine Entscheidung vor der Frist</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="29"/>
        <source>Superseded by #%1</source>
        <translation>Ersetzt durch #%1</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="32"/>
        <source>Cancelled by %1</source>
        <translation>Abgebrochen von %1</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="37"/>
        <source>Approved from an action link</source>
        <translation>Über einen Aktionslink genehmigt</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="38"/>
        <source>Approved by %1 %2</source>
        <translation>Genehmigt von %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="42"/>
        <source>Rejected from an action link</source>
        <translation>Über einen Aktionslink abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="43"/>
        <source>Rejected by %1 %2</source>
        <translation>Abgelehnt von %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="47"/>
        <source>: &quot;%1&quot;</source>
        <translation>: „%1“</translation>
    </message>
</context>
<context>
    <name>PolicyChanges</name>
    <message>
        <location filename="../app/service/policychanges.cpp" line="37"/>
        <source>“%1”: no person approves any more (gates only)</source>
        <translation>„%1“: keine Person genehmigt mehr (nur Gates)</translation>
    </message>
    <message>
        <location filename="../app/service/policychanges.cpp" line="38"/>
        <source>“%1” (new): no person approves (gates only)</source>
        <translation>„%1“ (neu): keine Person genehmigt (nur Gates)</translation>
    </message>
    <message>
        <location filename="../app/service/policychanges.cpp" line="40"/>
        <source>“%1”: timeout shortened from %2 s to %3 s</source>
        <translation>„%1“: Zeitlimit von %2 s auf %3 s verkürzt</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../ui/policyeditor.cpp" line="31"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="46"/>
        <source>Policies</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="47"/>
        <source>&amp;Add policy</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="48"/>
        <source>Add policy</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="49"/>
        <source>Remo&amp;ve policy</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="50"/>
        <source>Remove policy</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="67"/>
        <source>Policy name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="73"/>
        <source>Match connector</source>
        <translation>Passender Konnektor</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="74"/>
        <location filename="../ui/policyeditor.cpp" line="77"/>
        <location filename="../ui/policyeditor.cpp" line="78"/>
        <location filename="../ui/policyeditor.cpp" line="79"/>
        <location filename="../ui/policyeditor.cpp" line="80"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="77"/>
        <source>Match pipeline</source>
        <translation>Passende Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="78"/>
        <source>Match stage</source>
        <translation>Passende Stufe</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="79"/>
        <source>Match environment</source>
        <translation>Passende Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="80"/>
        <source>Match kind</source>
        <translation>Passende Art</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="81"/>
        <source>check, gate, task, pausedrun, fanin, generic, ...</source>
        <translation>check, gate, task, pausedrun, fanin, generic, ...</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="82"/>
        <source>Delay before evaluation</source>
        <translation>Verzögerung vor der Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="83"/>
        <source>Sampling interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="84"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="87"/>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="88"/>
        <source>Evaluation cap</source>
        <translation>Höchstzahl der Auswertungen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="90"/>
        <source>Order of gates and approval</source>
        <translation>Reihenfolge von Gates und Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="94"/>
        <source>Gates first, then a person approves</source>
        <translation>Erst Gates, dann eine Person</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="96"/>
        <source>A person approves first, then the gates</source>
        <translation>Erst eine Person, dann Gates</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="98"/>
        <source>Gates only, no person</source>
        <translation>Nur Gates, keine Person</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="101"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="109"/>
        <source>Add &amp;gate</source>
        <translation>&amp;Gate hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="110"/>
        <source>Add gate</source>
        <translation>Gate hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="111"/>
        <source>Remove ga&amp;te</source>
        <translation>Ga&amp;te entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="112"/>
        <source>Remove gate</source>
        <translation>Gate entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="129"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="132"/>
        <source>Match co&amp;nnector:</source>
        <translation>K&amp;onnektor:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="135"/>
        <source>Match p&amp;ipeline:</source>
        <translation>P&amp;ipeline:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="137"/>
        <source>Match &amp;stage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="140"/>
        <source>Match &amp;environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="142"/>
        <source>Match kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="145"/>
        <source>&amp;Delay before evaluation:</source>
        <translation>&amp;Verzögerung vor der Auswertung:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="148"/>
        <source>Sampling inter&amp;val:</source>
        <translation>Prüfinter&amp;vall:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="150"/>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="153"/>
        <source>Eva&amp;luation cap:</source>
        <translation>Höchstzahl der Aus&amp;wertungen:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="155"/>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="156"/>
        <source>Whoever requested a run cannot approve it</source>
        <translation>Antragsteller darf nicht genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="158"/>
        <source>Four eyes</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="159"/>
        <source>Four e&amp;yes:</source>
        <translation>Vier-Augen-&amp;Prinzip:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="163"/>
        <source>Approvals needed</source>
        <translation>Erforderliche Genehmigungen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="165"/>
        <source>Distinct people who must approve; one rejection rejects</source>
        <translation>Verschiedene Personen, die genehmigen müssen; eine Ablehnung lehnt ab</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="166"/>
        <source>Approvals &amp;needed:</source>
        <translation>Er&amp;forderliche Genehmigungen:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="170"/>
        <source>Who may decide</source>
        <translation>Wer entscheiden darf</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="171"/>
        <source>anyone</source>
        <translation>jeder</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="172"/>
        <source>Comma-separated: users on a single seat; PostgreSQL roles in team mode (members of a listed role count)</source>
        <translation>Durch Kommas getrennt: Benutzer bei Einzelplatzbetrieb; PostgreSQL-Rollen im Teammodus (Mitglieder einer aufgeführten Rolle zählen)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="174"/>
        <source>Who may de&amp;cide:</source>
        <translation>Wer ents&amp;cheiden darf:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="176"/>
        <source>Gates:</source>
        <translation>Gates:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="179"/>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="207"/>
        <source>Policies are checked as the policy file is and apply at once to pending and new approvals.</source>
        <translation>Regeln werden wie die Regeldatei geprüft und gelten sofort für offene und neue Genehmigungen.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="209"/>
        <source>Policies are checked as the policy file is and apply when Gatehouse starts again.</source>
        <translation>Regeln werden wie die Regeldatei geprüft und gelten nach dem nächsten Start von Gatehouse.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="365"/>
        <source>New policy</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="367"/>
        <source>New policy %1</source>
        <translation>Neue Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="374"/>
        <source>health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="406"/>
        <source>gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="475"/>
        <source>secrets can be stored only while Gatehouse runs</source>
        <translation>Secrets können nur gespeichert werden, während Gatehouse läuft</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="491"/>
        <source>could not be stored in the vault</source>
        <translation>konnte nicht im Tresor gespeichert werden</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="465"/>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="44"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="48"/>
        <location filename="../app/gates/policyfile.cpp" line="193"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="52"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="63"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="75"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="87"/>
        <location filename="../app/gates/policyfile.cpp" line="259"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="96"/>
        <source>is not a known field (known: %1)</source>
        <translation>ist kein bekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="110"/>
        <location filename="../app/gates/policyfile.cpp" line="416"/>
        <location filename="../app/gates/policyfile.cpp" line="492"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="137"/>
        <source>must be a time as HH:mm</source>
        <translation>muss eine Uhrzeit im Format HH:mm sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="154"/>
        <source>must be a non-empty list of days (&quot;mon&quot; .. &quot;sun&quot;)</source>
        <translation>muss eine nicht leere Liste von Tagen sein (&quot;mon&quot; .. &quot;sun&quot;)</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="161"/>
        <source>&apos;%1&apos; is not a day; use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>&apos;%1&apos; ist kein Tag; verwenden Sie mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="176"/>
        <source>must be GET, POST, PUT or HEAD</source>
        <translation>muss GET, POST, PUT oder HEAD sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="183"/>
        <location filename="../app/gates/policyfile.cpp" line="339"/>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="187"/>
        <source>must be an object of name: value</source>
        <translation>muss ein Objekt aus Name: Wert sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="225"/>
        <source>a count gate needs min, max or both</source>
        <translation>ein count-Gate braucht min, max oder beides</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="227"/>
        <source>must not be greater than max</source>
        <translation>darf nicht größer als max sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="236"/>
        <source>must differ from &apos;from&apos;</source>
        <translation>muss sich von &apos;from&apos; unterscheiden</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="241"/>
        <source>&apos;%1&apos; is not an IANA time zone such as Europe/Berlin</source>
        <translation>&apos;%1&apos; ist keine IANA-Zeitzone wie Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="246"/>
        <source>must be http, count or timeWindow</source>
        <translation>muss http, count oder timeWindow sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="270"/>
        <location filename="../app/gates/policyfile.cpp" line="277"/>
        <source>must be a list of user or role names (1 to 63 characters)</source>
        <translation>muss eine Liste von Benutzer- oder Rollennamen sein (1 bis 63 Zeichen)</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="288"/>
        <source>must be a list of chat channels</source>
        <translation>muss eine Liste von Chat-Kanälen sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="305"/>
        <source>must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>muss aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="314"/>
        <source>must be slack, slackApi or teams</source>
        <translation>muss slack, slackApi oder teams sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="322"/>
        <source>must name a stored secret as ${secret:NAME}: a bot token is a credential</source>
        <translation>muss ein gespeichertes Secret als ${secret:NAME} nennen: ein Bot-Token ist ein Zugangsdatum</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="324"/>
        <source>must name a stored secret as ${secret:NAME}: a webhook URL is a credential</source>
        <translation>muss ein gespeichertes Secret als ${secret:NAME} nennen: eine Webhook-URL ist ein Zugangsdatum</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="331"/>
        <source>must be a Slack channel id such as C0123456789</source>
        <translation>muss eine Slack-Kanal-ID sein, etwa C0123456789</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="383"/>
        <source>must be gatesOnly, gatesThenApproval or approvalThenGates</source>
        <translation>muss gatesOnly, gatesThenApproval oder approvalThenGates sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="390"/>
        <source>must be newest or none</source>
        <translation>muss newest oder none sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="397"/>
        <source>must be reject, approve or leave</source>
        <translation>muss reject, approve oder leave sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="409"/>
        <source>must be a non-empty list of gates</source>
        <translation>muss eine nicht leere Liste von Gates sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="482"/>
        <source>is required and must be a list</source>
        <translation>ist erforderlich und muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="502"/>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="309"/>
        <location filename="../app/gates/policyfile.cpp" line="423"/>
        <source>&apos;%1&apos; is used twice in this policy</source>
        <translation>&apos;%1&apos; wird in dieser Regel doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="448"/>
        <source>cannot read the policy file %1: %2</source>
        <translation>Regeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="473"/>
        <source>the policy file is not JSON: %1 at offset %2</source>
        <translation>die Regeldatei ist kein JSON: %1 an Position %2</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <location filename="../app/service/policysettings.cpp" line="29"/>
        <source>cannot read the policy file %1: %2</source>
        <translation>Regeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/service/policysettings.cpp" line="35"/>
        <source>the policy file %1 has no list of policies</source>
        <translation>die Regeldatei %1 enthält keine Liste von Regeln</translation>
    </message>
    <message>
        <location filename="../app/service/policysettings.cpp" line="72"/>
        <source>carries a credential: add it as a secret header, so that it is kept in the vault and not in clear</source>
        <translation>enthält Zugangsdaten: fügen Sie ihn als geheimen Header hinzu, damit er im Tresor liegt und nicht im Klartext</translation>
    </message>
    <message>
        <location filename="../app/service/policysettings.cpp" line="96"/>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../app/service/policysettings.cpp" line="118"/>
        <location filename="../app/service/policysettings.cpp" line="124"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PreApprovalDialog</name>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="33"/>
        <source>Approve a scheduled run ahead</source>
        <translation>Geplanten Lauf vorab genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="34"/>
        <source>The first run of this pipeline, stage and environment that waits before the time below is approved in your name.</source>
        <translation>Der erste Lauf dieser Pipeline, Stufe und Umgebung, der vor dem unten angegebenen Zeitpunkt wartet, wird in Ihrem Namen genehmigt.</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="39"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="41"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="43"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="45"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="46"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="48"/>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="49"/>
        <source>At once</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="50"/>
        <source>At a time</source>
        <translation>Zu einem Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="51"/>
        <source>In the next change window</source>
        <translation>Im nächsten Änderungsfenster</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="52"/>
        <source>Release at</source>
        <translation>Freigabe um</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="60"/>
        <source>Approve ahead</source>
        <translation>Vorab genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="72"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="73"/>
        <source>S&amp;tage</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="74"/>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="75"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="76"/>
        <source>&amp;Valid until</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="77"/>
        <source>&amp;Release</source>
        <translation>&amp;Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="78"/>
        <source>Release &amp;at</source>
        <translation>Freigabe u&amp;m</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="129"/>
        <source>no GitHub App private key: set github/privateKeyFile or store the key in Settings</source>
        <translation>kein privater Schlüssel für die GitHub-App: github/privateKeyFile setzen oder den Schlüssel in den Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="135"/>
        <source>cannot read the GitHub App private key %1</source>
        <translation>der private Schlüssel %1 der GitHub-App kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="141"/>
        <source>the GitHub App private key %1 is readable by others; run chmod 600 on it</source>
        <translation>der private Schlüssel %1 der GitHub-App ist für andere lesbar; führen Sie chmod 600 darauf aus</translation>
    </message>
</context>
<context>
    <name>RejectBar</name>
    <message>
        <location filename="../ui/rejectbar.cpp" line="17"/>
        <source>Reason (optional), Enter to reject, Esc to cancel</source>
        <translation>Begründung (optional), Eingabe lehnt ab, Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="18"/>
        <source>Reason for rejecting</source>
        <translation>Begründung der Ablehnung</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="20"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="22"/>
        <source>Confirm reject</source>
        <translation>Ablehnung bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="23"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="24"/>
        <source>Cancel reject</source>
        <translation>Ablehnung abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rejectbar.cpp" line="42"/>
        <source>Reject %n approvals?</source>
        <translation>
            <numerusform>%n Genehmigung ablehnen?</numerusform>
            <numerusform>%n Genehmigungen ablehnen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseAtDialog</name>
    <message>
        <location filename="../ui/releaseatdialog.cpp" line="12"/>
        <source>Approve, release at</source>
        <translation>Genehmigen, Freigabe um</translation>
    </message>
    <message>
        <location filename="../ui/releaseatdialog.cpp" line="13"/>
        <source>Approve “%1” now; its callback goes out at:</source>
        <translation>„%1“ jetzt genehmigen; der Callback geht hinaus um:</translation>
    </message>
    <message>
        <location filename="../ui/releaseatdialog.cpp" line="20"/>
        <source>Release time</source>
        <translation>Freigabezeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/releaseatdialog.cpp" line="23"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
</context>
<context>
    <name>ReleaseAtText</name>
    <message>
        <location filename="../app/cli/releaseattext.cpp" line="30"/>
        <source>--release-at must be &quot;window&quot;, a local time such as &quot;2026-12-01 22:00&quot; or an ISO 8601 time with its zone; &apos;%1&apos; is none of them</source>
        <translation>--release-at muss „window“, eine lokale Zeit wie „2026-12-01 22:00“ oder eine ISO-8601-Zeit mit Zeitzone sein; „%1“ ist nichts davon</translation>
    </message>
</context>
<context>
    <name>ReleaseControls</name>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="16"/>
        <source>Approve &amp;later</source>
        <translation>&amp;Später genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="17"/>
        <source>Approve later</source>
        <translation>Später genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="18"/>
        <source>Approve now and send the callback at a time you choose</source>
        <translation>Jetzt genehmigen und den Callback zu einem gewählten Zeitpunkt senden</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="22"/>
        <source>Approve, release at…</source>
        <translation>Genehmigen, Freigabe um…</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="23"/>
        <source>Approve for the next change window</source>
        <translation>Für das nächste Änderungsfenster genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="25"/>
        <location filename="../ui/releasecontrols.cpp" line="26"/>
        <source>Cancel release</source>
        <translation>Freigabe abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="27"/>
        <source>Withdraw the approval before its release; the item waits again</source>
        <translation>Die Genehmigung vor ihrer Freigabe zurückziehen; der Eintrag wartet wieder</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/secretfield.cpp" line="12"/>
        <location filename="../ui/secretfield.cpp" line="31"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="13"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="18"/>
        <source>Secret of %1</source>
        <translation>Secret von %1</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="20"/>
        <source>Show the secret of %1</source>
        <translation>Secret von %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="21"/>
        <source>Copy the secret of %1</source>
        <translation>Secret von %1 kopieren</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="31"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SecurityLogDialog</name>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="19"/>
        <source>Security log</source>
        <translation>Sicherheitsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="20"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="20"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="20"/>
        <source>What</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="22"/>
        <source>Security events</source>
        <translation>Sicherheitsereignisse</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Gatehouse settings</source>
        <translation>Gatehouse-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="37"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>&amp;Connectors</source>
        <translation>&amp;Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <source>Policies</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>&amp;Policies</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="53"/>
        <source>Settings message</source>
        <translation>Meldung der Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="110"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="125"/>
        <source>Nothing was saved: correct the marked field.</source>
        <translation>Nichts wurde gespeichert: korrigieren Sie das markierte Feld.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="165"/>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="196"/>
        <source>Settings saved. Some of them apply when Gatehouse starts again.</source>
        <translation>Einstellungen gespeichert. Einige gelten erst nach dem nächsten Start von Gatehouse.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="198"/>
        <source>Settings saved and applied.</source>
        <translation>Einstellungen gespeichert und angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="206"/>
        <source>Save policy changes?</source>
        <translation>Regeländerungen speichern?</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="207"/>
        <source>These changes apply at once, also to approvals that wait now:</source>
        <translation>Diese Änderungen gelten sofort, auch für Genehmigungen, die jetzt warten:</translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <location filename="../ui/sidebardelegate.cpp" line="71"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="45"/>
        <source>Needs me</source>
        <translation>Für mich</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="47"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="16"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="18"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="17"/>
        <source>Human tasks</source>
        <translation>Menschliche Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="22"/>
        <source>Paused runs</source>
        <translation>Pausierte Läufe</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="21"/>
        <source>Fan-in</source>
        <translation>Fan-in</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="53"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="54"/>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="57"/>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="84"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="87"/>
        <source>%1: %n failed</source>
        <translation>
            <numerusform>%1: %n fehlgeschlagen</numerusform>
            <numerusform>%1: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="89"/>
        <source>%1: %n decided</source>
        <translation>
            <numerusform>%1: %n entschieden</numerusform>
            <numerusform>%1: %n entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="90"/>
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1: %n offen</numerusform>
            <numerusform>%1: %n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="93"/>
        <source>%n waiting for you, the soonest deadline first</source>
        <translation>
            <numerusform>%n wartet auf Sie, die früheste Frist zuerst</numerusform>
            <numerusform>%n warten auf Sie, die früheste Frist zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="95"/>
        <source>%n decisions whose callback failed; Ctrl+R retries</source>
        <translation>
            <numerusform>%n Entscheidung, deren Callback fehlgeschlagen ist; Strg+R wiederholt</numerusform>
            <numerusform>%n Entscheidungen, deren Callback fehlgeschlagen ist; Strg+R wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="97"/>
        <source>%n you have taken (Ctrl+T takes or releases one)</source>
        <translation>
            <numerusform>%n von Ihnen übernommen (Strg+T übernimmt oder gibt eine ab)</numerusform>
            <numerusform>%n von Ihnen übernommen (Strg+T übernimmt oder gibt eine ab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="98"/>
        <source>%n decided approvals</source>
        <translation>
            <numerusform>%n entschiedene Genehmigung</numerusform>
            <numerusform>%n entschiedene Genehmigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="99"/>
        <source>%n waiting for a decision</source>
        <translation>
            <numerusform>%n wartet auf eine Entscheidung</numerusform>
            <numerusform>%n warten auf eine Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="20"/>
        <source>GitHub rules</source>
        <translation>GitHub-Regeln</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="23"/>
        <source>GitHub reviews</source>
        <translation>GitHub-Reviews</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="17"/>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="19"/>
        <source>Jenkins inputs</source>
        <translation>Jenkins-Eingaben</translation>
    </message>
</context>
<context>
    <name>TaskHooks</name>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeploytaskhook.cpp" line="54"/>
        <source>Task announced in chat with approve and reject links</source>
        <translation>Aufgabe im Chat mit Links zum Genehmigen und Ablehnen angekündigt</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../models/timelinemodel.cpp" line="35"/>
        <source>Click to fold these lines</source>
        <translation>Klicken, um diese Zeilen zusammenzufassen</translation>
    </message>
    <message>
        <location filename="../models/timelinemodel.cpp" line="35"/>
        <source>Click to show each line</source>
        <translation>Klicken, um jede Zeile anzuzeigen</translation>
    </message>
</context>
<context>
    <name>TimelinePresentation</name>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="118"/>
        <source>Delivered to %1 ✓</source>
        <translation>An %1 zugestellt ✓</translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="121"/>
        <source>Delivery to %1 failed ✗</source>
        <translation>Zustellung an %1 fehlgeschlagen ✗</translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="125"/>
        <source>Delivering to %1…</source>
        <translation>Wird an %1 zugestellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/timelinepresentation.cpp" line="128"/>
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n Zeile</numerusform>
            <numerusform>%1 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="136"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="137"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="139"/>
        <source>Gates %1 ×%2 since %3 (%4 of %5 green)</source>
        <translation>Gates %1 ×%2 seit %3 (%4 von %5 grün)</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="206"/>
        <source>Open Gatehouse</source>
        <translation>Gatehouse öffnen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="207"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="52"/>
        <source>Gatehouse tray menu</source>
        <translation>Gatehouse-Menü im Infobereich</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="120"/>
        <source>Gatehouse: nothing waits</source>
        <translation>Gatehouse: nichts wartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="121"/>
        <source>Gatehouse: %n pending approvals</source>
        <translation>
            <numerusform>Gatehouse: %n offene Genehmigung</numerusform>
            <numerusform>Gatehouse: %n offene Genehmigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="170"/>
        <source>Nothing waits for a decision</source>
        <translation>Nichts wartet auf eine Entscheidung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="171"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="183"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="188"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="203"/>
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n weitere im Fenster…</numerusform>
            <numerusform>%n weitere im Fenster…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="239"/>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="240"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="247"/>
        <source>About to expire</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="248"/>
        <source>%1 expires in %n min</source>
        <translation>
            <numerusform>%1 läuft in %n Min. ab</numerusform>
            <numerusform>%1 läuft in %n Min. ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="256"/>
        <source>Fan-in timed out</source>
        <translation>Fan-in abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="257"/>
        <source>Fan-in %1 %2 timed out</source>
        <translation>Fan-in %1 %2 ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="258"/>
        <source>Fan-in %1 %2 timed out: missing %3</source>
        <translation>Fan-in %1 %2 ist abgelaufen: es fehlen %3</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="268"/>
        <source>New approval</source>
        <translation>Neue Genehmigung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="270"/>
        <source>%n new approvals</source>
        <translation>
            <numerusform>%n neue Genehmigung</numerusform>
            <numerusform>%n neue Genehmigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCountdown</name>
    <message>
        <location filename="../ui/undocountdown.cpp" line="10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/undocountdown.cpp" line="13"/>
        <source>Decision countdown</source>
        <translation>Countdown der Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/undocountdown.cpp" line="14"/>
        <source>Undo the decision</source>
        <translation>Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/undocountdown.cpp" line="15"/>
        <source>Take the decision back before it is recorded (Ctrl+Z)</source>
        <translation>Die Entscheidung zurücknehmen, bevor sie gespeichert wird (Strg+Z)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/undocountdown.cpp" line="35"/>
        <source>Approving %1 in %n s</source>
        <translation>
            <numerusform>%1: Genehmigung in %n s</numerusform>
            <numerusform>%1: Genehmigung in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/undocountdown.cpp" line="36"/>
        <source>Rejecting %1 in %n s</source>
        <translation>
            <numerusform>%1: Ablehnung in %n s</numerusform>
            <numerusform>%1: Ablehnung in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/undocountdown.cpp" line="38"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n weitere wartet)</numerusform>
            <numerusform>(%n weitere warten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <location filename="../app/connectors/azure/azuregatehook.cpp" line="26"/>
        <source>Evaluation %1: answered %2</source>
        <translation>Auswertung %1: %2 geantwortet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="256"/>
        <source>Gatehouse is starting…
If the keyring asks for its password, answer it: Gatehouse uses its key file when the keyring does not answer.</source>
        <translation>Gatehouse startet…
Wenn der Schlüsselbund nach seinem Passwort fragt, geben Sie es ein: Gatehouse verwendet seine Schlüsseldatei, wenn der Schlüsselbund nicht antwortet.</translation>
    </message>
</context>
</TS>
