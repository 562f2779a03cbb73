#include "migrations.h"

const QVector<Migration> &schemaMigrations()
{
    // Times are milliseconds since the Unix epoch, UTC, in BIGINT columns: portable,
    // sortable and free of time zone parsing.
    static const QVector<Migration> migrations{
            {1,
             {
                     QStringLiteral("CREATE TABLE approvals ("
                                    " id %ID%,"
                                    " connector TEXT NOT NULL,"
                                    " kind TEXT NOT NULL,"
                                    " external_id TEXT,"
                                    " title TEXT NOT NULL,"
                                    " description TEXT NOT NULL DEFAULT '',"
                                    " pipeline TEXT NOT NULL DEFAULT '',"
                                    " stage TEXT NOT NULL DEFAULT '',"
                                    " environment TEXT NOT NULL DEFAULT '',"
                                    " requested_by TEXT NOT NULL DEFAULT '',"
                                    " group_key TEXT NOT NULL DEFAULT '',"
                                    " state TEXT NOT NULL,"
                                    " delivery_state TEXT NOT NULL,"
                                    " created_at BIGINT NOT NULL,"
                                    " updated_at BIGINT NOT NULL,"
                                    " deadline_at BIGINT,"
                                    " decided_by TEXT NOT NULL DEFAULT '',"
                                    " decision_origin TEXT NOT NULL DEFAULT '',"
                                    " decision_comment TEXT NOT NULL DEFAULT '',"
                                    " decided_at BIGINT,"
                                    " last_delivery_error TEXT NOT NULL DEFAULT '',"
                                    " metadata TEXT NOT NULL DEFAULT '{}')"),
                     // NULL external ids never collide, in SQLite and PostgreSQL alike.
                     QStringLiteral("CREATE UNIQUE INDEX approvals_external"
                                    " ON approvals (connector, external_id)"),
                     QStringLiteral(
                             "CREATE INDEX approvals_state ON approvals (state, created_at)"),
                     QStringLiteral("CREATE INDEX approvals_created ON approvals (created_at)"),
                     QStringLiteral("CREATE INDEX approvals_deadline ON approvals (deadline_at)"),
                     QStringLiteral("CREATE TABLE timeline ("
                                    " id %ID%,"
                                    " approval_id BIGINT NOT NULL REFERENCES approvals (id),"
                                    " at BIGINT NOT NULL,"
                                    " type TEXT NOT NULL,"
                                    " message TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX timeline_approval ON timeline (approval_id, id)"),
                     QStringLiteral("CREATE TABLE outbox ("
                                    " id %ID%,"
                                    " approval_id BIGINT NOT NULL REFERENCES approvals (id),"
                                    " request TEXT NOT NULL,"
                                    " purpose TEXT NOT NULL,"
                                    " state TEXT NOT NULL,"
                                    " attempts INTEGER NOT NULL DEFAULT 0,"
                                    " next_attempt_at BIGINT NOT NULL,"
                                    " last_error TEXT NOT NULL DEFAULT '',"
                                    " created_at BIGINT NOT NULL,"
                                    " delivered_at BIGINT)"),
                     QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_at)"),
                     QStringLiteral("CREATE INDEX outbox_approval ON outbox (approval_id, id)"),
                     // Secrets sealed with the vault key; never plain text.
                     QStringLiteral("CREATE TABLE sealed_secrets ("
                                    " name TEXT PRIMARY KEY,"
                                    " sealed TEXT NOT NULL)"),
             }},
            {2,
             {
                     // Action links: only the SHA-256 of a token is kept (ActionTokens).
                     QStringLiteral("CREATE TABLE action_tokens ("
                                    " token_hash TEXT PRIMARY KEY,"
                                    " approval_id BIGINT NOT NULL REFERENCES approvals (id),"
                                    " purpose TEXT NOT NULL,"
                                    " expires_at BIGINT NOT NULL,"
                                    " used_at BIGINT,"
                                    " created_at BIGINT NOT NULL)"),
                     QStringLiteral(
                             "CREATE INDEX action_tokens_approval ON action_tokens (approval_id)"),
             }},
            {3,
             {
                     // Refused calls and other security events: who, when, what. Never a secret.
                     QStringLiteral("CREATE TABLE security_events ("
                                    " id %ID%,"
                                    " at BIGINT NOT NULL,"
                                    " peer TEXT NOT NULL,"
                                    " what TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX security_events_at ON security_events (at)"),
             }},
            {4,
             {
                     // The next deadline among pending approvals is looked up after every
                     // commit; with (state) alone that read every pending row.
                     QStringLiteral("CREATE INDEX approvals_state_deadline"
                                    " ON approvals (state, deadline_at)"),
             }},
            {5,
             {
                     // A link replaced by a newer one says so, instead of "already used".
                     QStringLiteral("ALTER TABLE action_tokens ADD COLUMN revoked_at BIGINT"),
             }},
            {6,
             {
                     // Team mode: the instance delivering a row holds a lease on it (who,
                     // until when on the database's clock), so each callback goes out from
                     // one instance, and a crashed instance's rows are taken over when
                     // the lease runs out.
                     QStringLiteral("ALTER TABLE outbox ADD COLUMN leased_by TEXT NOT NULL"
                                    " DEFAULT ''"),
                     QStringLiteral("ALTER TABLE outbox ADD COLUMN lease_until BIGINT"),
             }},
            {7,
             {
                     // Team mode: every transaction that changes an approval (its row, its
                     // timeline, its delivery) stamps it with the next number of one
                     // sequence, so a console that missed notifications reads exactly
                     // what changed since the last number it saw (ChangeListener).
                     QStringLiteral("ALTER TABLE approvals ADD COLUMN change_seq BIGINT NOT NULL"
                                    " DEFAULT 0"),
                     QStringLiteral("CREATE INDEX approvals_change_seq ON approvals (change_seq)"),
                     QStringLiteral("%POSTGRES%CREATE SEQUENCE approval_changes"),
             }},
            {9,
             {
                     // Personal API tokens (issue 13 item 5): only the SHA-256 of a token is
                     // kept; an API decision made with one names its owner.
                     QStringLiteral("CREATE TABLE api_tokens ("
                                    " id %ID%,"
                                    " token_hash TEXT NOT NULL UNIQUE,"
                                    " name TEXT NOT NULL,"
                                    " owner TEXT NOT NULL,"
                                    " created_at BIGINT NOT NULL,"
                                    " last_used_at BIGINT,"
                                    " revoked_at BIGINT)"),
             }},
            {11,
             {
                     // Retention finds the approvals decided before its cut-off without
                     // reading the whole table.
                     QStringLiteral("CREATE INDEX approvals_decided ON approvals (decided_at)"),
             }},
            {12,
             {
                     // The audit ledger (AuditLedger, docs/audit.md): hash-chained entries,
                     // numbered without gaps, and one head row whose seal (vault key) makes
                     // the removal of the newest entries detectable.
                     QStringLiteral("CREATE TABLE audit_ledger ("
                                    " seq BIGINT PRIMARY KEY,"
                                    " at BIGINT NOT NULL,"
                                    " action TEXT NOT NULL,"
                                    " approval_id BIGINT NOT NULL,"
                                    " subject TEXT NOT NULL,"
                                    " actor TEXT NOT NULL,"
                                    " origin TEXT NOT NULL,"
                                    " detail TEXT NOT NULL,"
                                    " prev_hash TEXT NOT NULL,"
                                    " hash TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX audit_ledger_at ON audit_ledger (at)"),
                     QStringLiteral("CREATE TABLE audit_head ("
                                    " id INTEGER PRIMARY KEY,"
                                    " count BIGINT NOT NULL,"
                                    " hash TEXT NOT NULL,"
                                    " seal TEXT NOT NULL)"),
                     QStringLiteral(
                             "INSERT INTO audit_head (id, count, hash, seal) VALUES (1, 0,"
                             " '0000000000000000000000000000000000000000000000000000000000000000',"
                             " '')"),
             }},
            {13,
             {
                     // Pre-approvals of scheduled runs (issue 18, item 2): recorded for a
                     // pipeline, stage and environment before the run waits; the first
                     // matching wait uses one (used_by), in the decision's transaction.
                     QStringLiteral("CREATE TABLE pre_approvals ("
                                    " id %ID%,"
                                    " connector TEXT NOT NULL DEFAULT '',"
                                    " pipeline TEXT NOT NULL,"
                                    " stage TEXT NOT NULL DEFAULT '',"
                                    " environment TEXT NOT NULL DEFAULT '',"
                                    " decided_by TEXT NOT NULL,"
                                    " origin TEXT NOT NULL,"
                                    " comment TEXT NOT NULL DEFAULT '',"
                                    " identity_proven INTEGER NOT NULL DEFAULT 1,"
                                    " release_at BIGINT,"
                                    " release_window INTEGER NOT NULL DEFAULT 0,"
                                    " valid_until BIGINT NOT NULL,"
                                    " created_at BIGINT NOT NULL,"
                                    " used_by BIGINT,"
                                    " used_at BIGINT,"
                                    " revoked_at BIGINT)"),
                     QStringLiteral("CREATE INDEX pre_approvals_match"
                                    " ON pre_approvals (pipeline, environment, valid_until)"),
             }},
            {14,
             {
                     // "Assign to me" (issue 18 item 7): who is looking at a pending
                     // approval, and since when. A decision clears both.
                     QStringLiteral("ALTER TABLE approvals ADD COLUMN assigned_to TEXT NOT NULL"
                                    " DEFAULT ''"),
                     QStringLiteral("ALTER TABLE approvals ADD COLUMN assigned_at BIGINT"),
             }},
            {15,
             {
                     // Chat messages (issue 18 item 4, ChatPosts): one row per approval and
                     // channel it was announced in, so that the outcome reaches the same
                     // channels once, even after the policies changed, and from one
                     // instance only. config: the channel as it was (type, Slack channel
                     // id, API URL, the names of its secrets; never a secret itself).
                     // The ts that Slack's chat.postMessage answers lands in the
                     // approval's metadata, where chat.update's placeholder reads it.
                     QStringLiteral("CREATE TABLE chat_posts ("
                                    " approval_id BIGINT NOT NULL REFERENCES approvals (id),"
                                    " channel TEXT NOT NULL,"
                                    " config TEXT NOT NULL,"
                                    " posted_at BIGINT NOT NULL,"
                                    " outcome_at BIGINT,"
                                    " PRIMARY KEY (approval_id, channel))"),
             }},
            {16,
             {
                     // Every webhook writes each index of approvals (issue 17). The
                     // deadline queries all name the state too, so (state, deadline_at)
                     // answers them; change_seq is read by team mode's listener only,
                     // and on SQLite every row keeps 0 there.
                     QStringLiteral("DROP INDEX IF EXISTS approvals_deadline"),
                     QStringLiteral("%SQLITE%DROP INDEX IF EXISTS approvals_change_seq"),
             }},
    };
    return migrations;
}
