#pragma once

// Turns a fuzzer's bytes into values: each call takes what it needs from the
// front and gives zeros or empty strings once the bytes run out, so every
// input is a valid sequence of choices.

#include <QString>

#include <cstddef>
#include <cstdint>

namespace imr::fuzz {

class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_pos++]; }
    // A string of up to maxBytes UTF-8 bytes (invalid sequences become
    // U+FFFD, as in any text the program reads).
    QString string(uint8_t maxBytes = 48)
    {
        const size_t length = std::min<size_t>(byte() % (size_t(maxBytes) + 1), m_size - std::min(m_pos, m_size));
        const QString s = QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(length));
        m_pos += length;
        return s;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace imr::fuzz
