//! How the native binaries' allocator behaves. Each binary (the command, the
//! benchmarks) declares mimalloc, version 2, as its global allocator; the
//! library itself leaves the allocator to whoever embeds it.

use libmimalloc_sys::{mi_option_eager_commit_delay, mi_option_t};

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h`, version 2), which
/// libmimalloc-sys does not name: the option after `eager_commit_delay`.
/// A test holds it to the option's documented default.
const PURGE_DELAY: mi_option_t = mi_option_eager_commit_delay + 1;

/// Gives memory that is freed back to the system at once, instead of after
/// 10 ms (100 ms for whole arenas). A long text is analysed on several
/// threads (`crate::parallel`), each holding memory it no longer uses until
/// the delay runs out: with the delay, the peak of a 10 MB text was up to
/// 20.8 times the text (the target is 20; 16.5 on one thread), without it
/// 15.7–17.5 times (BENCHMARKS.md, "Threads"). It costs the 10 MB text
/// about 8%; an article's analysis, nothing measurable.
pub fn return_freed_memory_at_once() {
    // SAFETY: sets one of mimalloc's options, a plain integer it reads when it
    // next decides whether to purge; valid at any time, from any thread.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_that_defaults_to_ten_milliseconds() {
        // The neighbours default to 1 (eager commit delay) and 0 (NUMA nodes):
        // a renumbering in a new mimalloc fails here rather than setting
        // another option.
        let default = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        assert_eq!(default, 10);
    }
}
