//! A radar chart of section shares, drawn as inline SVG (no chart library).

use yew::prelude::*;

use crate::view::format;

/// Properties of [`Radar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Accessible name of the chart.
    pub label: AttrValue,
    /// Each axis: its name and the share reached, 0.0–1.0.
    pub points: Vec<(String, f64)>,
}

const SIZE: f64 = 240.0;
const C: f64 = SIZE / 2.0;
const R: f64 = 72.0;

fn at(i: usize, n: usize, share: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    // The browser's Math.cos/sin: Rust's own (libm) would add ~8 KB of
    // WebAssembly for two calls.
    (
        C + R * share * js_sys::Math::cos(angle),
        C + R * share * js_sys::Math::sin(angle),
    )
}

/// `x` rounded to one decimal, for SVG.
fn one_decimal(x: f64) -> String {
    format::tenths((x * 10.0 + 0.5).floor() as i64)
}

fn polygon(n: usize, share: impl Fn(usize) -> f64) -> String {
    (0..n)
        .map(|i| {
            let (x, y) = at(i, n, share(i));
            format!("{},{}", one_decimal(x), one_decimal(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Short axis label: the section title without its numbering, cut to fit.
fn short(title: &str) -> String {
    let t =
        title.trim_start_matches(|c: char| "（()）一二三四五六七八九十、.0123456789 ".contains(c));
    let t = if t.is_empty() { title } else { t };
    let chars: Vec<char> = t.chars().collect();
    if chars.len() > 5 {
        chars[..5].iter().collect::<String>() + "…"
    } else {
        t.to_owned()
    }
}

/// The chart; each axis also carries its full title and share as a tooltip.
#[function_component(Radar)]
pub fn radar(props: &Props) -> Html {
    let n = props.points.len();
    let shares: Vec<f64> = props.points.iter().map(|p| p.1.clamp(0.0, 1.0)).collect();
    html! {
        <svg class="djzp-radar" viewBox={format!("-48 0 {} {}", one_decimal(SIZE + 96.0), one_decimal(SIZE))} role="img" aria-label={props.label.clone()}
            data-testid="radar">
            <title>{ props.label.clone() }</title>
            { for [0.25, 0.5, 0.75, 1.0].iter().map(|ring| html! {
                <polygon class="djzp-radar-ring" points={polygon(n, |_| *ring)} />
            }) }
            { for (0..n).map(|i| {
                let (x, y) = at(i, n, 1.0);
                let (lx, ly) = at(i, n, 1.28);
                let anchor = if (lx - C).abs() < 8.0 { "middle" } else if lx > C { "start" } else { "end" };
                html! {
                    <g>
                        <line class="djzp-radar-axis" x1={one_decimal(C)} y1={one_decimal(C)} x2={one_decimal(x)} y2={one_decimal(y)} />
                        <text x={one_decimal(lx)} y={one_decimal(ly + 4.0)} text-anchor={anchor} class="djzp-radar-label" lang="zh-CN">
                            <title>{ format!("{}：{}%", props.points[i].0, (shares[i] * 100.0 + 0.5).floor() as i64) }</title>
                            { short(&props.points[i].0) }
                        </text>
                    </g>
                }
            }) }
            <polygon class="djzp-radar-area" points={polygon(n, |i| shares[i])} />
        </svg>
    }
}
