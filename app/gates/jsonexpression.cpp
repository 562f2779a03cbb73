#include "jsonexpression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <cmath>

struct JsonExpression::Node
{
    enum class Kind { Literal, Path, Count, Not, And, Or, Compare };
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge };
    struct Step
    {
        QString key; // object member; empty with index >= 0
        int index = -1; // array element
    };

    Kind kind = Kind::Literal;
    int offset = 0; // where the node starts in the text, for messages
    QJsonValue literal;
    QVector<Step> path;
    QString pathText;
    Op op = Op::Eq;
    std::shared_ptr<const Node> left, right;
};

namespace {

using Node = JsonExpression::Node;
using NodePtr = std::shared_ptr<const Node>;

// Nested parentheses and `not` recurse; a hostile policy file must not exhaust the stack.
constexpr int maxDepth = 64;

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) { }

    NodePtr parseAll()
    {
        NodePtr node = parseOr();
        if (!node)
            return nullptr;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(JsonExpression::tr("unexpected '%1'").arg(m_text.mid(m_pos, 12)));
        return node;
    }
    QString error() const { return m_error; }

private:
    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = JsonExpression::tr("offset %1: %2").arg(m_pos).arg(message);
        return nullptr;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    static bool isIdentStart(QChar c) { return c.isLetter() || c == u'_'; }
    static bool isIdentChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-'; }

    // Peeks a whole word (keywords must not match a prefix of a longer name).
    bool acceptWord(QStringView word)
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_pos).startsWith(word))
            return false;
        const int end = m_pos + int(word.size());
        if (end < m_text.size() && isIdentChar(m_text.at(end)))
            return false;
        m_pos = end;
        return true;
    }

    bool acceptSymbol(QStringView symbol)
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_pos).startsWith(symbol))
            return false;
        m_pos += int(symbol.size());
        return true;
    }

    static NodePtr binary(Node::Kind kind, int offset, NodePtr left, NodePtr right)
    {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->offset = offset;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    NodePtr parseOr()
    {
        if (++m_depth > maxDepth)
            return fail(JsonExpression::tr("expression nested too deeply"));
        NodePtr left = parseAnd();
        while (left) {
            const int at = m_pos;
            if (!acceptWord(u"or") && !acceptSymbol(u"||"))
                break;
            NodePtr right = parseAnd();
            if (!right)
                return nullptr;
            left = binary(Node::Kind::Or, at, left, right);
        }
        --m_depth;
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseNot();
        while (left) {
            const int at = m_pos;
            if (!acceptWord(u"and") && !acceptSymbol(u"&&"))
                break;
            NodePtr right = parseNot();
            if (!right)
                return nullptr;
            left = binary(Node::Kind::And, at, left, right);
        }
        return left;
    }

    NodePtr parseNot()
    {
        skipSpace();
        const int at = m_pos;
        const bool bang = m_pos + 1 < m_text.size() && m_text.at(m_pos) == u'!'
                && m_text.at(m_pos + 1) != u'=';
        if (bang || acceptWord(u"not")) {
            if (bang)
                ++m_pos;
            if (++m_depth > maxDepth)
                return fail(JsonExpression::tr("expression nested too deeply"));
            NodePtr operand = parseNot();
            --m_depth;
            return operand ? binary(Node::Kind::Not, at, operand, nullptr) : nullptr;
        }
        return parseCompare();
    }

    NodePtr parseCompare()
    {
        NodePtr left = parsePrimary();
        if (!left)
            return nullptr;
        skipSpace();
        const int at = m_pos;
        static const struct
        {
            const char16_t *symbol;
            Node::Op op;
        } ops[] = {{u"==", Node::Op::Eq}, {u"!=", Node::Op::Ne}, {u"<=", Node::Op::Le},
                   {u">=", Node::Op::Ge}, {u"<", Node::Op::Lt},  {u">", Node::Op::Gt}};
        for (const auto &candidate : ops) {
            if (acceptSymbol(candidate.symbol)) {
                NodePtr right = parsePrimary();
                if (!right)
                    return nullptr;
                auto node =
                        std::const_pointer_cast<Node>(binary(Node::Kind::Compare, at, left, right));
                node->op = candidate.op;
                return node;
            }
        }
        if (acceptSymbol(u"=")) {
            m_pos = at;
            return fail(JsonExpression::tr("'=' is not an operator; use '=='"));
        }
        return left;
    }

    NodePtr parsePrimary()
    {
        skipSpace();
        auto node = std::make_shared<Node>();
        node->offset = m_pos;
        if (m_pos >= m_text.size())
            return fail(JsonExpression::tr("unexpected end of expression"));
        const QChar c = m_text.at(m_pos);
        if (c == u'(') {
            ++m_pos;
            NodePtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (!acceptSymbol(u")"))
                return fail(JsonExpression::tr("expected ')'"));
            return inner;
        }
        if (c == u'"' || c == u'\'') {
            QString value;
            if (!readString(&value))
                return nullptr;
            node->literal = value;
            return node;
        }
        if (c.isDigit()
            || ((c == u'-' || c == u'.') && m_pos + 1 < m_text.size()
                && m_text.at(m_pos + 1).isDigit())) {
            int end = m_pos + 1;
            while (end < m_text.size()
                   && (m_text.at(end).isDigit() || m_text.at(end) == u'.' || m_text.at(end) == u'e'
                       || m_text.at(end) == u'E'
                       || ((m_text.at(end) == u'-' || m_text.at(end) == u'+')
                           && (m_text.at(end - 1) == u'e' || m_text.at(end - 1) == u'E'))))
                ++end;
            bool ok = false;
            const double number = m_text.mid(m_pos, end - m_pos).toDouble(&ok);
            if (!ok || !std::isfinite(number))
                return fail(JsonExpression::tr("invalid number '%1'")
                                    .arg(m_text.mid(m_pos, end - m_pos)));
            m_pos = end;
            node->literal = number;
            return node;
        }
        if (acceptWord(u"true")) {
            node->literal = true;
            return node;
        }
        if (acceptWord(u"false")) {
            node->literal = false;
            return node;
        }
        if (acceptWord(u"null")) {
            node->literal = QJsonValue(QJsonValue::Null);
            return node;
        }
        for (const auto keyword : {u"and", u"or", u"not"}) {
            const int at = m_pos;
            if (acceptWord(keyword)) {
                m_pos = at;
                return fail(JsonExpression::tr("expected a value, found '%1'")
                                    .arg(QString::fromUtf16(keyword)));
            }
        }
        if (acceptWord(u"count")) {
            if (!acceptSymbol(u"("))
                return fail(JsonExpression::tr("expected '(' after count"));
            node->kind = Node::Kind::Count;
            if (!parsePath(node.get()))
                return nullptr;
            if (!acceptSymbol(u")"))
                return fail(JsonExpression::tr("expected ')'"));
            return node;
        }
        node->kind = Node::Kind::Path;
        if (!parsePath(node.get()))
            return nullptr;
        return node;
    }

    bool readString(QString *value)
    {
        const QChar quote = m_text.at(m_pos);
        const int start = m_pos++;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == quote)
                return true;
            if (c == u'\\') {
                if (m_pos >= m_text.size())
                    break;
                const QChar escaped = m_text.at(m_pos++);
                value->append(escaped == u'n'           ? QChar(u'\n')
                                      : escaped == u't' ? QChar(u'\t')
                                                        : escaped);
            } else {
                value->append(c);
            }
        }
        m_pos = start;
        fail(JsonExpression::tr("unterminated string"));
        return false;
    }

    // path := ('$' | name) ('.' name | '[' index ']' | '[' "key" ']')*
    bool parsePath(Node *node)
    {
        skipSpace();
        const int start = m_pos;
        node->offset = start;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'$') {
            ++m_pos;
        } else if (m_pos < m_text.size() && isIdentStart(m_text.at(m_pos))) {
            node->path.append({readName(), -1});
        } else {
            fail(JsonExpression::tr("expected a value, a path or '('"));
            return false;
        }
        for (;;) {
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
                ++m_pos;
                if (m_pos >= m_text.size() || !isIdentStart(m_text.at(m_pos))) {
                    fail(JsonExpression::tr("expected a name after '.'"));
                    return false;
                }
                node->path.append({readName(), -1});
            } else if (m_pos < m_text.size() && m_text.at(m_pos) == u'[') {
                ++m_pos;
                skipSpace();
                if (m_pos < m_text.size()
                    && (m_text.at(m_pos) == u'"' || m_text.at(m_pos) == u'\'')) {
                    QString key;
                    if (!readString(&key))
                        return false;
                    node->path.append({key, -1});
                } else {
                    int end = m_pos;
                    while (end < m_text.size() && m_text.at(end).isDigit())
                        ++end;
                    bool ok = false;
                    const int index = m_text.mid(m_pos, end - m_pos).toInt(&ok);
                    if (!ok) {
                        fail(JsonExpression::tr("expected an index or a quoted name in '[ ]'"));
                        return false;
                    }
                    m_pos = end;
                    node->path.append({QString(), index});
                }
                if (!acceptSymbol(u"]")) {
                    fail(JsonExpression::tr("expected ']'"));
                    return false;
                }
            } else {
                break;
            }
        }
        node->pathText = m_text.mid(start, m_pos - start);
        return true;
    }

    QString readName()
    {
        const int start = m_pos;
        while (m_pos < m_text.size() && isIdentChar(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    const QString &m_text;
    int m_pos = 0;
    int m_depth = 0;
    QString m_error;
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

using Result = JsonExpression::Result;

Result failure(const QString &message)
{
    return {QJsonValue(), message};
}

Result resolve(const Node &node, const QJsonValue &input)
{
    QJsonValue current = input;
    for (const Node::Step &step : node.path) {
        if (step.index >= 0) {
            if (!current.isArray())
                return failure(JsonExpression::tr("path '%1' not found: %2 is not an array")
                                       .arg(node.pathText, typeName(current)));
            const QJsonArray array = current.toArray();
            if (step.index >= array.size())
                return failure(JsonExpression::tr(
                                       "path '%1' not found: index %2 past the end of %3 elements")
                                       .arg(node.pathText)
                                       .arg(step.index)
                                       .arg(array.size()));
            current = array.at(step.index);
        } else {
            if (!current.isObject() || !current.toObject().contains(step.key))
                return failure(JsonExpression::tr("path '%1' not found").arg(node.pathText));
            current = current.toObject().value(step.key);
        }
    }
    return {current, {}};
}

Result evaluateNode(const Node &node, const QJsonValue &input);

Result evaluateBool(const Node &node, const QJsonValue &input, bool *value)
{
    Result result = evaluateNode(node, input);
    if (!result.ok())
        return result;
    if (!result.value.isBool())
        return failure(JsonExpression::tr("offset %1: expected true or false, found %2")
                               .arg(node.offset)
                               .arg(typeName(result.value)));
    *value = result.value.toBool();
    return result;
}

Result compare(const Node &node, const QJsonValue &left, const QJsonValue &right)
{
    using Op = Node::Op;
    if (node.op == Op::Eq || node.op == Op::Ne) {
        const bool equal = left == right;
        return {node.op == Op::Eq ? equal : !equal, {}};
    }
    int order = 0;
    if (left.isDouble() && right.isDouble()) {
        const double a = left.toDouble(), b = right.toDouble();
        order = a < b ? -1 : a > b ? 1 : 0;
    } else if (left.isString() && right.isString()) {
        order = left.toString().compare(right.toString());
    } else {
        return failure(JsonExpression::tr("offset %1: cannot order %2 and %3")
                               .arg(node.offset)
                               .arg(typeName(left), typeName(right)));
    }
    switch (node.op) {
    case Op::Lt:
        return {order < 0, {}};
    case Op::Le:
        return {order <= 0, {}};
    case Op::Gt:
        return {order > 0, {}};
    case Op::Ge:
        return {order >= 0, {}};
    case Op::Eq:
    case Op::Ne:
        break;
    }
    return failure(QStringLiteral("unreachable"));
}

Result evaluateNode(const Node &node, const QJsonValue &input)
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return {node.literal, {}};
    case Node::Kind::Path:
        return resolve(node, input);
    case Node::Kind::Count: {
        const Result target = resolve(node, input);
        if (!target.ok())
            return target;
        if (target.value.isArray())
            return {double(target.value.toArray().size()), {}};
        if (target.value.isObject())
            return {double(target.value.toObject().size()), {}};
        return failure(
                JsonExpression::tr("offset %1: count() needs an array or an object, '%2' is %3")
                        .arg(node.offset)
                        .arg(node.pathText, typeName(target.value)));
    }
    case Node::Kind::Not: {
        bool value = false;
        const Result operand = evaluateBool(*node.left, input, &value);
        return operand.ok() ? Result{!value, {}} : operand;
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        bool value = false;
        const Result left = evaluateBool(*node.left, input, &value);
        if (!left.ok())
            return left;
        // Short circuit, so that `a != null and a.b == 1` is safe to write.
        if (node.kind == Node::Kind::And ? !value : value)
            return {value, {}};
        const Result right = evaluateBool(*node.right, input, &value);
        return right.ok() ? Result{value, {}} : right;
    }
    case Node::Kind::Compare: {
        const Result left = evaluateNode(*node.left, input);
        if (!left.ok())
            return left;
        const Result right = evaluateNode(*node.right, input);
        if (!right.ok())
            return right;
        return compare(node, left.value, right.value);
    }
    }
    return failure(QStringLiteral("unreachable"));
}

} // namespace

JsonExpression::JsonExpression() = default;
JsonExpression::~JsonExpression() = default;
JsonExpression::JsonExpression(const JsonExpression &other) = default;
JsonExpression &JsonExpression::operator=(const JsonExpression &other) = default;

JsonExpression JsonExpression::parse(const QString &text, QString *error)
{
    JsonExpression expression;
    Parser parser(text);
    NodePtr root = parser.parseAll();
    if (!root) {
        if (error)
            *error = parser.error();
        return expression;
    }
    expression.m_text = text;
    expression.m_root = std::move(root);
    return expression;
}

JsonExpression::Result JsonExpression::evaluate(const QJsonValue &input) const
{
    if (!m_root)
        return failure(JsonExpression::tr("the expression did not parse"));
    return evaluateNode(*m_root, input);
}

bool JsonExpression::test(const QJsonValue &input, QString *error) const
{
    const Result result = evaluate(input);
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    if (!result.value.isBool()) {
        if (error)
            *error = JsonExpression::tr("the condition gave %1, not true or false")
                             .arg(typeName(result.value));
        return false;
    }
    return result.value.toBool();
}
