// SupersedeRule: whether a newly arrived approval cancels the older pending ones of
// the same deployment (issue 18, item 1): true when a policy with "supersede":
// "newest" matches it and it names a deployment at all (pipeline, stage or
// environment). The engine asks at ingest, inside the ingest's transaction.
#pragma once

#include "gates/policy.h"

#include <QVector>

class SupersedeRule
{
public:
    static bool applies(const QVector<Policy> &policies, const Approval &newest);
};
