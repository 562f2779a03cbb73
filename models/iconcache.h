// cachedIcon: one QIcon per resource path, shared by every row and menu entry. A QIcon
// made from an SVG path parses the file again for each new instance; a view repainting
// its rows (or the tray menu rebuilt per batch of webhooks) did that per row and paint.
#pragma once

#include <QHash>
#include <QIcon>
#include <QString>

inline QIcon cachedIcon(const QString &path)
{
    static QHash<QString, QIcon> cache; // GUI thread only, like every QIcon
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}
