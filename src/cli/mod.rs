//! The command line: `presend check`, `presend rules`, `presend explain`,
//! `presend defaults`.

/// Prints a line to standard output. A closed pipe (`presend rules | head`)
/// is not an error worth a panic: the output is simply no longer wanted.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod args;
mod input;
mod report;
mod summary;

use args::{Command, Format, Options};
use presend::rules::{catalogue, RuleDoc};
use presend::{Checker, Severity};
use std::io::Write;

/// Exit status: no warning or error found.
const CLEAN: i32 = 0;
/// Exit status: at least one warning or error found.
const FOUND: i32 = 1;
/// Exit status: bad input or usage.
const BAD_INPUT: i32 = 2;

/// Runs the command line; returns the exit status.
pub fn run(args: &[String]) -> i32 {
    let options = match args::parse(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("presend: {message}\n\n{}", args::USAGE);
            return BAD_INPUT;
        }
    };
    let result = match &options.command {
        Command::Help => {
            out!("{}", args::USAGE);
            Ok(CLEAN)
        }
        Command::Version => {
            out!("presend {}", presend::VERSION);
            Ok(CLEAN)
        }
        Command::Check { files } => check(&options, files),
        Command::Rules => list_rules(&options),
        Command::Explain { rule } => explain(&options, rule),
        Command::Defaults => print_json(&presend::Config::default()),
    };
    result.unwrap_or_else(|message| {
        eprintln!("presend: {message}");
        BAD_INPUT
    })
}

fn check(options: &Options, files: &[String]) -> Result<i32, String> {
    let config = options.config()?;
    let checker = Checker::new();
    let inputs = input::expand(files)?;
    if options.summary {
        summary::print(&checker, &config, &inputs, options.format);
        return Ok(CLEAN);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut status = CLEAN;
    for name in &inputs {
        let outcome = input::load(name).and_then(|draft| {
            checker
                .check(&draft, &config)
                .map(|findings| (draft, findings))
                .map_err(|e| e.to_string())
        });
        match outcome {
            Ok((draft, findings)) => {
                if findings.iter().any(|f| f.severity >= Severity::Warning) && status == CLEAN {
                    status = FOUND;
                }
                match options.format {
                    Format::Json => report::json_line(&mut out, name, Ok(&findings)),
                    Format::Text => report::text(&mut out, name, &draft, &findings),
                }
            }
            Err(message) => {
                status = BAD_INPUT;
                match options.format {
                    Format::Json => report::json_line(&mut out, name, Err(&message)),
                    Format::Text => eprintln!("{name}: error: {message}"),
                }
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(status)
}

fn list_rules(options: &Options) -> Result<i32, String> {
    let rules = catalogue();
    let lang = options.ui_lang.unwrap_or_default();
    if options.format == Format::Json {
        let docs: Vec<RuleDoc> = rules
            .into_iter()
            .map(|info| RuleDoc::new(info, lang))
            .collect();
        return print_json(&docs);
    }
    for info in rules {
        let languages: Vec<&str> = info.languages.iter().map(|l| l.code()).collect();
        out!(
            "{:<26} {:<8} {:<9} {:<9} {}",
            info.id,
            info.severity.as_str(),
            format!("{:?}", info.category).to_ascii_lowercase(),
            if languages.is_empty() {
                "any".to_string()
            } else {
                languages.join(",")
            },
            info.title.get(lang)
        );
    }
    Ok(CLEAN)
}

/// The user's guide to one rule, in the interface language asked for
/// (English by default): what the web page's rule reference and the
/// add-ons' "More about this check" show. The rule's `///` comment is the
/// developers' reference (rustdoc).
fn explain(options: &Options, rule: &str) -> Result<i32, String> {
    let info = catalogue()
        .into_iter()
        .find(|info| info.id == rule)
        .ok_or_else(|| format!("unknown rule '{rule}'; `presend rules` lists them"))?;
    let lang = options.ui_lang.unwrap_or_default();
    let guide =
        presend::guides::guide(rule, lang).ok_or_else(|| format!("rule '{rule}' has no guide"))?;
    out!(
        "# {} — {}\n\n{}\n\n{}",
        info.id,
        info.title.get(lang),
        info.reason.get(lang),
        guide.trim()
    );
    Ok(CLEAN)
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<i32, String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    out!("{text}");
    Ok(CLEAN)
}
