//! Parsing the command line.

use presend::{Config, UiLang};

/// The help text.
pub const USAGE: &str = "\
usage:
  presend check [--format text|json] [--config FILE] [--ui-lang en|ru|el] [--summary] [FILE|DIR…]
  presend rules [--format text|json] [--ui-lang en|ru|el]
  presend explain RULE [--ui-lang en|ru|el]
  presend defaults
  presend --version

FILE is a .json draft, an .eml message, a text file that starts with mail
headers (From:, To:, Subject:…), or any other text file as the body (text
files carry no attachments, so whether one was forgotten is not judged);
`-` or nothing reads a JSON draft from standard input. A DIR is searched for .json,
.eml and .txt files. --summary prints, per folder, how many messages each
rule fires on. `explain` prints the guide to one rule: what it catches,
why it matters, examples and how to change it.

Exit status: 0 no warning or error found, 1 one was found, 2 bad input or usage.";

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Compiler-style lines with the excerpt underlined.
    Text,
    /// One JSON object per input, one per line.
    Json,
}

/// The subcommand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Check drafts.
    Check {
        /// Files and folders; empty means standard input.
        files: Vec<String>,
    },
    /// List the rules.
    Rules,
    /// Print one rule's documentation.
    Explain {
        /// The rule ID.
        rule: String,
    },
    /// Print the default configuration as JSON.
    Defaults,
    /// Print the help.
    Help,
    /// Print the version.
    Version,
}

/// Everything the command line said.
#[derive(Debug, Clone)]
pub struct Options {
    pub command: Command,
    pub format: Format,
    pub config_file: Option<String>,
    pub ui_lang: Option<UiLang>,
    pub summary: bool,
}

impl Options {
    /// The configuration: defaults, then the file, then --ui-lang.
    pub fn config(&self) -> Result<Config, String> {
        let mut config = match &self.config_file {
            None => Config::default(),
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read config {path}: {e}"))?;
                let config: Config = serde_json::from_str(&text)
                    .map_err(|e| format!("config {path} is not a valid configuration: {e}"))?;
                config
                    .validate()
                    .map_err(|e| format!("config {path}: {e}"))?;
                config
            }
        };
        if let Some(lang) = self.ui_lang {
            config.ui_lang = lang;
        }
        Ok(config)
    }
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        command: Command::Help,
        format: Format::Text,
        config_file: None,
        ui_lang: None,
        summary: false,
    };
    let mut words = args.iter();
    let Some(subcommand) = words.next() else {
        return Ok(options);
    };
    let mut positional = Vec::new();
    while let Some(arg) = words.next() {
        let mut value = |name: &str| {
            words
                .next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--format" => {
                options.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format '{other}' (text or json)")),
                }
            }
            "--config" => options.config_file = Some(value("--config")?),
            "--ui-lang" => {
                let code = value("--ui-lang")?;
                options.ui_lang = Some(UiLang::parse(&code).ok_or_else(|| {
                    format!("unknown interface language '{code}' (en, ru or el)")
                })?);
            }
            "--summary" => options.summary = true,
            "-" => positional.push(arg.clone()),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => positional.push(arg.clone()),
        }
    }
    options.command = match subcommand.as_str() {
        "check" => Command::Check { files: positional },
        "rules" if positional.is_empty() => Command::Rules,
        "explain" if positional.len() == 1 => Command::Explain {
            rule: positional.remove(0),
        },
        "explain" => return Err("explain takes one rule ID".into()),
        "defaults" if positional.is_empty() => Command::Defaults,
        "help" | "--help" | "-h" => Command::Help,
        "--version" | "-V" | "version" => Command::Version,
        other => return Err(format!("unknown command '{other}'")),
    };
    Ok(options)
}
