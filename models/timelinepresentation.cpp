#include "timelinepresentation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace TimelinePresentation {

namespace {

// A gate sample's line: "Gates evaluation 7: 1 of 2 green: ...". Its first three numbers
// (evaluation, green, total) also hold in the translations, which keep that order.
struct GateOutcome
{
    int green = -1;
    int total = -1;
    bool operator==(const GateOutcome &o) const { return green == o.green && total == o.total; }
};

GateOutcome gateOutcome(const QString &message)
{
    static const QRegularExpression numbers(QStringLiteral("\\d+"));
    QVector<int> found;
    auto it = numbers.globalMatch(message);
    while (it.hasNext() && found.size() < 3)
        found.append(it.next().captured().toInt());
    if (found.size() < 3)
        return {};
    return {found.at(1), found.at(2)};
}

} // namespace

Actor actor(const QString &type)
{
    static const QSet<QString> person{QStringLiteral("decided"), QStringLiteral("held"),
                                      QStringLiteral("retry"), QStringLiteral("link"),
                                      QStringLiteral("link-refused")};
    return person.contains(type) ? Actor::Person : Actor::Machine;
}

bool isDelivery(const QString &type)
{
    return type == QLatin1String("queued") || type == QLatin1String("delivered")
            || type == QLatin1String("delivery-failed");
}

QVector<Row> rows(const QVector<TimelineEntry> &entries, const QSet<QString> &expanded)
{
    // First pass: which fold each entry belongs to (-1: a line of its own).
    QVector<Row> folds;
    QVector<int> foldOf(entries.size(), -1);
    int deliveryFold = -1; // of the current stretch
    int gateFold = -1; // the last gate fold of the stretch
    GateOutcome lastGate;
    for (int i = 0; i < entries.size(); ++i) {
        const QString &type = entries.at(i).type;
        if (actor(type) == Actor::Person) {
            deliveryFold = gateFold = -1; // a person's act starts a new stretch
            continue;
        }
        if (isDelivery(type)) {
            if (deliveryFold < 0) {
                deliveryFold = int(folds.size());
                folds.append(
                        {RowKind::DeliveryFold, {}, QStringLiteral("d%1").arg(entries.at(i).id)});
            }
            folds[deliveryFold].entries.append(i);
            foldOf[i] = deliveryFold;
        } else if (type == QLatin1String("gates")) {
            const GateOutcome outcome = gateOutcome(entries.at(i).message);
            if (gateFold < 0 || !(outcome == lastGate) || outcome.total < 0) {
                gateFold = int(folds.size());
                folds.append({RowKind::GateFold, {}, QStringLiteral("g%1").arg(entries.at(i).id)});
            }
            lastGate = outcome;
            folds[gateFold].entries.append(i);
            foldOf[i] = gateFold;
        }
    }
    // Second pass: a fold stands where its first line was; a fold of one is that line.
    QVector<Row> result;
    result.reserve(entries.size());
    const auto line = [&](int i, RowKind kind) {
        result.append({kind, {i}, QStringLiteral("e%1").arg(entries.at(i).id)});
    };
    for (int i = 0; i < entries.size(); ++i) {
        const int f = foldOf.at(i);
        if (f < 0) {
            line(i, RowKind::Line);
            continue;
        }
        Row fold = folds.at(f);
        if (fold.entries.first() != i)
            continue; // shown with its fold
        if (fold.entries.size() == 1) {
            line(i, RowKind::Line);
            continue;
        }
        fold.expanded = expanded.contains(fold.key);
        result.append(fold);
        if (fold.expanded) {
            for (const int member : std::as_const(fold.entries))
                line(member, RowKind::Member);
        }
    }
    return result;
}

QString foldText(const Row &row, const QVector<TimelineEntry> &entries, const QString &target)
{
    const int lines = int(row.entries.size());
    const QString mark = row.expanded ? QStringLiteral("\u25be ") : QStringLiteral("\u25b8 ");
    if (row.kind == RowKind::DeliveryFold) {
        // The last attempt tells how it stands.
        const QString &last = entries.at(row.entries.last()).type;
        QString outcome;
        if (last == QLatin1String("delivered"))
            outcome = QCoreApplication::translate("TimelinePresentation", "Delivered to %1 \u2713")
                              .arg(target);
        else if (last == QLatin1String("delivery-failed"))
            outcome = QCoreApplication::translate("TimelinePresentation",
                                                  "Delivery to %1 failed \u2717")
                              .arg(target);
        else
            outcome = QCoreApplication::translate("TimelinePresentation", "Delivering to %1\u2026")
                              .arg(target);
        return mark
                + QCoreApplication::translate("TimelinePresentation", "%1 \u00b7 %n lines", nullptr,
                                              lines)
                          .arg(outcome);
    }
    if (row.kind == RowKind::GateFold) {
        const TimelineEntry &first = entries.at(row.entries.first());
        const GateOutcome outcome = gateOutcome(first.message);
        const QString colour = outcome.green == outcome.total
                ? QCoreApplication::translate("TimelinePresentation", "green")
                : QCoreApplication::translate("TimelinePresentation", "red");
        return mark
                + QCoreApplication::translate("TimelinePresentation",
                                              "Gates %1 \u00d7%2 since %3 (%4 of %5 green)")
                          .arg(colour)
                          .arg(lines)
                          .arg(first.at.toLocalTime().toString(QStringLiteral("HH:mm")))
                          .arg(outcome.green)
                          .arg(outcome.total);
    }
    return {};
}

} // namespace TimelinePresentation
