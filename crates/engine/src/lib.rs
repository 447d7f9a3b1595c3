//! Exact, explainable scoring of party-building self-assessment rubrics.

pub mod answers;
pub mod decimal;
pub mod model;

pub use answers::{Answers, Check, Completion, FactAnswer, ItemAnswer, Value};
pub use decimal::{Decimal, DecimalError, Points};
pub use model::*;
