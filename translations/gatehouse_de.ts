<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../models/approvaltablemodel.cpp" line="16"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="18"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="20"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="21"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="41"/>
        <source>Pending, evaluated once</source>
        <translation>Offen, einmal ausgewertet</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="44"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="46"/>
        <source>Gates green, waiting for approval</source>
        <translation>Gates grün, wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="47"/>
        <source>Waiting for gates (%1/%2 green)</source>
        <translation>Warten auf Gates (%1/%2 grün)</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="55"/>
        <source>%1, %2 min left</source>
        <translation>%1, noch %2 min</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="62"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="64"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="66"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="67"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="71"/>
        <source>%1, delivering</source>
        <translation>%1, wird zugestellt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="73"/>
        <source>%1, delivery failed</source>
        <translation>%1, Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="75"/>
        <source>%1, delivered</source>
        <translation>%1, zugestellt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="85"/>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="87"/>
        <source>tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="89"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="91"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="93"/>
        <source>policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="95"/>
        <source>timeout</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="147"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="149"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="151"/>
        <source>Human task</source>
        <translation>Menschliche Aufgabe</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="153"/>
        <source>Paused run</source>
        <translation>Pausierter Lauf</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="155"/>
        <source>Fan-in</source>
        <translation>Fan-in</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="157"/>
        <source>Generic</source>
        <translation>Generisch</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="198"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="198"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="213"/>
        <source>%1: %2 of %3 approved, waiting</source>
        <translation>%1: %2 von %3 genehmigt, wartet</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="215"/>
        <source>%1: all %2 approved</source>
        <translation>%1: alle %2 genehmigt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="217"/>
        <source>%1: failed, %2 of %3 rejected or expired</source>
        <translation>%1: fehlgeschlagen, %2 von %3 abgelehnt oder abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="288"/>
        <source>%1 of %2 approved</source>
        <translation>%1 von %2 genehmigt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="290"/>
        <source>all %1 approved</source>
        <translation>alle %1 genehmigt</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="292"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="374"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="376"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="378"/>
        <source>Pipeline / stage / env.</source>
        <translation>Pipeline / Stufe / Umg.</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="390"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="392"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="394"/>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="396"/>
        <source>From</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="398"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="380"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="42"/>
        <source>Pending, evaluated %n times</source>
        <translation>
            <numerusform>Offen, %n-mal ausgewertet</numerusform>
            <numerusform>Offen, %n-mal ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="382"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="384"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="386"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="388"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AzureChecksConnector</name>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="323"/>
        <source>Gatehouse received the check; waiting for approval</source>
        <translation>Gatehouse hat die Prüfung empfangen; wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="331"/>
        <source>Azure Pipelines check: %1</source>
        <translation>Azure-Pipelines-Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="332"/>
        <source>Azure Pipelines check, build %1</source>
        <translation>Azure-Pipelines-Prüfung, Build %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="333"/>
        <source>Azure Pipelines check, run %1</source>
        <translation>Azure-Pipelines-Prüfung, Lauf %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="392"/>
        <source>Azure Pipelines gate: %1</source>
        <translation>Azure-Pipelines-Gate: %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="393"/>
        <source>Azure Pipelines gate %1</source>
        <translation>Azure-Pipelines-Gate %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="407"/>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="409"/>
        <source>Expired: no decision before the deadline</source>
        <translation>Abgelaufen: keine Entscheidung vor der Frist</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="410"/>
        <source>Rejected by %1</source>
        <translation>Abgelehnt von %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azurechecksconnector.cpp" line="427"/>
        <source> (job token expired)</source>
        <translation> (Job-Token abgelaufen)</translation>
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
        <location filename="../ui/connectdialog.cpp" line="45"/>
        <source>Generic webhook</source>
        <translation>Generischer Webhook</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="59"/>
        <source>Required: title and callbackUrl. Gatehouse posts the decision as JSON (id, externalId, decision, decidedBy, comment, decidedAt) to callbackUrl. The same externalId updates the approval instead of creating a twin.</source>
        <translation>Pflichtfelder: title und callbackUrl. Gatehouse sendet die Entscheidung als JSON (id, externalId, decision, decidedBy, comment, decidedAt) an callbackUrl. Dieselbe externalId aktualisiert die Genehmigung, statt eine doppelte anzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="63"/>
        <source>Azure Pipelines check</source>
        <translation>Azure-Pipelines-Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="68"/>
        <source>Invoke REST API check on a Generic service connection pointing at %1, URL suffix /hooks/azure/check. Completion event: Callback; time between evaluations: 0; timeout: as long as the operator may take.</source>
        <translation>Prüfung „Invoke REST API“ über eine generische Dienstverbindung zu %1, URL-Suffix /hooks/azure/check. Abschlussereignis: Callback; Zeit zwischen Auswertungen: 0; Zeitlimit: so lange, wie der Bediener brauchen darf.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="73"/>
        <source>Azure gate (ApiResponse)</source>
        <translation>Azure-Gate (ApiResponse)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="76"/>
        <source>Completion event: ApiResponse. Success criterion: eq(root[&apos;status&apos;], &apos;approved&apos;). Timeout / time between evaluations at most 10. For classic release gates add the header &quot;GatehouseKey&quot;: &quot;$(Release.ReleaseId)-$(Release.EnvironmentId)&quot;. Add &quot;GatehouseInterval&quot; and &quot;GatehouseTimeout&quot; (minutes, as configured in Azure) to see the evaluations and the time left.</source>
        <translation>Abschlussereignis: ApiResponse. Erfolgskriterium: eq(root[&apos;status&apos;], &apos;approved&apos;). Zeitlimit / Zeit zwischen Auswertungen höchstens 10. Für klassische Release-Gates den Header &quot;GatehouseKey&quot;: &quot;$(Release.ReleaseId)-$(Release.EnvironmentId)&quot; hinzufügen. &quot;GatehouseInterval&quot; und &quot;GatehouseTimeout&quot; (Minuten, wie in Azure konfiguriert) hinzufügen, um die Auswertungen und die verbleibende Zeit zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="82"/>
        <source>FlexDeploy human task</source>
        <translation>Menschliche Aufgabe in FlexDeploy</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="89"/>
        <source>Call this from a FlexDeploy notification or plugin step when a human task is created. Gatehouse approves or rejects the task through FlexDeploy&apos;s task REST API with the credentials set for the FlexDeploy connector.</source>
        <translation>Aus einer FlexDeploy-Benachrichtigung oder einem Plugin-Schritt aufrufen, sobald eine menschliche Aufgabe entsteht. Gatehouse genehmigt oder lehnt die Aufgabe über die Aufgaben-REST-API von FlexDeploy ab, mit den Zugangsdaten des FlexDeploy-Konnektors.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="93"/>
        <source>Paused pipeline</source>
        <translation>Pausierte Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="100"/>
        <source>The first pipeline pauses with this call; &quot;target&quot; names a restart target from the settings. The answer carries a single-use restart link; approving in the console starts the second pipeline with &quot;data&quot;.</source>
        <translation>Die erste Pipeline pausiert mit diesem Aufruf; &quot;target&quot; nennt ein Neustartziel aus den Einstellungen. Die Antwort enthält einen einmal gültigen Neustart-Link; eine Genehmigung in der Konsole startet die zweite Pipeline mit &quot;data&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="105"/>
        <source>Operator API</source>
        <translation>Bediener-API</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="111"/>
        <source>For scripts and chat bots: /approve or /reject decides, /retry-delivery retries, GET /api/approvals lists. The operator token is under File &gt; Copy operator token.</source>
        <translation>Für Skripte und Chatbots: /approve oder /reject entscheidet, /retry-delivery wiederholt die Zustellung, GET /api/approvals listet auf. Das Bediener-Token finden Sie unter Datei &gt; Bediener-Token kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="121"/>
        <location filename="../ui/connectdialog.cpp" line="122"/>
        <source>How to connect</source>
        <translation>So verbinden Sie</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="124"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="145"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="146"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="147"/>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="156"/>
        <location filename="../ui/connectdialog.cpp" line="157"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="157"/>
        <source>%1 URL:</source>
        <translation>%1-URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="172"/>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="171"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="172"/>
        <source>headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="175"/>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="181"/>
        <source>Sample payload:</source>
        <translation>Beispiel-Nutzlast:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="182"/>
        <source>Sample payload</source>
        <translation>Beispiel-Nutzlast</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="182"/>
        <source>payload</source>
        <translation>Nutzlast</translation>
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
    <name>ConnectorNames</name>
    <message>
        <location filename="../ui/connectornames.cpp" line="6"/>
        <source>Generic</source>
        <translation>Generisch</translation>
    </message>
    <message>
        <location filename="../ui/connectornames.cpp" line="12"/>
        <source>Paused pipelines</source>
        <translation>Pausierte Pipelines</translation>
    </message>
    <message>
        <location filename="../ui/connectornames.cpp" line="14"/>
        <source>Fan-in</source>
        <translation>Fan-in</translation>
    </message>
</context>
<context>
    <name>ConnectorSettings</name>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="134"/>
        <source>must be token, hmac-sha256, standard-webhooks or none</source>
        <translation>muss token, hmac-sha256, standard-webhooks oder none sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="142"/>
        <source>must be an HTTP header name such as X-Hub-Signature-256</source>
        <translation>muss ein HTTP-Header-Name wie X-Hub-Signature-256 sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="150"/>
        <source>must not contain spaces or control characters</source>
        <translation>darf keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="155"/>
        <source>a Standard Webhooks secret is whsec_ followed by base64 of at least 16 bytes: press Generate</source>
        <translation>ein Standard-Webhooks-Secret ist whsec_ gefolgt von Base64 aus mindestens 16 Bytes: klicken Sie auf Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="158"/>
        <source>must be at least 16 characters long</source>
        <translation>muss mindestens 16 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="163"/>
        <source>switching to or from Standard Webhooks needs a new secret: press Generate</source>
        <translation>der Wechsel zu oder von Standard Webhooks braucht ein neues Secret: klicken Sie auf Erzeugen</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="168"/>
        <location filename="../app/service/connectorsettings.cpp" line="172"/>
        <location filename="../app/service/connectorsettings.cpp" line="174"/>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="170"/>
        <source>must be from 1 to %1 minutes</source>
        <translation>muss zwischen 1 und %1 Minuten liegen</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="178"/>
        <source>needs both a user name and a password</source>
        <translation>braucht einen Benutzernamen und ein Passwort</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="181"/>
        <source>the user name must not contain &apos;:&apos;</source>
        <translation>der Benutzername darf kein &apos;:&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="189"/>
        <source>no such restart target</source>
        <translation>kein solches Neustartziel</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="197"/>
        <source>secrets can be stored only while Gatehouse runs</source>
        <translation>Secrets können nur gespeichert werden, während Gatehouse läuft</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="215"/>
        <location filename="../app/service/connectorsettings.cpp" line="223"/>
        <location filename="../app/service/connectorsettings.cpp" line="234"/>
        <source>could not be stored in the vault</source>
        <translation>konnte nicht im Tresor gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsPage</name>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="24"/>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="38"/>
        <source>%1 authentication scheme</source>
        <translation>Authentifizierungsverfahren von %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="39"/>
        <source>Shared token (Bearer, X-Gatehouse-Secret, Basic or ?code=)</source>
        <translation>Gemeinsames Token (Bearer, X-Gatehouse-Secret, Basic oder ?code=)</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="41"/>
        <source>HMAC-SHA256 signature of the body</source>
        <translation>HMAC-SHA256-Signatur des Inhalts</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="42"/>
        <source>Standard Webhooks signature</source>
        <translation>Standard-Webhooks-Signatur</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="43"/>
        <source>None: anyone who can reach the port</source>
        <translation>Keine: jeder, der den Port erreicht</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="44"/>
        <source>%1 signature header</source>
        <translation>Signatur-Header von %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="46"/>
        <source>%1 signature prefix</source>
        <translation>Signaturpräfix von %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="49"/>
        <source>%1 secret state</source>
        <translation>Zustand des Secrets von %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="50"/>
        <source>New %1 webhook secret</source>
        <translation>Neues Webhook-Secret für %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="52"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="53"/>
        <source>Generate a %1 webhook secret</source>
        <translation>Ein Webhook-Secret für %1 erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="54"/>
        <source>Makes a new random secret, puts it in the field and copies it to the clipboard for the sender; it is stored when you save.</source>
        <translation>Erzeugt ein neues zufälliges Secret, setzt es ins Feld und kopiert es für den Absender in die Zwischenablage; gespeichert wird es beim Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="66"/>
        <source>A new secret was generated and copied to the clipboard: configure the sender with it. It is stored when you save.</source>
        <translation>Ein neues Secret wurde erzeugt und in die Zwischenablage kopiert: richten Sie den Absender damit ein. Gespeichert wird es beim Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="80"/>
        <source>Inbound webhooks</source>
        <translation>Eingehende Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="82"/>
        <source>&amp;Scheme:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="84"/>
        <source>Signature &amp;header:</source>
        <translation>Signatur-&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="87"/>
        <source>Signature p&amp;refix:</source>
        <translation>Signatur&amp;präfix:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="88"/>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="89"/>
        <source>&amp;Replace secret:</source>
        <translation>Secret &amp;ersetzen:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="92"/>
        <source>Applies at once: the next webhook must use the new scheme and secret.</source>
        <translation>Gilt sofort: der nächste Webhook muss das neue Verfahren und Secret verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="99"/>
        <source>FlexDeploy server</source>
        <translation>FlexDeploy-Server</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="101"/>
        <source>FlexDeploy base URL</source>
        <translation>Basis-URL von FlexDeploy</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="103"/>
        <source>Chat webhook URL</source>
        <translation>URL des Chat-Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="104"/>
        <source>Slack-compatible incoming webhook (optional)</source>
        <translation>Slack-kompatibler eingehender Webhook (optional)</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="107"/>
        <source>FlexDeploy credentials state</source>
        <translation>Zustand der FlexDeploy-Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="108"/>
        <source>New FlexDeploy user name</source>
        <translation>Neuer FlexDeploy-Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="109"/>
        <source>New FlexDeploy password</source>
        <translation>Neues FlexDeploy-Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="116"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="118"/>
        <source>C&amp;hat webhook:</source>
        <translation>C&amp;hat-Webhook:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="120"/>
        <source>Credentials:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="121"/>
        <source>Replace cre&amp;dentials:</source>
        <translation>Zugangs&amp;daten ersetzen:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="123"/>
        <source>The base URL and the chat webhook apply when Gatehouse starts again; new credentials with the next delivery.</source>
        <translation>Basis-URL und Chat-Webhook gelten nach dem nächsten Start von Gatehouse; neue Zugangsdaten ab der nächsten Zustellung.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="130"/>
        <source>Restart targets</source>
        <translation>Neustartziele</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="134"/>
        <source>New credentials for restart target %1</source>
        <translation>Neue Zugangsdaten für das Neustartziel %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="141"/>
        <source>Targets are configured in the settings file (restartTargets/&lt;name&gt;/...). Credentials are a token or user:password; stored ones are never shown, and new ones apply with the next restart call.</source>
        <translation>Ziele werden in der Einstellungsdatei eingerichtet (restartTargets/&lt;Name&gt;/...). Zugangsdaten sind ein Token oder Benutzer:Passwort; gespeicherte werden nie angezeigt, neue gelten ab dem nächsten Neustartaufruf.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="150"/>
        <source>Fan-in groups</source>
        <translation>Fan-in-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="152"/>
        <source>Fan-in groups file</source>
        <translation>Datei der Fan-in-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="152"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="155"/>
        <source>Groups &amp;file:</source>
        <translation>Gruppen&amp;datei:</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="156"/>
        <source>The groups file is read when Gatehouse starts again.</source>
        <translation>Die Gruppendatei wird beim nächsten Start von Gatehouse gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="185"/>
        <source>Stored in the vault. Type a user name and password to replace them.</source>
        <translation>Im Tresor gespeichert. Geben Sie Benutzername und Passwort ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="186"/>
        <source>None stored: decisions are sent without credentials.</source>
        <translation>Keine gespeichert: Entscheidungen werden ohne Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="189"/>
        <source>GATEHOUSE_FLEXDEPLOY_CREDENTIALS is set and replaces them at every start.</source>
        <translation>GATEHOUSE_FLEXDEPLOY_CREDENTIALS ist gesetzt und ersetzt sie bei jedem Start.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="192"/>
        <location filename="../ui/connectorsettingspage.cpp" line="198"/>
        <location filename="../ui/connectorsettingspage.cpp" line="224"/>
        <source>stored — type to replace</source>
        <translation>gespeichert — zum Ersetzen eingeben</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="193"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="194"/>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="199"/>
        <source>none stored: token or user:password</source>
        <translation>keine gespeichert: Token oder Benutzer:Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="213"/>
        <source>Secrets can be changed only while Gatehouse runs.</source>
        <translation>Secrets können nur geändert werden, während Gatehouse läuft.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="215"/>
        <source>Stored in the vault (see File › Webhook secrets). Type or generate a new one to replace it.</source>
        <translation>Im Tresor gespeichert (siehe Datei › Webhook-Secrets). Geben Sie ein neues ein oder erzeugen Sie eines, um es zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="218"/>
        <source>None stored yet: one is generated when needed.</source>
        <translation>Noch keines gespeichert: bei Bedarf wird eines erzeugt.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="221"/>
        <source>%1 gives the secret in use; a secret stored here applies once it is gone.</source>
        <translation>%1 liefert das verwendete Secret; ein hier gespeichertes gilt erst, wenn es entfällt.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="225"/>
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
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="30"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="32"/>
        <source>Approve or reject</source>
        <translation>Genehmigen oder ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="44"/>
        <source>%1 of at most %2 (every %3 min, timeout %4 min)</source>
        <translation>%1 von höchstens %2 (alle %3 min, Zeitlimit %4 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="50"/>
        <source>%1 (every %2 min)</source>
        <translation>%1 (alle %2 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="52"/>
        <source>%1 (timeout %2 min)</source>
        <translation>%1 (Zeitlimit %2 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="55"/>
        <source>%1, %2 min left</source>
        <translation>%1, noch %2 min</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="78"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="81"/>
        <source>Selected approvals</source>
        <translation>Ausgewählte Genehmigungen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="87"/>
        <source>Comment or reason (optional)</source>
        <translation>Kommentar oder Begründung (optional)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="88"/>
        <source>Decision comment</source>
        <translation>Kommentar zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="89"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="90"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="91"/>
        <source>Approve the selected approval (Ctrl+Return)</source>
        <translation>Die ausgewählte Genehmigung erteilen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="92"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="93"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="94"/>
        <source>Reject the selected approval (Ctrl+Backspace)</source>
        <translation>Die ausgewählte Genehmigung ablehnen (Strg+Rücktaste)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="95"/>
        <source>Retry &amp;delivery</source>
        <translation>&amp;Zustellung wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="96"/>
        <source>Retry delivery</source>
        <translation>Zustellung wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="103"/>
        <location filename="../ui/detailpane.cpp" line="163"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="109"/>
        <location filename="../ui/detailpane.cpp" line="112"/>
        <source>Action links</source>
        <translation>Aktionslinks</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="116"/>
        <source>Issue &amp;new link</source>
        <translation>&amp;Neuen Link ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Issue new link</source>
        <translation>Neuen Link ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Make a new link for this approval and revoke its unused links</source>
        <translation>Einen neuen Link für diese Genehmigung ausstellen und ihre unbenutzten Links widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="122"/>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="123"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="124"/>
        <source>Copy the new link</source>
        <translation>Den neuen Link kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="177"/>
        <source>Link copied to the clipboard</source>
        <translation>Link in die Zwischenablage kopiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="204"/>
        <source>%n approvals selected</source>
        <translation>
            <numerusform>%n Genehmigung ausgewählt</numerusform>
            <numerusform>%n Genehmigungen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="206"/>
        <source>%n of them pending; Approve and Reject act on all pending ones</source>
        <translation>
            <numerusform>davon %n offen; Genehmigen und Ablehnen wirken auf alle offenen</numerusform>
            <numerusform>davon %n offen; Genehmigen und Ablehnen wirken auf alle offenen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="233"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="246"/>
        <source>%1 by %2 (%3) at %4</source>
        <translation>%1 von %2 (%3) am %4</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="259"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="260"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="261"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="262"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="263"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="264"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="265"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="267"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="269"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="271"/>
        <source>Last delivery error</source>
        <translation>Letzter Zustellfehler</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="273"/>
        <source>Restart run id</source>
        <translation>Lauf-ID des Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="284"/>
        <source>Sources arrived</source>
        <translation>Eingegangene Quellen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="285"/>
        <source>Sources missing</source>
        <translation>Fehlende Quellen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="286"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="289"/>
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="292"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="294"/>
        <source>all %1 green: waiting for a human approval</source>
        <translation>alle %1 grün: wartet auf manuelle Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="320"/>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="321"/>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="324"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="327"/>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="328"/>
        <source>Used %1</source>
        <translation>Verwendet %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="331"/>
        <source>replaced by a newer link</source>
        <translation>durch einen neueren Link ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="332"/>
        <source>Replaced %1</source>
        <translation>Ersetzt %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="371"/>
        <source>The earlier link no longer works.</source>
        <translation>Der frühere Link funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="372"/>
        <source>%1 earlier links no longer work.</source>
        <translation>%1 frühere Links funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="335"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="296"/>
        <source>%1 of %2 green after %n evaluations</source>
        <translation>
            <numerusform>%1 von %2 grün nach %n Auswertung</numerusform>
            <numerusform>%1 von %2 grün nach %n Auswertungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="336"/>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="339"/>
        <source>closed: already decided</source>
        <translation>geschlossen: bereits entschieden</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="367"/>
        <source>%1 link, expires %2. Copy it now: it is shown only once.</source>
        <translation>Link „%1“, läuft ab %2. Jetzt kopieren: Er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="376"/>
        <source>New link issued</source>
        <translation>Neuer Link ausgestellt</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/core/engine.cpp" line="168"/>
        <source>Received again from %1; details refreshed</source>
        <translation>Erneut von %1 empfangen; Angaben aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="169"/>
        <source>Received again from %1 after the decision; nothing changed</source>
        <translation>Nach der Entscheidung erneut von %1 empfangen; nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="190"/>
        <source>Received from %1; expires %2</source>
        <translation>Von %1 empfangen; läuft ab %2</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="192"/>
        <source>Received from %1</source>
        <translation>Von %1 empfangen</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="256"/>
        <location filename="../app/core/engine.cpp" line="364"/>
        <location filename="../app/core/engine.cpp" line="803"/>
        <source>Approval %1 does not exist</source>
        <translation>Genehmigung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="263"/>
        <location filename="../app/core/engine.cpp" line="311"/>
        <location filename="../app/core/engine.cpp" line="363"/>
        <source>Already %1 by %2</source>
        <translation>Bereits %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="276"/>
        <source>Its gates are not all green (%1 of %2): approving overrides them; say why in a comment</source>
        <translation>Nicht alle Gates sind grün (%1 von %2): Eine Genehmigung setzt sich darüber hinweg; bitte im Kommentar begründen</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="300"/>
        <location filename="../app/core/engine.cpp" line="355"/>
        <location filename="../app/core/engine.cpp" line="836"/>
        <source>The database is not available</source>
        <translation>Die Datenbank ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="315"/>
        <source>Expired: no decision before the deadline</source>
        <translation>Abgelaufen: keine Entscheidung vor der Frist</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="316"/>
        <source>%1 by %2 from %3</source>
        <translation>%1 von %2 über %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="317"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="318"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="321"/>
        <location filename="../app/core/engine.cpp" line="387"/>
        <source>: &quot;%1&quot;</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="330"/>
        <source>%1 queued for %2</source>
        <translation>%1 für %2 eingereiht</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="373"/>
        <source>Already approved by %1; the gates decide</source>
        <translation>Bereits von %1 genehmigt; die Gates entscheiden</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="384"/>
        <source>Approved by %1 from %2; the decision waits for the gates</source>
        <translation>Von %1 über %2 genehmigt; die Entscheidung wartet auf die Gates</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="451"/>
        <source>Delivery retried by hand</source>
        <translation>Zustellung von Hand wiederholt</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="577"/>
        <source>%1 delivered to %2: HTTP %3 (attempt %4)</source>
        <translation>%1 an %2 zugestellt: HTTP %3 (Versuch %4)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="608"/>
        <source>%1: the answer has no &apos;%2&apos;; calls that need it will not be sent</source>
        <translation>%1: Die Antwort enthält kein „%2“; Aufrufe, die es brauchen, werden nicht gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="616"/>
        <source>%1 answered with %2 %3</source>
        <translation>%1 antwortete mit %2 %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="649"/>
        <source>%1 to %2 failed: %3 (attempt %4, giving up)</source>
        <translation>%1 an %2 fehlgeschlagen: %3 (Versuch %4, aufgegeben)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="652"/>
        <source>%1 to %2 failed: %3 (attempt %4, next try %5)</source>
        <translation>%1 an %2 fehlgeschlagen: %3 (Versuch %4, nächster Versuch %5)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="764"/>
        <source>Action link issued (%1); expires %2</source>
        <translation>Aktionslink ausgestellt (%1); läuft ab %2</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="807"/>
        <source>Already %1: a new link could not decide anything</source>
        <translation>Bereits %1: Ein neuer Link könnte nichts mehr entscheiden</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="824"/>
        <source>The approval&apos;s deadline has passed: no new link</source>
        <translation>Die Frist der Genehmigung ist abgelaufen: kein neuer Link</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="851"/>
        <source>New action link (%1) issued by %2 from the console; expires %3</source>
        <translation>Neuer Aktionslink (%1) von %2 in der Konsole ausgestellt; läuft ab %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="723"/>
        <source>; the earlier link no longer works</source>
        <translation>; der frühere Link funktioniert nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="724"/>
        <source>; %1 earlier links no longer work</source>
        <translation>; %1 frühere Links funktionieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="906"/>
        <source>This link was already used at %1</source>
        <translation>Dieser Link wurde bereits am %1 verwendet</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="909"/>
        <source>This link was replaced by a newer one at %1</source>
        <translation>Dieser Link wurde am %1 durch einen neueren ersetzt</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="913"/>
        <source>This link expired at %1</source>
        <translation>Dieser Link ist am %1 abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="916"/>
        <source>Already %1 by %2 from %3</source>
        <translation>Bereits %1 von %2 über %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="934"/>
        <source>Action link from %1 refused: %2</source>
        <translation>Aktionslink von %1 zurückgewiesen: %2</translation>
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
        <location filename="../app/connectors/faningroupfile.cpp" line="16"/>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="26"/>
        <location filename="../app/connectors/faningroupfile.cpp" line="186"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="37"/>
        <location filename="../app/connectors/faningroupfile.cpp" line="86"/>
        <source>is not a known field (known: %1)</source>
        <translation>ist kein bekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="46"/>
        <source>must be POST, PUT, PATCH or GET</source>
        <translation>muss POST, PUT, PATCH oder GET sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="50"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="55"/>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="59"/>
        <source>must be an object of name: value</source>
        <translation>muss ein Objekt aus Name: Wert sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="64"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="95"/>
        <source>is required: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ist erforderlich: 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="99"/>
        <source>must be a non-empty list of source names</source>
        <translation>muss eine nicht leere Liste von Quellnamen sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="103"/>
        <source>must hold non-empty strings</source>
        <translation>darf nur nicht leere Zeichenketten enthalten</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="106"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="119"/>
        <source>must be a number of minutes above 0, at most a year</source>
        <translation>muss eine Minutenzahl über 0 und höchstens ein Jahr sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="130"/>
        <source>must be callback or approval</source>
        <translation>muss callback oder approval sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="137"/>
        <source>is required when onComplete is callback</source>
        <translation>ist erforderlich, wenn onComplete callback ist</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="144"/>
        <source>must name a header and a secret</source>
        <translation>muss einen Header und ein Secret nennen</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="157"/>
        <source>cannot read the fan-in groups file %1: %2</source>
        <translation>Fan-in-Gruppendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="169"/>
        <source>the fan-in groups file is not JSON: %1 at offset %2</source>
        <translation>die Fan-in-Gruppendatei ist kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="176"/>
        <source>field groups: is required and must be a list</source>
        <translation>Feld groups: ist erforderlich und muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/connectors/faningroupfile.cpp" line="192"/>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; wird doppelt verwendet</translation>
    </message>
</context>
<context>
    <name>FanInHandler</name>
    <message>
        <location filename="../app/receiver/faninhandler.cpp" line="82"/>
        <source>%1 reported after the fan-in ended (%2); ignored</source>
        <translation>%1 hat nach dem Ende des Fan-in gemeldet (%2); ignoriert</translation>
    </message>
    <message>
        <location filename="../app/receiver/faninhandler.cpp" line="84"/>
        <source>%1 reported again; ignored</source>
        <translation>%1 hat erneut gemeldet; ignoriert</translation>
    </message>
    <message>
        <location filename="../app/receiver/faninhandler.cpp" line="106"/>
        <source>%1 arrived (%2 of %3): all sources have reported</source>
        <translation>%1 eingegangen (%2 von %3): alle Quellen haben gemeldet</translation>
    </message>
    <message>
        <location filename="../app/receiver/faninhandler.cpp" line="110"/>
        <source>%1 arrived (%2 of %3); missing: %4</source>
        <translation>%1 eingegangen (%2 von %3); es fehlen: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/receiver/faninhandler.cpp" line="121"/>
        <source>All %n sources reported</source>
        <translation>
            <numerusform>%n von %n Quelle hat gemeldet</numerusform>
            <numerusform>Alle %n Quellen haben gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/receiver/faninhandler.cpp" line="124"/>
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
    <name>GateEditor</name>
    <message>
        <location filename="../ui/gateeditor.cpp" line="24"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="27"/>
        <source>Gate name</source>
        <translation>Name des Gates</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="30"/>
        <source>Gate kind</source>
        <translation>Art des Gates</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="31"/>
        <source>HTTP probe</source>
        <translation>HTTP-Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="32"/>
        <source>Count within a threshold</source>
        <translation>Anzahl innerhalb einer Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="33"/>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="36"/>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="39"/>
        <source>Probe URL</source>
        <translation>URL der Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="41"/>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="42"/>
        <source>One per line: Name: value</source>
        <translation>Einer pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="47"/>
        <source>Secret header name</source>
        <translation>Name des geheimen Headers</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="48"/>
        <source>Secret header value</source>
        <translation>Wert des geheimen Headers</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="48"/>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="50"/>
        <source>Add secret &amp;header</source>
        <translation>Geheimen &amp;Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="51"/>
        <source>Add secret header</source>
        <translation>Geheimen Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="52"/>
        <source>The value is sealed in the vault when you save; the headers name it as ${secret:NAME}.</source>
        <translation>Der Wert wird beim Speichern im Tresor versiegelt; die Header nennen ihn als ${secret:NAME}.</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="62"/>
        <source>Condition on the JSON answer</source>
        <translation>Bedingung an die JSON-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="64"/>
        <source>What to count</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="65"/>
        <source>Minimum count</source>
        <translation>Mindestanzahl</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="65"/>
        <location filename="../ui/gateeditor.cpp" line="66"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="66"/>
        <source>Maximum count</source>
        <translation>Höchstanzahl</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="70"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="70"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="70"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="70"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="79"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="80"/>
        <source>Window from</source>
        <translation>Fenster ab</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="81"/>
        <source>Window to</source>
        <translation>Fenster bis</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="82"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="83"/>
        <source>&amp;Inverse: green outside the window (a change freeze)</source>
        <translation>&amp;Umgekehrt: grün außerhalb des Fensters (ein Änderungsstopp)</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="84"/>
        <source>Inverse window</source>
        <translation>Umgekehrtes Fenster</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="93"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="94"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="95"/>
        <source>Met&amp;hod:</source>
        <translation>Met&amp;hode:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="96"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="97"/>
        <source>Head&amp;ers:</source>
        <translation>Head&amp;er:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="98"/>
        <source>Secret header:</source>
        <translation>Geheimer Header:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="99"/>
        <source>Con&amp;dition:</source>
        <translation>Be&amp;dingung:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="100"/>
        <source>Cou&amp;nt:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="101"/>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimum:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="102"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="103"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="104"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="105"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="106"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="261"/>
        <source>Name the gate, then give the header&apos;s name and value.</source>
        <translation>Benennen Sie das Gate, dann geben Sie Name und Wert des Headers an.</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="282"/>
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
        <location filename="../app/gates/gatesampler.cpp" line="185"/>
        <source>Gates did not pass within the timeout of %1 (no evaluation)</source>
        <translation>Gates nicht innerhalb des Zeitlimits von %1 bestanden (keine Auswertung)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="187"/>
        <source>Gates did not all pass within the timeout of %1 (%n evaluations; last: %2)</source>
        <translation>
            <numerusform>Nicht alle Gates innerhalb des Zeitlimits von %1 bestanden (%n Auswertung; zuletzt: %2)</numerusform>
            <numerusform>Nicht alle Gates innerhalb des Zeitlimits von %1 bestanden (%n Auswertungen; zuletzt: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="195"/>
        <location filename="../app/gates/gatesampler.cpp" line="321"/>
        <source>Gates did not all pass in %n evaluations, the policy&apos;s cap (last: %1)</source>
        <translation>
            <numerusform>Nicht alle Gates bestanden in %n Auswertung, dem Höchstwert der Regel (zuletzt: %1)</numerusform>
            <numerusform>Nicht alle Gates bestanden in %n Auswertungen, dem Höchstwert der Regel (zuletzt: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="256"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="257"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="257"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="287"/>
        <source>Gates evaluation %1: %2 of %3 green: %4</source>
        <translation>Gate-Auswertung %1: %2 von %3 grün: %4</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="293"/>
        <source>. All gates green: waiting for a human approval</source>
        <translation>. Alle Gates grün: wartet auf manuelle Genehmigung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="304"/>
        <source>Approved by %1, then all %n gates green in evaluation %2</source>
        <translation>
            <numerusform>Von %1 genehmigt, dann %n Gate grün in Auswertung %2</numerusform>
            <numerusform>Von %1 genehmigt, dann alle %n Gates grün in Auswertung %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="314"/>
        <source>All %n gates green in evaluation %1 (policy %2)</source>
        <translation>
            <numerusform>%n Gate grün in Auswertung %1 (Regel %2)</numerusform>
            <numerusform>Alle %n Gates grün in Auswertung %1 (Regel %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="308"/>
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
    <name>GroupMembersList</name>
    <message>
        <location filename="../ui/groupmemberslist.cpp" line="9"/>
        <source>Group members</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groupmemberslist.cpp" line="23"/>
        <source>This run&apos;s stage: %n approvals</source>
        <translation>
            <numerusform>Stufe dieses Laufs: %n Genehmigung</numerusform>
            <numerusform>Stufe dieses Laufs: %n Genehmigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groupmemberslist.cpp" line="25"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
        <location filename="../app/receiver/linkendpoints.cpp" line="42"/>
        <source>Too many attempts</source>
        <translation>Zu viele Versuche</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/receiver/linkendpoints.cpp" line="43"/>
        <source>Too many invalid links were tried from your address. Try again in %n seconds.</source>
        <translation>
            <numerusform>Von Ihrer Adresse wurden zu viele ungültige Links versucht. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Von Ihrer Adresse wurden zu viele ungültige Links versucht. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="69"/>
        <source>Link not found</source>
        <translation>Link nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="70"/>
        <source>This link is not valid. Check that it was copied completely.</source>
        <translation>Dieser Link ist ungültig. Prüfen Sie, ob er vollständig kopiert wurde.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="73"/>
        <source>Link expired</source>
        <translation>Link abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="74"/>
        <source>This link has expired and can no longer be used. Nothing was changed.</source>
        <translation>Dieser Link ist abgelaufen und kann nicht mehr verwendet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="80"/>
        <source>Link already used</source>
        <translation>Link bereits verwendet</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="81"/>
        <source>This link was already used. Nothing was changed.</source>
        <translation>Dieser Link wurde bereits verwendet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="85"/>
        <source>Link replaced</source>
        <translation>Link ersetzt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="86"/>
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
        <location filename="../app/receiver/linkendpoints.cpp" line="98"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="99"/>
        <source>The decision could not be stored. Try again in a moment.</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="144"/>
        <source>Unsupported form</source>
        <translation>Formular nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="145"/>
        <source>Send the form as application/x-www-form-urlencoded.</source>
        <translation>Senden Sie das Formular als application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="150"/>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="151"/>
        <source>The form must say decision=approve or decision=reject.</source>
        <translation>Das Formular muss decision=approve oder decision=reject enthalten.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="165"/>
        <source>Restart requested</source>
        <translation>Neustart angefordert</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="165"/>
        <source>Run cancelled</source>
        <translation>Lauf abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="166"/>
        <source>%1 is being restarted. You can close this page.</source>
        <translation>%1 wird neu gestartet. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="168"/>
        <source>The run was closed without a restart.</source>
        <translation>Der Lauf wurde ohne Neustart beendet.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="170"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="170"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="171"/>
        <source>Your decision was recorded and is being delivered. You can close this page.</source>
        <translation>Ihre Entscheidung wurde gespeichert und wird zugestellt. Sie können diese Seite schließen.</translation>
    </message>
</context>
<context>
    <name>LinkPages</name>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="55"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="56"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="57"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="58"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="59"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="62"/>
        <source>Link expires</source>
        <translation>Link läuft ab</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="73"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="77"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="88"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="91"/>
        <source>Opening this page decides nothing. The decision is final once a button is pressed.</source>
        <translation>Das Öffnen dieser Seite entscheidet nichts. Die Entscheidung ist endgültig, sobald eine Schaltfläche gedrückt wird.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="107"/>
        <source>The run will be restarted with this data:</source>
        <translation>Der Lauf wird mit diesen Daten neu gestartet:</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="115"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="115"/>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="117"/>
        <source>Opening this page restarts nothing. The link works once.</source>
        <translation>Das Öffnen dieser Seite startet nichts neu. Der Link funktioniert nur einmal.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="128"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="128"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <location filename="../ui/mainwindow.cpp" line="766"/>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Search title, pipeline, environment, source… (Ctrl+F)</source>
        <translation>Titel, Pipeline, Umgebung, Quelle suchen… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Search approvals</source>
        <translation>Genehmigungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Filter by environment</source>
        <translation>Nach Umgebung filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Filter by state</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Pending count</source>
        <translation>Anzahl offener</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>Export in progress</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Receiver off: this window shows and decides</source>
        <translation>Empfänger aus: dieses Fenster zeigt an und entscheidet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Listening on %1</source>
        <translation>Empfängt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Listening address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Undone: %1 stays pending</source>
        <translation>Rückgängig gemacht: %1 weiterhin offen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Approve the selected approvals (Ctrl+Return)</source>
        <translation>Die ausgewählten Genehmigungen erteilen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Reject the selected approvals, with an optional reason (Ctrl+Backspace)</source>
        <translation>Die ausgewählten Genehmigungen ablehnen, mit optionaler Begründung (Strg+Rücktaste)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="796"/>
        <source>Exporting %n approvals…</source>
        <translation>
            <numerusform>%n Genehmigung wird exportiert…</numerusform>
            <numerusform>%n Genehmigungen werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Retry &amp;delivery</source>
        <translation>&amp;Zustellung wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Approval actions</source>
        <translation>Aktionen zur Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <source>Copy operator &amp;token</source>
        <translation>Bediener-&amp;Token kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Operator token copied</source>
        <translation>Bediener-Token kopiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>&amp;Webhook secrets…</source>
        <translation>&amp;Webhook-Secrets…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Security &amp;log…</source>
        <translation>Sicherheits&amp;protokoll…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;Approval</source>
        <translation>&amp;Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>How to &amp;connect…</source>
        <translation>So &amp;verbinden Sie…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;An approval console for release managers.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Eine Genehmigungskonsole für Release-Manager.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>%n &amp;genehmigen</numerusform>
            <numerusform>%n &amp;genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>&amp;Reject %n…</source>
        <translation>
            <numerusform>%n &amp;ablehnen…</numerusform>
            <numerusform>%n &amp;ablehnen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <location filename="../ui/mainwindow.cpp" line="671"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="656"/>
        <source>%n approvals</source>
        <translation>
            <numerusform>%n Genehmigung</numerusform>
            <numerusform>%n Genehmigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="676"/>
        <source>Approve for production?</source>
        <translation>Für die Produktion genehmigen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="676"/>
        <source>Reject for production?</source>
        <translation>Für die Produktion ablehnen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="782"/>
        <source>An export is still running</source>
        <translation>Ein Export läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="818"/>
        <source>Gatehouse keeps running</source>
        <translation>Gatehouse läuft weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="819"/>
        <source>Approvals still arrive and notify you here. Quit from the tray menu or with File &gt; Quit.</source>
        <translation>Genehmigungen kommen weiterhin an und werden hier gemeldet. Beenden über das Menü im Infobereich oder mit Datei &gt; Beenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>&amp;About Gatehouse</source>
        <translation>Ü&amp;ber Gatehouse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Views (Ctrl+1 to Ctrl+9)</source>
        <translation>Ansichten (Strg+1 bis Strg+9)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>Copied %n ids</source>
        <translation>
            <numerusform>%n ID kopiert</numerusform>
            <numerusform>%n IDs kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Retrying %n deliveries</source>
        <translation>
            <numerusform>%n Zustellung wird wiederholt</numerusform>
            <numerusform>%n Zustellungen werden wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Ctrl+Return: approve the selection (the next pending one is selected)
Ctrl+Backspace: reject the selection (asks for a reason inline)
Ctrl+Z or Undo in the status bar: take a decision back within the undo window
j / k: next / previous approval; Tab: leave the table
Down or Enter in the search field: the first result
Ctrl+Shift+C: copy the ids of the selection
Ctrl+R: retry failed deliveries of the selection
Ctrl+1 to Ctrl+9: Needs me, Pending, Checks, Gates, Human tasks, Paused runs, Fan-in, History, Delivery failed
Ctrl+F: search
Ctrl+E: export
Ctrl+Q: quit</source>
        <translation>Strg+Eingabe: die Auswahl genehmigen (die nächste offene wird ausgewählt)
Strg+Rücktaste: die Auswahl ablehnen (fragt direkt nach einer Begründung)
Strg+Z oder Rückgängig in der Statusleiste: eine Entscheidung innerhalb der Rücknahmefrist zurücknehmen
j / k: nächste / vorherige Genehmigung; Tab: die Tabelle verlassen
Pfeil nach unten oder Eingabe im Suchfeld: das erste Ergebnis
Strg+Umschalt+C: die IDs der Auswahl kopieren
Strg+R: fehlgeschlagene Zustellungen der Auswahl wiederholen
Strg+1 bis Strg+9: Für mich, Offen, Prüfungen, Gates, Menschliche Aufgaben, Pausierte Läufe, Fan-in, Verlauf, Zustellung fehlgeschlagen
Strg+F: suchen
Strg+E: exportieren
Strg+Q: beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>You are approving %n production approvals:</source>
        <translation>
            <numerusform>Sie erteilen %n Genehmigung für die Produktion:</numerusform>
            <numerusform>Sie erteilen %n Genehmigungen für die Produktion:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>You are rejecting %n production approvals:</source>
        <translation>
            <numerusform>Sie lehnen %n Genehmigung für die Produktion ab:</numerusform>
            <numerusform>Sie lehnen %n Genehmigungen für die Produktion ab:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="754"/>
        <source>Approval %1: %2</source>
        <translation>Genehmigung %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="765"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="766"/>
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
        <location filename="../app/delivery/outboxworker.cpp" line="209"/>
        <source>needs %1 from an earlier call, which did not succeed</source>
        <translation>braucht %1 aus einem früheren Aufruf, der nicht gelungen ist</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="217"/>
        <source>refused: the target is not an absolute http or https URL</source>
        <translation>zurückgewiesen: das Ziel ist keine absolute http- oder https-URL</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="221"/>
        <source>refused: the target URL has a &apos;.&apos; or &apos;..&apos; path segment</source>
        <translation>zurückgewiesen: die Ziel-URL enthält ein Pfadsegment &apos;.&apos; oder &apos;..&apos;</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="226"/>
        <location filename="../app/delivery/outboxworker.cpp" line="291"/>
        <source>refused: %1</source>
        <translation>zurückgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="238"/>
        <source>the credential for this call is no longer available</source>
        <translation>die Zugangsdaten für diesen Aufruf sind nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="247"/>
        <source>the sealed body of this call is no longer available</source>
        <translation>der versiegelte Inhalt dieses Aufrufs ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="254"/>
        <source>the callback signing secret is not available</source>
        <translation>das Secret für die Callback-Signatur ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="285"/>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="342"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="348"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
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
        <location filename="../ui/policyeditor.cpp" line="29"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="44"/>
        <source>Policies</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="45"/>
        <source>&amp;Add policy</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="46"/>
        <source>Add policy</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="47"/>
        <source>Remo&amp;ve policy</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="48"/>
        <source>Remove policy</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="65"/>
        <source>Policy name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="71"/>
        <source>Match connector</source>
        <translation>Passender Konnektor</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="72"/>
        <location filename="../ui/policyeditor.cpp" line="75"/>
        <location filename="../ui/policyeditor.cpp" line="76"/>
        <location filename="../ui/policyeditor.cpp" line="77"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="75"/>
        <source>Match pipeline</source>
        <translation>Passende Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="76"/>
        <source>Match stage</source>
        <translation>Passende Stufe</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="77"/>
        <source>Match environment</source>
        <translation>Passende Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="78"/>
        <source>Delay before evaluation</source>
        <translation>Verzögerung vor der Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="79"/>
        <source>Sampling interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="80"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="83"/>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="84"/>
        <source>Evaluation cap</source>
        <translation>Höchstzahl der Auswertungen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="86"/>
        <source>Order of gates and approval</source>
        <translation>Reihenfolge von Gates und Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="87"/>
        <source>Gates first, then a person approves</source>
        <translation>Erst die Gates, dann genehmigt eine Person</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="89"/>
        <source>A person approves first, then the gates</source>
        <translation>Erst genehmigt eine Person, dann die Gates</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="91"/>
        <source>Gates only, no person</source>
        <translation>Nur Gates, keine Person</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="94"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="102"/>
        <source>Add &amp;gate</source>
        <translation>&amp;Gate hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="103"/>
        <source>Add gate</source>
        <translation>Gate hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="104"/>
        <source>Remove ga&amp;te</source>
        <translation>Ga&amp;te entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="105"/>
        <source>Remove gate</source>
        <translation>Gate entfernen</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="119"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="122"/>
        <source>Match co&amp;nnector:</source>
        <translation>Co&amp;nnector:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="125"/>
        <source>Match p&amp;ipeline:</source>
        <translation>P&amp;ipeline:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="127"/>
        <source>Match &amp;stage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="130"/>
        <source>Match &amp;environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="133"/>
        <source>&amp;Delay before evaluation:</source>
        <translation>&amp;Verzögerung vor der Auswertung:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="136"/>
        <source>Sampling inter&amp;val:</source>
        <translation>Prüfinter&amp;vall:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="138"/>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="141"/>
        <source>Eva&amp;luation cap:</source>
        <translation>Höchstzahl der Aus&amp;wertungen:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="143"/>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="144"/>
        <source>Gates:</source>
        <translation>Gates:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="168"/>
        <source>Policies are checked as the policy file is and apply at once to pending and new approvals.</source>
        <translation>Regeln werden wie die Regeldatei geprüft und gelten sofort für offene und neue Genehmigungen.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="170"/>
        <source>Policies are checked as the policy file is and apply when Gatehouse starts again.</source>
        <translation>Regeln werden wie die Regeldatei geprüft und gelten nach dem nächsten Start von Gatehouse.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="301"/>
        <source>New policy</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="303"/>
        <source>New policy %1</source>
        <translation>Neue Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="310"/>
        <source>health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="342"/>
        <source>gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="411"/>
        <source>secrets can be stored only while Gatehouse runs</source>
        <translation>Secrets können nur gespeichert werden, während Gatehouse läuft</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="427"/>
        <source>could not be stored in the vault</source>
        <translation>konnte nicht im Tresor gespeichert werden</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="342"/>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="40"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="44"/>
        <location filename="../app/gates/policyfile.cpp" line="189"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="48"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="59"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="71"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="83"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="92"/>
        <source>is not a known field (known: %1)</source>
        <translation>ist kein bekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="106"/>
        <location filename="../app/gates/policyfile.cpp" line="295"/>
        <location filename="../app/gates/policyfile.cpp" line="369"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="133"/>
        <source>must be a time as HH:mm</source>
        <translation>muss eine Uhrzeit im Format HH:mm sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="150"/>
        <source>must be a non-empty list of days (&quot;mon&quot; .. &quot;sun&quot;)</source>
        <translation>muss eine nicht leere Liste von Tagen sein (&quot;mon&quot; .. &quot;sun&quot;)</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="157"/>
        <source>&apos;%1&apos; is not a day; use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>&apos;%1&apos; ist kein Tag; verwenden Sie mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="172"/>
        <source>must be GET, POST, PUT or HEAD</source>
        <translation>muss GET, POST, PUT oder HEAD sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="179"/>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="183"/>
        <source>must be an object of name: value</source>
        <translation>muss ein Objekt aus Name: Wert sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="221"/>
        <source>a count gate needs min, max or both</source>
        <translation>ein count-Gate braucht min, max oder beides</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="223"/>
        <source>must not be greater than max</source>
        <translation>darf nicht größer als max sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="232"/>
        <source>must differ from &apos;from&apos;</source>
        <translation>muss sich von &apos;from&apos; unterscheiden</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="237"/>
        <source>&apos;%1&apos; is not an IANA time zone such as Europe/Berlin</source>
        <translation>&apos;%1&apos; ist keine IANA-Zeitzone wie Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="242"/>
        <source>must be http, count or timeWindow</source>
        <translation>muss http, count oder timeWindow sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="284"/>
        <source>must be gatesOnly, gatesThenApproval or approvalThenGates</source>
        <translation>muss gatesOnly, gatesThenApproval oder approvalThenGates sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="288"/>
        <source>must be a non-empty list of gates</source>
        <translation>muss eine nicht leere Liste von Gates sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="359"/>
        <source>is required and must be a list</source>
        <translation>ist erforderlich und muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="379"/>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="302"/>
        <source>&apos;%1&apos; is used twice in this policy</source>
        <translation>&apos;%1&apos; wird in dieser Regel doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="325"/>
        <source>cannot read the policy file %1: %2</source>
        <translation>Regeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="350"/>
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
    <name>SidebarModel</name>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="14"/>
        <source>Needs me</source>
        <translation>Für mich</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="16"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="17"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="19"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="21"/>
        <source>Human tasks</source>
        <translation>Menschliche Aufgaben</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="23"/>
        <source>Paused runs</source>
        <translation>Pausierte Läufe</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="25"/>
        <source>Fan-in</source>
        <translation>Fan-in</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="27"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="28"/>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="56"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="59"/>
        <source>%1: %n failed</source>
        <translation>
            <numerusform>%1: %n fehlgeschlagen</numerusform>
            <numerusform>%1: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="61"/>
        <source>%1: %n decided</source>
        <translation>
            <numerusform>%1: %n entschieden</numerusform>
            <numerusform>%1: %n entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="62"/>
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1: %n offen</numerusform>
            <numerusform>%1: %n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="65"/>
        <source>%n waiting for you, the soonest deadline first</source>
        <translation>
            <numerusform>%n wartet auf Sie, die früheste Frist zuerst</numerusform>
            <numerusform>%n warten auf Sie, die früheste Frist zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="67"/>
        <source>%n decisions whose callback failed; Ctrl+R retries</source>
        <translation>
            <numerusform>%n Entscheidung, deren Callback fehlgeschlagen ist; Strg+R wiederholt</numerusform>
            <numerusform>%n Entscheidungen, deren Callback fehlgeschlagen ist; Strg+R wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="68"/>
        <source>%n decided approvals</source>
        <translation>
            <numerusform>%n entschiedene Genehmigung</numerusform>
            <numerusform>%n entschiedene Genehmigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="69"/>
        <source>%n waiting for a decision</source>
        <translation>
            <numerusform>%n wartet auf eine Entscheidung</numerusform>
            <numerusform>%n warten auf eine Entscheidung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskHooks</name>
    <message>
        <location filename="../app/receiver/taskhooks.cpp" line="67"/>
        <source>Task announced in chat with approve and reject links</source>
        <translation>Aufgabe im Chat mit Links zum Genehmigen und Ablehnen angekündigt</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="187"/>
        <source>Open Gatehouse</source>
        <translation>Gatehouse öffnen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="188"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="51"/>
        <source>Gatehouse tray menu</source>
        <translation>Gatehouse-Menü im Infobereich</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="119"/>
        <source>Gatehouse: nothing waits</source>
        <translation>Gatehouse: nichts wartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="120"/>
        <source>Gatehouse: %n pending approvals</source>
        <translation>
            <numerusform>Gatehouse: %n offene Genehmigung</numerusform>
            <numerusform>Gatehouse: %n offene Genehmigungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="160"/>
        <source>Nothing waits for a decision</source>
        <translation>Nichts wartet auf eine Entscheidung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="161"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="173"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="178"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="184"/>
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n weitere im Fenster…</numerusform>
            <numerusform>%n weitere im Fenster…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="220"/>
        <source>Delivery failed</source>
        <translation>Zustellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="221"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="228"/>
        <source>About to expire</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="229"/>
        <source>%1 expires in %n min</source>
        <translation>
            <numerusform>%1 läuft in %n Min. ab</numerusform>
            <numerusform>%1 läuft in %n Min. ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="237"/>
        <source>Fan-in timed out</source>
        <translation>Fan-in abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="238"/>
        <source>Fan-in %1 %2 timed out</source>
        <translation>Fan-in %1 %2 ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="239"/>
        <source>Fan-in %1 %2 timed out: missing %3</source>
        <translation>Fan-in %1 %2 ist abgelaufen: es fehlen %3</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="249"/>
        <source>New approval</source>
        <translation>Neue Genehmigung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="251"/>
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
        <location filename="../app/receiver/webhookreceiver.cpp" line="306"/>
        <source>Evaluation %1: answered %2</source>
        <translation>Auswertung %1: %2 geantwortet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="267"/>
        <source>Gatehouse is starting…
If the keyring asks for its password, answer it: Gatehouse uses its key file when the keyring does not answer.</source>
        <translation>Gatehouse startet…
Wenn der Schlüsselbund nach seinem Passwort fragt, geben Sie es ein: Gatehouse verwendet seine Schlüsseldatei, wenn der Schlüsselbund nicht antwortet.</translation>
    </message>
</context>
</TS>
