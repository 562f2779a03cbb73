<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprovalExporter</name>
    <message numerus="yes">
        <source>Exported %n approvals to %1</source>
        <translation>
            <numerusform>Exported %n approval to %1</numerusform>
            <numerusform>Exported %n approvals to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalTableModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pending, evaluated %n times</source>
        <translation>
            <numerusform>Pending, evaluated %n time</numerusform>
            <numerusform>Pending, evaluated %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %1 (%2 of %n)</source>
        <translation>
            <numerusform>Waiting for %1 (%2 of %n)</numerusform>
            <numerusform>Waiting for %1 (%2 of %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gates: %1 of %n green</source>
        <translation>
            <numerusform>Gates: %1 of %n green</numerusform>
            <numerusform>Gates: %1 of %n green</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionResults</name>
    <message numerus="yes">
        <source>Approving %n approvals…</source>
        <translation>
            <numerusform>Approving %n approval…</numerusform>
            <numerusform>Approving %n approvals…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n approvals…</source>
        <translation>
            <numerusform>Rejecting %n approval…</numerusform>
            <numerusform>Rejecting %n approvals…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n refused</source>
        <translation>
            <numerusform>%1; %n refused</numerusform>
            <numerusform>%1; %n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message numerus="yes">
        <source>%1 of %n approvals: %2</source>
        <translation>
            <numerusform>%1 of %n approval: %2</numerusform>
            <numerusform>%1 of %n approvals: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n approvals selected</source>
        <translation>
            <numerusform>%n approval selected</numerusform>
            <numerusform>%n approvals selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pending; Approve and Reject act on all pending ones</source>
        <translation>
            <numerusform>%n of them pending; Approve and Reject act on all pending ones</numerusform>
            <numerusform>%n of them pending; Approve and Reject act on all pending ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 green after %n evaluations</source>
        <translation>
            <numerusform>%1 of %2 green after %n evaluation</numerusform>
            <numerusform>%1 of %2 green after %n evaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message numerus="yes">
        <source>A pre-approval lasts at most %n days</source>
        <translation>
            <numerusform>A pre-approval lasts at most %n day</numerusform>
            <numerusform>A pre-approval lasts at most %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change window of this item does not open within %n days</source>
        <translation>
            <numerusform>The change window of this item does not open within %n day</numerusform>
            <numerusform>The change window of this item does not open within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The &amp;selected approvals (%n)</source>
        <translation>
            <numerusform>The &amp;selected approval (%n)</numerusform>
            <numerusform>The &amp;selected approvals (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FanInHandler</name>
    <message numerus="yes">
        <source>All %n sources reported</source>
        <translation>
            <numerusform>The %n source reported</numerusform>
            <numerusform>All %n sources reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateSampler</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gates did not all pass within the timeout of %1 (%n evaluations; last: %2)</source>
        <translation>
            <numerusform>Gates did not all pass within the timeout of %1 (%n evaluation; last: %2)</numerusform>
            <numerusform>Gates did not all pass within the timeout of %1 (%n evaluations; last: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gates did not all pass in %n evaluations, the policy&apos;s cap (last: %1)</source>
        <translation>
            <numerusform>Gates did not all pass in %n evaluation, the policy&apos;s cap (last: %1)</numerusform>
            <numerusform>Gates did not all pass in %n evaluations, the policy&apos;s cap (last: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved by %1, then all %n gates green in evaluation %2</source>
        <translation>
            <numerusform>Approved by %1, then %n gate green in evaluation %2</numerusform>
            <numerusform>Approved by %1, then all %n gates green in evaluation %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n gates green in evaluation %1 (policy %2)</source>
        <translation>
            <numerusform>%n gate green in evaluation %1 (policy %2)</numerusform>
            <numerusform>All %n gates green in evaluation %1 (policy %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitLabConnector</name>
    <message numerus="yes">
        <source>%n approvals pending in GitLab</source>
        <translation>
            <numerusform>%n approval pending in GitLab</numerusform>
            <numerusform>%n approvals pending in GitLab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupMembersList</name>
    <message numerus="yes">
        <source>This run&apos;s stage: %n approvals</source>
        <translation>
            <numerusform>This run&apos;s stage: %n approval</numerusform>
            <numerusform>This run&apos;s stage: %n approvals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkEndpoints</name>
    <message numerus="yes">
        <source>Too many invalid links were tried from your address. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many invalid links were tried from your address. Try again in %n second.</numerusform>
            <numerusform>Too many invalid links were tried from your address. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied %n ids</source>
        <translation>
            <numerusform>Copied %n id</numerusform>
            <numerusform>Copied %n ids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approve %n</numerusform>
            <numerusform>&amp;Approve %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %n…</source>
        <translation>
            <numerusform>&amp;Reject %n…</numerusform>
            <numerusform>&amp;Reject %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approvals</source>
        <translation>
            <numerusform>%n approval</numerusform>
            <numerusform>%n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are approving %n production approvals:</source>
        <translation>
            <numerusform>You are approving %n production approval:</numerusform>
            <numerusform>You are approving %n production approvals:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are rejecting %n production approvals:</source>
        <translation>
            <numerusform>You are rejecting %n production approval:</numerusform>
            <numerusform>You are rejecting %n production approvals:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n approvals…</source>
        <translation>
            <numerusform>Exporting %n approval…</numerusform>
            <numerusform>Exporting %n approvals…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n deliveries</source>
        <translation>
            <numerusform>Retrying %n delivery</numerusform>
            <numerusform>Retrying %n deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectBar</name>
    <message numerus="yes">
        <source>Reject %n approvals?</source>
        <translation>
            <numerusform>Reject %n approval?</numerusform>
            <numerusform>Reject %n approvals?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <source>%1: %n failed</source>
        <translation>
            <numerusform>%1: %n failed</numerusform>
            <numerusform>%1: %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n decided</source>
        <translation>
            <numerusform>%1: %n decided</numerusform>
            <numerusform>%1: %n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1: %n pending</numerusform>
            <numerusform>%1: %n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you, the soonest deadline first</source>
        <translation>
            <numerusform>%n waiting for you, the soonest deadline first</numerusform>
            <numerusform>%n waiting for you, the soonest deadline first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions whose callback failed; Ctrl+R retries</source>
        <translation>
            <numerusform>%n decision whose callback failed; Ctrl+R retries</numerusform>
            <numerusform>%n decisions whose callback failed; Ctrl+R retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided approvals</source>
        <translation>
            <numerusform>%n decided approval</numerusform>
            <numerusform>%n decided approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a decision</source>
        <translation>
            <numerusform>%n waiting for a decision</numerusform>
            <numerusform>%n waiting for a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n you have taken (Ctrl+T takes or releases one)</source>
        <translation>
            <numerusform>%n you have taken (Ctrl+T takes or releases one)</numerusform>
            <numerusform>%n you have taken (Ctrl+T takes or releases one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePresentation</name>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n line</numerusform>
            <numerusform>%1 · %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>Gatehouse: %n pending approvals</source>
        <translation>
            <numerusform>Gatehouse: %n pending approval</numerusform>
            <numerusform>Gatehouse: %n pending approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n more in the window…</numerusform>
            <numerusform>%n more in the window…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n min</source>
        <translation>
            <numerusform>%1 expires in %n min</numerusform>
            <numerusform>%1 expires in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new approvals</source>
        <translation>
            <numerusform>%n new approval</numerusform>
            <numerusform>%n new approvals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCountdown</name>
    <message numerus="yes">
        <source>Approving %1 in %n s</source>
        <translation>
            <numerusform>Approving %1 in %n s</numerusform>
            <numerusform>Approving %1 in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %1 in %n s</source>
        <translation>
            <numerusform>Rejecting %1 in %n s</numerusform>
            <numerusform>Rejecting %1 in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
        </translation>
    </message>
</context>
</TS>
