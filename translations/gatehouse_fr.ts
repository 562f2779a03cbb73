<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiTokensDialog</name>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="31"/>
        <location filename="../ui/apitokensdialog.cpp" line="45"/>
        <source>Personal API tokens</source>
        <translation>Jetons d’API personnels</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="32"/>
        <source>A personal token authenticates you to the control API: a decision made with it is recorded as yours (%1).</source>
        <translation>Un jeton personnel vous authentifie auprès de l’API de contrôle : une décision prise avec lui est enregistrée à votre nom (%1).</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="39"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="48"/>
        <source>What the token is for, e.g. release script</source>
        <translation>À quoi sert le jeton, par ex. script de release</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="50"/>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="51"/>
        <source>&amp;New token</source>
        <translation>&amp;Nouveau jeton</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="52"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="62"/>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="63"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="64"/>
        <source>Copy the new token</source>
        <translation>Copier le nouveau jeton</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="78"/>
        <source>Token copied. It is not shown again.</source>
        <translation>Jeton copié. Il ne sera plus affiché.</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="116"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="120"/>
        <source>revoked %1</source>
        <translation>révoqué le %1</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="121"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="135"/>
        <source>No token made: %1</source>
        <translation>Aucun jeton créé : %1</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="142"/>
        <source>Copy the token now: Gatehouse keeps only its hash and cannot show it again.</source>
        <translation>Copiez le jeton maintenant : Gatehouse n’en garde que l’empreinte et ne peut plus l’afficher.</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="156"/>
        <source>Token revoked: the API refuses it from now on.</source>
        <translation>Jeton révoqué : l’API le refuse désormais.</translation>
    </message>
    <message>
        <location filename="../ui/apitokensdialog.cpp" line="157"/>
        <source>The token could not be revoked.</source>
        <translation>Le jeton n’a pas pu être révoqué.</translation>
    </message>
</context>
<context>
    <name>ApprovalExporter</name>
    <message numerus="yes">
        <location filename="../models/approvalexporter.cpp" line="153"/>
        <source>Exported %n approvals to %1</source>
        <translation>
            <numerusform>%n approbation exportée vers %1</numerusform>
            <numerusform>%n approbations exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvalexporter.cpp" line="154"/>
        <source>Export to %1 failed: %2</source>
        <translation>Échec de l’export vers %1 : %2</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/relativetime.cpp" line="21"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/relativetime.cpp" line="24"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="66"/>
        <source>Pending, evaluated once</source>
        <translation>En attente, évalué une fois</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="69"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="71"/>
        <source>Gates green, waiting for approval</source>
        <translation>Portes au vert, en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="87"/>
        <source>Approved, releases %1</source>
        <translation>Approuvée, libération %1</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="93"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="95"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="97"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="98"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="102"/>
        <source>%1, delivering</source>
        <translation>%1, envoi en cours</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="106"/>
        <source>%1, delivery failed: %2</source>
        <translation>%1, échec de l’envoi : %2</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="108"/>
        <source>%1, delivery failed</source>
        <translation>%1, échec de l’envoi</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="110"/>
        <source>%1, delivered</source>
        <translation>%1, envoyée</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="120"/>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="122"/>
        <source>tray</source>
        <translation>zone de notification</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="124"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="126"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="128"/>
        <source>policy</source>
        <translation>règle</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="130"/>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="15"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="17"/>
        <source>Gate</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="16"/>
        <source>Human task</source>
        <translation>Tâche humaine</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="21"/>
        <source>Paused run</source>
        <translation>Exécution en pause</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="20"/>
        <source>Fan-in</source>
        <translation>Convergence</translation>
    </message>
    <message>
        <location filename="../app/connectors/generic/genericconnector.cpp" line="139"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location filename="../models/relativetime.cpp" line="33"/>
        <source>due</source>
        <translation>échue</translation>
    </message>
    <message>
        <location filename="../models/relativetime.cpp" line="34"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="230"/>
        <source>%1: %2 of %3 approved, waiting</source>
        <translation>%1 : %2 sur %3 approuvées, en attente</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="232"/>
        <source>%1: all %2 approved</source>
        <translation>%1 : les %2 approuvées</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="234"/>
        <source>%1: failed, %2 of %3 rejected or expired</source>
        <translation>%1 : échec, %2 sur %3 rejetées ou expirées</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="306"/>
        <source>%1 of %2 approved</source>
        <translation>%1 sur %2 approuvées</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="308"/>
        <source>all %1 approved</source>
        <translation>les %1 approuvées</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="310"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="402"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="404"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="406"/>
        <source>Pipeline / stage / env.</source>
        <translation>Pipeline / étape / env.</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="418"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="420"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="422"/>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="424"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="426"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="408"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="55"/>
        <source>Waiting for %1 (%2 of %n)</source>
        <translation>
            <numerusform>En attente de %1 (%2 sur %n)</numerusform>
            <numerusform>En attente de %1 (%2 sur %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="67"/>
        <source>Pending, evaluated %n times</source>
        <translation>
            <numerusform>En attente, évalué %n fois</numerusform>
            <numerusform>En attente, évalué %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/approvaltablemodel.cpp" line="73"/>
        <source>Gates: %1 of %n green</source>
        <translation>
            <numerusform>Portes : %1 sur %n au vert</numerusform>
            <numerusform>Portes : %1 sur %n au vert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="81"/>
        <source>%1, time out %2</source>
        <translation>%1, expiration %2</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="195"/>
        <source>%1 is looking</source>
        <translation>%1 s’en occupe</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="410"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="412"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="414"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../models/approvaltablemodel.cpp" line="416"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="19"/>
        <source>GitHub protection rule</source>
        <translation>Règle de protection GitHub</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="22"/>
        <source>GitHub review</source>
        <translation>Revue GitHub</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="16"/>
        <source>GitLab deployment</source>
        <translation>Déploiement GitLab</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="18"/>
        <source>Jenkins input</source>
        <translation>Saisie Jenkins</translation>
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
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>AGE</source>
        <translation>ÂGE</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>WHERE</source>
        <translation>OÙ</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>ASSIGNEE</source>
        <translation>ATTRIBUÉE</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="44"/>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="84"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="85"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="86"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="87"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="88"/>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="89"/>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="90"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="91"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="92"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="93"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="96"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="97"/>
        <source>%1 (looking since %2)</source>
        <translation>%1 (s’en occupe depuis %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="99"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="100"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="101"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="102"/>
        <source>Decided from</source>
        <translation>Décidé depuis</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="103"/>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="105"/>
        <source>Releases at</source>
        <translation>Libération le</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="106"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="107"/>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="108"/>
        <source>Delivery error</source>
        <translation>Erreur d’envoi</translation>
    </message>
    <message>
        <location filename="../app/cli/approvaltext.cpp" line="114"/>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
</context>
<context>
    <name>AssignmentBar</name>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="15"/>
        <source>Who is looking</source>
        <translation>Qui s’en occupe</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="18"/>
        <location filename="../ui/assignmentbar.cpp" line="38"/>
        <source>&amp;Take it</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="19"/>
        <source>Take it</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="37"/>
        <source>Nobody is looking at this yet</source>
        <translation>Personne ne s’en occupe encore</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="39"/>
        <source>Show everyone that you are looking at this (Ctrl+T)</source>
        <translation>Montrer à tous que vous vous en occupez (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="42"/>
        <source>You are looking at this since %1</source>
        <translation>Vous vous en occupez depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="44"/>
        <source>Re&amp;lease</source>
        <translation>Ren&amp;dre la main</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="45"/>
        <source>Let someone else take it (Ctrl+T)</source>
        <translation>Laisser quelqu’un d’autre la prendre (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="48"/>
        <source>&amp;Take over…</source>
        <translation>&amp;Prendre la main…</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="49"/>
        <source>Take it from %1 (asks first; Ctrl+T)</source>
        <translation>La prendre à %1 (demande d’abord ; Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="68"/>
        <source>Take it over?</source>
        <translation>Prendre la main ?</translation>
    </message>
    <message>
        <location filename="../ui/assignmentbar.cpp" line="69"/>
        <source>%1. Take it over?</source>
        <translation>%1. Prendre la main ?</translation>
    </message>
</context>
<context>
    <name>AssignmentControl</name>
    <message>
        <location filename="../ui/assignmentcontrol.cpp" line="24"/>
        <source>&amp;Take it / Release</source>
        <translation>&amp;Prendre / rendre la main</translation>
    </message>
    <message>
        <location filename="../ui/assignmentcontrol.cpp" line="27"/>
        <source>Show everyone you are looking at the selected approval, or let it go (Ctrl+T)</source>
        <translation>Montrer à tous que vous vous occupez de l’approbation sélectionnée, ou la laisser (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="47"/>
        <source>Try &apos;gatehouse audit --help&apos;.</source>
        <translation>Essayez « gatehouse audit --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="56"/>
        <source>gatehouse audit verify|export: check or write the audit ledger.
verify: checks every entry&apos;s hash and link and the sealed head; names the first entry altered or removed. Exit codes: 0 intact, 1 altered or removed (or the head could not be checked), 2 usage, 3 no database, 5 database not readable.
export: writes the entries with their hashes (docs/audit.md).</source>
        <translation>gatehouse audit verify|export : vérifier ou écrire le journal d’audit.
verify : vérifie l’empreinte et le chaînage de chaque entrée ainsi que la tête scellée ; nomme la première entrée modifiée ou supprimée. Codes de sortie : 0 intact, 1 modifié ou supprimé (ou la tête n’a pas pu être vérifiée), 2 utilisation incorrecte, 3 pas de base de données, 5 base de données illisible.
export : écrit les entrées avec leurs empreintes (docs/audit.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="63"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="66"/>
        <source>SQLite file or PostgreSQL URL (default: the settings&apos; store, as the app).</source>
        <translation>Fichier SQLite ou URL PostgreSQL (par défaut : le stockage des paramètres, comme l’application).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="68"/>
        <source>Settings file (INI).</source>
        <translation>Fichier de paramètres (INI).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="72"/>
        <source>The vault key file that seals the head (default: the keychain).</source>
        <translation>Le fichier de clé du coffre qui scelle la tête (par défaut : le trousseau).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="76"/>
        <source>verify: check the chain without the vault key; the removal of the newest entries is then not detected.</source>
        <translation>verify : vérifier la chaîne sans la clé du coffre ; la suppression des entrées les plus récentes n’est alors pas détectée.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="78"/>
        <source>verify: answer in JSON.</source>
        <translation>verify : répondre en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="80"/>
        <source>export: first day or time (ISO 8601, UTC).</source>
        <translation>export : premier jour ou instant (ISO 8601, UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="83"/>
        <source>export: last day or time (ISO 8601, UTC).</source>
        <translation>export : dernier jour ou instant (ISO 8601, UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="86"/>
        <source>export: jsonl (default) or csv.</source>
        <translation>export : jsonl (par défaut) ou csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="90"/>
        <source>What to do.</source>
        <translation>Ce qu’il faut faire.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="104"/>
        <source>say verify or export</source>
        <translation>indiquez verify ou export</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="130"/>
        <source>--format must be jsonl or csv</source>
        <translation>--format doit être jsonl ou csv</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="173"/>
        <source>FAILED at entry %1: %2</source>
        <translation>ÉCHEC à l’entrée %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="176"/>
        <source>the chain of %1 entries is intact, but its sealed head could not be checked (%2): the removal of the newest entries would not show. Give --key-file, or --chain-only to accept that.</source>
        <translation>la chaîne de %1 entrées est intacte, mais sa tête scellée n’a pas pu être vérifiée (%2) : la suppression des entrées les plus récentes ne se verrait pas. Indiquez --key-file, ou --chain-only pour l’accepter.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="184"/>
        <source>OK: %1 entries, every hash and link intact, the sealed head matches.</source>
        <translation>OK : %1 entrées, chaque empreinte et chaque lien intacts, la tête scellée correspond.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="186"/>
        <source>OK: %1 entries, every hash and link intact (head not checked).</source>
        <translation>OK : %1 entrées, chaque empreinte et chaque lien intacts (tête non vérifiée).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="200"/>
        <source>--from and --to take an ISO 8601 date or time, e.g. 2026-11-30 or 2026-11-30T10:00:00Z</source>
        <translation>--from et --to attendent une date ou une heure ISO 8601, par ex. 2026-11-30 ou 2026-11-30T10:00:00Z</translation>
    </message>
</context>
<context>
    <name>AzureChecksConnector</name>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="323"/>
        <source>Gatehouse received the check; waiting for approval</source>
        <translation>Gatehouse a reçu la vérification ; en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="331"/>
        <source>Azure Pipelines check: %1</source>
        <translation>Vérification Azure Pipelines : %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="332"/>
        <source>Azure Pipelines check, build %1</source>
        <translation>Vérification Azure Pipelines, build %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="333"/>
        <source>Azure Pipelines check, run %1</source>
        <translation>Vérification Azure Pipelines, exécution %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="392"/>
        <source>Azure Pipelines gate: %1</source>
        <translation>Porte Azure Pipelines : %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="393"/>
        <source>Azure Pipelines gate %1</source>
        <translation>Porte Azure Pipelines %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="407"/>
        <source>Approved by %1</source>
        <translation>Approuvé par %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="409"/>
        <source>Expired: no decision before the deadline</source>
        <translation>Expiré : aucune décision avant l’échéance</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="411"/>
        <source>Cancelled by Gatehouse</source>
        <translation>Annulé par Gatehouse</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="412"/>
        <source>Rejected by %1</source>
        <translation>Rejeté par %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azurechecksconnector.cpp" line="429"/>
        <source> (job token expired)</source>
        <translation> (jeton du job expiré)</translation>
    </message>
</context>
<context>
    <name>ChatChannelEditor</name>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="18"/>
        <source>Chat channels</source>
        <translation>Canaux de chat</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="26"/>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="27"/>
        <source>Add chat channel</source>
        <translation>Ajouter un canal de chat</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="28"/>
        <source>Remove channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="29"/>
        <source>Remove chat channel</source>
        <translation>Supprimer le canal de chat</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="34"/>
        <source>Channel name</source>
        <translation>Nom du canal</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="34"/>
        <source>releases</source>
        <translation>releases</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="40"/>
        <source>Channel type</source>
        <translation>Type de canal</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="41"/>
        <source>Slack incoming webhook</source>
        <translation>Webhook entrant Slack</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="43"/>
        <source>Microsoft Teams webhook</source>
        <translation>Webhook Microsoft Teams</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="45"/>
        <source>Slack Web API (bot token, updates its message)</source>
        <translation>API Web Slack (jeton de bot, met à jour son message)</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="49"/>
        <location filename="../ui/chatchanneleditor.cpp" line="130"/>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="52"/>
        <source>Slack channel id</source>
        <translation>ID du canal Slack</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="52"/>
        <source>C0123456789</source>
        <translation>C0123456789</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="53"/>
        <source>Slack API URL</source>
        <translation>URL de l’API Slack</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="54"/>
        <location filename="../ui/chatchanneleditor.cpp" line="129"/>
        <source>Webhook URL:</source>
        <translation>URL du webhook :</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="59"/>
        <source>Channel name:</source>
        <translation>Nom du canal :</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="60"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="62"/>
        <source>Slack channel id:</source>
        <translation>ID du canal Slack :</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="63"/>
        <source>Slack API URL:</source>
        <translation>URL de l’API Slack :</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="129"/>
        <source>Bot token:</source>
        <translation>Jeton de bot :</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="130"/>
        <source>Bot token</source>
        <translation>Jeton de bot</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="138"/>
        <location filename="../ui/chatchanneleditor.cpp" line="165"/>
        <source>stored; type to replace</source>
        <translation>enregistré ; saisir pour remplacer</translation>
    </message>
    <message>
        <location filename="../ui/chatchanneleditor.cpp" line="179"/>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
</context>
<context>
    <name>ChatMessages</name>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="123"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="124"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="125"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="126"/>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="127"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="146"/>
        <location filename="../app/chat/chatmessages.cpp" line="194"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="148"/>
        <location filename="../app/chat/chatmessages.cpp" line="195"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../app/chat/chatmessages.cpp" line="153"/>
        <source>Waiting for a decision: %1</source>
        <translation>En attente d’une décision : %1</translation>
    </message>
</context>
<context>
    <name>ChatNotifier</name>
    <message>
        <location filename="../app/chat/chatnotifier.cpp" line="164"/>
        <source>Announced in chat (%1) with approve and reject links</source>
        <translation>Annoncée dans le chat (%1) avec des liens pour approuver et rejeter</translation>
    </message>
    <message>
        <location filename="../app/chat/chatnotifier.cpp" line="168"/>
        <source>not announced in %1: no webhook URL or token is stored for it</source>
        <translation>non annoncée dans %1 : aucune URL de webhook ni aucun jeton n’est enregistré pour ce canal</translation>
    </message>
    <message>
        <location filename="../app/chat/chatnotifier.cpp" line="207"/>
        <source>Chat (%1) told: %2</source>
        <translation>Chat (%1) informé : %2</translation>
    </message>
</context>
<context>
    <name>ChatRequests</name>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="65"/>
        <source>Teams message</source>
        <translation>Message Teams</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="66"/>
        <source>Slack message</source>
        <translation>Message Slack</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="96"/>
        <source>Teams outcome message</source>
        <translation>Message Teams sur l’issue</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="103"/>
        <source>Slack outcome message</source>
        <translation>Message Slack sur l’issue</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="114"/>
        <source>Slack message update</source>
        <translation>Mise à jour du message Slack</translation>
    </message>
    <message>
        <location filename="../app/chat/chatrequests.cpp" line="119"/>
        <source>Slack thread reply</source>
        <translation>Réponse dans le fil Slack</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="68"/>
        <source>Try &apos;gatehouse %1 --help&apos;.</source>
        <translation>Essayez « gatehouse %1 --help ».</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="80"/>
        <source>gatehouse %1: a client of a running Gatehouse&apos;s control API.
Token: GATEHOUSE_TOKEN, else GATEHOUSE_OPERATOR_TOKEN, else the local Gatehouse&apos;s own (unsealed with its key from the keychain or key file).
Exit codes: 0 ok, 1 refused (already decided, comment required), 2 usage, 3 not found, 4 token missing or refused, 5 server unreachable or failing.</source>
        <translation>gatehouse %1 : un client de l’API de contrôle d’un Gatehouse en cours d’exécution.
Jeton : GATEHOUSE_TOKEN, sinon GATEHOUSE_OPERATOR_TOKEN, sinon celui du Gatehouse local (descellé avec sa clé du trousseau ou du fichier de clé).
Codes de sortie : 0 OK, 1 refusé (déjà décidé, commentaire requis), 2 utilisation incorrecte, 3 introuvable, 4 jeton manquant ou refusé, 5 serveur injoignable ou en erreur.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="87"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="90"/>
        <source>The Gatehouse to talk to (default: the receiver address and port in the settings, http://127.0.0.1:8470).</source>
        <translation>Le Gatehouse à contacter (par défaut : l’adresse et le port du récepteur dans les paramètres, http://127.0.0.1:8470).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="94"/>
        <source>Print the control API&apos;s JSON instead of text.</source>
        <translation>Afficher le JSON de l’API de contrôle au lieu du texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="95"/>
        <source>Settings file (INI).</source>
        <translation>Fichier de paramètres (INI).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="99"/>
        <source>The local database holding the sealed operator token (when no token is in the environment).</source>
        <translation>La base de données locale qui contient le jeton opérateur scellé (quand l’environnement ne fournit pas de jeton).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="103"/>
        <source>The vault key file (instead of the keychain).</source>
        <translation>Le fichier de clé du coffre (au lieu du trousseau).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="106"/>
        <source>Seconds to wait for each answer (default 15).</source>
        <translation>Secondes d’attente pour chaque réponse (15 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="110"/>
        <source>pending (default), approved, rejected, expired, cancelled or all.</source>
        <translation>pending (par défaut), approved, rejected, expired, cancelled ou all.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="113"/>
        <source>At most this many, newest first (1-500).</source>
        <translation>Au plus ce nombre, les plus récentes d’abord (1-500).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="116"/>
        <source>The comment recorded with the decision.</source>
        <translation>Le commentaire enregistré avec la décision.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="119"/>
        <source>The name recorded as the decider (default: $USER).</source>
        <translation>Le nom enregistré comme décideur (par défaut : $USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="123"/>
        <source>Approve now, send the callback later: &quot;window&quot; (the next change window of the item&apos;s policy), a local time (&quot;2026-12-01 22:00&quot;) or an ISO 8601 time with its zone.</source>
        <translation>Approuver maintenant, envoyer le callback plus tard : « window » (la prochaine fenêtre de changement de la règle de l’élément), une heure locale (« 2026-12-01 22:00 ») ou une heure ISO 8601 avec son fuseau.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="129"/>
        <source>Take it over (assign) or let it go (release) although someone else holds it.</source>
        <translation>Prendre la main (assign) ou la rendre (release) même si quelqu’un d’autre la détient.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="133"/>
        <source>The name recorded as looking at it (default: $USER).</source>
        <translation>Le nom enregistré comme personne qui s’en occupe (par défaut : $USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="136"/>
        <source>Milliseconds between polls (default 1000).</source>
        <translation>Millisecondes entre deux interrogations (1000 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="145"/>
        <source>The approval&apos;s id.</source>
        <translation>L’identifiant de l’approbation.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="176"/>
        <source>--timeout must be a number of seconds from 1 to 3600</source>
        <translation>--timeout doit être un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="181"/>
        <source>--server must be an http:// or https:// URL</source>
        <translation>--server doit être une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="201"/>
        <source>--state must be pending, approved, rejected, expired, cancelled or all</source>
        <translation>--state doit être pending, approved, rejected, expired, cancelled ou all</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="206"/>
        <source>--limit must be a number from 1 to 500</source>
        <translation>--limit doit être un nombre de 1 à 500</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="212"/>
        <source>--interval must be a number of milliseconds from 100 to 3600000</source>
        <translation>--interval doit être un nombre de millisecondes de 100 à 3600000</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="214"/>
        <source>watch takes no arguments</source>
        <translation>watch ne prend aucun argument</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="220"/>
        <source>give the approval&apos;s id (a positive number) and nothing else</source>
        <translation>indiquez l’identifiant de l’approbation (un nombre positif) et rien d’autre</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="236"/>
        <source>reject needs a reason: -m REASON</source>
        <translation>reject exige un motif : -m MOTIF</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="304"/>
        <source>No approvals.</source>
        <translation>Aucune approbation.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="313"/>
        <source>(%1 of %2; --limit shows more)</source>
        <translation>(%1 sur %2 ; --limit en affiche plus)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="348"/>
        <source>Recorded for approval %1; its gates decide when it is released.</source>
        <translation>Enregistré pour l’approbation %1 ; ses portes décident quand elle est libérée.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="353"/>
        <source>Approved %1; releases %2.</source>
        <translation>%1 approuvée ; libération %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="358"/>
        <source>Approved %1.</source>
        <translation>Demande %1 approuvée.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="358"/>
        <source>Rejected %1.</source>
        <translation>Demande %1 rejetée.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="375"/>
        <source>Release of %1 cancelled; it is pending again.</source>
        <translation>Libération de %1 annulée ; elle est de nouveau en attente.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="393"/>
        <source>%1 is looking at it since %2; --force takes it over</source>
        <translation>%1 s’en occupe depuis %2 ; --force prend la main</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="404"/>
        <source>Nobody is looking at %1.</source>
        <translation>Personne ne s’occupe de %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="405"/>
        <source>%1 is looking at %2.</source>
        <translation>%1 s’occupe de %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="427"/>
        <source>; trying again</source>
        <translation> ; nouvel essai</translation>
    </message>
    <message>
        <location filename="../app/cli/commandlinetool.cpp" line="434"/>
        <source>connected again</source>
        <translation>reconnecté</translation>
    </message>
</context>
<context>
    <name>ConfigReloader</name>
    <message>
        <location filename="../app/service/configreloader.cpp" line="12"/>
        <source>reload refused: the service is not running</source>
        <translation>rechargement refusé : le service n’est pas en cours d’exécution</translation>
    </message>
    <message>
        <location filename="../app/service/configreloader.cpp" line="15"/>
        <source>reload refused: the settings file cannot be read</source>
        <translation>rechargement refusé : le fichier de paramètres est illisible</translation>
    </message>
    <message>
        <location filename="../app/service/configreloader.cpp" line="20"/>
        <location filename="../app/service/configreloader.cpp" line="26"/>
        <source>reload refused, nothing changed: %1</source>
        <translation>rechargement refusé, rien n’a changé : %1</translation>
    </message>
    <message>
        <location filename="../app/service/configreloader.cpp" line="34"/>
        <source>reloaded the settings (gate policies: %1, connectors: %2)</source>
        <translation>paramètres rechargés (règles de portes : %1, connecteurs : %2)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="82"/>
        <source>Azure Pipelines check</source>
        <translation>Vérification Azure Pipelines</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="87"/>
        <source>Invoke REST API check on a Generic service connection pointing at %1, URL suffix /hooks/azure/check. Completion event: Callback; time between evaluations: 0; timeout: as long as the operator may take.</source>
        <translation>Vérification « Invoke REST API » sur une connexion de service générique vers %1, suffixe d’URL /hooks/azure/check. Événement de fin : Callback ; délai entre évaluations : 0 ; délai d’expiration : le temps que l’opérateur peut prendre.</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="94"/>
        <source>Azure gate (ApiResponse)</source>
        <translation>Porte Azure (ApiResponse)</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="97"/>
        <source>Completion event: ApiResponse. Success criterion: eq(root[&apos;status&apos;], &apos;approved&apos;). Timeout / time between evaluations at most 10. For classic release gates add the header &quot;GatehouseKey&quot;: &quot;$(Release.ReleaseId)-$(Release.EnvironmentId)&quot;. Add &quot;GatehouseInterval&quot; and &quot;GatehouseTimeout&quot; (minutes, as configured in Azure) to see the evaluations and the time left.</source>
        <translation>Événement de fin : ApiResponse. Critère de réussite : eq(root[&apos;status&apos;], &apos;approved&apos;). Délai d’expiration / délai entre évaluations : 10 au plus. Pour les portes de release classiques, ajoutez l’en-tête &quot;GatehouseKey&quot;: &quot;$(Release.ReleaseId)-$(Release.EnvironmentId)&quot;. Ajoutez &quot;GatehouseInterval&quot; et &quot;GatehouseTimeout&quot; (en minutes, comme configurés dans Azure) pour voir les évaluations et le temps restant.</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="75"/>
        <source>FlexDeploy human task</source>
        <translation>Tâche humaine FlexDeploy</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="80"/>
        <source>Call this from a FlexDeploy notification or plugin step when a human task is created. Gatehouse approves or rejects the task through FlexDeploy&apos;s task REST API with the credentials set for the FlexDeploy connector.</source>
        <translation>Appelez cette adresse depuis une notification ou une étape de plugin FlexDeploy lorsqu’une tâche humaine est créée. Gatehouse approuve ou rejette la tâche via l’API REST des tâches de FlexDeploy, avec les identifiants du connecteur FlexDeploy.</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="58"/>
        <source>Paused pipeline</source>
        <translation>Pipeline en pause</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="65"/>
        <source>The first pipeline pauses with this call; &quot;target&quot; names a restart target from the settings. The answer carries a single-use restart link; approving in the console starts the second pipeline with &quot;data&quot;.</source>
        <translation>La première pipeline se met en pause avec cet appel ; &quot;target&quot; désigne une cible de redémarrage des paramètres. La réponse contient un lien de redémarrage à usage unique ; une approbation dans la console démarre la seconde pipeline avec &quot;data&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37"/>
        <source>Operator API</source>
        <translation>API opérateur</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="43"/>
        <source>For scripts and chat bots: /approve or /reject decides, /retry-delivery retries, GET /api/approvals lists. The operator token is under File &gt; Copy operator token.</source>
        <translation>Pour les scripts et les bots de discussion : /approve ou /reject décide, /retry-delivery relance l’envoi, GET /api/approvals liste. Le jeton opérateur se trouve dans Fichier &gt; Copier le jeton opérateur.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="54"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="58"/>
        <source>sealed in the vault</source>
        <translation>scellé dans le coffre</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="59"/>
        <source>Settings › Connectors seals it in the vault</source>
        <translation>Paramètres › Connecteurs le scelle dans le coffre</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="62"/>
        <source>%1: %2 (or %3)</source>
        <translation>%1 : %2 (ou %3)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="67"/>
        <source>On this side (%1):</source>
        <translation>De ce côté (%1) :</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="75"/>
        <location filename="../ui/connectdialog.cpp" line="76"/>
        <source>How to connect</source>
        <translation>Comment se connecter</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="78"/>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="99"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="100"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="101"/>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
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
        <translation>URL %1 :</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="126"/>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="125"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="126"/>
        <source>headers</source>
        <translation>les en-têtes</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="129"/>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="135"/>
        <source>Sample payload:</source>
        <translation>Exemple de contenu :</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="136"/>
        <source>Sample payload</source>
        <translation>Exemple de contenu</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="136"/>
        <source>payload</source>
        <translation>le contenu</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="103"/>
        <source>GitLab deployments</source>
        <translation>Déploiements GitLab</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="113"/>
        <source>In GitLab, open the project&apos;s (or group&apos;s) Settings &gt; Webhooks &gt; Add new webhook. URL: %1/hooks/gitlab. Secret token: the secret below. Trigger: Deployment events only. (With a signing token, give Gatehouse that whsec_ value as its GitLab secret.) Gatehouse re-reads each blocked deployment and approves or rejects it through GitLab&apos;s API with an access token of scope api, of a user allowed to approve (GATEHOUSE_GITLAB_TOKEN, or Settings &gt; Connectors &gt; GitLab).</source>
        <translation>Dans GitLab, ouvrez Paramètres &gt; Webhooks &gt; Ajouter un webhook du projet (ou du groupe). URL : %1/hooks/gitlab. Jeton secret : le secret ci-dessous. Déclencheur : événements de déploiement uniquement. (Avec un jeton de signature, donnez à Gatehouse cette valeur whsec_ comme secret GitLab.) Gatehouse relit chaque déploiement bloqué et l’approuve ou le rejette via l’API de GitLab, avec un jeton d’accès de portée api d’un utilisateur autorisé à approuver (GATEHOUSE_GITLAB_TOKEN, ou Paramètres &gt; Connecteurs &gt; GitLab).</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="97"/>
        <source>Set jenkins/url to your Jenkins and GATEHOUSE_JENKINS_CREDENTIALS to user:API token of the user who decides. Gatehouse answers 202, confirms the wait with pendingInputActions, and proceeds (with every parameter) or aborts the input. The input id must start with an upper-case letter, as Jenkins stores it.</source>
        <translation>Réglez jenkins/url sur votre Jenkins et GATEHOUSE_JENKINS_CREDENTIALS sur utilisateur:jeton d’API de l’utilisateur qui décide. Gatehouse répond 202, confirme l’attente avec pendingInputActions, puis poursuit la saisie (avec tous les paramètres) ou l’interrompt. L’identifiant de l’input doit commencer par une majuscule, comme Jenkins l’enregistre.</translation>
    </message>
</context>
<context>
    <name>ConnectHelp</name>
    <message>
        <location filename="../app/connectors/generic/genericconnector.cpp" line="169"/>
        <source>Generic webhook</source>
        <translation>Webhook générique</translation>
    </message>
    <message>
        <location filename="../app/connectors/generic/genericconnector.cpp" line="182"/>
        <source>Required: title and callbackUrl. Gatehouse posts the decision as JSON (id, externalId, decision, decidedBy, comment, decidedAt) to callbackUrl. The same externalId updates the approval instead of creating a twin.</source>
        <translation>Obligatoires : title et callbackUrl. Gatehouse envoie la décision en JSON (id, externalId, decision, decidedBy, comment, decidedAt) à callbackUrl. Le même externalId met à jour l’approbation au lieu d’en créer un doublon.</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="135"/>
        <source>GitHub App</source>
        <translation>App GitHub</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="148"/>
        <source>GitHub sends this itself. Create a GitHub App with this webhook URL and the secret below; repository permissions Deployments: Read and write, Actions: Read-only; subscribe to the Deployment protection rule event. Generate its private key, set github/appId and github/privateKeyFile, install the App and enable it on each environment (Settings &gt; Environments). For environments with required reviewers instead, list the repositories in github/repositories and set GATEHOUSE_GITHUB_TOKEN.</source>
        <translation>GitHub l’envoie lui-même. Créez une App GitHub avec cette URL de webhook et le secret ci-dessous ; permissions de dépôt Deployments : Read and write, Actions : Read-only ; abonnez-vous à l’événement Deployment protection rule. Générez sa clé privée, définissez github/appId et github/privateKeyFile, installez l’App et activez-la sur chaque environnement (Settings &gt; Environments). Pour les environnements avec réviseurs requis, listez plutôt les dépôts dans github/repositories et définissez GATEHOUSE_GITHUB_TOKEN.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecretsDialog</name>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="15"/>
        <source>Webhook secrets</source>
        <translation>Secrets des webhooks</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="17"/>
        <source>&lt;b&gt;Connector&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connecteur&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="18"/>
        <source>&lt;b&gt;Scheme&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schéma&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="19"/>
        <source>&lt;b&gt;Secret&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secret&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="23"/>
        <source>Callback signing</source>
        <translation>Signature des callbacks</translation>
    </message>
    <message>
        <location filename="../ui/connectionsecretsdialog.cpp" line="29"/>
        <source>Send the secret as &apos;Authorization: Bearer &lt;secret&gt;&apos;, as the header &apos;X-Gatehouse-Secret: &lt;secret&gt;&apos; or as &apos;?code=&lt;secret&gt;&apos;. Set GATEHOUSE_SECRET_&lt;CONNECTOR&gt; to choose one yourself.
Callback signing: Gatehouse signs its generic, fan-in and restart callbacks with this secret (Standard Webhooks &apos;webhook-signature&apos; header); give it to the receivers so they can verify. Set GATEHOUSE_CALLBACK_SIGNING_SECRET to choose one.</source>
        <translation>Envoyez le secret sous la forme &apos;Authorization: Bearer &lt;secret&gt;&apos;, dans l’en-tête &apos;X-Gatehouse-Secret: &lt;secret&gt;&apos; ou sous la forme &apos;?code=&lt;secret&gt;&apos;. Définissez GATEHOUSE_SECRET_&lt;CONNECTOR&gt; pour le choisir vous-même.
Signature des callbacks : Gatehouse signe ses callbacks génériques, de convergence et de redémarrage avec ce secret (en-tête Standard Webhooks &apos;webhook-signature&apos;) ; transmettez-le aux destinataires pour qu’ils puissent vérifier la signature. Définissez GATEHOUSE_CALLBACK_SIGNING_SECRET pour le choisir vous-même.</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="55"/>
        <source>fan-in groups file (JSON)</source>
        <translation>fichier des groupes de convergence (JSON)</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="56"/>
        <source>Groups file</source>
        <translation>Fichier des groupes</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="164"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="170"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="52"/>
        <source>restart targets and their credentials</source>
        <translation>cibles de redémarrage et leurs identifiants</translation>
    </message>
</context>
<context>
    <name>ConnectorNames</name>
    <message>
        <location filename="../app/connectors/generic/genericconnector.cpp" line="133"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="16"/>
        <source>Paused pipelines</source>
        <translation>Pipelines en pause</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="15"/>
        <source>Fan-in</source>
        <translation>Convergence</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingValues</name>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="69"/>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="70"/>
        <source>stored in the vault</source>
        <translation>enregistré dans le coffre</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="71"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="101"/>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="106"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="135"/>
        <source>must be an absolute http or https URL</source>
        <translation>doit être une URL http ou https absolue</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="137"/>
        <source>must not carry a user name or password: Gatehouse keeps credentials in the vault</source>
        <translation>ne doit contenir ni nom d’utilisateur ni mot de passe : Gatehouse garde les identifiants dans le coffre</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="141"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettingvalues.cpp" line="175"/>
        <source>could not be stored in the vault</source>
        <translation>n’a pas pu être enregistré dans le coffre</translation>
    </message>
</context>
<context>
    <name>ConnectorSettings</name>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="132"/>
        <source>must be token, hmac-sha256, standard-webhooks or none</source>
        <translation>doit être token, hmac-sha256, standard-webhooks ou none</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="140"/>
        <source>must be an HTTP header name such as X-Hub-Signature-256</source>
        <translation>doit être un nom d’en-tête HTTP comme X-Hub-Signature-256</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="148"/>
        <source>must not contain spaces or control characters</source>
        <translation>ne doit contenir ni espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="153"/>
        <source>a Standard Webhooks secret is whsec_ followed by base64 of at least 16 bytes: press Generate</source>
        <translation>un secret Standard Webhooks est whsec_ suivi d’au moins 16 octets en base64 : cliquez sur Générer</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="156"/>
        <source>must be at least 16 characters long</source>
        <translation>doit comporter au moins 16 caractères</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="161"/>
        <source>switching to or from Standard Webhooks needs a new secret: press Generate</source>
        <translation>passer à Standard Webhooks ou le quitter exige un nouveau secret : cliquez sur Générer</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="166"/>
        <source>must be an absolute http or https URL</source>
        <translation>doit être une URL http ou https absolue</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="168"/>
        <source>must be from 1 to %1 minutes</source>
        <translation>doit être compris entre 1 et %1 minutes</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="175"/>
        <source>no such restart target</source>
        <translation>cible de redémarrage inconnue</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="180"/>
        <source>secrets can be stored only while Gatehouse runs</source>
        <translation>les secrets ne peuvent être enregistrés que pendant que Gatehouse tourne</translation>
    </message>
    <message>
        <location filename="../app/service/connectorsettings.cpp" line="198"/>
        <location filename="../app/service/connectorsettings.cpp" line="208"/>
        <source>could not be stored in the vault</source>
        <translation>n’a pas pu être enregistré dans le coffre</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsPage</name>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="25"/>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="57"/>
        <source>%1 authentication scheme</source>
        <translation>Schéma d’authentification de %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="58"/>
        <source>Shared token (Bearer, X-Gatehouse-Secret, Basic or ?code=)</source>
        <translation>Jeton partagé (Bearer, X-Gatehouse-Secret, Basic ou ?code=)</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="60"/>
        <source>HMAC-SHA256 signature of the body</source>
        <translation>Signature HMAC-SHA256 du corps</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="61"/>
        <source>Standard Webhooks signature</source>
        <translation>Signature Standard Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="62"/>
        <source>None: anyone who can reach the port</source>
        <translation>Aucune : quiconque atteint le port</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="63"/>
        <source>%1 signature header</source>
        <translation>En-tête de signature de %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="65"/>
        <source>%1 signature prefix</source>
        <translation>Préfixe de signature de %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="68"/>
        <source>%1 secret state</source>
        <translation>État du secret de %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="69"/>
        <source>New %1 webhook secret</source>
        <translation>Nouveau secret de webhook %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="71"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="72"/>
        <source>Generate a %1 webhook secret</source>
        <translation>Générer un secret de webhook %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="73"/>
        <source>Makes a new random secret, puts it in the field and copies it to the clipboard for the sender; it is stored when you save.</source>
        <translation>Crée un nouveau secret aléatoire, le place dans le champ et le copie dans le presse-papiers pour l’expéditeur ; il est enregistré quand vous enregistrez.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="85"/>
        <source>A new secret was generated and copied to the clipboard: configure the sender with it. It is stored when you save.</source>
        <translation>Un nouveau secret a été généré et copié dans le presse-papiers : configurez l’expéditeur avec. Il est enregistré quand vous enregistrez.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="99"/>
        <source>Inbound webhooks</source>
        <translation>Webhooks entrants</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="101"/>
        <source>&amp;Scheme:</source>
        <translation>&amp;Schéma :</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="103"/>
        <source>Signature &amp;header:</source>
        <translation>&amp;En-tête de signature :</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="106"/>
        <source>Signature p&amp;refix:</source>
        <translation>&amp;Préfixe de signature :</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="107"/>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="108"/>
        <source>&amp;Replace secret:</source>
        <translation>&amp;Remplacer le secret :</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="111"/>
        <source>Applies at once: the next webhook must use the new scheme and secret.</source>
        <translation>S’applique tout de suite : le prochain webhook doit utiliser le nouveau schéma et le nouveau secret.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="118"/>
        <source>Restart targets</source>
        <translation>Cibles de redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="122"/>
        <source>New credentials for restart target %1</source>
        <translation>Nouveaux identifiants de la cible de redémarrage %1</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="129"/>
        <source>Targets are configured in the settings file (restartTargets/&lt;name&gt;/...). Credentials are a token or user:password; stored ones are never shown, and new ones apply with the next restart call.</source>
        <translation>Les cibles se configurent dans le fichier de paramètres (restartTargets/&lt;nom&gt;/...). Les identifiants sont un jeton ou utilisateur:mot de passe ; ceux qui sont enregistrés ne sont jamais affichés, les nouveaux s’appliquent dès le prochain appel de redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="168"/>
        <location filename="../ui/connectorsettingspage.cpp" line="193"/>
        <source>stored — type to replace</source>
        <translation>enregistré — saisir pour remplacer</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="169"/>
        <source>none stored: token or user:password</source>
        <translation>aucun enregistré : jeton ou utilisateur:mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="182"/>
        <source>Secrets can be changed only while Gatehouse runs.</source>
        <translation>Les secrets ne peuvent être modifiés que pendant que Gatehouse tourne.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="184"/>
        <source>Stored in the vault (see File › Webhook secrets). Type or generate a new one to replace it.</source>
        <translation>Enregistré dans le coffre (voir Fichier › Secrets des webhooks). Saisissez-en ou générez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="187"/>
        <source>None stored yet: one is generated when needed.</source>
        <translation>Aucun enregistré pour l’instant : un secret est généré au besoin.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="190"/>
        <source>%1 gives the secret in use; a secret stored here applies once it is gone.</source>
        <translation>%1 fournit le secret en vigueur ; un secret enregistré ici s’applique quand il disparaît.</translation>
    </message>
    <message>
        <location filename="../ui/connectorsettingspage.cpp" line="194"/>
        <source>type a new secret</source>
        <translation>saisir un nouveau secret</translation>
    </message>
</context>
<context>
    <name>DecisionResults</name>
    <message>
        <location filename="../ui/decisionresults.cpp" line="16"/>
        <source>Bulk decision progress</source>
        <translation>Progression de la décision groupée</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="19"/>
        <source>Bulk decision results</source>
        <translation>Résultats de la décision groupée</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="24"/>
        <location filename="../ui/decisionresults.cpp" line="25"/>
        <source>Close results</source>
        <translation>Fermer les résultats</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="48"/>
        <source>#%1 %2: waiting for the engine</source>
        <translation>n°%1 %2 : en attente du moteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionresults.cpp" line="56"/>
        <source>Approving %n approvals…</source>
        <translation>
            <numerusform>Approbation de %n demande…</numerusform>
            <numerusform>Approbation de %n demandes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionresults.cpp" line="57"/>
        <source>Rejecting %n approvals…</source>
        <translation>
            <numerusform>Rejet de %n demande…</numerusform>
            <numerusform>Rejet de %n demandes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="64"/>
        <source>Approved %1 of %2</source>
        <translation>%1 sur %2 approuvées</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="65"/>
        <source>Rejected %1 of %2</source>
        <translation>%1 sur %2 rejetées</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decisionresults.cpp" line="66"/>
        <source>%1; %n refused</source>
        <translation>
            <numerusform>%1 ; %n refusée</numerusform>
            <numerusform>%1 ; %n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="79"/>
        <source>#%1 %2: %3</source>
        <translation>n°%1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/decisionresults.cpp" line="91"/>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 traitées</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <location filename="../app/gates/decisionrules.cpp" line="70"/>
        <source>The policy %1 needs to know who decides: decide in the console or with a personal API token</source>
        <translation>La règle %1 doit savoir qui décide : décidez dans la console ou avec un jeton d’API personnel</translation>
    </message>
    <message>
        <location filename="../app/gates/decisionrules.cpp" line="75"/>
        <source>Only %1 may decide this (policy %2); %3 may not</source>
        <translation>Seul %1 peut décider ceci (règle %2) ; %3 ne le peut pas</translation>
    </message>
    <message>
        <location filename="../app/gates/decisionrules.cpp" line="82"/>
        <source>%1 requested this run: four eyes (policy %2) needs someone else to approve it</source>
        <translation>%1 a demandé cette exécution : le principe des quatre yeux (règle %2) exige que quelqu’un d’autre l’approuve</translation>
    </message>
    <message>
        <location filename="../app/gates/decisionrules.cpp" line="87"/>
        <source>%1 has approved already: %2 (policy %3) needs another person</source>
        <translation>%1 a déjà approuvé : %2 (règle %3) exige une autre personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/decisionrules.cpp" line="129"/>
        <source>%1 of %n approvals: %2</source>
        <translation>
            <numerusform>%1 approbation sur %n : %2</numerusform>
            <numerusform>%1 approbations sur %n : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclaredSettingsGroup</name>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="24"/>
        <location filename="../ui/declaredsettingsgroup.cpp" line="25"/>
        <source>%1 settings</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="32"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="41"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="60"/>
        <source>%1 state</source>
        <translation>État de %1</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="72"/>
        <source>Settings apply when Gatehouse starts again; a new secret with the next call. Secrets are sealed in the vault and never shown again.</source>
        <translation>Les paramètres s’appliquent au prochain démarrage de Gatehouse ; un nouveau secret, dès l’appel suivant. Les secrets sont scellés dans le coffre et ne sont plus jamais affichés.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="98"/>
        <source>Secrets can be changed only while Gatehouse runs.</source>
        <translation>Les secrets ne peuvent être modifiés que pendant que Gatehouse tourne.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="99"/>
        <source>Stored in the vault.</source>
        <translation>Enregistré dans le coffre.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="100"/>
        <source>None stored.</source>
        <translation>Aucun enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="103"/>
        <source>%1 is set and replaces it at every start.</source>
        <translation>%1 est défini et le remplace à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="107"/>
        <source>a file whose content is sealed in the vault</source>
        <translation>un fichier dont le contenu est scellé dans le coffre</translation>
    </message>
    <message>
        <location filename="../ui/declaredsettingsgroup.cpp" line="109"/>
        <source>stored — type to replace</source>
        <translation>enregistré — saisir pour remplacer</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="41"/>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="43"/>
        <source>Approve or reject</source>
        <translation>Approuver ou rejeter</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="55"/>
        <source>%1 of at most %2 (every %3 min, timeout %4 min)</source>
        <translation>%1 sur %2 au plus (toutes les %3 min, délai %4 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="61"/>
        <source>%1 (every %2 min)</source>
        <translation>%1 (toutes les %2 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="63"/>
        <source>%1 (timeout %2 min)</source>
        <translation>%1 (délai %2 min)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="107"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="110"/>
        <source>Selected approvals</source>
        <translation>Demandes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="117"/>
        <source>Comment or reason (optional)</source>
        <translation>Commentaire ou motif (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="118"/>
        <source>Decision comment</source>
        <translation>Commentaire de décision</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="119"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="120"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="121"/>
        <location filename="../ui/detailpane.cpp" line="450"/>
        <source>Approve the selected approval (Ctrl+Return)</source>
        <translation>Approuver la demande sélectionnée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="122"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="123"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="124"/>
        <location filename="../ui/detailpane.cpp" line="451"/>
        <source>Reject the selected approval (Ctrl+Backspace)</source>
        <translation>Rejeter la demande sélectionnée (Ctrl+Retour arrière)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="126"/>
        <source>Retry &amp;delivery</source>
        <translation>Ré&amp;essayer l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="127"/>
        <source>Retry delivery</source>
        <translation>Réessayer l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <location filename="../ui/detailpane.cpp" line="213"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="145"/>
        <location filename="../ui/detailpane.cpp" line="148"/>
        <source>Action links</source>
        <translation>Liens d’action</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="152"/>
        <source>Issue &amp;new link</source>
        <translation>Émettre un &amp;nouveau lien</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="153"/>
        <source>Issue new link</source>
        <translation>Émettre un nouveau lien</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="154"/>
        <source>Make a new link for this approval and revoke its unused links</source>
        <translation>Créer un nouveau lien pour cette approbation et révoquer ses liens inutilisés</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="158"/>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="159"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="160"/>
        <source>Copy the new link</source>
        <translation>Copier le nouveau lien</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="227"/>
        <source>Link copied to the clipboard</source>
        <translation>Lien copié dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="273"/>
        <source>%n approvals selected</source>
        <translation>
            <numerusform>%n demande sélectionnée</numerusform>
            <numerusform>%n demandes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="275"/>
        <source>%n of them pending; Approve and Reject act on all pending ones</source>
        <translation>
            <numerusform>dont %n en attente ; Approuver et Rejeter agissent sur toutes celles en attente</numerusform>
            <numerusform>dont %n en attente ; Approuver et Rejeter agissent sur toutes celles en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="309"/>
        <source>View run ↗</source>
        <translation>Voir l’exécution ↗</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="317"/>
        <source>Approving restarts %1 with this data:</source>
        <translation>Approuver redémarre %1 avec ces données :</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="326"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="339"/>
        <source>%1 by %2 (%3) at %4</source>
        <translation>%1 par %2 (%3) le %4</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="353"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="354"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="355"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="356"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="357"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="358"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="361"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="362"/>
        <source>At the source</source>
        <translation>À la source</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="369"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="371"/>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="372"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="384"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
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
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="389"/>
        <source>Last delivery error</source>
        <translation>Dernière erreur d’envoi</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="391"/>
        <source>Restart run id</source>
        <translation>ID d’exécution du redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="419"/>
        <source>Sources arrived</source>
        <translation>Sources reçues</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="420"/>
        <source>Sources missing</source>
        <translation>Sources manquantes</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="421"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="424"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="427"/>
        <source>Gates</source>
        <translation>Portes</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="429"/>
        <source>all %1 green: waiting for a human approval</source>
        <translation>les %1 au vert : en attente d’une approbation humaine</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="470"/>
        <source>Expires %1</source>
        <translation>Expire %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="471"/>
        <source>Issued %1</source>
        <translation>Émis %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="474"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="477"/>
        <source>used</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="478"/>
        <source>Used %1</source>
        <translation>Utilisé %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="481"/>
        <source>replaced by a newer link</source>
        <translation>remplacé par un lien plus récent</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="482"/>
        <source>Replaced %1</source>
        <translation>Remplacé %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="521"/>
        <source>The earlier link no longer works.</source>
        <translation>Le lien précédent ne fonctionne plus.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="522"/>
        <source>%1 earlier links no longer work.</source>
        <translation>%1 liens précédents ne fonctionnent plus.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="485"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="67"/>
        <source>%1, ends %2</source>
        <translation>%1, fin %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="92"/>
        <source>View run</source>
        <translation>Voir l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="94"/>
        <source>Approving restarts the run with this data:</source>
        <translation>Approuver redémarre l’exécution avec ces données :</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="98"/>
        <source>Restart data</source>
        <translation>Données de redémarrage</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailpane.cpp" line="431"/>
        <source>%1 of %2 green after %n evaluations</source>
        <translation>
            <numerusform>%1 sur %2 au vert après %n évaluation</numerusform>
            <numerusform>%1 sur %2 au vert après %n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="486"/>
        <source>Expired %1</source>
        <translation>Expiré %1</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="489"/>
        <source>closed: already decided</source>
        <translation>fermé : déjà décidé</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="517"/>
        <source>%1 link, expires %2. Copy it now: it is shown only once.</source>
        <translation>Lien « %1 », expire %2. Copiez-le maintenant : il n’est affiché qu’une fois.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="526"/>
        <source>New link issued</source>
        <translation>Nouveau lien émis</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/core/engine.cpp" line="222"/>
        <source>Received again from %1; details refreshed</source>
        <translation>Reçue de nouveau de %1 ; détails mis à jour</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="223"/>
        <source>Received again from %1 after the decision; nothing changed</source>
        <translation>Reçue de nouveau de %1 après la décision ; rien n’a changé</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="235"/>
        <source>Received from %1; expires %2</source>
        <translation>Reçue de %1 ; expire %2</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="237"/>
        <source>Received from %1</source>
        <translation>Reçue de %1</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="303"/>
        <source>superseded by #%1</source>
        <translation>remplacée par #%1</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="317"/>
        <source>Cancelled: superseded by #%1, a newer run of the same deployment</source>
        <translation>Annulée : remplacée par #%1, une exécution plus récente du même déploiement</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="327"/>
        <source>Supersedes %1 (cancelled)</source>
        <translation>Remplace %1 (annulation)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="354"/>
        <location filename="../app/core/engine.cpp" line="591"/>
        <location filename="../app/core/engine.cpp" line="653"/>
        <location filename="../app/core/engine.cpp" line="1202"/>
        <location filename="../app/core/engineassignment.cpp" line="51"/>
        <location filename="../app/core/enginerelease.cpp" line="114"/>
        <source>Approval %1 does not exist</source>
        <translation>L’approbation %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="361"/>
        <location filename="../app/core/engine.cpp" line="472"/>
        <location filename="../app/core/engine.cpp" line="590"/>
        <location filename="../app/core/engine.cpp" line="652"/>
        <source>Already %1 by %2</source>
        <translation>Déjà %1 par %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/connector.h" line="382"/>
        <location filename="../app/core/engine.cpp" line="390"/>
        <source>this approval takes no parameters</source>
        <translation>cette approbation ne prend aucun paramètre</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="413"/>
        <source>A policy holds approvals of this item until its gates pass: it cannot be approved ahead</source>
        <translation>Une règle retient les approbations de cet élément jusqu’à ce que ses portes passent au vert : il ne peut pas être approuvé d’avance</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="424"/>
        <source>Its gates are not all green (%1 of %2): approving overrides them; say why in a comment</source>
        <translation>Ses portes ne sont pas toutes au vert (%1 sur %2) : approuver passe outre ; indiquez pourquoi dans un commentaire</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="454"/>
        <source>%1 expects no callback for this item: there is nothing to release later</source>
        <translation>%1 n’attend aucun callback pour cet élément : il n’y a rien à libérer plus tard</translation>
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
        <translation>La base de données n’est pas disponible</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="483"/>
        <source>Expired: no decision before the deadline</source>
        <translation>Expirée : aucune décision avant l’échéance</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="484"/>
        <source>%1 by %2 from %3</source>
        <translation>%1 par %2 depuis %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="485"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="486"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="487"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
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
        <translation> : « %1 »</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="321"/>
        <location filename="../app/core/engine.cpp" line="503"/>
        <source>%1 queued for %2</source>
        <translation>%1 en file pour %2</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="599"/>
        <source>%1 has approved already: %2; the quorum needs another person</source>
        <translation>%1 a déjà approuvé : %2 ; le quorum exige une autre personne</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="620"/>
        <source>Approval by %1 from %2 recorded: %3</source>
        <translation>Approbation de %1 depuis %2 enregistrée : %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="662"/>
        <source>Already approved by %1; the gates decide</source>
        <translation>Déjà approuvée par %1 ; les portes décident</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="673"/>
        <source>Approved by %1 from %2; the decision waits for the gates</source>
        <translation>Approuvée par %1 depuis %2 ; la décision attend les portes</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="712"/>
        <source>deadline passed; policy “%1” approves on timeout</source>
        <translation>échéance passée ; la règle « %1 » approuve à l’expiration</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="721"/>
        <source>policy “%1” rejects on timeout</source>
        <translation>la règle « %1 » rejette à l’expiration</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="741"/>
        <source>Deadline passed: policy “%1” leaves the outcome to %2; Gatehouse does not decide</source>
        <translation>Échéance passée : la règle « %1 » laisse l’issue à %2 ; Gatehouse ne décide pas</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="787"/>
        <source>Delivery retried by hand</source>
        <translation>Envoi relancé à la main</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="927"/>
        <source>%1 delivered to %2: HTTP %3 (attempt %4)</source>
        <translation>%1 envoyé à %2 : HTTP %3 (tentative %4)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1003"/>
        <source>%1: the answer has no &apos;%2&apos;; calls that need it will not be sent</source>
        <translation>%1 : la réponse n’a pas de « %2 » ; les appels qui en ont besoin ne seront pas envoyés</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1012"/>
        <source>%1 answered with %2 %3</source>
        <translation>%1 a répondu avec %2 %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1045"/>
        <source>%1 to %2 failed: %3 (attempt %4, giving up)</source>
        <translation>Échec de %1 vers %2 : %3 (tentative %4, abandon)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1048"/>
        <source>%1 to %2 failed: %3 (attempt %4, next try %5)</source>
        <translation>Échec de %1 vers %2 : %3 (tentative %4, prochain essai %5)</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1163"/>
        <source>Action link issued (%1); expires %2</source>
        <translation>Lien d’action émis (%1) ; expire %2</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1206"/>
        <source>Already %1: a new link could not decide anything</source>
        <translation>Déjà %1 : un nouveau lien ne pourrait plus rien décider</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1223"/>
        <source>The approval&apos;s deadline has passed: no new link</source>
        <translation>L’échéance de l’approbation est passée : pas de nouveau lien</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1250"/>
        <source>New action link (%1) issued by %2 from the console; expires %3</source>
        <translation>Nouveau lien d’action (%1) émis par %2 depuis la console ; expire %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1122"/>
        <source>; the earlier link no longer works</source>
        <translation> ; le lien précédent ne fonctionne plus</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1123"/>
        <source>; %1 earlier links no longer work</source>
        <translation> ; %1 liens précédents ne fonctionnent plus</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1305"/>
        <source>This link was already used at %1</source>
        <translation>Ce lien a déjà été utilisé le %1</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1308"/>
        <source>This link was replaced by a newer one at %1</source>
        <translation>Ce lien a été remplacé par un plus récent le %1</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1312"/>
        <source>This link expired at %1</source>
        <translation>Ce lien a expiré le %1</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1315"/>
        <source>Already %1 by %2 from %3</source>
        <translation>Déjà %1 par %2 depuis %3</translation>
    </message>
    <message>
        <location filename="../app/core/engine.cpp" line="1333"/>
        <source>Action link from %1 refused: %2</source>
        <translation>Lien d’action de %1 refusé : %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="23"/>
        <source>%1 is looking at this since %2</source>
        <translation>%1 s’en occupe depuis %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="45"/>
        <source>Nobody to name: the caller has no name</source>
        <translation>Aucun nom à inscrire : l’appelant n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="57"/>
        <source>Already %1 by %2: nobody needs to look at it</source>
        <translation>Déjà %1 par %2 : personne n’a besoin de s’en occuper</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="64"/>
        <source>Nobody is looking at this</source>
        <translation>Personne ne s’en occupe</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="89"/>
        <source>It changed meanwhile; try again</source>
        <translation>Elle a changé entre-temps ; réessayez</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="94"/>
        <source>; %1 was looking since %2</source>
        <translation> ; %1 s’en occupait depuis %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="95"/>
        <source>Released by %1 from %2</source>
        <translation>Rendue par %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="97"/>
        <source>Taken by %1 from %2: %1 is looking at this</source>
        <translation>Prise par %1 depuis %2 : %1 s’en occupe</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="98"/>
        <source>Taken over by %1 from %2</source>
        <translation>Reprise par %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../app/core/engineassignment.cpp" line="124"/>
        <source>Released: %1 was looking at this since %2; it is decided</source>
        <translation>Rendue : %1 s’en occupait depuis %2 ; elle est décidée</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="52"/>
        <source>A pre-approval names the pipeline of the run it approves</source>
        <translation>Une pré-approbation indique la pipeline de l’exécution qu’elle approuve</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="56"/>
        <source>A pre-approval names who approves</source>
        <translation>Une pré-approbation indique qui approuve</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="60"/>
        <source>validUntil must be a time still to come</source>
        <translation>validUntil doit être une heure à venir</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/enginepreapprovals.cpp" line="64"/>
        <source>A pre-approval lasts at most %n days</source>
        <translation>
            <numerusform>Une pré-approbation dure au plus %n jour</numerusform>
            <numerusform>Une pré-approbation dure au plus %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="68"/>
        <source>The release time %1 has passed</source>
        <translation>L’heure de libération %1 est passée</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="79"/>
        <source>No policy for %1 has a time window: there is no change window to release in</source>
        <translation>Aucune règle pour %1 n’a de plage horaire : il n’y a pas de fenêtre de changement où libérer</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="118"/>
        <source>Pre-approval #%1 for %2 recorded; valid until %3</source>
        <translation>Pré-approbation #%1 pour %2 enregistrée ; valable jusqu’au %3</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="131"/>
        <source>Pre-approval %1 does not exist</source>
        <translation>La pré-approbation %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="149"/>
        <source>Pre-approval %1 was used by approval %2</source>
        <translation>La pré-approbation %1 a servi à l’approbation %2</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="150"/>
        <source>Pre-approval %1 is no longer active</source>
        <translation>La pré-approbation %1 n’est plus active</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="168"/>
        <source>Pre-approval %1 revoked by %2</source>
        <translation>Pré-approbation %1 révoquée par %2</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="196"/>
        <source>Pre-approval #%1 by %2 (recorded %3) applied</source>
        <translation>Pré-approbation #%1 de %2 (enregistrée %3) appliquée</translation>
    </message>
    <message>
        <location filename="../app/core/enginepreapprovals.cpp" line="213"/>
        <source>Pre-approval #%1 by %2 not applied: %3</source>
        <translation>Pré-approbation #%1 de %2 non appliquée : %3</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="29"/>
        <source>No policy of this item has a time window: there is no change window to release in</source>
        <translation>Aucune règle de cet élément n’a de plage horaire : il n’y a pas de fenêtre de changement où libérer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/enginerelease.cpp" line="36"/>
        <source>The change window of this item does not open within %n days</source>
        <translation>
            <numerusform>La fenêtre de changement de cet élément ne s’ouvre pas d’ici %n jour</numerusform>
            <numerusform>La fenêtre de changement de cet élément ne s’ouvre pas d’ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="44"/>
        <source>The release time is not a valid time</source>
        <translation>L’heure de libération n’est pas une heure valide</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="50"/>
        <source>The release time %1 has passed; approve without a release time to release now</source>
        <translation>L’heure de libération %1 est passée ; approuvez sans heure de libération pour libérer tout de suite</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="59"/>
        <source>The release time %1 is after the item&apos;s deadline %2</source>
        <translation>L’heure de libération %1 est après l’échéance %2 de l’élément</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="72"/>
        <source>Release at %1: the callback waits until then</source>
        <translation>Libération à %1 : le callback attend jusque-là</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="73"/>
        <source>Release at %1, when the change window of policy “%2” opens: the callback waits until then</source>
        <translation>Libération à %1, à l’ouverture de la fenêtre de changement de la règle « %2 » : le callback attend jusque-là</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="119"/>
        <source>Approval %1 was not approved ahead: there is no release to cancel</source>
        <translation>L’approbation %1 n’a pas été approuvée d’avance : il n’y a pas de libération à annuler</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="129"/>
        <source>Approval %1 was released at %2: its callback has gone or is on its way</source>
        <translation>L’approbation %1 a été libérée à %2 : son callback est parti ou en route</translation>
    </message>
    <message>
        <location filename="../app/core/enginerelease.cpp" line="144"/>
        <source>Release cancelled by %1 from %2: the approval by %3 is withdrawn, no callback was sent, and the item waits for a decision again</source>
        <translation>Libération annulée par %1 depuis %2 : l’approbation de %3 est retirée, aucun callback n’a été envoyé et l’élément attend de nouveau une décision</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="20"/>
        <location filename="../ui/exportdialog.cpp" line="21"/>
        <source>Export approvals</source>
        <translation>Exporter les approbations</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="23"/>
        <source>The &amp;selected approvals (%n)</source>
        <translation>
            <numerusform>La demande &amp;sélectionnée (%n)</numerusform>
            <numerusform>Les demandes &amp;sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="24"/>
        <source>Export the selection</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="26"/>
        <source>Everything &amp;decided between</source>
        <translation>Tout ce qui a été &amp;décidé entre</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="27"/>
        <source>Export a date range</source>
        <translation>Exporter une période</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="32"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="35"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="38"/>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="39"/>
        <source>JSON (the API&apos;s fields)</source>
        <translation>JSON (les champs de l’API)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="41"/>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="42"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="43"/>
        <source>Choose the export file</source>
        <translation>Choisir le fichier d’export</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="48"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="55"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="58"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="62"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="74"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="121"/>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier pour l’export.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="125"/>
        <source>The range starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
</context>
<context>
    <name>FanInGroupFile</name>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="16"/>
        <source>field %1: %2</source>
        <translation>champ %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="26"/>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="186"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="37"/>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="86"/>
        <source>is not a known field (known: %1)</source>
        <translation>n’est pas un champ connu (connus : %1)</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="46"/>
        <source>must be POST, PUT, PATCH or GET</source>
        <translation>doit être POST, PUT, PATCH ou GET</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="50"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="55"/>
        <source>must be an absolute http or https URL</source>
        <translation>doit être une URL http ou https absolue</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="59"/>
        <source>must be an object of name: value</source>
        <translation>doit être un objet de paires nom : valeur</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="64"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="95"/>
        <source>is required: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>est obligatoire : 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="99"/>
        <source>must be a non-empty list of source names</source>
        <translation>doit être une liste non vide de noms de sources</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="103"/>
        <source>must hold non-empty strings</source>
        <translation>doit contenir des chaînes non vides</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="106"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; figure deux fois</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="119"/>
        <source>must be a number of minutes above 0, at most a year</source>
        <translation>doit être un nombre de minutes supérieur à 0, au plus un an</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="130"/>
        <source>must be callback or approval</source>
        <translation>doit être callback ou approval</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="137"/>
        <source>is required when onComplete is callback</source>
        <translation>est obligatoire quand onComplete vaut callback</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="144"/>
        <source>must name a header and a secret</source>
        <translation>doit indiquer un en-tête et un secret</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="157"/>
        <source>cannot read the fan-in groups file %1: %2</source>
        <translation>impossible de lire le fichier des groupes de convergence %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="169"/>
        <source>the fan-in groups file is not JSON: %1 at offset %2</source>
        <translation>le fichier des groupes de convergence n’est pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="176"/>
        <source>field groups: is required and must be a list</source>
        <translation>champ groups : est obligatoire et doit être une liste</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faningroupfile.cpp" line="192"/>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; est utilisé deux fois</translation>
    </message>
</context>
<context>
    <name>FanInHandler</name>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="81"/>
        <source>%1 reported after the fan-in ended (%2); ignored</source>
        <translation>%1 a répondu après la fin de la convergence (%2) ; ignoré</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="83"/>
        <source>%1 reported again; ignored</source>
        <translation>%1 a répondu de nouveau ; ignoré</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="105"/>
        <source>%1 arrived (%2 of %3): all sources have reported</source>
        <translation>%1 reçue (%2 sur %3) : toutes les sources ont répondu</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="109"/>
        <source>%1 arrived (%2 of %3); missing: %4</source>
        <translation>%1 reçue (%2 sur %3) ; manquantes : %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="120"/>
        <source>All %n sources reported</source>
        <translation>
            <numerusform>%n source sur %n a répondu</numerusform>
            <numerusform>Les %n sources ont toutes répondu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninhandler.cpp" line="123"/>
        <source>All sources reported: waiting for a human approval</source>
        <translation>Toutes les sources ont répondu : en attente d’une approbation humaine</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../ui/fielderrors.cpp" line="18"/>
        <source>Problem with %1</source>
        <translation>Problème : %1</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../ui/filefield.cpp" line="13"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/filefield.cpp" line="14"/>
        <source>Browse for %1</source>
        <translation>Rechercher : %1</translation>
    </message>
</context>
<context>
    <name>FilterComboBox</name>
    <message>
        <location filename="../ui/filtercombobox.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>FlexDeployConnector</name>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="53"/>
        <source>needs user:password (a user name without &apos;:&apos;)</source>
        <translation>exige utilisateur:mot de passe (un nom d’utilisateur sans &apos;:&apos;)</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="57"/>
        <source>FlexDeploy server</source>
        <translation>Serveur FlexDeploy</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="58"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="61"/>
        <source>chat webhook for new tasks</source>
        <translation>webhook de chat pour les nouvelles tâches</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="62"/>
        <source>Chat webhook</source>
        <translation>Webhook de chat</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="63"/>
        <source>Slack-compatible incoming webhook (optional)</source>
        <translation>Webhook entrant compatible Slack (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="66"/>
        <source>user:password for FlexDeploy</source>
        <translation>utilisateur:mot de passe pour FlexDeploy</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="67"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
</context>
<context>
    <name>GateEditor</name>
    <message>
        <location filename="../ui/gateeditor.cpp" line="24"/>
        <source>Gate</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="28"/>
        <source>Gate name</source>
        <translation>Nom de la porte</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="31"/>
        <source>Gate kind</source>
        <translation>Type de porte</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="32"/>
        <source>HTTP probe</source>
        <translation>Sonde HTTP</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="33"/>
        <source>Count within a threshold</source>
        <translation>Nombre dans un seuil</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="34"/>
        <source>Time window</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="37"/>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="40"/>
        <source>Probe URL</source>
        <translation>URL de la sonde</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="42"/>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="43"/>
        <source>One per line: Name: value</source>
        <translation>Un par ligne : Nom: valeur</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="48"/>
        <source>Secret header name</source>
        <translation>Nom de l’en-tête secret</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="49"/>
        <source>Secret header value</source>
        <translation>Valeur de l’en-tête secret</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="49"/>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="51"/>
        <source>Add secret &amp;header</source>
        <translation>Ajouter un &amp;en-tête secret</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="52"/>
        <source>Add secret header</source>
        <translation>Ajouter un en-tête secret</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="53"/>
        <source>The value is sealed in the vault when you save; the headers name it as ${secret:NAME}.</source>
        <translation>La valeur est scellée dans le coffre quand vous enregistrez ; les en-têtes la désignent par ${secret:NAME}.</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="63"/>
        <source>Condition on the JSON answer</source>
        <translation>Condition sur la réponse JSON</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="65"/>
        <source>What to count</source>
        <translation>Ce qu’il faut compter</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="66"/>
        <source>Minimum count</source>
        <translation>Nombre minimal</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="66"/>
        <location filename="../ui/gateeditor.cpp" line="67"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="67"/>
        <source>Maximum count</source>
        <translation>Nombre maximal</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="71"/>
        <source>Thu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="72"/>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="72"/>
        <source>Sat</source>
        <translation>sam</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="72"/>
        <source>Sun</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="80"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="81"/>
        <source>Window from</source>
        <translation>Plage à partir de</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="82"/>
        <source>Window to</source>
        <translation>Plage jusqu’à</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="83"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="84"/>
        <source>&amp;Inverse: green outside the window (a change freeze)</source>
        <translation>&amp;Inverse : au vert hors de la plage (un gel des changements)</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="85"/>
        <source>Inverse window</source>
        <translation>Plage inversée</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="94"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="95"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="96"/>
        <source>Met&amp;hod:</source>
        <translation>Mét&amp;hode :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="97"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="98"/>
        <source>Head&amp;ers:</source>
        <translation>En-tê&amp;tes :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="99"/>
        <source>Secret header:</source>
        <translation>En-tête secret :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="100"/>
        <source>Con&amp;dition:</source>
        <translation>Con&amp;dition :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="101"/>
        <source>Cou&amp;nt:</source>
        <translation>No&amp;mbre :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="102"/>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimum :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="103"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="104"/>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="105"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="106"/>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="107"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="262"/>
        <source>Name the gate, then give the header&apos;s name and value.</source>
        <translation>Nommez la porte, puis indiquez le nom et la valeur de l’en-tête.</translation>
    </message>
    <message>
        <location filename="../ui/gateeditor.cpp" line="283"/>
        <source>The value of %1 is sealed in the vault when you save.</source>
        <translation>La valeur de %1 est scellée dans le coffre quand vous enregistrez.</translation>
    </message>
</context>
<context>
    <name>GateEvaluator</name>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="54"/>
        <source>the secret &apos;%1&apos; is not in the vault</source>
        <translation>le secret &apos;%1&apos; n’est pas dans le coffre</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="70"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
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
        <translation>erreur d’évaluation : la réponse n’est pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="106"/>
        <location filename="../app/gates/gateevaluator.cpp" line="116"/>
        <source>evaluation error: %1</source>
        <translation>erreur d’évaluation : %1</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="108"/>
        <source>HTTP %1; %2 holds</source>
        <translation>HTTP %1 ; %2 est vrai</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="109"/>
        <source>HTTP %1; %2 is false</source>
        <translation>HTTP %1 ; %2 est faux</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="128"/>
        <source>evaluation error: %1 is neither a number nor a list</source>
        <translation>erreur d’évaluation : %1 n’est ni un nombre ni une liste</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="132"/>
        <source>%1 is %2, below the minimum %3</source>
        <translation>%1 vaut %2, sous le minimum %3</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="135"/>
        <source>%1 is %2, above the maximum %3</source>
        <translation>%1 vaut %2, au-dessus du maximum %3</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="139"/>
        <source>%1 is %2, within the threshold</source>
        <translation>%1 vaut %2, dans les limites</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="160"/>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="164"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="167"/>
        <source>%1 is inside the freeze %2</source>
        <translation>%1 est dans la période de gel %2</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="168"/>
        <source>%1 is outside the freeze %2</source>
        <translation>%1 est hors de la période de gel %2</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="170"/>
        <source>%1 is inside the window %2</source>
        <translation>%1 est dans la plage horaire %2</translation>
    </message>
    <message>
        <location filename="../app/gates/gateevaluator.cpp" line="171"/>
        <source>%1 is outside the window %2</source>
        <translation>%1 est hors de la plage horaire %2</translation>
    </message>
</context>
<context>
    <name>GateSampler</name>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="28"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="30"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
        <translation>Les portes ne sont pas passées au vert dans le délai de %1 (aucune évaluation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="198"/>
        <source>Gates did not all pass within the timeout of %1 (%n evaluations; last: %2)</source>
        <translation>
            <numerusform>Les portes ne sont pas toutes passées au vert dans le délai de %1 (%n évaluation ; dernière : %2)</numerusform>
            <numerusform>Les portes ne sont pas toutes passées au vert dans le délai de %1 (%n évaluations ; dernière : %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="206"/>
        <location filename="../app/gates/gatesampler.cpp" line="332"/>
        <source>Gates did not all pass in %n evaluations, the policy&apos;s cap (last: %1)</source>
        <translation>
            <numerusform>Les portes ne sont pas toutes passées au vert en %n évaluation, le plafond de la règle (dernière : %1)</numerusform>
            <numerusform>Les portes ne sont pas toutes passées au vert en %n évaluations, le plafond de la règle (dernière : %1)</numerusform>
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
        <translation>au vert</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="268"/>
        <source>red</source>
        <translation>au rouge</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="298"/>
        <source>Gates evaluation %1: %2 of %3 green: %4</source>
        <translation>Évaluation des portes %1 : %2 sur %3 au vert : %4</translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="304"/>
        <source>. All gates green: waiting for a human approval</source>
        <translation>. Toutes les portes au vert : en attente d’une approbation humaine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="315"/>
        <source>Approved by %1, then all %n gates green in evaluation %2</source>
        <translation>
            <numerusform>Approuvée par %1, puis %n porte au vert à l’évaluation %2</numerusform>
            <numerusform>Approuvée par %1, puis les %n portes au vert à l’évaluation %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gates/gatesampler.cpp" line="325"/>
        <source>All %n gates green in evaluation %1 (policy %2)</source>
        <translation>
            <numerusform>%n porte au vert à l’évaluation %1 (règle %2)</numerusform>
            <numerusform>Les %n portes au vert à l’évaluation %1 (règle %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gates/gatesampler.cpp" line="319"/>
        <source>: &quot;%1&quot;</source>
        <translation> : « %1 »</translation>
    </message>
</context>
<context>
    <name>GateStripWidget</name>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="29"/>
        <source>Gate samples</source>
        <translation>Échantillons des portes</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="134"/>
        <source>delay</source>
        <translation>attente</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="154"/>
        <source>timeout</source>
        <translation>expiration</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="160"/>
        <source>%1/%2 green</source>
        <translation>%1/%2 au vert</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="186"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="188"/>
        <source>green</source>
        <translation>au vert</translation>
    </message>
    <message>
        <location filename="../ui/gatestripwidget.cpp" line="188"/>
        <source>red</source>
        <translation>au rouge</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="36"/>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="38"/>
        <source>127.0.0.1 accepts only this computer; 0.0.0.0 every network (use TLS)</source>
        <translation>127.0.0.1 n’accepte que cet ordinateur ; 0.0.0.0 tous les réseaux (utilisez TLS)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="41"/>
        <source>Listen port</source>
        <translation>Port d’écoute</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="42"/>
        <source>any free port</source>
        <translation>un port libre</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="43"/>
        <source>TLS certificate file</source>
        <translation>Fichier du certificat TLS</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="44"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="47"/>
        <source>TLS private key file</source>
        <translation>Fichier de la clé privée TLS</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="47"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="49"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="50"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="57"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="58"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="64"/>
        <source>&amp;Quiet hours: no pop-up notifications</source>
        <translation>&amp;Heures calmes : pas de notifications</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="65"/>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="68"/>
        <source>Quiet from</source>
        <translation>Calme à partir de</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="71"/>
        <source>Quiet until</source>
        <translation>Calme jusqu’à</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="75"/>
        <source>Receiver</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="77"/>
        <source>Listen &amp;address:</source>
        <translation>&amp;Adresse d’écoute :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="78"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="79"/>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificat TLS :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="80"/>
        <source>TLS &amp;key:</source>
        <translation>C&amp;lé TLS :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="81"/>
        <source>Storage and language</source>
        <translation>Stockage et langue</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="83"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="84"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="85"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="88"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="90"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="97"/>
        <source>Public URL of action links</source>
        <translation>URL publique des liens d’action</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="97"/>
        <source>http://127.0.0.1:&lt;port&gt;</source>
        <translation>http://127.0.0.1:&lt;port&gt;</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="100"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="101"/>
        <source>Action link lifetime</source>
        <translation>Durée de validité des liens d’action</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="102"/>
        <source>Action links (FlexDeploy tasks, paused pipelines)</source>
        <translation>Liens d’action (tâches FlexDeploy, pipelines en pause)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="104"/>
        <source>P&amp;ublic URL:</source>
        <translation>URL p&amp;ublique :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="106"/>
        <source>Link &amp;lifetime:</source>
        <translation>&amp;Validité des liens :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="111"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="112"/>
        <source>off: decide at once</source>
        <translation>désactivé : décider tout de suite</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="113"/>
        <source>Undo window</source>
        <translation>Délai d’annulation</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="114"/>
        <source>A decision waits this long, with Undo in the status bar, before it is recorded and its callback goes out</source>
        <translation>Durée pendant laquelle une décision attend, avec Annuler dans la barre d’état, avant d’être enregistrée et d’envoyer son callback</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="117"/>
        <source>Ask before deciding for a p&amp;roduction environment</source>
        <translation>Demander confirmation avant de décider pour un environnement de pr&amp;oduction</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="118"/>
        <source>Confirm production decisions</source>
        <translation>Confirmer les décisions de production</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="119"/>
        <source>Deciding</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="121"/>
        <source>&amp;Undo window:</source>
        <translation>&amp;Délai d’annulation :</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="124"/>
        <source>Receiver, database, language and action link settings apply when Gatehouse starts again. Command-line options (--port, --listen, --db) override them. Quiet hours and deciding apply at once.</source>
        <translation>Les paramètres du récepteur, de la base de données, de la langue et des liens d’action s’appliquent au prochain démarrage de Gatehouse. Les options de ligne de commande (--port, --listen, --db) les remplacent. Les heures calmes et les réglages de décision s’appliquent tout de suite.</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="166"/>
        <source>the default in the user&apos;s data folder</source>
        <translation>l’emplacement par défaut dans le dossier de données de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="185"/>
        <source>The listen address must be an IP address, such as 127.0.0.1.</source>
        <translation>L’adresse d’écoute doit être une adresse IP, par exemple 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingspage.cpp" line="187"/>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS nécessite un fichier de certificat et un fichier de clé.</translation>
    </message>
</context>
<context>
    <name>GitHubAppTokens</name>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="29"/>
        <source>the GitHub installation id &apos;%1&apos; is not a number</source>
        <translation>l’identifiant d’installation GitHub « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="66"/>
        <source>no GitHub App private key is configured</source>
        <translation>aucune clé privée d’App GitHub n’est configurée</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="97"/>
        <source> (check github/appId and the private key)</source>
        <translation> (vérifiez github/appId et la clé privée)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="98"/>
        <source> (is the App installed on this repository?)</source>
        <translation> (l’App est-elle installée sur ce dépôt ?)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="102"/>
        <source>GitHub refused the installation token: HTTP %1%2</source>
        <translation>GitHub a refusé le jeton d’installation : HTTP %1%2</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="105"/>
        <source>cannot reach GitHub for an installation token: %1</source>
        <translation>impossible de joindre GitHub pour un jeton d’installation : %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="116"/>
        <source>GitHub answered without an installation token</source>
        <translation>GitHub a répondu sans jeton d’installation</translation>
    </message>
</context>
<context>
    <name>GitHubConnector</name>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="66"/>
        <source>must be the API base, such as https://api.github.com or https://HOST/api/v3, without a query</source>
        <translation>doit être la base de l’API, par exemple https://api.github.com ou https://HOST/api/v3, sans requête</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="74"/>
        <source>&apos;%1&apos; is not owner/name; separate repositories with commas</source>
        <translation>« %1 » n’est pas owner/name ; séparez les dépôts par des virgules</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="81"/>
        <source>must be a whole number of seconds</source>
        <translation>doit être un nombre entier de secondes</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="91"/>
        <source>must not contain spaces or line breaks</source>
        <translation>ne doit contenir ni espaces ni sauts de ligne</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="96"/>
        <source>GitHub API base (GitHub Enterprise Server: https://HOST/api/v3)</source>
        <translation>Base de l’API GitHub (GitHub Enterprise Server : https://HOST/api/v3)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="97"/>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="101"/>
        <source>GitHub App ID or client ID</source>
        <translation>ID d’App ou ID client de l’App GitHub</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="102"/>
        <source>App ID</source>
        <translation>ID de l’App</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="105"/>
        <source>the App&apos;s private key (PEM file, owner-only)</source>
        <translation>la clé privée de l’App (fichier PEM, lisible par le seul propriétaire)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="106"/>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="109"/>
        <source>repositories polled for required-reviewer waits (owner/name, ...)</source>
        <translation>dépôts interrogés pour les attentes de réviseurs requis (owner/name, ...)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="110"/>
        <source>Repositories</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="114"/>
        <source>seconds between polls of those repositories</source>
        <translation>secondes entre deux interrogations de ces dépôts</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="115"/>
        <source>Poll every (seconds)</source>
        <translation>Interroger toutes les (secondes)</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="120"/>
        <source>the App&apos;s private key, sealed from the settings page</source>
        <translation>la clé privée de l’App, scellée depuis la page des paramètres</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="121"/>
        <source>Seal a private key</source>
        <translation>Sceller une clé privée</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="127"/>
        <source>a required reviewer&apos;s token</source>
        <translation>le jeton d’un réviseur requis</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="128"/>
        <source>Reviewer token</source>
        <translation>Jeton du réviseur</translation>
    </message>
</context>
<context>
    <name>GitHubHttp</name>
    <message>
        <location filename="../app/connectors/github/githubhttp.cpp" line="21"/>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubhttp.cpp" line="22"/>
        <source>invalid github/apiUrl</source>
        <translation>github/apiUrl non valide</translation>
    </message>
</context>
<context>
    <name>GitHubReviewPoller</name>
    <message>
        <location filename="../app/connectors/github/githubreviewpoller.cpp" line="51"/>
        <source>github/repositories: &apos;%1&apos; is not owner/name</source>
        <translation>github/repositories : « %1 » n’est pas de la forme owner/name</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubreviewpoller.cpp" line="83"/>
        <source>no GitHub reviewer token: set GATEHOUSE_GITHUB_TOKEN or store one in Settings</source>
        <translation>aucun jeton de réviseur GitHub : définissez GATEHOUSE_GITHUB_TOKEN ou enregistrez-en un dans les Paramètres</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubreviewpoller.cpp" line="149"/>
        <source>GitHub answered %1 for %2/%3: check the reviewer token and github/repositories</source>
        <translation>GitHub a répondu %1 pour %2/%3 : vérifiez le jeton de réviseur et github/repositories</translation>
    </message>
</context>
<context>
    <name>GitLabConnector</name>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="163"/>
        <source>Deploy %1 %2 to %3</source>
        <translation>Déployer %1 %2 sur %3</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="170"/>
        <source>GitLab deployment %1 of %2 at %3 (%4) to %5, triggered by %6.</source>
        <translation>Déploiement GitLab %1 de %2 à %3 (%4) sur %5, déclenché par %6.</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="172"/>
        <source>nobody named</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="175"/>
        <source>Commit: %1</source>
        <translation>Commit : %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="191"/>
        <source>Confirming with GitLab that approvals are pending (a blocked deployment can also be a manual job)</source>
        <translation>Confirmation auprès de GitLab que des approbations sont en attente (un déploiement bloqué peut aussi être un job manuel)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="204"/>
        <source>GitLab: %1 by %2</source>
        <translation>GitLab : %1 par %2</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="205"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="206"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="207"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="209"/>
        <source>GitLab: the deployment is now %1</source>
        <translation>GitLab : état du déploiement désormais %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="211"/>
        <source>: &quot;%1&quot;</source>
        <translation> : « %1 »</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="318"/>
        <source>GitLab&apos;s answer names no deployment status; nothing changed</source>
        <translation>La réponse de GitLab n’indique aucun état de déploiement ; rien n’a changé</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="323"/>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="364"/>
        <source>GitLab: the deployment is %1</source>
        <translation>GitLab : état du déploiement %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="340"/>
        <source>%n approvals pending in GitLab</source>
        <translation>
            <numerusform>%n approbation en attente dans GitLab</numerusform>
            <numerusform>%n approbations en attente dans GitLab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="342"/>
        <source>GitLab: %1</source>
        <translation>GitLab : %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="343"/>
        <source>GitLab confirms: %1</source>
        <translation>GitLab confirme : %1</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="351"/>
        <source>the deployment %1 in GitLab</source>
        <translation>le déploiement %1 dans GitLab</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="352"/>
        <source>failed</source>
        <translation>a échoué</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="352"/>
        <source>was canceled</source>
        <translation>a été annulé</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="358"/>
        <source>the deployment went ahead in GitLab</source>
        <translation>le déploiement s’est poursuivi dans GitLab</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnector.cpp" line="362"/>
        <source>manual job, not an approval</source>
        <translation>job manuel, pas une approbation</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="69"/>
        <source>must be the GitLab address, such as https://gitlab.example.com</source>
        <translation>doit être l’adresse GitLab, par exemple https://gitlab.example.com</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="75"/>
        <source>must not contain spaces or control characters</source>
        <translation>ne doit contenir ni espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="80"/>
        <source>GitLab address (default gitlab.com)</source>
        <translation>Adresse GitLab (par défaut gitlab.com)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="81"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="86"/>
        <source>approve as (represented_as)</source>
        <translation>approuver en tant que (represented_as)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="87"/>
        <source>Approve as</source>
        <translation>Approuver en tant que</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="88"/>
        <source>user, group or role (optional)</source>
        <translation>utilisateur, groupe ou rôle (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="90"/>
        <source>play the deployment job after approving</source>
        <translation>lancer le job de déploiement après l’approbation</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="94"/>
        <source>GitLab access token (scope api)</source>
        <translation>Jeton d’accès GitLab (portée api)</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="95"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
</context>
<context>
    <name>GroupMembersList</name>
    <message>
        <location filename="../ui/groupmemberslist.cpp" line="9"/>
        <source>Group members</source>
        <translation>Membres du groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groupmemberslist.cpp" line="27"/>
        <source>This run&apos;s stage: %n approvals</source>
        <translation>
            <numerusform>Étape de cette exécution : %n demande</numerusform>
            <numerusform>Étape de cette exécution : %n demandes</numerusform>
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
        <translation>Paramètres de saisie</translation>
    </message>
    <message>
        <location filename="../ui/inputparametersform.cpp" line="22"/>
        <source>Sent with the approval; a rejection sends none.</source>
        <translation>Envoyés avec l’approbation ; un rejet n’en envoie aucun.</translation>
    </message>
</context>
<context>
    <name>JenkinsConnector</name>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="61"/>
        <source>must be user:API token</source>
        <translation>doit être utilisateur:jeton d’API</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="64"/>
        <source>must not contain spaces or control characters</source>
        <translation>ne doit contenir ni espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="69"/>
        <source>Jenkins URL; Gatehouse calls nothing outside it</source>
        <translation>URL de Jenkins ; Gatehouse n’appelle rien en dehors</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="70"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="74"/>
        <source>user:API token of the deciding user</source>
        <translation>utilisateur:jeton d’API de l’utilisateur qui décide</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="75"/>
        <source>User and API token</source>
        <translation>Utilisateur et jeton d’API</translation>
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
        <translation>Déclenché par</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="118"/>
        <source>Input</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="121"/>
        <source>confirming with Jenkins…</source>
        <translation>confirmation auprès de Jenkins…</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="122"/>
        <source>not waiting in Jenkins</source>
        <translation>pas en attente dans Jenkins</translation>
    </message>
</context>
<context>
    <name>JenkinsInput</name>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsinput.cpp" line="102"/>
        <source>the input has no parameter &apos;%1&apos;</source>
        <translation>la saisie n’a pas de paramètre « %1 »</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsinput.cpp" line="106"/>
        <source>parameter &apos;%1&apos; must be true or false</source>
        <translation>le paramètre « %1 » doit être true ou false</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsinput.cpp" line="110"/>
        <source>parameter &apos;%1&apos; must be a string</source>
        <translation>le paramètre « %1 » doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsinput.cpp" line="116"/>
        <source>parameter &apos;%1&apos; must be one of: %2</source>
        <translation>le paramètre « %1 » doit être l’un de : %2</translation>
    </message>
</context>
<context>
    <name>JsonExpression</name>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="49"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="58"/>
        <source>offset %1: %2</source>
        <translation>position %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="106"/>
        <location filename="../app/gates/jsonexpression.cpp" line="146"/>
        <source>expression nested too deeply</source>
        <translation>expression trop profondément imbriquée</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="180"/>
        <source>&apos;=&apos; is not an operator; use &apos;==&apos;</source>
        <translation>&apos;=&apos; n’est pas un opérateur ; utilisez &apos;==&apos;</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="191"/>
        <source>unexpected end of expression</source>
        <translation>fin d’expression inattendue</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="199"/>
        <location filename="../app/gates/jsonexpression.cpp" line="255"/>
        <source>expected &apos;)&apos;</source>
        <translation>&apos;)&apos; attendu</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="222"/>
        <source>invalid number &apos;%1&apos;</source>
        <translation>nombre &apos;%1&apos; non valide</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="244"/>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>valeur attendue, &apos;%1&apos; trouvé</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="250"/>
        <source>expected &apos;(&apos; after count</source>
        <translation>&apos;(&apos; attendu après count</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="284"/>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="299"/>
        <source>expected a value, a path or &apos;(&apos;</source>
        <translation>valeur, chemin ou &apos;(&apos; attendu</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="306"/>
        <source>expected a name after &apos;.&apos;</source>
        <translation>nom attendu après &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="326"/>
        <source>expected an index or a quoted name in &apos;[ ]&apos;</source>
        <translation>index ou nom entre guillemets attendu dans &apos;[ ]&apos;</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="333"/>
        <source>expected &apos;]&apos;</source>
        <translation>&apos;]&apos; attendu</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="392"/>
        <source>path &apos;%1&apos; not found: %2 is not an array</source>
        <translation>chemin &apos;%1&apos; introuvable : %2 n’est pas un tableau</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="396"/>
        <source>path &apos;%1&apos; not found: index %2 past the end of %3 elements</source>
        <translation>chemin &apos;%1&apos; introuvable : index %2 au-delà des %3 éléments</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="404"/>
        <source>path &apos;%1&apos; not found</source>
        <translation>chemin &apos;%1&apos; introuvable</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="419"/>
        <source>offset %1: expected true or false, found %2</source>
        <translation>position %1 : true ou false attendu, %2 trouvé</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="440"/>
        <source>offset %1: cannot order %2 and %3</source>
        <translation>position %1 : impossible de comparer %2 et %3</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="476"/>
        <source>offset %1: count() needs an array or an object, &apos;%2&apos; is %3</source>
        <translation>position %1 : count() exige un tableau ou un objet, &apos;%2&apos; est de type %3</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="535"/>
        <source>the expression did not parse</source>
        <translation>l’expression n’a pas pu être analysée</translation>
    </message>
    <message>
        <location filename="../app/gates/jsonexpression.cpp" line="549"/>
        <source>the condition gave %1, not true or false</source>
        <translation>la condition a donné %1, et non true ou false</translation>
    </message>
</context>
<context>
    <name>LinkEndpoints</name>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="43"/>
        <source>Too many attempts</source>
        <translation>Trop de tentatives</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/receiver/linkendpoints.cpp" line="44"/>
        <source>Too many invalid links were tried from your address. Try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de liens non valides ont été essayés depuis votre adresse. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de liens non valides ont été essayés depuis votre adresse. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="70"/>
        <source>Link not found</source>
        <translation>Lien introuvable</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="71"/>
        <source>This link is not valid. Check that it was copied completely.</source>
        <translation>Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="74"/>
        <source>Link expired</source>
        <translation>Lien expiré</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="75"/>
        <source>This link has expired and can no longer be used. Nothing was changed.</source>
        <translation>Ce lien a expiré et ne peut plus être utilisé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="81"/>
        <source>Link already used</source>
        <translation>Lien déjà utilisé</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="82"/>
        <source>This link was already used. Nothing was changed.</source>
        <translation>Ce lien a déjà été utilisé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="86"/>
        <source>Link replaced</source>
        <translation>Lien remplacé</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="87"/>
        <source>A newer link replaced this one. Ask for the new link. Nothing was changed.</source>
        <translation>Un lien plus récent a remplacé celui-ci. Demandez le nouveau lien. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="91"/>
        <source>Already decided</source>
        <translation>Déjà décidée</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="92"/>
        <source>This was already decided: %1. Nothing was changed.</source>
        <translation>La décision a déjà été prise : %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="96"/>
        <source>Not allowed from a link</source>
        <translation>Non autorisé depuis un lien</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="97"/>
        <source>%1. Nothing was changed.</source>
        <translation>%1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="103"/>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="104"/>
        <source>The decision could not be stored. Try again in a moment.</source>
        <translation>La décision n’a pas pu être enregistrée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="149"/>
        <source>Unsupported form</source>
        <translation>Formulaire non pris en charge</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="150"/>
        <source>Send the form as application/x-www-form-urlencoded.</source>
        <translation>Envoyez le formulaire en application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="155"/>
        <source>No decision</source>
        <translation>Aucune décision</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="156"/>
        <source>The form must say decision=approve or decision=reject.</source>
        <translation>Le formulaire doit indiquer decision=approve ou decision=reject.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="171"/>
        <source>Restart requested</source>
        <translation>Redémarrage demandé</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="171"/>
        <source>Run cancelled</source>
        <translation>Exécution annulée</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="172"/>
        <source>%1 is being restarted. You can close this page.</source>
        <translation>%1 est en cours de redémarrage. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="174"/>
        <source>The run was closed without a restart.</source>
        <translation>L’exécution a été close sans redémarrage.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="176"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="176"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkendpoints.cpp" line="177"/>
        <source>Your decision was recorded and is being delivered. You can close this page.</source>
        <translation>Votre décision a été enregistrée et est en cours d’envoi. Vous pouvez fermer cette page.</translation>
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
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="59"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="60"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="61"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="64"/>
        <source>Link expires</source>
        <translation>Expiration du lien</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="75"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="79"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="90"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="93"/>
        <source>Opening this page decides nothing. The decision is final once a button is pressed.</source>
        <translation>Ouvrir cette page ne décide rien. La décision est définitive dès qu’un bouton est pressé.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="109"/>
        <source>The run will be restarted with this data:</source>
        <translation>L’exécution sera redémarrée avec ces données :</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="117"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="117"/>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="119"/>
        <source>Opening this page restarts nothing. The link works once.</source>
        <translation>Ouvrir cette page ne redémarre rien. Le lien ne fonctionne qu’une fois.</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="130"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="130"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/receiver/linkpages.cpp" line="135"/>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
</context>
<context>
    <name>LiveUpdatesLabel</name>
    <message>
        <location filename="../ui/liveupdateslabel.cpp" line="6"/>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <location filename="../ui/liveupdateslabel.cpp" line="16"/>
        <source>Live updates back</source>
        <translation>Mises à jour en direct rétablies</translation>
    </message>
    <message>
        <location filename="../ui/liveupdateslabel.cpp" line="20"/>
        <source>Live updates lost, reconnecting…</source>
        <translation>Mises à jour en direct perdues, reconnexion…</translation>
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
        <translation>Rechercher titre, pipeline, environnement, source… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Search approvals</source>
        <translation>Rechercher des approbations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Views (Ctrl+0 to Ctrl+9, Alt+1 to Alt+%1)</source>
        <translation>Vues (Ctrl+0 à Ctrl+9, Alt+1 à Alt+%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Views (Ctrl+0 to Ctrl+9)</source>
        <translation>Vues (Ctrl+0 à Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Rechercher… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Filter by source</source>
        <translation>Filtrer par source</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Filter by environment</source>
        <translation>Filtrer par environnement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Delivery failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Pending count</source>
        <translation>Nombre en attente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Export in progress</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Receiver off: this window shows and decides</source>
        <translation>Récepteur désactivé : cette fenêtre affiche et décide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Listening address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Undone: %1 stays pending</source>
        <translation>Décision annulée : %1 toujours en attente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>Approve the selected approvals (Ctrl+Return)</source>
        <translation>Approuver les demandes sélectionnées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <location filename="../ui/mainwindow.cpp" line="735"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>Reject the selected approvals, with an optional reason (Ctrl+Backspace)</source>
        <translation>Rejeter les demandes sélectionnées, avec un motif facultatif (Ctrl+Retour arrière)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>&amp;Copy id</source>
        <translation>&amp;Copier l’identifiant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Detail pane</source>
        <translation>Volet de &amp;détails</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Show or hide the detail pane (F8)</source>
        <translation>Afficher ou masquer le volet de détails (F8)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>Personal API to&amp;kens…</source>
        <translation>Jetons d’&amp;API personnels…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>Approve a scheduled run a&amp;head…</source>
        <translation>Approuver &amp;d’avance une exécution planifiée…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="951"/>
        <source>Exporting %n approvals…</source>
        <translation>
            <numerusform>Export de %n approbation…</numerusform>
            <numerusform>Export de %n approbations…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Retry &amp;delivery</source>
        <translation>Ré&amp;essayer l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Approval actions</source>
        <translation>Actions sur l’approbation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>Copy operator &amp;token</source>
        <translation>Copier le &amp;jeton opérateur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>Operator token copied</source>
        <translation>Jeton opérateur copié</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>&amp;Webhook secrets…</source>
        <translation>Secrets des &amp;webhooks…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Security &amp;log…</source>
        <translation>Journal de &amp;sécurité…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>&amp;Approval</source>
        <translation>A&amp;pprobation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>How to &amp;connect…</source>
        <translation>Comment se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>Ctrl+Entrée : approuver la sélection (la suivante en attente est sélectionnée)
Ctrl+Retour arrière : rejeter la sélection (demande un motif sur place)
Ctrl+Z ou Annuler dans la barre d’état : revenir sur une décision dans le délai d’annulation
j / k : approbation suivante / précédente ; Tab : quitter le tableau
Bas ou Entrée dans le champ de recherche : le premier résultat
Ctrl+Maj+C : copier les identifiants de la sélection
Ctrl+R : réessayer les envois échoués de la sélection
Ctrl+T : prendre l’approbation sélectionnée (vous vous en occupez) ou la rendre
Ctrl+1 à Ctrl+9 : Pour moi, En attente, Vérifications, Portes, Tâches humaines, Exécutions en pause, Convergences, Historique, Échec de l’envoi
F8 : afficher ou masquer le volet de détails
Entrée ou un clic sur une ligne repliée de la chronologie : afficher ses lignes
Ctrl+F : rechercher
Ctrl+E : exporter
Ctrl+Q : quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546"/>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;An approval console for release managers.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Une console d’approbation pour les responsables de release.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="732"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approuver %n</numerusform>
            <numerusform>&amp;Approuver %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="734"/>
        <source>&amp;Reject %n…</source>
        <translation>
            <numerusform>&amp;Rejeter %n…</numerusform>
            <numerusform>&amp;Rejeter %n…</numerusform>
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
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="810"/>
        <source>%n approvals</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>Approve for production?</source>
        <translation>Approuver pour la production ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>Reject for production?</source>
        <translation>Rejeter pour la production ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="937"/>
        <source>An export is still running</source>
        <translation>Un export est encore en cours</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="973"/>
        <source>Gatehouse keeps running</source>
        <translation>Gatehouse reste actif</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="974"/>
        <source>Approvals still arrive and notify you here. Quit from the tray menu or with File &gt; Quit.</source>
        <translation>Les approbations continuent d’arriver et vous sont signalées ici. Quittez depuis le menu de la zone de notification ou avec Fichier &gt; Quitter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Copied %n ids</source>
        <translation>
            <numerusform>%n identifiant copié</numerusform>
            <numerusform>%n identifiants copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>Retrying %n deliveries</source>
        <translation>
            <numerusform>Nouvel essai pour %n envoi</numerusform>
            <numerusform>Nouvel essai pour %n envois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="543"/>
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>You are approving %n production approvals:</source>
        <translation>
            <numerusform>Vous approuvez %n demande de production :</numerusform>
            <numerusform>Vous approuvez %n demandes de production :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="833"/>
        <source>You are rejecting %n production approvals:</source>
        <translation>
            <numerusform>Vous rejetez %n demande de production :</numerusform>
            <numerusform>Vous rejetez %n demandes de production :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="909"/>
        <source>Approval %1: %2</source>
        <translation>Approbation %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="920"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
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
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../ui/notificationbanner.cpp" line="21"/>
        <location filename="../ui/notificationbanner.cpp" line="22"/>
        <source>Close notification</source>
        <translation>Fermer la notification</translation>
    </message>
    <message>
        <location filename="../ui/notificationbanner.cpp" line="44"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>OutboxWorker</name>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="242"/>
        <source>needs %1 from an earlier call, which did not succeed</source>
        <translation>nécessite %1 d’un appel précédent, qui n’a pas abouti</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="251"/>
        <source>the sealed URL of this call is no longer available</source>
        <translation>l’URL scellée de cet appel n’est plus disponible</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="258"/>
        <source>refused: the target is not an absolute http or https URL</source>
        <translation>refusé : la cible n’est pas une URL http ou https absolue</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="262"/>
        <source>refused: the target URL has a &apos;.&apos; or &apos;..&apos; path segment</source>
        <translation>refusé : l’URL cible contient un segment de chemin &apos;.&apos; ou &apos;..&apos;</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="267"/>
        <location filename="../app/delivery/outboxworker.cpp" line="370"/>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="279"/>
        <source>the credential for this call is no longer available</source>
        <translation>l’identifiant pour cet appel n’est plus disponible</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="301"/>
        <source>no credentials for &apos;%1&apos; are configured</source>
        <translation>aucun identifiant n’est configuré pour « %1 »</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="326"/>
        <source>the sealed body of this call is no longer available</source>
        <translation>le corps scellé de cet appel n’est plus disponible</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="333"/>
        <source>the callback signing secret is not available</source>
        <translation>le secret de signature des callbacks n’est pas disponible</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="364"/>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="432"/>
        <source>HTTP %1 without &quot;%2&quot;: true %3</source>
        <translation>HTTP %1 sans &quot;%2&quot;: true %3</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="459"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="469"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../app/delivery/outboxworker.cpp" line="473"/>
        <source>the connection closed before the target answered</source>
        <translation>la connexion a été fermée avant que la cible ne réponde</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <location filename="../app/core/outcometext.cpp" line="6"/>
        <source>from the window</source>
        <translation>depuis la fenêtre</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="8"/>
        <source>from the tray</source>
        <translation>depuis la zone de notification</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="10"/>
        <source>through the API</source>
        <translation>via l’API</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="12"/>
        <source>by a policy</source>
        <translation>par une règle</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="14"/>
        <source>by the timeout rule</source>
        <translation>par la règle d’expiration</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="15"/>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="26"/>
        <source>Timed out: no decision before the deadline</source>
        <translation>Expirée : aucune décision avant l’échéance</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="29"/>
        <source>Superseded by #%1</source>
        <translation>Remplacée par #%1</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="32"/>
        <source>Cancelled by %1</source>
        <translation>Annulée par %1</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="37"/>
        <source>Approved from an action link</source>
        <translation>Approuvée depuis un lien d’action</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="38"/>
        <source>Approved by %1 %2</source>
        <translation>Approuvée par %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="42"/>
        <source>Rejected from an action link</source>
        <translation>Rejetée depuis un lien d’action</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="43"/>
        <source>Rejected by %1 %2</source>
        <translation>Rejetée par %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/outcometext.cpp" line="47"/>
        <source>: &quot;%1&quot;</source>
        <translation> : « %1 »</translation>
    </message>
</context>
<context>
    <name>PolicyChanges</name>
    <message>
        <location filename="../app/service/policychanges.cpp" line="37"/>
        <source>“%1”: no person approves any more (gates only)</source>
        <translation>« %1 » : plus aucune personne n’approuve (portes seules)</translation>
    </message>
    <message>
        <location filename="../app/service/policychanges.cpp" line="38"/>
        <source>“%1” (new): no person approves (gates only)</source>
        <translation>« %1 » (nouvelle) : aucune personne n’approuve (portes seules)</translation>
    </message>
    <message>
        <location filename="../app/service/policychanges.cpp" line="40"/>
        <source>“%1”: timeout shortened from %2 s to %3 s</source>
        <translation>« %1 » : délai maximal réduit de %2 s à %3 s</translation>
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
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="47"/>
        <source>&amp;Add policy</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="48"/>
        <source>Add policy</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="49"/>
        <source>Remo&amp;ve policy</source>
        <translation>Su&amp;pprimer la règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="50"/>
        <source>Remove policy</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="67"/>
        <source>Policy name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="73"/>
        <source>Match connector</source>
        <translation>Connecteur concerné</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="74"/>
        <location filename="../ui/policyeditor.cpp" line="77"/>
        <location filename="../ui/policyeditor.cpp" line="78"/>
        <location filename="../ui/policyeditor.cpp" line="79"/>
        <location filename="../ui/policyeditor.cpp" line="80"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="77"/>
        <source>Match pipeline</source>
        <translation>Pipeline concernée</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="78"/>
        <source>Match stage</source>
        <translation>Étape concernée</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="79"/>
        <source>Match environment</source>
        <translation>Environnement concerné</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="80"/>
        <source>Match kind</source>
        <translation>Type concerné</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="81"/>
        <source>check, gate, task, pausedrun, fanin, generic, ...</source>
        <translation>check, gate, task, pausedrun, fanin, generic, ...</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="82"/>
        <source>Delay before evaluation</source>
        <translation>Délai avant évaluation</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="83"/>
        <source>Sampling interval</source>
        <translation>Intervalle d’échantillonnage</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="84"/>
        <source>Timeout</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="87"/>
        <source>no cap</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="88"/>
        <source>Evaluation cap</source>
        <translation>Nombre maximal d’évaluations</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="90"/>
        <source>Order of gates and approval</source>
        <translation>Ordre des portes et de l’approbation</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="94"/>
        <source>Gates first, then a person approves</source>
        <translation>D’abord les portes, puis une personne</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="96"/>
        <source>A person approves first, then the gates</source>
        <translation>D’abord une personne, puis les portes</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="98"/>
        <source>Gates only, no person</source>
        <translation>Portes seules, sans personne</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="101"/>
        <source>Gates</source>
        <translation>Portes</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="109"/>
        <source>Add &amp;gate</source>
        <translation>Ajouter une p&amp;orte</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="110"/>
        <source>Add gate</source>
        <translation>Ajouter une porte</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="111"/>
        <source>Remove ga&amp;te</source>
        <translation>Supprimer la por&amp;te</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="112"/>
        <source>Remove gate</source>
        <translation>Supprimer la porte</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="129"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="132"/>
        <source>Match co&amp;nnector:</source>
        <translation>Co&amp;nnecteur :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="135"/>
        <source>Match p&amp;ipeline:</source>
        <translation>P&amp;ipeline :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="137"/>
        <source>Match &amp;stage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="140"/>
        <source>Match &amp;environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="142"/>
        <source>Match kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="145"/>
        <source>&amp;Delay before evaluation:</source>
        <translation>&amp;Délai avant évaluation :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="148"/>
        <source>Sampling inter&amp;val:</source>
        <translation>Inter&amp;valle d’échantillonnage :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="150"/>
        <source>Ti&amp;meout:</source>
        <translation>Délai &amp;maximal :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="153"/>
        <source>Eva&amp;luation cap:</source>
        <translation>Nombre maximal d’éva&amp;luations :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="155"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="156"/>
        <source>Whoever requested a run cannot approve it</source>
        <translation>Le demandeur ne peut pas approuver</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="158"/>
        <source>Four eyes</source>
        <translation>Quatre yeux</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="159"/>
        <source>Four e&amp;yes:</source>
        <translation>Quatre &amp;yeux :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="163"/>
        <source>Approvals needed</source>
        <translation>Approbations requises</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="165"/>
        <source>Distinct people who must approve; one rejection rejects</source>
        <translation>Personnes distinctes qui doivent approuver ; un seul rejet suffit à rejeter</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="166"/>
        <source>Approvals &amp;needed:</source>
        <translation>Approbation&amp;s requises :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="170"/>
        <source>Who may decide</source>
        <translation>Qui peut décider</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="171"/>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="172"/>
        <source>Comma-separated: users on a single seat; PostgreSQL roles in team mode (members of a listed role count)</source>
        <translation>Séparés par des virgules : utilisateurs en poste unique ; rôles PostgreSQL en mode équipe (les membres d’un rôle listé comptent)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="174"/>
        <source>Who may de&amp;cide:</source>
        <translation>&amp;Qui peut décider :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="176"/>
        <source>Gates:</source>
        <translation>Portes :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="179"/>
        <source>Chat:</source>
        <translation>Chat :</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="207"/>
        <source>Policies are checked as the policy file is and apply at once to pending and new approvals.</source>
        <translation>Les règles sont vérifiées comme le fichier de règles et s’appliquent tout de suite aux approbations en attente et nouvelles.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="209"/>
        <source>Policies are checked as the policy file is and apply when Gatehouse starts again.</source>
        <translation>Les règles sont vérifiées comme le fichier de règles et s’appliquent au prochain démarrage de Gatehouse.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="365"/>
        <source>New policy</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="367"/>
        <source>New policy %1</source>
        <translation>Nouvelle règle %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="374"/>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="406"/>
        <source>gate %1</source>
        <translation>porte %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="475"/>
        <source>secrets can be stored only while Gatehouse runs</source>
        <translation>les secrets ne peuvent être enregistrés que pendant que Gatehouse tourne</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="491"/>
        <source>could not be stored in the vault</source>
        <translation>n’a pas pu être enregistré dans le coffre</translation>
    </message>
</context>
<context>
    <name>PolicyFile</name>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="465"/>
        <source>field %1: %2</source>
        <translation>champ %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="44"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="48"/>
        <location filename="../app/gates/policyfile.cpp" line="193"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="52"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="63"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="75"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="87"/>
        <location filename="../app/gates/policyfile.cpp" line="259"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="96"/>
        <source>is not a known field (known: %1)</source>
        <translation>n’est pas un champ connu (connus : %1)</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="110"/>
        <location filename="../app/gates/policyfile.cpp" line="416"/>
        <location filename="../app/gates/policyfile.cpp" line="492"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="137"/>
        <source>must be a time as HH:mm</source>
        <translation>doit être une heure au format HH:mm</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="154"/>
        <source>must be a non-empty list of days (&quot;mon&quot; .. &quot;sun&quot;)</source>
        <translation>doit être une liste non vide de jours (&quot;mon&quot; .. &quot;sun&quot;)</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="161"/>
        <source>&apos;%1&apos; is not a day; use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>&apos;%1&apos; n’est pas un jour ; utilisez mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="176"/>
        <source>must be GET, POST, PUT or HEAD</source>
        <translation>doit être GET, POST, PUT ou HEAD</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="183"/>
        <location filename="../app/gates/policyfile.cpp" line="339"/>
        <source>must be an absolute http or https URL</source>
        <translation>doit être une URL http ou https absolue</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="187"/>
        <source>must be an object of name: value</source>
        <translation>doit être un objet de paires nom : valeur</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="225"/>
        <source>a count gate needs min, max or both</source>
        <translation>une porte count exige min, max ou les deux</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="227"/>
        <source>must not be greater than max</source>
        <translation>ne doit pas dépasser max</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="236"/>
        <source>must differ from &apos;from&apos;</source>
        <translation>doit différer de &apos;from&apos;</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="241"/>
        <source>&apos;%1&apos; is not an IANA time zone such as Europe/Berlin</source>
        <translation>&apos;%1&apos; n’est pas un fuseau horaire IANA comme Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="246"/>
        <source>must be http, count or timeWindow</source>
        <translation>doit être http, count ou timeWindow</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="270"/>
        <location filename="../app/gates/policyfile.cpp" line="277"/>
        <source>must be a list of user or role names (1 to 63 characters)</source>
        <translation>doit être une liste de noms d’utilisateurs ou de rôles (1 à 63 caractères)</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="288"/>
        <source>must be a list of chat channels</source>
        <translation>doit être une liste de canaux de chat</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="305"/>
        <source>must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>doit compter de 1 à 64 lettres, chiffres, espaces, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="314"/>
        <source>must be slack, slackApi or teams</source>
        <translation>doit être slack, slackApi ou teams</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="322"/>
        <source>must name a stored secret as ${secret:NAME}: a bot token is a credential</source>
        <translation>doit désigner un secret enregistré par ${secret:NAME} : un jeton de bot est un identifiant</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="324"/>
        <source>must name a stored secret as ${secret:NAME}: a webhook URL is a credential</source>
        <translation>doit désigner un secret enregistré par ${secret:NAME} : une URL de webhook est un identifiant</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="331"/>
        <source>must be a Slack channel id such as C0123456789</source>
        <translation>doit être un ID de canal Slack, par exemple C0123456789</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="383"/>
        <source>must be gatesOnly, gatesThenApproval or approvalThenGates</source>
        <translation>doit être gatesOnly, gatesThenApproval ou approvalThenGates</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="390"/>
        <source>must be newest or none</source>
        <translation>doit être newest ou none</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="397"/>
        <source>must be reject, approve or leave</source>
        <translation>doit être reject, approve ou leave</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="409"/>
        <source>must be a non-empty list of gates</source>
        <translation>doit être une liste non vide de portes</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="482"/>
        <source>is required and must be a list</source>
        <translation>est obligatoire et doit être une liste</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="502"/>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="309"/>
        <location filename="../app/gates/policyfile.cpp" line="423"/>
        <source>&apos;%1&apos; is used twice in this policy</source>
        <translation>&apos;%1&apos; est utilisé deux fois dans cette règle</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="448"/>
        <source>cannot read the policy file %1: %2</source>
        <translation>impossible de lire le fichier de règles %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gates/policyfile.cpp" line="473"/>
        <source>the policy file is not JSON: %1 at offset %2</source>
        <translation>le fichier de règles n’est pas du JSON : %1 à la position %2</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <location filename="../app/service/policysettings.cpp" line="29"/>
        <source>cannot read the policy file %1: %2</source>
        <translation>impossible de lire le fichier de règles %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/service/policysettings.cpp" line="35"/>
        <source>the policy file %1 has no list of policies</source>
        <translation>le fichier de règles %1 ne contient pas de liste de règles</translation>
    </message>
    <message>
        <location filename="../app/service/policysettings.cpp" line="72"/>
        <source>carries a credential: add it as a secret header, so that it is kept in the vault and not in clear</source>
        <translation>contient des identifiants : ajoutez-le comme en-tête secret, pour qu’il soit gardé dans le coffre et non en clair</translation>
    </message>
    <message>
        <location filename="../app/service/policysettings.cpp" line="96"/>
        <source>&apos;%1&apos; is used twice</source>
        <translation>&apos;%1&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../app/service/policysettings.cpp" line="118"/>
        <location filename="../app/service/policysettings.cpp" line="124"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PreApprovalDialog</name>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="33"/>
        <source>Approve a scheduled run ahead</source>
        <translation>Approuver d’avance une exécution planifiée</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="34"/>
        <source>The first run of this pipeline, stage and environment that waits before the time below is approved in your name.</source>
        <translation>La première exécution de cette pipeline, étape et environnement qui attend avant l’heure ci-dessous est approuvée en votre nom.</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="39"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="41"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="43"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="45"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="46"/>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="48"/>
        <source>Release</source>
        <translation>Libération</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="49"/>
        <source>At once</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="50"/>
        <source>At a time</source>
        <translation>À une heure donnée</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="51"/>
        <source>In the next change window</source>
        <translation>Dans la prochaine fenêtre de changement</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="52"/>
        <source>Release at</source>
        <translation>Libération à</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="60"/>
        <source>Approve ahead</source>
        <translation>Approuver d’avance</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="72"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="73"/>
        <source>S&amp;tage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="74"/>
        <source>&amp;Environment</source>
        <translation>&amp;Environnement</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="75"/>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="76"/>
        <source>&amp;Valid until</source>
        <translation>&amp;Valable jusqu’au</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="77"/>
        <source>&amp;Release</source>
        <translation>&amp;Libération</translation>
    </message>
    <message>
        <location filename="../ui/preapprovaldialog.cpp" line="78"/>
        <source>Release &amp;at</source>
        <translation>&amp;Heure de libération</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="129"/>
        <source>no GitHub App private key: set github/privateKeyFile or store the key in Settings</source>
        <translation>aucune clé privée d’App GitHub : définissez github/privateKeyFile ou enregistrez la clé dans les Paramètres</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="135"/>
        <source>cannot read the GitHub App private key %1</source>
        <translation>impossible de lire la clé privée %1 de l’App GitHub</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubapptokens.cpp" line="141"/>
        <source>the GitHub App private key %1 is readable by others; run chmod 600 on it</source>
        <translation>la clé privée %1 de l’App GitHub est lisible par d’autres ; exécutez chmod 600 dessus</translation>
    </message>
</context>
<context>
    <name>RejectBar</name>
    <message>
        <location filename="../ui/rejectbar.cpp" line="17"/>
        <source>Reason (optional), Enter to reject, Esc to cancel</source>
        <translation>Motif (facultatif), Entrée pour rejeter, Échap pour annuler</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="18"/>
        <source>Reason for rejecting</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="20"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="22"/>
        <source>Confirm reject</source>
        <translation>Confirmer le rejet</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="23"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/rejectbar.cpp" line="24"/>
        <source>Cancel reject</source>
        <translation>Annuler le rejet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rejectbar.cpp" line="42"/>
        <source>Reject %n approvals?</source>
        <translation>
            <numerusform>Rejeter %n demande ?</numerusform>
            <numerusform>Rejeter %n demandes ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseAtDialog</name>
    <message>
        <location filename="../ui/releaseatdialog.cpp" line="12"/>
        <source>Approve, release at</source>
        <translation>Approuver, libérer à</translation>
    </message>
    <message>
        <location filename="../ui/releaseatdialog.cpp" line="13"/>
        <source>Approve “%1” now; its callback goes out at:</source>
        <translation>Approuver « %1 » maintenant ; son callback part à :</translation>
    </message>
    <message>
        <location filename="../ui/releaseatdialog.cpp" line="20"/>
        <source>Release time</source>
        <translation>Heure de libération</translation>
    </message>
    <message>
        <location filename="../ui/releaseatdialog.cpp" line="23"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
</context>
<context>
    <name>ReleaseAtText</name>
    <message>
        <location filename="../app/cli/releaseattext.cpp" line="30"/>
        <source>--release-at must be &quot;window&quot;, a local time such as &quot;2026-12-01 22:00&quot; or an ISO 8601 time with its zone; &apos;%1&apos; is none of them</source>
        <translation>--release-at doit être « window », une heure locale comme « 2026-12-01 22:00 » ou une heure ISO 8601 avec son fuseau ; « %1 » n’est rien de cela</translation>
    </message>
</context>
<context>
    <name>ReleaseControls</name>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="16"/>
        <source>Approve &amp;later</source>
        <translation>Approuver p&amp;lus tard</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="17"/>
        <source>Approve later</source>
        <translation>Approuver plus tard</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="18"/>
        <source>Approve now and send the callback at a time you choose</source>
        <translation>Approuver maintenant et envoyer le callback à l’heure choisie</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="22"/>
        <source>Approve, release at…</source>
        <translation>Approuver, libérer à…</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="23"/>
        <source>Approve for the next change window</source>
        <translation>Approuver pour la prochaine fenêtre de changement</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="25"/>
        <location filename="../ui/releasecontrols.cpp" line="26"/>
        <source>Cancel release</source>
        <translation>Annuler la libération</translation>
    </message>
    <message>
        <location filename="../ui/releasecontrols.cpp" line="27"/>
        <source>Withdraw the approval before its release; the item waits again</source>
        <translation>Retirer l’approbation avant sa libération ; l’élément attend de nouveau</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/secretfield.cpp" line="12"/>
        <location filename="../ui/secretfield.cpp" line="31"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="13"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="18"/>
        <source>Secret of %1</source>
        <translation>Secret de %1</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="20"/>
        <source>Show the secret of %1</source>
        <translation>Afficher le secret de %1</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="21"/>
        <source>Copy the secret of %1</source>
        <translation>Copier le secret de %1</translation>
    </message>
    <message>
        <location filename="../ui/secretfield.cpp" line="31"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>SecurityLogDialog</name>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="19"/>
        <source>Security log</source>
        <translation>Journal de sécurité</translation>
    </message>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="20"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="20"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="20"/>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/securitylogdialog.cpp" line="22"/>
        <source>Security events</source>
        <translation>Événements de sécurité</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Gatehouse settings</source>
        <translation>Paramètres de Gatehouse</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="37"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>&amp;Connectors</source>
        <translation>&amp;Connecteurs</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="47"/>
        <source>Policies</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>&amp;Policies</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="53"/>
        <source>Settings message</source>
        <translation>Message des paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="110"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="125"/>
        <source>Nothing was saved: correct the marked field.</source>
        <translation>Rien n’a été enregistré : corrigez le champ signalé.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="165"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="196"/>
        <source>Settings saved. Some of them apply when Gatehouse starts again.</source>
        <translation>Paramètres enregistrés. Certains s’appliquent au prochain démarrage de Gatehouse.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="198"/>
        <source>Settings saved and applied.</source>
        <translation>Paramètres enregistrés et appliqués.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="206"/>
        <source>Save policy changes?</source>
        <translation>Enregistrer les modifications des règles ?</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="207"/>
        <source>These changes apply at once, also to approvals that wait now:</source>
        <translation>Ces modifications s’appliquent tout de suite, y compris aux approbations déjà en attente :</translation>
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
        <translation>Pour moi</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="47"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="16"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../app/connectors/azure/azureconnectordescription.cpp" line="18"/>
        <source>Gates</source>
        <translation>Portes</translation>
    </message>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeployconnectordescription.cpp" line="17"/>
        <source>Human tasks</source>
        <translation>Tâches humaines</translation>
    </message>
    <message>
        <location filename="../app/connectors/pausedrun/pausedrunconnectordescription.cpp" line="22"/>
        <source>Paused runs</source>
        <translation>Exécutions en pause</translation>
    </message>
    <message>
        <location filename="../app/connectors/fanin/faninconnectordescription.cpp" line="21"/>
        <source>Fan-in</source>
        <translation>Convergences</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="53"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="54"/>
        <source>Delivery failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <location filename="../models/sidebarmodel.cpp" line="57"/>
        <source>Assigned to me</source>
        <translation>Attribuées à moi</translation>
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
            <numerusform>%1 : %n en échec</numerusform>
            <numerusform>%1 : %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="89"/>
        <source>%1: %n decided</source>
        <translation>
            <numerusform>%1 : %n décidée</numerusform>
            <numerusform>%1 : %n décidées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="90"/>
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1 : %n en attente</numerusform>
            <numerusform>%1 : %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="93"/>
        <source>%n waiting for you, the soonest deadline first</source>
        <translation>
            <numerusform>%n vous attend, échéance la plus proche en premier</numerusform>
            <numerusform>%n vous attendent, échéance la plus proche en premier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="95"/>
        <source>%n decisions whose callback failed; Ctrl+R retries</source>
        <translation>
            <numerusform>%n décision dont le callback a échoué ; Ctrl+R pour réessayer</numerusform>
            <numerusform>%n décisions dont le callback a échoué ; Ctrl+R pour réessayer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="97"/>
        <source>%n you have taken (Ctrl+T takes or releases one)</source>
        <translation>
            <numerusform>%n que vous avez prise (Ctrl+T en prend ou en rend une)</numerusform>
            <numerusform>%n que vous avez prises (Ctrl+T en prend ou en rend une)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="98"/>
        <source>%n decided approvals</source>
        <translation>
            <numerusform>%n approbation décidée</numerusform>
            <numerusform>%n approbations décidées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sidebarmodel.cpp" line="99"/>
        <source>%n waiting for a decision</source>
        <translation>
            <numerusform>%n en attente de décision</numerusform>
            <numerusform>%n en attente de décision</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="20"/>
        <source>GitHub rules</source>
        <translation>Règles GitHub</translation>
    </message>
    <message>
        <location filename="../app/connectors/github/githubconnectordescription.cpp" line="23"/>
        <source>GitHub reviews</source>
        <translation>Revues GitHub</translation>
    </message>
    <message>
        <location filename="../app/connectors/gitlab/gitlabconnectordescription.cpp" line="17"/>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <location filename="../app/connectors/jenkins/jenkinsconnectordescription.cpp" line="19"/>
        <source>Jenkins inputs</source>
        <translation>Saisies Jenkins</translation>
    </message>
</context>
<context>
    <name>TaskHooks</name>
    <message>
        <location filename="../app/connectors/flexdeploy/flexdeploytaskhook.cpp" line="54"/>
        <source>Task announced in chat with approve and reject links</source>
        <translation>Tâche annoncée dans la discussion avec des liens pour approuver et rejeter</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../models/timelinemodel.cpp" line="35"/>
        <source>Click to fold these lines</source>
        <translation>Cliquer pour replier ces lignes</translation>
    </message>
    <message>
        <location filename="../models/timelinemodel.cpp" line="35"/>
        <source>Click to show each line</source>
        <translation>Cliquer pour afficher chaque ligne</translation>
    </message>
</context>
<context>
    <name>TimelinePresentation</name>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="118"/>
        <source>Delivered to %1 ✓</source>
        <translation>Envoyé à %1 ✓</translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="121"/>
        <source>Delivery to %1 failed ✗</source>
        <translation>Échec de l’envoi à %1 ✗</translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="125"/>
        <source>Delivering to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/timelinepresentation.cpp" line="128"/>
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n ligne</numerusform>
            <numerusform>%1 · %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="136"/>
        <source>green</source>
        <translation>au vert</translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="137"/>
        <source>red</source>
        <translation>au rouge</translation>
    </message>
    <message>
        <location filename="../models/timelinepresentation.cpp" line="139"/>
        <source>Gates %1 ×%2 since %3 (%4 of %5 green)</source>
        <translation>Portes %1 ×%2 depuis %3 (%4 sur %5 au vert)</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="206"/>
        <source>Open Gatehouse</source>
        <translation>Ouvrir Gatehouse</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="207"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="52"/>
        <source>Gatehouse tray menu</source>
        <translation>Menu Gatehouse de la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="120"/>
        <source>Gatehouse: nothing waits</source>
        <translation>Gatehouse : rien en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="121"/>
        <source>Gatehouse: %n pending approvals</source>
        <translation>
            <numerusform>Gatehouse : %n approbation en attente</numerusform>
            <numerusform>Gatehouse : %n approbations en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="170"/>
        <source>Nothing waits for a decision</source>
        <translation>Rien n’attend de décision</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="171"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="183"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="188"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="203"/>
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n autre dans la fenêtre…</numerusform>
            <numerusform>%n autres dans la fenêtre…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="239"/>
        <source>Delivery failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="240"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="247"/>
        <source>About to expire</source>
        <translation>Expire bientôt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="248"/>
        <source>%1 expires in %n min</source>
        <translation>
            <numerusform>%1 expire dans %n min</numerusform>
            <numerusform>%1 expire dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="256"/>
        <source>Fan-in timed out</source>
        <translation>Convergence expirée</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="257"/>
        <source>Fan-in %1 %2 timed out</source>
        <translation>La convergence %1 %2 a expiré</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="258"/>
        <source>Fan-in %1 %2 timed out: missing %3</source>
        <translation>La convergence %1 %2 a expiré : il manque %3</translation>
    </message>
    <message>
        <location filename="../ui/trayicon.cpp" line="268"/>
        <source>New approval</source>
        <translation>Nouvelle approbation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trayicon.cpp" line="270"/>
        <source>%n new approvals</source>
        <translation>
            <numerusform>%n nouvelle approbation</numerusform>
            <numerusform>%n nouvelles approbations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCountdown</name>
    <message>
        <location filename="../ui/undocountdown.cpp" line="10"/>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <location filename="../ui/undocountdown.cpp" line="13"/>
        <source>Decision countdown</source>
        <translation>Compte à rebours de la décision</translation>
    </message>
    <message>
        <location filename="../ui/undocountdown.cpp" line="14"/>
        <source>Undo the decision</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <location filename="../ui/undocountdown.cpp" line="15"/>
        <source>Take the decision back before it is recorded (Ctrl+Z)</source>
        <translation>Revenir sur la décision avant qu’elle soit enregistrée (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/undocountdown.cpp" line="35"/>
        <source>Approving %1 in %n s</source>
        <translation>
            <numerusform>Approbation de %1 dans %n s</numerusform>
            <numerusform>Approbation de %1 dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/undocountdown.cpp" line="36"/>
        <source>Rejecting %1 in %n s</source>
        <translation>
            <numerusform>Rejet de %1 dans %n s</numerusform>
            <numerusform>Rejet de %1 dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/undocountdown.cpp" line="38"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n autre en attente)</numerusform>
            <numerusform>(%n autres en attente)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <location filename="../app/connectors/azure/azuregatehook.cpp" line="26"/>
        <source>Evaluation %1: answered %2</source>
        <translation>Évaluation %1 : réponse %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="256"/>
        <source>Gatehouse is starting…
If the keyring asks for its password, answer it: Gatehouse uses its key file when the keyring does not answer.</source>
        <translation>Démarrage de Gatehouse…
Si le trousseau demande son mot de passe, saisissez-le : Gatehouse utilise son fichier de clé quand le trousseau ne répond pas.</translation>
    </message>
</context>
</TS>
