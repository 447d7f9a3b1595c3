//! Any text read as an assessment file: an assessment or a located error,
//! never a panic; what reads is written back and reads as the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ziping_engine::Assessment;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(a) = Assessment::from_json(text) {
        let again = Assessment::from_json(&a.to_json()).expect("a written file reads back");
        assert_eq!(again, a);
    }
});
