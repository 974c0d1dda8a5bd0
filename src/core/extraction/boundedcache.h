#pragma once

#include <QHash>
#include <QMutex>

#include <functional>

namespace imr {

// A thread-safe memo of a pure function for values that repeat across a
// folder (the same request, the same citation in thousands of letters).
// Cleared when full: simple, and a year's distinct values fit anyway.
template<typename Key, typename Value>
class BoundedCache final
{
public:
    explicit BoundedCache(qsizetype capacity)
        : m_capacity(capacity)
    {
    }

    Value value(const Key &key, const std::function<Value(const Key &)> &compute)
    {
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_values.constFind(key);
            if (it != m_values.cend())
                return *it;
        }
        Value v = compute(key); // outside the lock: other threads go on
        QMutexLocker lock(&m_mutex);
        if (m_values.size() >= m_capacity)
            m_values.clear();
        m_values.insert(key, v);
        return v;
    }

private:
    const qsizetype m_capacity;
    QMutex m_mutex;
    QHash<Key, Value> m_values;
};

} // namespace imr
