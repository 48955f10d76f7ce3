// Adapts a callable with a result to the std::function<void()> bodies that transaction runners
// take, so `write([&] { return id; })` returns the id while the runner itself stays non-template.
#pragma once

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace cabas::storage::detail {

/// Calls `run(body)` where body invokes `f`, and returns what `f` returned (or nothing).
template <class F, class Run>
auto run_returning(F&& f, Run&& run) {
    using R = std::invoke_result_t<F&>;
    static_assert(!std::is_reference_v<R>, "a transaction body must return a value, not a reference");
    if constexpr (std::is_void_v<R>) {
        run(std::function<void()>([&] { f(); }));
    } else {
        std::optional<R> result;
        run(std::function<void()>([&] { result.emplace(f()); }));
        return std::move(*result);
    }
}

} // namespace cabas::storage::detail
