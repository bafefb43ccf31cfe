//! How the native binaries' allocator behaves. Each binary (the command, the
//! benchmarks) declares mimalloc, version 2, as its global allocator; the
//! library itself leaves the allocator to whoever embeds it.

use libmimalloc_sys::{mi_option_max_segment_reclaim, mi_option_t};

/// mimalloc's `mi_option_arena_purge_mult` (`mimalloc.h`, version 2), which
/// libmimalloc-sys does not name: three after
/// `max_segment_reclaim` (then `destroy_on_exit`, `arena_reserve`). Freed
/// arena memory (whole segments, and the blocks too big for one) is purged
/// after `purge_delay` times this. A test holds it to its default.
const ARENA_PURGE_MULT: mi_option_t = mi_option_max_segment_reclaim + 3;

/// Gives whole segments back to the system as soon as they are freed,
/// instead of after 100 ms; freed pages inside a segment still in use wait
/// the usual 10 ms.
///
/// A long text is analysed on several threads (`crate::parallel`), and the
/// memory a phase frees is mostly whole segments (a helper thread's, a list
/// of millions of tokens). Held for 100 ms, that memory took the peak of a
/// 10 MB text up to 20.8 times the text (the target is 20). Purging
/// everything at once (`purge_delay` 0) kept it at 15.6–18.3 times but cost
/// the analysis 10–12%: the small-object pages each phase frees and the next
/// fills were given back and faulted in again, with a TLB shootdown on every
/// core each time. Purging only the segments keeps the peak at 15.4–18.4
/// times at about the speed of no purging (BENCHMARKS.md, "The allocator and
/// the wasm's memory"). An article's analysis, which frees no segment, is the
/// same either way.
pub fn return_freed_segments_at_once() {
    // SAFETY: sets one of mimalloc's options, a plain integer it reads when it
    // next decides whether to purge; valid at any time, from any thread.
    unsafe { libmimalloc_sys::mi_option_set(ARENA_PURGE_MULT, 0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `mi_option_purge_delay`, also not named: the option after `eager_commit_delay`.
    const PURGE_DELAY: mi_option_t = libmimalloc_sys::mi_option_eager_commit_delay + 1;

    #[test]
    fn the_options_set_are_the_ones_with_their_documented_defaults() {
        // A renumbering in a new mimalloc fails here rather than setting
        // another option: the neighbours of `purge_delay` default to 1
        // (eager commit delay) and 0 (NUMA nodes), those of
        // `arena_purge_mult` to 1 GiB in KiB (arena reserve) and 1 (purge
        // extend delay). Read before any test sets them.
        let get = |option| unsafe { libmimalloc_sys::mi_option_get(option) };
        assert_eq!(get(PURGE_DELAY), 10);
        assert_eq!(get(ARENA_PURGE_MULT - 1), 1 << 20);
        assert_eq!(get(ARENA_PURGE_MULT), 10);
    }
}
