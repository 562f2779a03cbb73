// OutcomeText: one sentence that says how an approval ended and who ended it
// ("Approved by anna from the window", "Superseded by #42", "Timed out"), the same
// words in chat messages and on the link pages that refuse a decided item.
#pragma once

#include "core/approval.h"

#include <QCoreApplication>

class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)
public:
    // Empty for a pending approval. withComment: the decision's comment in quotes.
    static QString describe(const Approval &approval, bool withComment = true);

private:
    static QString where(const QString &origin);
};
