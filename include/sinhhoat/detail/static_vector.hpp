#pragma once
// A vector with its capacity inline: findings and verdicts stay off the heap.

#include <cstddef>
#include <cstring>
#include <new>
#include <stdexcept>
#include <type_traits>

namespace sinhhoat::detail {

/// Only the items in use are written or copied: a verdict's room for 48 findings is 2.3 KB, and
/// zeroing or copying all of it took longer than the rules of a check.
template <class T, std::size_t N> class static_vector {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "static_vector copies its items as bytes");

  public:
    static_vector() noexcept {}
    static_vector(const static_vector& other) noexcept : size_(other.size_) {
        std::memcpy(static_cast<void*>(items_), other.items_, size_ * sizeof(T));
    }
    static_vector& operator=(const static_vector& other) noexcept {
        if (this != &other) {
            size_ = other.size_;
            std::memcpy(static_cast<void*>(items_), other.items_, size_ * sizeof(T));
        }
        return *this;
    }

    void push_back(const T& v) {
        // Capacities are sized from the rules' maximum output; reaching one is a library bug.
        if (size_ == N)
            throw std::logic_error("sinhhoat: static_vector capacity exceeded");
        ::new (static_cast<void*>(items_ + size_)) T(v);
        ++size_;
    }
    template <std::size_t M> void append(const static_vector<T, M>& other) {
        for (const auto& v : other)
            push_back(v);
    }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    static constexpr std::size_t capacity() noexcept { return N; }
    const T& operator[](std::size_t i) const noexcept { return items_[i]; }
    const T* begin() const noexcept { return items_; }
    const T* end() const noexcept { return items_ + size_; }

    friend bool operator==(const static_vector& a, const static_vector& b) {
        if (a.size_ != b.size_)
            return false;
        for (std::size_t i = 0; i < a.size_; ++i)
            if (!(a.items_[i] == b.items_[i]))
                return false;
        return true;
    }
    friend bool operator!=(const static_vector& a, const static_vector& b) { return !(a == b); }

  private:
    // Not constructed until pushed: a union member is left alone by the constructors.
    union {
        T items_[N];
    };
    std::size_t size_ = 0;
};

} // namespace sinhhoat::detail
