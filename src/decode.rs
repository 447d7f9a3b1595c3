//! A chosen file's bytes as text. Files exported by the app are UTF-8; a
//! file saved again by a Windows editor may be UTF-8 with a byte-order mark
//! or UTF-16 ("Unicode" in Notepad's save dialog), and those are read as
//! what they are. Anything else that is not valid text is refused with the
//! place where decoding failed, rather than read with replacement
//! characters into a confusing JSON error.

/// Why a file's bytes are not text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// Not valid UTF-8 from this byte offset (0-based) on.
    NotUtf8 {
        /// Where the first invalid byte is.
        offset: usize,
    },
    /// Marked as UTF-16 but not valid UTF-16 from this byte offset on.
    NotUtf16 {
        /// Where the first invalid unit starts.
        offset: usize,
    },
}

/// Decodes a file: UTF-8, with or without a byte-order mark, or UTF-16
/// little- or big-endian with its byte-order mark.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest, 3),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => utf8(bytes, 0),
    }
}

fn utf8(bytes: &[u8], skipped: usize) -> Result<String, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(DecodeError::NotUtf8 {
            offset: skipped + e.valid_up_to(),
        }),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    // An odd byte at the end is half a unit (offsets count the mark's 2).
    if bytes.len() % 2 == 1 {
        return Err(DecodeError::NotUtf16 {
            offset: bytes.len() + 1,
        });
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len());
    let mut offset = 2;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                offset += 2 * c.len_utf16();
                out.push(c);
            }
            Err(_) => return Err(DecodeError::NotUtf16 { offset }),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\"unit\": \"内科第一党支部\", \"note\": \"𠀀\"}";

    fn utf16(text: &str, be: bool) -> Vec<u8> {
        let mut out = if be {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in text.encode_utf16() {
            out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        out
    }

    #[test]
    fn utf8_with_or_without_a_byte_order_mark() {
        assert_eq!(decode(TEXT.as_bytes()).as_deref(), Ok(TEXT));
        let mut marked = vec![0xEF, 0xBB, 0xBF];
        marked.extend(TEXT.as_bytes());
        assert_eq!(decode(&marked).as_deref(), Ok(TEXT));
    }

    #[test]
    fn utf16_both_ways_round() {
        assert_eq!(decode(&utf16(TEXT, false)).as_deref(), Ok(TEXT));
        assert_eq!(decode(&utf16(TEXT, true)).as_deref(), Ok(TEXT));
    }

    #[test]
    fn invalid_utf8_is_refused_where_it_starts() {
        let mut bytes = b"{\"unit\": \"".to_vec();
        bytes.extend([0xC3, 0x28]);
        assert_eq!(decode(&bytes), Err(DecodeError::NotUtf8 { offset: 10 }));
        // GBK, as an old Chinese editor saves: 内科 is C4 DA BF C6.
        assert_eq!(
            decode(&[b'"', 0xC4, 0xDA, 0xBF, 0xC6, b'"']),
            Err(DecodeError::NotUtf8 { offset: 1 })
        );
    }

    #[test]
    fn broken_utf16_is_refused() {
        // A lone high surrogate after "{".
        let bytes = [0xFF, 0xFE, b'{', 0, 0x00, 0xD8, b'}', 0];
        assert_eq!(decode(&bytes), Err(DecodeError::NotUtf16 { offset: 4 }));
        let odd = [0xFF, 0xFE, b'{', 0, b'}'];
        assert_eq!(decode(&odd), Err(DecodeError::NotUtf16 { offset: 4 }));
    }

    #[test]
    fn empty_files_are_empty_text() {
        assert_eq!(decode(&[]).as_deref(), Ok(""));
        assert_eq!(decode(&[0xFF, 0xFE]).as_deref(), Ok(""));
    }
}
