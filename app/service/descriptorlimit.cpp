#include "descriptorlimit.h"

#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcLimits, "gatehouse.service")

long DescriptorLimit::raiseToHardLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        qCWarning(lcLimits) << "cannot read the open-file limit:" << std::strerror(errno);
        return -1;
    }
    const rlim_t before = limit.rlim_cur;
    if (limit.rlim_cur == limit.rlim_max) {
        qCInfo(lcLimits) << "open-file limit:" << quint64(before);
        return long(before);
    }
    limit.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
        qCWarning(lcLimits) << "cannot raise the open-file limit from" << quint64(before) << ":"
                            << std::strerror(errno);
        return long(before);
    }
    qCInfo(lcLimits) << "open-file limit raised from" << quint64(before) << "to"
                     << quint64(limit.rlim_cur);
    return long(limit.rlim_cur);
}

int DescriptorLimit::connectionCap(int wanted, long fileLimit, int receiverThreads)
{
    if (fileLimit < 0)
        return wanted;
    const long reserve = 64 + 4L * receiverThreads;
    const int cap = int(qBound(1L, fileLimit - reserve, long(wanted)));
    if (cap < wanted)
        qCWarning(lcLimits) << "connection cap lowered from" << wanted << "to" << cap
                            << "to stay within the open-file limit of" << fileLimit;
    return cap;
}
