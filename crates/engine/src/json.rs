//! Reading typed data from JSON text, with every error located.
//!
//! Files are parsed into a [`serde_json::Value`] and the engine's types are
//! then read from that value by hand-written [`FromJson`] readers. The
//! readers keep what a generic deserialiser gives (unknown fields rejected,
//! messages in serde's words: "missing field `kind`", "unknown variant `x`,
//! expected one of …") and add the path of the field at fault
//! (`sections[2].items[4].scoring.threshold`), at a fraction of the
//! WebAssembly a derived, path-tracking deserialiser costs.
//!
//! ```
//! use ziping_engine::json;
//! use ziping_engine::Answers;
//!
//! let err = json::from_str::<Answers>(r#"{"items": {"x": {"value": {"count": 3}}}}"#).unwrap_err();
//! assert_eq!(err.to_string(), "items.x.value.count: invalid type: integer `3`, expected a string");
//!
//! let err = json::from_str::<Answers>("{\n  \"items\": [").unwrap_err();
//! assert!(err.to_string().starts_with("not valid JSON at line 2 column"));
//! ```

use std::collections::BTreeMap;
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::validate::Problem;

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

    /// A problem here.
    pub fn problem(&self, message: impl Into<String>) -> Problem {
        Problem::new(self.path(), message)
    }

    /// serde's "invalid type: integer `5`, expected a string", here.
    pub fn invalid_type(&self, found: &Value, expected: &str) -> Problem {
        self.problem(format!(
            "invalid type: {}, expected {expected}",
            unexpected(found)
        ))
    }
}

/// A type that can be read from a JSON value.
pub trait FromJson: Sized {
    /// Reads `Self` from `value`, which stands at `at` in its file.
    fn read(value: Value, at: &At<'_>) -> Result<Self, Problem>;
}

/// Parses JSON text; a syntax error says where ("not valid JSON at line 3
/// column 7: …").
pub fn parse(text: &str) -> Result<Value, Problem> {
    serde_json::from_str(text).map_err(|e| {
        Problem::new(
            String::new(),
            format!(
                "not valid JSON at line {} column {}: {}",
                e.line(),
                e.column(),
                without_location(&e)
            ),
        )
    })
}

/// A serde_json error's message without its " at line X column Y".
pub(crate) fn without_location(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

/// Parses JSON text and reads `T` from it, locating the first error.
pub fn from_str<T: FromJson>(text: &str) -> Result<T, Problem> {
    from_value(parse(text)?)
}

/// Reads `T` from a parsed JSON value, locating the first error.
pub fn from_value<T: FromJson>(value: Value) -> Result<T, Problem> {
    T::read(value, &At::Root)
}

/// How serde names a value that has the wrong type: "integer `5`",
/// "string \"x\"", "map".
pub fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string \"{s}\""),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    }
}

/// serde's list of what was expected: "`a`", "`a` or `b`", "one of `a`,
/// `b`, `c`".
fn one_of(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [a] => format!("`{a}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let mut out = "one of ".to_owned();
            for (i, n) in names.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push('`');
                out.push_str(n);
                out.push('`');
            }
            out
        }
    }
}

/// "unknown field `x`, expected one of …" (or ", there are no fields").
fn unknown_field(key: &str, known: &[&str]) -> String {
    if known.is_empty() {
        format!("unknown field `{key}`, there are no fields")
    } else {
        format!("unknown field `{key}`, expected {}", one_of(known))
    }
}

/// Reads a string naming one of `variants` (a unit enum, or the tag of a
/// tagged object).
pub fn variant<T: Copy>(value: Value, at: &At<'_>, variants: &[(&str, T)]) -> Result<T, Problem> {
    let Value::String(name) = &value else {
        return Err(at.invalid_type(&value, "a string"));
    };
    variant_named(name, at, variants)
}

/// Looks up a variant's `name` among `variants`.
pub fn variant_named<T: Copy>(
    name: &str,
    at: &At<'_>,
    variants: &[(&str, T)],
) -> Result<T, Problem> {
    if let Some((_, v)) = variants.iter().find(|(n, _)| *n == name) {
        return Ok(*v);
    }
    let names: Vec<&str> = variants.iter().map(|(n, _)| *n).collect();
    Err(at.problem(format!(
        "unknown variant `{name}`, expected {}",
        one_of(&names)
    )))
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
    pub fn read(value: Value, at: &At<'_>) -> Result<Tagged, Problem> {
        match value {
            Value::String(name) => Ok(Tagged::Unit(name)),
            Value::Object(map) if map.len() == 1 => {
                let mut entries = map.into_iter();
                match entries.next() {
                    Some((name, data)) => Ok(Tagged::With(name, data)),
                    None => Err(at.problem("expected a map with a single key")),
                }
            }
            Value::Object(_) => {
                Err(at.problem("invalid value: map, expected map with a single key"))
            }
            other => Err(at.invalid_type(&other, "string or map")),
        }
    }
}

/// The fields of an object, read one by one into a struct.
///
/// ```
/// use ziping_engine::json::{self, At, Fields, FromJson};
/// use ziping_engine::Problem;
///
/// struct Point { x: u32, y: u32 }
///
/// impl FromJson for Point {
///     fn read(value: serde_json::Value, at: &At<'_>) -> Result<Point, Problem> {
///         let mut f = Fields::strict(value, at, "struct Point", &["x", "y"])?;
///         Ok(Point { x: f.req("x")?, y: f.or_default("y")? })
///     }
/// }
///
/// let err = json::from_str::<Point>(r#"{"x": 1, "z": 2}"#).err().unwrap();
/// assert_eq!(err.to_string(), "z: unknown field `z`, expected `x` or `y`");
/// let err = json::from_str::<Point>(r#"{"y": 2}"#).err().unwrap();
/// assert_eq!(err.to_string(), "missing field `x`");
/// ```
pub struct Fields<'a> {
    map: Map<String, Value>,
    at: &'a At<'a>,
}

impl<'a> Fields<'a> {
    /// The fields of an object that may only have the `known` ones.
    pub fn strict(
        value: Value,
        at: &'a At<'a>,
        what: &str,
        known: &[&str],
    ) -> Result<Fields<'a>, Problem> {
        let fields = Fields::lenient(value, at, what)?;
        fields.only(known)?;
        Ok(fields)
    }

    /// The fields of an object; unknown ones are ignored.
    pub fn lenient(value: Value, at: &'a At<'a>, what: &str) -> Result<Fields<'a>, Problem> {
        match value {
            Value::Object(map) => Ok(Fields { map, at }),
            other => Err(at.invalid_type(&other, what)),
        }
    }

    /// Fails on the first field that is not one of `known`.
    pub fn only(&self, known: &[&str]) -> Result<(), Problem> {
        match self.map.keys().find(|k| !known.contains(&k.as_str())) {
            Some(key) => Err(self.at.key(key).problem(unknown_field(key, known))),
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
    pub fn req<T: FromJson>(&mut self, key: &str) -> Result<T, Problem> {
        match self.map.remove(key) {
            Some(v) => T::read(v, &self.at.key(key)),
            None => Err(self.at.problem(format!("missing field `{key}`"))),
        }
    }

    /// A field that may be left out, in which case it is `default()`.
    pub fn or<T: FromJson>(
        &mut self,
        key: &str,
        default: impl FnOnce() -> T,
    ) -> Result<T, Problem> {
        match self.map.remove(key) {
            Some(v) => T::read(v, &self.at.key(key)),
            None => Ok(default()),
        }
    }

    /// A field that may be left out, in which case it is `T::default()`.
    pub fn or_default<T: FromJson + Default>(&mut self, key: &str) -> Result<T, Problem> {
        self.or(key, T::default)
    }
}

impl FromJson for Value {
    fn read(value: Value, _: &At<'_>) -> Result<Value, Problem> {
        Ok(value)
    }
}

impl FromJson for String {
    fn read(value: Value, at: &At<'_>) -> Result<String, Problem> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(at.invalid_type(&other, "a string")),
        }
    }
}

impl FromJson for Rc<str> {
    fn read(value: Value, at: &At<'_>) -> Result<Rc<str>, Problem> {
        String::read(value, at).map(Rc::from)
    }
}

impl FromJson for bool {
    fn read(value: Value, at: &At<'_>) -> Result<bool, Problem> {
        match value {
            Value::Bool(b) => Ok(b),
            other => Err(at.invalid_type(&other, "a boolean")),
        }
    }
}

/// Reads an integer of type `T`, named `what` in messages.
fn integer<T: TryFrom<i64> + TryFrom<u64>>(
    value: Value,
    at: &At<'_>,
    what: &str,
) -> Result<T, Problem> {
    let out_of_range = |n: &serde_json::Number| {
        at.problem(format!("invalid value: integer `{n}`, expected {what}"))
    };
    match &value {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                T::try_from(u).map_err(|_| out_of_range(n))
            } else if let Some(i) = n.as_i64() {
                T::try_from(i).map_err(|_| out_of_range(n))
            } else {
                Err(at.invalid_type(&value, what))
            }
        }
        _ => Err(at.invalid_type(&value, what)),
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn read(value: Value, at: &At<'_>) -> Result<$t, Problem> {
                integer(value, at, stringify!($t))
            }
        }
    )*};
}

integers!(u32, u64, i32, usize);

impl<T: FromJson> FromJson for Option<T> {
    /// `null` is `None`.
    fn read(value: Value, at: &At<'_>) -> Result<Option<T>, Problem> {
        match value {
            Value::Null => Ok(None),
            v => T::read(v, at).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Rc<T> {
    fn read(value: Value, at: &At<'_>) -> Result<Rc<T>, Problem> {
        T::read(value, at).map(Rc::new)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(value: Value, at: &At<'_>) -> Result<Vec<T>, Problem> {
        match value {
            Value::Array(values) => values
                .into_iter()
                .enumerate()
                .map(|(i, v)| T::read(v, &at.index(i)))
                .collect(),
            other => Err(at.invalid_type(&other, "a sequence")),
        }
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn read(value: Value, at: &At<'_>) -> Result<BTreeMap<String, T>, Problem> {
        match value {
            Value::Object(map) => map
                .into_iter()
                .map(|(k, v)| {
                    let value = T::read(v, &at.key(&k))?;
                    Ok((k, value))
                })
                .collect(),
            other => Err(at.invalid_type(&other, "a map")),
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
/// assert_eq!(err.to_string(), "z: unknown field `z`, expected one of `x`, `y`, `label`");
/// ```
#[macro_export]
macro_rules! from_json_struct {
    ($ty:ident $($mode:ident)? { $($field:ident $(: $how:ident $(($arg:expr))?)?),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn read(
                value: ::serde_json::Value,
                at: &$crate::json::At<'_>,
            ) -> ::std::result::Result<$ty, $crate::Problem> {
                let mut f = $crate::json::Fields::lenient(
                    value,
                    at,
                    concat!("struct ", stringify!($ty)),
                )?;
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
            ) -> ::std::result::Result<$ty, $crate::Problem> {
                $crate::json::variant(value, at, &[$(($name, $variant)),*])
            }
        }
    };
}
