//! Holding the bars of issue 8 in a test: a figure that meets its bar must
//! keep meeting it; a figure measured below its bar is listed as a known
//! shortfall with the figure measured on the held-back data, and must not
//! fall under that (nor silently rise above the bar: then the entry goes).
//! Shared by `tests/tone.rs`, `tests/judgement.rs`, `tests/haste.rs`,
//! `tests/attachments.rs` and `tests/typed_in_latin.rs`.
#![allow(dead_code)]

/// Whether a figure must be high (recall) or low (false alarms).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

/// One figure against its bar.
pub struct Figure<'a> {
    /// What is measured, as it is named in the shortfall lists.
    pub name: &'a str,
    /// The share measured.
    pub value: f64,
    /// The bar of the issue.
    pub bar: f64,
    /// Which side of the bar is good.
    pub better: Better,
}

/// Checks `figure` against its bar, or against its entry in `shortfalls`
/// (name, share measured when the entry was written); adds what is wrong to
/// `failures` and prints the known shortfalls.
pub fn hold(figure: Figure, shortfalls: &[(&str, f64)], failures: &mut Vec<String>) {
    let Figure {
        name,
        value,
        bar,
        better,
    } = figure;
    let meets = |limit: f64| match better {
        Better::Higher => value >= limit,
        Better::Lower => value <= limit,
    };
    let pct = |x: f64| format!("{:.1}%", x * 100.0);
    match shortfalls.iter().find(|(n, _)| *n == name) {
        None if !meets(bar) => failures.push(format!(
            "{name}: {} does not meet the bar of {}",
            pct(value),
            pct(bar)
        )),
        None => {}
        Some(_) if meets(bar) => failures.push(format!(
            "{name}: {} now meets the bar of {}: take it off the list of shortfalls",
            pct(value),
            pct(bar)
        )),
        Some((_, measured)) if !meets(*measured) => failures.push(format!(
            "{name}: {} is worse than the {} measured before (bar {})",
            pct(value),
            pct(*measured),
            pct(bar)
        )),
        Some(_) => println!(
            "    known shortfall: {name} {} (bar {})",
            pct(value),
            pct(bar)
        ),
    }
}

/// [`hold`] for a share that must reach `bar` (letters found or passing),
/// named `name` in `shortfalls`.
pub fn hold_at_least(
    name: &str,
    value: f64,
    bar: f64,
    shortfalls: &[(&str, f64)],
    failures: &mut Vec<String>,
) {
    let better = Better::Higher;
    hold(
        Figure {
            name,
            value,
            bar,
            better,
        },
        shortfalls,
        failures,
    );
}

/// Prints how many letters of a set pass (`set` names it, `name` as in
/// `shortfalls`) and the letters that do not, then [`hold_at_least`]s the
/// share.
pub fn print_and_hold(
    set: &str,
    name: &str,
    (passed, total, misses): (usize, usize, Vec<String>),
    bar: f64,
    shortfalls: &[(&str, f64)],
    failures: &mut Vec<String>,
) {
    let share = passed as f64 / total as f64;
    println!("{set} {name}: {passed}/{total} = {:.1}%", share * 100.0);
    for miss in &misses {
        println!("    {miss}");
    }
    hold_at_least(name, share, bar, shortfalls, failures);
}
