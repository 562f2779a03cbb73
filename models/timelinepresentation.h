// TimelinePresentation: how the timeline of one approval reads to a person. The store
// keeps every line (an Azure check writes about fifteen delivery lines, a gate policy a
// sample every 20 s); this folds them for reading:
// - what people did (decided, held, links, retries) is a line of its own and splits the
//   timeline into stretches;
// - within a stretch, the delivery lines become one line ("Delivered to Azure
//   Pipelines ✓"), at the place of the first;
// - gate samples in a row with the same outcome become one line ("red ×14 since 10:02").
// A fold lists its lines beneath it when expanded. Pure functions: TimelineModel holds
// the state.
#pragma once

#include "core/timelineentry.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace TimelinePresentation {

enum class RowKind {
    Line, // one entry, shown as written
    DeliveryFold, // the delivery lines of a stretch
    GateFold, // gate samples in a row with one outcome
    Member, // a line of an expanded fold, beneath it
};

// Who an entry is about: a person's act, or the machinery.
enum class Actor { Person, Machine };

struct Row
{
    RowKind kind = RowKind::Line;
    QVector<int> entries; // indices into the entries; a Line or Member has one
    QString key; // stable across appends: which fold is expanded is kept by it
    bool expanded = false;
    bool operator==(const Row &o) const
    {
        return kind == o.kind && entries == o.entries && key == o.key && expanded == o.expanded;
    }
};

Actor actor(const QString &type);
bool isDelivery(const QString &type);

// The rows for entries (in time order); expanded: the keys of the open folds.
QVector<Row> rows(const QVector<TimelineEntry> &entries, const QSet<QString> &expanded);

// The text of a fold: "Delivered to Azure Pipelines ✓ · 15 lines", "Gates red ×14 since
// 10:02 (1 of 2 green)". target names where deliveries went (the source's name).
QString foldText(const Row &row, const QVector<TimelineEntry> &entries, const QString &target);

} // namespace TimelinePresentation
