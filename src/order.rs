//! Stable sorting with one copy of the sort in the WebAssembly module.
//!
//! `slice::sort_by` and `sort_by_key` compile a whole merge sort (driftsort, 3–7 KB of
//! code) for every element type and every comparator they are called with; seven such
//! copies were 38 KB of the module (issue 11, size). Here the sort itself runs once, on
//! positions (`usize`) with a comparator behind `dyn`, so it is compiled once; what each
//! caller adds is a small permutation of its own items. The result is the standard
//! library's: the same stable order, equal items keeping their order. The comparisons
//! cost an indirect call each, which is nothing next to the work that makes the short
//! lists sorted here (findings of one article, a sentence's terms, candidate containers).

use std::cmp::Ordering;

/// The positions `0..n` in the stable order of `compare` (which compares positions).
/// Not generic, so the standard sort is instantiated for it once.
fn stable_order(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Puts `items[order[i]]` at position `i`, following each cycle of the permutation with
/// swaps (no copy of the items, no `Clone` needed).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` stably by `compare`: what `items.sort_by(compare)` gives.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` stably by `key`: what `items.sort_by_key(key)` gives.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn empty_and_single_lists_are_left_alone() {
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&x| x);
        assert!(empty.is_empty());
        let mut one = vec![String::from("x")];
        sort_by(&mut one, |a, b| b.cmp(a));
        assert_eq!(one, ["x"]);
    }

    #[test]
    fn descending_float_scores_as_readability_ranks_them() {
        let mut v = vec![(0, 1.5), (1, 3.0), (2, 1.5), (3, -0.0), (4, 0.0), (5, 3.0)];
        let mut expected = v.clone();
        expected.sort_by(|a: &(i32, f64), b| b.1.partial_cmp(&a.1).unwrap_or(Ordering::Equal));
        sort_by(&mut v, |a, b| b.1.partial_cmp(&a.1).unwrap_or(Ordering::Equal));
        assert_eq!(v, expected);
    }

    proptest! {
        // Any list, any key: the same order as the standard library's stable sort, with the
        // items (not only the keys) in the same places.
        #[test]
        fn same_order_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            let mut std_sorted = items;
            sort_by_key(&mut ours, |p| p.0);
            std_sorted.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn same_order_with_a_two_part_comparator(items in proptest::collection::vec((0u8..4, 0u8..4, any::<u32>()), 0..120)) {
            let compare = |a: &(u8, u8, u32), b: &(u8, u8, u32)| a.0.cmp(&b.0).then_with(|| b.1.cmp(&a.1));
            let mut ours = items.clone();
            let mut std_sorted = items;
            sort_by(&mut ours, compare);
            std_sorted.sort_by(compare);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
