// The pooled connections of a database (SQLite's readers, PostgreSQL's connections): the idle ones
// it owns, how many are lent to open transactions, and the condition variable their waits share.
// Guarded by the database's own mutex (SQLite's also guards its writer): every call but add() is
// made with it held, the waits with it held in `lk`.
#pragma once
#include <condition_variable>
#include <mutex>
#include <vector>

#include "core/error.h"

namespace thidua::storage {

template <typename Conn>
class ConnectionPool {
 public:
  ConnectionPool() = default;
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;
  ~ConnectionPool() { drop_idle(); }

  void add(Conn* c) { idle_.push_back(c); }  // owned from now on

  // Waits for an idle connection and lends it; refuses once the database is closed.
  Conn* take(std::unique_lock<std::mutex>& lk) {
    cv_.wait(lk, [&] { return closed_ || !idle_.empty(); });
    if (closed_) throw Error(ErrorCode::kInternal, "database is closed");
    Conn* c = idle_.back();
    idle_.pop_back();
    ++busy_;
    return c;
  }

  // A lent connection back: idle again for one waiting transaction, or deleted once closed
  // (close() waits for the last one).
  void give_back(Conn* c) {
    --busy_;
    if (closed_) {
      delete c;
      cv_.notify_all();
    } else {
      idle_.push_back(c);
      cv_.notify_one();
    }
  }

  // Closes the pool: no more lending; waits until every lent connection is back and `also()`
  // holds (what else the database waits for, signalled through cv()), then deletes the idle
  // ones. False when it was closed already.
  template <typename Also>
  bool close(std::unique_lock<std::mutex>& lk, Also also) {
    if (closed_) return false;
    closed_ = true;
    cv_.wait(lk, [&] { return busy_ == 0 && also(); });
    drop_idle();
    return true;
  }

  bool closed() const { return closed_; }
  // What close() waits on: the database signals here what its `also` reads.
  std::condition_variable& cv() { return cv_; }

 private:
  void drop_idle() {
    for (Conn* c : idle_) delete c;
    idle_.clear();
  }

  std::condition_variable cv_;
  std::vector<Conn*> idle_;  // owned
  int busy_ = 0;
  bool closed_ = false;
};

}  // namespace thidua::storage
