//! Deserialising internally tagged objects (`{"kind": "ratio", ...}`) so that
//! unknown fields are rejected and error locations reach inside the object.
//!
//! serde's derived support for internally tagged enums buffers the whole
//! object before looking at the tag. That loses the location of any error
//! inside it (a bad `threshold` is reported at `scoring`, not at
//! `scoring.threshold`), and unit variants silently accept extra fields. The
//! helpers here read the tag from the live map instead and hand the remaining
//! entries to an ordinary derived struct, so the struct's own
//! `deny_unknown_fields` applies and every value is read through the caller's
//! deserializer (which, under `serde_path_to_error`, tracks the location).
//!
//! Entries that come *before* the tag have to be buffered; errors in those are
//! still reported, prefixed with the field's name.

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess};
use serde::Deserialize;

/// The entries of a map that remain after its tag was read.
pub(crate) struct Rest<A> {
    buffered: std::vec::IntoIter<(String, serde_json::Value)>,
    pending: Option<(String, serde_json::Value)>,
    map: A,
}

/// Reads entries until the `tag` field is found and returns its value with
/// the rest of the map.
pub(crate) fn read_tag<'de, T, A>(mut map: A, tag: &'static str) -> Result<(T, Rest<A>), A::Error>
where
    T: Deserialize<'de>,
    A: MapAccess<'de>,
{
    let mut buffered = Vec::new();
    loop {
        match map.next_key::<String>()? {
            None => return Err(de::Error::missing_field(tag)),
            Some(key) if key == tag => {
                let value = map.next_value::<T>()?;
                let rest = Rest {
                    buffered: buffered.into_iter(),
                    pending: None,
                    map,
                };
                return Ok((value, rest));
            }
            Some(key) => {
                let value = map.next_value::<serde_json::Value>()?;
                buffered.push((key, value));
            }
        }
    }
}

impl<A> Rest<A> {
    /// Fails on the first remaining entry: for variants without fields.
    pub(crate) fn expect_empty<'de>(mut self) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
    {
        match self.next_key::<String>()? {
            None => Ok(()),
            // Located at the field, like serde's own unknown-field errors.
            Some(key) => Err(de::Error::custom(format_args!(
                "field `{key}`: unknown field `{key}`, there are no fields"
            ))),
        }
    }

    /// Deserialises the remaining entries as `T` (a struct).
    pub(crate) fn into_struct<'de, T>(self) -> Result<T, A::Error>
    where
        A: MapAccess<'de>,
        T: Deserialize<'de>,
    {
        T::deserialize(de::value::MapAccessDeserializer::new(self))
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Rest<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.buffered.next() {
            // An unknown key is located at itself, like a bad value.
            let out = seed
                .deserialize(IntoDeserializer::<A::Error>::into_deserializer(key.clone()))
                .map_err(|e| de::Error::custom(format_args!("field `{key}`: {e}")))?;
            self.pending = Some((key, value));
            return Ok(Some(out));
        }
        self.map.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if let Some((key, value)) = self.pending.take() {
            let mut track = serde_path_to_error::Track::new();
            let result =
                seed.deserialize(serde_path_to_error::Deserializer::new(value, &mut track));
            return result.map_err(|e| {
                let inner = track.path().to_string();
                let message = e.to_string();
                let (nested, message) = split_field_prefix(&message);
                let mut path = key;
                for part in [inner.as_str(), nested.unwrap_or("")] {
                    append_path(&mut path, part);
                }
                de::Error::custom(format_args!("field `{path}`: {message}"))
            });
        }
        self.map.next_value_seed(seed)
    }
}

/// Appends a relative path (`x`, `x.y`, `[2].y`; `.` or empty for none).
pub(crate) fn append_path(path: &mut String, rel: &str) {
    if rel.is_empty() || rel == "." {
        return;
    }
    if !path.is_empty() && !rel.starts_with('[') {
        path.push('.');
    }
    path.push_str(rel);
}

/// Splits a message of the form ``field `a.b`: rest`` (made for errors in
/// entries read before the tag) into the relative path and the rest.
pub(crate) fn split_field_prefix(message: &str) -> (Option<&str>, &str) {
    message
        .strip_prefix("field `")
        .and_then(|m| m.split_once("`: "))
        .map_or((None, message), |(p, m)| (Some(p), m))
}
