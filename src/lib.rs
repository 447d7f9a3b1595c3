//! 党建自评: a browser widget that scores party-building work against a
//! rubric. All scoring is done by the pure [`ziping_engine`] crate; this crate
//! is the Yew shell around it: state in a reducer ([`state`]), the rows and
//! figures shown derived in pure view models ([`view`]), one component per
//! file ([`components`]), every user-visible string in one typed catalogue
//! ([`i18n`]).

pub mod browser;
pub mod components;
pub mod decode;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod ids;
pub mod rubrics;
pub mod state;
pub mod sync;
pub mod view;
pub mod workbook;

/// Starts a widget on every element marked `data-djzp-widget`: the
/// standalone page's `#app`, or any number of elements of a host page (see
/// [`embed`]).
pub fn start() {
    embed::mount_marked();
}
