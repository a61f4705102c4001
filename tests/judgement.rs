//! The judgement rules on fresh letters written for the purpose
//! (`tests/fixtures/judgement/`, see its README): in each language the
//! problem is found in at least 95 % of the letters that have one, and no
//! warning or error is raised on at least 95 % of the clean ones.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module

#[path = "support/bars.rs"]
mod bars;
#[path = "support/letters.rs"]
mod letters;

use bars::hold_at_least;
use letters::{batches, folders, is_unread, letters, Kept, BATCHES, TONE_RULES};
use presend::{Checker, Config, Finding, Severity};

/// The share of letters that must pass, in each language and set.
const BAR: f64 = 0.95;

/// The figures of the held-back letters measured below the bar once the
/// rules were done (2026-12-01): they must not get worse. The letters the
/// rules were tuned on have none. (`el problem`, 91.6 % then, meets the bar
/// since the refit of the tone weights of 2026-12-01 evening: 95.8 %; `ru
/// problem` rose with it from 87.5 % to 91.7 %, and meets the bar since two
/// signs add up in a letter of a client letter's length, 2026-12-05:
/// 95.8 %.)
const HELD_SHORTFALLS: &[(&str, f64)] = &[];

/// True when `finding` is one the letter expects.
fn is_expected(finding: &Finding, expect: &[String]) -> bool {
    expect.iter().any(|rule| {
        finding.rule == *rule || (rule == "tone" && TONE_RULES.contains(&finding.rule.as_str()))
    })
}

/// The share of letters that pass, with the ids and findings of those that
/// do not.
struct Score {
    passed: usize,
    total: usize,
    misses: Vec<String>,
}

impl Score {
    fn share(&self) -> f64 {
        self.passed as f64 / self.total as f64
    }
}

fn score(half: &str, lang: &str, set: &str) -> Score {
    let checker = Checker::new();
    let config = Config::default();
    let letters = letters(half, lang, set);
    let mut misses = Vec::new();
    for letter in &letters {
        let findings = checker.check(&letter.draft, &config).unwrap();
        let passed = if set == "problem" {
            assert!(!letter.expect.is_empty(), "{} expects nothing", letter.id);
            findings.iter().any(|f| is_expected(f, &letter.expect))
        } else {
            !findings.iter().any(|f| f.severity >= Severity::Warning)
        };
        if !passed {
            let found: Vec<String> = findings
                .iter()
                .filter(|f| set == "problem" || f.severity >= Severity::Warning)
                .map(|f| {
                    // A batch kept unread shows only ids, never words, so
                    // that running the figures keeps it unread.
                    if is_unread(half) {
                        f.rule.clone()
                    } else {
                        format!("{} {:?}", f.rule, f.excerpt)
                    }
                })
                .collect();
            misses.push(format!("{}: {}", letter.id, found.join(", ")));
        }
    }
    Score {
        passed: letters.len() - misses.len(),
        total: letters.len(),
        misses,
    }
}

/// Every folder of letters is listed with what may be done with it, so a
/// new batch is not shown by mistake: an unlisted one counts as unread.
#[test]
fn every_batch_of_letters_is_listed() {
    let mut listed: Vec<String> = BATCHES.iter().map(|(name, _)| name.to_string()).collect();
    listed.sort();
    assert_eq!(folders(), listed, "tests/support/letters.rs BATCHES");
}

/// Checks one half against the bars (or its known shortfalls); prints
/// every language's figures.
fn holds_the_bars(half: &str, shortfalls: &[(&str, f64)]) {
    let mut failures = Vec::new();
    for lang in ["ru", "en", "el"] {
        for set in ["problem", "clean"] {
            let score = score(half, lang, set);
            println!(
                "{half} {lang} {set}: {}/{} = {:.0}%",
                score.passed,
                score.total,
                score.share() * 100.0
            );
            for miss in &score.misses {
                println!("    {miss}");
            }
            let name = format!("{lang} {set}");
            hold_at_least(&name, score.share(), BAR, shortfalls, &mut failures);
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The figures of every unread batch taken together (`held/` aside, which
/// has its own test), as the README reports the reach on letters nobody
/// has read, below the bar; they must not get worse. Measured 2026-12-06
/// morning with `blind49/`: angry letters found ru 586, en 599, el 600 of
/// 692; calm letters passing ru 388, el 398 of 419 (en 404 meets the bar);
/// ru 587 and el 601 with the ways of anger drawn from `train18/`; Greek
/// calm 399, over the bar, since the Greek wording model learns from
/// `train15/` to `train19/` too; ru 608 since the Russian model learns from
/// `train15/` to `train20/` and a form's wording is not weighed. With
/// `blind50/` (2026-12-06 late morning: a provider irritated with its own
/// client, the product's own case, which the lists reach least): ru 623,
/// en 609, el 613 of 712; calm ru 398 of 431; ru 624 and calm 399 since
/// the Russian wording model learns from the provider rounds. Calm ru 408
/// since a considered bad-news letter is noted, not warned (2026-12-06
/// midday), 411 (95.4 %, over the bar) with more ways such a letter is
/// considered. With `blind51/` (half of its angry letters a provider's):
/// angry ru 643, en 623, el 628 of 732; calm 423, 429, 428 of 443. With
/// `blind52/` (2026-12-06 afternoon): angry ru 658, en 637, el 645 of 752.
/// With `blind53/` (2026-12-06 evening): angry ru 674, en 654, el 660 of
/// 772; calm 446, 452, 453 of 467. Calm ru 450 since a calm bad-news
/// letter that offers a way forward is noted, not warned (2026-12-06 night);
/// ru 451 and el 455 since "we can" with any verb is a Greek way forward and
/// "что можно сделать" a Russian one; en 454 since "glad to" with any verb
/// is a way forward; en 453 since `forgotten-attachment` reads more ways of
/// announcing a file (one calm letter of `blind40/`, 2026-12-06 late night).
/// With `blind54/` (2026-12-07 night, measured on the code of the night
/// before): angry ru 691, en 665, el 675 of 792; calm 462, 464, 467 of 479.
/// With `blind55/` (2026-12-07 early morning, measured on the code of the
/// night before): angry ru 708, en 679, el 692 of 812; calm 476, 476, 478
/// of 491. English 680 since the signs read in `train25/` (2026-12-07 early
/// morning). With `blind56/` (2026-12-07 morning, measured on the code
/// of the early morning): angry ru 727, en 695, el 706 of 832; calm 487,
/// 488, 490 of 503. Greek 707 since the signs read in `train26/` (the same
/// morning). With `blind57/` (the same morning, measured on the code with
/// those signs): angry ru 743, en 708, el 721 of 852; calm 499, 500, 501
/// of 515. English 709 and Greek 722 since the signs read in `train27/`
/// (the same morning). Greek 735 and calm 498 since the Greek wording
/// model learns also from `train24/` to `train27/` (2026-12-07 late
/// morning). English 710 since the signs read in `train28/` and
/// `train29/` (the same late morning). Russian 752, English 721, Greek
/// 750, calm 498, 498, 498 since a wording leaning angry adds up with one
/// sign from further off (`wording::LEANING` 200, the same late morning).
/// Russian 756, English 722, Greek 756 since a note signed with a name is
/// read as a letter (the same late morning). Russian 759, English 724,
/// Greek 759 since a leaning wording adds up with one sign in any short
/// text (the same late morning). English 725 since English threats of
/// lawyers, court or debt collectors are rebukes (2026-12-07 midday). With
/// `blind58/` (the same midday, measured on the code with that change):
/// angry ru 774, en 739, el 776 of 872; calm 509, 510, 510 of 527.
/// Russian 776, English 740, Greek 778 since the signs of sarcasm of the
/// evening (regret after thanks, thanks in scare quotes, mock wonder at
/// quoted words). Russian 777, English 741, Greek 779 since a door closed
/// on the reader is a demand (2026-12-07 night). With `blind59/` (the same
/// night, measured on the code with that change): angry ru 795, en 760,
/// el 796 of 892; calm 520, 522, 522 of 539. English 761 since mock
/// inference and mock assent are sarcasm (the same night). Greek 798 since
/// Greek typed in Latin letters is read as Greek (the same night). With
/// `blind60/` (2026-12-07 late night, measured on the code of the night):
/// angry ru 815, en 778, el 818 of 912; calm 531, 534, 534 of 551.
/// Russian 816 since "вы там совсем обалдели?" rebukes, "вы там живы
/// вообще?" asks, mock care is sarcasm and payment refused for such
/// quality is a demand (the same late night). Greek 819 since "and then
/// you wonder why", "what it costs us" and "I have a life too" are signs
/// in each language (the same late night). Russian 817 since Russian
/// typed in Latin letters is read as Russian (the same late night). With
/// `blind61/` (2026-12-08 night, measured on the code of the session's
/// start): angry ru 835, en 794, el 836 of 932; calm 543, 546, 546 of 563.
/// Russian 837 since a greeting taken back, the first failure let go, the
/// reader's custom put in doubt and "you could have warned us then" are
/// signs (the same night).
const UNREAD_TOGETHER_SHORTFALLS: &[(&str, f64)] = &[
    ("ru problem", 0.898),
    ("en problem", 0.851),
    ("el problem", 0.896),
];

#[test]
fn every_unread_batch_together_holds_the_bars() {
    let mut failures = Vec::new();
    for lang in ["ru", "en", "el"] {
        for set in ["problem", "clean"] {
            let (mut passed, mut total) = (0, 0);
            for batch in batches(Kept::Unread).filter(|b| *b != "held") {
                let score = score(batch, lang, set);
                passed += score.passed;
                total += score.total;
            }
            let share = passed as f64 / total as f64;
            println!(
                "every unread batch {lang} {set}: {passed}/{total} = {:.1}%",
                share * 100.0
            );
            hold_at_least(
                &format!("{lang} {set}"),
                share,
                BAR,
                UNREAD_TOGETHER_SHORTFALLS,
                &mut failures,
            );
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// One test per batch of letters: `name: "folder", shortfalls`, after the
/// batch's history in doc comments. The batch holds the bars, or the
/// shortfalls measured when it was added, which must not get worse.
macro_rules! batch_holds_the_bars {
    ($(#[$doc:meta])* $test:ident: $half:literal, $shortfalls:expr) => {
        $(#[$doc])*
        #[test]
        fn $test() {
            holds_the_bars($half, $shortfalls);
        }
    };
}

/// The figures of the letters the rules were tuned on that are below the
/// bar, which must not get worse. `en problem` (202 of 217, 93.1 %, on
/// 2026-12-03): the probe batches of the night of 2026-12-02 were written to
/// measure how far the lists reach new wordings, and the letters of each
/// batch kept out of the tuning and still missed (en-p202, p205–p207, p216,
/// p217) stay in `dev/` unfound on purpose. The probe of 2026-12-03
/// (en-p218–p233) found 12 of 16 before any list change: 214 of 233, 91.8 %;
/// a second batch written after its families (en-p234–p241) found 1 of 8:
/// 217 of 241, 90.0 %; after families from the tuned half of that batch
/// (its held-out en-p237, p239, p241 still missed), 220 of 241, 91.2 %.
/// The lead's probe of the morning of 2026-12-03 (en-p242–p249, short angry
/// replies) found 2 of 8 before any list change: 222 of 249, 89.2 %; after
/// the types of its tuned half (its held-out en-p245, p247 still missed),
/// 226 of 249, 90.8 %. The probe of branch en-probe3 (en-p250–p265: cold,
/// condescending and sarcastic letters) found 4 of 16 before any list
/// change: 230 of 265, 86.8 %; after the types of its tuned half (its
/// held-out en-p252, p257, p260, p264 still missed), 238 of 265, 89.8 %.
/// The lead's probe 2 (en-p270–p277, the same eight letters as ru-p490–p497
/// and el-p290–p297) found 2 of 8 before any list change; after the
/// families of its tuned half, written in the three languages at once, 6 of
/// 8 (its held-out en-p272 and p276 still missed). Both merged: 244 of
/// 273, 89.4 %.
/// `el problem`: the Greek probe of 2026-12-03 (branch el-probe3, el-p267–
/// p282) found 3 of 16 before any list change: 260 of 282, 92.2 %; after
/// the types of its tuned half, 267 of 282, 94.7 % (its held-out el-p269,
/// p272, p275, p277, p280, p282 still missed, as are the lead's held-out
/// el-p262, p264, p292 and p296); with the lead's probe 2 merged beside it,
/// 273 of 290, 94.1 %; after the Greek families written from an inventory
/// of the language (branch el-inv), 280 of 290, 96.6 %: no longer short.
/// With the wording model of the tone judgement (2026-12-04,
/// `src/tone/wording.rs`): en problem 89.3 % → 95.6 % (meets the bar).
const DEV_SHORTFALLS: &[(&str, f64)] = &[];

#[test]
fn letters_the_rules_were_tuned_on_hold_the_bars() {
    holds_the_bars("dev", DEV_SHORTFALLS);
}

#[test]
fn letters_kept_back_hold_the_bars() {
    holds_the_bars("held", HELD_SHORTFALLS);
}

batch_holds_the_bars! {
    /// The figures of the letters written blind (`blind/`) that are below the
    /// bar, which must not get worse. Written on 2026-12-03 by a helper that
    /// never read the word lists, the rules, the tests or the team's letters,
    /// asked for anger in people's own words (at most three stock phrases in
    /// fourteen letters per language), and measured before any change made
    /// that day to the lists: 4 of 14 Russian, 8 of 14 English and 3 of 14
    /// Greek letters found; 6, 6 and 5 of 7 clean letters without a warning,
    /// each of the others warned by `bad-news-by-email` (bad news given by mail
    /// with no call said before it, which the rule asks about on purpose).
    /// The same after that day's changes (about 370 list lines written from
    /// each language's ways of showing exasperation, and four signs in code):
    /// not one of the angry letters gained even a sign below the threshold.
    /// On the afternoon of 2026-12-03 its angry letters were read, to find what
    /// they share (`blind2/` was then the batch nobody had read); since then a
    /// Greek
    /// verb in the singular addresses the reader (el 3 -> 4 of 14), and bad
    /// news supposed in a condition ("если что-то задерживается, дайте знать")
    /// is no news (ru clean 6 -> 7 of 7), nor is a buyer declining the
    /// reader's proposal (en clean 6 -> 7, el clean 5 -> 6 of 7; the Greek
    /// letter left announces a price increase to one client by mail). On the
    /// evening of 2026-12-03 list lines were drawn from its angry letters
    /// (orders at the reader's cost, business taken away, mockery, competence
    /// denied…) and words of courtesy are passed over inside phrases: ru 4 ->
    /// 10, en 8 -> 11, el 4 -> 10 of 14 — on a batch that was studied, so no
    /// measure of reach (`blind4/` and `blind5/` are, now).
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): ru problem 71.4 % → 100.0 % (meets the bar); en
    /// problem 78.5 % → 92.9 %; el problem 71.4 % → 100.0 % (meets the bar).
    /// English angry letters all found since a wording leaning angry adds up
    /// with one sign (2026-12-06).
    /// Greek calm letters all pass since "we can" with any verb is a
    /// Greek way forward, and "что можно сделать" a Russian one (2026-12-06 night).
    letters_written_blind_hold_the_bars: "blind",
    &[]
}

batch_holds_the_bars! {
    /// The figures of the second batch written blind (`blind2/`), below the
    /// bar, which must not get worse. Written on the afternoon of 2026-12-03,
    /// the same way as `blind/`, by a helper that read nothing of presend, and
    /// measured on 505b049 before any change: 6 of 14 Russian, 3 of 14 English
    /// and 6 of 14 Greek angry letters found. A sign tried that afternoon (the
    /// reader's words quoted back in scare quotes, fitted on `dev/` and
    /// `blind/`) found not one letter more here, and was not kept. The clean
    /// letters were first measured with the default recipient, which their
    /// greetings do not name; with the To and Bcc lines added after that (names
    /// from the greetings, mailings in Bcc) and `bad-news-by-email` leaving
    /// mailings alone, 7, 6 and 6 of 7 pass: the others are a refusal and a
    /// delay given with no call before them. Since bad news supposed in a
    /// condition is no news (a change drawn from the first batch), the Greek
    /// one passes too: 7 of 7. On the night of 2026-12-03, with `blind3/` and
    /// `blind4/` unread beside it, its angry letters were read and list lines
    /// drawn from them (the reader sent to a lawyer or to someone else, taught
    /// slowly, counted reminders, mock wonder, the mistake laid on the reader):
    /// ru 6 -> 11, en 3 -> 12, el 6 -> 11 of 14 — a studied batch since, no
    /// measure of reach.
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): ru problem 78.5 % → 85.7 %; el problem 78.5 % →
    /// 100.0 % (meets the bar).
    /// Russian angry 100.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_second_batch_hold_the_bars: "blind2",
    &[("en problem", 0.857)]
}

batch_holds_the_bars! {
    /// The figures of the third batch written blind (`blind3/`), below the
    /// bar, which must not get worse. Written on the evening of 2026-12-03 by a
    /// helper that read nothing of presend (asked, besides, for letters written
    /// in haste: typos, no accents, Greeklish once), and measured before the
    /// evening's changes (7b6f31e): 7 of 14 Russian, 6 of 14 English and 4 of
    /// 14 Greek angry letters found. Six clean letters said they attached a
    /// file the fixture did not declare (`forgotten-attachment` rightly
    /// warned); with their `Attachments` lines added, 6, 6 and 7 of 7 clean
    /// letters pass on that build and after the changes, the two others
    /// giving bad news by mail with no call before it. After the evening's
    /// changes (list lines drawn from the first batch, and words of courtesy
    /// passed over inside phrases): 7, 6 and 5 of 14 angry letters. After
    /// the lines drawn from `blind2/` on the night of 2026-12-03: 7, 7 and 5.
    /// Its angry letters were then read (with `blind4/` and `blind5/` unread)
    /// and list lines drawn from them: 13, 12 and 12 of 14 — a studied batch
    /// since, no measure of reach.
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): en problem 85.7 % → 100.0 % (meets the bar); el
    /// problem 85.7 % → 92.9 %; with the model trained on short letters too
    /// (`train3/`, the night of
    /// 2026-12-04), el 100 %; 92.9 % since the English model learns from
    /// `train5/` to `train8/` (2026-12-05 afternoon): a Greek letter quoting
    /// English is weighed by the English model.
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// English calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// Russian angry 100.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    /// Greek angry 100 % since Greek typed in Latin letters is read as Greek by
    /// the tone judgement (2026-12-07 night).
    letters_written_blind_in_a_third_batch_hold_the_bars: "blind3",
    &[]
}

batch_holds_the_bars! {
    /// The figures of the fourth batch written blind (`blind4/`), below the
    /// bar, which must not get worse. Written on the night of 2026-12-03 by a
    /// helper that read nothing of presend (asked, besides, for letters whose
    /// anger is only in what they say: cold, clipped, condescending), and
    /// measured before any change (c378349): 6 of 14 Russian, 3 of 14 English
    /// and 4 of 14 Greek angry letters found; 6, 7 and 4 of 7 clean letters
    /// pass. After the lines drawn from `blind2/`: 7, 4 and 5 of 14; after
    /// those drawn from `blind3/` too: 7, 5 and 5. The four
    /// clean letters that failed were then read (its angry letters were not):
    /// two were false alarms, mended ("Αγαπητέ Χρήστο" taken for "Αγαπητέ
    /// χρήστη"; a measure "so that it does not happen again" taken for a
    /// begging promise), so 7, 7 and 5 of 7 pass; the two left announce a price
    /// rise and refuse a discount by mail with no call before, which
    /// `bad-news-by-email` asks about by design. On 2026-12-04, with `blind6/`
    /// written and measured, its angry letters were read; the sign drawn from
    /// them and from `blind3/` (the reader's words thrown back in quotation
    /// marks), "you're", "вашем" read as addressing the reader, and the lines
    /// drawn from its letters after (thanks in all their forms, a debt handed
    /// on, being used to the reader's failures): 9, 6 and 7 of 14 — a studied
    /// batch since, no measure of reach. 9, 7 and 7 after the lines of the
    /// early morning of 2026-12-04 (thanks for a notice that came too late).
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): ru problem 64.2 % → 85.7 %; en problem 50.0 % → 85.7
    /// %; el problem 50.0 % → 92.9 %.
    /// With the Greek model retrained on `train2/` as well (the evening of
    /// 2026-12-04), el problem 85.7 %: a letter the model learns from, one
    /// among 503, fitted less closely; the unread batches gained.
    /// Greek calm letters all pass since a calm bad-news letter that
    /// offers a way forward is noted, not warned (2026-12-06 night).
    /// Russian angry 100.0 %, English angry 100.0 % since a wording leaning
    /// angry adds up with one sign from further off (`wording::LEANING`
    /// 200, 2026-12-07 late morning).
    /// Greek angry 100 % since Greek typed in Latin letters is read as Greek by
    /// the tone judgement (2026-12-07 night).
    letters_written_blind_in_a_fourth_batch_hold_the_bars: "blind4",
    &[]
}

batch_holds_the_bars! {
    /// The figures of the fifth batch written blind (`blind5/`), below the
    /// bar, which must not get worse. Written on the night of 2026-12-03 like
    /// `blind4/`, while lines were being drawn from `blind2/`, and measured on
    /// the build from before that night's changes (c378349) and after them
    /// (three rounds of list lines, from `blind2/` and `blind3/`): 9, 4 and 5
    /// of 14 angry letters found both times — not one more; 7, 5 and 6 of 7
    /// clean letters pass. With the reader's words thrown back in quotation
    /// marks read as a sign (2026-12-04, drawn from `blind3/` and `blind4/`):
    /// 11, 6 and 6 of 14; clean letters as before. Read in the early morning
    /// of 2026-12-04 (`blind6/` to `blind8/` unread): the lines drawn from it
    /// (any ordinal counted, what English already read written in Russian and
    /// Greek, apologies refused, praise taken back by whom it is for, the
    /// subject closed) give 12, 7 and 11 of 14 — a studied batch since, no
    /// measure of reach; a refusal with a way forward no longer taken for bad
    /// news, en clean 6 of 7.
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): ru problem 85.7 % → 92.9 %; en problem 50.0 % → 71.4
    /// %; el problem 78.5 % → 85.7 %.
    /// Retrained on more letters (2026-12-04 evening, `train/`): ru 100 %;
    /// with the model trained on short letters too (`train3/`, the night of
    /// 2026-12-04), en 100 %.
    /// English and Greek calm letters all pass since a calm bad-news letter that
    /// offers a way forward is noted, not warned (2026-12-06 night).
    /// Greek angry 100 % since Greek typed in Latin letters is read as Greek by
    /// the tone judgement (2026-12-07 night).
    letters_written_blind_in_a_fifth_batch_hold_the_bars: "blind5",
    &[]
}

batch_holds_the_bars! {
    /// The figures of the sixth batch written blind (`blind6/`), below the
    /// bar, which must not get worse. Written in the small hours of 2026-12-04
    /// like `blind5/`, by a helper that read nothing of presend, and measured
    /// before that session's changes (6b278d4): 7 of 14 Russian, 3 of 14
    /// English and 6 of 14 Greek angry letters found. After the sign drawn from
    /// `blind3/` and `blind4/` (the reader's words thrown back in quotation
    /// marks; "you're", "вашем" read as addressing the reader): 9, 8 and 7 of
    /// 14. Clean letters pass 5, 6 and 7 of 7 on both builds (no tone finding
    /// on any; the warnings are of other rules). Its angry letters were read
    /// in the morning of 2026-12-04 (`blind7/` to `blind9/` unread), and the
    /// moves drawn from them (the next excuse awaited, the occasions already
    /// asked listed by date, a door shut for good, reasons left for the reader
    /// to know…) give 11, 9 and 8 of 14 — a studied batch since, no measure of
    /// reach.
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): ru problem 78.5 % → 85.7 %; en problem 64.2 % → 92.9
    /// %; el problem 57.1 % → 85.7 %.
    /// With the letter form (2026-12-04, night: a text laid out as a letter weighed
    /// against calm letters, business mail and calm customer mail; kept): ru
    /// problem 100 %; with the model trained on short letters too (`train3/`, the
    /// night of
    /// 2026-12-04), 85.7 % (its letters train the model: the
    /// figure says how it fits them).
    /// Russian angry letters all found since a wording leaning angry adds up
    /// with one sign (2026-12-06).
    /// Russian calm letters all pass since a calm bad-news letter that
    /// offers a way forward is noted, not warned (2026-12-06 night).
    /// English calm letters all pass since "glad to" with any verb is a
    /// way forward (2026-12-06 night).
    letters_written_blind_in_a_sixth_batch_hold_the_bars: "blind6",
    &[
        ("el problem", 0.857)
    ]
}

batch_holds_the_bars! {
    /// The figures of the seventh batch written blind (`blind7/`), below the
    /// bar, which must not get worse. Written at the end of the session of the
    /// night of 2026-12-03/04, like `blind6/`, by a helper that read nothing of
    /// presend, and measured on the code as that session left it (b56a779): 11
    /// of 14 Russian, 6 of 14 English and 5 of 14 Greek angry letters found;
    /// 5, 6 and 5 of 7 clean letters pass, the others warned by
    /// `bad-news-by-email` (no tone finding). After the lines of the early
    /// morning of 2026-12-04 (drawn from `blind5/`): Greek 6 of 14. Nobody has
    /// read its letters.
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): ru problem 78.5 % → 92.9 %; en problem 42.8 % → 64.3
    /// %; el problem 42.8 % → 78.6 %.
    /// Since the evening of 2026-12-04 its letters train the wording model
    /// (`examples/wording.rs`), so the figures below, from then, say how well
    /// it fits them, not how far it reaches: en 85.7 %, el 85.7 %. English
    /// 100 % since the reader's work in scare quotes is sarcasm (2026-12-05);
    /// 92.9 % since the English model learns from `train5/` to `train8/`
    /// (2026-12-05 afternoon), one letter the old weights read as angry.
    /// Greek 13 of 14 with the ways of anger of `train19/` (2026-12-06).
    /// English and Greek calm letters all pass since a considered bad-news
    /// letter is noted, not warned (2026-12-06).
    letters_written_blind_in_a_seventh_batch_hold_the_bars: "blind7",
    &[
        ("el problem", 0.928),
        ("ru clean", 0.714),
    ]
}

batch_holds_the_bars! {
    /// The figures of the eighth batch written blind (`blind8/`), below the
    /// bar, which must not get worse. Written at the start of the session of
    /// the early morning of 2026-12-04 by a helper that read nothing of
    /// presend, and measured before that session's changes (83db3ad): 8 of 14
    /// Russian, 6 of 14 English and 6 of 14 Greek angry letters found; 5, 5
    /// and 6 of 7 clean letters pass, the others warned by
    /// `bad-news-by-email` (no tone finding). After a refusal in English that
    /// offers something else was no longer taken for bad news (same session):
    /// English clean letters 6 of 7. Nobody has read its letters.
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): ru problem 57.1 % → 64.3 %; en problem 42.8 % → 64.3
    /// %; el problem 42.8 % → 78.6 %.
    /// Since the evening of 2026-12-04 its letters train the wording model
    /// (`examples/wording.rs`), so the figures below, from then, say how well
    /// it fits them, not how far it reaches: en 78.6 %, el 92.9 %; with
    /// the letter form (2026-12-04, night: a text laid out as a letter weighed
    /// against calm letters, business mail and calm customer mail; kept), en 100 %;
    /// with the model trained on short letters too (`train3/`, the night of
    /// 2026-12-04), en 78.6 %.
    /// English angry letters all found since a wording leaning angry adds up
    /// with one sign (2026-12-06); Greek 12 of 14 since the Greek model
    /// learns from `train15/` to `train19/` too (2026-12-06 morning).
    /// Greek calm letters all pass since a considered bad-news letter is noted,
    /// not warned (2026-12-06).
    /// Russian and English calm letters all pass since a calm bad-news letter that
    /// offers a way forward is noted, not warned (2026-12-06 night).
    /// Russian angry 100.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_an_eighth_batch_hold_the_bars: "blind8",
    &[("el problem", 0.857)]
}

batch_holds_the_bars! {
    /// The figures of the ninth batch written blind (`blind9/`), below the
    /// bar, which must not get worse. Written in the morning of 2026-12-04 by
    /// a helper that read nothing of presend, asked this time for a price
    /// change that confirms a phone call (as the advice says to tell a price
    /// rise by phone first), and measured before that session's changes
    /// (ec6d793): 9 of 14 Russian, 4 of 14 English and 4 of 14 Greek angry
    /// letters found; 7, 7 and 6 of 7 clean letters pass (the Greek one
    /// warned by `bad-news-by-email`). Nobody has read its letters.
    /// With the wording model of the tone judgement (2026-12-04,
    /// `src/tone/wording.rs`): ru problem 64.2 % → 92.9 %; en problem 28.5 % → 57.1
    /// %; el problem 28.5 % → 71.4 %.
    /// Since the evening of 2026-12-04 its letters train the wording model
    /// (`examples/wording.rs`), so the figures below, from then, say how well
    /// it fits them, not how far it reaches: en 78.6 %, el 78.6 %. Its Greek
    /// clean letter passes since `bad-news-by-email` knows more ways of
    /// confirming a call (the night of 2026-12-04).
    /// Russian angry letters all found since a wording leaning angry adds up
    /// with one sign (2026-12-06).
    letters_written_blind_in_a_ninth_batch_hold_the_bars: "blind9",
    &[("en problem", 0.785), ("el problem", 0.785)]
}

batch_holds_the_bars! {
    /// The figures of the tenth batch written blind (`blind10/`), below the
    /// bar, which must not get worse. Written in the afternoon of 2026-12-04
    /// by a helper that read nothing of presend, once the wording model of the
    /// tone judgement was done, and measured on the final code of that session
    /// (a9fad6b and later): 10 of 14 Russian, 11 of 14 English and 10 of 14
    /// Greek angry letters found; 6, 7 and 7 of 7 clean letters pass (the
    /// Russian one warned by `bad-news-by-email`). With the model switched off,
    /// for comparison: 7, 7 and 5 of 14 angry, the clean letters the same.
    /// With the model retrained on more letters (the evening of 2026-12-04):
    /// Greek 12 of 14, the rest the same. With the letter form (2026-12-04, night:
    /// a text laid out as a letter weighed against calm letters, business mail and
    /// calm customer mail; kept): English 13 of 14. Its missed angry letters
    /// were read on the night of 2026-12-04 (see the test of `blind11/`), and on
    /// the next night families of signs in every language were written from
    /// some of them: Russian 12, English 14 of 14 (the bar met). Greek 14 of
    /// 14 since a door closed on the reader is a demand (2026-12-07, night).
    letters_written_blind_in_a_tenth_batch_hold_the_bars: "blind10",
    &[
        ("ru clean", 0.857),
    ]
}

batch_holds_the_bars! {
    /// The figures of the eleventh batch written blind (`blind11/`), below the
    /// bar, which must not get worse. Written in the afternoon of 2026-12-04,
    /// after `blind10/`, by a helper that read nothing of presend, and measured
    /// once on the final code of that session (dc3efc3) and once with the
    /// wording model switched off: 9 of 14 Russian, 10 of 14 English and 13 of
    /// 14 Greek angry letters found (4, 6 and 9 without the model); every clean
    /// letter passes either way. Nobody has read its letters. With the model
    /// retrained on more letters (the evening of 2026-12-04, `train/` and
    /// `blind7/` to `blind9/`): 10 and 11 of 14 (Greek 13), clean the same.
    /// Its missed angry letters, and those of `blind10/`, were read on the
    /// night of 2026-12-04 (both batches had been measured on every change of
    /// two sessions), and list families drawn from them: they found no letter
    /// more in `blind12/` to `blind17/`, so they were not kept, nor was the
    /// wording model trained on the two batches (Greek −1, English +1 there).
    /// Studied batches since; on the next night families of signs in every
    /// language written from some of them found Russian 12 of 14.
    /// Greek 14 of 14 since the Greek wording model learns also from
    /// `train24/` to `train27/` (2026-12-07 late morning).
    letters_written_blind_in_an_eleventh_batch_hold_the_bars: "blind11",
    &[("ru problem", 0.857), ("en problem", 0.785)]
}

batch_holds_the_bars! {
    /// The figures of the twelfth batch written blind (`blind12/`), below the
    /// bar, which must not get worse. Written in the evening of 2026-12-04 by a
    /// helper that read nothing of presend, asked for furious, cold, hasty and
    /// mixed angry letters, and measured on the code before that evening's
    /// change (3f5f023): 13 of 14 Russian, 11 of 14 English and 13 of 14 Greek
    /// angry letters found (12, 8 and 12 with the wording model switched off),
    /// every clean letter passing. With the model retrained that evening on
    /// more letters (`train/` and `blind7/` to `blind9/`): English 12 of 14,
    /// the rest the same. Nobody has read its letters. Greek 14 of 14 with
    /// the families of the Russian letters of `train11/` (2026-12-05
    /// afternoon).
    /// Russian angry letters all found since a wording leaning angry adds up
    /// with one sign (2026-12-06).
    letters_written_blind_in_a_twelfth_batch_hold_the_bars: "blind12",
    &[("en problem", 0.857)]
}

batch_holds_the_bars! {
    /// The figures of the thirteenth batch written blind (`blind13/`), below
    /// the bar, which must not get worse. Written in the evening of 2026-12-04
    /// by a helper that read nothing of presend, asked mostly for the hard
    /// kinds (six cold or condescending letters with no strong word, no capital
    /// and no exclamation mark, four hasty, two mixed, two furious per
    /// language), and measured on the code of the session's start (3f5f023):
    /// 12 of 14 Russian, 5 of 14 English and 12 of 14 Greek angry letters
    /// found (10, 3 and 10 with the wording model switched off), every clean
    /// letter passing; with the model retrained that evening, 11, 9 and 14;
    /// with the letter form (2026-12-04, night: a text laid out as a letter weighed
    /// against calm letters, business mail and calm customer mail; kept), 12, 9 and
    /// 14. With the model trained on short letters too (`train3/`, the night of
    /// 2026-12-04): 12, 10 and 14. With the families found in `train5/`
    /// (2026-12-05 morning): every Russian angry letter found. Nobody has read
    /// its letters.
    letters_written_blind_in_a_thirteenth_batch_hold_the_bars: "blind13",
    &[("en problem", 0.714)]
}

batch_holds_the_bars! {
    /// The figures of the fourteenth batch written blind (`blind14/`), below
    /// the bar, which must not get worse. Written at the end of the session of
    /// the evening of 2026-12-04 by a helper that read nothing of presend
    /// (cold, hasty, polite-then-bitter and furious letters), and measured once
    /// on that session's final code (72d9d58): 12 of 14 Russian, 9 of 14
    /// English and 10 of 14 Greek angry letters found; with the code of the
    /// session's start (3f5f023), for comparison, 12, 5 and 9; with the
    /// wording model switched off, 10, 5 and 7. Clean letters 7, 7 and 5 of 7
    /// on all three (two Greek ones given a tone finding by the listed signs).
    /// With the letter form (2026-12-04, night: a text laid out as a letter weighed
    /// against calm letters, business mail and calm customer mail; kept): 13, 10
    /// and 11 of 14, clean the same. With the model trained on short letters too
    /// (`train3/`, the night of
    /// 2026-12-04): 13, 12 and 11. With two signs adding up in a letter of a
    /// client letter's length (2026-12-05, kept on `blind23/` and `blind24/`):
    /// English clean 6 of 7. With the greeting of a letter typed as one long
    /// line found (2026-12-05, night): Greek 12 of 14. Greek clean 6 of 7
    /// since a buffet ("μπουφέ") is no insult and "с новым годом" a
    /// friendly word (2026-12-05, second afternoon). English 14 of 14 since
    /// mock wonder at the reader's quoted words is sarcasm (2026-12-07
    /// evening). Nobody has read its letters.
    letters_written_blind_in_a_fourteenth_batch_hold_the_bars: "blind14",
    &[
        ("ru problem", 0.928),
        ("el problem", 0.857),
        ("en clean", 0.857),
        ("el clean", 0.857),
    ]
}

batch_holds_the_bars! {
    /// The figures of the fifteenth batch written blind (`blind15/`, 14 angry
    /// and 10 clean letters per language), below the bar, which must not get
    /// worse. Written in the evening of 2026-12-04 by a helper that read
    /// nothing of presend, to measure one change decided in advance (the
    /// wording model weighing a text laid out as a letter against calm letters
    /// only), and measured on the code before it (711194e): 12 of 14 Russian,
    /// 6 of 14 English and 12 of 14 Greek angry letters found, every clean
    /// letter passing. The change found 13, 6 and 13 and was not kept: it made
    /// ordinary Russian customer notifications read as angry (see the README).
    /// Its third try, the letter form (2026-12-04, night: a text laid out as a
    /// letter weighed against calm letters, business mail and calm customer mail;
    /// kept), found 12, 6 and 13. With the families found in `train5/`
    /// (2026-12-05 morning): every Greek angry letter found. Nobody has read its
    /// letters.
    letters_written_blind_in_a_fifteenth_batch_hold_the_bars: "blind15",
    &[("ru problem", 0.857), ("en problem", 0.428)]
}

batch_holds_the_bars! {
    /// The figures of the sixteenth batch written blind (`blind16/`, 14 angry
    /// and 10 clean letters per language, the angry ones shorter than asked:
    /// at most about 130 words), below the bar, which must not get worse.
    /// Written at the end of the session of the evening of 2026-12-04 by a
    /// helper that read nothing of presend, and measured on the final code
    /// (ae1472c): 7 of 14 Russian, 7 of 14 English and 9 of 14 Greek angry
    /// letters found; 10, 9 and 10 of 10 clean letters pass. Measured once more
    /// for a tried change that was not kept (the letter form with service mail;
    /// see the README). With the letter form (2026-12-04, night: a text laid out as
    /// a letter weighed against calm letters, business mail and calm customer mail;
    /// kept): 8, 8 and 9 of 14, clean the same. With the model trained on short
    /// letters too (`train3/`, the night of
    /// 2026-12-04): 8, 8 and 10.
    /// Nobody has read its letters.
    /// English calm letters all pass since three apologies spread through a
    /// letter that explains are not too many (2026-12-06).
    letters_written_blind_in_a_sixteenth_batch_hold_the_bars: "blind16",
    &[
        ("ru problem", 0.571),
        ("en problem", 0.571),
        ("el problem", 0.714),
    ]
}

batch_holds_the_bars! {
    /// The figures of the seventeenth batch written blind (`blind17/`, 14
    /// angry and 10 clean letters per language), below the bar, which must not
    /// get worse. Written in the evening of 2026-12-04 by helpers that read
    /// nothing of presend, to measure the third try of the letter form, with
    /// its rule of acceptance written before; measured on the code before it
    /// (3cf9404): 11 of 14 Russian, 9 of 14 English and 12 of 14 Greek angry
    /// letters found; 9, 10 and 10 of 10 clean letters pass (the Russian one
    /// warned by `bad-news-by-email`). With the letter form: 12, 9 and 12, clean
    /// the same. With the model trained on short letters too (`train3/`, the night
    /// of
    /// 2026-12-04), whose rule of acceptance allowed
    /// one letter less in a language: 11, 10 and 11 (ru and el WORSE by one).
    /// Nobody has read its letters.
    /// Russian calm letters all pass since a calm bad-news letter that
    /// offers a way forward is noted, not warned (2026-12-06 night).
    letters_written_blind_in_a_seventeenth_batch_hold_the_bars: "blind17",
    &[
        ("ru problem", 0.785),
        ("en problem", 0.714),
        ("el problem", 0.785)
    ]
}

batch_holds_the_bars! {
    /// The figures of the eighteenth batch written blind (`blind18/`, 14
    /// angry and 10 clean letters per language, all short: at most about 70
    /// words), below the bar, which must not get worse. Written on the night of
    /// 2026-12-04 by helpers that read nothing of presend, to measure the
    /// wording model trained on short letters (`train3/`), with its rule of
    /// acceptance written before; measured on the code before it (52a35fb): 10
    /// of 14 Russian, 12 of 14 English and 7 of 14 Greek angry letters found,
    /// every clean letter passing; with it, the same. Nobody has read its
    /// letters.
    letters_written_blind_in_an_eighteenth_batch_hold_the_bars: "blind18",
    &[
        ("ru problem", 0.714),
        ("en problem", 0.857),
        ("el problem", 0.5),
    ]
}

batch_holds_the_bars! {
    /// The figures of the nineteenth batch written blind (`blind19/`, 14
    /// angry and 10 clean letters per language), below the bar, which must not
    /// get worse. Written on the night of 2026-12-04 by helpers that read
    /// nothing of presend, to measure the model trained on a fourth round of
    /// letters (`train4/`), with its rule of acceptance written before;
    /// measured on the code before it (ac28ef3): 10 of 14 Russian, 11 of 14
    /// English and 13 of 14 Greek angry letters found; 9, 9 and 10 of 10 clean
    /// letters pass (a Russian one warned by `bad-news-by-email`, an English
    /// one by `repeated-word`). With `train4/`, Greek 11: not kept. Its
    /// Russian clean letters all pass since `bad-news-by-email` knows more ways
    /// of confirming a call (the night of 2026-12-04; rule of acceptance
    /// written before), its English ones since `repeated-word` lets a word
    /// pass that opens a new line with a capital (2026-12-05). Nobody has read
    /// its letters. Greek 12 of 14 since the Greek wording model learns
    /// from `train5/` to `train10/` (2026-12-05 afternoon: eight more unread
    /// Greek letters found in all, one fewer here). English 12 of 14 since
    /// the put-downs of the provider's side (2026-12-05, second afternoon).
    letters_written_blind_in_a_nineteenth_batch_hold_the_bars: "blind19",
    &[
        ("ru problem", 0.714),
        ("en problem", 0.857),
        ("el problem", 0.857),
    ]
}

batch_holds_the_bars! {
    /// The figures of the twentieth batch written blind (`blind20/`, 20 angry
    /// and 12 clean letters per language), below the bar, which must not get
    /// worse. Written on the night of 2026-12-04 (session of 19:35 UTC) by
    /// helpers that read nothing of presend, and measured on the code of that
    /// session's start (a237172) before any change: 17 of 20 Russian, 14 of 20
    /// English and 16 of 20 Greek angry letters found; 12, 11 and 12 of 12
    /// clean letters pass (the English one warned by `bad-news-by-email`; it
    /// passes since that rule knows more ways of confirming a call, the same
    /// night, rule of acceptance written before). Nobody has read its letters.
    /// English 95 % since the English model learns from `train5/` to
    /// `train8/` (2026-12-05 afternoon); Russian 95 % since the families of
    /// talk refused and the obvious explained (2026-12-05 evening).
    letters_written_blind_in_a_twentieth_batch_hold_the_bars: "blind20",
    &[("el problem", 0.8)]
}

batch_holds_the_bars! {
    /// The figures of the twenty-first batch written blind (`blind21/`, 20
    /// angry and 12 clean letters per language), below the bar, which must not
    /// get worse. Written at the end of the session of 2026-12-04, 19:35 UTC,
    /// by helpers that read nothing of presend, for the next session to
    /// measure its changes on; measured once, on that session's final code
    /// (f7341aa): 15 of 20 Russian, 17 of 20 English and 17 of 20 Greek angry
    /// letters found; 12, 12 and 11 of 12 clean letters pass (the Greek one
    /// given a tone finding and warned by `bad-news-by-email`). Nobody has
    /// read its letters. English 95 % since the English model learns from
    /// `train5/` to `train8/` (2026-12-05 afternoon).
    /// Russian angry letters all found but one in twenty since the Russian
    /// wording model learns from `train15/` to `train20/` too (2026-12-06
    /// morning).
    /// Greek angry 95.0 % since a leaning wording adds up with one sign in
    /// any short text (2026-12-07 late morning).
    letters_written_blind_in_a_twenty_first_batch_hold_the_bars: "blind21",
    &[("el clean", 0.916)]
}

batch_holds_the_bars! {
    /// The figures of the twenty-second batch written blind (`blind22/`, 20
    /// angry and 12 clean letters per language), below the bar, which must not
    /// get worse. Written in the session of 2026-12-04, 22:45 UTC, by helpers
    /// that read nothing of presend, for the next session to measure its
    /// changes on; measured once, on that session's code of 23:08 UTC
    /// (e6bb28f): 13 of 20 Russian, 12 of 20 English and 17 of 20 Greek angry
    /// letters found; every clean letter passes. With the greeting of a letter
    /// typed as one long line found (2026-12-05, night): Greek 18 of 20.
    /// Nobody has read its letters. Greek 19 of 20 since the Greek wording
    /// model learns from `train5/` to `train10/` (2026-12-05 afternoon).
    /// Russian calm 11 of 12 since the Russian wording model learns from
    /// `train15/` to `train20/` too (2026-12-06 morning), 12 since it learns
    /// from the provider rounds (2026-12-06 late morning).
    /// Russian calm 91.7 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_twenty_second_batch_hold_the_bars: "blind22",
    &[
        ("ru problem", 0.65),
        ("ru clean", 0.916),
        ("en problem", 0.6)
    ]
}

batch_holds_the_bars! {
    /// The figures of the twenty-third batch written blind (`blind23/`, 20
    /// angry and 12 clean letters per language), below the bar, which must not
    /// get worse. Written in the session of 2026-12-04, 22:45 UTC, with
    /// `blind24/`, by helpers that read nothing of presend, to judge one change
    /// registered before they existed (two signs that add up in a letter of a
    /// client letter's length): on the code before it (807d172), 16 of 20
    /// Russian, 17 of 20 English and 16 of 20 Greek angry letters found, 11,
    /// 12 and 12 of 12 clean letters passing (the Russian one warned by
    /// `bad-news-by-email`); with it, 17, 18 and 16, clean the same. Kept. Nobody has read
    /// its letters. English 95 % since the English model learns from
    /// `train5/` to `train8/` (2026-12-05 afternoon).
    /// Russian calm letters all pass since a calm bad-news letter that
    /// offers a way forward is noted, not warned (2026-12-06 night).
    /// Russian angry 95.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_twenty_third_batch_hold_the_bars: "blind23",
    &[("el problem", 0.8)]
}

batch_holds_the_bars! {
    /// The figures of the twenty-fourth batch written blind (`blind24/`), below
    /// the bar, which must not get worse. Written with `blind23/` (see there):
    /// on the code before the change it judged (807d172), 19 of 20 Russian, 13
    /// of 20 English and 19 of 20 Greek angry letters found, every clean letter
    /// passing; with it, 19, 14 and 19. Nobody has read its letters.
    letters_written_blind_in_a_twenty_fourth_batch_hold_the_bars: "blind24",
    &[("en problem", 0.7)]
}

batch_holds_the_bars! {
    /// The figures of the twenty-fifth batch written blind (`blind25/`, 20
    /// angry and 12 clean letters per language), below the bar, which must not
    /// get worse. Written at the end of the session of 2026-12-04, 22:45 UTC,
    /// by helpers that read nothing of presend, for the next session to
    /// measure its changes on; measured once, on that session's final code
    /// (6c1d8f8): 16 of 20 Russian, 12 of 20 English and 18 of 20 Greek angry
    /// letters found; 12, 12 and 10 of 12 clean letters pass (two Greek ones
    /// warned by `repeated-word`). Read since 2026-12-05 (measured on six
    /// variants over two sessions): the two Greek clean letters pass since
    /// `repeated-word` lets a word pass that opens a new line with a capital
    /// (a signature's firm named after the signer). Russian 19 since
    /// "ты что творишь", "мне уже пофиг, какие у вас…" and "ищу нормальных"
    /// are signs (2026-12-06).
    letters_written_blind_in_a_twenty_fifth_batch_hold_the_bars: "blind25",
    &[
        ("en problem", 0.6),
    ]
}

batch_holds_the_bars! {
    /// The figures of the twenty-sixth batch written blind (`blind26/`, 20
    /// angry and 12 clean letters per language), below the bar, which must not
    /// get worse. Written at the start of the session of 2026-12-05, 01:48
    /// UTC, by helpers that read nothing of presend, to judge that session's
    /// first try of a change with `blind25/` and `blind27/` (not kept: see
    /// `docs/rules-of-acceptance.md`); measured first on 71cc280: 17
    /// of 20 Russian, 15 of 20 English and 17 of 20 Greek angry letters found;
    /// 12, 11 and 11 of 12 clean letters pass; the Greek ones all since
    /// `repeated-word` lets a word pass that opens a new line with a capital
    /// (the same day). Nobody has read its letters.
    /// Greek angry 100.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_twenty_sixth_batch_hold_the_bars: "blind26",
    &[
        ("ru problem", 0.85),
        ("en problem", 0.75),
        ("en clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The figures of the twenty-seventh batch written blind (`blind27/`),
    /// below the bar, which must not get worse. Written with `blind26/` (see
    /// there); measured first on 71cc280: 17 of 20 Russian, 12 of 20 English
    /// and 16 of 20 Greek angry letters found; every clean letter passes;
    /// 19 Russian and 17 Greek with the ways of anger drawn from
    /// `train18/` (2026-12-06 morning). Nobody has read its letters.
    letters_written_blind_in_a_twenty_seventh_batch_hold_the_bars: "blind27",
    &[("en problem", 0.6), ("el problem", 0.85),]
}

batch_holds_the_bars! {
    /// The figures of the twenty-eighth batch written blind (`blind28/`, 20
    /// angry and 12 clean letters per language), below the bar, which must not
    /// get worse. Written in the session of 2026-12-05 (from 01:48 UTC) by
    /// helpers that read nothing of presend, to judge the second try of that
    /// session's change with `blind29/`; measured first on e905a24 (no
    /// judgement change since 71cc280): 14 of 20 Russian, 12 of 20 English
    /// and 15 of 20 Greek angry letters found; every clean letter passes.
    /// Nobody has read its letters.
    letters_written_blind_in_a_twenty_eighth_batch_hold_the_bars: "blind28",
    &[
        ("ru problem", 0.7),
        ("en problem", 0.6),
        ("el problem", 0.75),
    ]
}

batch_holds_the_bars! {
    /// The figures of the twenty-ninth batch written blind (`blind29/`), below
    /// the bar, which must not get worse. Written with `blind28/` (see there);
    /// measured first on the same code: 13 of 20 Russian, 12 of 20 English and
    /// 17 of 20 Greek angry letters found; 12, 10 and 12 of 12 clean letters
    /// pass. Nobody has read its letters. Russian 14 of 20 since "already",
    /// "by now" and "at last" are passed over inside phrases (2026-12-05);
    /// 15 since a round of common Russian ways of anger (2026-12-06).
    /// Greek angry 95.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_twenty_ninth_batch_hold_the_bars: "blind29",
    &[
        ("ru problem", 0.75),
        ("en problem", 0.6),
        ("en clean", 0.833)
    ]
}

batch_holds_the_bars! {
    /// The figures of the thirtieth batch written blind (`blind30/`, 20 angry
    /// and 12 clean letters per language), below the bar, which must not get
    /// worse. Written at the end of the session of 2026-12-05 (01:48 UTC) by
    /// helpers that read nothing of presend, for the next session to judge its
    /// changes on; measured on that session's code of 179ce0f and on its
    /// final code (the same figures): 17
    /// of 20 Russian, 15 of 20 English and 16 of 20 Greek angry letters found;
    /// every clean letter passes. Nobody has read its letters.
    letters_written_blind_in_a_thirtieth_batch_hold_the_bars: "blind30",
    &[
        ("ru problem", 0.85),
        ("en problem", 0.75),
        ("el problem", 0.8),
    ]
}

batch_holds_the_bars! {
    /// The figures of the thirty-first batch written blind (`blind31/`), below
    /// the bar, which must not get worse. Written with `blind30/` (see there);
    /// measured once on the same code: 17 of 20 Russian, 16 of 20 English and
    /// 16 of 20 Greek angry letters found; every clean letter passes. Nobody
    /// has read its letters.
    /// English 19 of 20 since the signs read in `train28/` and `train29/`
    /// (2026-12-07 late morning).
    letters_written_blind_in_a_thirty_first_batch_hold_the_bars: "blind31",
    &[("ru problem", 0.85), ("el problem", 0.8)]
}

batch_holds_the_bars! {
    /// The figures of the thirty-second batch written blind (`blind32/`),
    /// below the bar, which must not get worse. Written at the start of the
    /// session of 2026-12-05 (04:16 UTC) by helpers that read nothing of
    /// presend; measured on the code of that session's start and on its final
    /// code only (the same figures): 15 of 20 Russian, 15 of 20 English and 18
    /// of 20 Greek angry letters found; one Russian clean letter warned
    /// (`over-apology`). Nobody has read its letters. Russian 17 of 20 since
    /// a round of common Russian ways of anger (2026-12-06; 16 before it).
    /// Russian calm letters all pass since a past "не случилось" is no promise of over-apology
    /// (2026-12-07 night).
    /// Greek angry 100.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_thirty_second_batch_hold_the_bars: "blind32",
    &[("ru problem", 0.85), ("en problem", 0.75)]
}

batch_holds_the_bars! {
    /// The figures of the thirty-third batch written blind (`blind33/`), below
    /// the bar, which must not get worse. Written with `blind32/` (see there)
    /// for the next session to judge its changes on; measured on the session's
    /// starting and final code only (the same figures): 17 of 20 Russian, 14
    /// of 20 English and 14 of 20 Greek angry letters found; one Russian clean
    /// letter warned (`emotional-tone`) and one Greek (`repeated-word`);
    /// the Greek one passes since "ή η" and words told apart by their
    /// accents are no repeated word (2026-12-05, second afternoon). Nobody
    /// has read its letters. Russian 19 of 20 (the bar met) since a door
    /// closed on the reader is a demand (2026-12-07, night).
    letters_written_blind_in_a_thirty_third_batch_hold_the_bars: "blind33",
    &[
        ("ru clean", 0.916),
        ("en problem", 0.7),
        ("el problem", 0.7),
    ]
}

batch_holds_the_bars! {
    /// The figures of the thirty-fourth batch written blind (`blind34/`), below
    /// the bar, which must not get worse. Written at the start of the session of
    /// 2026-12-05 morning (06:48 UTC, other trades again) by three helpers that
    /// read nothing of presend; measured on the session's starting code (d722156)
    /// and on its final code only (the same figures): 16 of 20 Russian, 13 of
    /// 20 English and 16 of 20 Greek angry letters found; every clean letter
    /// passes. Nobody has read its letters.
    letters_written_blind_in_a_thirty_fourth_batch_hold_the_bars: "blind34",
    &[
        ("ru problem", 0.8),
        ("en problem", 0.65),
        ("el problem", 0.8),
    ]
}

batch_holds_the_bars! {
    /// The figures of the fifth round of letters written for study (`train5/`),
    /// below the bar, which must not get worse. Written at the start of the
    /// session of 2026-12-05 morning with `blind34/` by three other helpers that
    /// read nothing of presend, and read: the session studies the angry letters
    /// the signs miss. Before any change (d722156): 15 of 20 Russian, 18 of 20
    /// English and 17 of 20 Greek angry letters found; every clean letter passes.
    /// After the families found in it (2026-12-05 morning): 16, 18 and 20;
    /// after those of the session of midday (from `train6/`, then from its
    /// own letters still missed): 19, 20 and 20, every figure at the bar.
    letters_of_a_fifth_round_read_for_study_hold_the_bars: "train5",
    &[]
}

batch_holds_the_bars! {
    /// The figures of the thirty-fifth batch written blind (`blind35/`), below
    /// the bar, which must not get worse. Written in the session of 2026-12-05
    /// morning (07:38 UTC, other trades again) by three helpers that read
    /// nothing of presend, for the next session to judge its changes on;
    /// measured on that session's final code only: 14 of 20 Russian, 14 of 20
    /// English and 15 of 20 Greek angry letters found; every clean letter
    /// passes. Nobody has read its letters.
    letters_written_blind_in_a_thirty_fifth_batch_hold_the_bars: "blind35",
    &[
        ("ru problem", 0.7),
        ("en problem", 0.7),
        ("el problem", 0.75),
    ]
}

batch_holds_the_bars! {
    /// The sixth round written for study (`train6/`, 2026-12-05 midday, by
    /// three helpers that read nothing of presend, at the same time as
    /// `blind36/`), read: 17, 14 and 14 of 20 angry letters found in ru,
    /// en, el before the families drawn from it, 17, 19 and 17 after;
    /// 18, 20 and 17 after a second round (2026-12-05 afternoon); every
    /// clean letter passes.
    /// Russian angry letters all found but one in twenty since the Russian
    /// wording model learns from `train15/` to `train20/` too (2026-12-06
    /// morning).
    /// Greek angry 95.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_of_a_sixth_round_read_for_study_hold_the_bars: "train6",
    &[]
}

batch_holds_the_bars! {
    /// The thirty-sixth batch (`blind36/`, 2026-12-05 midday, written the
    /// same way with other trades), kept unread: 15, 15 and 16 of 20 angry
    /// letters found in ru, en, el on the session's starting code and on
    /// its final code; every clean letter passes. Greek 19 of 20 since
    /// thanks for something in scare quotes are sarcasm (2026-12-07
    /// evening).
    letters_written_blind_in_a_thirty_sixth_batch_hold_the_bars: "blind36",
    &[("ru problem", 0.75), ("en problem", 0.75)]
}

batch_holds_the_bars! {
    /// The seventh round written for study (`train7/`, 2026-12-05 midday,
    /// by three more helpers that read nothing of presend), read: 17, 14 and
    /// 15 of 20 angry letters found in ru, en, el before the families drawn
    /// from it, 18, 14 and 16 after them, 18, 19 and 16 after a second round
    /// for its English letters that carried one sign, and 20, 19 and 20
    /// after a third (2026-12-05 afternoon); every clean letter passes.
    letters_of_a_seventh_round_read_for_study_hold_the_bars: "train7",
    &[]
}

batch_holds_the_bars! {
    /// The thirty-seventh batch (`blind37/`, 2026-12-05 midday, written the
    /// same way with other trades) is kept fresh for the next session:
    /// measured on this session's final code only, 19, 16 and 19 of 20
    /// angry letters found in ru, en, el; every clean letter passes. English
    /// 19 since "u" and "ur" are read as "you" and "your" (2026-12-05
    /// night).
    letters_written_blind_in_a_thirty_seventh_batch_hold_the_bars: "blind37",
    &[]
}

batch_holds_the_bars! {
    /// The eighth round written for study (`train8/`, 2026-12-05
    /// afternoon, by three helpers that read nothing of presend), read: 16,
    /// 15 and 17 of 20 angry letters found in ru, en, el before the
    /// families drawn from it, 18, 18 and 18 after the first round of
    /// them, 20 of 20 in each after the second. Four Russian calm letters
    /// and one English one
    /// deliver bad news by email and are warned (`bad-news-by-email`, as its
    /// advice says); one English calm letter is given a tone finding.
    letters_of_an_eighth_round_read_for_study_hold_the_bars: "train8",
    &[
        ("ru clean", 0.66),
        ("en clean", 0.83)
    ]
}

batch_holds_the_bars! {
    /// The thirty-eighth batch (`blind38/`, 2026-12-05 afternoon, written
    /// the same way with other trades), measured on this session's
    /// starting code (b881814) and final code only: 17, 14 and 16 of 20
    /// angry letters found in ru, en, el at the start; one Russian clean
    /// letter warned (`bad-news-by-email`), and three Greek ones (two given
    /// a tone finding, one warned by `bad-news-by-email`). Russian 16 of 20
    /// since the Russian wording model learns from `train5/` to `train10/`
    /// (2026-12-05 afternoon: six more unread Russian letters found in all,
    /// one fewer here); Greek 17 of 20 with the families of `train12/`.
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// Greek angry 95.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_thirty_eighth_batch_hold_the_bars: "blind38",
    &[
        ("ru problem", 0.8),
        ("en problem", 0.7),
        ("el clean", 0.75)
    ]
}

batch_holds_the_bars! {
    /// The thirty-ninth batch (`blind39/`, 2026-12-05 afternoon, written the
    /// same way with other trades), written to judge the English wording
    /// model retrained on the rounds read for study after that model was
    /// chosen: measured on 9a23714 and on that change only. 19, 13 and 18
    /// of 20 angry letters found in ru, en, el before it, 19, 15 and 18
    /// with it; one Russian clean letter warned (`bad-news-by-email`) and
    /// one given a tone finding, both times. Russian 20 and Greek 19 since
    /// their wording models learn from `train5/` to `train10/` (2026-12-05
    /// afternoon).
    /// Greek 18 of 20 since the Greek wording model learns also from
    /// `train24/` to `train27/` (2026-12-07 late morning).
    /// Greek angry 95.0 % since a note signed with a name is read as a
    /// letter (2026-12-07 late morning).
    letters_written_blind_in_a_thirty_ninth_batch_hold_the_bars: "blind39",
    &[("ru clean", 0.83), ("en problem", 0.75)]
}

batch_holds_the_bars! {
    /// The ninth round written for study (`train9/`, 2026-12-05 afternoon,
    /// by three helpers that read nothing of presend, other trades), read:
    /// 15, 18 and 14 of 20 angry letters found in ru, en, el on the code of
    /// 544de9d, before anything learned from it; two Russian calm letters
    /// warned by `bad-news-by-email`, one Greek given a tone finding; 17, 18
    /// and 16 once the Russian and Greek wording models learn from it, the
    /// Greek calm letter passing; Greek 19 since a refusal to pay said as an
    /// intention and reasons dismissed are signs (2026-12-06).
    /// Russian angry letters all found but one in twenty since the Russian
    /// wording model learns from `train15/` to `train20/` too (2026-12-06
    /// morning).
    /// Russian calm letters all pass since a calm bad-news letter that
    /// offers a way forward is noted, not warned (2026-12-06 night).
    letters_of_a_ninth_round_read_for_study_hold_the_bars: "train9",
    &[]
}

batch_holds_the_bars! {
    /// The tenth round written for study (`train10/`, 2026-12-05 afternoon,
    /// by three more helpers, other trades again), read: 13, 17 and 18 of
    /// 20 angry letters found in ru, en, el on the code of 544de9d, before
    /// anything learned from it; two Russian calm letters and one Greek
    /// warned by `bad-news-by-email`; 15, 17 and 20 once the Russian and
    /// Greek wording models learn from it.
    /// Greek calm letters all pass since a considered bad-news letter is noted,
    /// not warned (2026-12-06). Russian angry 19 of 20 since thanks for
    /// something in scare quotes are sarcasm (2026-12-07 evening).
    letters_of_a_tenth_round_read_for_study_hold_the_bars: "train10",
    &[
        ("ru clean", 0.83),
        ("en problem", 0.85),
    ]
}

batch_holds_the_bars! {
    /// The eleventh round written for study (`train11/`, 2026-12-05
    /// afternoon, by three helpers that read nothing of presend, other
    /// trades), read: 14, 14 and 15 of 20 angry letters found in ru, en, el
    /// on the code of 6c0ee74, before anything learned from it; one calm
    /// letter in each language warned or given a tone finding; Russian 19 of
    /// 20 with the families drawn from it; the Greek calm letter passes since
    /// a conservatory's mailbox is an organisation's.
    /// English calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    letters_of_an_eleventh_round_read_for_study_hold_the_bars: "train11",
    &[
        ("ru clean", 0.91),
        ("en problem", 0.7),
        ("el problem", 0.75)
    ]
}

batch_holds_the_bars! {
    /// The twelfth round written for study (`train12/`, 2026-12-05
    /// afternoon, by three more helpers, other trades again), read: 12, 19
    /// and 17 of 20 angry letters found in ru, en, el on the code of
    /// 6c0ee74, before anything learned from it; two Russian calm letters
    /// and one Greek warned or given a tone finding; the Greek one passes
    /// since a florist's mailbox is an organisation's; Russian 17 of 20 with
    /// the families drawn from it.
    /// Greek angry letters all found since a wording leaning angry adds up
    /// with one sign (2026-12-06).
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// Russian 19 of 20 with the signs read in `train26/` (2026-12-07
    /// morning: "that's what you should have ordered" and the like).
    letters_of_a_twelfth_round_read_for_study_hold_the_bars: "train12",
    &[]
}

batch_holds_the_bars! {
    /// The fortieth batch (`blind40/`, 2026-12-05 afternoon, written the same
    /// way with other trades) is kept fresh for the next session: measured
    /// on this session's final code only: 14, 16 and 18 of 20 angry letters
    /// found in ru, en, el; one Russian clean letter warned
    /// (`bad-news-by-email`), three Greek ones (one given a tone finding,
    /// two warned by `name-mismatch`). Measured once more after the last
    /// change of that session (organisations' mailboxes named without
    /// quotes): one of the Greek ones passes.
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06). One English calm letter is flagged
    /// by `forgotten-attachment` since the rule reads more ways of
    /// announcing a file (the night of 2026-12-06; not read).
    /// Greek angry 95.0 % since a note signed with a name is read as a
    /// letter (2026-12-07 late morning).
    letters_written_blind_in_a_fortieth_batch_hold_the_bars: "blind40",
    &[
        ("ru problem", 0.7),
        ("en problem", 0.8),
        ("en clean", 0.916),
        ("el clean", 0.83)
    ]
}

batch_holds_the_bars! {
    /// The thirteenth round written for study (`train13/`, 2026-12-05, by
    /// three helpers, from the provider's side: a business writing to its
    /// own client, some replies above the client's quoted message), read:
    /// 18, 16 and 16 of 20 angry letters found in ru, en, el on the code of
    /// 3dd2ba5, but only 10, 10 and 8 of 12 calm letters passing; 11, 11 and
    /// 10 with the session's first round of false alarms (refusals that
    /// offer another way, "a separate piece of work", a concession that the
    /// reader is right), 12, 11 and 11 once a reply's subject counts only
    /// beside a sign of the writer's own text. Angry: 19, 20 and 18 with the
    /// put-downs of the provider's side drawn from it; Greek 19 once a
    /// reproach shouted whole adds up in a letter.
    letters_of_a_thirteenth_round_read_for_study_hold_the_bars: "train13",
    &[
        ("el clean", 0.91)
    ]
}

batch_holds_the_bars! {
    /// The fourteenth round written for study (`train14/`, 2026-12-05, by
    /// three helpers from the provider's side, mostly calm letters: 12
    /// angry and 24 calm per language), read: on the code of 4809db3, 11,
    /// 10 and 9 of 12 angry letters found in ru, en, el, and 20, 22 and 19
    /// of 24 calm letters passing; 24, 23 and 22 with the false alarms it
    /// showed mended (thanks for the reader's attachment, "что что-то" and
    /// "ή η", initials in a display name, a refusal beside another offer,
    /// a rule for late cancellations, a comparison with what was said);
    /// angry 11, 11 and 11 with the families drawn from it; Russian 12
    /// since a debt handed to collectors is a rebuke (2026-12-07 midday).
    letters_of_a_fourteenth_round_read_for_study_hold_the_bars: "train14",
    &[
        ("en problem", 0.916),
        ("el problem", 0.916),
        ("el clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The fifteenth round written for the wording model (`train15/`,
    /// 2026-12-05 late night, by three helpers from the brief of
    /// `blind40/`), read; the models do not learn from it (see
    /// `examples/wording.rs`). Measured first on the code of a339c47: 18,
    /// 14 and 19 of 20 angry letters found in ru, en, el; 11, 11 and 8 of
    /// 12 calm letters passing; English 18 with the families drawn from
    /// its missed letters and `train16/`'s; Greek calm 9 with "ξέρω πόσο
    /// δύσκολο είναι" read as sympathy; Russian 19 with the Russian and
    /// Greek wording models retrained on the reading of 2026-12-06; English
    /// 19 since "for once" asked of the reader counts (2026-12-06).
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// English calm letters all pass since three apologies spread through a
    /// letter that explains are not too many (2026-12-06).
    letters_of_a_fifteenth_round_written_for_the_model_hold_the_bars: "train15",
    &[
        ("el clean", 0.75)
    ]
}

batch_holds_the_bars! {
    /// The sixteenth round (`train16/`), written with `train15/` the same
    /// way, read; the models do not learn from it. On the code of a339c47:
    /// 15, 17 and 16 of 20 angry letters found in ru, en, el; 11, 12 and 12
    /// of 12 calm letters passing; English 19 with the families drawn
    /// from it; Russian 16 with a round of common Russian ways of anger
    /// drawn from it and others (2026-12-06); Greek 19 since the Greek
    /// model learns from it (2026-12-06 morning).
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06). Russian angry 95.0 % (meets the
    /// bar) since mock care for the reader's effort ("чтобы никто не
    /// перетрудился") is sarcasm (2026-12-07 late night).
    letters_of_a_sixteenth_round_written_for_the_model_hold_the_bars: "train16",
    &[]
}

batch_holds_the_bars! {
    /// The seventeenth round (`train17/`, 2026-12-06 early morning, by
    /// three helpers from the brief of `blind45/` with trades no batch had
    /// used), written to be read for what the lists miss; the models do
    /// not learn from it. Measured first on the code of 2df44ed: 18, 18
    /// and 18 of 20 angry letters found in ru, en, el; 11, 10 and 12 of 12
    /// calm letters passing; Russian and Greek 20 with the ways of anger
    /// drawn from it (2026-12-06).
    /// Russian calm letters all pass since three apologies spread through a
    /// letter that explains are not too many (2026-12-06).
    /// English angry 95.0 % since a note signed with a name is read as a
    /// letter (2026-12-07 late morning).
    letters_of_a_seventeenth_round_hold_the_bars: "train17",
    &[("en clean", 0.833)]
}

batch_holds_the_bars! {
    /// The eighteenth round (`train18/`, 2026-12-06 morning, by three
    /// helpers from the brief of `train17/` with trades no batch had used),
    /// written to be read for what the lists miss; the models do not learn
    /// from it. Measured first on the code of 2368722: 15, 18 and 19 of 20
    /// angry letters found in ru, en, el; 11, 11 and 10 of 12 calm letters
    /// passing; 19, 19 and 20 of 20 angry letters with the ways of anger
    /// drawn from it, Greek calm 11 once a display name opening with an
    /// article is a shop's (2026-12-06 morning).
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// English calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// Greek calm letters all pass since "we can" with any verb is a
    /// Greek way forward, and "что можно сделать" a Russian one (2026-12-06 night).
    letters_of_an_eighteenth_round_hold_the_bars: "train18",
    &[]
}

batch_holds_the_bars! {
    /// The nineteenth round (`train19/`, 2026-12-06 morning, written the
    /// same way as `train18/` with 27 more trades no batch had used), to be
    /// read for what the lists miss; the models do not learn from it.
    /// Measured first on the code of 0fd8f9a: 16, 18 and 16 of 20 angry
    /// letters found in ru, en, el; 9, 10 and 11 of 12 calm letters
    /// passing; 18, 19 and 19 with the ways of anger drawn from it
    /// (2026-12-06 morning).
    /// Russian angry letters all found but one in twenty since the Russian
    /// wording model learns from `train15/` to `train20/` too (2026-12-06
    /// morning).
    letters_of_a_nineteenth_round_hold_the_bars: "train19",
    &[
        ("ru clean", 0.75),
        ("en clean", 0.833),
        ("el clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The twentieth round (`train20/`, 2026-12-06 morning, written the same
    /// way as `train18/` with 27 more trades no batch had used), to be read
    /// for what the lists miss; the models do not learn from it. Measured
    /// first on the code of 1876b7e: 16, 16 and 16 of 20 angry letters found
    /// in ru, en, el; 9, 11 and 12 of 12 calm letters passing; 17, 17 and
    /// 18 with the ways of anger drawn from it (2026-12-06 morning).
    /// Russian angry letters all found but one in twenty since the Russian
    /// wording model learns from `train15/` to `train20/` too (2026-12-06
    /// morning).
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// Greek angry 95.0 % since a leaning wording adds up with one sign in
    /// any short text (2026-12-07 late morning).
    letters_of_a_twentieth_round_hold_the_bars: "train20",
    &[("en problem", 0.85), ("en clean", 0.916)]
}

batch_holds_the_bars! {
    /// The forty-first batch (`blind41/`, 2026-12-05, written the same way
    /// as `train13/` with other trades), kept unread: 17, 19 and 17 of 20
    /// angry letters found in ru, en, el on the code of 3dd2ba5; 8, 8 and 11
    /// of 12 calm letters passing, 8, 9 and 11 after the session's first
    /// round of false alarms, 8, 10 and 11 once a reply's subject counts
    /// only beside a sign of the writer's own text, 8, 11 and 12 with the
    /// false alarms of `train14/` mended.
    /// English calm letters all pass since "glad to" with any verb is a
    /// way forward (2026-12-06 night).
    /// Russian angry 95.0 % since a note signed with a name is read as a
    /// letter (2026-12-07 late morning).
    letters_written_blind_in_a_forty_first_batch_hold_the_bars: "blind41",
    &[("ru clean", 0.66), ("el problem", 0.85)]
}

batch_holds_the_bars! {
    /// The forty-second batch (`blind42/`, 2026-12-05 evening, written the
    /// same way as `blind40/` with other trades, by three helpers that read
    /// nothing of presend), kept unread: measured once on the session's
    /// starting code (188df72) and once on its final code (f42accc), the
    /// same both times: 16, 18 and 17 of 20 angry letters found in ru, en,
    /// el; 10, 12 and 11 of 12 calm letters passing.
    /// Russian angry letters all found but one in twenty since the Russian
    /// wording model learns from `train15/` to `train20/` too (2026-12-06
    /// morning).
    /// Greek calm letters all pass since a considered bad-news letter is noted,
    /// not warned (2026-12-06).
    letters_written_blind_in_a_forty_second_batch_hold_the_bars: "blind42",
    &[
        ("ru clean", 0.833),
        ("en problem", 0.9),
        ("el problem", 0.85),
    ]
}

batch_holds_the_bars! {
    /// The forty-third batch (`blind43/`, 2026-12-05 late night, written
    /// the same way as `blind40/` with trades not used before, by three
    /// helpers that read nothing of presend) to judge one change on
    /// letters nobody had seen, kept unread: measured on the code without
    /// that change (df69de0) and with it, the same both times: 16, 19 and
    /// 18 of 20 angry letters found in ru, en, el; 10, 10 and 11 of 12
    /// calm letters passing.
    /// Greek calm letters all pass since "we can" with any verb is a
    /// Greek way forward, and "что можно сделать" a Russian one (2026-12-06 night).
    /// Russian calm letters 11 of 12 since a past "не случилось" is no promise of over-apology
    /// (2026-12-07 night). Greek angry 19 of 20 (meets the bar) since
    /// "and then you wonder why", "what it costs us" and "I have a life
    /// too" are signs (2026-12-07 late night).
    letters_written_blind_in_a_forty_third_batch_hold_the_bars: "blind43",
    &[
        ("ru problem", 0.8),
        ("ru clean", 0.916),
        ("en clean", 0.833)
    ]
}

batch_holds_the_bars! {
    /// The forty-fourth batch (`blind44/`, written with `blind43/`, the
    /// same way, by three more helpers), kept unread: measured as
    /// `blind43/` was, the same both times: 15, 17 and 17 of 20 angry
    /// letters found in ru, en, el; 11, 12 and 9 of 12 calm letters
    /// passing; Greek 10 once "ξέρω πόσο δύσκολο είναι" was read as
    /// sympathy (found in `train15/`); Russian 16 with the Russian and
    /// Greek wording models retrained on the reading of 2026-12-06.
    /// Russian calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    letters_written_blind_in_a_forty_fourth_batch_hold_the_bars: "blind44",
    &[
        ("ru problem", 0.8),
        ("en problem", 0.85),
        ("el problem", 0.85),
        ("el clean", 0.833)
    ]
}

batch_holds_the_bars! {
    /// The forty-fifth batch (`blind45/`, 2026-12-06 night, written the
    /// same way as `blind43/` with trades not used before, by three helpers
    /// that read nothing of presend, each letter given a writer of its
    /// own), kept unread: measured first on the code of 26c111c, before
    /// any change: 15, 17 and 18 of 20 angry letters found in ru, en, el;
    /// 11, 11 and 10 of 12 calm letters passing. Greek 17 since the Greek
    /// wording model learns from `train15/` to `train19/` too (2026-12-06
    /// morning: two unread Greek letters fewer, this one among them, and two
    /// more, one calm letter more passing).
    /// Russian and English calm letters all pass since a considered bad-news
    /// letter is noted, not warned (2026-12-06).
    /// Greek angry 95.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_forty_fifth_batch_hold_the_bars: "blind45",
    &[
        ("ru problem", 0.75),
        ("en problem", 0.85),
        ("el clean", 0.833)
    ]
}

batch_holds_the_bars! {
    /// The forty-sixth batch (`blind46/`, written with `blind45/`, the
    /// same way, by three more helpers), kept unread: measured as
    /// `blind45/` was: 18, 20 and 17 of 20 angry letters found in ru, en,
    /// el; 8, 12 and 11 of 12 calm letters passing.
    /// Russian angry letters all found but one in twenty since the Russian
    /// wording model learns from `train15/` to `train20/` too (2026-12-06
    /// morning).
    /// Greek calm letters all pass since a considered bad-news letter is noted,
    /// not warned (2026-12-06).
    /// Greek calm 10 of 12 since the Greek wording model learns also from
    /// `train24/` to `train27/` (2026-12-07 late morning).
    /// English calm 91.7 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_forty_sixth_batch_hold_the_bars: "blind46",
    &[
        ("ru clean", 0.666),
        ("en clean", 0.916),
        ("el problem", 0.85),
        ("el clean", 0.833)
    ]
}

batch_holds_the_bars! {
    /// The forty-seventh batch (`blind47/`, 2026-12-06 early morning,
    /// written the same way as `blind45/` with trades not used before, by
    /// three more helpers), kept unread: measured first on the code of
    /// 2df44ed (the session's start): 18, 17 and 18 of 20 angry letters
    /// found in ru, en, el; 9, 11 and 8 of 12 calm letters passing; then
    /// once on 04d3187 (the session's lists and the leaning wording): 18,
    /// 18 and 18; calm the same.
    /// Russian angry letters all found but one in twenty since the Russian
    /// wording model learns from `train15/` to `train20/` too (2026-12-06
    /// morning).
    /// Russian calm letters all pass since a past "не случилось" is no promise of over-apology
    /// (2026-12-07 night).
    /// Greek 19 of 20 since the Greek wording model learns also from
    /// `train24/` to `train27/` (2026-12-07 late morning).
    /// English calm 83.3 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_written_blind_in_a_forty_seventh_batch_hold_the_bars: "blind47",
    &[
        ("en problem", 0.9),
        ("en clean", 0.832),
        ("el clean", 0.666)
    ]
}

batch_holds_the_bars! {
    /// The forty-eighth batch (`blind48/`, 2026-12-06 early morning,
    /// written the same way as `blind47/` with 27 more trades not used
    /// before), kept unread: measured once on the code of 2df44ed (the
    /// session's start) and once on bc44399 (its end): 17, 20 and 17 of 20
    /// angry letters found in ru, en, el, then 17, 20 and 18; 10, 10 and
    /// 11 of 12 calm letters passing both times.
    /// Greek calm letters all pass since three apologies spread through a
    /// letter that explains are not too many (2026-12-06).
    letters_written_blind_in_a_forty_eighth_batch_hold_the_bars: "blind48",
    &[
        ("ru problem", 0.85),
        ("ru clean", 0.833),
        ("en clean", 0.833),
        ("el problem", 0.9),
    ]
}

batch_holds_the_bars! {
    /// The forty-ninth batch (`blind49/`, 2026-12-06 morning, written the
    /// same way as `train18/` with 27 other trades not used before), kept
    /// unread: measured on the code of 2368722 (the session's start): 16,
    /// 20 and 16 of 20 angry letters found in ru, en, el; 8, 9 and 10 of 12
    /// calm letters passing; Greek 17 since the Greek wording model learns
    /// from `train15/` to `train19/` too, Russian 18 since the Russian one
    /// learns from `train15/` to `train20/` (2026-12-06 morning); Russian 17
    /// since it learns from the provider rounds too (2026-12-06 late
    /// morning: one more found elsewhere in the unread batches together).
    /// Greek 16 of 20 since the Greek wording model learns also from
    /// `train24/` to `train27/` (2026-12-07 late morning).
    letters_written_blind_in_a_forty_ninth_batch_hold_the_bars: "blind49",
    &[
        ("ru problem", 0.85),
        ("ru clean", 0.666),
        ("en clean", 0.75),
        ("el problem", 0.8),
        ("el clean", 0.833)
    ]
}

batch_holds_the_bars! {
    /// The twenty-first round (`train21/`, 2026-12-06 late morning): a
    /// provider answering its own client with irritation under a
    /// professional surface (blame laid on the client, condescension,
    /// exasperation, remarks on the client's tone or manners, curt
    /// refusals; the calm ones firm but courteous), 21 trades no batch had
    /// used, to be read for what the lists miss; the models do not learn
    /// from it. Measured first on the code of ba85e32: 14, 11 and 12 of 20
    /// angry letters found in ru, en, el; 9, 12 and 11 of 12 calm letters
    /// passing; 15, 14 and 13 with the ways drawn from it; Russian 16 once
    /// an apology in passing may open with "уж", then 17 and calm 11 since
    /// the Russian wording model learns from it (2026-12-06 late morning).
    /// Greek calm letters all pass since "we can" with any verb is a
    /// Greek way forward, and "что можно сделать" a Russian one (2026-12-06 night).
    /// English 15 and Greek 14 with the signs read in its misses (2026-12-07
    /// night).
    letters_of_a_twenty_first_round_hold_the_bars: "train21",
    &[
        ("ru problem", 0.85),
        ("ru clean", 0.916),
        ("en problem", 0.75),
        ("el problem", 0.7)
    ]
}

batch_holds_the_bars! {
    /// The fiftieth batch (`blind50/`, 2026-12-06 late morning, written the
    /// same way as `train21/` with 21 other trades not used before), kept
    /// unread: measured on the code of ba85e32 (the session's start): 15,
    /// 10 and 12 of 20 angry letters found in ru, en, el; 10, 11 and 11 of
    /// 12 calm letters passing; the same with the ways drawn from the
    /// lead's own letters and from `train21/`; Russian 14 since the Russian
    /// wording model learns from the provider rounds (one fewer here, one
    /// more in the unread batches together).
    letters_written_blind_in_a_fiftieth_batch_hold_the_bars: "blind50",
    &[
        ("ru problem", 0.7),
        ("ru clean", 0.833),
        ("en problem", 0.5),
        ("en clean", 0.916),
        ("el problem", 0.6),
        ("el clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The fifty-first batch (`blind51/`, 2026-12-06 midday), written by
    /// three helpers that read nothing of presend, one per language, ten
    /// trades each no batch had used: half of the angry letters a provider
    /// irritated with its own client, half a customer angry with a
    /// business; four of the calm letters bad news told kindly by mail
    /// alone. Kept unread: measured on the code of a7d845e (the session's
    /// start): 19, 14 and 15 of 20 angry letters found in ru, en, el; 10,
    /// 10 and 10 of 12 calm letters passing (five warned by
    /// `bad-news-by-email`); on the session's final code 19, 14, 15 and
    /// 12, 10, 12 (a considered bad-news letter noted, not warned).
    letters_written_blind_in_a_fifty_first_batch_hold_the_bars: "blind51",
    &[
        ("en problem", 0.7),
        ("en clean", 0.833),
        ("el problem", 0.75)
    ]
}

batch_holds_the_bars! {
    /// The fifty-second batch (`blind52/`, 2026-12-06 afternoon), written as
    /// `blind51/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of cceafa0: 15,
    /// 14 and 17 of 20 angry letters found in ru, en, el (6, 6 and 8 of the
    /// ten a provider's); 12, 12 and 11 of 12 calm letters passing.
    /// Greek calm letters all pass since "we can" with any verb is a
    /// Greek way forward, and "что можно сделать" a Russian one (2026-12-06 night).
    letters_written_blind_in_a_fifty_second_batch_hold_the_bars: "blind52",
    &[
        ("ru problem", 0.75),
        ("en problem", 0.7),
        ("el problem", 0.85)
    ]
}

batch_holds_the_bars! {
    /// The fifty-third batch (`blind53/`, 2026-12-06 evening), written as
    /// `blind52/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of 6c93039 (the
    /// judgement of the afternoon session's end): 16, 17 and 15 of 20
    /// angry letters found in ru, en, el; 9, 10 and 11 of 12 calm letters
    /// passing.
    letters_written_blind_in_a_fifty_third_batch_hold_the_bars: "blind53",
    &[
        ("ru problem", 0.8),
        ("ru clean", 0.75),
        ("en problem", 0.85),
        ("en clean", 0.833),
        ("el problem", 0.75),
        ("el clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The fifty-fourth batch (`blind54/`, 2026-12-07 night), written as
    /// `blind53/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of 876ce19 (the
    /// judgement of the previous session's end): 17, 11 and 15 of 20 angry
    /// letters found in ru, en, el; 11, 11 and 12 of 12 calm letters
    /// passing. English 12 of 20 since the signs read in `train25/`
    /// (2026-12-07 early morning), 13 since those read in `train27/`
    /// (2026-12-07 morning).
    letters_written_blind_in_a_fifty_fourth_batch_hold_the_bars: "blind54",
    &[
        ("ru problem", 0.85),
        ("ru clean", 0.916),
        ("en problem", 0.65),
        ("en clean", 0.916),
        ("el problem", 0.75)
    ]
}

batch_holds_the_bars! {
    /// The fifty-fifth batch (`blind55/`, 2026-12-07 early morning), written
    /// as `blind54/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of 40e9c30 (the
    /// judgement of the previous session's end): 17, 14 and 17 of 20 angry
    /// letters found in ru, en, el; 11, 12 and 11 of 12 calm letters
    /// passing.
    letters_written_blind_in_a_fifty_fifth_batch_hold_the_bars: "blind55",
    &[
        ("ru problem", 0.85),
        ("ru clean", 0.916),
        ("en problem", 0.7),
        ("el problem", 0.85),
        ("el clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The fifty-sixth batch (`blind56/`, 2026-12-07 morning), written as
    /// `blind55/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of 20777e2 (the
    /// judgement of the previous session's end): 19, 15 and 14 of 20 angry
    /// letters found in ru, en, el; 11, 12 and 12 of 12 calm letters
    /// passing. Greek 15 since the signs read in `train27/` (the same
    /// morning).
    letters_written_blind_in_a_fifty_sixth_batch_hold_the_bars: "blind56",
    &[("ru clean", 0.916), ("en problem", 0.75), ("el problem", 0.75)]
}

batch_holds_the_bars! {
    /// The fifty-seventh batch (`blind57/`, 2026-12-07 morning), written as
    /// `blind56/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of d8424c6 (with
    /// the signs read in `train26/`): 16, 13 and 14 of 20 angry letters
    /// found in ru, en, el; 12, 12 and 11 of 12 calm letters passing.
    letters_written_blind_in_a_fifty_seventh_batch_hold_the_bars: "blind57",
    &[
        ("ru problem", 0.8),
        ("en problem", 0.65),
        ("el problem", 0.7),
        ("el clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The fifty-eighth batch (`blind58/`, 2026-12-07 midday), written as
    /// `blind57/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured once on the code of 8c7f831
    /// (the judgement of this session's end): 15, 14 and 17 of 20 angry
    /// letters found in ru, en, el; 11, 12 and 12 of 12 calm letters
    /// passing.
    letters_written_blind_in_a_fifty_eighth_batch_hold_the_bars: "blind58",
    &[
        ("ru problem", 0.75),
        ("en problem", 0.7),
        ("el problem", 0.85),
        ("ru clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The fifty-ninth batch (`blind59/`, 2026-12-07 night), written as
    /// `blind58/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of the session's
    /// start (dea5fdc) and with the door closed on the reader read as a
    /// demand (f2b1884), the same figures: 18, 19 and 17 of 20 angry
    /// letters found in ru, en, el; 11, 12 and 12 of 12 calm letters
    /// passing. Russian angry 19 of 20 (meets the bar) since Russian typed
    /// in Latin letters is read as Russian (2026-12-07 late night).
    letters_written_blind_in_a_fifty_ninth_batch_hold_the_bars: "blind59",
    &[("el problem", 0.85), ("ru clean", 0.916)]
}

batch_holds_the_bars! {
    /// The sixtieth batch (`blind60/`, 2026-12-07 late night), written as
    /// `blind59/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of the session's
    /// start (77a71ed): 20, 17 and 20 of 20 angry letters found in ru, en,
    /// el; 11, 12 and 12 of 12 calm letters passing.
    letters_written_blind_in_a_sixtieth_batch_hold_the_bars: "blind60",
    &[("en problem", 0.85), ("ru clean", 0.916)]
}

batch_holds_the_bars! {
    /// The sixty-first batch (`blind61/`, 2026-12-08 night), written as
    /// `blind60/` by three more helpers that read nothing of presend, ten
    /// more trades each. Kept unread: measured on the code of the session's
    /// start (06e401c): 18, 16 and 17 of 20 angry letters found in ru, en,
    /// el; 12, 12 and 12 of 12 calm letters passing.
    letters_written_blind_in_a_sixty_first_batch_hold_the_bars: "blind61",
    &[
        ("ru problem", 0.9),
        ("en problem", 0.8),
        ("el problem", 0.85)
    ]
}

batch_holds_the_bars! {
    /// The twenty-second round (`train22/`, 2026-12-06 late morning, written
    /// as `train21/` with 21 more trades no batch had used), read; the
    /// Russian wording model learns from it. Measured first on the code of
    /// e99a03f: 18, 9 and 10 of 20 angry letters found in ru, en, el; 10,
    /// 12 and 11 of 12 calm letters passing.
    /// Russian calm letters all pass since a calm bad-news letter that
    /// offers a way forward is noted, not warned (2026-12-06 night).
    /// Greek calm letters all pass since "we can" with any verb is a
    /// Greek way forward, and "что можно сделать" a Russian one (2026-12-06 night).
    /// English 10 and Greek 12 with the signs read in its misses
    /// (2026-12-07 night).
    /// Russian angry 95.0 % since a wording leaning angry adds up with one
    /// sign from further off (`wording::LEANING` 200, 2026-12-07 late
    /// morning).
    letters_of_a_twenty_second_round_hold_the_bars: "train22",
    &[("en problem", 0.5), ("el problem", 0.6)]
}

batch_holds_the_bars! {
    /// The twenty-third round (`train23/`, written with `train22/`, 21 other
    /// trades), read; the Russian wording model learns from it. Measured
    /// first on the code of e99a03f: 12, 10 and 13 of 20 angry letters found
    /// in ru, en, el; 9, 11 and 10 of 12 calm letters passing; Russian 13
    /// once the Russian model learns from it.
    /// English calm letters all pass since a considered bad-news letter is
    /// noted, not warned (2026-12-06).
    /// Russian calm letters all pass since "we can" with any verb is a
    /// Greek way forward, and "что можно сделать" a Russian one (2026-12-06 night).
    /// English 11 with the signs read in `train22/`'s misses, Russian 14
    /// and Greek 14 with those read in its own (2026-12-07 night).
    letters_of_a_twenty_third_round_hold_the_bars: "train23",
    &[
        ("ru problem", 0.7),
        ("en problem", 0.55),
        ("el problem", 0.7),
        ("el clean", 0.833)
    ]
}

batch_holds_the_bars! {
    /// The twenty-fourth round (`train24/`, 2026-12-07 night, written as
    /// the blind batches by three helpers that read nothing of presend,
    /// ten more trades each), read. Measured first on the code of 876ce19:
    /// 15, 16 and 18 of 20 angry letters found in ru, en, el; 9, 12 and 12
    /// of 12 calm letters passing; 17, 17 and 19, and 10, 12 and 12, with
    /// the signs read in it (2026-12-07 night).
    letters_of_a_twenty_fourth_round_hold_the_bars: "train24",
    &[
        ("ru problem", 0.85),
        ("ru clean", 0.833),
        ("en problem", 0.85)
    ]
}

batch_holds_the_bars! {
    /// The twenty-fifth round (`train25/`, 2026-12-07 early morning, written
    /// as `train24/` by three helpers that read nothing of presend, ten more
    /// trades each), read. Measured first on the code of 40e9c30: 20, 17
    /// and 16 of 20 angry letters found in ru, en, el; 12, 10 and 12 of 12
    /// calm letters passing. After the signs read in its misses (the same
    /// morning): 20, 18 and 19 of 20; 12, 11 and 12 of 12.
    letters_of_a_twenty_fifth_round_hold_the_bars: "train25",
    &[("en problem", 0.9), ("en clean", 0.916)]
}

batch_holds_the_bars! {
    /// The twenty-sixth round (`train26/`, 2026-12-07 morning, written as
    /// `train25/` by three helpers that read nothing of presend, ten more
    /// trades each), read. Measured first on the code of 20777e2: 16, 13
    /// and 19 of 20 angry letters found in ru, en, el; 12, 12 and 12 of 12
    /// calm letters passing. After the signs read in its misses (the same
    /// morning): 20, 18 and 19 of 20.
    letters_of_a_twenty_sixth_round_hold_the_bars: "train26",
    &[("en problem", 0.9)]
}

batch_holds_the_bars! {
    /// The twenty-seventh round (`train27/`, 2026-12-07 morning, written as
    /// `train26/` by three helpers that read nothing of presend, ten more
    /// trades each), read. Measured first on the code of d8424c6: 17, 14
    /// and 16 of 20 angry letters found in ru, en, el; 10, 10 and 10 of 12
    /// calm letters passing. After the signs read in its misses (the same
    /// morning): 19, 15 and 19 of 20. Greek calm 11 of 12 since a Greek
    /// weak pronoun twice after a noun is correct Greek (`repeated-word`).
    letters_of_a_twenty_seventh_round_hold_the_bars: "train27",
    &[
        ("ru clean", 0.833),
        ("en problem", 0.75),
        ("en clean", 0.833),
        ("el clean", 0.916)
    ]
}

batch_holds_the_bars! {
    /// The twenty-eighth round (`train28/`, 2026-12-07 late morning),
    /// written for the wording model by three helpers that read nothing of
    /// presend, ten trades each: 24 angry letters per language (most a
    /// provider irritated with its own client, a customer cold or furious,
    /// or hasty writing) and 16 calm ones on hard matters; read. Measured
    /// first on the code of 9edff2a: 21, 21 and 22 of 24 angry letters
    /// found in ru, en, el; 15, 15 and 15 of 16 calm letters passing.
    /// Greek 23 of 24 since the Greek wording model learns also from
    /// `train24/` to `train27/` (2026-12-07 late morning).
    /// English 23 of 24 since the signs read in `train28/` and `train29/`
    /// (2026-12-07 late morning).
    letters_of_a_twenty_eighth_round_hold_the_bars: "train28",
    &[
        ("ru problem", 0.875),
        ("ru clean", 0.937),
        ("en clean", 0.937),
        ("el clean", 0.937)
    ]
}

batch_holds_the_bars! {
    /// The twenty-ninth round (`train29/`, 2026-12-07 late morning), written
    /// as `train28/` by three more helpers with ten more trades each; read.
    /// Measured first on the code of 9edff2a: 22, 18 and 21 of 24 angry
    /// letters found in ru, en, el; 15, 16 and 16 of 16 calm letters
    /// passing.
    /// English 22 of 24 since the signs read in `train28/` and `train29/`
    /// (2026-12-07 late morning).
    /// Russian calm 87.5 %, English angry 95.8 % since a wording leaning
    /// angry adds up with one sign from further off (`wording::LEANING`
    /// 200, 2026-12-07 late morning).
    letters_of_a_twenty_ninth_round_hold_the_bars: "train29",
    &[
        ("ru problem", 0.916),
        ("ru clean", 0.874),
        ("el problem", 0.875)
    ]
}

batch_holds_the_bars! {
    /// The thirtieth round (`train30/`, 2026-12-07 late morning), written
    /// as `train28/` by three more helpers with ten more trades each; read.
    /// Measured first on the code of 4731e6e: 22, 20 and 23 of 24 angry
    /// letters found in ru, en, el; 15, 16 and 16 of 16 calm letters
    /// passing. Russian 23 and English 22 with the signs read in its misses
    /// (the same late morning).
    letters_of_a_thirtieth_round_hold_the_bars: "train30",
    &[("ru clean", 0.937), ("en problem", 0.916)]
}

batch_holds_the_bars! {
    /// The thirty-first round (`train31/`, 2026-12-07 night), written as
    /// `train30/` by three more helpers with ten more trades each; read.
    /// Measured first on the code of 6d94272: 22, 22 and 19 of 24 angry
    /// letters found in ru, en, el; 16, 15 and 14 of 16 calm letters
    /// passing. Russian 23 and English 24 with the signs read in its misses
    /// (the same night).
    letters_of_a_thirty_first_round_hold_the_bars: "train31",
    &[
        ("en clean", 0.937),
        ("el problem", 0.791),
        ("el clean", 0.875)
    ]
}

batch_holds_the_bars! {
    /// The thirty-second round (`train32/`, 2026-12-07 late night), written
    /// as `train31/` by three more helpers with ten more trades each; read.
    /// Measured first on the code of 8f06a12: 21, 22 and 22 of 24 angry
    /// letters found in ru, en, el; 14, 13 and 15 of 16 calm letters
    /// passing. Russian 23 and Greek 23 of 24 (both meet the bar), English
    /// calm 14 of 16, with the signs read in its misses and "we will find
    /// another" (another time) no threat to leave (the same late night).
    letters_of_a_thirty_second_round_hold_the_bars: "train32",
    &[
        ("ru clean", 0.875),
        ("en problem", 0.916),
        ("en clean", 0.875),
        ("el clean", 0.937)
    ]
}

batch_holds_the_bars! {
    /// The thirty-third round (`train33/`, 2026-12-08 night), written as
    /// `train32/` by three more helpers with ten more trades each; read.
    /// Measured first on the code of 06e401c: 23, 19 and 24 of 24 angry
    /// letters found in ru, en, el; 14, 14 and 16 of 16 calm letters
    /// passing (the calm ones warned give bad news by e-mail, or ask for
    /// another chance). Russian angry 24 of 24 and English 21 with the
    /// signs read in their misses (the same night).
    letters_of_a_thirty_third_round_hold_the_bars: "train33",
    &[
        ("ru clean", 0.875),
        ("en problem", 0.875),
        ("en clean", 0.875)
    ]
}
