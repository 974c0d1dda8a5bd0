#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace imr {

// Why a core operation failed, in words for the person using the program.
struct Error
{
    // What a caller can do about it: most failures are only reported; a
    // conflict is merged and retried; a letter claimed by someone else is
    // shown read-only.
    enum class Kind { Failed, Conflict, Claimed, Forbidden };
    QString message;
    Kind kind = Kind::Failed;
};

// A value or the reason there is none. Core operations return this, so
// "could not read" is never confused with "nothing there": an absent value
// is std::optional inside a successful Result.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    // Empty for a success.
    QString error() const { return ok() ? QString() : std::get<1>(m_state).message; }
    Error::Kind errorKind() const { return ok() ? Error::Kind::Failed : std::get<1>(m_state).kind; }

private:
    std::variant<T, Error> m_state;
};

// The result of an operation that returns nothing but can fail.
using Status = Result<std::monostate>;

inline Status success()
{
    return Status(std::monostate{});
}

inline Error failure(QString message, Error::Kind kind = Error::Kind::Failed)
{
    return Error{std::move(message), kind};
}

} // namespace imr
