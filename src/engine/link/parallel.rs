//! Work shared out over the machine's cores, results in input order.
//!
//! A large corpus has millions of candidate pairs, each scored on its own,
//! so the scoring is spread over threads; the order-sensitive steps
//! (clustering, ties between equally good partners) stay sequential and
//! see the results in the order a single thread would produce them.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Below this many items the work stays on the calling thread: starting
/// threads would cost more than it saves.
const MIN_ITEMS: usize = 2048;
/// Pieces per thread, so that a thread that drew cheap items takes more.
const PIECES_PER_THREAD: usize = 16;

/// `f` of every item and its position, in input order, on as many threads
/// as the machine has cores.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    map_over(items, MIN_ITEMS, f)
}

/// Like [`map`], for items that each take long (a whole article to read):
/// worth a thread from two of them.
pub fn map_heavy<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    map_over(items, 2, f)
}

fn map_over<T: Sync, R: Send>(
    items: &[T],
    min_items: usize,
    f: impl Fn(usize, &T) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < min_items {
        return items.iter().enumerate().map(|(k, x)| f(k, x)).collect();
    }
    let piece_len = items.len().div_ceil(threads * PIECES_PER_THREAD);
    let pieces: Vec<&[T]> = items.chunks(piece_len).collect();
    let done: Mutex<Vec<Option<Vec<R>>>> = Mutex::new((0..pieces.len()).map(|_| None).collect());
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(piece) = pieces.get(k) else { break };
                    let start = k * piece_len;
                    let out: Vec<R> = (start..).zip(*piece).map(|(n, x)| f(n, x)).collect();
                    done.lock().unwrap_or_else(|e| e.into_inner())[k] = Some(out);
                }
            });
        }
    });
    let mut out = Vec::with_capacity(items.len());
    for piece in done.into_inner().unwrap_or_else(|e| e.into_inner()) {
        out.extend(piece.expect("every piece is worked on"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_input_order_on_any_size() {
        for n in [0, 1, MIN_ITEMS - 1, MIN_ITEMS, 10 * MIN_ITEMS + 7] {
            let items: Vec<usize> = (0..n).collect();
            let expected: Vec<_> = items.iter().map(|&x| (x, x * x)).collect();
            assert_eq!(map(&items, |k, &x| (k, x * x)), expected);
            assert_eq!(map_heavy(&items, |k, &x| (k, x * x)), expected);
        }
    }
}
