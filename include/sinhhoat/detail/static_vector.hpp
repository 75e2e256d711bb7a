#pragma once
// A vector with its capacity inline: findings and verdicts stay off the heap.

#include <array>
#include <cstddef>
#include <stdexcept>

namespace sinhhoat::detail {

template <class T, std::size_t N> class static_vector {
  public:
    void push_back(const T& v) {
        // Capacities are sized from the rules' maximum output; reaching one is a library bug.
        if (size_ == N)
            throw std::logic_error("sinhhoat: static_vector capacity exceeded");
        items_[size_++] = v;
    }
    template <std::size_t M> void append(const static_vector<T, M>& other) {
        for (const auto& v : other)
            push_back(v);
    }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    static constexpr std::size_t capacity() noexcept { return N; }
    const T& operator[](std::size_t i) const noexcept { return items_[i]; }
    const T* begin() const noexcept { return items_.data(); }
    const T* end() const noexcept { return items_.data() + size_; }

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
    std::array<T, N> items_{};
    std::size_t size_ = 0;
};

} // namespace sinhhoat::detail
