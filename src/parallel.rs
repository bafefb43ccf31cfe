//! Threads for long texts, natively.
//!
//! Most of an analysis is per sentence (the claim pass) or a pass of its own
//! that needs only the segmented text (repetition, entity extraction). On a
//! long text a native build runs those on every core; results come back in
//! the order one thread would give them, so the report is the same either way
//! (`tests/huge_inputs.rs` compares them byte for byte).
//!
//! Short texts stay on the calling thread: starting threads costs more than an
//! article's analysis gains. The wasm build has one thread and never spawns.

/// Texts shorter than this are analysed on the calling thread. A 64 KB text
/// takes about 10 ms; starting a thread, some tens of microseconds.
pub const PARALLEL_TEXT_BYTES: usize = 64 * 1024;

/// How many threads (the caller's included) the work of one analysis may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Threads(usize);

impl Threads {
    /// The calling thread only.
    pub const ONE: Threads = Threads(1);

    /// At most `count` threads, at least one.
    pub fn at_most(count: usize) -> Threads {
        Threads(count.max(1))
    }

    /// Every core for a long text (natively), one thread otherwise.
    pub fn for_text(bytes: usize) -> Threads {
        #[cfg(not(target_arch = "wasm32"))]
        if bytes >= PARALLEL_TEXT_BYTES {
            return Threads::at_most(std::thread::available_parallelism().map_or(1, |n| n.get()));
        }
        let _ = bytes;
        Threads::ONE
    }

    /// Whether everything runs on the calling thread (always, in wasm: the
    /// constant lets the compiler leave the threaded paths out).
    pub fn is_one(self) -> bool {
        cfg!(target_arch = "wasm32") || self.0 == 1
    }

    /// Runs `side` and `main` at once when there are threads to spare, `side`
    /// first otherwise.
    pub fn join<A: Send, B>(self, side: impl FnOnce() -> A + Send, main: impl FnOnce() -> B) -> (A, B) {
        #[cfg(not(target_arch = "wasm32"))]
        if !self.is_one() {
            return spawned::join(side, main);
        }
        (side(), main())
    }

    /// `each(index, item)` for every item, in order.
    pub fn map<T: Sync, U: Send>(self, items: &[T], each: impl Fn(usize, &T) -> U + Sync) -> Vec<U> {
        #[cfg(not(target_arch = "wasm32"))]
        if !self.is_one() && items.len() > spawned::CHUNK {
            return self.map_beside(items, each, || ()).0;
        }
        map_here(items, each)
    }

    /// `each(item)` for every item, in order, the items moved in.
    pub fn map_owned<T: Send, U: Send>(self, items: Vec<T>, each: impl Fn(T) -> U + Sync) -> Vec<U> {
        #[cfg(not(target_arch = "wasm32"))]
        if !self.is_one() && items.len() > spawned::CHUNK {
            // Each thread takes its items out of their slots.
            let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
            let count = items.len();
            return spawned::fill_slots(self.0, count, items.chunks_mut(spawned::CHUNK), |_, chunk, out| {
                for (item, slot) in chunk.iter_mut().zip(out) {
                    *slot = item.take().map(&each);
                }
            });
        }
        // A loop, not `map().collect()`: smaller in the wasm, which takes this path.
        let mut results = Vec::with_capacity(items.len());
        for item in items {
            results.push(each(item));
        }
        results
    }

    /// [`Threads::map`], with `side` run beside it on a thread that then takes
    /// items too: for a job that cannot be shared out, so that it has a core
    /// to itself while the items are shared by the others (`side` first, on one thread).
    pub fn map_beside<T: Sync, U: Send, A: Send>(
        self,
        items: &[T],
        each: impl Fn(usize, &T) -> U + Sync,
        side: impl FnOnce() -> A + Send,
    ) -> (Vec<U>, A) {
        #[cfg(not(target_arch = "wasm32"))]
        if !self.is_one() {
            return spawned::fill_slots_beside(
                self.0,
                items.len(),
                items.chunks(spawned::CHUNK),
                side,
                |first, chunk, out| {
                    for (i, (item, slot)) in chunk.iter().zip(out).enumerate() {
                        *slot = Some(each(first + i, item));
                    }
                },
            );
        }
        let beside = side();
        (map_here(items, each), beside)
    }

    /// `each(index of the chunk's first item, chunk)` for consecutive chunks
    /// of `items`, in order: one chunk of everything on one thread.
    pub fn map_chunks<T: Sync, U: Send>(self, items: &[T], each: impl Fn(usize, &[T]) -> U + Sync) -> Vec<U> {
        #[cfg(not(target_arch = "wasm32"))]
        if !self.is_one() && items.len() > spawned::CHUNK {
            return spawned::map_chunks(self.0, items.chunks(spawned::CHUNK), each);
        }
        vec![each(0, items)]
    }
}

/// `each(index, item)` for every item, in order, on this thread. A loop, not
/// `enumerate().map().collect()`: smaller in the wasm, which always comes here.
fn map_here<T, U>(items: &[T], each: impl Fn(usize, &T) -> U) -> Vec<U> {
    let mut results = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        results.push(each(index, item));
    }
    results
}

#[cfg(not(target_arch = "wasm32"))]
mod spawned {
    use std::sync::Mutex;
    use std::thread;

    /// Items a thread takes at a time: enough sentences that taking them is
    /// cheap, few enough that the threads finish together.
    pub const CHUNK: usize = 256;

    /// The value behind `mutex`, even if a thread panicked holding it: the
    /// panic itself is passed on when that thread is joined.
    fn locked<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
        mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// If the system will not start a thread, the caller runs `side` itself:
    /// the analysis is slower, not lost.
    pub fn join<A: Send, B>(side: impl FnOnce() -> A + Send, main: impl FnOnce() -> B) -> (A, B) {
        let side = Mutex::new(Some(side));
        let take = || locked(&side).take();
        thread::scope(|scope| {
            let spawned = thread::Builder::new().spawn_scoped(scope, || take().map(|side| side()));
            let b = main();
            let a = match spawned {
                Ok(handle) => match handle.join() {
                    Ok(a) => a,
                    Err(panic) => std::panic::resume_unwind(panic),
                },
                Err(_) => None,
            };
            // `None`: the thread never ran `side` (it could not start).
            (a.unwrap_or_else(|| take().expect("side runs once")()), b)
        })
    }

    /// The results for `count` items, in order: each chunk of items (of
    /// `CHUNK`) fills its chunk of slots, `fill(index of the chunk's first
    /// item, items, slots)`. The slots are made by the calling thread and
    /// filled in place by the others. Collecting each thread's results and
    /// copying them together would copy every result once more (the claim
    /// pass's, 17 MB on a 10 MB text) and leave each buffer to be freed by a
    /// thread that did not make it, memory the allocator is slow to give back.
    pub fn fill_slots<C: Send, U: Send>(
        threads: usize,
        count: usize,
        items: impl ExactSizeIterator<Item = C> + Send,
        fill: impl Fn(usize, C, &mut [Option<U>]) + Sync,
    ) -> Vec<U> {
        fill_slots_beside(threads, count, items, || (), fill).0
    }

    /// [`fill_slots`], with `side` run first by one of the threads (see `Threads::map_beside`).
    pub fn fill_slots_beside<C: Send, U: Send, A: Send>(
        threads: usize,
        count: usize,
        items: impl ExactSizeIterator<Item = C> + Send,
        side: impl FnOnce() -> A + Send,
        fill: impl Fn(usize, C, &mut [Option<U>]) + Sync,
    ) -> (Vec<U>, A) {
        let mut slots: Vec<Option<U>> = std::iter::repeat_with(|| None).take(count).collect();
        let chunks = items.zip(slots.chunks_mut(CHUNK));
        let (_, beside) =
            map_chunks_beside(threads, chunks, |first, (items, out)| fill(first, items, out), side);
        (filled(slots), beside)
    }

    /// The results of filled `slots`, in the same buffer (`Option<U>` is as
    /// large as `U` for the types mapped here, so the collect reuses it).
    pub fn filled<U>(slots: Vec<Option<U>>) -> Vec<U> {
        let count = slots.len();
        #[allow(clippy::filter_map_identity)] // `flatten` would copy: it is not collected in place.
        let results: Vec<U> = slots.into_iter().filter_map(|slot| slot).collect();
        debug_assert_eq!(results.len(), count, "every slot is filled");
        results
    }

    /// Threads take the chunks (of `CHUNK` items) in turn until none are
    /// left; their results are put back in chunk order.
    pub fn map_chunks<C: Send, U: Send>(
        threads: usize,
        chunks: impl ExactSizeIterator<Item = C> + Send,
        each: impl Fn(usize, C) -> U + Sync,
    ) -> Vec<U> {
        map_chunks_beside(threads, chunks, each, || ()).0
    }

    /// [`map_chunks`], the first helper running `side` before it takes chunks
    /// (the caller, if no thread would start).
    pub fn map_chunks_beside<C: Send, U: Send, A: Send>(
        threads: usize,
        chunks: impl ExactSizeIterator<Item = C> + Send,
        each: impl Fn(usize, C) -> U + Sync,
        side: impl FnOnce() -> A + Send,
    ) -> (Vec<U>, A) {
        // No more helpers than chunks, whatever a caller asked for; one at least, for `side`.
        let helpers = threads.min(chunks.len()).saturating_sub(1).max(usize::from(threads > 1));
        let side = Mutex::new(Some(side));
        let run_side = || locked(&side).take().map(|side| side());
        let chunks = Mutex::new(chunks.enumerate());
        let work = || {
            let mut done: Vec<(usize, U)> = Vec::new();
            loop {
                let next = locked(&chunks).next();
                match next {
                    Some((number, chunk)) => done.push((number, each(number * CHUNK, chunk))),
                    None => return done,
                }
            }
        };
        let (mut results, beside) = thread::scope(|scope| {
            let helpers: Vec<_> = (0..helpers)
                .filter_map(|helper| {
                    let (run_side, work) = (&run_side, &work);
                    let job = move || (if helper == 0 { run_side() } else { None }, work());
                    thread::Builder::new().spawn_scoped(scope, job).ok()
                })
                .collect();
            let mut results = work();
            let mut beside = None;
            for helper in helpers {
                match helper.join() {
                    Ok((a, theirs)) => {
                        beside = beside.or(a);
                        results.extend(theirs);
                    }
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            (results, beside)
        });
        // `None`: no helper started, so `side` never ran.
        let beside = beside.unwrap_or_else(|| run_side().expect("side runs once"));
        results.sort_unstable_by_key(|&(number, _)| number);
        (results.into_iter().map(|(_, result)| result).collect(), beside)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_gives_every_result_in_item_order_on_any_number_of_threads() {
        let items: Vec<u64> = (0..10_000).collect();
        let one = Threads::ONE.map(&items, |index, item| (index, item * 3));
        assert_eq!(one.len(), items.len());
        for threads in [2, 3, 8] {
            assert_eq!(Threads::at_most(threads).map(&items, |index, item| (index, item * 3)), one);
        }
        assert!(one.iter().all(|&(index, value)| value == index as u64 * 3));
    }

    #[test]
    fn map_of_fewer_items_than_a_chunk_and_of_none() {
        let items = [1, 2, 3];
        assert_eq!(Threads::at_most(4).map(&items, |_, item| item + 1), vec![2, 3, 4]);
        assert!(Threads::at_most(4).map(&[] as &[u8], |_, item| *item).is_empty());
    }

    #[test]
    fn chunks_cover_the_items_once_in_order() {
        let items: Vec<usize> = (0..1_000).collect();
        for threads in [Threads::ONE, Threads::at_most(2), Threads::at_most(5)] {
            let chunks = threads.map_chunks(&items, |first, chunk| (first, chunk.to_vec()));
            let mut expected_first = 0;
            for (first, chunk) in &chunks {
                assert_eq!(*first, expected_first);
                assert_eq!(chunk[0], *first);
                expected_first += chunk.len();
            }
            assert_eq!(expected_first, items.len());
        }
    }

    #[test]
    fn map_owned_moves_each_item_once_and_keeps_the_order() {
        for threads in [Threads::ONE, Threads::at_most(3)] {
            let items: Vec<String> = (0..1_000).map(|i| i.to_string()).collect();
            let lengths = threads.map_owned(items, |item| (item.len(), item));
            assert!(lengths
                .iter()
                .enumerate()
                .all(|(index, (len, item))| *item == index.to_string() && *len == item.len()));
            assert_eq!(lengths.len(), 1_000);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn filled_slots_keep_their_buffer() {
        let slots: Vec<Option<String>> = (0..100).map(|i| Some(i.to_string())).collect();
        let buffer = slots.as_ptr() as usize;
        let results = spawned::filled(slots);
        assert_eq!(results.as_ptr() as usize, buffer);
        assert_eq!(results[99], "99");
    }

    #[test]
    fn a_million_threads_asked_for_start_one_per_chunk_at_most() {
        let items: Vec<u32> = (0..600).collect();
        let doubled = Threads::at_most(1_000_000).map(&items, |_, item| item * 2);
        assert_eq!(doubled, items.iter().map(|item| item * 2).collect::<Vec<_>>());
    }

    #[test]
    fn map_beside_gives_the_items_in_order_and_runs_the_side_job_once() {
        let runs = std::sync::atomic::AtomicUsize::new(0);
        for count in [0, 3, 10_000] {
            let items: Vec<u64> = (0..count).collect();
            for threads in [Threads::ONE, Threads::at_most(2), Threads::at_most(5)] {
                let side = || runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1_000;
                let (mapped, beside) = threads.map_beside(&items, |index, item| (index, item * 3), side);
                assert_eq!(mapped, Threads::ONE.map(&items, |index, item| (index, item * 3)));
                assert!(beside >= 1_000);
            }
        }
        assert_eq!(runs.into_inner(), 9, "once a call");
    }

    #[test]
    fn join_returns_both_results_in_their_places() {
        for threads in [Threads::ONE, Threads::at_most(2)] {
            let (a, b) = threads.join(|| "side".to_string(), || 42);
            assert_eq!((a.as_str(), b), ("side", 42));
        }
    }

    #[test]
    fn short_texts_stay_on_one_thread() {
        assert_eq!(Threads::for_text(PARALLEL_TEXT_BYTES - 1), Threads::ONE);
        assert_eq!(Threads::for_text(0), Threads::ONE);
    }
}
