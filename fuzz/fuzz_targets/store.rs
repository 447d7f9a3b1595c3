//! Any text read as the store saved in local storage: a store or an error,
//! never a panic; what reads is written back and reads as the same, and
//! merging it with another page's (itself, and an empty store) never panics.
#![no_main]

use dangjian_ziping::state::Store;
use dangjian_ziping::sync::merge;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(store) = ziping_engine::json::from_str::<Store>(text) else {
        return;
    };
    let written = serde_json::to_string(&store).expect("a store serialises");
    let again: Store = ziping_engine::json::from_str(&written).expect("a written store reads back");
    assert_eq!(again, store);
    let empty = Store::default();
    let m = merge(&empty, &store, &store);
    assert!(m.store.entries.len() >= store.entries.len().min(1));
    let _ = merge(&store, &empty, &store);
    let _ = merge(&store, &store, &empty);
});
