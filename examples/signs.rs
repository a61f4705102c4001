//! The tone judgement of each line of a file, read as the body of a reply
//! to a client: its score, the wording model's score (`w=`, weighed only
//! when the signs did not decide; above 0 the wording alone decides, and
//! within `wording::LEANING` of 0 it adds up with one sign in words in a
//! letter) and the signs it found, to see why a sentence one has written
//! is or is not taken as agitated.
//!
//! ```text
//! cargo run --release --example signs -- SENTENCES.txt
//! ```
//!
//! Blank lines and lines starting with `#` are skipped; `\n` in a line is
//! read as a line break.

#[path = "../tests/support/tone_dev.rs"]
mod tone_dev;

use presend::context::Context;
use presend::tone::Judgement;
use presend::Config;

fn main() {
    let path = std::env::args().nth(1).expect("usage: signs SENTENCES.txt");
    let text = std::fs::read_to_string(&path).expect("cannot read the file");
    let config = Config::default();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let body = line.replace("\\n", "\n");
        let draft = tone_dev::draft_of(&body);
        let ctx = Context::new(&draft, &config);
        let judgement = Judgement::of(&ctx);
        println!(
            "{} {:+.2} w={} {}\n    {:?}",
            if judgement.agitated {
                "AGITATED"
            } else {
                "calm    "
            },
            judgement.score,
            judgement
                .wording
                .map_or_else(|| "-".to_string(), |w| w.to_string()),
            line,
            judgement.describe_signs(&ctx)
        );
    }
}
