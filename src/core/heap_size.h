// What a held object really allocates on the heap, in bytes, the way glibc's malloc counts it:
// each block is the size asked for plus its 8-byte header, rounded up to 16, at least 32. For the
// score board's byte budget (api::ScoreBoard), which compares the sum with what the process holds;
// score_board_dbtest checks the sum against the heap's own count (mallinfo2).
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace thidua::heap {

// One block of `n` bytes as malloc hands it out (0: nothing allocated).
constexpr size_t block(size_t n) {
  if (n == 0) return 0;
  size_t b = (n + 8 + 15) & ~size_t{15};
  return b < 32 ? 32 : b;
}

// A string's own buffer (none while it fits the string itself).
inline size_t of(const std::string& s) {
  return s.capacity() > std::string().capacity() ? block(s.capacity() + 1) : 0;
}

// A vector's buffer, not what its elements own.
template <typename T>
size_t buffer(const std::vector<T>& v) {
  return block(v.capacity() * sizeof(T));
}

// A vector of strings: its buffer and every string's.
inline size_t of(const std::vector<std::string>& v) {
  size_t n = buffer(v);
  for (const auto& s : v) n += of(s);
  return n;
}

// A std::map's nodes (red-black node: three pointers and a colour before the value), not what
// the values own.
template <typename K, typename V, typename C, typename A>
size_t nodes(const std::map<K, V, C, A>& m) {
  return m.size() * block(4 * sizeof(void*) + sizeof(std::pair<const K, V>));
}

// An unordered_map's buckets and nodes (next pointer, the value, and the hash cached beside a
// string key), not what the values own.
template <typename K, typename V, typename H, typename E, typename A>
size_t nodes(const std::unordered_map<K, V, H, E, A>& m) {
  const size_t buckets = m.bucket_count() > 1 ? block(m.bucket_count() * sizeof(void*)) : 0;
  const size_t hash = std::is_same_v<K, std::string> ? sizeof(size_t) : 0;
  return buckets + m.size() * block(sizeof(void*) + sizeof(std::pair<const K, V>) + hash);
}

}  // namespace thidua::heap
