//! Reading typed data from JSON text, with every error located.
//!
//! Files are parsed into a [`serde_json::Value`] and the engine's types are
//! then read from that value by hand-written [`FromJson`] readers. The
//! readers reject unknown fields, as a derived deserialiser with
//! `deny_unknown_fields` does, and locate every problem by the path of the
//! field at fault (`sections[2].items[4].scoring.threshold`), at a fraction
//! of the WebAssembly a derived one costs (43 KB gzip less than plain serde
//! derive, which gives only a line and column). Problems are structured
//! [`ProblemKind`]s; the app words them.
//!
//! ```
//! use ziping_engine::{json, Answers, Expect, Found, ProblemKind};
//!
//! let err = json::from_str::<Answers>(r#"{"items": {"x": {"value": {"count": 3}}}}"#).unwrap_err();
//! assert_eq!(err.path, "items.x.value.count");
//! assert_eq!(
//!     err.kind,
//!     ProblemKind::InvalidType { found: Found::Number("3".into()), expected: Expect::Text }
//! );
//!
//! let err = json::from_str::<Answers>("{\n  \"items\": [").unwrap_err();
//! assert!(matches!(err.kind, ProblemKind::NotJson { line: 2, eof: true, .. }));
//! ```

use std::collections::BTreeMap;
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::problem::{Expect, Found, Problem, ProblemKind};

/// Where a value stands in its file. Built as the reader descends; turned
/// into a path string only when an error needs one.
#[derive(Debug, Clone, Copy)]
pub enum At<'a> {
    /// The whole file.
    Root,
    /// A field of an object, or an entry of a map.
    Key(&'a At<'a>, &'a str),
    /// An element of an array.
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    /// The field `key` of the object here.
    pub fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }

    /// The element `index` of the array here.
    pub fn index(&'a self, index: usize) -> At<'a> {
        At::Index(self, index)
    }

    /// The path, as `sections[2].items[4].scoring`; empty for the root.
    pub fn path(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            At::Root => {}
            At::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            At::Index(parent, index) => {
                parent.write(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }

    /// A problem here, boxed as readers return it.
    pub fn problem(&self, kind: ProblemKind) -> Box<Problem> {
        Box::new(Problem::new(self.path(), kind))
    }

    /// A value of the wrong type here.
    pub fn invalid_type(&self, found: &Value, expected: Expect) -> Box<Problem> {
        self.problem(ProblemKind::InvalidType {
            found: Found::of(found),
            expected,
        })
    }
}

/// What a reader returns. The problem is boxed: readers inline into each
/// other, and an error one pointer wide is passed on at every `?` where a
/// [`Problem`] held inline (its path and its kind) would be copied whole —
/// 9.5 KB gzip more WebAssembly. [`from_str`] and [`from_value`] unbox it.
pub type Read<T> = Result<T, Box<Problem>>;

/// A type that can be read from a JSON value.
pub trait FromJson: Sized {
    /// Reads `Self` from `value`, which stands at `at` in its file.
    fn read(value: Value, at: &At<'_>) -> Read<Self>;
}

/// Parses JSON text; a syntax error says where
/// ([`ProblemKind::NotJson`] with its line and column).
pub fn parse(text: &str) -> Result<Value, Problem> {
    serde_json::from_str(text).map_err(|e| Problem::new(String::new(), not_json(&e)))
}

/// The deepest nesting serde_json reads: 127 arrays or objects inside one.
pub const MAX_DEPTH: usize = 127;

/// Where a text stops being JSON, or that it is nested too deep.
pub(crate) fn not_json(e: &serde_json::Error) -> ProblemKind {
    // serde_json has no error category of its own for this one.
    if e.to_string().starts_with("recursion limit exceeded") {
        return ProblemKind::TooDeep { limit: MAX_DEPTH };
    }
    ProblemKind::NotJson {
        line: e.line(),
        column: e.column(),
        eof: e.is_eof(),
    }
}

/// Parses JSON text and reads `T` from it, locating the first error.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, Problem> {
    from_value(parse(text)?)
}

/// Reads `T` from a parsed JSON value, locating the first error.
pub fn from_value<T: FromJson>(value: Value) -> Result<T, Problem> {
    T::read(value, &At::Root).map_err(|p| *p)
}

/// Reads a string naming one of `variants` (a unit enum, or the tag of a
/// tagged object).
pub fn variant<T: Copy>(value: Value, at: &At<'_>, variants: &[(&str, T)]) -> Read<T> {
    let Value::String(name) = &value else {
        return Err(at.invalid_type(&value, Expect::Text));
    };
    variant_named(name, at, variants)
}

/// Looks up a variant's `name` among `variants`.
pub fn variant_named<T: Copy>(name: &str, at: &At<'_>, variants: &[(&str, T)]) -> Read<T> {
    if let Some((_, v)) = variants.iter().find(|(n, _)| *n == name) {
        return Ok(*v);
    }
    Err(at.problem(ProblemKind::UnknownVariant {
        found: name.to_owned(),
        known: variants.iter().map(|(n, _)| (*n).to_owned()).collect(),
    }))
}

/// An externally tagged value, as serde writes enums: `"name"` for a variant
/// without data, `{"name": data}` for one with.
pub enum Tagged {
    /// A bare name.
    Unit(String),
    /// A name with its data.
    With(String, Value),
}

impl Tagged {
    /// Reads the name (and data) of an externally tagged value.
    pub fn read(value: Value, at: &At<'_>) -> Read<Tagged> {
        match value {
            Value::String(name) => Ok(Tagged::Unit(name)),
            Value::Object(map) if map.len() == 1 => {
                let mut entries = map.into_iter();
                match entries.next() {
                    Some((name, data)) => Ok(Tagged::With(name, data)),
                    None => Err(at.problem(ProblemKind::NotSingleKey)),
                }
            }
            Value::Object(_) => Err(at.problem(ProblemKind::NotSingleKey)),
            other => Err(at.invalid_type(&other, Expect::NameOrObject)),
        }
    }
}

/// The fields of an object, read one by one into a struct.
///
/// ```
/// use ziping_engine::json::{self, At, Fields, FromJson, Read};
/// use ziping_engine::ProblemKind;
///
/// struct Point { x: u32, y: u32 }
///
/// impl FromJson for Point {
///     fn read(value: serde_json::Value, at: &At<'_>) -> Read<Point> {
///         let mut f = Fields::strict(value, at, &["x", "y"])?;
///         Ok(Point { x: f.req("x")?, y: f.or_default("y")? })
///     }
/// }
///
/// let err = json::from_str::<Point>(r#"{"x": 1, "z": 2}"#).err().unwrap();
/// assert_eq!((err.path.as_str(), err.kind), ("z", ProblemKind::UnknownField {
///     field: "z".into(),
///     known: vec!["x".into(), "y".into()],
/// }));
/// let err = json::from_str::<Point>(r#"{"y": 2}"#).err().unwrap();
/// assert_eq!(err.kind, ProblemKind::MissingField { field: "x".into() });
/// ```
pub struct Fields<'a> {
    map: Map<String, Value>,
    at: &'a At<'a>,
}

impl<'a> Fields<'a> {
    /// The fields of an object that may only have the `known` ones.
    pub fn strict(value: Value, at: &'a At<'a>, known: &[&str]) -> Read<Fields<'a>> {
        let fields = Fields::lenient(value, at)?;
        fields.only(known)?;
        Ok(fields)
    }

    /// The fields of an object; unknown ones are ignored.
    pub fn lenient(value: Value, at: &'a At<'a>) -> Read<Fields<'a>> {
        Fields::of(value, at, Expect::Object)
    }

    /// The fields of an object, which is `expected` (named in the error
    /// when `value` is not an object).
    pub fn of(value: Value, at: &'a At<'a>, expected: Expect) -> Read<Fields<'a>> {
        match value {
            Value::Object(map) => Ok(Fields { map, at }),
            other => Err(at.invalid_type(&other, expected)),
        }
    }

    /// Fails on the first field that is not one of `known`.
    pub fn only(&self, known: &[&str]) -> Read<()> {
        match self.map.keys().find(|k| !known.contains(&k.as_str())) {
            Some(key) => Err(self.at.key(key).problem(ProblemKind::UnknownField {
                field: key.clone(),
                known: known.iter().map(|k| (*k).to_owned()).collect(),
            })),
            None => Ok(()),
        }
    }

    /// Takes a field's raw value out, if present.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        self.map.remove(key)
    }

    /// The fields not taken yet, as an object.
    pub fn into_value(self) -> Value {
        Value::Object(self.map)
    }

    /// A field that must be present.
    pub fn req<T: FromJson>(&mut self, key: &str) -> Read<T> {
        match self.map.remove(key) {
            Some(v) => T::read(v, &self.at.key(key)),
            None => Err(self.at.problem(ProblemKind::MissingField {
                field: key.to_owned(),
            })),
        }
    }

    /// A field that may be left out, in which case it is `default()`.
    pub fn or<T: FromJson>(&mut self, key: &str, default: impl FnOnce() -> T) -> Read<T> {
        match self.map.remove(key) {
            Some(v) => T::read(v, &self.at.key(key)),
            None => Ok(default()),
        }
    }

    /// A field that may be left out, in which case it is `T::default()`.
    pub fn or_default<T: FromJson + Default>(&mut self, key: &str) -> Read<T> {
        self.or(key, T::default)
    }
}

impl FromJson for Value {
    fn read(value: Value, _: &At<'_>) -> Read<Value> {
        Ok(value)
    }
}

impl FromJson for String {
    fn read(value: Value, at: &At<'_>) -> Read<String> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(at.invalid_type(&other, Expect::Text)),
        }
    }
}

impl FromJson for Rc<str> {
    fn read(value: Value, at: &At<'_>) -> Read<Rc<str>> {
        String::read(value, at).map(Rc::from)
    }
}

impl FromJson for bool {
    fn read(value: Value, at: &At<'_>) -> Read<bool> {
        match value {
            Value::Bool(b) => Ok(b),
            other => Err(at.invalid_type(&other, Expect::Bool)),
        }
    }
}

/// Reads an integer of type `T`, which ranges over `expected`.
fn integer<T: TryFrom<i64> + TryFrom<u64>>(value: Value, at: &At<'_>, expected: Expect) -> Read<T> {
    let out_of_range = |n: &serde_json::Number| {
        at.problem(ProblemKind::OutOfRange {
            found: n.to_string(),
            expected,
        })
    };
    match &value {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                T::try_from(u).map_err(|_| out_of_range(n))
            } else if let Some(i) = n.as_i64() {
                T::try_from(i).map_err(|_| out_of_range(n))
            } else {
                Err(at.invalid_type(&value, expected))
            }
        }
        _ => Err(at.invalid_type(&value, expected)),
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn read(value: Value, at: &At<'_>) -> Read<$t> {
                let expected = Expect::Integer {
                    min: i64::try_from(<$t>::MIN).unwrap_or(i64::MIN),
                    max: u64::try_from(<$t>::MAX).unwrap_or(u64::MAX),
                };
                integer(value, at, expected)
            }
        }
    )*};
}

integers!(u32, u64, i32, usize);

impl<T: FromJson> FromJson for Option<T> {
    /// `null` is `None`.
    fn read(value: Value, at: &At<'_>) -> Read<Option<T>> {
        match value {
            Value::Null => Ok(None),
            v => T::read(v, at).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Rc<T> {
    fn read(value: Value, at: &At<'_>) -> Read<Rc<T>> {
        T::read(value, at).map(Rc::new)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(value: Value, at: &At<'_>) -> Read<Vec<T>> {
        match value {
            Value::Array(values) => values
                .into_iter()
                .enumerate()
                .map(|(i, v)| T::read(v, &at.index(i)))
                .collect(),
            other => Err(at.invalid_type(&other, Expect::List)),
        }
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn read(value: Value, at: &At<'_>) -> Read<BTreeMap<String, T>> {
        match value {
            Value::Object(map) => map
                .into_iter()
                .map(|(k, v)| {
                    let value = T::read(v, &at.key(&k))?;
                    Ok((k, value))
                })
                .collect(),
            other => Err(at.invalid_type(&other, Expect::Object)),
        }
    }
}

/// Implements [`FromJson`] for a struct from the list of its fields, so
/// that each field's wire name is written once — as the Rust field name,
/// which `#[derive(Serialize)]` writes too. The struct literal it builds
/// must name every field, so a field cannot be forgotten or misspelt.
/// Unknown fields are rejected (write `lenient` after the type to ignore
/// them). Each field is `name` (required), `name: default` (left out:
/// `Default::default()`) or `name: or(f)` (left out: `f()`); fields are read,
/// and their errors reported, in the order listed.
///
/// ```
/// use ziping_engine::{from_json_struct, json};
///
/// #[derive(Debug, PartialEq)]
/// struct Point { x: u32, y: u32, label: String }
///
/// from_json_struct!(Point { x, y: or(|| 7), label: default });
///
/// let p: Point = json::from_str(r#"{"x": 1}"#).unwrap();
/// assert_eq!(p, Point { x: 1, y: 7, label: String::new() });
/// let err = json::from_str::<Point>(r#"{"x": 1, "z": 2}"#).unwrap_err();
/// assert_eq!(err.path, "z");
/// ```
#[macro_export]
macro_rules! from_json_struct {
    ($ty:ident $($mode:ident)? { $($field:ident $(: $how:ident $(($arg:expr))?)?),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn read(
                value: ::serde_json::Value,
                at: &$crate::json::At<'_>,
            ) -> $crate::json::Read<$ty> {
                let mut f = $crate::json::Fields::lenient(value, at)?;
                if $crate::from_json_struct!(@strict $($mode)?) {
                    f.only(&[$(stringify!($field)),*])?;
                }
                Ok($ty {
                    $($field: $crate::from_json_struct!(@get f $field $($how $(($arg))?)?),)*
                })
            }
        }
    };
    (@strict) => { true };
    (@strict lenient) => { false };
    (@get $f:ident $field:ident) => { $f.req(stringify!($field))? };
    (@get $f:ident $field:ident default) => { $f.or_default(stringify!($field))? };
    (@get $f:ident $field:ident or($arg:expr)) => { $f.or(stringify!($field), $arg)? };
}

/// Implements [`FromJson`] for an enum written as one of a fixed set of
/// strings: `from_json_names!(Check { "done" => Check::Done, … });`.
#[macro_export]
macro_rules! from_json_names {
    ($ty:ty { $($name:literal => $variant:expr),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn read(
                value: ::serde_json::Value,
                at: &$crate::json::At<'_>,
            ) -> $crate::json::Read<$ty> {
                $crate::json::variant(value, at, &[$(($name, $variant)),*])
            }
        }
    };
}
