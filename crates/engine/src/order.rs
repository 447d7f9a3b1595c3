//! One way to put things in order: by an integer key, ties kept in the
//! order given.
//!
//! Every `sort_by` on another element type or with another closure is a
//! new copy of the standard library's sort in the WebAssembly (several
//! kilobytes each). [`by_key`] sorts one concrete type, `([i64; 3],
//! usize)`, so the app and the engine share a single copy, and the key
//! closures only fill a vector.
//!
//! ```
//! use ziping_engine::order;
//!
//! let lost = [3, 8, 8, 1];
//! // Most lost first; equal losses keep their order.
//! assert_eq!(order::by_key(lost.len(), |i| [-lost[i], 0, 0]), [1, 2, 0, 3]);
//! ```

/// The indices `0..n` in ascending order of `key(i)`; equal keys keep
/// ascending index order (a stable order).
pub fn by_key(n: usize, key: impl Fn(usize) -> [i64; 3]) -> Vec<usize> {
    let mut keyed: Vec<([i64; 3], usize)> = (0..n).map(|i| (key(i), i)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// `v` reordered by [`by_key`] of its elements.
pub fn sort_by_key<T>(v: Vec<T>, key: impl Fn(&T) -> [i64; 3]) -> Vec<T> {
    let order = by_key(v.len(), |i| key(&v[i]));
    let mut slots: Vec<Option<T>> = v.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}
