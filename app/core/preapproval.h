// PreApproval: an approval recorded ahead of a scheduled run that has not arrived yet
// (issue 18, item 2): for one pipeline, stage and environment (and optionally one
// connector), valid until a time. The first matching wait to arrive is approved with the
// recorded who and why, and released by the recorded release rule. Used once.
#pragma once

#include "core/approval.h"
#include "core/releaserequest.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct PreApproval
{
    qint64 id = 0;
    QString connector; // empty: any connector
    QString pipeline; // required
    QString stage;
    QString environment;
    QString decidedBy;
    QString origin; // "window", "api"
    QString comment;
    bool identityProven = true;
    ReleaseRequest release;
    QDateTime validUntil;
    QDateTime createdAt;
    qint64 usedBy = 0; // the approval it decided
    QDateTime usedAt;
    QDateTime revokedAt;

    // Same pipeline, stage and environment (exactly), and the connector if one is named.
    bool matches(const Approval &approval) const
    {
        return approval.pipeline == pipeline && approval.stage == stage
                && approval.environment == environment
                && (connector.isEmpty() || connector == approval.connector);
    }
    bool isActive(const QDateTime &now) const
    {
        return usedBy == 0 && !revokedAt.isValid() && validUntil > now;
    }
};

Q_DECLARE_METATYPE(PreApproval)
