#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace imr {

// Why a core operation failed, in words for the person using the program.
struct Error
{
    QString message;
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

private:
    std::variant<T, Error> m_state;
};

// The result of an operation that returns nothing but can fail.
using Status = Result<std::monostate>;

inline Status success()
{
    return Status(std::monostate{});
}

inline Error failure(QString message)
{
    return Error{std::move(message)};
}

} // namespace imr
