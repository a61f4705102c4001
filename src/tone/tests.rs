use super::*;
use crate::config::Config;
use crate::rules::testing::letter;

/// The judgement of a letter with this body.
fn judge(body: &str) -> Judgement {
    let draft = letter(body);
    let config = Config::default();
    let ctx = Context::new(&draft, &config);
    Judgement::of(&ctx).clone()
}

/// The judgement of a letter with this subject and body.
fn judge_under(subject: &str, body: &str) -> Judgement {
    let draft = crate::Draft {
        subject: subject.into(),
        ..letter(body)
    };
    let config = Config::default();
    let ctx = Context::new(&draft, &config);
    Judgement::of(&ctx).clone()
}

/// The kinds of evidence found in a letter with this body.
fn kinds(body: &str) -> Vec<Kind> {
    judge(body).evidence.iter().map(|e| e.kind).collect()
}

/// Asserts that no text of `calm` is judged agitated.
fn none_agitated(calm: &[&str]) {
    for text in calm {
        let j = judge(text);
        assert!(!j.agitated, "{text:?}: {:?}", j.evidence);
    }
}

/// Asserts that every text of `angry` is judged agitated.
fn all_agitated(angry: &[&str]) {
    for text in angry {
        let j = judge(text);
        assert!(j.agitated, "{text:?}: {:?}", j.evidence);
    }
}

#[test]
fn finds_each_kind_of_sign_in_each_language() {
    for (body, kind) in [
        ("We have ALREADY ANSWERED THIS question.", Kind::Capitals),
        ("I explained this THREE TIMES.", Kind::Emphasis),
        ("Where is it?!", Kind::Marks),
        ("This is nonsense.", Kind::Charged),
        ("This is ridiculous.", Kind::Outrage),
        ("How could you possibly think that?", Kind::Rhetorical),
        (
            "For the third time: the codes are in the PDF.",
            Kind::Counting,
        ),
        ("This is entirely your fault.", Kind::Blame),
        ("Great job, genius.", Kind::Sarcasm),
        ("Sort it out today.", Kind::Demand),
        ("How dare you?", Kind::Rebuke),
        ("You idiots.", Kind::Insult),
        ("Я уже в ЧЕТВЁРТЫЙ раз пишу.", Kind::Emphasis),
        ("Это возмутительно.", Kind::Charged),
        ("С какой стати мы должны платить?", Kind::Rhetorical),
        ("Последний раз напоминаю.", Kind::Counting),
        ("Вы сами виноваты.", Kind::Blame),
        ("Ну вы и гении, конечно.", Kind::Sarcasm),
        ("Имейте совесть.", Kind::Demand),
        ("Не разговаривайте со мной в таком тоне.", Kind::Rebuke),
        ("Какого хрена это не подписано?", Kind::Insult),
        ("Σας γράφω για ΤΡΙΤΗ ΦΟΡΑ.", Kind::Emphasis),
        ("Είναι απαράδεκτο.", Kind::Charged),
        ("Πλάκα μας κάνετε;", Kind::Rhetorical),
        ("Σας το υπενθυμίζω για τελευταία φορά.", Kind::Counting),
        ("Δικό σας είναι το φταίξιμο.", Kind::Blame),
        ("Μπράβο σας, πραγματικά ιδιοφυΐες.", Kind::Sarcasm),
        ("Κάντε τη δουλειά σας σωστά.", Kind::Demand),
        ("Με ποιο δικαίωμα μας μιλάτε έτσι;", Kind::Rebuke),
        ("Αυτό είναι μ@λ@κία.", Kind::Insult),
        ("Why should we redo the work for free?", Kind::Rhetorical),
        (
            "Почему мы должны переделывать работу бесплатно?",
            Kind::Rhetorical,
        ),
        ("Γιατί να ξανακάνουμε τη δουλειά δωρεάν;", Kind::Rhetorical),
        ("Τι στο διάολο γίνεται με τη συμφωνία;", Kind::Rhetorical),
        ("We have been waiting three days now.", Kind::Counting),
        (
            "Бухгалтерия уже третий день не может закрыть квартал.",
            Kind::Counting,
        ),
        ("Το λογιστήριο τρεις μέρες τώρα περιμένει.", Kind::Counting),
    ] {
        assert!(kinds(body).contains(&kind), "{body:?}: {:?}", kinds(body));
    }
}

#[test]
fn signs_add_up_to_agitation() {
    assert!(!judge("This is nonsense.").agitated);
    // One unmistakable word of outrage is enough.
    assert!(judge("This is ridiculous.").agitated);
    assert!(judge("This is ridiculous and I am sick of chasing you!!!").agitated);
    assert!(judge("How dare you?").agitated);
    // A question that swears and a wait that is counted add up.
    assert!(
        judge(
            "Τι στο διάολο γίνεται με τη συμφωνία λογαριασμών; Το λογιστήριο τρεις μέρες \
             τώρα δεν μπορεί να κλείσει το τρίμηνο."
        )
        .agitated
    );
    assert!(!judge("Δουλεύουμε πάνω σε αυτό τρεις μέρες τώρα.").agitated);
    assert!(
        judge(
            "Я уже ТРЕТИЙ РАЗ объясняю… !!! Это просто возмутительно. Как вы вообще могли \
             такое написать? Если бы вы внимательно читали наши письма…"
        )
        .agitated
    );
}

#[test]
fn self_reproach_and_sympathy_are_not_agitation() {
    for body in [
        "I'm so sorry, I feel terrible about the wrong invoice.",
        "I completely understand your frustration, it is unacceptable that the pallet arrived crushed.",
        "Простите, нам ужасно стыдно за эту ошибку.",
        "Понимаю ваше возмущение: это действительно безобразие.",
        "Λυπάμαι πολύ, ντρέπομαι για το απαράδεκτο λάθος.",
        "You're absolutely right to be upset: the lock should not have failed.",
        "Вы имеете полное право быть недовольным: замок не должен был сломаться.",
        "Έχετε κάθε δίκιο να είστε αναστατωμένος, η κλειδαριά δεν έπρεπε να χαλάσει.",
    ] {
        let j = judge(body);
        assert!(
            !j.agitated && j.evidence.is_empty(),
            "{body:?}: {:?}",
            j.evidence
        );
    }
    // A "but" takes the comfort back.
    assert!(kinds("Sorry, but this is ridiculous.").contains(&Kind::Outrage));
}

#[test]
fn friendly_words_count_against_agitation() {
    let cheerful = judge("HAPPY NEW YEAR TO THE WHOLE TEAM!!! Thank you for a great year.");
    assert!(!cheerful.agitated, "{cheerful:?}");
}

#[test]
fn quoted_text_is_not_the_authors() {
    assert!(judge("We are on it.\n\n> You idiots! How dare you?!\n")
        .evidence
        .is_empty());
}

/// For each pair: a calm sentence that uses a word of the lists in its
/// ordinary sense gets no sign at all, and a rude sentence with the same
/// word still gets a sign of `kind`.
fn ordinary_use_is_no_sign(pairs: &[(&str, &str, Kind)]) {
    for &(calm, rude, kind) in pairs {
        let j = judge(calm);
        assert!(j.evidence.is_empty(), "{calm:?}: {:?}", j.evidence);
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
}

#[test]
fn ordinary_greek_words_are_not_signs() {
    ordinary_use_is_no_sign(&[
        // Ill, not "sick in the head".
        (
            "Ο συνάδελφος είναι άρρωστος σήμερα, θα σας απαντήσει αύριο.",
            "Είσαι τελείως άρρωστος αν πιστεύεις ότι θα πληρώσουμε.",
            Kind::Insult,
        ),
        // Unrelated to, not clueless.
        (
            "Η ερώτησή σας είναι άσχετη με τη σύμβαση, αλλά θα σας απαντήσω.",
            "Είστε εντελώς άσχετοι, το έχουμε εξηγήσει.",
            Kind::Insult,
        ),
        // A gross error, not a fat person.
        (
            "Στο αρχείο υπήρχε ένα χοντρό λάθος στους υπολογισμούς.",
            "Άκου, χοντρέ.",
            Kind::Insult,
        ),
        // The interjection "μωρέ"; the vocative "μωρή" is still rude.
        (
            "Ναι μωρέ, κανένα πρόβλημα, το στέλνω αύριο.",
            "Μωρή, πού είναι η παραγγελία;",
            Kind::Insult,
        ),
        // Byzantine, keratin.
        (
            "Η έκθεση για τη βυζαντινή τέχνη και η μελέτη για την κερατίνη ξεκινούν τη Δευτέρα.",
            "Είσαι ένας κερατάς.",
            Kind::Insult,
        ),
        // Regardless of; files no longer needed.
        (
            "Άσχετα με την τιμή, διαγράψαμε τα άχρηστα αρχεία από τον φάκελο.",
            "Η υποστήριξή σας είναι άχρηστη.",
            Kind::Charged,
        ),
    ]);
}

#[test]
fn ordinary_russian_words_are_not_signs() {
    ordinary_use_is_no_sign(&[
        // Animals, pigs: livestock and pets, not the reader.
        (
            "Мы доставляем корм для животных, на складе остались два щенка.",
            "Вы просто животные, а не партнёры.",
            Kind::Insult,
        ),
        // Not far, the near future.
        (
            "Офис недалеко от метро, в недалёком будущем откроем второй.",
            "Вы такой недалёкий, что объяснять бесполезно.",
            Kind::Insult,
        ),
        // Dill; a clause left out.
        (
            "В заказ входят укроп и петрушка, пункт о доставке опущен.",
            "Ты петух, а не менеджер.",
            Kind::Insult,
        ),
        // Fetched, not fed up.
        (
            "Я достал нужные документы из архива.",
            "Вы меня уже достали своими звонками.",
            Kind::Charged,
        ),
        // "You know taxes well", not "sort it out".
        (
            "Я вижу, вы хорошо разбираетесь в налогах.",
            "Разберитесь наконец со своими счетами.",
            Kind::Demand,
        ),
    ]);
}

#[test]
fn ordinary_english_words_are_not_signs() {
    // "Shame" shares the stem of "shameful": a pity is no reproach.
    ordinary_use_is_no_sign(&[(
        "It's a shame you could not join us this week.",
        "Your handling of this was shameful.",
        Kind::Outrage,
    )]);
    // An idiom is no name called; trying to read is no retort.
    ordinary_use_is_no_sign(&[
        (
            "They wanted the contract by hook or by crook.",
            "Your agent is a crook.",
            Kind::Insult,
        ),
        (
            "I would not want to maintain its old code.",
            "Try reading my previous email.",
            Kind::Rhetorical,
        ),
    ]);
}

#[test]
fn denied_or_self_directed_insults_are_not_insults() {
    for calm in [
        "Τι μαλάκας που είμαι, ξέχασα το συνημμένο.",
        "Δεν είστε ηλίθιος, το σύστημα είναι πράγματι μπερδεμένο.",
        "Вы не идиот, интерфейс правда запутанный.",
    ] {
        assert!(!kinds(calm).contains(&Kind::Insult), "{calm:?}");
    }
    for rude in ["Είστε μαλάκας.", "Είστε ηλίθιος;", "Вы идиот."] {
        assert!(kinds(rude).contains(&Kind::Insult), "{rude:?}");
    }
}

#[test]
fn a_verb_alone_addresses_the_reader_in_russian_and_greek() {
    let addressing = [
        ("запишите", None),
        ("делайте", Some("уже")),
        ("оставьте", None),
        ("στειλατε", Some("δεν")),
        ("μπορουσατε", None),
        ("σκεφτοσασταν", Some("τι")),
        ("απαντηστε", None),
        ("you", None),
        ("вы", None),
    ];
    for (word, before) in addressing {
        assert!(addresses_the_reader(word, before), "{word}");
    }
    let not_addressing = [
        ("сайте", Some("на")),
        ("визите", Some("о")),
        ("лимите", Some("новом")),
        ("ответе", None),
        ("ποτε", None),
        ("ωστε", None),
        ("πεντε", None),
        ("τοτε", None),
        ("complete", None),
        ("we", None),
    ];
    for (word, before) in not_addressing {
        assert!(!addresses_the_reader(word, before), "{word}");
    }
}

/// Greek drops the pronoun in the singular too: "ξέρεις", "θέλεις", "να
/// παραδώσεις" address one reader; nouns and adjectives in "-εις" ("οι
/// σχέσεις", "πράξεις", "ακριβείς ημερομηνίες") do not.
#[test]
fn a_verb_alone_addresses_one_reader_in_greek() {
    for (word, before) in [
        ("ξερεισ", None),
        ("θελεισ", Some("τι")),
        ("καταλαβαινεισ", None),
        ("μπορεισ", None),
        ("παραδωσεισ", Some("να")),
        ("στειλεισ", Some("θα")),
        ("απαντησεισ", Some("δεν")),
    ] {
        assert!(addresses_the_reader(word, before), "{word}");
    }
    for (word, before) in [
        ("σχεσεισ", Some("οι")),
        ("αποφασεισ", None),
        ("πραξεισ", None),
        ("αποψεισ", Some("τισ")),
        ("ακριβεισ", None),
        ("διεθνεισ", None),
        ("πληρεισ", None),
        ("γονεισ", None),
        ("τρεισ", None),
    ] {
        assert!(!addresses_the_reader(word, before), "{word}");
    }
}

#[test]
fn greek_rhetorical_questions_by_family_as_typed() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Ποιος σας έδωσε την άδεια να αλλάξετε την τιμή;",
            "Ποιος σου έδωσε εντολή να το στείλεις;",
            "Με ποιανού την εντολή ακυρώθηκε η παραγγελία;",
            "Είναι δυνατόν να μην ξέρει κανείς πού είναι το δέμα;",
            "Είναι δυνατόν;",
            "Πόσες ακόμα φορές θα πρέπει να σας στείλω το ίδιο έγγραφο;",
            "Πόσες φορές ακόμη πρέπει να ζητήσουμε το πιστοποιητικό;",
            "Πόσες φορές θα πρέπει να σας το πω;",
            "Εσείς θα το δεχόσασταν;",
            "Θεωρείτε φυσιολογικό να περιμένει κανείς δύο μήνες;",
            // Typed without accents, in capitals, with a final σ.
            "ποιος σας εδωσε την αδεια να το κανετε;",
            "ΠΟΣΕΣ ΑΚΟΜΑ ΦΟΡΕΣ;",
            "ποσεσ ακομα φορεσ θα σασ το γραφω;",
        ],
        &[
            "Είναι δυνατόν να μου στείλετε αντίγραφο του τιμολογίου;",
            "Θα το στείλουμε όσο πιο γρήγορα είναι δυνατόν.",
            "Πόσες φορές θα πρέπει να σας επισκεφθεί ο τεχνικός για τη συντήρηση;",
            "Ποιος σας έδωσε τα στοιχεία μας; Θέλουμε να τον ευχαριστήσουμε.",
            "Εσείς θα έρθετε στη συνάντηση;",
            "Θεωρείτε σωστό να στείλουμε αντίγραφο και στον λογιστή;",
        ],
    );
}

#[test]
fn greek_counting_by_family_and_what_is_not_counted() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Κάθε φορά τα ίδια.",
            "Πάντα η ίδια ιστορία με τις παραδόσεις σας.",
            "Τα ίδια και τα ίδια.",
            "Κάθε φορά λείπει κάτι και κάθε φορά χάνουμε μισή μέρα.",
            "Τρίτο μήνα στη σειρά οι μισθοί βγαίνουν λάθος.",
            "Δεύτερη εβδομάδα στη σειρά χωρίς οδηγό.",
            "Τρίτη αλλαγή ωρών μέσα στον μήνα.",
            "Σήμερα το μηχάνημα στάζει ξανά.",
            "Το σύστημα έπεσε πάλι.",
            "Ακόμα δεν το έχει ανοίξει κανείς.",
            "Ένα χαρτί που βγαίνει σε τρεις μέρες το περιμένω επτά εβδομάδες.",
            "ΚΑΘΕ ΦΟΡΑ ΤΑ ΙΔΙΑ",
            "τριτο μηνα στη σειρα τα ιδια λαθη",
        ],
        &[
            "Η υπερωρία του κ. Καλλέργη μπήκε δύο φορές στη μισθοδοσία.",
            "Ο οδηγός περνάει δύο φορές την εβδομάδα.",
            "Το νέο μοντέλο είναι τρεις φορές πιο γρήγορο.",
            "Για τρίτη φορά φέτος δουλεύουμε μαζί στις γιορτές.",
            "Κάθε φορά που έρχεστε, η αποθήκη είναι τακτοποιημένη.",
            "Ο εκτυπωτής δουλεύει ξανά κανονικά.",
            "Το αρχείο βγαίνει σε τρεις μέρες.",
        ],
    );
}

#[test]
fn greek_blame_by_family_and_its_near_misses() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Η ζημιά θα πληρωθεί από εσάς, όχι από εμένα.",
            "Τα έξοδα θα καλυφθούν από την εταιρεία σας.",
            "Και την επίσκεψη τη χρεώσατε ολόκληρη.",
            "Κι από πάνω μας χρεώσατε και τη μετάβαση.",
            "Αν δεν είστε ικανοί να κρατήσετε ένα πρόγραμμα, πείτε το.",
            "αν δεν ειστε ικανοι να το κανετε, θα το κανουμε εμεις",
            "Και την επίσκεψη μας τη χρεώσατε ολόκληρη.",
            "Κανείς δεν ξέρει τίποτα, κανείς δεν είδε τίποτα.",
            "Κανείς δεν ευθύνεται ποτέ.",
        ],
        &[
            "Κανείς δεν ξέρει τι θα φέρει η αγορά του χρόνου.",
            "Κανείς δεν φταίει για το χιόνι.",
            "Αν δεν είστε διαθέσιμοι την Τρίτη, πείτε μας άλλη μέρα.",
            "Η επίσκεψη θα χρεωθεί κανονικά, όπως συμφωνήσαμε.",
            "Το κόστος θα καλυφθεί από την ασφάλεια.",
            "Είστε ικανοί και σας εμπιστευόμαστε.",
            // A comparison with what was said, the writer's own regret.
            "Λυπάμαι που η επισκευή πήρε περισσότερο απ' όσο σας είχαμε πει αρχικά.",
            "Το κόστος βγήκε μεγαλύτερο από όσο σας είχαμε πει.",
        ],
    );
}

#[test]
fn greek_legal_threats_lecturing_and_contempt_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Αν η οφειλή δεν εξοφληθεί, θα σας επιδοθεί εξώδικο.",
            "Θα ακολουθήσει αγωγή αποβολής.",
            "Θα καταθέσουμε μήνυση εναντίον σας.",
            "Θα σας στείλουμε εξώδικο αύριο.",
            "Θα σας σύρω στα δικαστήρια.",
            "Μάθε επιτέλους να κάνεις σωστά τη δουλειά σου.",
            "Μάθετε να κάνετε τη δουλειά σας.",
            "Δεν σας πληρώνω για να κάνω εγώ τους ελέγχους.",
            "Ο πελάτης είναι αυτός που πληρώνει τον μισθό σου.",
            "Η δουλειά σας είναι για γέλια.",
            "Είστε ένα τσίρκο.",
            "ΘΑ ΣΑΣ ΕΠΙΔΟΘΕΙ ΕΞΩΔΙΚΟ",
            "η δουλεια σασ ειναι για γελια",
        ],
        &[
            "Η αγωγή θα κατατεθεί τη Δευτέρα, όπως συζητήσαμε.",
            "Ο δικηγόρος μας θα σας στείλει το σχέδιο της σύμβασης.",
            "Μάθετε να μαγειρεύετε με τις συνταγές του μήνα.",
            "Μάθετε περισσότερα στη σελίδα μας.",
            "Η εταιρεία πληρώνει τους μισθούς σας στις 25 του μήνα.",
            "Η παράσταση ήταν κωμωδία και γελάσαμε πολύ.",
        ],
    );
}

#[test]
fn greek_mock_praise_by_family_and_sincere_praise() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Καταφέρατε να χάσετε δύο παλέτες μέσα σε μια αποθήκη.",
            "Κατάφερες πάλι να ξεχάσεις τον φάκελο.",
            "Μπράβο σας, πραγματικοί επαγγελματίες.",
            "Ωραία εξυπηρέτηση, δεν λέω.",
            "καταφερατε να χασετε και την τελευταια παραγγελια",
        ],
        &[
            "Καταφέρατε να χάσετε πέντε κιλά, συγχαρητήρια!",
            "Καταφέρατε να τελειώσετε νωρίτερα, ευχαριστούμε.",
            "Μπράβο σας! Η παράδοση ήρθε νωρίς.",
            "Συγχαρητήρια στην ομάδα σας.",
            "Πραγματικοί επαγγελματίες δουλεύουν στο τμήμα σας, σας ευχαριστούμε.",
        ],
    );
    // Sincere praise alone is no agitation.
    none_agitated(&[
        "Μπράβο σας! Η παράδοση ήρθε νωρίς.",
        "Συγχαρητήρια στην ομάδα σας.",
        "Μπράβο σας, πραγματικοί επαγγελματίες.",
    ]);
}

#[test]
fn greek_demands_by_family_and_requests() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Μην μου ξαναπείτε ότι έτσι ήταν.",
            "Μην ξαναπατήσετε στο σπίτι μου.",
            "Κάνε τη δουλειά σου σωστά.",
            "Πείτε το καθαρά να ψάξουμε αλλού.",
            "Αν το ξανακάνετε, θα αλλάξω λογιστή.",
        ],
        &[
            "Πείτε μας πότε σας βολεύει να περάσουμε.",
            "Αν ξαναγίνει η βλάβη, θα σας τηλεφωνήσω αμέσως.",
            "Μην ξεχάσετε να φέρετε την ταυτότητα.",
        ],
    );
}

#[test]
fn greek_name_calling_and_greeklish_swearing_are_insults() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Είστε μια παρέα από τσαπατσούληδες.",
            "Τι ατζαμής είναι ο τεχνικός σας;",
            "Είστε ερασιτέχνες.",
            "είσαι ένα ανθρωπάκι",
            "ΕΙΣΤΕ ΤΣΑΠΑΤΣΟΥΛΗΔΕΣ",
            "re malaka ti les",
            "gamw to spiti sas",
            "Eisai vlakas?",
            "Τι ερώτηση της μαλακίας είναι αυτή;",
            "Τι παπάρας είσαι.",
            "Άντε, κλάσε μας.",
            "Είστε εθνοπροδότες και κλεφτρόνια.",
            "Είσαι κομπλεξικός.",
            "Ρε γάιδαρε, πού είναι το φορτηγό;",
            "Είστε αξιολύπητοι.",
            "Είσαι ένας τιποτένιος.",
            "Ξεδιάντροπε.",
            "ΕΙΣΤΕ ΤΟΣΟ ΑΞΙΟΛΥΠΗΤΟΙ",
            "ρε παπαρα",
        ],
        &[
            "Οι ερασιτέχνες φωτογράφοι πληρώνουν μειωμένη συμμετοχή.",
            "Στον κάμπο άνθισαν οι παπαρούνες.",
            "Ταξιδεύουμε σε οικονομική κλάση.",
            "Η κατάσταση στην αποθήκη είναι άθλια μετά την πλημμύρα.",
            "Είναι θλιβερό που έκλεισε το παλιό καφενείο.",
            "Η υποκριτική είναι το χόμπι της.",
            "Είστε ερασιτεχνικός σύλλογος ή επαγγελματικός;",
            "The malaria vaccine ships on Monday.",
            "Vlad asked for the skate park permit.",
        ],
    );
}

#[test]
fn greek_reports_court_and_public_shaming_are_rebukes_or_demands() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Θα υποβάλω αναφορά στη Γενική Γραμματεία Εμπορίου.",
            "Καταθέτουμε καταγγελία στον Συνήγορο του Καταναλωτή.",
            "Αν δεν το ακυρώσετε, η υπόθεση θα παραπεμφθεί στη δικαιοσύνη.",
            "Θα σας εκθέσω σε όλους τους πελάτες σας.",
            "Ξαναδιαβάστε τη σύμβαση πριν μου απαντήσετε.",
            "αν δεν πληρωσετε, η υποθεση θα παει στα δικαστηρια",
        ],
        &[
            "Η υπόθεση θα παραπεμφθεί στο Μονομελές Πρωτοδικείο Πειραιά.",
            "Θα υποβάλω την αίτηση στη Γενική Γραμματεία την Τρίτη.",
            "Θα σας στείλω το αποδεικτικό κατάθεσης μέσα στην ημέρα.",
            "Διαβάστε ξανά το συνημμένο, διορθώσαμε τις τιμές.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Θα ανεβάσω όλη την αλληλογραφία μας στο facebook.",
            "Θα τα δημοσιοποιήσω παντού, να τα δουν όλοι.",
        ],
        &[
            "Θα ανεβάσουμε τις φωτογραφίες της έκθεσης στον φάκελο του έργου.",
            "Ο κατάλογος θα μοιραστεί στους συνεργάτες τη Δευτέρα.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Δεν ξέρω αν γελάω ή αν κλαίω με την εξυπηρέτησή σας.",
            "Ευχαριστώ πολύ για το μάθημα οικονομικών.",
        ],
        &[
            "Γελάσαμε πολύ στη γιορτή, ευχαριστούμε.",
            "Ευχαριστώ για το μάθημα της Τρίτης, ήταν πολύ χρήσιμο.",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &["Και τώρα μου λέτε ότι έτσι είναι η αγορά."],
        &["Τώρα μου λέτε ότι η παράδοση είναι έτοιμη, ευχαριστώ."],
    );
}

#[test]
fn greek_threats_of_violence_and_worthless_person_words_are_insults() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Θα σου σπάσω τα μούτρα.",
            "Θα σας τσακίσω.",
            "θα σε πλακωσω στο ξυλο",
            "Ρε βλήμα, η βαλβίδα είναι η αριστερή.",
            "ρε βλημα",
            "Είστε ένα μπάζο.",
            "ΕΙΣΑΙ ΕΝΑ ΜΠΑΖΟ",
            "Άντε, παλιόγερε.",
            "Σκρόφα.",
        ],
        &[
            "Το βλήμα του πυροβόλου βρέθηκε στο χωράφι.",
            "Το φορτηγό με τα μπάζα κλείνει τον δρόμο.",
            "Θα σας σπάσω το ποσό σε τρεις δόσεις.",
            "Θα σου σπάσω ένα πενηντάρικο για ρέστα.",
            "Τι φυτό είναι αυτό στη ρεσεψιόν;",
            "Ο παλιός γέρος ψαράς μάς έφερε τα ψάρια.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &["Κάτσε στα αυγά σου.", "κατσε καλα"],
        &["Καθίστε άνετα, ο γιατρός έρχεται σε πέντε λεπτά."],
    );
}

#[test]
fn greek_the_readers_fault_and_outrage_in_every_person() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Ξεπεράσατε κάθε όριο.",
            "Έχετε ξεπεράσει κάθε όριο.",
            "ξεπερασες καθε οριο",
        ],
        &["Οι πωλήσεις ξεπέρασαν τις προβλέψεις."],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Το λάθος είναι δικό σας και μόνο.",
            "Η ευθύνη είναι όλη δική σου.",
            "Τα κάνατε όλα λάθος.",
            "Με εξέθεσες μπροστά στον πελάτη.",
            "ΤΟ ΛΑΘΟΣ ΕΙΝΑΙ ΔΙΚΟ ΣΑΣ",
        ],
        &[
            "Το λάθος είναι δικό μας, σας στείλαμε παλιό αρχείο.",
            "Η ευθύνη είναι δική μου.",
            "Τα κάνατε όλα τέλεια, ευχαριστούμε.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &[
            "Είσαι απαράδεκτος.",
            "Είστε πραγματικά απαράδεκτοι.",
            "ειστε ντροπη",
        ],
        &[
            "Είναι απαράδεκτο να περιμένετε τόσο, σας ζητώ συγγνώμη.",
            "Δεν είστε καθόλου απαράδεκτοι, η καθυστέρηση ήταν δική μας.",
        ],
    );
}

/// Each of `rude` gets a sign of `kind`; none of `calm` does.
fn signs_of_kind(kind: Kind, rude: &[&str], calm: &[&str]) {
    signs_of_any_kind(&[kind], rude, calm);
}

/// Each of `rude` gets a sign of one of `wanted`; none of `calm` gets any.
fn signs_of_any_kind(wanted: &[Kind], rude: &[&str], calm: &[&str]) {
    let has = |body: &str| kinds(body).iter().any(|k| wanted.contains(k));
    for body in rude {
        assert!(has(body), "{body:?}: {:?}", kinds(body));
    }
    for body in calm {
        assert!(!has(body), "{body:?}: {:?}", kinds(body));
    }
}

/// Asserts that each of `rude` has a decisive sign (a rebuke or an insult)
/// and none of `calm` has one.
fn decisive_signs(rude: &[&str], calm: &[&str]) {
    let decisive = |body: &str| kinds(body).iter().any(|k| k.is_decisive());
    for body in rude {
        assert!(decisive(body), "{body:?}: {:?}", kinds(body));
    }
    for body in calm {
        assert!(!decisive(body), "{body:?}: {:?}", kinds(body));
    }
}

/// The author's own sending counted, in English as in Russian and Greek
/// ("Я уже четыре раза отправляла этот счёт"): with "now" or "already" it
/// is a count of the reader's failures; a plain past or a comparison is
/// not.
#[test]
fn english_sending_counted_with_now_or_already_is_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "I've now sent this invoice four times.",
            "We have now asked for the signed copy three times.",
            "I have already requested the refund twice.",
            "We've sent the corrected drawings three times already.",
        ],
        &[
            "I sent the file twice by mistake, please use the second one.",
            "We have sent three times as many parcels this month.",
            "I have now sent the invoice to your accounts team.",
        ],
    );
}

/// The reader's work or amends in scare quotes are sarcasm, in every
/// language; the same words quoted with a capital (a heading) or not
/// quoted are not.
#[test]
fn the_readers_work_in_scare_quotes_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Thanks for your \"analysis\" of our sales, it mixes up two regions.",
            "Your \"fix\" broke the checkout page again.",
            "We received the \"corrected\" invoice with the same error in it.",
            "Спасибо за ваш «анализ» продаж, в нём перепутаны два региона.",
            "Ваше «исправление» снова сломало страницу оплаты.",
            "Получили «исправленный» счёт с той же ошибкой.",
            "Ευχαριστώ για την «ανάλυσή» σας, μπερδεύει δύο περιοχές.",
            "Η «διόρθωσή» σας χάλασε ξανά τη σελίδα πληρωμής.",
            "Λάβαμε το «διορθωμένο» τιμολόγιο με το ίδιο λάθος.",
        ],
        &[
            "The section \"Analysis\" of the report covers the two regions.",
            "Thanks for the corrected invoice and for the quick fix.",
            "Раздел «Анализ» отчёта охватывает два региона.",
            "Спасибо за исправленный счёт и быстрое исправление.",
            "Η ενότητα «Ανάλυση» της αναφοράς καλύπτει δύο περιοχές.",
            "Ευχαριστώ για το διορθωμένο τιμολόγιο και τη γρήγορη διόρθωση.",
        ],
    );
}

#[test]
fn greek_places_and_stock_phrases_are_not_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Ή μήπως να σας στείλω ταχυδρομικό περιστέρι;",
            "Να σας το στείλουμε με περιστέρι;",
            "Έχουμε συνηθίσει να προσαρμοζόμαστε στις ορέξεις σας.",
            "Οι διαχειριστές ενθουσιάστηκαν, όπως καταλαβαίνετε.",
        ],
        &[
            "Είμαι η υπεύθυνη σπουδών του κέντρου μας στο Περιστέρι.",
            "Μουσική Σχολή Αρμονία, Περιστέρι",
            "Δεν μπορούμε πλέον να ανταποκριθούμε στις ανάγκες σας όπως θα θέλαμε.",
            "Οι συνάδελφοι από τα καταστήματά μας γύρισαν ενθουσιασμένοι.",
        ],
    );
}

/// Stopping calls to an old number and telling what was sent are no
/// demand and no count; the reader told to stop asking, told twice, or
/// told again in writing still are.
#[test]
fn an_old_number_and_a_file_sent_are_no_signs() {
    signs_of_any_kind(
        &[Kind::Counting, Kind::Demand, Kind::Rebuke],
        &[
            "Вам дважды говорили, что задаток не возвращается.",
            "Σταματήστε να ρωτάτε για αυτό.",
            "Σας το έχω ήδη γράψει.",
        ],
        &[
            "Перестаньте звонить на старый номер, он отключён.",
            "Σταματήστε να καλείτε τον παλιό αριθμό, έχει καταργηθεί.",
            "Σας έχω ήδη στείλει το τιμολόγιο.",
        ],
    );
}

#[test]
fn english_profanity_as_it_is_typed_is_an_insult() {
    signs_of_kind(
        Kind::Insult,
        &["That is some sick ass customer service."],
        &[
            "The FK constraint on the orders table failed again.",
            "Please pass the file to Mark before Friday.",
            "The MF scanner on the third floor is out of toner.",
            "A small niggle: the PDF is missing page two.",
            "Our class notes mention a wild ass from the Serengeti.",
        ],
    );
}

#[test]
fn english_name_calling_and_contempt_are_insults() {
    signs_of_kind(
        Kind::Insult,
        &[
            "She's such a coward, she never answers the phone.",
            "What a sociopath your manager is.",
        ],
        &[
            "He is a lawyer and will read the contract tomorrow.",
            "She is away until Monday; they are useful contacts for us.",
            "You are welcome to join the call.",
            "People like you make this job worth doing, thank you.",
            "The nut and bolt kit ships on Friday.",
            "You need an account to log in.",
            "They are full of ideas for the launch.",
            "It is a tool for planning, and they are a tool vendor.",
            "This nut and bolt set ships on Friday.",
        ],
    );
}

#[test]
fn english_contempt_for_the_readers_side_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[],
        &[
            "Thank you people for a wonderful conference.",
            "I will send you people at the Leeds office the new schedule.",
        ],
    );
}

#[test]
fn english_orders_to_calm_down_or_stop_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &["Dude, chill out and read the contract."],
        &[
            "Things should calm down after the release.",
            "We will stop the old service at the end of March.",
            "Let's get together for lunch next week.",
            "Please check the figures before the board meeting.",
        ],
    );
}

#[test]
fn english_apologies_and_outages_of_a_service_are_no_rebuke() {
    signs_of_kind(
        Kind::Rebuke,
        &[],
        &[
            "We are sorry for the terrible service you received in March.",
            "Our support was not terrible, but it can be better.",
            "The worst service outage of the year was on Tuesday.",
            "I apologise for my awful support of the migration last week.",
        ],
    );
}

#[test]
fn english_frustration_and_indignant_questions_are_signs() {
    signs_of_kind(
        Kind::Charged,
        &[],
        &[
            "The client was not frustrated at all.",
            "The frustration of the old process is gone.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &["The hypocrisy in your last email is impressive."],
        &["Hypocrisy is the theme of the novel we discussed."],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[],
        &["Isn't it great that the launch went well?"],
    );
}

#[test]
fn english_contempt_threats_and_boycotts_are_signs() {
    signs_of_kind(
        Kind::Insult,
        &[],
        &[
            "Like a lion, the team fought for the deal.",
            "You deserve a break after this quarter.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[],
        &[
            "Please report to reception when you arrive.",
            "See you in the meeting on Friday.",
            "Do not use the old template for the invoices.",
            "We will fly to Athens on Monday.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[],
        &[
            "It took you three minutes to sign, thank you.",
            "We talked about time zones for the call.",
            "It is about time management, mostly.",
        ],
    );
}

#[test]
fn english_complaints_marks_are_signs() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "Absolutely ridiculous.",
            "It's disgusting!",
            "Unacceptable.",
        ],
        &[
            "The night shift starts at ten.",
            "We went round the site with the architect.",
            "It was the best night ever.",
            "The fee is not unacceptable to us.",
            "A few crazy weeks, but the launch is done.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &["Such nonsense."],
        &[
            "The night shift starts at ten.",
            "We went round the site with the architect.",
            "It was the best night ever.",
            "The report was shocking pink, as ordered.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[],
        &[
            "Revenue grew 3 times faster than costs.",
            "The train is delayed by ten minutes.",
            "We will meet again in May.",
            "The printer is broken, so please use the one upstairs.",
        ],
    );
}

#[test]
fn english_threats_as_predictions_and_contempt_for_the_readers_mind_are_signs() {
    signs_of_kind(
        Kind::Demand,
        &[
            "You will regret this decision.",
            "Use your brain before you send the next invoice.",
        ],
        &[
            "You will pay the second instalment in May.",
            "You'll be glad to hear the parcel arrived.",
            "The days of the conference are numbered on the badge.",
            "We will regret missing the fair, but the budget is gone.",
            "Don't be late for the call.",
        ],
    );
    signs_of_kind(
        Kind::Insult,
        &["What kind of idiot sends a blank contract?"],
        &[
            "You are being added to the shared folder.",
            "What kind of tool do you need for the mount?",
            "What kind of report would help you most?",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &["I am at my wits' end with this order."],
        &[
            "We pushed the server to its limits in the load test.",
            "The limits of the plan are listed on page two.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &[],
        &[
            "We planned for the worst possible weather and it was fine.",
            "The files should be locked after the audit.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["Says the company that lost my parcel twice."],
        &["The clause says the supplier pays for the freight."],
    );
}

#[test]
fn english_condescension_scorn_for_the_readers_words_and_threats_are_signs() {
    signs_of_kind(
        Kind::Charged,
        &[],
        &[
            "The tricks of the trade are in chapter two.",
            "The process is documented in the wiki.",
            "Brain teasers are on the last page.",
            "The better of the two offers came from Lyon.",
        ],
    );
    signs_of_kind(
        Kind::Rebuke,
        &[],
        &[
            "You don't know what a relief it is to hear that.",
            "Don't talk about the merger outside the team.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[],
        &[
            "You're going to get the invoice on Monday.",
            "This tool will make your life easier.",
        ],
    );
    signs_of_kind(
        Kind::Insult,
        &["Your managers are a bunch of clowns."],
        &[
            "Your drivers are on their way.",
            "Your support staff are all in Leeds.",
            "Our managers called the cowards in the film heroes.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &["Your last three emails have wasted my whole morning."],
        &["We wasted no time getting the crates to the dock."],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["Did anyone on your side even read it before it went out?"],
        &["Did anyone on your side get the parcel?"],
    );
    signs_of_kind(
        Kind::Counting,
        &["You have missed every single delivery slot since March."],
        &["Every single one of our drivers is trained for cold chain."],
    );
    let alone = judge("You liberals will get the report on Monday.");
    assert!(!alone.agitated, "{:?}", alone.evidence);
}

#[test]
fn english_ultimatums_exasperation_and_contempt_in_free_forms_are_signs() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Fix it or lose the account.",
            "Get your people to do their jobs or I will find someone who can.",
            "Next time, think before you hit send.",
            "If this happens again, we're done.",
            "Enough excuses.",
        ],
        &[
            "Once the tests pass, we're done.",
            "If this happens again, please call the night line.",
            "Think before the meeting about which option you prefer.",
            "We will find someone to cover the stand on Friday.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "I'm done being polite.",
            "I expected better. Much better.",
            "I've had it with your company.",
            "We have had enough of your excuses.",
        ],
        &[
            "I'm done with the first draft.",
            "The results were better than we expected.",
            "We expect more orders in May.",
            "We expected more than ten visitors and got forty.",
            "We have had it on order since May.",
        ],
    );
    // A rebuke since the night of 2026-12-04, as in Greek (it was sarcasm,
    // which alone never made a letter agitated).
    signs_of_kind(
        Kind::Rebuke,
        &["Thanks a lot for nothing, as always."],
        &["Thanks a lot for the samples."],
    );
    signs_of_kind(
        Kind::Insult,
        &["Nobody with half a brain would have signed that off."],
        &["Half a day was enough to sign it off."],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Are you people incapable of reading a simple order form?",
            "Who in their right mind ships a pallet without a label?",
        ],
        &["Are you able to read the order form I attached?"],
    );
    signs_of_kind(
        Kind::Blame,
        &["I should not have to chase you for something you promised in writing."],
        &["You should not have to chase the courier: we will do it."],
    );
}

#[test]
fn genius_is_sarcasm_only_when_it_is_thrown_at_someone() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Great job, genius.",
            "Nice one, genius, the pallet is in Leeds.",
            "Some genius in your warehouse sent the wrong pallet.",
            "Well done, you genius.",
            "Ask the geniuses in your billing team.",
        ],
        &[
            "The genius of the plan is its simplicity.",
            "Those genius ideas of yours won us the tender.",
        ],
    );
}

#[test]
fn english_fiascos_and_orders_to_refund_now_are_signs() {
    signs_of_kind(
        Kind::Charged,
        &["The whole launch was a fiasco.", "This tender is a farce."],
        &["The farce of Feydeau opens at the Lyric in May, tickets attached."],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Cancel my subscription and refund my card now.",
            "Refund me immediately.",
        ],
        &[
            "Can you cancel the second room for now and keep the first?",
            "We refund within five days.",
        ],
    );
}

#[test]
fn english_exasperation_of_complaints_is_a_sign() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Dang it, the invoice bounced again.",
            "Darn it, nobody told me about the change.",
            "I can't believe you would charge a late fee for this.",
        ],
        &[
            "I can't believe it's already May!",
            "I can't believe you're leaving us after ten years!",
            "We couldn't believe our luck with the weather.",
            "No one knows what the market will do next year.",
            "Darn the socks before the trip.",
            "Thank you for the kind words about the staff.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &[],
        &[
            "We were not very disappointed by the figures.",
            "The team is happy with the new schedule.",
            "I was disappointed to miss the dinner.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[],
        &[
            "This method never fails to impress our clients.",
            "The backup never fails; we tested it twice.",
        ],
    );
}

#[test]
fn english_floors_distances_and_plain_statements_are_not_counted() {
    signs_of_kind(
        Kind::Counting,
        &[],
        &[
            "The 3rd floor is closed for painting.",
            "It is over 3 km from the station.",
            "The project will take over two months.",
            "The contract clearly states the terms.",
            "Nobody was more helpful than Anna.",
            "We will book another flight for the second team.",
            "Going on holiday for two weeks in August.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[],
        &[
            "Nobody knows why the server restarted.",
            "Why not ask the team on Monday?",
        ],
    );
}

#[test]
fn weak_complaint_signs_add_up_but_do_not_decide_alone() {
    none_agitated(&[
        "I can't believe you did all that in one week, thank you.",
        "It has been over two weeks since our call, so here is the draft.",
        "I clearly asked the printer for matte paper, and they delivered it.",
        "Nobody answered at reception, so I left the parcel with security.",
    ]);
    all_agitated(&[
        "No reply from anyone in three months, and it is still not fixed.",
        "Haven't heard back from you. I can't believe you would keep my deposit.",
        "I am totally disappointed with your shop.",
    ]);
}

#[test]
fn english_words_of_the_insult_and_charged_lists_in_their_ordinary_sense_are_not_signs() {
    ordinary_use_is_no_sign(&[
        (
            "Scope creep added two weeks to the plan.",
            "Your manager is a creep.",
            Kind::Insult,
        ),
        (
            "That was a knee-jerk reaction on our side.",
            "Your agent was a complete jerk on the phone.",
            Kind::Insult,
        ),
        (
            "The line on the chart is crooked.",
            "Your agent is a crook.",
            Kind::Insult,
        ),
        (
            "The talks degenerated into a debate about fees.",
            "They called our staff degenerates.",
            Kind::Insult,
        ),
        (
            "The problem lies in the export settings.",
            "You are lying about the delivery date.",
            Kind::Charged,
        ),
        (
            "The parcel was lying on the doorstep when I got home.",
            "Stop the lies about the refund.",
            Kind::Charged,
        ),
        (
            "He is abusing the free trial, so we closed it.",
            "Your agent was abusive on the phone.",
            Kind::Charged,
        ),
    ]);
}

#[test]
fn english_waits_on_hold_vows_never_to_return_and_orders_to_mind_ones_words_are_signs() {
    signs_of_kind(
        Kind::Counting,
        &[],
        &[
            "The order is on hold until the deposit arrives.",
            "Please hold for a moment while I check.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &["Seriously annoying, the app logs me out every hour."],
        &[
            "We never use the old template again after this.",
            "Never mind, I found the file again.",
            "This is seriously good work.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[],
        &[
            "Your words at the dinner meant a lot to us.",
            "Mind the gap between the train and the platform.",
        ],
    );
}

#[test]
fn english_political_name_calling_is_an_insult_when_aimed_and_charged_otherwise() {
    signs_of_kind(
        Kind::Insult,
        &[],
        &[
            "The museum has a room on the fascist era.",
            "The film is about the nazi regime.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[],
        &["The history course covers Italy between the wars."],
    );
}

#[test]
fn english_complaints_indignant_questions_counted_calls_and_demands_are_signs() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Why is it so hard to get a simple refund?",
            "What kind of service is this?",
            "What sort of company are you running?",
            "Is anyone even reading these messages?",
        ],
        &[
            "Why is it so hard to find good tomatoes in winter, I wonder.",
            "What kind of service do you need for the launch?",
            "How is that possible? I'd love to learn the trick.",
            "Is this a good time to call?",
            "Is anyone free on Friday afternoon?",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "We have been through this many times already.",
            "Four calls and still nothing.",
            "No response from anyone at your office.",
            "No reply from you since Monday.",
        ],
        &[
            "Take the tablets 3 times a day.",
            "We met 3 times last year and enjoyed it.",
            "I called the venues you suggested several times this week.",
            "No response is needed.",
            "No reply from the venue yet, I'll chase them tomorrow.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &["Your billing is beyond ridiculous."],
        &["Beyond the joke at the start, the talk was useful."],
    );
    signs_of_kind(
        Kind::Outrage,
        &[
            "The sheer level of negligence here is hard to believe.",
            "Such a degree of carelessness from a supplier of your size.",
        ],
        &["The level of detail in the report is staggering."],
    );
    signs_of_kind(
        Kind::Charged,
        &["I'm so done with this bank."],
        &["I'm done with the draft, see attached."],
    );
    signs_of_kind(
        Kind::Demand,
        &[],
        &["You will get your money back within five days."],
    );
}

#[test]
fn english_complaint_verdicts_are_charged_and_the_worst_of_a_storm_is_not() {
    signs_of_kind(
        Kind::Outrage,
        &[],
        &[
            "The worst of the storm is over.",
            "The traffic on Fridays is the worst.",
            "In the worst case we move the launch by a week.",
            "Your team did not do the worst job of the three.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Forty pounds for a cable is daylight robbery.",
            "Your customer service is non-existent.",
        ],
        &[
            "The risk of a delay is non-existent now.",
            "We were impressed with the new portal.",
            "Cheers for the quick answer!",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[],
        &["Another order arrived today, thank you."],
    );
}

#[test]
fn english_orders_to_get_a_life_or_use_ones_brain_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &["Use your tiny brain for once."],
        &[
            "Use your own judgement on the layout.",
            "Our new hire is getting a life coach.",
            "Use your badge to get in.",
        ],
    );
}

#[test]
fn english_calls_transferred_and_seats_double_booked_in_plain_sense_are_not_signs() {
    signs_of_kind(
        Kind::Charged,
        &[],
        &[
            "Thanks for the help at all hours during the launch.",
            "The call was transferred to the Leeds office.",
            "He hung up the coats in the hall.",
            "The poor weather delayed the crane.",
            "What a week, but the launch went well.",
            "We are paying the invoice today.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[],
        &["The seats are double booked for the rehearsal, please check."],
    );
}

#[test]
fn english_plain_thanks_praise_and_switching_rooms_are_not_signs() {
    signs_of_kind(
        Kind::Sarcasm,
        &[],
        &[
            "Thanks for the lost-property form, I will fill it in tonight.",
            "Well done on the launch, the client loved it.",
            "I love how clean the new layout is.",
            "So much for today, see you tomorrow.",
            "Thank you so much for the quick reply.",
            "Thanks so much for your support this year.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[],
        &["We are switching to another room for the afternoon session."],
    );
}

#[test]
fn angry_faces_are_charged_and_the_middle_finger_is_an_insult() {
    signs_of_kind(
        Kind::Charged,
        &[
            "The courier left the parcel in the rain 😡",
            "Third reminder this week 🤬🤬",
            "Sure, another meeting about the meeting 🙄",
        ],
        &["See you at the launch 😀", "Great work on the deck 👍🏼"],
    );
    signs_of_kind(
        Kind::Insult,
        &["Leave your contact details for the drivers 🖕🏼"],
        &["Leave your contact details for the drivers 🙏🏼"],
    );
    // One run of faces is one sign, with its skin tone.
    let j = judge("Where is my refund 😡😡😡");
    assert_eq!(j.features[3], 1.0, "{:?}", j.evidence);
    let j = judge("Leave it 🖕🏼 now");
    let e = j.evidence.iter().find(|e| e.kind == Kind::Insult).unwrap();
    assert_eq!(e.range.len(), "🖕🏼".len());
}

#[test]
fn english_a_counted_wait_for_nothing_is_counted() {
    signs_of_kind(
        Kind::Charged,
        &[],
        &["The staff at the desk were not unhelpful, just busy."],
    );
    signs_of_kind(
        Kind::Counting,
        &["Two hours and still no engineer."],
        &[
            "Two weeks and no problems so far with the new line.",
            "3 days and nights in Lisbon for the offsite.",
        ],
    );
}

#[test]
fn english_verdicts_on_how_the_reader_works_are_charged() {
    signs_of_kind(
        Kind::Charged,
        &[],
        &[
            "You are too kind, thank you.",
            "The network is so slow today, sorry for the late files.",
        ],
    );
}

#[test]
fn english_patterns_anchored_to_a_sentence_start_match_after_leading_handles() {
    signs_of_kind(
        Kind::Sarcasm,
        &["@SkyLine Says the shop that lost my order twice."],
        &["@JetBlue never fails to get me home on time, thanks!"],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["@acme @acme_help Seriously?"],
        &["@acme is this seriously the fastest option? Just checking."],
    );
}

#[test]
fn english_so_called_not_once_and_nobody_cares_count_only_when_aimed_at_the_reader() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Your so-called express delivery took nine days.",
            "I spoke to your so called experts twice.",
            "The so-called customer service line just hangs up.",
        ],
        &[
            "This is the so-called bullwhip effect in the supply chain.",
            "They will never vote for this so called government.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Not once did you reply to my emails.",
            "Not once has anyone called me back.",
            "Not one single reply in two weeks.",
        ],
        &[
            "Not once did the board ask for a recount after that.",
            "Not once in ten years has the meter failed.",
            "Nobody cares about your old car.",
        ],
    );
}

#[test]
fn a_sentence_opened_by_the_readers_handle_is_addressed_to_them() {
    assert!(judge("@acme_help This is not helpful.").agitated);
    assert!(!judge("This is not helpful.").agitated);
    assert!(!judge("My sister says @acme_help is not helpful, so I write here.").agitated);
    assert!(!judge("Write to help@acme.com. This is not helpful.").agitated);
}

#[test]
fn english_good_feedback_that_keeps_coming_and_plain_cancellations_are_not_signs() {
    signs_of_kind(
        Kind::Counting,
        &[],
        &[
            "We keep getting good feedback on the new layout.",
            "The decision was never made public.",
            "I never made it to the Monday call, sorry.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[],
        &[
            "If you just cancel the old order, that is fine.",
            "Just cancel the meeting if Bob is out.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[],
        &["Nobody in the shop knows how to set it, so I will come on Monday."],
    );
}

#[test]
fn english_own_refusals_and_things_that_still_work_are_not_signs() {
    signs_of_kind(
        Kind::Charged,
        &[],
        &[
            "We are unwilling to help with tax advice, sorry.",
            "The board refused to sign the lease in May.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[],
        &[
            "The old printer still works fine.",
            "We are still getting to know the new team.",
            "The fee is charged once, not twice.",
        ],
    );
}

#[test]
fn english_charges_for_what_one_has_are_not_charged() {
    signs_of_kind(
        Kind::Charged,
        &[],
        &[
            "We were charged for the room, which we do have until Friday.",
            "You will not be charged if you don't use it.",
        ],
    );
}

#[test]
fn english_death_wished_on_people_is_outrage_and_a_killed_project_is_not() {
    signs_of_kind(
        Kind::Outrage,
        &[],
        &[
            "The project should be killed before it costs more.",
            "I think the deal must be killed, the terms are poor.",
        ],
    );
}

#[test]
fn russian_blame_counting_and_sarcasm_of_batch_ten_are_signs() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Склад встал на сутки исключительно по вине вашего водителя.",
            "Все убытки от простоя линии будут выставлены вам.",
        ],
        &[
            "По вине погоды рейс задержали на час.",
            "Расходы на доставку будут выставлены вам отдельным счетом.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Это уже мое третье обращение по этому вопросу.",
            "Пишу четвертое письмо, а воз и ныне там.",
            "Очередной срыв графика нас не устраивает.",
        ],
        &[
            "Второе письмо с актами отправлю завтра.",
            "В очередной раз благодарим вас за заказ.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Наш простой, видимо, мелочи по сравнению с вашими планами.",
            "Спасибо, конечно, за очередную отписку.",
        ],
        &["Это мелочи, поправим за пять минут."],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Вам самим еще не надоело?",
            "Вы вообще собираетесь нам перезванивать?",
        ],
        &["Если надоело ждать, закажите доставку курьером."],
    );
}

#[test]
fn russian_name_calling_contempt_and_mockery_seen_online_are_signs() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Вы просто насекомые, раз подписали такое.",
            "Ты чучело, а не менеджер.",
            "Набрали каких-то людишек на склад.",
            "Опять надристали в отчете.",
        ],
        &[
            "Обработка склада от насекомых прошла в среду.",
            "Чучело на масленицу сожгли в воскресенье.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["На обещания вы горазды."],
        &["Так будет гораздо удобнее."],
    );
    signs_of_kind(
        Kind::Charged,
        &["Не выпендривайтесь и пришлите смету."],
        &["Ваши идеи по дизайну нам понравились."],
    );
    signs_of_kind(
        Kind::Rebuke,
        &["Пропейте успокоительное и перечитайте договор."],
        &["Примите таблетку за час до процедуры."],
    );
}

#[test]
fn russian_condescension_and_lying_alleged_are_signs() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Найдите себе другую работу, раз не справляетесь.",
            "Сначала вернитесь из детского сада, потом спорьте.",
        ],
        &[
            "Мы поможем найти другую работу сотрудникам закрытого цеха.",
            "Детский сад на Лесной откроется в сентябре.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &["Не надо врать, накладная у меня на руках."],
        &["Врать клиентам мы не будем ни при каких условиях."],
    );
}

#[test]
fn russian_go_away_is_an_insult_and_felling_a_forest_is_not() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Идите лесом с такими условиями.",
            "Вали отсюда со своим прайсом.",
        ],
        &["Бригада валит лес на участке до пятницы."],
    );
}

#[test]
fn russian_waits_counted_and_requests_unread_are_signs_and_a_second_reminder_is_not() {
    signs_of_kind(
        Kind::Counting,
        &["Водитель опять простоял на проходной полдня."],
        &[
            "Направляем второе напоминание об оплате счета.",
            "Линия простояла час из-за планового ремонта.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["Почему ваш диспетчер не читает заявки?"],
        &["Почему сканер не читает этот штрихкод, пока неясно."],
    );
}

#[test]
fn a_russian_name_reported_is_no_insult_and_one_called_now_is() {
    signs_of_kind(
        Kind::Insult,
        &["Вы хамы, и это не лечится.", "Хочется обозвать вас хамами."],
        &[
            "Ваш курьер назвал меня хамом при всем подъезде.",
            "Назови его кремлеботом, и спор окончен.",
        ],
    );
}

#[test]
fn russian_orders_in_polite_words_mock_praise_and_visits_counted_are_signs() {
    signs_of_kind(
        Kind::Demand,
        &["Потрудитесь объяснить, куда делась предоплата."],
        &["Мы потрудились над новым каталогом."],
    );
    signs_of_kind(
        Kind::Rebuke,
        &["Не будет денег к понедельнику, пеняйте на себя."],
        &["Пенять нам не на кого, ошибка наша."],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Поздравляю, вы установили новый рекорд по опозданиям.",
            "Может, вам стоит вести ежедневник?",
        ],
        &[
            "Поздравляем: магазин установил рекорд продаж в марте.",
            "Может, вам стоит посмотреть тариф для филиалов?",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["Электрик приезжал трижды, а свет так и мигает."],
        &["Электрик приезжал в среду и все заменил."],
    );
    signs_of_kind(
        Kind::Charged,
        &["Так за что мы платим по договору обслуживания?"],
        &["Поддержка входит в договор, доплачивать не нужно."],
    );
}

#[test]
fn russian_mothers_dragged_in_and_looks_mocked_are_insults() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Маму твою спроси, как считать сдачу.",
            "Какая-то страшненькая у вас девушка на ресепшене.",
        ],
        &[
            "Мама ваша звонила утром, просила перезвонить.",
            "Страшно представить, во что обойдется ремонт.",
        ],
    );
}

#[test]
fn signs_in_what_the_author_quotes_are_not_theirs() {
    // Quoted lyrics and quoted words of others, in each language: no sign.
    for calm in [
        "Θυμάστε το τραγούδι «είσαι ψεύτρα και απατεώνισσα, φύγε από δω»; Το ακούσαμε ξανά χθες.",
        "Ο διευθυντής είχε πει \"είναι απαράδεκτο και ντροπή\" για την παλιά εταιρεία, πριν από χρόνια.",
        "The old slogan was \"WE ARE SICK OF WAITING!!!\" and it is still on the wall of the office.",
        "The song we played at the party goes “you liar, you cheat, you fraud” and everyone sang along.",
        "Клиент процитировал песню «это полный кошмар и позор» в своём отзыве, всем понравилось.",
        "Στο ραδιόφωνο του γραφείου όλη μέρα:\n🎶 είσαι ψεύτρα κι απατεώνισσα 🎶\nΤα λέμε αύριο στη σύσκεψη.",
    ] {
        let j = judge(calm);
        assert!(j.evidence.is_empty(), "{calm:?}: {:?}", j.evidence);
    }
    // The author's own words around a quotation, scare quotes and a text
    // wrapped whole in quotation marks still count.
    for (rude, kind) in [
        (
            "Μας γράψατε «θα το φτιάξουμε αύριο». Είναι απαράδεκτο!!!",
            Kind::Charged,
        ),
        ("Your \"support\" is a joke and a disgrace.", Kind::Outrage),
        ("\"You idiots never answer anything!!!\"", Kind::Insult),
        (
            "Η «εξυπηρέτηση» σας είναι για γέλια, ντροπή σας.",
            Kind::Rebuke,
        ),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
}

#[test]
fn hashtags_and_handles_in_capitals_are_labels_not_shouting() {
    for calm in [
        "Διαβάστε το πρόγραμμα για τη #ΘΡΑΚΗ και την #ΑΝΑΠΤΥΞΗ_ΠΕΡΙΦΕΡΕΙΑΣ εδώ.",
        "Great evening at the #ANNUALMEETING with @NORTHWIND today.",
        "Πολύ ωραία βραδιά #ΣΑΒΒΑΤΟΒΡΑΔΟ #ΚΑΛΗΝΥΧΤΑ",
    ] {
        let j = judge(calm);
        assert!(j.evidence.is_empty(), "{calm:?}: {:?}", j.evidence);
    }
    for (rude, kind) in [
        ("#ΝΤΡΟΠΗ σας, ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ ΑΥΤΟ!", Kind::Capitals),
        (
            "Stop ignoring me, @northwind, this is ABSOLUTELY shameful.",
            Kind::Emphasis,
        ),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
}

#[test]
fn english_exasperation_in_other_words_is_found() {
    for (rude, kind) in [
        ("I am sick to death of chasing your office.", Kind::Charged),
        (
            "We're fed up to the back teeth with these delays.",
            Kind::Charged,
        ),
        (
            "Frankly I couldnt care less about your policy.",
            Kind::Charged,
        ),
        (
            "I have never been so embarrassed in front of a client.",
            Kind::Charged,
        ),
        ("Cancelling without a word is disrespectful.", Kind::Charged),
        ("The tracking page is worthless.", Kind::Charged),
        (
            "The handover was a shambles from start to finish.",
            Kind::Charged,
        ),
        (
            "Honestly, it was amateur hour on site today.",
            Kind::Charged,
        ),
        ("They are complete amateurs.", Kind::Charged),
        ("The fitter had no idea what he was doing.", Kind::Charged),
        ("Your courier is taking the mickey now.", Kind::Charged),
        ("I was on hold for two hours yesterday.", Kind::Charged),
        ("I'm beyond frustrated with this order.", Kind::Charged),
        ("We give up.", Kind::Charged),
        ("The whole launch was an absolute shambles.", Kind::Outrage),
        ("Your helpline is totally useless.", Kind::Outrage),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
}

#[test]
fn english_threats_to_go_further_are_demands() {
    // Threats of lawyers, court or debt collectors are rebukes:
    // `english_threats_of_lawyers_court_or_collectors_are_rebukes`.
    for rude in [
        "I am reporting your engineer to trading standards.",
        "We are escalating this to the ombudsman.",
        "We will start legal proceedings next week.",
        "I will be contacting my bank to reverse the payment.",
        "I have asked my card company to file a chargeback.",
        "I'll be leaving you a one-star review.",
        "I will leave reviews everywhere I can.",
        "I'll be warning everyone I know to avoid your shop.",
        "I want my money back.",
        "We won't be using you again.",
        "I will never order from your site again.",
    ] {
        assert!(
            kinds(rude).contains(&Kind::Demand),
            "{rude:?}: {:?}",
            kinds(rude)
        );
    }
}

/// English threats of lawyers, court or debt collectors are rebukes, as in
/// Russian and Greek; only the hedged next step of a formal claim (what
/// follows an unmet condition, said with reluctance, in a letter that
/// would rather settle) stays a demand, and words of the law in calm use
/// are no sign.
#[test]
fn english_threats_of_lawyers_court_or_collectors_are_rebukes() {
    let hedged = "If we have not heard from you by Friday, I'm afraid we will need to pass the account to our collection agency, which we would much rather avoid.";
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Our solicitors will be in touch.",
            "If the balance is not cleared by Friday, the account will be handed to our debt collectors without further notice.",
            "Unless we hear from you within seven days, the matter will be referred to our lawyers.",
            "We have instructed our solicitors to recover the full amount.",
            "Should the invoice remain unpaid, we will issue a claim in the small claims court.",
            "If it is not paid by the 20th, it goes to the small claims court.",
            "Pay by Monday or I'm taking you to the small claims court.",
            "If we are not paid, the matter goes to our solicitors.",
            "We will be passing the debt over to a collection agency.",
            "Unless the lift is repaired by Friday, our solicitors will be instructed to recover the cost.",
            "Otherwise our legal department will take the matter up.",
            "If the money isn't in by Monday, the file goes to my solicitor.",
            "The debt goes to our recovery agency on Monday.",
            "You can take it up with my lawyer from now on.",
        ],
        &[
            hedged,
            "Your solicitor will review the lease before you sign.",
            "Our solicitors will send the signed lease on Monday.",
            "Thank you for explaining the small claims court process.",
            "We will pass the contract to our lawyers for review.",
            "The hearing at the county court was moved to Tuesday.",
            "We have instructed our solicitors to draft the new lease.",
            "We will file a claim in the county court on your behalf next week.",
            "We have decided not to take legal action against you.",
        ],
    );
    signs_of_kind(Kind::Demand, &[hedged], &[]);
}

/// A threat that follows a deadline set just before it ("after that date")
/// is the next step of a claim as one that follows a condition is: with
/// the reluctance and the hope to settle, a demand; without them, still a
/// rebuke. In the three languages.
#[test]
fn a_hedged_threat_after_a_deadline_is_the_next_step_of_a_claim() {
    let hedged = [
        "Please settle the invoice by 20 March. After that date we will have to pass the account to our debt collectors, which we would much rather avoid.",
        "Просим оплатить счёт до 20 марта. После этой даты мы будем вынуждены обратиться в суд, хотя очень рассчитываем договориться.",
        "Παρακαλούμε να εξοφλήσετε το τιμολόγιο έως τις 20 Μαρτίου. Μετά από αυτή την ημερομηνία θα αναγκαστούμε να προσφύγουμε στα δικαστήρια, αν και ελπίζουμε να βρεθεί λύση.",
    ];
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Please settle the invoice by 20 March. After that date the account goes to our debt collectors.",
            "Просим оплатить счёт до 20 марта. После этой даты мы обратимся в суд.",
            "Παρακαλούμε να εξοφλήσετε το τιμολόγιο έως τις 20 Μαρτίου. Μετά από αυτή την ημερομηνία θα προσφύγουμε στα δικαστήρια.",
        ],
        &hedged,
    );
    signs_of_kind(Kind::Demand, &hedged, &[]);
}

/// Russian and Greek threats met with court, the police, the author's
/// lawyer or debt collectors, in the forms read misses used, are rebukes
/// as the English ones are; the same words in calm use are no sign.
#[test]
fn russian_and_greek_threats_of_lawyers_police_or_collectors_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Не устраивает — встретимся в арбитраже.",
            "Будете мешать — вызовем полицию.",
            "Дальше общаемся только через нашего юриста.",
            "Если оплата не поступит до пятницы, долг будет передан коллекторам.",
            "Η επόμενη επικοινωνία θα γίνει από τον δικηγόρο μας.",
            "Θα λάβετε επιστολή από τον δικηγόρο μου.",
            "Τα υπόλοιπα θα τα συζητήσουμε μέσω δικηγόρου.",
            "Ο φάκελος διαβιβάζεται στη νομική μας υπηρεσία.",
        ],
        &[
            "Увидимся на заседании в среду, я подготовлю документы.",
            "Если кран потечёт снова, вызовем мастера.",
            "Если увидим посторонних на объекте, охрана вызовет полицию.",
            "Документы по сделке передаём через юриста компании.",
            "Долг будет передан новому кредитору по договору цессии.",
            "Η επόμενη επικοινωνία θα γίνει από τη λογίστριά μας.",
            "Θα λάβετε επιστολή από τον δικηγόρο μας με το σχέδιο της σύμβασης.",
            "Θα συζητήσουμε τους όρους με τον δικηγόρο μας την Τρίτη.",
            "Ο φάκελος διαβιβάζεται στη νομική μας υπηρεσία για έλεγχο.",
        ],
    );
}

#[test]
fn english_indignant_questions_counting_and_blame_are_found() {
    for (rude, kind) in [
        ("Are you people taking the mickey?", Kind::Rhetorical),
        ("Do I really need to spell it out?", Kind::Rhetorical),
        ("Let me spell it out for you.", Kind::Rhetorical),
        ("Who trains your staff?", Kind::Rhetorical),
        ("Does anyone there even care?", Kind::Rhetorical),
        ("How is this acceptable?", Kind::Rhetorical),
        ("Why on earth would you ship it unpacked?", Kind::Rhetorical),
        (
            "This is now the fourth email about the valve.",
            Kind::Counting,
        ),
        ("It's the third reminder I have sent.", Kind::Counting),
        ("You told me that in May and again in June.", Kind::Counting),
        ("No call, no explanation, nothing.", Kind::Counting),
        ("They left without so much as a phone call.", Kind::Counting),
        ("I still haven't received the refund.", Kind::Counting),
        ("Your team has really let us down.", Kind::Blame),
        ("It is typical of how your company works.", Kind::Blame),
        ("You broke it, so you pay for it.", Kind::Blame),
        (
            "Whoever packed it clearly didn't bother to read the label.",
            Kind::Blame,
        ),
        ("Nobody has bothered to call me back.", Kind::Blame),
        ("Nobody had the decency to tell us.", Kind::Blame),
        ("Cheers for nothing.", Kind::Sarcasm),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
}

#[test]
fn english_rebukes_and_names_are_decisive() {
    for (rude, kind) in [
        ("You ought to be embarrassed.", Kind::Rebuke),
        ("Mind your own business.", Kind::Rebuke),
        ("Nobody asked for your opinion.", Kind::Rebuke),
        ("What a bunch of cowboys.", Kind::Insult),
        ("You hired cowboy builders.", Kind::Insult),
        ("Your manager is a numpty.", Kind::Insult),
        ("wtf is going on with my order", Kind::Insult),
        ("Your brain-dead support desk hung up again.", Kind::Insult),
        ("That agent is a waste of space.", Kind::Insult),
        ("Grow a spine and refund me.", Kind::Insult),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
        assert!(judge(rude).agitated, "{rude:?}");
    }
}

#[test]
fn english_calm_look_alikes_of_the_new_families_are_left_alone() {
    none_agitated(&[
        "The old scanner is no longer fit for purpose, so we have ordered a new one.",
        "We visited The Shambles in York on Saturday.",
        "I have no idea what the weather is doing this week.",
        "We were having a laugh about it at lunch.",
        "The project has been on hold for months while we wait for funding.",
        "Our client wants her money back from the landlord.",
        "Thank you for explaining the small claims court process.",
        "We must report the breach to the regulator within three days.",
        "Please pass the draft to your solicitors for review.",
        "We will pass the contract to our lawyers for review.",
        "The invoice will be sent to our legal team for approval.",
        "I'll contact my bank today to set up the direct debit.",
        "Customers who leave a negative review get a call from us.",
        "We won't be ordering again until the new budget in May.",
        "We'll certainly use you again next year.",
        "Who trains the new complaints staff and how are cases escalated?",
        "This is the fourth boiler you have serviced this year.",
        "This is the third email in the onboarding series.",
        "Thank you for having the courtesy to let us know.",
        "You have never let us down.",
        "Thanks for letting us know by Friday.",
        "Don't bother printing it, I have a copy.",
        "Please mind the step on your way in.",
        "The cowboy boots in the catalogue sold out.",
        "The donor was declared brain dead and the family agreed.",
        "He gave up his seat on the board in May.",
        "We still haven't decided on the venue.",
        "How is that going for you so far?",
        "Why on the other hand would they wait?",
    ]);
}

#[test]
fn english_orders_to_stop_talking_down_and_british_profanity_are_found() {
    for (rude, kind) in [
        ("Don't patronise me.", Kind::Rebuke),
        ("Stop whining and pay the invoice.", Kind::Rebuke),
        ("Our margins are none of your business.", Kind::Rebuke),
        ("Keep your opinions to yourself.", Kind::Rebuke),
        ("Get your facts straight before you call.", Kind::Rebuke),
        ("Do you understand plain English?", Kind::Rebuke),
        ("Can you not read?", Kind::Rebuke),
        ("Tell him to sod off.", Kind::Insult),
        ("That's utter bollocks.", Kind::Insult),
        ("Your courier couldn't be arsed to knock.", Kind::Insult),
        ("This portal is a pain in the backside.", Kind::Insult),
        ("Your reply was patronising.", Kind::Charged),
        ("They clearly don't give a toss.", Kind::Charged),
        ("Educate yourself before you comment.", Kind::Demand),
        ("Get a life.", Kind::Demand),
        ("Oh, get over yourself.", Kind::Demand),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "Can you not read the file either? Mine won't open.",
        "We will keep your comments on file for the next review.",
        "Please keep your nose clean and your badge visible on site.",
        "Let's get our facts straight before the board meeting.",
        "The summary is written in plain English for the board.",
        "Stop crying wolf was the title of his talk.",
        "Please stop by on Friday if you are near the office.",
    ]);
}

#[test]
fn english_typos_passives_and_mockery_of_complaints_are_found() {
    for (rude, kind) in [
        ("This is rediculous.", Kind::Outrage),
        ("Frankly unacceptible.", Kind::Outrage),
        ("Its discusting.", Kind::Outrage),
        ("The crew were incompetant.", Kind::Charged),
        ("Im very dissapointed.", Kind::Charged),
        ("Booking a courier is not rocket science.", Kind::Charged),
        ("We were lied to by your manager.", Kind::Blame),
        ("I was hung up on twice.", Kind::Blame),
        ("We have been treated like dirt.", Kind::Blame),
        ("Been ignored for a month now.", Kind::Blame),
        ("I shouldnt have to explain this again.", Kind::Blame),
        ("I'd expect more from someone at your level.", Kind::Blame),
        ("Then he had the cheek to ask for a tip.", Kind::Blame),
        ("Pull the other one.", Kind::Sarcasm),
        ("Yeah, right.", Kind::Sarcasm),
        ("And you expect us to be grateful?", Kind::Sarcasm),
        ("Do you really expect us to pay that?", Kind::Rhetorical),
        ("You will be hearing from our insurers.", Kind::Demand),
        ("I am not paying a penny of it.", Kind::Demand),
        ("I expect a full refund.", Kind::Demand),
        ("Get it together.", Kind::Demand),
        ("I'm still out of pocket.", Kind::Counting),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "The warning can be ignored for now.",
        "We were given the keys on Monday.",
        "You will hear from our lawyers about the draft next week.",
        "Can you get it together by Friday for the trade show?",
        "We expect to pay the full amount on the day.",
        "Yeah, right after lunch works.",
        "Do you think we will finish by Friday?",
        "Please claim your out of pocket expenses by the 5th.",
        "Someone at your office left a scarf here.",
    ]);
}

#[test]
fn english_dismissals_of_what_the_reader_says_are_charged() {
    for rude in [
        "You have no idea what you're talking about.",
        "What utter drivel.",
        "That is complete hogwash.",
        "I don't care what you think about it.",
        "You clearly know nothing about shipping.",
        "Stop trolling.",
    ] {
        assert!(
            kinds(rude).contains(&Kind::Charged),
            "{rude:?}: {:?}",
            kinds(rude)
        );
    }
    none_agitated(&[
        "I have no idea what time the train leaves.",
        "We don't care about your company size; everyone is welcome.",
        "The boat was trolling for mackerel off the coast.",
    ]);
}

#[test]
fn english_complaints_to_support_in_free_words_are_signs() {
    for (rude, kind) in [
        ("An absolute joke of a company.", Kind::Outrage),
        ("This bank is a total joke.", Kind::Outrage),
        ("That is stealing, plain and simple.", Kind::Outrage),
        ("You stole my money.", Kind::Outrage),
        ("Shocking.", Kind::Outrage),
        ("Useless.", Kind::Outrage),
        ("Diabolical service from start to finish.", Kind::Charged),
        ("Im seriously fuming.", Kind::Charged),
        ("Forty minutes of hold music.", Kind::Charged),
        ("And now nobody answers the chat.", Kind::Charged),
        ("You had one job.", Kind::Sarcasm),
        (
            "Well done, your driver left my parcel in the rain.",
            Kind::Sarcasm,
        ),
        ("Great, the site crashed again.", Kind::Sarcasm),
        ("Brilliant planning as always.", Kind::Sarcasm),
        ("Thanks for the copy-and-paste reply.", Kind::Sarcasm),
        ("Fix your app.", Kind::Demand),
        ("Sort my claim out this week.", Kind::Demand),
        ("Answer your phones.", Kind::Demand),
        ("Do better.", Kind::Demand),
        ("Dont bother ringing me again.", Kind::Demand),
        ("Refund me or I go to my bank.", Kind::Demand),
        ("Finish it or I find someone who will.", Kind::Demand),
        ("I'm done with you.", Kind::Demand),
        ("You've lost a customer.", Kind::Demand),
        ("Never flying with you again.", Kind::Demand),
        ("I'm switching providers.", Kind::Demand),
        ("We are taking our business to a competitor.", Kind::Demand),
        ("Read my email.", Kind::Rebuke),
        ("Learn to do your jobs properly.", Kind::Rebuke),
        ("Does anyone actually answer the phone?", Kind::Rhetorical),
        ("Does anyone there care at all?", Kind::Rhetorical),
        ("What exactly do you people do all day?", Kind::Rhetorical),
        ("Is this how you treat loyal customers?", Kind::Rhetorical),
        ("Another week, another excuse.", Kind::Counting),
        ("A different excuse every time.", Kind::Counting),
        ("Day 12 of waiting for a reply.", Kind::Counting),
        (
            "This is the third month you have taken two payments.",
            Kind::Counting,
        ),
        ("No tracking, no reply.", Kind::Counting),
        ("You are fobbing me off.", Kind::Blame),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "The absolute value of the budget is small.",
        "If nobody answers, leave a message with the front desk.",
        "The traffic was horrendous this morning.",
        "Great, the parcel arrived this morning. Thank you!",
        "Well done, the launch went without a hitch.",
        "Great work as always, thank you for the report.",
        "Great to see you again next week.",
        "Please fix your entries in the timesheet before Friday.",
        "Sort the invoices out by Friday, please.",
        "We are done with your report; comments attached.",
        "If you lose a customer, tell the account manager.",
        "We are moving to another building next month.",
        "Please read my email below and call me.",
        "Read my email from Monday for the figures.",
        "We need to learn how to deliver faster next year.",
        "What exactly do you do at the company?",
        "How many copies do you need?",
        "Does anyone actually use the old printer?",
        "This is how you treat a burn: cool water for ten minutes.",
        "Another day, another city: the tour goes on!",
        "Day 2 of the conference starts at nine.",
        "You had one job offer and took it?",
        "Thank you for the generic email address, I will use it.",
        "I spent two hours on the phone with the lawyers.",
        "The project is on hold for now.",
        "Don't bother printing it, I have a copy.",
        "Shocking news about the merger today.",
        "Useless to call before nine, the office opens at ten.",
    ]);
}

#[test]
fn english_everyday_complaint_words_and_curt_rebukes_of_a_moderator_are_signs() {
    for (rude, kind) in [
        ("So frustrating.", Kind::Charged),
        ("This is getting really annoying.", Kind::Charged),
        ("I am so annoyed with this.", Kind::Charged),
        ("Not impressed.", Kind::Charged),
        ("Poor service from start to finish.", Kind::Charged),
        ("Very poor.", Kind::Charged),
        ("Ugh.", Kind::Charged),
        ("Epic fail on payday.", Kind::Charged),
        ("Absolutely no help whatsoever.", Kind::Charged),
        ("Zero stars if I could.", Kind::Charged),
        ("A greedy cash grab.", Kind::Charged),
        ("That is false advertising.", Kind::Charged),
        ("Shady practices all round.", Kind::Charged),
        ("You know nothing about the subject.", Kind::Charged),
        ("You are on a power trip.", Kind::Charged),
        ("Stop it, you fascist.", Kind::Insult),
        ("Go away and get a clue.", Kind::Demand),
        ("Leave me alone.", Kind::Demand),
        ("I will report you to the admins.", Kind::Demand),
        ("Stop deleting my edits.", Kind::Demand),
        ("I'm cancelling my subscription.", Kind::Demand),
        ("I want to speak to a manager.", Kind::Demand),
        ("I would not recommend your shop to anyone.", Kind::Demand),
        ("Avoid at all costs.", Kind::Demand),
        ("What am I paying for exactly?", Kind::Rhetorical),
        (
            "Why can't anyone tell me when it will be fixed?",
            Kind::Rhetorical,
        ),
        (
            "Is anybody at your hotel able to give a straight answer?",
            Kind::Rhetorical,
        ),
        ("Day 4 and counting.", Kind::Counting),
        ("Late as usual.", Kind::Counting),
        ("Your app is down again.", Kind::Counting),
        ("Typical.", Kind::Counting),
        ("Called 3 times today.", Kind::Counting),
        ("Nothing but excuses from your call centre.", Kind::Counting),
        ("Why is my washing machine still not fixed?", Kind::Counting),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "Annoying as it is, the rule protects everyone.",
        "The charity helps very poor families in the area.",
        "I was impressed by the new office.",
        "The service starts at ten on Sunday.",
        "Please put the boxes in the trash room.",
        "The museum has a room on the fascist era.",
        "Please leave the keys with the porter.",
        "We will report the figures to the board on Monday.",
        "I'm cancelling the meeting on Friday; let's talk next week.",
        "I need to speak to a manager about the lease tomorrow.",
        "I would recommend booking early.",
        "The plant was down for maintenance again last year.",
        "It was a typical day at the office.",
        "I called 3 suppliers today.",
        "Why is the lift on the third floor still in use?",
        "What are we paying the consultants for the audit?",
    ]);
}

#[test]
fn english_grievances_mock_thanks_and_contempt_for_an_editor_are_signs() {
    for (rude, kind) in [
        ("I pay way too much for this.", Kind::Charged),
        ("Your update bricked my phone.", Kind::Charged),
        ("No customer service at all.", Kind::Charged),
        ("I'm losing my patience.", Kind::Charged),
        ("I'm at the end of my tether.", Kind::Charged),
        ("Extortionate.", Kind::Charged),
        ("What an absolute mess.", Kind::Charged),
        ("A total lack of communication.", Kind::Charged),
        ("No one has got back to me.", Kind::Charged),
        ("You are clearly biased.", Kind::Charged),
        ("This is pure censorship.", Kind::Charged),
        ("Abuse of admin power.", Kind::Charged),
        ("What a pompous reply.", Kind::Charged),
        ("Hope you go out of business.", Kind::Outrage),
        ("You are a disgrace to this forum.", Kind::Outrage),
        ("You guys are the worst.", Kind::Outrage),
        ("A sad little man with a rule book.", Kind::Insult),
        ("Thanks for ruining my holiday.", Kind::Sarcasm),
        ("So much for your customer guarantee.", Kind::Sarcasm),
        ("Gotta love how they charge a fee for that.", Kind::Sarcasm),
        ("Surprise surprise, nobody can explain it.", Kind::Sarcasm),
        ("Don't make me laugh.", Kind::Sarcasm),
        ("Don't touch my article again.", Kind::Demand),
        ("How is that fair?", Kind::Rhetorical),
        ("How do you people sleep at night?", Kind::Rhetorical),
        ("I've messaged you five times this week.", Kind::Counting),
        ("Forty minutes and still no answer.", Kind::Counting),
        ("You froze my account for no reason.", Kind::Blame),
        ("They closed it without even telling me.", Kind::Blame),
        ("You charged me twice.", Kind::Blame),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "We paid the full price for the tickets in May.",
        "The rain ruined the grass on the pitch.",
        "Sorry about the mess in the kitchen.",
        "The lack of information on the deal is a worry.",
        "The survey may be biased towards large firms.",
        "Thanks for sending the report.",
        "So much for the theory; now the numbers.",
        "I love how the new logo turned out.",
        "How do you sleep on long flights?",
        "Please call me at any time.",
        "I will call you a few times this week about the move.",
        "The meeting ran for forty minutes and no decision was taken.",
        "The office closed for no reason we could see, so we went home early.",
        "You charged me the right amount, thanks.",
    ]);
}

#[test]
fn english_complaints_written_as_tweets_are_signs() {
    for (rude, kind) in [
        ("3 weeks now and no refund.", Kind::Counting),
        ("It has been over a week and nothing.", Kind::Counting),
        ("The app keeps crashing.", Kind::Counting),
        ("This keeps happening.", Kind::Counting),
        ("It fails every time I try to log in.", Kind::Counting),
        ("Still broken after the update.", Kind::Counting),
        ("You left us stranded at midnight.", Kind::Charged),
        ("I'm so over it.", Kind::Charged),
        (
            "What's the point of a helpline that closes at 8?",
            Kind::Charged,
        ),
        ("Delayed again #neveragain", Kind::Charged),
        ("Two hours late #notgoodenough", Kind::Charged),
        ("Delayed again. #fail", Kind::Charged),
        ("Joke.", Kind::Outrage),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "We met 3 weeks ago in Leeds.",
        "The course runs over a week in June.",
        "Keep crashing the numbers until they balance.",
        "Every time I visit London I see the show.",
        "The old model is still in use.",
        "If the tests fail, call me.",
        "We must not fail.",
        "He told a joke at dinner.",
        "Let's get over it and plan the next launch.",
    ]);
}

#[test]
fn english_british_and_american_exasperation_second_set_is_found() {
    for (rude, kind) in [
        ("My patience has run out.", Kind::Charged),
        ("I have been more than patient.", Kind::Charged),
        ("Your staff were most unhelpful.", Kind::Charged),
        ("Words fail me.", Kind::Charged),
        ("Another screw-up from your booking team.", Kind::Charged),
        ("No way to treat a customer.", Kind::Charged),
        ("For crying out loud, fix the heating.", Kind::Charged),
        ("Give me a break.", Kind::Charged),
        ("Oh come on.", Kind::Charged),
        ("You only care about the money.", Kind::Charged),
        ("That was bang out of order.", Kind::Charged),
        ("I'm speechless.", Kind::Charged),
        ("Not a happy bunny.", Kind::Charged),
        ("Why tf do you need my passport?", Kind::Charged),
        ("The app is totally unreliable.", Kind::Charged),
        ("Woeful service.", Kind::Charged),
        ("Frankly I have had enough.", Kind::Charged),
        ("Absolutely shocking.", Kind::Outrage),
        ("Sort yourselves out.", Kind::Demand),
        ("Last time I use you.", Kind::Demand),
        ("Taking my business elsewhere.", Kind::Demand),
        ("What's wrong with your staff?", Kind::Rhetorical),
        ("Your men treat customers like dirt.", Kind::Blame),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "Thank you for your patience while we move offices.",
        "The lift is out of order until Monday.",
        "Come on over for dinner on Friday.",
        "We care about the customers in the north.",
        "Have you had enough to eat?",
        "What's wrong with the printer on the second floor?",
        "The last time I used the old system was in May.",
        "Please treat the samples like glass.",
    ]);
}

#[test]
fn english_why_questions_about_delays_and_calls_passed_around_are_signs() {
    for (rude, kind) in [
        ("Why does a refund take so long?", Kind::Rhetorical),
        ("Why is this taking so long?", Kind::Rhetorical),
        ("Why do you keep sending me these?", Kind::Rhetorical),
        ("Been trying to reach you for days.", Kind::Counting),
        ("Transferred four times.", Kind::Counting),
        ("Then the agent hung up on me.", Kind::Blame),
        ("The manager refused to exchange it.", Kind::Blame),
        ("Empty promises from start to finish.", Kind::Blame),
        ("Just wow.", Kind::Sarcasm),
        ("Six weeks for a refund \u{1F926}", Kind::Charged),
        ("Still waiting \u{1F612}", Kind::Charged),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "How long does a refund usually take?",
        "Why does the survey take two weeks to close? Just curious.",
        "I have been trying to reach you since Monday about the prices.",
        "The call was transferred to the sales desk.",
        "We hung up the new signs in the lobby.",
        "The bank refused the transfer because the IBAN was wrong.",
        "Wow, congratulations on the new job!",
    ]);
}

#[test]
fn english_dismissals_and_accusations_in_a_dispute_are_signs() {
    for (rude, kind) in [
        ("Whatever.", Kind::Charged),
        ("Yawn.", Kind::Charged),
        ("You obviously didn't read the sources.", Kind::Charged),
        ("This is admin abuse.", Kind::Charged),
        ("Stop your POV pushing.", Kind::Charged),
        ("You are the vandal here.", Kind::Charged),
        ("Get real.", Kind::Demand),
        ("Get over it and let us play.", Kind::Demand),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "Whatever you decide is fine with me.",
        "You obviously can't be in two places at once, so send Tom.",
        "The admin team will reset your password.",
        "Vandals broke the fence at the depot last night.",
        "Once you get over the jet lag, call me.",
    ]);
}

#[test]
fn english_short_online_scorn_and_second_name_calling_are_signs() {
    for (rude, kind) in [
        ("Who cares.", Kind::Charged),
        ("Cry me a river.", Kind::Charged),
        ("You're delusional.", Kind::Charged),
        ("Ok boomer.", Kind::Charged),
        ("That is so lame.", Kind::Charged),
        ("What a lame excuse.", Kind::Charged),
        ("Reads your reviews \u{1F921}", Kind::Charged),
        ("Move your van, you absolute bozo.", Kind::Insult),
        ("Only a psycho parks like that.", Kind::Insult),
        ("Your mate is a lame freak.", Kind::Insult),
    ] {
        assert!(kinds(rude).contains(&kind), "{rude:?}: {:?}", kinds(rude));
    }
    none_agitated(&[
        "Who cares for the plants while you are away?",
        "He is a fitness freak and runs every morning.",
        "She is a bit of a control freak about the budget.",
        "The psychology course starts in May.",
        "We watched a psycho thriller on Friday.",
        "It was a freak accident on the motorway.",
    ]);
    signs_of_kind(Kind::Insult, &[], &["Get ur freak on at the summer party!"]);
}

#[test]
fn russian_lecturing_and_what_the_reader_need_not_be_told_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Надо было внимательнее читать договор, там все написано.",
            "Вам следовало бы сначала уточнить размеры, а уже потом возмущаться.",
            "Нечего было подписывать, не читая.",
            "Разъяснять вам каждый пункт мы не обязаны.",
            "Напоминать вам о сроках каждую неделю в наши обязанности не входит.",
            "Взрослые люди, могли бы и сами записать в календарь.",
            "Пора бы уже запомнить, где лежат счета.",
        ],
        &[
            "Нам надо было предупредить вас заранее, простите.",
            "Нужно сначала проверить реквизиты, потом отправить платеж.",
            "Надо было уточнить у вас адрес доставки.",
            "Следует прочитать инструкцию перед установкой.",
            "Сначала оформите заявку, а потом позвоните нам.",
            "Настройка отчетов не входит в договор обслуживания.",
            "Курс рассчитан на взрослых людей без опыта.",
        ],
    );
}

#[test]
fn russian_dismissal_contempt_and_telling_how_to_work_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Это уже не наши проблемы.",
            "Что у вас сломалось потом, разбирайтесь сами.",
            "Это ваши проблемы.",
            "Нам сейчас не до ваших капризов.",
            "Ваше мнение о нашей методике нас, честно говоря, не интересует.",
            "Ваши советы нам не нужны.",
            "Вы, похоже, привыкли, что вам все вокруг должны.",
            "С вами бесполезно разговаривать.",
            "Не надо нам указывать, как работать.",
            "Давайте вы не будете учить нас нашей работе.",
            "Как-нибудь без ваших советов разберемся.",
            "А теперь вы пытаетесь свалить вину на нас.",
        ],
        &[
            "Это не ваши проблемы, мы все исправим сами.",
            "Разберемся сами, вам ничего делать не нужно.",
            "Ваше мнение для нас очень важно.",
            "Нам интересно ваше мнение о новой методике.",
            "С вами невозможно не согласиться.",
            "В платеже не нужно указывать нам номер заказа.",
            "Мы будем учить ваших сотрудников работе с системой.",
            "Мы не будем перекладывать ответственность на вас.",
        ],
    );
}

#[test]
fn russian_threats_condescension_and_passive_reproach_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Последствия вам очень не понравятся.",
            "Это не угроза, это факт.",
            "Вы еще пожалеете.",
            "Это вам с рук не сойдет.",
            "Следующее письмо вы получите уже от нашего юриста.",
            "Повторяю, раз с первого раза не доходит: доставка платная.",
            "Русским языком написано: возврат в течение 14 дней.",
            "Объяснять вам, как маленькому, я не буду.",
            "Для тех, кто в танке: оплата вперед.",
            "Вам уже не раз было сказано, что в выходные мы не доставляем.",
            "Вам было трижды написано про сроки.",
            "Не надо истерить, все решаемо.",
        ],
        &[
            "Вы не пожалеете, что выбрали этот тариф.",
            "Последствия сбоя вам уже не грозят.",
            "Следующее письмо придет от нашего бухгалтера.",
            "Раз с первого раза не получилось, попробуем иначе.",
            "Сайт переведен на русский язык.",
            "Объясняем детям, как работают деньги.",
            "Как вам было сказано по телефону, курьер приедет в среду.",
            "Не нужно волноваться, все решаемо.",
        ],
    );
}

#[test]
fn russian_cold_dismissal_mock_praise_and_blame_of_batch_thirteen_are_signs() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Нас это, откровенно говоря, мало волнует.",
            "Обсуждать тут нечего.",
            "Мы вам ничего не должны.",
            "Не выйдет.",
            "Ваша безалаберность нам дорого обошлась.",
            "Гуглить не пробовали.",
        ],
        &[
            "Нас это совсем не затрудняет.",
            "Вы нам ничего не должны, это подарок.",
            "Прошу прощения за нашу невнимательность.",
            "Загрузить не выйдет, пока файл больше 10 МБ.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Чудесно, вы снова прислали макет без логотипа.",
            "Внимательность - явно не ваш конек.",
            "Да, кэп, мы в курсе, что доставка задерживается.",
            "Очень смешно.",
        ],
        &[
            "Отлично, вы снова с нами!",
            "Выпечка - наш конек.",
            "Очень смешно получилось на фото, спасибо!",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Замок сломали вы сами.",
            "Вы сами неправильно подключили оборудование.",
            "Тариф вы выбрали сами.",
        ],
        &[
            "Вы сами выбираете удобное время доставки.",
            "Если вы сами подключили роутер, пришлите фото.",
        ],
    );
}

#[test]
fn russian_reproach_without_a_question_mark_is_rhetorical_and_counted() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Не понимаю, что тут может быть непонятного.",
            "Вы вобще читаете то что вам пишут.",
            "Почему вам по три раза надо объяснять одно и то же.",
            "Что вы еще от нас хотите.",
            "Вы вобще читаете письма?",
        ],
        &[
            "Если что-то здесь непонятно, позвоните.",
            "Что вы хотите от нас получить: скидку или замену?",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["Мы писали вам уже раза четыре."],
        &["Таблетки принимать раза три в день."],
    );
    signs_of_kind(
        Kind::Demand,
        &["Прочитайте инструкцию, прежде чем писать в поддержку."],
        &["Прочитайте инструкцию перед установкой."],
    );
}

#[test]
fn russian_rebukes_of_batch_fourteen_in_other_words() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Вам стоило внимательнее изучить условия оферты до оплаты.",
            "ЕЩЕ РАЗ ДЛЯ НЕПОНЯТЛИВЫХ: предоплата 100 процентов.",
            "Обвинять нас в собственной невнимательности очень удобно.",
            "Вы там совсем страх потеряли?",
            "И давайте без ваших эмоций, пожалуйста.",
            "Мы не обязаны отчитываться перед вами за каждый шаг.",
            "Результат будет в срок, остальное вас не касается.",
            "Хватит нам мозги пудрить.",
            "Так что тон смените.",
        ],
        &[
            "Эту выставку определенно стоило посмотреть.",
            "Стоило, наверное, уточнить у вас размеры заранее.",
            "Для тех, кто впервые пользуется кабинетом, есть инструкция.",
            "Курс для особо одаренных детей начнется в мае.",
            "Давайте без лишних эмоций обсудим варианты.",
            "Отчитываться о ходе работ будем каждую пятницу.",
            "Мы потеряли пропуск на склад, пришлите новый.",
            "Тон голоса в записи звонка не слышен.",
        ],
    );
}

#[test]
fn russian_weighed_signs_of_batch_fourteen_in_other_words() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Читать договор - это, знаете ли, обязанность заказчика, а не наша.",
            "Претензии не к нам.",
            "Мы тут вообще ни при чем.",
            "Ваши претензии абсолютно беспочвенны.",
            "Это не повод звонить нам по каждому пустяку.",
            "Счета принято оплачивать вовремя.",
        ],
        &[
            "Претензии по качеству принимает производитель.",
            "Мы поможем составить заявление и отправим его сами.",
            "Вопросы к нам можно задать по телефону.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Мы, конечно, понимаем, что читать инструкции скучно.",
            "Ваш директор, видимо, тоже не в курсе.",
            "Да-да, мы все поняли: виноваты все, кроме вас.",
        ],
        &[
            "Понимаем, что читать длинные договоры сложно, поэтому сделали выжимку.",
            "Наш директор в курсе ситуации и лично проследит за отгрузкой.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Перестаньте уже дергать нашего менеджера по пустякам.",
            "Писать нам больше по этому поводу не нужно.",
            "Тратить на них время мы больше не намерены.",
            "Дальше это обсуждать не вижу смысла.",
        ],
        &[
            "Писать нам можно в любое время.",
            "Время доставки мы больше не меняем без звонка.",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Артикул в заказе вы указали сами.",
            "Снимать с нас штраф за вашу же задержку!",
            "Позвольте напомнить, что это вы нам должны, а не мы вам.",
        ],
        &["Вы нам ничего не должны, это подарок."],
    );
    signs_of_kind(
        Kind::Counting,
        &["Третий раз присылаете одно и тоже."],
        &["Каждый месяц присылаете одно и то же, и это удобно."],
    );
}

#[test]
fn russian_rebukes_of_batch_fifteen_are_signs_and_their_polite_neighbours_are_not() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Петр, не учите нас, пожалуйста.",
            "Не прикидывайтесь, что не получали наше письмо.",
            "Вы же взрослый человек.",
            "Включите голову: телефон роняли в воду.",
            "Не нравится - не бронируйте.",
            "Никто вас не держит.",
            "Нам некогда возиться с каждым, кто трижды меняет дату.",
            "Мы этого так не оставим.",
            "Не перекладывайте с больной головы на здоровую.",
            "Не надо на нас давить и угрожать отзывами.",
            "Ну что вы как маленький, честное слово.",
            "Сначала из детского сада выйдите, потом поговорим о договоре.",
            "Внесем вашу компанию в черный список.",
        ],
        &[
            "Мы учим новых сотрудников по четвергам.",
            "Вас никто не торопит: подумайте спокойно.",
            "Включите, пожалуйста, логирование в разделе Настройки.",
            "Если вам не нравится результат, мы переделаем.",
            "Этого мы так и оставим, как в макете.",
            "Давление в системе не надо поднимать выше двух атмосфер.",
            "Детский сад на Лесной откроется в сентябре.",
        ],
    );
}

#[test]
fn russian_weighed_signs_of_batch_fifteen_are_signs_and_their_polite_neighbours_are_not() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Нам виднее, какой шрифт читается с тридцати метров.",
            "Это ваше личное дело, когда снимать.",
            "Это же элементарно.",
            "Никто вам ничего не обещал.",
            "Делаем по технологии, а не так, как вам хочется.",
        ],
        &[
            "Вам виднее, какой вариант ближе вашему бренду.",
            "Повторять заказ не нужно.",
            "Это очевидно выгоднее для обеих сторон.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["Повторять больше не буду."],
        &["Повторять заказ не нужно."],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["Интересная логика: сорвали срок вы, а неустойку платим мы."],
        &["Логика работы фильтра описана в инструкции."],
    );
    signs_of_kind(
        Kind::Blame,
        &["Складывается впечатление, что вы специально затягиваете оплату."],
        &["Мы специально затягивать не будем, отгрузим сразу."],
    );
}

#[test]
fn russian_signs_of_batch_sixteen_are_signs_and_their_polite_neighbours_are_not() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Можете жаловаться кому угодно.",
            "Это у вас руки не оттуда растут.",
            "Еще к нам прибежите.",
            "Вы опять ничего не поняли.",
        ],
        &[
            "Жаловаться можно в книгу отзывов или нам на почту.",
            "Руки мойте перед каждой сменой.",
            "Вы все поняли правильно, спасибо.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Нигде такого не написано, не выдумывайте.",
            "Скидку вы не получите, сколько бы писем ни написали.",
            "Вы не замечаете очевидного.",
            "Ну и пожалуйста.",
            "Потом сами же к нам вернетесь.",
            "Ищите тех, кто сделает дешевле.",
            "Вы поставили какую-то дешевку.",
        ],
        &[
            "Вернемся к вам с ответом до пятницы.",
            "Мы ищем тех, кто готов к долгому сотрудничеству.",
            "Ну и пожалуйста, обращайтесь, будем рады!",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Откуда вы вообще взяли, что доставка бесплатная.",
            "Вы сами-то понимаете, чего хотите?",
        ],
        &[
            "Откуда вы взяли эти данные? Пришлите ссылку, пожалуйста.",
            "Вы сами понимаете, что это займет время.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["Поражаюсь вашей способности не замечать очевидного."],
        &["Нас поразила скорость вашей работы."],
    );
    signs_of_kind(
        Kind::Blame,
        &["Ошибка в вашей же таблице, строка 14."],
        &["Ошибка в нашей таблице, исправим сегодня."],
    );
    signs_of_kind(
        Kind::Counting,
        &["Сказано же было: оригинальные картриджи."],
        &["Сказано было много хорошего о вашей работе."],
    );
}

#[test]
fn russian_signs_of_batch_seventeen_are_signs_and_their_polite_neighbours_are_not() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Мир не крутится вокруг вашего заказа.",
            "Если вам так мешает шум, переезжайте в деревню.",
            "В ваших советах, как ставить свет, я не нуждаюсь.",
            "Прежде чем что-то требовать, загляните в сервисную книжку.",
            "Потрудитесь хотя бы заглянуть в сервисную книжку.",
            "И не надо нас пугать проверками.",
        ],
        &[
            "Если вам так удобнее, обращайтесь по телефону.",
            "Прежде чем что-то менять, сделайте резервную копию.",
            "Мы потрудились над новым каталогом.",
            "Земля вертится вокруг Солнца.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Ваш заказ не важнее остальных.",
            "Вы считаете, что можете платить когда вздумается.",
            "Так не будет.",
            "Но так уж и быть, исправим.",
            "Мы не обязаны исправлять за вами.",
            "Вам, видимо, кажется, что вам тут все можно.",
        ],
        &[
            "Так не будет удобнее, лучше оставить как есть.",
            "Все заказы важны для нас одинаково.",
            "Вам все можно оплатить одной картой.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Погоду мы, к сожалению, не заказываем.",
            "Некоторым клиентам, видимо, кажется иначе.",
        ],
        &["Некоторым клиентам удобнее получать счета по почте."],
    );
    signs_of_kind(
        Kind::Counting,
        &["В последний раз."],
        &["В последний раз мы виделись в мае."],
    );
}

#[test]
fn russian_signs_of_batch_eighteen_are_signs_and_their_polite_neighbours_are_not() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "А вы к надежным клиентам, уж извините, не относитесь.",
            "Ну сколько раз еще объяснять одно и то же.",
            "Приходится объяснять очевидное взрослому человеку.",
        ],
        &[
            "Уж извините за задержку, курьер застрял в пробке.",
            "Сколько раз в месяц присылать отчет?",
            "Программа рассчитана на взрослых людей.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Боже, да когда же это кончится.",
            "Определитесь, тогда и поговорим.",
            "Ваши фотографии ничего не доказывают.",
            "Мастер больше не поедет, у него тоже есть нервы.",
            "Так работать нельзя.",
            "Нам от него ни холодно ни жарко.",
        ],
        &[
            "Фотографии подтверждают повреждение упаковки, спасибо.",
            "Так работать удобнее: все файлы в одной папке.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Вы меняете решения быстрее, чем мы успеваем их записывать.",
            "С таким же успехом можно было прислать фото забора.",
            "Срочно у вас все и всегда.",
        ],
        &["Мы успеваем к сроку, решения записали в протокол."],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Определитесь уже наконец, чего вы хотите.",
            "Мы так работать не будем.",
            "Скидок вы от нас больше не увидите.",
        ],
        &["Определимся с датой на встрече в четверг."],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Это уже седьмая правка логотипа.",
            "Каждый раз вы хотите что-то новое.",
        ],
        &["Это седьмой раунд по договору."],
    );
    signs_of_kind(
        Kind::Blame,
        &["Вспомните, как платили в прошлом году."],
        &["Вспомним, как хорошо работали в прошлом году."],
    );
}

#[test]
fn russian_signs_of_batch_nineteen_are_signs_and_their_polite_neighbours_are_not() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Не нужно выставлять нас виноватыми в том, что вы проспали.",
            "Проверять не будем, пока вы не научитесь заполнять хотя бы шапку.",
        ],
        &[
            "Мы не будем выставлять вам счет за повторный выезд.",
            "Пока вы не научитесь работать в системе, менеджер поможет.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Цену определяют не ваши фантазии.",
            "Придется потерпеть, как и всем остальным.",
            "Так что претензии, пожалуйста, к нему.",
        ],
        &[
            "Воплотим ваши фантазии в интерьере.",
            "Подождите, пожалуйста, до понедельника.",
            "Вопросы по доставке к нему, он на связи.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["Может, все-таки начнете читать то, что подписываете?"],
        &["Может, начнете с малого тиража?"],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["Еще один вопрос, ответ на который есть в первом абзаце договора."],
        &["Остался еще один вопрос, на него ответим завтра."],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["Мы отвечаем в течение дня, а не через пять минут после вашего письма."],
        &["Ответ придет в течение дня."],
    );
    signs_of_kind(
        Kind::Blame,
        &["Замеры делал ваш муж, а не наш замерщик."],
        &["Замеры делал наш замерщик, а не подрядчик."],
    );
}

#[test]
fn english_verdicts_ultimatums_and_doubted_competence_are_signs() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "Your customer service is a joke.",
            "ur support is beyond useless",
            "Your app is so bad.",
            "Your delivery service has been a shambles.",
        ],
        &[
            "Your service is booked for Monday.",
            "The weather is terrible today.",
            "Our old system was a mess, yours is fine.",
            "Your team is great.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Refund it today or I am doing a chargeback.",
            "Fix it this week, otherwise we'll go to the ombudsman.",
            "Answer me or I'm taking this to social media.",
        ],
        &[
            "You can pay by card or we can send an invoice.",
            "Call me tomorrow or I will call you on Friday.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Does anyone at your company actually know what they are doing?",
            "Do you guys know what you're doing?",
        ],
        &[
            "Does anyone know what the team is doing on Friday?",
            "I know what they are doing next week.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Third call, third different answer.",
            "Second email, same excuse.",
        ],
        &["The third call is at ten, the same agenda as before."],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Brilliant service, really.",
            "Excellent communication as always.",
        ],
        &["Great service, really quick and friendly."],
    );
    // Hedged disappointment and thanks for a fix are a calm complaint.
    let calm = "I'm a bit disappointed the replacement took three weeks, but it works well now. Thanks for sorting it out in the end.";
    assert!(!judge(calm).agitated, "{:?}", judge(calm).evidence);
    assert!(kinds("I am disappointed with the replacement.").contains(&Kind::Charged));
    assert!(kinds("Sort it out.").contains(&Kind::Demand));
}

#[test]
fn an_english_order_or_a_please_addresses_the_reader() {
    for (word, before) in [
        ("refund", None),
        ("stop", None),
        ("fix", None),
        ("pls", Some("it")),
    ] {
        assert!(addresses_the_reader(word, before), "{word}");
    }
    for (word, before) in [
        ("refund", Some("the")),
        ("stop", Some("bus")),
        ("sorted", None),
    ] {
        assert!(!addresses_the_reader(word, before), "{word}");
    }
    // A short order with one sign is aimed at the reader.
    assert!(judge("Refund it today or I am doing a chargeback.").agitated);
}

#[test]
fn russian_types_of_rebuke_of_batch_twenty_are_signs_and_their_polite_neighbours_are_not() {
    // The reader who does not even read, in any order and with any verb of
    // reading or listening.
    signs_of_kind(
        Kind::Rebuke,
        &[
            "вы вообще не читаете что вам пишут",
            "Договор вы даже не открыли.",
            "Ты совсем не слушаешь, что тебе говорят.",
            "Вы никогда не понимаете с первого раза.",
        ],
        &[
            "Если вы вообще не смотрите рекламу, этот тариф вам не нужен.",
            "В письме вы не указали номер заказа.",
            "Вы даже не заметите, что работы шли.",
        ],
    );
    // Managing to spoil something, said of the reader.
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Вы умудрились за неделю сломать то, что работало три года.",
            "Ухитрились же вы потерять оригинал договора.",
        ],
        &["Вы умудрились найти ошибку, которую мы искали неделю, спасибо!"],
    );
    // A threat of court, with a word between.
    signs_of_kind(
        Kind::Rebuke,
        &["Разговаривать будем уже в суде."],
        &["Разговор с юристом будет в четверг."],
    );
    // The reader's concerns dismissed.
    signs_of_kind(
        Kind::Outrage,
        &[
            "Ваши сроки нас не волнуют.",
            "Нас совершенно не интересуют ваши сроки.",
        ],
        &[
            "Нас не волнует задержка на день, не переживайте.",
            "Ваше мнение нас очень интересует.",
        ],
    );
    // Lecturing imperatives: a comparative of care, or "at least" open it.
    signs_of_kind(
        Kind::Demand,
        &[
            "Внимательнее читайте инструкцию.",
            "Смотрите повнимательнее, что подписываете.",
            "Откройте хотя бы раздел 4.",
        ],
        &[
            "Прочитайте внимательно условия акции перед оформлением.",
            "Будьте внимательны: мошенники звонят от имени банка.",
            "Посмотрите хотя бы первую страницу презентации, там краткое описание.",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &["Договор вы так и не открыли."],
        &["Оплата, к сожалению, так и не поступила, проверьте реквизиты."],
    );
}

#[test]
fn russian_everyday_senses_of_charged_words_are_not_signs() {
    ordinary_use_is_no_sign(&[
        // How much one may order, not "how long must we bear it".
        (
            "Сколько можно заказать за один раз? Лимит на сайте не указан.",
            "Сколько можно путать накладную со счетом.",
            Kind::Rebuke,
        ),
        // Fraud by a third party, not by the reader.
        (
            "Нас обманули мошенники, поэтому мы сменили номер счета.",
            "Вы нас обманули с датой поставки.",
            Kind::Charged,
        ),
        (
            "Остерегайтесь мошенников: они звонят от имени банка.",
            "Вы мошенники, а не партнеры.",
            Kind::Charged,
        ),
        // "Once again I am convinced it is a pleasure", not counting failures.
        (
            "В который раз убеждаюсь, что с вами приятно работать.",
            "В который раз напоминаю про оплату.",
            Kind::Rebuke,
        ),
        // A blunt knife, not a dull person.
        (
            "Нож в резаке тупой, поменяйте, пожалуйста, лезвие.",
            "Вы тупой или притворяетесь?",
            Kind::Insult,
        ),
        // Let us not go to court.
        (
            "Давайте не будем доводить до суда, предлагаю встретиться.",
            "Мы готовы довести дело до суда.",
            Kind::Demand,
        ),
        // A pedicure, not a slur.
        (
            "Запись на маникюр и педикюр открыта на следующую неделю.",
            "Ты педик.",
            Kind::Insult,
        ),
        // Sawhorses; the card game; Loch Ness.
        (
            "Для покраски потолка понадобятся строительные козлы и валик.",
            "Вы козлы, а не партнеры.",
            Kind::Insult,
        ),
        (
            "Игра в дурака входит в подарочный набор, как и гостиница Лох-Несс.",
            "Ты дурак или притворяешься?",
            Kind::Insult,
        ),
        // Mild, polite disappointment.
        (
            "Мы немного разочарованы итогами теста, давайте обсудим, что улучшить.",
            "Я разочарована вашим отношением.",
            Kind::Charged,
        ),
        // The weather and a silly situation, not the reader.
        (
            "Отвратительная погода, берегите себя.",
            "Отвратительная работа, а не ремонт.",
            Kind::Charged,
        ),
        (
            "Идиотская ситуация вышла с пропуском, сейчас решу.",
            "Вы идиот.",
            Kind::Insult,
        ),
        // Reassurance.
        (
            "Не переживайте, это полная ерунда, поправим за минуту.",
            "Ваши аргументы полная ерунда.",
            Kind::Charged,
        ),
        // Where one spent last week; how many seats are left.
        (
            "Где вы были на прошлой неделе? Хотели позвать вас на презентацию.",
            "Где вы были все это время?",
            Kind::Rhetorical,
        ),
        (
            "Сколько еще мест осталось на складе?",
            "Сколько еще терпеть ваши задержки?",
            Kind::Rhetorical,
        ),
        // Glad shock.
        (
            "Мы в шоке от того, как быстро вы все сделали!",
            "Мы в шоке от вашего обслуживания.",
            Kind::Outrage,
        ),
    ]);
}

#[test]
fn russian_contempt_for_the_reader_of_the_batch_twenty_probe_is_a_sign() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Вы ведете себя как ребенок.",
            "Ну вы прямо как маленький.",
            "Не нравится - идите к конкурентам.",
        ],
        &[
            "Вы ведете себя как настоящий профессионал, спасибо.",
            "Если не нравится цвет, обращайтесь, перекрасим бесплатно.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Мы не обязаны разжевывать вам каждый пункт договора.",
            "Я не собираюсь тратить время на ваши вопросы.",
            "Ваши бесконечные претензии мы читать не будем.",
            "Уйдете - плакать не будем.",
        ],
        &[
            "Мы разжевали в памятке все шаги, посмотрите.",
            "Мы рады тратить время на ваш проект.",
            "Спасибо за ваши постоянные заказы.",
        ],
    );
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Вы путаете нас с благотворительной организацией.",
            "Еще одно подобное письмо, и мы прекращаем сотрудничество.",
        ],
        &[
            "Кажется, вы путаете нас с другой компанией: такого договора у нас нет.",
            "Еще один шаг, и мы закончим настройку.",
        ],
    );
}

#[test]
fn english_swearing_inside_a_compound_or_in_txt_spelling_is_an_insult() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Worst FUKN customer service I have ever seen.",
            "This whole migration is a clusterfuck.",
            "What kind of dipshit wrote this invoice?",
            "Your support team is a bunch of asshats and chickenshits.",
            "I am so fkn tired of waiting.",
            "Three weeks and still no fcking refund.",
            "It is effing ridiculous that nobody answers.",
            "This is sh1t and you know it.",
        ],
        &[
            "Add the shiitake mushrooms after the onions.",
            "Our supplier in Fukuoka ships on Monday.",
            "The plant near Fukushima reopened last year.",
            "The Scunthorpe office will call you back.",
            "We booked the hotel in Phuket for the offsite.",
            "The effect of the change is small.",
            "He shifted the meeting to Thursday.",
            "Matsushita and Kinoshita joined the call from Osaka.",
            "Ashit from the Pune office will send the figures.",
        ],
    );
}

#[test]
fn english_compounds_and_slurs_of_a_licensed_word_list_are_insults() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Tell that asshat in billing to fix my invoice.",
            "Only a dickwad would send a reminder like this.",
            "Your manager is a cocksucker and a liar.",
            "Stop acting like a whore for the shareholders.",
            "Nobody wants to read your faggot opinions.",
            "The new hire is a total skank.",
            "He called the driver a wetback in front of everyone.",
            "Quit being a wuss and answer the question.",
        ],
        &[
            "Grab a beanbag in the lounge before the talk.",
            "The chunky knit scarves sold out in a week.",
            "That demo was dope, thanks for the slides.",
            "Booty from the pirate themed escape room is in the box.",
            "He felt a bit cocky after closing the deal.",
            "The honky tonk band plays at the Friday party.",
            "Keep the kitchen spic and span for the visitors.",
            "We ordered two hundred 600 WOG ball valves.",
            "Her Niggardly budget notes cover every cent.",
            "The flight to Lesbos leaves on Tuesday.",
            "Please niggle less about the font in the deck.",
            "Wipe the gook off the printer rollers first.",
            "MoFo sent the merger draft back this morning.",
            "Pack the microfiber towel head wrap in the gift box.",
        ],
    );
}

#[test]
fn words_inside_a_link_are_no_sign() {
    // A link's words are an address, not said to the reader; the same
    // words in the sentence still are.
    ordinary_use_is_no_sign(&[
        (
            "The list is at https://wiki.example.org/find?term=partnershit&page=2 for the team.",
            "The list is partnershit for the team.",
            Kind::Insult,
        ),
        (
            "Our report is at www.example.com/FUCKING-DEADLINES-AND-YOU.html for your team.",
            "Our report is FUCKING late for your team.",
            Kind::Insult,
        ),
        (
            "Статья лежит здесь: https://пример.рф/блядь-и-сроки, посмотрите, пожалуйста.",
            "Статья, блядь, лежит здесь, посмотрите, пожалуйста.",
            Kind::Insult,
        ),
        (
            "Το άρθρο είναι εδώ: https://example.gr/ΗΛΙΘΙΟΙ-ΠΕΛΑΤΕΣ!!!, δείτε το.",
            "Είστε ΗΛΙΘΙΟΙ, δείτε το.",
            Kind::Insult,
        ),
    ]);
}

#[test]
fn russian_obscene_verb_forms_and_slurs_missed_before_are_insults() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Меня не ебёт, что у вас там со складом.",
            "Да кого это ебёт?",
            "Ты чего мне мозги ебёшь третий день?",
            "Еби своих подчиненных, а не меня.",
            "Пусть сам ебётся с этой накладной.",
            "Ёпт, опять не та накладная.",
            "Да мне это по хую.",
            "Я не пизжу, деньги ушли в понедельник.",
            "Думаете, я у вас что-то спизжу?",
            "Ваш директор просто сукин сын.",
            "Ваша бухгалтерша стерва.",
            "Ты членосос.",
            "Хватит дрочить на свои регламенты.",
            "Он опять дрочит на отчеты вместо работы.",
            "Вы просто мандавошка.",
            "Уберите этого ниггера со склада.",
            "Ну ты и нигга.",
            "Опять эти чучмеки перепутали заказ.",
            "Черножопые у вас на складе ничего не умеют.",
            "Черномазый курьер опять опоздал.",
            "Жидовка из бухгалтерии не отвечает.",
        ],
        &[
            "Мандат совета директоров истекает в мае.",
            "Привезите, пожалуйста, ящик мандаринов к празднику.",
            "На вечере читали Мандельштама.",
            "Над полем кружил стервятник.",
            "Корпус прибора сделан из эбонита.",
            "Мы сняли хуторок у реки на выходные.",
            "На завтрак подали дрочёну с вареньем.",
            "Банк требует подписать договор до пятницы.",
            "Он гребёт на байдарке по выходным.",
            "Погребение состоится в субботу.",
            "Груз из Нигерии задерживается на таможне.",
            "Его нигилизм утомил весь отдел.",
            "Шинель сшита из серого сукна.",
            "Членство в ассоциации продлено на год.",
            "Он член совета директоров с прошлого года.",
            "Ее сын пойдет в школу осенью.",
            "Мы вышли на рубеж в миллион продаж.",
            "Небо сегодня ясное, рейс не задержат.",
            "Оставьте копию себе.",
            "Пересылаю тебе отчет за квартал.",
            "Словарь Уэбстера лежит на полке.",
            "Ссылка на вебинар придет завтра.",
            "Отчет подготовила Ирина Сукина.",
            "Партия пришла из Нигера.",
            "На обед были манду с говядиной.",
            "Эта хурма хуже прошлогодней.",
            "Звонил Сукин из логистики, просил перезвонить.",
            "Жидкость для омывателя закончилась.",
            "Урожай пшеницы в этом году хороший.",
            "Американский партнер подписал акт.",
            "Профессор Вебер пришлет отзыв в среду.",
        ],
    );
}

#[test]
fn english_superlative_verdicts_on_what_the_writer_went_through_are_outrage() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "Honestly the rudest staff we have ever dealt with.",
            "This is by far the slowest courier I've ever used.",
            "The most unprofessional firm I have had the misfortune to hire.",
            "Worst customer experience I've had in years.",
            "The dirtiest room we've ever been given.",
        ],
        &[
            "The worst of the storm seems to be over now.",
            "It was the best hotel we have ever stayed in.",
            "This is the worst case we have planned for, and we are ready.",
            "The slowest part of the job, I have found, is the paperwork.",
            "Which of the three is the most useful, in your view?",
        ],
    );
}

#[test]
fn english_mock_congratulations_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Congratulations on making a simple refund impossible.",
            "congrats on breaking the checkout again",
            "Well done on losing the one parcel that mattered.",
            "Bravo on turning a ten-minute job into a two-week saga.",
            "Congrats on making a simple form take three weeks.",
            "Two weeks for a password reset. Truly impressive.",
        ],
        &[
            "Congratulations on the launch, everyone!",
            "Congrats on making partner, Jane, well deserved.",
            "Well done on finishing the audit early.",
            "Congratulations on making the shortlist for the award.",
            "Your new warehouse is truly impressive, well done.",
        ],
    );
}

#[test]
fn english_orders_cut_short_and_contrasted_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Cancel my account. Now.",
            "I want my deposit back. Today, not next month.",
            "Not a voucher, not store credit. My money.",
            "Not next week, not after the holidays. This week.",
            "Close the ticket. Not at the end of the sprint, now.",
            "Not credit, not a discount on next month.",
        ],
        &[
            "When did the parcel arrive? Today.",
            "Not only the invoice but also the receipt is missing.",
            "Not sure about Friday, but next week works.",
            "Now, about the budget for next year.",
            "Not all of the items arrived, so we will wait for the rest.",
        ],
    );
}

#[test]
fn english_saying_it_once_more_is_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "I don't know how else to say this: the deadline was Friday.",
            "I do not know how many more ways I can explain it.",
            "Nobody came to the site on Monday. Again.",
            "The invoice is wrong. Yet again.",
        ],
        &[
            "I'm not sure how else to put it in the summary.",
            "Thanks again for your help on Monday.",
            "We will try again on Tuesday.",
            "Let me know how else we can help.",
        ],
    );
}

#[test]
fn russian_cold_put_downs_are_rebukes_and_their_calm_twins_are_not() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            // Telling the reader not to teach, order or interfere.
            "Не надо рассказывать нам, как делать нашу работу.",
            "Не нужно объяснять мне, как выполнять мою работу.",
            "Давайте вы не будете учить нас работать.",
            "Учить меня, как вести бухгалтерию, не надо.",
            "Не указывайте нам, что делать.",
            "Не надо тут командовать.",
            "Не лезьте в наши дела.",
            "Не суйтесь в нашу кухню.",
            "Нос в наши дела не суйте.",
            "Займитесь лучше своими делами, а нам не мешайте.",
            "Занялись бы лучше своей работой.",
            "Мы и без вас знаем, что делать.",
            "Без вас справимся.",
            "Мы сами знаем, как нам работать.",
            "Мы лучше вас знаем, что нужно нашим клиентам.",
            "Знаю лучше вас, что нужно клиентам.",
            "Я сам знаю, что мне делать.",
            // None of the reader's business.
            "Это не ваше дело.",
            "Какое вам дело, сколько стоит наш кофе?",
            "Не вашего ума дело.",
            "Вас это не касается.",
            "Это тебя совершенно не касается.",
            "Почему мы так решили, вас не касается.",
            "Вашего мнения никто не спрашивал.",
            "Вас никто не спрашивал.",
            // Dismissal.
            "Не вам решать, как нам работать.",
            "Судить о качестве не вам.",
            "Это уже ваши личные проблемы.",
            "Нас это мало волнует.",
            "Ваши сроки нас нисколько не волнуют.",
            // Condescension.
            "Повторю медленно: оплата вперед.",
            "Объясняю по слогам.",
            "Даже не знаю, как вам еще объяснить.",
            "Как бы вам попроще объяснить, чтобы дошло.",
            // Contempt for the reader's competence.
            "Вы в этом ничего не понимаете.",
            "Вы ровным счетом ничего не смыслите в логистике.",
            "Вы совершенно не разбираетесь в рекламе.",
            "Не разбираетесь - не лезьте.",
            "Не беритесь судить о том, в чем не разбираетесь.",
            "Не беритесь рассуждать о нашей кухне.",
            // Advice not wanted.
            "Оставьте ваши советы при себе.",
            "Свои замечания держите при себе.",
            "Давайте без нотаций.",
            "Обойдемся без ваших подсказок.",
            "Мы не обязаны вам ничего объяснять.",
        ],
        &[
            "Это не ваша забота — мы всё сделаем сами.",
            "Мы сами разберемся с доставкой, не беспокойтесь.",
            "Вам виднее, как удобнее.",
            "Объясню подробнее, как считается скидка.",
            "Изменения тарифов вас не касаются: у вас договор с фиксированной ценой.",
            "Если вы оплатили заказ до марта, вас это не касается.",
            "Занимайтесь своими делами спокойно: ремонт мы проведём в выходные.",
            "Спокойно занимайтесь своими делами.",
            "Мы сами знаем, как неприятно ждать посылку.",
            "Если вы не разбираетесь в настройках роутера, ничего страшного.",
            "Если не разбираетесь в электрике, не беритесь за ремонт сами, вызовите мастера.",
            "Не лезьте в настройки роутера без мастера.",
            "Пожалуйста, не указывайте нам в письмах номер карты.",
            "Указывать нам реквизиты не нужно, они есть в договоре.",
            "Без вас мы бы не справились.",
            "Без вас не разберемся, приезжайте.",
            "Без вас справимся, не переживайте, отдыхайте.",
            "Вы лучше нас знаете свой рынок.",
            "Обещали научить нас работать с новой CRM.",
            "Повторю по буквам: Шуранова.",
            "Не знаю, как вам объяснить эту задержку, мне очень жаль.",
            "Решать вам: можем оставить старый дизайн.",
            "Решать не вам одному, а всему совету.",
            "Нас это совершенно не беспокоит, переносите.",
            "Вы ничего не знаете о судьбе заказа?",
            "Отправим заказным, чтобы точно дошло.",
            "Вы не обязаны нам ничего объяснять.",
            "Это ваше решение, мы поддержим любое.",
            "Занимайтесь своим делом, а мы возьмем на себя бухгалтерию.",
            "Без вас справимся с монтажом, можете не приезжать.",
            "Мы сами решим, что нужно сделать, и сообщим вам.",
            "Знаем, что лучше вас никто не сделает.",
            "Какое вам дело поручили на новом месте?",
            "Это не ваше дело, а наше: мы всё исправим.",
            "Вас это не касается, если вы на упрощенке.",
            "Вас никто не просил подписать акт?",
            "Меня это мало волнует, главное, чтобы вам было удобно.",
            "Я говорю медленно, поэтому звонок займет время.",
            "Повторяем упражнение медленно, десять раз.",
            "Не беритесь оценивать ущерб самостоятельно, дождитесь эксперта.",
            "Не беритесь судить по первой неделе, результат будет через месяц.",
            "Не указывать в заявке то, что не подтверждено документами.",
            "Не вмешивайтесь в работу оборудования без инженера.",
            "Повторю медленно и внятно на созвоне, если связь опять прервется.",
            "Объясню помедленнее на встрече, там проще показать на схеме.",
            "Без вас обойдемся на монтаже, а на приемку приезжайте.",
            "Это не ваше дело - исправлять нашу ошибку, мы все сделаем сами.",
            "Какое вам дело нужно оформить: продление или новый договор?",
            "Вас это не касается: у вас другой тариф.",
            "Ваше дело ждать звонка курьера, все остальное мы сделаем.",
            "Позвольте нам самим решать вопросы с таможней.",
            "Мы сами знаем, что делать в таких случаях, не волнуйтесь.",
            "Объясняю по слогам название улицы: Ко-ло-коль-ная.",
            "Повторяю медленно номер заказа: 4-5-7-1.",
            "Учить нас новой системе не нужно, мы с ней уже работали.",
            "Нос не суйте в бетономешалку во время работы.",
            "У вас проблемы с логикой импорта, пришлите файл.",
        ],
    );
}

#[test]
fn russian_we_know_better_weighs_with_words_between_and_not_as_seeing() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Нам виднее.",
            "Нам, честно говоря, виднее, как собирать шкаф.",
            "Мне тут виднее, как настраивать станок.",
        ],
        &[
            "Вам виднее, как удобнее.",
            "Нам будет виднее после замера.",
            "Нам видно, что заказ уже в пути.",
            "Нам хорошо видно вашу витрину с улицы.",
        ],
    );
}

#[test]
fn russian_put_downs_of_the_second_probe_are_rebukes_by_type() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            // Help and advice the writer does not need.
            "Мы не нуждаемся в ваших консультациях.",
            "Я не нуждаюсь в ваших подсказках, как вести бухгалтерию.",
            "В ваших поучениях мы не нуждаемся.",
            "Ваши пожелания по упаковке нам ни к чему.",
            "Позвольте нам самим решать, сколько людей ставить на смену.",
            // Keeping out, with the reader named.
            "Лезть в наш график вам незачем.",
            "Вам нечего соваться в нашу переписку с банком.",
            "Ваше дело - платить.",
            // Do it yourself, then.
            "Если вам так хочется все решать, откройте свою пекарню.",
            "Раз вы так хорошо разбираетесь, сделайте сами.",
            // Slow wits, unrealistic ideas, opinions not cared for.
            "С логикой у вас туго.",
            "У вас напряженка с арифметикой.",
            "Вы плохо представляете, как работает склад.",
            "Вы понятия не имеете, как устроен наш цех.",
            "Ваши представления о рекламе далеки от реальности.",
            "Ваши знания о рынке не имеют ничего общего с действительностью.",
            "Мне совершенно безразлично, что вы об этом думаете.",
            "Нам плевать, что вам кажется.",
        ],
        &[
            "Мы не нуждаемся в дополнительных документах.",
            "В услугах курьера мы не нуждаемся, заберем сами.",
            "Спасибо, в вашей помощи мы больше не нуждаемся, все заработало.",
            "Оригиналы нам ни к чему, хватит скана.",
            "Позвольте нам самим организовать доставку, вам не придется ни о чем беспокоиться.",
            "Вам не нужно вмешиваться, система все сделает сама.",
            "Ваше дело для нас важно, ответим до пятницы.",
            "Если вам так удобнее, сделайте заявку сами в личном кабинете.",
            "Откройте свой бизнес и получите бонус.",
            "У вас проблемы с памятью телефона, очистите кэш.",
            "С поставками у вас все в порядке, груз на складе.",
            "Если вы плохо представляете, как работает склад, приезжайте на экскурсию.",
            "Ваши ожидания по срокам совпадают с нашими.",
            "Нам все равно, в какой день забирать груз.",
            "Нам все равно, что вы выберете, оба варианта хороши.",
            "Нам все равно, кто из вас приедет на приемку.",
            "Нам все равно, как вы назовете файл, главное, чтобы он открывался.",
            "Остальное вас касаться не должно: на вашем счете ничего не изменится.",
            "Мы не нуждаемся в ваших рекомендациях по размещению, но спасибо за заботу.",
            "Вы понятия не имеете, как мы рады вашему отзыву!",
            "Попробую объяснить совсем просто, без терминов.",
        ],
    );
}

#[test]
fn russian_put_downs_of_the_third_probe_are_rebukes_by_type() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Решаем здесь мы, а не вы.",
            "Определяю объем работ я, а не заказчик.",
            "Ваша задача - подписать акт, а не указывать бригаде.",
            "Когда нам понадобится совет любителя, мы спросим.",
            "Сначала сами разберитесь в договоре, а потом уже звоните нам.",
            "Для начала самому бы изучить тему, а уж потом спрашивать.",
            "Если бы вы хоть чуть-чуть понимали в сантехнике, не задавали бы таких вопросов.",
            "Хотите по-своему - делайте сами.",
            "Не отнимайте у меня время.",
            "Не тратьте наше время на пустые споры.",
            "Позвольте мне, специалисту, судить о качестве сварки.",
            "Мы не должны перед каждым заказчиком оправдываться.",
            "Отчитываться перед клиентами о закупках мы не обязаны.",
        ],
        &[
            "За качество отвечаем мы, а не вы: гарантия три года.",
            "Ваша задача - только подписать акт, все остальное сделаем мы.",
            "Когда нам понадобится ваша консультация, мы напишем заранее.",
            "Это лишь мнение любителя, но мне кажется, цвет удачный.",
            "Советую для начала посмотреть наш каталог, а потом обсудим детали.",
            "Если бы вы хоть немного подождали, мы бы успели привезти второй комплект.",
            "Хотите по-своему - сделаем, доплата 500 рублей.",
            "Не тратьте свое время на звонки, все статусы есть в личном кабинете.",
            "Когда нам понадобится взгляд со стороны, обязательно обратимся к вам.",
            "Не тратьте наше время на формальности: достаточно номера заказа.",
            "Мы не обязаны отчитываться перед налоговой ежемесячно.",
        ],
    );
}

#[test]
fn russian_blame_denied_is_reassurance() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Это ваша вина, и исправлять её будете вы.",
            "Сбой - целиком твоя ошибка.",
        ],
        &[
            "Это не ваша вина, мы сами перепутали адрес.",
            "Не волнуйтесь, это не ваша ошибка: система сбоила у нас.",
            "Задержка - не твоя недоработка, склад закрылся раньше.",
        ],
    );
}

/// A question answered at once with comfort offers help ("Совсем запутались
/// в настройках? Ничего страшного, поможем"): no put-down. The same words
/// as a statement, a question left unanswered, or one answered with more
/// reproach, still rebuke.
#[test]
fn a_question_answered_with_comfort_offers_help() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Вы ничего не понимаете в настройках. Ничего страшного, мы поможем.",
            "Вы ничего не понимаете в настройках? Мы объясняли это трижды.",
            "Вы ничего не понимаете в настройках?! Ничего страшного, мы поможем.",
            "Вы ничего не понимаете в настройках? Тогда не трогайте их. Ничего страшного, если подождёте мастера.",
        ],
        &[
            "Вы ничего не понимаете в настройках? Ничего страшного, мы поможем.",
            "Вы ничего не смыслите в тарифах? Не беда: объясним по телефону.",
            "Ты ничего не понимаешь в этом отчёте? Не переживай, разберём вместе.",
            "Вы ничего не понимаете в новом интерфейсе? Не волнуйтесь, он непривычный только первую неделю.",
        ],
    );
}

/// Sarcasm of batch 14 (dev letters el-p212–p219): praise heading a
/// sentence that tells a failure, praise closed by "δεν λέω", a slow reply
/// praised as fast, an award for the missing virtue, thanks for news that
/// came after the event; and the same words in sincere praise.
#[test]
fn greek_praise_of_a_failure_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Συγχαρητήρια, το site έπεσε ξανά την ημέρα των εκπτώσεων.",
            "Μπράβο, η δήλωση υποβλήθηκε μία μέρα μετά την προθεσμία.",
            "ΜΠΡΑΒΟ ΣΑΣ, ΧΑΣΑΤΕ ΚΑΙ ΤΟ ΔΕΥΤΕΡΟ ΔΕΜΑ.",
            "Τέλεια, χάθηκαν πάλι δύο κιβώτια.",
            "Σοβαρή εταιρεία, δεν λέω.",
            "οργανωμενο γραφειο, δεν λεω",
            "Απαντήσατε σε μόλις τρεις εβδομάδες.",
            "απαντησατε μετα απο μονο δυο μηνες",
            "Καταρρίψατε κάθε ρεκόρ.",
            "Σας αξίζει βραβείο συνέπειας.",
            "Ευχαριστώ που με ενημερώσατε για την αλλαγή όταν είχε ήδη φύγει το πλοίο.",
            "ευχαριστω πολυ για την ενημερωση, αφου ειχε ηδη τελειωσει η συσκεψη",
        ],
        &[
            "Συγχαρητήρια, το site δεν έπεσε ούτε μία φορά στις εκπτώσεις.",
            "Τέλεια, έπεσε η τιμή του πετρελαίου.",
            "Μπράβο, βρήκατε το λάθος!",
            "Σοβαρή δουλειά, δεν λέω, αλλά το κόστος είναι υψηλό.",
            "Απαντήσατε σε μόλις δύο ώρες, ευχαριστούμε!",
            "Καταρρίψατε κάθε ρεκόρ πωλήσεων φέτος!",
            "Σας ευχαριστώ για την ενημέρωση, θα περάσω όταν θα έχει τελειώσει η σύσκεψη.",
            "Σας ευχαριστώ θερμά για την ενημέρωση ότι η εκδρομή μεταφέρεται.",
            "Σας αξίζει ένα μεγάλο ευχαριστώ.",
            "Είχατε δίκιο, όντως η δεύτερη πρόταση βγαίνει φθηνότερη.",
        ],
    );
}

/// The damage the reader's failure did, told to them, is a charged sign;
/// the same words of what went well, or of a fine only explained, are not.
#[test]
fn greek_damage_done_is_charged() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Η πώληση του διαμερίσματος έχει ήδη χαθεί.",
            "Ένα ολόκληρο Σαββατοκύριακο πωλήσεων πήγε χαμένο.",
            "Δύο τραπέζια σηκώθηκαν και έφυγαν.",
            "Μας άφησαν κριτική με 2 αστέρια.",
            "Ο πελάτης μου έβαλε ένα αστέρι στο κατάστημα.",
            "ΜΑΣ ΕΓΡΑΨΑΝ ΑΡΝΗΤΙΚΗ ΚΡΙΤΙΚΗ ΣΤΟ GOOGLE.",
            "και τωρα πληρωνω προστιμο 300 ευρω",
        ],
        &[
            "Τίποτα δεν πήγε χαμένο, όλα αποθηκεύτηκαν.",
            "Οι πελάτες μας έδωσαν πέντε αστέρια.",
            "Μας άφησαν κριτική με 5 αστέρια.",
            "Το πρόστιμο για εκπρόθεσμη δήλωση είναι 100 ευρώ.",
            "Η παραγγελία έχει ήδη σταλεί.",
            "Ο πελάτης σηκώθηκε και έφυγε ικανοποιημένος.",
            "Μετά την ομιλία σηκώθηκε και έφυγε για το αεροδρόμιο.",
        ],
    );
}

/// Money already paid and no word of warning are blame; a receipt sent and
/// a cancellation without charge are not.
#[test]
fn greek_paid_already_and_no_warning_are_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Το νερό κόπηκε, ενώ έχουμε πληρώσει τα κοινόχρηστα.",
            "Την έμαθα δύο ώρες αφού είχα πληρώσει τα 180 ευρώ.",
            "παροτι εχουμε ηδη εξοφλησει το τιμολογιο, μας ξαναχρεωσατε",
            "Το ρεύμα κόπηκε χωρίς καμία ειδοποίηση.",
            "Το μάθαμε από τον θυρωρό.",
        ],
        &[
            "Έχουμε πληρώσει το τιμολόγιο, σας επισυνάπτω την απόδειξη.",
            "Μπορείτε να ακυρώσετε χωρίς καμία χρέωση.",
            "Την έμαθα από εσάς, ευχαριστώ.",
            "Αφού πληρώσετε, θα σας στείλουμε την απόδειξη.",
        ],
    );
}

/// "Who needs enemies" is rhetorical; "not once" counts; their ordinary
/// twins do not.
#[test]
fn greek_who_needs_enemies_and_not_once() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Με τέτοια υποστήριξη, ποιος χρειάζεται ανταγωνιστές;",
            "με τετοιους συνεργατες ποιος χρειαζεται εχθρους",
        ],
        &["Ποιος χρειάζεται αντίγραφο του συμβολαίου;"],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Το κλιματιστικό δεν δούλεψε ούτε μία νύχτα.",
            "ο τεχνικος δεν ηρθε ουτε μια φορα",
        ],
        &[
            "Δεν είχαμε ούτε μία μέρα καθυστέρηση.",
            "Το σύστημα δεν έπεσε ούτε μία φορά.",
        ],
    );
}

/// Mock praise beside the damage done makes a letter agitated; the same
/// praise, thanks and irony-like words said sincerely do not.
#[test]
fn greek_mock_praise_with_the_damage_done_adds_up() {
    all_agitated(&[
        "Συγχαρητήρια, το site έπεσε ξανά την ημέρα των εκπτώσεων. Ένα ολόκληρο Σαββατοκύριακο πωλήσεων πήγε χαμένο.",
        "Σοβαρή εταιρεία, δεν λέω. Η πώληση έχει ήδη χαθεί.",
    ]);
    none_agitated(&[
        "Σας ευχαριστώ πολύ για τη φροντίδα σας, πραγματικά τη νιώσαμε όλοι.",
        "Συγχαρητήρια στο γραφείο σας για το βραβείο!",
        "Τέλεια! Τα δείγματα ήρθαν σήμερα και το λινό είναι ακριβώς αυτό που ψάχναμε.",
        "Μπράβο σε εσάς και στα παιδιά σας! Τελειώσατε μία εβδομάδα νωρίτερα.",
        "Απαντήσατε σε μόλις δύο ώρες, ευχαριστούμε!",
    ]);
}

/// Batch 15 (dev letters el-p220–p224): thanks for a slow reply are part of
/// the sarcasm, much said and nothing done counts, goods thrown away and a
/// penalty imposed are the damage done; their sincere or ordinary twins
/// are none of these.
#[test]
fn greek_thanks_for_a_slow_reply_and_much_said_nothing_done() {
    let slow = "Σας ευχαριστώ που μου απαντήσατε μετά από μόλις δύο μήνες.";
    let fast = "Σας ευχαριστώ που μου απαντήσατε μέσα σε μόλις δύο ώρες.";
    assert!(kinds(slow).contains(&Kind::Sarcasm), "{:?}", kinds(slow));
    assert_eq!(
        judge(slow).features[11],
        0.0,
        "no thanks: {:?}",
        kinds(slow)
    );
    assert!(!kinds(fast).contains(&Kind::Sarcasm), "{:?}", kinds(fast));
    assert_eq!(judge(fast).features[11], 1.0);
    signs_of_kind(
        Kind::Counting,
        &[
            "Τρεις παράγραφοι και καμία ημερομηνία.",
            "πεντε τηλεφωνηματα και καμια λυση",
            "ΔΥΟ ΣΥΣΚΕΨΕΙΣ ΚΑΙ ΚΑΝΕΝΑ ΑΠΟΤΕΛΕΣΜΑ.",
        ],
        &[
            "Δύο σελίδες και κανένα λάθος, μπράβο.",
            "Τρεις παράγραφοι και μία ημερομηνία: αυτό χρειαζόμαστε.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Τα μισά ροδάκινα πήγαν για πέταμα.",
            "Ο πελάτης μάς επέβαλε ήδη ρήτρα 500 ευρώ.",
            "μας εβαλαν προστιμο",
        ],
        &[
            "Τίποτα δεν πήγε για πέταμα.",
            "Η σύμβαση προβλέπει ρήτρα 500 ευρώ.",
            "Σας επιβάλλεται πρόστιμο μόνο αν αργήσει η δήλωση.",
        ],
    );
}

/// Batch 16 (dev letters el-p225–p228): the days without counted, and
/// thanks for what came hours after the reader knew; a good record, the
/// weather and the author's own step dated are not.
#[test]
fn greek_days_without_and_thanks_hours_after_the_fact() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Τρίτη μέρα χωρίς ίντερνετ.",
            "δευτερη εβδομαδα χωρις ζεστο νερο",
            "ΤΡΙΤΟ ΣΑΒΒΑΤΟΚΥΡΙΑΚΟ ΧΩΡΙΣ ΘΕΡΜΑΝΣΗ.",
        ],
        &[
            "Δέκατη μέρα χωρίς ατυχήματα στο εργοτάξιο.",
            "Τρίτη μέρα χωρίς βροχή, ποτίστε τα φυτά.",
            "Την τρίτη μέρα θα έρθουμε χωρίς τον τεχνικό.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Ευχαριστώ πολύ που μου τηλεφωνήσατε να πάρω το παιδί με 39 πυρετό, τρεις ώρες αφού το είχατε καταλάβει.",
            "ευχαριστω που μας ενημερωσατε δυο μερες αφου ειχε κλεισει η αιτηση",
        ],
        &[
            "Ευχαριστώ που μου απαντήσατε δύο μέρες αφού είχα στείλει το αίτημα.",
            "Ευχαριστώ που μου τηλεφωνήσατε αμέσως μόλις το καταλάβατε.",
        ],
    );
}

/// Money already paid is blame in the author's own voice only: the reader's
/// payment, which shares the stem, is none.
#[test]
fn greek_the_readers_own_payment_is_no_blame() {
    signs_of_kind(
        Kind::Blame,
        &["Αφού είχαμε ήδη εξοφλήσει, γιατί ήρθε δεύτερο τιμολόγιο;"],
        &["Αφού είχατε ήδη πληρώσει, σας επιστρέψαμε τη διαφορά."],
    );
}

/// Delight said bare is read as irony; delight with what it is about
/// ("ενθουσιάστηκε με την ορολογία") is sincere.
#[test]
fn greek_delight_with_its_reason_is_sincere() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Είμαι ενθουσιασμένη.",
            "Οι διαχειριστές ενθουσιάστηκαν.",
            "ΕΙΜΑΣΤΕ ΚΑΤΕΝΘΟΥΣΙΑΣΜΕΝΟΙ.",
        ],
        &[
            "Ο πελάτης μας ενθουσιάστηκε με τη μετάφρασή σας.",
            "Είμαστε ενθουσιασμένοι που θα συνεργαστούμε μαζί σας.",
            "τα παιδια ενθουσιαστηκαν απο την εκδρομη",
            "Είμαι ενθουσιασμένη για τη νέα συλλογή σας.",
        ],
    );
    let sincere = "Ο πελάτης μας ενθουσιάστηκε με τη μετάφρασή σας.";
    assert!(!judge(sincere).agitated, "{:?}", kinds(sincere));
}

/// Sincere praise that older Greek entries read as sarcasm: "μπράβο σας,
/// πραγματικά", thanks "για άλλη μια φορά", "πανέξυπνη ιδέα να αλλάξετε",
/// "είστε εξαιρετικοί … αλλά και", "ακριβώς αυτό που χρειαζόμασταν για…";
/// the ironic forms of the same entries still are.
#[test]
fn greek_sincere_praise_that_older_entries_took_for_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Μπράβο σας, πραγματικά ιδιοφυΐες.",
            "Ευχαριστώ για άλλη μια τυποποιημένη απάντηση.",
            "Πανέξυπνη ιδέα να βγάλετε το πεδίο της διεύθυνσης από τη φόρμα.",
            "Είστε εξαιρετικοί, αλλά το τιμολόγιο είναι πάλι λάθος.",
            "Υπεροχα, ακριβως αυτο που χρειαζομασταν.",
        ],
        &[
            "Μπράβο σας, πραγματικά! Η παράδοση ήρθε μία μέρα νωρίτερα.",
            "Ευχαριστώ για άλλη μια φορά για τη βοήθειά σας.",
            "Πανέξυπνη ιδέα να αλλάξετε τη γραμματοσειρά, φαίνεται πολύ καλύτερα.",
            "Είστε εξαιρετικοί επαγγελματίες, αλλά και πολύ ευγενικοί άνθρωποι.",
            "Υπέροχα, ακριβώς αυτό που χρειαζόμασταν για την έκθεση!",
        ],
    );
    none_agitated(&[
        "Μπράβο σας, πραγματικά! Η παράδοση ήρθε μία μέρα νωρίτερα.",
        "Ευχαριστώ για άλλη μια φορά για τη βοήθειά σας.",
        "Πανέξυπνη ιδέα να αλλάξετε τη γραμματοσειρά, φαίνεται πολύ καλύτερα.",
    ]);
}

/// The second audit of sincere Greek sentences (dev letters el-c141–c142):
/// a sincere award for speed, "δεν λέω ψέματα", a busy week understood and
/// "δουλεύετε με βάρδιες" are no signs; the ironic forms still are.
#[test]
fn greek_sincere_sentences_of_the_second_audit_are_no_signs() {
    for (text, kind) in [
        (
            "Σας αξίζει βραβείο ταχύτητας, το δέμα ήρθε σε μία μέρα!",
            Kind::Sarcasm,
        ),
        (
            "Εξαιρετική συνεργασία, δεν λέω ψέματα, θα σας προτείνω παντού.",
            Kind::Sarcasm,
        ),
        (
            "Προφανώς δεν έχετε χρόνο αυτή την εβδομάδα, οπότε ας τα πούμε τη Δευτέρα.",
            Kind::Sarcasm,
        ),
        (
            "Φαντάζομαι ότι στην εταιρεία σας δουλεύετε με βάρδιες, σωστά;",
            Kind::Charged,
        ),
    ] {
        assert!(!kinds(text).contains(&kind), "{text:?}: {:?}", kinds(text));
        assert!(!judge(text).agitated, "{text:?}: {:?}", kinds(text));
    }
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Σας αξίζει βραβείο συνέπειας.",
            "Εξαιρετική συνεργασία, δεν λέω.",
            "Φαίνεται ότι δεν έχετε χρόνο για τα μηνύματά μας.",
        ],
        &[],
    );
    signs_of_kind(
        Kind::Charged,
        &["Κοροϊδεύετε τον κόσμο.", "Δουλεύετε τον κόσμο."],
        &[],
    );
}

/// Batch 17 (dev letter el-p232): the reader's missed deadlines counted and
/// "και ούτε ένα μήνυμα" count; the author's own missed deadlines and "not
/// one message lost" do not.
#[test]
fn greek_missed_deadlines_and_not_one_message_count() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Τρεις προθεσμίες χαμένες αυτόν τον μήνα.",
            "Χάσατε δύο παραδόσεις μέσα σε μία εβδομάδα.",
            "δυο χαμενες προθεσμιες",
            "Καμία πρόοδος, και ούτε ένα μήνυμα.",
            "ΚΑΙ ΟΥΤΕ ΕΝΑ ΤΗΛΕΦΩΝΟ.",
        ],
        &[
            "Χάσαμε δύο προθεσμίες λόγω της απεργίας, συγγνώμη.",
            "Η μεταφορά έγινε και ούτε ένα μήνυμα δεν χάθηκε.",
            "Τρεις προθεσμίες μένουν ως το τέλος του έτους.",
        ],
    );
}

/// An either-or put to the reader, the money being the other side: "I want
/// my parcel delivered or my money returned". Asking for a refund politely,
/// or offering the choice, is no demand.
#[test]
fn english_either_or_with_the_money_back_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "I want my parcel delivered or my money returned.",
            "We expect the boiler fixed this week or our money refunded in full.",
            "I need the right size sent out or my money back.",
            "i want the order today or my money returned",
        ],
        &[
            "I would like the parcel redelivered or a refund, whichever is easier for you.",
            "You can have the parcel delivered again or your money returned: just reply with your choice.",
            "If the parcel cannot be delivered, your money will be returned within five days.",
            "We want the launch on time, or our budget will not stretch to a second campaign.",
            "I need the invoice by Friday, or my payment will miss this month's run.",
        ],
    );
}

/// English types of angry business mail from the probe letters en-p172–p178
/// (their wordings varied here), each beside calm sentences with its words.
#[test]
fn english_types_of_the_business_probe_are_signs_and_their_calm_neighbours_are_not() {
    // What the author did for the reader, counted: "I've now sent you the
    // same list three times".
    signs_of_kind(
        Kind::Counting,
        &[
            "I've now sent you the same snagging list three times.",
            "We have emailed your office about this four times.",
            "i have chased you for this invoice five times",
            "Five emails, two phone calls and still nobody can tell me where it is.",
            "Three visits and still no working boiler.",
        ],
        &[
            "We have sent you three times as many samples as last year.",
            "I sent the file twice, since the first attachment was too large.",
            "Five emails came in overnight and we answered them all.",
            "Three visits are included in the service plan.",
        ],
    );
    // Doubting anyone at the reader's company reads or cares.
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "I'm starting to wonder whether anyone at your company reads their email at all.",
            "I wonder if you even read my messages.",
            "We are beginning to wonder whether anybody in your team actually checks the orders.",
            "What exactly have you been doing for three months?",
            "What on earth has your team been doing all week?",
        ],
        &[
            "I wonder whether anyone reads these newsletters at all, so do reply if you did!",
            "I wonder if you could read the draft before Friday.",
            "What have you been doing since we last met? Would love to catch up.",
            "What exactly have you been working on? I'd love a preview.",
        ],
    );
    // The reader's word no longer trusted; disbelief spelled out.
    signs_of_kind(
        Kind::Charged,
        &[
            "Frankly it's getting hard to take anything your accounts department says at face value.",
            "It is difficult to believe a word you say at this point.",
            "Let me get this straight.",
            "Guys, seriously.",
        ],
        &[
            "It is hard to believe a whole year has passed since the launch.",
            "Let me get this straight before I sign: the fee covers both sites?",
            "Seriously, thank you for all your help.",
            "We take every complaint seriously.",
        ],
    );
    // Orders with the cost put on the reader, reports to the bank.
    signs_of_kind(
        Kind::Demand,
        &[
            "If nobody is here by Wednesday, I'll get another firm in and send you the bill.",
            "We will hire a different contractor and charge you for it.",
            "Find it or pay for it.",
            "Fix the leak or refund the deposit.",
            "Do not take one more penny from my account.",
            "don't charge another payment to my card",
            "If this isn't refunded this week I'm reporting you to my bank and trading standards.",
            "I have reported this charge to my bank.",
            "I expect a proper answer, not another \"we're on it\".",
        ],
        &[
            "We'll get another contractor in for the wiring, as planned, and send you the schedule.",
            "Please send the bill to our accounts team.",
            "Find the attached invoice or pay online, whichever is easier.",
            "Do not take the old cable; we will recycle it.",
            "Please charge the next payment to my new card.",
            "I have reported the fault to the building manager.",
            "We expect a proper answer from the council next week.",
        ],
    );
}

/// English types from the second business probe (en-p180, p182, p185, all
/// missed before), their wordings varied, beside calm sentences with their
/// words.
#[test]
fn english_types_of_the_second_business_probe_are_signs_and_their_calm_neighbours_are_not() {
    signs_of_kind(
        Kind::Counting,
        &[
            "I've logged this with your helpdesk three times.",
            "We raised it with your account manager four times last month.",
            "Each time someone closes the ticket without fixing anything.",
            "every time they mark it solved without checking it",
        ],
        &[
            "I've logged the fault with your helpdesk, reference 4471.",
            "We raised the price three times in ten years.",
            "Each time you close the ticket, the customer gets a survey.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Please explain what we are actually paying for.",
            "What exactly are we paying you for?",
            "Is that how you run all your jobs?",
            "Is this how you treat all your customers?",
        ],
        &[
            "Could you explain what we are paying for on the second line of the invoice?",
            "Is this how you run the monthly report? I'd like to copy the steps.",
            "Is that how you handle returns for all orders, or only online ones?",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "You told us the options would be labelled. They weren't.",
            "We were promised a call back. It didn't happen. Nobody rang.",
        ],
        &[
            "Did the samples arrive damaged? They weren't, luckily.",
            "We checked whether the boxes were wet and they weren't.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "I don't want to hear that it was a busy evening.",
            "We do not want to hear your excuses.",
            "I want to know what you intend to do about it.",
            "We need to know how you plan to put this right.",
            "I'd think very carefully before you send me the final invoice.",
            "You would do well to think twice before you invoice us for this.",
        ],
        &[
            "We don't want to hear that you struggled alone, so call us any time.",
            "I want to know what you intend to serve at the reception.",
            "We need to know how you plan to travel, to book the hotel.",
            "Think carefully before you choose a colour: it cannot be changed later.",
        ],
    );
}

/// Russian threats of what comes next ("мало вам не покажется", "даю вам
/// последний шанс", "о вашем сервисе узнают все"), accusations of fooling
/// the writer ("вешать лапшу на уши", "водить за нос", "развели"), making
/// the writer the scapegoat ("сделать нас крайними"), mock presumptions
/// ("вы думаете, нам больше заняться нечем?") and excuses waved away
/// ("никаких больше отговорок") rebuke; the same words said calmly do not.
#[test]
fn russian_threats_fooling_and_scapegoating_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Мало вам не покажется.",
            "Поверьте, мало не покажется никому.",
            "Даю вам последний шанс решить вопрос миром.",
            "Мы даем вам последнюю возможность исправить ситуацию.",
            "О вашем сервисе узнают все.",
            "Поверьте, о ваших методах работы узнает весь город.",
            "Я позабочусь о том, чтобы о вашей фирме узнали все.",
            "Посмотрим, как вы тогда запоете.",
            "Не хотите по-хорошему - будет по-плохому.",
            "Нам просто вешают лапшу на уши.",
            "Не надо вешать нам лапшу на уши.",
            "Хватит водить нас за нос.",
            "Вы нас за нос водите уже месяц.",
            "Вы сознательно ввели нас в заблуждение.",
            "Нас просто развели.",
            "Это чистой воды развод.",
            "Не рассказывайте нам сказки.",
            "Сказки про доставку оставьте для других.",
            "А теперь еще и нас пытаетесь сделать крайними.",
            "Не надо делать из нас крайних.",
            "Крайними опять оказались мы.",
            "Виноваты, конечно, опять мы.",
            "У вас всегда кто-то другой виноват.",
            "Удобно все валить на водителя.",
            "Вы наверно считаете, что у нас других дел нет.",
            "Вы думаете, нам больше заняться нечем?",
            "Мне больше делать нечего, кроме как звонить вам каждый день?",
            "Как вы еще не разорились с таким подходом, непонятно.",
            "Никаких больше отговорок.",
            "Никаких больше \"разберемся\" и \"уточним\".",
            "Оправдания оставьте при себе.",
            "Мне не нужны ваши объяснения, мне нужны деньги.",
            "Вы затянули, вы потеряли, вы и отвечайте.",
        ],
        &[
            "Последний шанс записаться на курс по старой цене.",
            "Даем вам возможность выбрать удобную дату доставки.",
            "Это последняя возможность подать документы в этом году.",
            "О новой услуге узнают все наши клиенты из рассылки.",
            "О вашем назначении узнают все сотрудники на собрании.",
            "Доставка будет по-другому: курьер приедет утром.",
            "Возможно, мы ввели вас в заблуждение в прошлом письме: правильная цена 500 рублей.",
            "Развод кабеля по этажам делает подрядчик.",
            "Сказки Андерсена в новом издании оставьте, пожалуйста, для выставки.",
            "Крайний срок оплаты - пятница.",
            "Крайними в очереди оказались мы, поэтому приедем после обеда.",
            "Виноваты мы: перепутали адрес, отправим заново.",
            "Если у вас нет других дел на пятницу, приходите на презентацию.",
            "Думаю, нам стоит заняться этим на следующей неделе.",
            "Мы еще не закрылись на праздники, заказы принимаем.",
            "Никаких больше действий с вашей стороны не требуется.",
            "Никаких обещаний по срокам дать пока не можем.",
            "Объяснения по расчету пришлем завтра.",
            "Вы отвечаете за приемку, мы за доставку.",
            "Мы сами виноваты, не проверили адрес.",
            "Сами виноваты: не проверили вложение перед отправкой.",
            "Удобно все списать на один счет.",
        ],
    );
}

/// Russian questions that doubt the reader reads or works at all ("вы
/// письма читаете хоть иногда?", "у вас принято отвечать не глядя?", "это
/// что, так сложно?") are rhetorical; plain questions are not.
#[test]
fn russian_questions_doubting_the_reader_are_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Вы письма читаете хоть иногда?",
            "У вас принято отвечать не глядя?",
            "Это что, так сложно?",
            "Вы там вообще чем занимаетесь?",
        ],
        &[
            "Вы письма читаете в приложении или в браузере?",
            "У вас принято подписывать акт на месте?",
            "Это что-то сложное или можно сделать за день?",
            "Чем вы там занимаетесь на выставке, расскажете?",
        ],
    );
}

/// A Russian deadline cut short ("ответ жду до 18:00, не позже", "ни днем
/// позже", "и это не обсуждается") is a demand; a deadline stated plainly
/// is not.
#[test]
fn russian_deadlines_cut_short_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Ответ жду сегодня до 18:00, не позже.",
            "Жду до понедельника и ни днем позже.",
            "Срок до пятницы, и это не обсуждается.",
            "Деньги должны быть на счете до пятницы. Не позже.",
        ],
        &[
            "Оплатите, пожалуйста, счет не позже 20 марта.",
            "Документы нужны не позже чем за день до отгрузки.",
            "Ждем вас до 18:00, приходите не позже, чем за час до закрытия.",
            "Цена обсуждается при заказе от ста штук.",
        ],
    );
}

/// The same Russian families in the words of a second probe: publicity
/// threatened with other verbs ("молчать не станем", "пусть все знают, с
/// кем имеют дело"), the end of the work threatened ("можете забыть о
/// сотрудничестве"), anyone made the scapegoat ("виноватым сделали нашего
/// кладовщика", "всегда найдется крайний") and make-believe alleged ("не
/// надо делать вид, что вы впервые слышите") rebuke; calm neighbours do
/// not.
#[test]
fn russian_threats_and_scapegoats_in_other_words_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Молчать мы не станем.",
            "Мы не будем молчать, так и знайте.",
            "Напишем о вас везде, где только можно.",
            "Пусть все знают, с кем имеют дело.",
            "Можете забыть о нашем сотрудничестве.",
            "Тогда можете смело забыть о новых заказах.",
            "Виноватым в итоге сделали нашего кладовщика.",
            "Вы опять назначили крайним водителя.",
            "У вас всегда найдется крайний.",
            "Виноват кто угодно, только не вы.",
            "Не надо делать вид, что вы впервые слышите о браке.",
            "Вы делаете вид, будто ничего не произошло.",
            "Как будто вы в первый раз видите этот договор.",
            "Вы, видимо, думаете, что мы тут сидим и ждем вашего ответа.",
        ],
        &[
            "Мы не будем молчать о скидках: расскажем в рассылке.",
            "Расскажем о вашем проекте на всех площадках фестиваля.",
            "Чтобы вы знали, с кем имеете дело, прикладываю презентацию.",
            "Можете забыть о бумажных счетах: теперь все в личном кабинете.",
            "Не забудьте о продлении договора до конца месяца.",
            "Можете о договоре не беспокоиться, продлим сами.",
            "Назначили крайним сроком пятницу.",
            "Суд признал виноватым перевозчика.",
            "Подписать может кто угодно, только не вы сами: нужна подпись директора.",
            "Не нужно ничего делать, мы все оформим сами.",
            "Вид из окна офиса на реку.",
            "Мы тут сидим и ждем курьера, он задерживается.",
        ],
    );
}

/// A Russian ultimatum in other words ("Значит так.", "либо … либо заказ
/// отменяем", "Других вариантов нет.", "Еще одна такая поставка, и …",
/// "Я серьезно.") is a demand; a choice offered calmly is not.
#[test]
fn russian_ultimatums_in_other_words_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Значит так.",
            "Либо завтра к 12:00 машина у нас на складе, либо заказ отменяем.",
            "Либо вы возвращаете деньги, либо расторгаем договор.",
            "Других вариантов нет.",
            "Еще одна такая поставка, и поговорим иначе.",
            "Я серьезно.",
        ],
        &[
            "Значит так: встречаемся в 10 у входа.",
            "Можем привезти либо завтра, либо в пятницу, как вам удобнее.",
            "Других вариантов доставки в ваш город нет, к сожалению, только самовывоз.",
            "Еще одна партия придет в пятницу.",
            "Я серьезно отношусь к срокам, поэтому пишу заранее.",
        ],
    );
}

/// Russian families of a third probe: excuses heard too often ("надоело
/// слушать эти байки"), one's own error put on the client, future clients
/// warned ("вашим будущим клиентам будет интересно почитать"), the reader
/// sent off ("ищите себе другого заказчика") rebuke; calm neighbours do
/// not.
#[test]
fn russian_excuses_heard_too_often_and_clients_warned_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Мне надоело слушать эти байки про таможню.",
            "Мы устали выслушивать ваши оправдания.",
            "Переложить свою ошибку на клиента - это сильно.",
            "Вы пытаетесь свалить собственные промахи на заказчика.",
            "Думаю, вашим будущим клиентам будет интересно почитать.",
            "Вашим потенциальным покупателям полезно будет узнать, как вы работаете.",
            "Еще раз перепутаете артикулы - ищите себе другого заказчика.",
            "Тогда поищите себе других клиентов.",
        ],
        &[
            "Детям никогда не надоедает слушать сказки.",
            "Ошибку в накладной исправим сами, клиента это не коснется.",
            "Вашим клиентам будет интересно узнать о новой коллекции.",
            "Поищите себе другую модель, эта снята с производства.",
            "Найдите, пожалуйста, другого курьера на этот маршрут.",
        ],
    );
}

/// Russian signs that add up in a third probe's letters: the reader's
/// reasons waved off ("меня не интересует, почему", "вот и выполняйте"),
/// patience running out, waiting tired of, "соблаговолите", "конечно,
/// сильный ход", and who pays asked back ("почему-то должны платить мы").
#[test]
fn russian_reasons_waved_off_and_patience_running_out_are_signs() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Меня не интересует, почему машина сломалась.",
            "У вас договор, вот и выполняйте его.",
        ],
        &[
            "Меня интересует, почему машина сломалась: нужна причина для страховой.",
            "Вот и отлично, договорились.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &["Терпение у нас не бесконечное.", "Мы уже устали ждать."],
        &[
            "Спасибо за терпение, заказ уже в пути.",
            "Водители устали, поэтому рейс перенесли на утро.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Когда же ваша компания соблаговолит исполнить свои обязательства?",
            "Это, конечно, сильный ход.",
        ],
        &[
            "Сильный ход конем в третьей партии.",
            "Это, конечно, интересный вопрос, ответим завтра.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Ошибся ваш бухгалтер, а штраф почему-то должны платить мы.",
            "С какой стати переделывать должны мы?",
        ],
        &[
            "Штраф, к сожалению, должны платить мы: так по договору.",
            "Почему-то письмо не дошло, отправляем еще раз.",
        ],
    );
}

/// Russian families of a fourth probe: "я не для того плачу, чтобы…",
/// "давайте без этих ваших…", "слово «срок» для вас ничего не значит"
/// rebuke; calm neighbours do not.
#[test]
fn russian_paying_not_for_this_and_words_that_mean_nothing_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Я не для того плачу такие деньги, чтобы неделями выпрашивать документы.",
            "Мы не для того заключали договор, чтобы каждый раз напоминать.",
            "Давайте без этих ваших шаблонных ответов.",
            "Мы уже поняли, что слово срок для вашей компании ничего не значит.",
            "Для вас договор, видимо, ничего не значит.",
        ],
        &[
            "Мы не для того пишем, чтобы торопить: просто уточняем дату.",
            "Без этих документов отгрузить не сможем.",
            "Для вас доставка ничего не стоит: она бесплатная.",
            "Это письмо ничего не значит для расчетов, просто копия.",
        ],
    );
}

/// Signs that add up in a fourth probe's letters: going over the reader's
/// head ("поставлю в известность вашего генерального директора", "пусть он
/// сам разбирается", "докажите делом, а не письмами") are demands;
/// "интересно получается" and a mock contest of slow managers are
/// sarcasm.
#[test]
fn russian_going_over_the_head_and_mock_contests_are_signs() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Я поставлю в известность вашего генерального директора.",
            "Пусть он сам разбирается, как у вас работает отдел продаж.",
            "Цените - докажите делом, а не шаблонными письмами.",
        ],
        &[
            "Поставлю в известность нашего бухгалтера, она подготовит акт.",
            "Пусть он сам решает, какой цвет лучше.",
            "Покажите, пожалуйста, образец делом: пришлите один экземпляр.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Интересно получается: деньги вы берете вперед, а товар отгружаете, когда удобно.",
            "Ваши менеджеры, похоже, соревнуются, кто дольше не ответит клиенту.",
        ],
        &[
            "Интересно, получается ли у вас открыть файл?",
            "Наши команды соревнуются в футбол по пятницам.",
        ],
    );
}

/// Russian families of a fifth probe: "работать с вашей компанией
/// невозможно", "после такого о продлении договора речи быть не может", "у
/// нас не благотворительная организация" rebuke; calm neighbours do not.
#[test]
fn russian_work_made_impossible_and_no_charity_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Работать с вашей компанией невозможно.",
            "Договориться с вами просто нереально.",
            "После такого о продлении договора речи быть не может.",
            "После всего этого о дальнейшем сотрудничестве и речи не идет.",
            "У нас тут не благотворительная организация.",
            "Мы вам не благотворительный фонд.",
        ],
        &[
            "Работать с вашей компанией приятно.",
            "Договориться о встрече в пятницу невозможно: я в отъезде.",
            "О переносе сроков речи не идет, все по плану.",
            "После такого успешного сезона о сокращении заказов речи не идет.",
            "Мы поддерживаем благотворительный фонд помощи детям.",
        ],
    );
}

/// Signs that add up in a fifth probe's letters: "вы серьезно
/// предлагаете…?", "вы не пробовали хотя бы раз…?", "сколько этих … уже
/// было", "кто теперь будет отвечать за сорванную…", "или опять никто?"
/// are rhetorical; "я сбилась со счета" counts; "я в шоке от того, как у
/// вас…" is outrage; "просто ради эксперимента" is sarcasm.
#[test]
fn russian_scornful_questions_and_shock_are_signs() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Вы серьезно предлагаете нам скидку 3 %?",
            "А вы не пробовали хотя бы раз сделать что-то вовремя?",
            "Сколько этих завтра уже было?",
            "Ну и кто теперь будет отвечать за сорванную выставку?",
            "Или опять никто?",
        ],
        &[
            "Вы предлагаете скидку 3 % на весь заказ или на часть?",
            "Вы пробовали открыть файл в другой программе?",
            "Сколько еще мест осталось?",
            "Кто теперь будет отвечать за склад, подскажите контакт?",
            "Или опять в пятницу, как в прошлый раз?",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["Я уже сбилась со счета."],
        &["Кассир сбилась со счета и пересчитала выручку."],
    );
    signs_of_kind(
        Kind::Outrage,
        &["Я в шоке от того, как у вас ведутся дела."],
        &["Мы в шоке от того, как вы быстро все сделали!"],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["Просто ради эксперимента."],
        &["Мы заказали одну партию ради эксперимента с новым покрытием."],
    );
}

/// Russian families of a sixth probe: promises called empty words ("ваши
/// гарантии оказались пустыми словами") and tricks refused ("больше мы на
/// это не купимся") rebuke; calm neighbours do not.
#[test]
fn russian_promises_called_empty_words_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Все ваши гарантии качества оказались пустыми словами.",
            "Ваше обещание перезвонить было пустым звуком.",
            "Больше мы на них не купимся.",
            "На это мы не поведемся.",
        ],
        &[
            "Гарантия качества действует два года.",
            "Пустые коробки заберем в пятницу.",
            "Больше мы у них не покупаем бумагу: перешли на другого поставщика.",
        ],
    );
}

/// Signs that add up in a sixth probe's letters: "впервые сталкиваюсь с
/// таким отношением", "даже не знаю, что вам сказать", "не поверила своим
/// глазам" are charged; "вас вообще учили…?", "вы правда думаете, что нас
/// это устроит?" are rhetorical; "это у вас называется доставка?" and
/// "за это время можно было целый дом построить" are sarcasm.
#[test]
fn russian_disbelief_and_mock_names_are_signs() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Я двадцать лет в этом бизнесе и впервые сталкиваюсь с таким отношением.",
            "Честно, даже не знаю, что вам сказать.",
            "Прочитала ваш ответ и не поверила своим глазам.",
        ],
        &[
            "Впервые вижу такую аккуратную упаковку.",
            "Не знаю, что вам сказать про сроки: уточню у склада.",
            "Прочитала ваш ответ, все понятно.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Вас вообще учили, что на письма клиентов принято отвечать?",
            "Вы правда думаете, что такой ответ нас устроит?",
        ],
        &[
            "Вас учили работать в новой программе на курсах?",
            "Думаете, такой вариант нас устроит? Да, вполне.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Это у вас называется доставка до двери?",
            "За это время можно было целый дом построить.",
            "За это время можно было не то что шкаф, а целый дом построить.",
        ],
        &[
            "Как это у вас называется, артикул или код?",
            "За это время можно было бы оформить визу, но решили не рисковать.",
        ],
    );
}

/// The subject of a reply is the thread's, often the angry reader's own
/// words ("Re: Перенос занятия — это издевательство"): under a calm
/// answer it is not read as the writer's. When the writer's own text shows
/// a sign too, the subject's count with it (a chase may repeat its own
/// angry subject); written without a prefix, the subject is the writer's.
#[test]
fn the_subject_of_a_reply_counts_only_beside_the_writers_own_signs() {
    let judged = judge_under;
    let in_subject = |j: &Judgement| j.evidence.iter().any(|e| e.field == Field::Subject);
    for (subject, calm, signed) in [
        (
            "Перенос занятия — это ИЗДЕВАТЕЛЬСТВО!!!",
            "Здравствуйте, Игорь.\n\nПростите, что об отмене вы узнали так поздно. Пропущенное занятие не спишем с абонемента; предлагаем замену в понедельник.\n\nНаталья",
            "Здравствуйте, Игорь.\n\nПишу вам уже третий раз. Пропущенное занятие не спишем с абонемента.\n\nНаталья",
        ),
        (
            "Your team are USELESS, this is a disgrace!!!",
            "Dear Mr Hale,\n\nI am sorry the crew arrived late on Friday. We will take the call-out fee off the invoice and the foreman will ring you tomorrow.\n\nKind regards,\nJane",
            "Dear Mr Hale,\n\nThis is the third time I am writing about it. The crew will come on Friday.\n\nKind regards,\nJane",
        ),
        (
            "Ξενοδοχείο στη Ρώμη - ΝΤΡΟΠΗ σας!!!",
            "Αγαπητέ κύριε Βλάχο,\n\nΛυπούμαστε πολύ για την ταλαιπωρία. Ζητήσαμε ήδη την επιστροφή της διαφοράς και θα σας την αποδώσουμε.\n\nΜε εκτίμηση,\nΗρώ",
            "Αγαπητέ κύριε Βλάχο,\n\nΣας γράφω για τρίτη φορά για το ίδιο θέμα. Η διαφορά θα επιστραφεί.\n\nΜε εκτίμηση,\nΗρώ",
        ),
    ] {
        for prefix in ["Re: ", "RE: ", "Ответ: ", "ΑΠ: ", "Re[2]: Fwd: "] {
            let reply = judged(&format!("{prefix}{subject}"), calm);
            assert!(!reply.agitated, "{prefix}{subject}");
            assert!(!in_subject(&reply), "{prefix}{subject}");
            let chase = judged(&format!("{prefix}{subject}"), signed);
            assert!(chase.agitated && in_subject(&chase), "{prefix}{subject}: {signed}");
        }
        assert!(
            in_subject(&judged(subject, calm)),
            "the writer's own subject counts: {subject}"
        );
    }
}

/// The subject names the topic, or carries the thread's old subject ("Re:
/// Thanks for the quick reply"): its friendly or promotional words are not
/// the author's friendliness now. A complaint about a discount is judged as
/// the same complaint under another subject; thanks in the body still count.
#[test]
fn friendly_words_of_the_subject_do_not_soften_the_body() {
    let judged = |subject: &str, body: &str| {
        let j = judge_under(subject, body);
        (j.score, j.agitated)
    };
    for (friendly, neutral, body) in [
        (
            "Скидка на обслуживание",
            "Обслуживание",
            "Это возмутительно. Вы сами виноваты в задержке.",
        ),
        (
            "Re: Thanks for the great discount!",
            "Re: Order 1542",
            "This is ridiculous. It is entirely your fault.",
        ),
        (
            "Έκπτωση και ευχαριστίες",
            "Παραγγελία",
            "Είναι απαράδεκτο. Δικό σας είναι το φταίξιμο.",
        ),
    ] {
        assert_eq!(
            judged(friendly, body),
            judged(neutral, body),
            "{friendly:?}"
        );
        assert!(judged(friendly, body).1, "{friendly:?}: {body:?}");
    }
    let thanked = judged("Order 1542", "Thanks a lot, this is ridiculous.");
    let plain = judged("Order 1542", "This is ridiculous.");
    assert!(thanked.0 < plain.0, "thanks in the body still count");
}

#[test]
fn english_doubts_of_the_readers_competence_and_good_faith_are_signs() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Put me through to someone who knows what they're doing.",
            "Transfer me to somebody who actually knows what they are doing.",
            "I want to speak to someone who has a clue, not another script.",
            "Clearly nobody there knows what they are doing.",
            "None of you has a clue.",
        ],
        &[
            "Could you put me through to someone who knows about invoices?",
            "We'll send someone who knows what they're doing with old boilers.",
            "Our engineer knows what he's doing, so don't worry.",
            "Does anyone know what time the meeting starts?",
            "I want to speak to someone about my invoice.",
            "Nobody there knows what time the depot opens on Sundays.",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "At this point I'm wondering whether you ever intended to pay it back.",
            "I'm starting to think you never meant to refund me at all.",
            "Did you ever intend to send the parts, or was that a lie too?",
            "Do you even intend to fix this?",
        ],
        &[
            "Please let me know whether you intend to renew the contract.",
            "We never intended to charge you twice; it was a system error.",
            "Do you intend to bring the samples on Tuesday?",
            "Did you ever manage to find the receipt?",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Brilliant service as always, really.",
            "Great support as usual, really.",
            "Fantastic communication as ever, really!",
        ],
        &[
            "Great service as always, thank you Tom!",
            "Really great service as always.",
            "Brilliant service as always.",
        ],
    );
}

/// The Greek question mark U+037E (a ";" look-alike, typed by some Greek
/// keyboards and pasted from word processors) ends a sentence and asks,
/// as ";" does: the judgement of a letter is the same with either mark.
#[test]
fn the_greek_question_mark_is_read_as_the_semicolon_mark() {
    for body in [
        "Δεν καταλαβαίνετε τίποτα από ρυθμίσεις; Κανένα πρόβλημα, θα σας βοηθήσουμε.",
        "Πλάκα μας κάνετε; Περιμένουμε τρεις εβδομάδες!",
        "Τι κάνετε; Ελπίζω να είστε καλά. Σας στέλνω το συμβόλαιο.",
        "Γιατί να ξανακάνουμε τη δουλειά δωρεάν; Δεν το δεχόμαστε.",
    ] {
        let typed = body.replace(';', "\u{37E}");
        let (with_semicolon, with_mark) = (judge(body), judge(&typed));
        assert_eq!(
            kinds(body),
            kinds(&typed),
            "{typed:?}: the same signs as with \";\""
        );
        assert_eq!(with_semicolon.agitated, with_mark.agitated, "{typed:?}");
        assert_eq!(with_semicolon.score, with_mark.score, "{typed:?}");
    }
}

/// An apology word set off by commas inside a rebuke ("Мы, простите, уже
/// устали ждать") is a figure of speech, not an apology to the reader: the
/// sentence is judged as without it. An apology that says what it is for
/// ("Простите, что…", "…, простите, что…") still softens its sentence.
#[test]
fn an_apology_in_passing_inside_a_rebuke_does_not_soften_it() {
    for (with_aside, without) in [
        (
            "Мы, простите, уже устали ждать ваших обещаний.",
            "Мы уже устали ждать ваших обещаний.",
        ),
        (
            "Это, извините, просто возмутительно.",
            "Это просто возмутительно.",
        ),
        (
            "This is, pardon me, absolutely ridiculous.",
            "This is absolutely ridiculous.",
        ),
        (
            "We are, sorry, sick and tired of your excuses.",
            "We are sick and tired of your excuses.",
        ),
        (
            "Αυτό, συγγνώμη, είναι απαράδεκτο.",
            "Αυτό είναι απαράδεκτο.",
        ),
    ] {
        assert!(!kinds(without).is_empty(), "{without:?}");
        assert_eq!(kinds(with_aside), kinds(without), "{with_aside:?}");
        // Not softer; "извините" may also say the sentence to the reader.
        assert!(
            judge(with_aside).score >= judge(without).score,
            "{with_aside:?}"
        );
    }
    for apology in [
        "Простите, что мы уже в третий раз переносим встречу.",
        "Ещё раз, простите, что мы уже в третий раз переносим встречу.",
        "Sorry, this is the third time we have moved the meeting.",
        "Συγγνώμη, είναι η τρίτη φορά που αλλάζουμε τη συνάντηση.",
    ] {
        let unsoftened = apology
            .replace("Ещё раз, простите, что мы", "Мы")
            .replace("Простите, что мы", "Мы")
            .replace("Sorry, this", "This")
            .replace("Συγγνώμη, είναι", "Είναι");
        assert!(
            kinds(&unsoftened).contains(&Kind::Counting),
            "{unsoftened:?}: {:?}",
            kinds(&unsoftened)
        );
        assert!(
            !kinds(apology).contains(&Kind::Counting),
            "{apology:?} still softens: {:?}",
            kinds(apology)
        );
    }
}

/// Praise put before a failure ("Μπράβο, … χάθηκε") and a count inside it
/// ("για τρίτη φορά") are two signs, as each is alone; a count is still
/// one sign, and the same words found by two lists still one.
#[test]
fn a_count_inside_mock_praise_is_a_sign_of_its_own() {
    for body in [
        "Μπράβο, για τρίτη φορά χάθηκε το δέμα.",
        "Συγχαρητήρια, τρίτη φορά μέσα στον μήνα έπεσε το site.",
        "Τέλεια, για δεύτερη φορά χάθηκαν δύο κιβώτια.",
    ] {
        let found = kinds(body);
        assert!(
            found.contains(&Kind::Sarcasm) && found.contains(&Kind::Counting),
            "{body:?}: {found:?}"
        );
        assert_eq!(found.len(), 2, "{body:?}: {found:?}");
    }
    for (body, only) in [
        ("Για τρίτη φορά χάθηκε το δέμα.", Kind::Counting),
        ("Σας το λέω για τρίτη φορά.", Kind::Counting),
        ("Συγχαρητήρια, χάσατε πάλι το δέμα.", Kind::Sarcasm),
        ("This is ridiculous.", Kind::Outrage),
    ] {
        assert_eq!(kinds(body), [only], "{body:?}");
    }
    assert!(
        judge("Μπράβο, για τρίτη φορά χάθηκε το δέμα.").score
            > judge("Μπράβο, χάθηκε το δέμα.").score
    );
}

/// A sentence that marks what came before as a joke ("Шучу.", "Just
/// kidding", "Αστειεύομαι", "(шутка)") takes that sentence's reproach back:
/// banter between colleagues. An insult is not taken back by calling it a
/// joke, and "я не шучу" / "I'm not kidding" insists instead.
#[test]
fn a_reproach_marked_as_a_joke_is_taken_back_but_an_insult_is_not() {
    for (joke, kind) in [
        (
            "Ποιος θέλει εχθρούς με τέτοιους φίλους; Αστειεύομαι, όλα καλά.",
            Kind::Rhetorical,
        ),
        (
            "Ποιος θέλει εχθρούς με τέτοιους φίλους… πλάκα κάνω, όλα καλά.",
            Kind::Rhetorical,
        ),
        (
            "С какой стати мы должны платить? Шучу, конечно, заплатим.",
            Kind::Rhetorical,
        ),
        ("С какой стати мы должны платить (шутка).", Kind::Rhetorical),
        (
            "Why should we redo the work for free? Just kidding, happy to fix it.",
            Kind::Rhetorical,
        ),
        (
            "How dare you send it so early? I'm only joking, thank you!",
            Kind::Rebuke,
        ),
    ] {
        let said = joke.split(['?', ';', '…', '(']).next().unwrap();
        assert!(kinds(said).contains(&kind), "{said:?}: {:?}", kinds(said));
        assert!(!kinds(joke).contains(&kind), "{joke:?}: {:?}", kinds(joke));
    }
    for (meant, kind) in [
        (
            "Ποιος θέλει εχθρούς με τέτοιους φίλους; Δεν αστειεύομαι.",
            Kind::Rhetorical,
        ),
        (
            "С какой стати мы должны платить? Я не шучу.",
            Kind::Rhetorical,
        ),
        (
            "С какой стати мы должны платить? Это не шутка.",
            Kind::Rhetorical,
        ),
        (
            "Why should we redo the work for free? I'm not kidding.",
            Kind::Rhetorical,
        ),
        ("Шучу. С какой стати мы должны платить?", Kind::Rhetorical),
        ("You are a complete idiot. Just kidding.", Kind::Insult),
        ("Вы полный идиот. Шучу.", Kind::Insult),
        ("Είστε ηλίθιος. Αστειεύομαι.", Kind::Insult),
    ] {
        assert!(
            kinds(meant).contains(&kind),
            "{meant:?}: {:?}",
            kinds(meant)
        );
    }
    assert!(judge("You are a complete idiot. Just kidding.").agitated);
}

/// "Не учите нас" said to a client is a cold put-down; "no need to teach
/// us this program, we will learn it ourselves" turns down an offer of
/// training, calmly.
#[test]
fn do_not_teach_us_is_a_put_down_but_declining_training_is_not() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Не учите нас работать.",
            "Не надо учить нас работать, мы в этом деле двадцать лет.",
            "Не учите меня, я сам знаю, что делать.",
            "Хватит учить нас жить.",
            "Не учите нас, мы сами разберёмся.",
        ],
        &[
            "Не учите нас, мы сами научимся.",
            "Спасибо, но не учите меня: я сама научусь за выходные.",
            "Не надо учить нас работать с этой программой: мы прошли курс в прошлом месяце.",
            "Не нужно учить нас пользоваться порталом, инструкции достаточно.",
        ],
    );
}

#[test]
fn english_even_in_a_question_at_the_reader_is_rhetorical_whatever_the_verb() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Did you even get my last three emails?",
            "Do you even have anyone working on this?",
            "Are you even open on weekdays any more?",
            "Does anyone even answer this inbox?",
            "Have you even tried to find the parcel?",
        ],
        &[
            "Did you get my last email?",
            "Could you even out the columns in the table?",
            "Do you have it in blue, or even in grey?",
            "We did even better than last year.",
            "Are you free even for half an hour on Friday?",
        ],
    );
}

#[test]
fn since_when_asked_of_what_is_acceptable_is_rhetorical_in_each_language() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Since when is it acceptable to charge for a return you caused?",
            "Since when do you charge customers for your own mistakes?",
            "С каких пор нормально брать деньги за вашу же ошибку?",
            "С каких это пор вы решаете за нас, что нам нужно?",
            "Από πότε είναι αποδεκτό να χρεώνετε για δικό σας λάθος;",
            "Από πότε θεωρείται φυσιολογικό να περιμένει κανείς τρεις μήνες;",
        ],
        &[
            "Since when has the new price list applied?",
            "Since when have you worked with Acme?",
            "С какого числа действует новый прайс?",
            "Мы работаем с ними с тех пор, как открыли склад.",
            "Από πότε ισχύει η νέα τιμή;",
            "Από πότε είστε στην εταιρεία;",
        ],
    );
}

#[test]
fn names_called_of_a_third_person_are_insults_in_each_language() {
    signs_of_kind(
        Kind::Insult,
        &[
            "This man is a complete fraud.",
            "He is the biggest liar I have ever dealt with.",
            "She's nothing but a clown.",
            "Those people are a disgrace.",
            "Она лгунья и лицемерка.",
            "Этот ваш менеджер просто клоун.",
            "Они все вруны.",
            "Είναι ένας γελοίος.",
            "Ο υπεύθυνός σας είναι σκέτος ψεύτης.",
        ],
        &[
            "He is a fraud investigator at the bank.",
            "She is the joke writer on the show.",
            "He was a coward in the film, then a hero.",
            "They are the losers of the final, sadly.",
            "He is not a liar, he just misread the date.",
            "Он играл клоуна в детском спектакле.",
            "Она рассказала нам про мошенников.",
            "Мошенники позвонили клиенту от имени банка.",
            "Είναι ένας από τους καλύτερους συνεργάτες μας.",
            "Ο ήρωας της ταινίας είναι δειλός στην αρχή.",
        ],
    );
}

#[test]
fn stock_dismissals_and_curses_are_decisive_in_english_and_russian() {
    decisive_signs(
        &[
            "You make me sick.",
            "Stop embarrassing yourself.",
            "Do everyone a favour and resign.",
            "Crawl back under your rock.",
            "You have no shame.",
            "He should be ashamed of himself.",
            "Go cry somewhere else.",
            "Keep your mouth shut.",
            "Nobody cares what you think.",
            "You're a walking disaster.",
            "Are you really that dense?",
            "What planet are you on?",
            "Bite me.",
            "Drop dead.",
            "Отвали.",
            "Да пошёл ты.",
            "Проваливайте.",
            "Не смешите меня.",
            "Совсем совесть потеряли.",
            "Мозгов у вас нет.",
            "Думать надо головой.",
            "У тебя с головой всё в порядке?",
            "Крыша поехала?",
        ],
        &[
            "The fish you served last night made me sick.",
            "There's no shame in asking, you have no shame to feel.",
            "Keep your mouth shut about the surprise party!",
            "Nobody cares what colour the folder is.",
            "The dog tried to bite me at the gate.",
            "The drop dead date for the print run is Friday.",
            "The view was drop dead gorgeous.",
            "Are you really that busy this week?",
            "We are a walking tour company.",
            "Отвалилась ручка у двери, пришлите мастера.",
            "Не выпить, денег отвали на ремонт и бензин.",
            "Отвалите им денег, и вопрос решится.",
            "Пошли вы на почту, а я в банк.",
            "Не смешите детей во время съёмки.",
            "Мозгов на сервере хватает, памяти тоже.",
            "Думать над дизайном будем вместе.",
            "С головой ушли в работу над проектом.",
            "Крыша склада течёт, вызвали бригаду.",
        ],
    );
}

#[test]
fn greek_shut_up_as_typed_and_what_nonsense_you_say_are_decisive() {
    decisive_signs(
        &[
            "Βγάλε το σκασμό.",
            "Βγάλτε τον σκασμό επιτέλους.",
            "Τι βλακείες λέτε;",
            "Τι ανοησίες μας γράφετε πάλι;",
        ],
        &[
            "Τι λέτε για Τρίτη στις δέκα;",
            "Μην ακούτε τι βλακείες λέει ο καιρός, θα κάνει λιακάδα.",
            "Το παιδί έβγαλε το σκουφί του.",
        ],
    );
}

#[test]
fn stock_put_downs_second_set_are_decisive_in_each_language() {
    decisive_signs(
        &[
            "You're out of your mind.",
            "You've lost your mind.",
            "Pull your finger out.",
            "Read my lips.",
            "Not my problem, deal with it.",
            "Talk to the hand.",
            "Take a hike.",
            "Up yours.",
            "I despise you.",
            "You're an embarrassment.",
            "Put a sock in it.",
            "Zip it.",
            "Cut the crap.",
            "Don't give me that crap.",
            "Spare me the excuses.",
            "Save your breath.",
            "Serves you right.",
            "Ты кто такой вообще?",
            "Совсем с ума сошли?",
            "Очнитесь.",
            "Протрите глаза.",
            "Читать научитесь.",
            "Головой подумай.",
            "Вы глухие?",
            "Хватит врать.",
            "Не врите.",
            "Катитесь отсюда.",
            "Так тебе и надо.",
            "Сами напросились.",
            "Ненавижу вас.",
            "Достали.",
            "Вы мне противны.",
            "Мне на вас плевать.",
            "Плевать я хотел на ваши правила.",
            "Чтоб вы провалились.",
            "Τρελαθήκατε;",
            "Ξυπνήστε.",
            "Βάλτε μυαλό.",
            "Είσαι κουφός;",
            "Δεν δίνω δεκάρα για τους κανόνες σας.",
            "Καλά να πάθεις.",
            "Είστε για τα πανηγύρια.",
            "Κόψτε το δούλεμα.",
        ],
        &[
            "She was out of her mind with worry.",
            "You're out of your mind with worry, I know; we will find it.",
            "We'll deal with it tomorrow.",
            "Please deal with it when you can.",
            "Zip it and send it over.",
            "Spare me the details, just the total.",
            "We take a hike every Friday.",
            "Up yours goes the rent, I'm afraid, by two percent.",
            "Мы чуть с ума не сошли от радости.",
            "Научитесь читать чертежи за неделю.",
            "Достали из коробки и проверили.",
            "Мы не врём клиентам и не будем.",
            "Так вам и надо было сделать с самого начала? Да, верно.",
            "Ненавижу понедельники, но отчёт готов.",
            "Ξυπνήστε νωρίς αύριο, φεύγουμε στις επτά.",
            "Βάλτε μυαλό στο σχέδιο και λίγο χρώμα.",
            "Κόψτε το χαρτί στα δύο.",
        ],
    );
}

#[test]
fn a_verdict_said_as_a_sentence_of_its_own_is_outrage() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "Позорище.",
            "Какое убожество!",
            "Что за бред.",
            "Чушь собачья.",
            "Αίσχος.",
            "Σκέτο αίσχος!",
        ],
        &[
            "Бред какой-то приснился, а отчёт готов.",
            "Фильм «Позорище» выходит в пятницу.",
            "Το αίσχος της χρονιάς ήταν η ταινία, όχι εσείς.",
        ],
    );
}

#[test]
fn political_slurs_of_online_english_are_insults() {
    signs_of_kind(
        Kind::Insult,
        &[
            "Typical libtards, never happy.",
            "These presstitutes will write anything.",
            "Go cry, sickulars.",
            "The andh bhakts are out in force today.",
            "Only a trumptard would believe that.",
            "Paid trolls everywhere in this thread.",
            "Stop whining, you snowflake.",
        ],
        &[
            "We load the data into Snowflake every night.",
            "The snowflake schema has one more join than the star schema.",
            "Ram bhakts gathered at the temple for the festival.",
            "Trolls in the old stories live under bridges.",
        ],
    );
}

#[test]
fn english_complaint_verdicts_weigh_as_outrage() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "What a rip off.",
            "This is a scam.",
            "This is a joke.",
            "Daylight robbery.",
            "Piss poor service.",
            "Crap service as usual.",
            "Lousy service from start to end.",
            "Absolutely fuming.",
            "I'm seething.",
        ],
        &[
            "The council's rubbish service comes on Tuesdays.",
            "The film is about a daylight bank heist, not a robbery of ours.",
            "It was a joke, and everyone laughed.",
            "Is this a scam email? It asks for my password.",
            "Smoke was fuming from the vent, so we called the engineer.",
        ],
    );
}

#[test]
fn praise_set_against_a_failure_is_mock_praise() {
    // Praise or thanks opening a sentence, a failure told in it or the
    // next: sarcasm.
    for body in [
        "Brilliant, the parcel went to the wrong city again.",
        "Excellent service as always. The new router arrived broken.",
        "Thanks for the speedy refund, only five weeks. The amount is still wrong.",
        "What a wonderful app. It crashed twice during the payment and nobody answers the chat.",
        "Great update, really. Half of our reports are missing since Tuesday.",
        "Отличная работа: третья поставка подряд с браком.",
        "Спасибо за быструю доставку, всего три недели. Половины позиций так и не привезли.",
        "Прекрасный сервис, действительно. Мастер опоздал на два часа и ушёл.",
        "Замечательная упаковка. Все шесть бокалов пришли разбитыми.",
        "Υπέροχη οργάνωση, πράγματι: ο οδηγός ήρθε δύο ώρες αργότερα.",
        "Σας ευχαριστούμε για την άμεση εξυπηρέτηση: τρεις εβδομάδες περιμένουμε απάντηση.",
        "Εξαιρετική δουλειά, αν εξαιρέσει κανείς ότι η πόρτα δεν κλείνει.",
        "Συγχαρητήρια για τη νέα ιστοσελίδα. Το καλάθι δεν λειτουργεί και οι τιμές είναι λάθος.",
        "Η εκδήλωση ήταν αξέχαστη, πράγματι: ο ήχος χάθηκε τρεις φορές.",
        // After a name called out.
        "Пётр, отличная работа: в отчёте снова не хватает двух таблиц.",
        "Νίκο, υπέροχη εξυπηρέτηση, πράγματι: το δέμα χάθηκε.",
        "Tom, excellent service as always. The printer arrived broken.",
        // "work" is no "working" ("Great working with you").
        "Excellent work on the bathroom. The shower leaks into the hall.",
        // A time told as a wait, or against thanks for speed.
        "Wonderful service. The courier came three hours late.",
        "Отличный сервис. Мастер приехал через пять часов после назначенного времени.",
        "Υπέροχη εξυπηρέτηση. Ο τεχνικός ήρθε τέσσερις ώρες αργότερα.",
        // Arrived without what was due, or in pieces.
        "Lovely packing as always. The vase arrived in pieces.",
        "Great courier. The wardrobe was delivered without the doors.",
        "Великолепная доставка, как всегда. Шкаф привезли без дверей.",
        "Άψογη εξυπηρέτηση, όπως πάντα. Η ντουλάπα ήρθε χωρίς πόρτες.",
    ] {
        // (or a stronger sign on the same words: "Спасибо за …, всего три
        // недели" is a rebuke)
        let found = kinds(body);
        assert!(
            found.contains(&Kind::Sarcasm) || found.contains(&Kind::Rebuke),
            "{body:?}: {found:?}"
        );
    }
    // Taken back by a marker, or aimed at the reader, it makes the letter
    // agitated on its own.
    all_agitated(&[
        "Great update, really. Half of our reports are missing since Tuesday.",
        "Thank you for the speedy refund, only five weeks. The amount is still wrong.",
        "Прекрасный сервис, действительно. Мастер опоздал на два часа и ушёл.",
        "Υπέροχη οργάνωση, πράγματι: ο οδηγός ήρθε δύο ώρες αργότερα.",
        "Εξαιρετική δουλειά, αν εξαιρέσει κανείς ότι η πόρτα δεν κλείνει.",
        // A failure given after a colon as what the praise is for.
        "Отличная работа: третья поставка подряд с браком.",
        "Brilliant service: the parcel went to the wrong city.",
        "Σας ευχαριστούμε για την ταχύτατη αποστολή: το δέμα έφτασε σπασμένο.",
    ]);
}

#[test]
fn sincere_praise_beside_a_problem_stays_calm() {
    for body in [
        // A request or a question follows.
        "Thank you for the quick reply. The parcel is still not here, could you check?",
        "Thanks for the fast delivery. Two of the plates are broken. Can you send new ones?",
        "Спасибо за быстрый ответ. Посылка до сих пор не пришла, проверьте, пожалуйста.",
        "Ευχαριστώ για τη γρήγορη απάντηση. Το δέμα δεν έχει φτάσει ακόμα. Μπορείτε να ελέγξετε;",
        // The problem is set apart or regretted.
        "Great team, but the delivery was late — can we talk about it?",
        "Great service as always. Unfortunately the last parcel arrived damaged.",
        "Отличная команда, но поставка задержалась на три дня.",
        "Спасибо за оперативность! К сожалению, один блок не включается.",
        "Εξαιρετική η ομάδα σας, αλλά η παράδοση καθυστέρησε δύο μέρες.",
        "Σας ευχαριστούμε για την άμεση αντικατάσταση. Δυστυχώς μία συσκευή δεν ανάβει.",
        // The praise is backed by satisfaction.
        "Excellent work on the report; the board was very pleased. Two pages are missing from the appendix.",
        "Отличная работа, клиент очень доволен. В отчёте не хватает одной таблицы.",
        "Υπέροχη δουλειά, ο πελάτης έμεινε πολύ ικανοποιημένος. Λείπει ένα σχήμα.",
        // Thanks for no quality, praise of no thing, or no failure.
        "Thanks for your email. The shipment is delayed by two weeks.",
        "Great to see the new catalogue. The shipment is delayed by two weeks.",
        "Ο γάμος ήταν αξέχαστος, πράγματι! Οι καλεσμένοι θα μιλάνε χρόνια για τη μουσική.",
        "Отлично, спасибо! Посылка пришла без опоздания, ничего не разбито.",
        "Great news: the parcel arrived on time and nothing was missing.",
        // An apology.
        "Lovely photos. Sorry, we were late with the invoice.",
        // A failure denied.
        "Excellent report, not a single error in it.",
        "Great party, nobody wanted to leave.",
        "Отличная работа, ни одной ошибки.",
        "Συγχαρητήρια για τη νέα αποθήκη. Η μεταφορά έγινε χωρίς να χαθεί ούτε μία παράδοση.",
        "Great working with you. The last parcel was delayed by the strike.",
        // Praise inside a sentence is no exclamation; a name called out
        // is followed by praise only when a comma sets it apart.
        "The team was excellent. The parcel arrived broken, so we sent it back.",
        "Пётр, отличная работа! Клиент доволен, не хватает только подписи.",
        "Anna, great to see you. The parcel arrived broken.",
        "Our supplier Tom excellent as ever shipped the wrong part.",
        // A time that is no wait, where no speed was thanked for.
        "Brilliant work on the migration. The site was down for only ten minutes.",
        "Fantastic result. Last year the same campaign took six weeks.",
        "Отличная работа! Сервер простоял всего десять минут.",
        "Отличный результат: в прошлом году на это ушло три месяца.",
        "Εξαιρετική δουλειά! Ο διακομιστής έπεσε μόνο για δέκα λεπτά.",
        "Υπέροχη εκδήλωση. Πέρυσι η προετοιμασία κράτησε τρεις μήνες.",
        // The writer owns the fault.
        "Thank you for the quick fix. The wrong figures were our mistake.",
        "Спасибо за быструю помощь. Ошибка в отчёте была наша.",
        "Ευχαριστούμε για τη γρήγορη ανταπόκριση. Το λάθος ήταν δικό μας.",
        // The writer grants the reader is right about the failure.
        "Thank you for writing so quickly. You are right about the delay: we arrived 35 minutes late.",
        "Спасибо, что сразу написали. Вы совершенно правы: мы приехали на 35 минут позже.",
        "Σας ευχαριστώ που μας γράψατε αμέσως. Για την καθυστέρηση έχετε δίκιο: φτάσαμε 35 λεπτά αργότερα.",
        "Great courier. The wardrobe arrived without a scratch.",
        "Великолепная доставка: шкаф привезли без единой царапины.",
        "Άψογη εξυπηρέτηση. Η ντουλάπα ήρθε χωρίς καμία ζημιά.",
    ] {
        let found = judge(body);
        assert!(
            !kinds(body).contains(&Kind::Sarcasm) && !found.agitated,
            "{body:?}: {:?}",
            kinds(body)
        );
    }
}

#[test]
fn thanks_taken_back_by_regret_in_the_next_sentence_is_mock_thanks() {
    // Thanks or a compliment opening a sentence, then regret opening the
    // next one and telling a failure: the regret takes the thanks back.
    all_agitated(&[
        "Thanks for your crew's hard work on Saturday. Shame about the two printers they dropped down the stairs.",
        "Many thanks for the project plan. Pity it bears no relation to anything that has been built.",
        "Thanks for the update. Shame it's three weeks late and wrong.",
        // Thanks first, then a compliment further on in the sentence.
        "Thanks for the plan, great stuff all round. Shame it's three weeks late.",
        "Appreciate the effort, truly. It's just a pity none of it is usable.",
        "Lovely banner design. Shame about the brand colours being ignored entirely.",
        "Спасибо за отчёт. Жаль только, что пришёл он уже после срока сдачи.",
        "Макет красивый, спору нет. Жаль, что к нашему техзаданию он не имеет никакого отношения.",
        "Πολύ ωραίο το σχέδιο, πραγματικά. Κρίμα που αφορά άλλο κτίριο και όχι το δικό μας.",
    ]);
    for body in [
        // Regret for the writer's own plans, for the weather, set apart,
        // or with no failure told.
        "Thanks for the invitation. Shame I can't make it this time.",
        "Thanks for organising the picnic. Shame about the weather.",
        "Thanks for letting me know about the delay. It's a pity, but I appreciate the early warning.",
        "Thanks for trying. Shame it didn't work out.",
        "Спасибо за приглашение. Жаль, что не смогу прийти.",
        "Ευχαριστώ για την πρόσκληση. Κρίμα που δεν μπορώ να έρθω.",
    ] {
        let found = judge(body);
        assert!(
            !kinds(body).contains(&Kind::Sarcasm) && !found.agitated,
            "{body:?}: {:?}",
            found.evidence
        );
    }
}

#[test]
fn greek_other_is_not_but() {
    // "άλλη", "άλλο" (other) share a stem with "αλλά" (but): an apology
    // for "the other time" still soothes its own self-reproach, and
    // praise of "another level" is not "excellent, but".
    for body in [
        "Συγγνώμη για την άλλη φορά, ήταν απαράδεκτο από μέρους μας.",
        "Είστε εξαιρετικοί επαγγελματίες, με άλλο επίπεδο.",
    ] {
        assert!(kinds(body).is_empty(), "{body:?}: {:?}", kinds(body));
    }
}

#[test]
fn thanks_for_something_in_scare_quotes_is_sarcasm() {
    for body in [
        "Thanks so much for the \"tiny tweak\". It means re-scripting the whole survey.",
        "Спасибо за «горячий» обед, который приехал холодным и на час позже.",
        "Ευχαριστούμε για την «άμεση» απάντηση, μετά από τρεις εβδομάδες.",
    ] {
        assert!(
            kinds(body).contains(&Kind::Sarcasm),
            "{body:?}: {:?}",
            kinds(body)
        );
    }
    // A title is capitalised; a quotation after the thanks, not its
    // object, is no thanks for it.
    for body in [
        "Thanks for the \"Getting started\" guide, it helped a lot.",
        "Спасибо за «Руководство пользователя», всё понятно.",
        "Thanks for the update. The \"express\" option is gone from the form, though.",
    ] {
        assert!(
            !kinds(body).contains(&Kind::Sarcasm),
            "{body:?}: {:?}",
            kinds(body)
        );
    }
}

#[test]
fn wonder_or_if_this_is_around_the_readers_quoted_words_is_sarcasm() {
    let angry = [
        "Εντυπωσιακό πώς η «σουίτα με θέα θάλασσα» τελικά έβλεπε στο πάρκινγκ.",
        "Interesting how the \"quick fix\" took three weeks.",
        "Удивительно, как «срочный заказ» ехал месяц.",
        "Αν αυτό είναι η «γενική καθαριότητα», δεν θέλω να φανταστώ την απλή.",
        "If this is your \"deep clean\", I'd hate to see a quick one.",
        "Если это «генеральная уборка», то какая же обычная?",
        "Άρα το «δύο εβδομάδες» σήμαινε δύο μήνες.",
        "So \"two weeks\" meant two months.",
        "Значит, «на днях» означало через месяц.",
    ];
    for body in angry {
        assert!(
            kinds(body).contains(&Kind::Sarcasm),
            "{body:?}: {:?}",
            kinds(body)
        );
    }
    all_agitated(&angry);
    // A name in quotation marks is capitalised; wonder with no quotation,
    // or a status explained in the present, is calm.
    for body in [
        "Interesting how the \"Premium\" plan works — could you explain?",
        "If this is the \"Express\" option, please tick it.",
        "Είναι ενδιαφέρον πώς λειτουργεί το νέο σύστημα.",
        "«Παραδόθηκε» σημαίνει ότι το δέμα έφτασε.",
    ] {
        assert!(
            !kinds(body).contains(&Kind::Sarcasm),
            "{body:?}: {:?}",
            kinds(body)
        );
        assert!(!judge(body).agitated, "{body:?}: {:?}", kinds(body));
    }
}

#[test]
fn mock_praise_is_shown_with_what_it_praises() {
    for (body, shown) in [
        (
            "Отличная работа: в партии не хватает коробок.",
            "Отличная работа",
        ),
        (
            "Great upgrade, really. Half of our reports are missing.",
            "Great upgrade",
        ),
        (
            "Excellent service as always. The router arrived broken.",
            "Excellent service",
        ),
    ] {
        let found = judge(body);
        assert!(
            found
                .evidence
                .iter()
                .any(|e| e.kind == Kind::Sarcasm && &body[e.range.clone()] == shown),
            "{body:?}: {:?}",
            found.evidence
        );
    }
}

// Branch el-probe: speed admired as a feat, belied by one whole unit of time.
#[test]
fn greek_probe_speed_admired_then_a_month_is_irony() {
    all_agitated(&[
        "Εντυπωσιακή η ταχύτητά σας: μόνο ένας μήνας για μια απάντηση.",
        "Εκπληκτική ανταπόκριση: ολόκληρη εβδομάδα για ένα τηλεφώνημα.",
    ]);
    none_agitated(&[
        "Εντυπωσιακή η ταχύτητά σας, ευχαριστούμε πολύ!",
        "Ο νέος διακομιστής έχει εντυπωσιακή ταχύτητα. Τον δοκιμάσαμε μόνο έναν μήνα.",
    ]);
}

// Branch en-probe (2026-12-03): types of the English probe letters
// en-p219 and en-p229, written as families.

#[test]
fn pointing_back_at_an_earlier_letter_is_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Per my last email, the invoice was paid on 3 March.",
            "as per my previous message the order is cancelled",
            "As I have already explained, the parcel never came.",
            "As I've already stated, we will not pay for the second visit.",
            "As we already told you, the unit was returned.",
            "As I clearly said in my last message, the order was cancelled.",
            "As we have repeatedly pointed out, the price was agreed.",
        ],
        &[
            "As I mentioned in my first message, the parcel didn't arrive.",
            "As we discussed on Monday, the parcel will go out today.",
            "My last email had the wrong date, sorry.",
        ],
    );
}

#[test]
fn ordering_the_reader_to_actually_read_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Please actually read what I write before replying.",
            "Could you properly read my email this time?",
            "At least read my complaint this time.",
            "maybe bother to read what we sent",
        ],
        &[
            "Please read what I sent before the call.",
            "Thank you for actually reading my email so carefully.",
            "I will properly read your proposal tonight.",
        ],
    );
}

#[test]
fn a_reply_called_a_template_is_charged() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Please don't send me another copy paste reply.",
            "All I get is the same canned response.",
            "Your scripted answers help nobody.",
        ],
        &[
            "Our template replies are being rewritten.",
            "The copy and paste function is broken in the editor.",
        ],
    );
}

#[test]
fn having_nothing_better_to_do_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Because obviously I have nothing better to do than sit by the door all day.",
            "As if we had nothing better to do than chase your invoices.",
            "like I've got nothing better to do all day",
            "Because why not.",
        ],
        &[
            "I had nothing better to do on Sunday, so I finished the report.",
            "Because of the strike, the parcel is late.",
            "Because obviously the safety of the team comes first, we closed the site.",
        ],
    );
}

#[test]
fn failing_even_at_the_simplest_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Three days off work for an outfit that couldn't even turn up.",
            "You can't even get my name right.",
            "Your people couldnt even find the house.",
        ],
        &[
            "You can't even see where the crack was repaired.",
            "Your engineers can't even tell the old and new units apart.",
            "We are a team that can't even imagine working without your tool.",
            "I can't even find the file on my own laptop.",
        ],
    );
}

#[test]
fn the_probe_letters_tuned_on_are_agitated() {
    all_agitated(&[
        "As I have already explained twice now, the parcel was never delivered. Please actually read what I write before sending me another copy paste reply.",
        "Oh great, another delivery slot. Because obviously I have nothing better to do than sit by the door all day for a courier firm that couldn't even turn up.",
    ]);
}

#[test]
fn threats_of_a_chargeback_a_review_or_a_last_notice_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "I will be disputing the charge with my card provider.",
            "I'm filing a chargeback tomorrow.",
            "Expect a one star review on Trustpilot.",
            "Consider this your final notice.",
            "Do not contact me again unless it is to confirm the refund.",
        ],
        &[
            "Could you tell me whether I should dispute the payment with my card provider?",
            "Our guide explains how chargebacks work for merchants.",
            "We got a one star review from a customer whose parcel was lost.",
            "The hotel has a five star rating.",
            "Please do not contact me before Monday, I am travelling.",
            "This will not happen again, I promise.",
        ],
    );
}

#[test]
fn mock_wonder_and_skills_not_required_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Funny how the refund button never works but the payment one always does.",
            "Apparently reading is not a requirement for your support staff.",
        ],
        &[
            "Funny how things turn out, we met again at the fair.",
            "Interesting how the market reacted to the news.",
            "Reading is apparently a skill our interns have.",
        ],
    );
}

#[test]
fn despair_and_lost_trust_are_charged() {
    signs_of_kind(
        Kind::Charged,
        &[
            "I don't know why I bother.",
            "I have zero confidence in anything you say.",
            "I don't believe a single word of it.",
            "We expected far better from a company of your size.",
        ],
        &[
            "We expected more rain in March.",
            "We expected much more from the campaign, so we are reviewing it.",
            "We have no confidence in the forecast numbers yet.",
            "I have full confidence in your team.",
        ],
    );
}

#[test]
fn indifference_laid_at_the_readers_door_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "You simply don't care.",
            "I can only assume nobody there cares.",
            "Clearly customer service is not a priority for you.",
        ],
        &[
            "No rush: you simply don't have to sign anything today.",
            "I can only assume the parcel was lost in transit.",
            "Clearly the cost is not important for you at this stage, so we chose the faster route.",
        ],
    );
}

#[test]
fn talking_down_and_refusing_apologies_are_decisive() {
    decisive_signs(
        &["Save me the apologies and just fix it."],
        &[
            "Let me put it simply: the plan has two parts.",
            "Save me a seat at the front, please.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["Let me make this very simple for you."],
        &[
            "Let me put it simply: the plan has two parts.",
            "Let me lay it out for you in a table.",
        ],
    );
}

#[test]
fn mock_praise_of_a_failure_and_haste_to_take_money_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Well done, you've managed to lose the same parcel twice.",
            "You took my money fast enough.",
            "You were quick enough to take the payment.",
            "Thanks for the update, I guess.",
            "I'm sure you're very busy, but so am I.",
        ],
        &[
            "Congratulations, you've managed to hit the target a month early.",
            "Thanks for the update, I think we can close the ticket.",
            "I'm sure you're very busy, but could you look at this when you have a moment?",
            "Quick enough to take a coffee break?",
        ],
    );
}

#[test]
fn refusing_to_be_put_off_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "I will not be fobbed off again.",
            "I won't be taking no for an answer.",
            "I'm not interested in your excuses.",
            "Im not paying a penny for something I never received.",
        ],
        &[
            "We are not interested in further offers.",
            "Could you explain why the charge was doubled?",
        ],
    );
}

#[test]
fn being_taken_for_a_fool_is_charged() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Don't insult my intelligence.",
            "I'm not stupid.",
            "I don't appreciate being ignored.",
            "We are not a charity.",
        ],
        &[
            "We are not a bank, but we can offer payment in three instalments.",
            "I don't appreciate you enough, thank you for everything.",
        ],
    );
}

#[test]
fn the_readers_failures_in_other_words_are_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "It is not our job to fix your mistakes.",
            "Your team has wasted two weeks of ours.",
            "Nobody takes any responsibility.",
            "Once again you've dropped the ball.",
        ],
        &[
            "It is not our job to set the budget, but we can advise.",
            "Nobody took the minutes at the meeting.",
            "We wasted no time getting started.",
            "The sales team dropped the ball on that lead, I'll talk to them.",
        ],
    );
}

#[test]
fn would_it_kill_you_and_the_point_of_what_fails_are_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Would it kill you to pick up the phone?",
            "What is the point of a tracking number that tracks nothing?",
        ],
        &[
            "Would it help if I sent the invoice again?",
            "What is the point of the meeting on Friday?",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["as i have allready explained the box was empty."],
        &["I have already paid the invoice."],
    );
}

#[test]
fn second_probe_batch_families_and_their_calm_twins() {
    signs_of_kind(
        Kind::Sarcasm,
        &["Your reply managed to say nothing at all in four paragraphs."],
        &["She managed to tell me nothing new, the report was already complete."],
    );
    signs_of_kind(
        Kind::Blame,
        &["I asked one simple question: when will my table arrive?"],
        &["I have a simple question about the invoice."],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "I expect every penny back.",
            "Cancel it, I'll buy from someone who can actually ship things.",
        ],
        &[
            "We want every box back by Friday.",
            "I'd like to order from someone who can actually start in May.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &["Your phone line does not exist."],
        &["That phone number does not exist any more, please use the new one."],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["Your chat says processing. Processing what exactly?"],
        &[
            "What exactly do you need from us?",
            "Could you tell me what the fee covers exactly?",
        ],
    );
}

// The lead, 2026-12-03: types the English lists already weigh, which the
// Russian and Greek ones lacked (found by trying one sentence of each type
// in the three languages beside one charged word).
#[test]
fn money_back_leaving_and_disrespect_weigh_in_russian_and_greek() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Верните мои деньги.",
            "Отдайте нам наши деньги!",
            "Хочу свои деньги назад.",
            "Требуем компенсацию за простой.",
            "Больше никогда не буду с вами работать.",
            "Никогда больше не будем заказывать у вас.",
            "Θέλω τα χρήματά μου πίσω.",
            "Θέλουμε πίσω τα λεφτά μας.",
            "ΘΕΛΩ ΤΑ ΧΡΗΜΑΤΑ ΜΟΥ ΠΙΣΩ",
            "Επιστρέψτε μου τα χρήματά μου.",
            "Απαιτώ αποζημίωση.",
            "Ποτέ ξανά με εσάς.",
        ],
        &[
            "Верните, пожалуйста, деньги за второй товар на карту.",
            "Мы вернём ваши деньги в течение трёх дней.",
            "Хочу вернуть свои деньги в рублях, а не в долларах, так можно?",
            "Больше никогда не буду откладывать отчёт на пятницу.",
            "Θα σας επιστρέψουμε τα χρήματά σας εντός πέντε ημερών.",
            "Θέλω τα χρήματα να κατατεθούν στον λογαριασμό μου.",
            "Ποτέ ξανά δεν είδα τόσο όμορφη εκδρομή.",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Вы не уважаете своих клиентов.",
            "Никто так и не ответил на наши письма.",
            "До сих пор никто не перезвонил.",
            "Δεν σέβεστε τους πελάτες σας.",
            "Κανείς δεν απαντά στα τηλέφωνα.",
            "Κανένας δεν μας πήρε τηλέφωνο.",
        ],
        &[
            "Мы уважаем своих клиентов и поэтому продлили гарантию.",
            "Если никто не отвечает, позвоните на мобильный.",
            "Σεβόμαστε τους πελάτες μας και παρατείνουμε την εγγύηση.",
            "Αν κανείς δεν απαντά, καλέστε στο κινητό.",
        ],
    );
}

#[test]
fn a_form_of_to_do_is_no_negation_in_greek() {
    // "κανείς" (nobody) negates; "κάνετε" (you do) shares its stem and
    // must not.
    signs_of_kind(
        Kind::Charged,
        &["Κάνετε απαράδεκτα λάθη.", "Κάνουν εξοργιστικά λάθη."],
        &[
            "Δεν είναι απαράδεκτο να ζητήσετε παράταση.",
            "Κανείς απαράδεκτος όρος δεν υπάρχει στη σύμβαση.",
        ],
    );
}

// Types from the lead's probe of 2026-12-03 (morning): short angry replies
// whose one sign of anger is a question whether anyone reads or checks, a
// joke asked about, the reader's whole side blamed, praise in scare quotes,
// a single unit of time after thanks for speed, a failure with "again" at
// the end. Each with near sentences that must not count.

#[test]
fn asking_whether_anyone_reads_or_whether_it_is_a_joke_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Is anyone actually reading these emails?",
            "Is anybody over there even checking the orders?",
            "Is this some kind of joke?",
            "Is this a joke?",
            "Это что, шутка?",
            "Это шутка такая?",
            "Вы хоть что-нибудь проверяете перед отправкой?",
            "Είναι αστείο αυτό;",
            "Αστείο είναι αυτό;",
            "Ελέγχετε ποτέ τίποτα πριν το στείλετε;",
            "Διαβάζετε ποτέ τα μηνύματά μας;",
        ],
        &[
            "Is anyone free to join the call on Monday?",
            "Does anybody on your team read German?",
            "The toast at dinner was a joke about the weather.",
            "Это шутка из нашего новогоднего ролика.",
            "Вы что-нибудь слышали о новых тарифах?",
            "Ήταν ένα αστείο της γιορτής.",
            "Ελέγχετε ποτέ τα φίλτρα του κλιματιστικού;",
        ],
    );
}

#[test]
fn blaming_everyone_on_the_readers_side_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Nobody on your side seems to know what the contract says.",
            "No one in your team knows where the parcel is.",
            "У вас там никто не знает, что написано в договоре.",
            "У вас никто не читает почту.",
            "Κανείς στην εταιρεία σας δεν ξέρει τι γράφει η σύμβαση.",
            "Κανείς από την ομάδα σας δεν διαβάζει τα μηνύματα.",
        ],
        &[
            "Nobody on our side knows the new schedule yet.",
            "No one in your team needs to sign it, I will.",
            "У нас никто не знает нового расписания.",
            "Никто не знает, какая будет погода в пятницу.",
            "Κανείς στην εταιρεία μας δεν ξέρει ακόμα το πρόγραμμα.",
        ],
    );
}

#[test]
fn one_unit_of_time_after_thanks_for_speed_is_sarcasm_in_greek() {
    signs_of_kind(
        Kind::Sarcasm,
        &["Ευχαριστώ πολύ για την άμεση εξυπηρέτηση. Η παραγγελία ήρθε μετά από ένα μήνα."],
        &["Ευχαριστώ πολύ για την άμεση εξυπηρέτηση. Θα ξαναπαραγγείλουμε σε ένα μήνα."],
    );
}

#[test]
fn a_bare_order_to_act_at_once_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Cancel the subscription now and refund the last payment.",
            "Remove that charge from my account immediately.",
            "Just fix the login page today.",
            "Stop sending me these reminders at once.",
            "Отмените подписку немедленно.",
            "Верните предоплату сегодня же.",
            "Уберите этот пункт из счёта прямо сейчас.",
            "Ακυρώστε τη συνδρομή αμέσως.",
            "Επιστρέψτε μου τα χρήματα σήμερα κιόλας.",
            "Διορθώστε το λάθος στο τιμολόγιο τώρα.",
        ],
        &[
            "Please cancel the subscription now and refund the last payment.",
            "Remove that charge from my account immediately, please.",
            "Fix the login page today if you can.",
            "Cancelling now would cost us the deposit.",
            "We will refund the payment today.",
            "Отмените, пожалуйста, подписку сегодня же.",
            "Верните предоплату, как только сможете.",
            "Мы вернём предоплату сегодня же.",
            "Παρακαλώ ακυρώστε τη συνδρομή αμέσως.",
            "Επιστρέψτε μου τα χρήματα όταν μπορέσετε.",
            "Θα σας επιστρέψουμε τα χρήματα σήμερα κιόλας.",
        ],
    );
}

#[test]
fn why_asked_of_a_failure_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Why did nobody tell us the pallets were held at the port?",
            "Why didn't you check the address before dispatch?",
            "Why was I not told that the price had changed?",
            "Why am I only hearing about this now?",
            "Why do we always have to chase you for the report?",
            "Почему вы не проверили адрес перед отправкой?",
            "Почему никто не предупредил нас о переносе?",
            "Почему я узнаю об этом только сейчас?",
            "Почему мы каждый раз должны вам напоминать?",
            "Γιατί δεν μας ενημερώσατε για την αλλαγή;",
            "Γιατί κανείς δεν μας ενημέρωσε για την καθυστέρηση;",
            "Γιατί το μαθαίνουμε μόλις τώρα;",
        ],
        &[
            "Why don't you come by on Friday and we'll go through it?",
            "Why not try the new version first?",
            "Why did the invoice show the old rate? Could you check?",
            "We don't know why nobody told us, so we are asking the port.",
            "Почему бы вам не заглянуть к нам в пятницу?",
            "Почему вам не пришло письмо? Давайте проверим адрес.",
            "Мы выясняем, почему никто не предупредил склад.",
            "Γιατί δεν έρχεστε από το γραφείο την Παρασκευή;",
            "Θα δούμε γιατί δεν λειτουργεί η εφαρμογή και θα σας ενημερώσουμε.",
        ],
    );
}

#[test]
fn a_threat_to_escalate_or_go_public_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "I will be escalating this to your head office.",
            "We'll escalate the matter to your directors.",
            "I'll be leaving a review so that others know what to expect.",
            "We are going to post about this on social media.",
            "Я буду жаловаться вашему руководству.",
            "Дойду до вашего руководства, так и знайте.",
            "Оставлю отзыв, чтобы все знали, как вы работаете.",
            "Θα απευθυνθώ στη διεύθυνση της εταιρείας σας.",
            "Θα γράψω κριτική για να το ξέρουν όλοι.",
        ],
        &[
            "I have escalated this internally and will update you tomorrow.",
            "I'll escalate it to our engineering team today.",
            "If you enjoyed the course, please leave a review.",
            "Feel free to escalate to my manager if needed.",
            "Будем рады, если вы оставите отзыв о нашей работе.",
            "Жалобу клиента мы передали руководству вчера.",
            "Θα χαρούμε αν γράψετε μια κριτική για το μάθημα.",
            "Το παράπονό σας προωθήθηκε στη διεύθυνση.",
        ],
    );
}

#[test]
fn greek_reading_ordered_is_a_demand_only_of_the_authors_messages() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Διαβάστε πιο προσεκτικά το email μου.",
            "Ξαναδιαβάστε τα μηνύματά μου από την αρχή.",
        ],
        &[
            "Διαβάστε προσεκτικά τους όρους πριν υπογράψετε.",
            "Καλό θα ήταν να διαβάσετε το συμβόλαιο πριν το υπογράψετε.",
            "Πριν από την εγκατάσταση διαβάστε προσεκτικά τις οδηγίες.",
        ],
    );
}

#[test]
fn disbelief_asked_of_the_reader_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Did you even read the spreadsheet before replying?",
            "Does anyone on your team even check the labels?",
            "Have you read my last three messages at all?",
            "Do you seriously expect us to pay for a second visit?",
            "Do you honestly think a discount of 2% fixes this?",
            "Вы вообще читаете, что вам пишут?",
            "Вы хоть раз открыли приложенный акт?",
            "Вы серьёзно предлагаете нам ждать до лета?",
            "Διαβάσατε καν το μήνυμα που σας έστειλα;",
            "Σοβαρά περιμένετε να πληρώσουμε και τη δεύτερη επίσκεψη;",
            "Θα μας απαντήσετε επιτέλους για την επιστροφή;",
        ],
        &[
            "Could you even so send the draft by Friday?",
            "Do you have any slots at all next week?",
            "We did not even open the spreadsheet yet, sorry.",
            "Do you really need all 400 units in March?",
            "I seriously doubt the courier will make it today.",
            "Could you tell us honestly how long the repair takes? We need to plan.",
            "Вообще мы работаем с девяти до шести.",
            "Вы можете хоть примерно назвать сроки поставки?",
            "Вы вообще-то правы, ошибка была наша.",
            "Δεν το διάβασα καν, θα το δω αύριο.",
            "Επιτέλους τελειώσαμε το έργο, σας ευχαριστούμε!",
            "Το εξετάζουμε σοβαρά και θα σας απαντήσουμε.",
        ],
    );
}

#[test]
fn praise_in_scare_quotes_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Thanks for the \"quick\" turnaround on this one.",
            "Your \"support\" has not answered in a week.",
            "Спасибо за «оперативность» вашего отдела.",
            "Ваша «поддержка» молчит уже неделю.",
            "Ευχαριστώ για την «άμεση» εξυπηρέτηση.",
            "Η «υποστήριξή» σας δεν απαντά εδώ και μια εβδομάδα.",
        ],
        &[
            "Please choose the \"Express\" option at checkout.",
            "The plan is called \"Premium support\" in your account.",
            "Выберите тариф «Быстрый» в личном кабинете.",
            "Откройте раздел «Поддержка» на сайте.",
            "Επιλέξτε «Άμεση αποστολή» στο καλάθι.",
            "He wrote \"quick question\" in the subject line, and we answered within the hour.",
            "Please tick the \"express\" option at checkout.",
            "You asked whether the \"express\" option is worth it.",
            "Поставьте галочку в поле «срочно» при заказе.",
            "Πατήστε το κουμπί «άμεση» στη φόρμα.",
        ],
    );
}

#[test]
fn an_explanation_refused_and_reading_ordered_count_in_greek() {
    signs_of_kind(
        Kind::Counting,
        &["Δεν πρόκειται να σας το εξηγήσω ξανά."],
        &["Θα σας το εξηγήσω ξανά στη συνάντηση της Τρίτης."],
    );
    signs_of_kind(
        Kind::Demand,
        &["Διαβάστε τη σύμβαση.", "Απλώς ξαναδιαβάστε τους όρους."],
        &["Διαβάστε τη σύμβαση και πείτε μας αν συμφωνείτε."],
    );
}

// lexicon-en, 2026-12-03: strongly negative words ("cruel", "betrayed",
// "unjust") in calm sentences: sympathy, bad news told politely, negation,
// misfortune nobody caused and the words of business mail (the author's own
// sentences). A sentiment lexicon tried as evidence of anger did not earn
// its keep (README, "How well the judgement works"); these hold the calm
// side for whatever is tried next.
#[test]
fn strongly_negative_words_elsewhere_stay_calm() {
    // Sympathy, bad news told politely, negation and the words of business
    // mail, said to the reader: no charged word.
    for body in [
        "I'm sorry you had such an awful experience with our courier.",
        "I'm so sorry, it must have been a miserable week for your team.",
        "I'm sorry you felt cheated by the old pricing; we have changed it.",
        "You were not cruel at all; the mistake was ours.",
        "Please review the risk of loss and the default clause before Friday.",
        "Please kill the stuck process on the build server.",
        "The liability and termination sections need your signature.",
        "Unfortunately we have to decline your offer this year.",
        "Please destroy the old backup tapes after the audit.",
        "Your account shows a negative balance and a penalty fee.",
        "Please report any fraudulent invoices to the security team.",
        "Please note that the old server failed twice last night.",
    ] {
        assert!(!judge(body).agitated, "{body:?}: {:?}", kinds(body));
        assert!(
            !kinds(body).contains(&Kind::Charged),
            "{body:?}: {:?}",
            kinds(body)
        );
    }
    // Misfortune that is nobody's doing, negation, and praise that outweighs
    // one word about what the reader wrote of: not agitated.
    none_agitated(&[
        "The storm caused terrible delays across the region.",
        "The flood ruined the ground floor of the warehouse.",
        "This is not a disaster, just a small slip in the schedule.",
        "We found a critical bug in the payment module.",
        "Your report on unfair trade practices in the region was excellent.",
    ]);
}

/// Angry sentences at the reader whose only sign is one or two strongly
/// negative words (`negative.txt`; sentences of the lexicon-en branch).
#[test]
fn strongly_negative_words_at_the_reader_are_agitation() {
    let angry = [
        "You people are cruel to keep our staff waiting like this.",
        "You cheated us on the last two shipments.",
        "We feel betrayed by the way you treated our order.",
        "Your team has been selfish from the very first week.",
        "Your contempt for our staff is plain to see.",
        "Your latest reply was humiliating for our whole team.",
        "Your treatment of our account has been unjust and heartless.",
        "Your service has been dismal since the merger.",
        "You have neglected our account for months.",
        "Your behaviour at the meeting was vile.",
        "Your rep was nasty to my colleague on the phone.",
        "Your pricing policy is unethical.",
        "Your constant delays have made our lives miserable.",
        "Your reps have been thoughtless and ungrateful.",
        "Your last invoice is a travesty.",
    ];
    let missed: Vec<_> = angry
        .iter()
        .filter(|body| !judge(body).agitated)
        .map(|body| (body, kinds(body)))
        .collect();
    assert!(missed.is_empty(), "{missed:#?}");
}

// Types from the lead's probe 2 of 2026-12-03: each family written in the
// three languages at once (a type one language's lists had and another's
// lacked), with near sentences that must not count.

#[test]
fn asking_whether_the_reader_thought_it_would_go_unnoticed_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Do you honestly think we wouldn't notice?",
            "Did you really think nobody would check the figures?",
            "Вы серьёзно думали, что мы не заметим?",
            "Вы правда рассчитывали, что никто не проверит?",
            "Σοβαρά πιστεύατε ότι δεν θα το καταλάβουμε;",
            "Αλήθεια νομίζατε πως δεν θα το προσέξει κανείς;",
        ],
        &[
            "Do you really think the May date is realistic? We can plan around either.",
            "We honestly think you will like the new layout.",
            "Мы серьёзно думали о переезде, но решили остаться.",
            "Σοβαρά σκεφτόμαστε να ανοίξουμε δεύτερο κατάστημα.",
        ],
    );
}

#[test]
fn dismissing_the_readers_rules_or_reasons_is_a_rebuke() {
    decisive_signs(
        &[
            "I don't care about your internal procedures.",
            "We do not care about your excuses anymore.",
            "Меня не волнуют ваши внутренние регламенты.",
            "Нас не интересуют ваши отговорки.",
            "Δεν με ενδιαφέρουν οι εσωτερικές σας διαδικασίες.",
            "Δεν μας αφορούν τα προβλήματά σας.",
        ],
        &[
            "We care about your procedures and will follow them.",
            "I don't care about the colour, either is fine.",
            "Меня не волнует цвет, подойдёт любой.",
            "Нас интересуют ваши условия доставки в регионы.",
            "Δεν με ενδιαφέρει το χρώμα, όποιο θέλετε.",
            "Μας ενδιαφέρουν οι διαδικασίες σας για την πιστοποίηση.",
        ],
    );
}

#[test]
fn asking_whether_people_or_bots_answer_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Are there actual humans working there or just bots?",
            "Is there a real person at your end, or only a robot?",
            "У вас там роботы работают или люди?",
            "Мне отвечает живой человек или бот?",
            "Δουλεύουν άνθρωποι εκεί ή μόνο ρομπότ;",
        ],
        &[
            "Our chat is answered by people, not bots, from 9 to 5.",
            "Роботы на складе работают в две смены, люди в одну.",
            "Το chat απαντούν άνθρωποι, όχι ρομπότ.",
        ],
    );
}

#[test]
fn a_verdict_of_one_word_is_outrage_in_english_too() {
    signs_of_kind(
        Kind::Outrage,
        &["Embarrassing.", "Pathetic.", "Shameful!", "Laughable."],
        &[
            "It was embarrassing to trip on stage, but we laughed it off.",
            "Not embarrassing at all.",
        ],
    );
}
// Branch el-probe3 (2026-12-03): types of the Greek probe letters el-p268,
// el-p270, el-p271, el-p273, el-p274, el-p278 and el-p281, written as
// families (the author's own sentences), with near calm sentences.

#[test]
fn greek_disbelief_wasted_time_and_basic_competence_are_rebukes() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            // The reader's word not believed.
            "Δεν πιστεύω ούτε μισή λέξη από αυτά που λέτε.",
            "δεν πιστευουμε καμια λεξη απο οσα γραφετε",
            "Ειλικρινά, δεν πιστεύω λέξη.",
            "Δεν σας πιστεύουμε πια.",
            "Δεν σε εμπιστεύομαι πλέον.",
            // Our time wasted by the reader.
            "Μας φάγατε όλο το πρωί με τις αλλαγές σας.",
            "μου σπαταλησατε μια ολοκληρη μερα για το τιποτα",
            "Χάνετε τον χρόνο μας με άσκοπες συσκέψεις.",
            "Ο χρόνος μου δεν είναι δικός σας για να τον σπαταλάτε.",
            "Ο χρόνος μας δεν είναι για πέταμα.",
            // Someone who knows at least the basics asked for.
            "Στείλτε μας κάποιον που να ξέρει τι κάνει.",
            "Ζητώ έναν τεχνικό που να γνωρίζει έστω τα βασικά.",
            "Ο υπάλληλός σας δεν ξέρει ούτε τα στοιχειώδη.",
            // The same types in other words (a second round of the
            // author's own sentences).
            "Ούτε λέξη δεν πιστεύουμε πια από τις διαβεβαιώσεις σας.",
            "Τα λόγια σας δεν τα πιστεύει πλέον κανείς εδώ.",
            "Μας κάνατε να χάσουμε ένα ολόκληρο πρωινό για μια συνάντηση χωρίς λόγο.",
            "Η κοπέλα στο τηλέφωνο δεν είχε ιδέα ούτε από τα στοιχειώδη.",
            "Ο τεχνικός σας δεν ήξερε καν να ανοίξει τον πίνακα.",
        ],
        &[
            "Δεν πιστεύω ότι θα χρειαστεί αλλαγή στη σύμβαση.",
            "Δεν πιστεύω ότι λείπει ούτε μία λέξη από τη μετάφραση.",
            "Σας πιστεύουμε και σας ευχαριστούμε για την ενημέρωση.",
            "Ευχαριστούμε που διαθέσατε τον χρόνο σας χθες.",
            "Χάσαμε λίγο χρόνο στην κίνηση, αλλά φτάσαμε.",
            "Ο χρόνος μας είναι περιορισμένος αυτή την εβδομάδα.",
            "Θα ήθελα να μιλήσω με κάποιον τεχνικό για το router.",
            "Βρήκαμε κάποιον που ξέρει καλά το σύστημα.",
            "Για το εργαλείο δεν χρειάζεται να ξέρετε ούτε τα βασικά του προγραμματισμού.",
            "Τις υποσχέσεις σας τις πιστεύουμε.",
            "Δεν μας κάνατε να χάσουμε καθόλου χρόνο, ευχαριστούμε.",
            "Δεν ξέρουμε καν αν θα γίνει η έκθεση.",
        ],
    );
}

#[test]
fn greek_theft_named_and_shoddiness_never_seen_are_outrage() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "Η χρέωση αυτή είναι σκέτη κλοπή.",
            "αυτο λεγεται ληστεια, οχι τιμη",
            "Μας κλέβετε στα μεταφορικά κάθε μήνα.",
            "Τέτοια προχειρότητα δεν έχω ξαναδεί πουθενά.",
            "Τόσο άθλια συσκευασία δεν έχουμε δει ποτέ.",
            "Δεν έχω ξαναδεί τόσο ερασιτεχνική δουλειά.",
            "Μας έχετε κλέψει τουλάχιστον 300 ευρώ σε λάθος χρεώσεις.",
            "Σε τριάντα χρόνια δουλειάς δεν έχω δει πιο πρόχειρη συσκευασία.",
            "Ποτέ μου δεν έχω συναντήσει τέτοια αδιαφορία από προμηθευτή.",
        ],
        &[
            "Η κάρτα δηλώθηκε στην αστυνομία για κλοπή.",
            "Πρόκειται για κλοπή ταυτότητας: αλλάξτε τον κωδικό σας.",
            "Οι κλέφτες μπήκαν από το παράθυρο της αποθήκης.",
            "Τόσο όμορφη δουλειά δεν έχω ξαναδεί.",
            "Τέτοια κακοκαιρία δεν έχουμε ξαναδεί εδώ.",
            "Η ομάδα είναι ερασιτεχνική και παίζει κάθε Κυριακή.",
            "Προσέξτε να μη μας κλέψει κανείς τα στοιχεία.",
            "Δεν έχω δει πιο όμορφη δουλειά.",
            "Δεν έχω δει ακόμα το πρόχειρο της σύμβασης.",
        ],
    );
}

#[test]
fn greek_excuses_foretold_and_the_readers_job_offered_are_sarcasm() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Ποια δικαιολογία έχετε ετοιμάσει για σήμερα;",
            "Τι πρόφαση θα βρείτε τώρα;",
            "ποια δικαιολογια σκεφτηκατε αυτη τη φορα;",
            "Και ποια θα είναι η δικαιολογία αυτή τη φορά;",
        ],
        &[
            "Ποια δικαιολογητικά έχετε στείλει στην εφορία;",
            "Ποια δικαιολογητικά χρειάζονται αυτή τη φορά;",
            "Ποια δικαιολογία δίνει ο μεταφορέας για την καθυστέρηση;",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Για να μαντέψω: έφταιγε πάλι το σύστημα;",
            "αφηστε με να μαντεψω, χαλασε το φορτηγο",
            "Άσε με να μαντέψω, χάλασε το φορτηγό.",
            "Να σας κάνουμε και τη δουλειά σας;",
            "Μήπως να κάνουμε εμείς τη δουλειά σας;",
            "να σου κανω κι ολη τη δουλεια;",
            "Μήπως να σας κάνουμε καλύτερα εμείς τη δουλειά;",
        ],
        &[
            "Δύσκολο να μαντέψω την ακριβή ημερομηνία.",
            "Θέλετε να σας κάνουμε όλη τη δουλειά της μετακόμισης;",
            "Μπορούμε να κάνουμε εμείς την εγκατάσταση.",
            "Αν θέλετε, μπορούμε να σας κάνουμε εμείς όλη τη δουλειά.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Τρίτη λίστα στη σειρά με λάθος ποσότητες.",
            "Δεύτερο τιμολόγιο στη σειρά με λάθος ΦΠΑ.",
        ],
        &["Το τρίτο αρχείο στη σειρά έχει τις τιμές του Μαΐου."],
    );
}

// en-probe3, 2026-12-03: the types of the tuned half of its probe letters
// (talking down, "remind me what we pay you for", mock surprise at a memo,
// mock praise of a loss, a wait set against what it brought, word of the
// reader's ways spread, patience spent, refusal to pay made certain,
// leaving for a rival, work set below a child's, left without words), each
// with near calm sentences. All sentences my own.
#[test]
fn english_talking_down_and_remind_me_are_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "I'll say it slowly so it sinks in: the gate code is 4471.",
            "Let me explain this slowly for your accounts team.",
            "We really don't know how to put it any plainer.",
            "I honestly can't see how to make this any simpler for you people.",
            "Here it is in words of one syllable: pay the bill.",
            "Let me repeat it slowly so that it finally sinks in.",
            "I'm not sure how I can make it any clearer: the invoice goes to accounts.",
            "Can you remind me what we are paying your agency for, exactly?",
            "Remind me what we're actually paying you for?",
        ],
        &[
            "Please drive slowly on site, the yard is icy.",
            "Press the label down firmly so it sticks.",
            "We are not sure how to make the form any simpler yet.",
            "Could you remind me what we are paying for the licence this year?",
            "Remind me why we moved the meeting to Thursday?",
            "We went through the figures slowly at the workshop.",
        ],
    );
}

#[test]
fn english_mock_surprise_and_mock_achievement_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Apparently I missed the memo that invoices are now optional for your firm.",
            "I guess we missed the announcement where deadlines became suggestions.",
            "That's quite an achievement.",
            "I seem to have missed the announcement where weekend deliveries were scrapped.",
            "Some achievement, that.",
            "Some feat.",
            "Six weeks for that.",
            "Three months for this.",
        ],
        &[
            "Sorry, I missed the part where you explained the budget, I joined late.",
            "You must have missed the announcement that the office has moved.",
            "Ten years in business is quite an achievement for a team of three!",
            "We booked six weeks for that project in the plan.",
        ],
    );
}

#[test]
fn english_word_spread_patience_spent_and_leaving_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Every supplier on the estate will hear how you treat people who invoice you.",
            "Our whole network will know how your firm does business.",
            "This is our final courteous reminder.",
            "We have been patient for long enough.",
            "I am definitely not paying that.",
            "Your driver alone made us switch to a rival courier within a week.",
            "Everyone in the forum will soon know how your company treats its suppliers.",
            "Your billing team has pushed us to move our accounts to a competitor.",
        ],
        &[
            "We were glad to hear how you handled the recall.",
            "Make sure the new starters know how the scanner works.",
            "Could you send a polite reminder to the venue?",
            "We will move the test servers to another provider next year.",
            "The fire drill made us move to another room for an hour.",
            "We are not paying the deposit until the contract is signed.",
        ],
    );
}

#[test]
fn english_work_set_below_a_child_is_outrage_and_no_words_is_charged() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "Honestly my eight-year-old niece could have done a better job of the layout.",
            "An intern could do this better in an afternoon.",
            "A first-year student project would have had more care put into it.",
        ],
        &[
            "The app is so simple my kids could use it.",
            "Our students did better this term than last.",
            "The school project on recycling was lovely, thank you.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "We honestly have no words left.",
            "I'm at a loss for words after this.",
            "I honestly have no words for this.",
        ],
        &[
            "I have no words to thank you for the flowers.",
            "We have no words for how grateful we are.",
            "I was lost for words, thank you all so much.",
        ],
    );
}

/// The letters of the tuned half of the en-probe3 batch, reworded: each
/// type alone, or with the one sign its letter also had, makes a short
/// letter agitated.
#[test]
fn english_probe3_types_make_a_letter_agitated() {
    all_agitated(&[
        "I'll go over this slowly so it sinks in: the depot is in Leigh, not Leith.",
        "Remind me what exactly we pay you for?",
        "I must have missed the memo where clients started paying for your typos.",
        "Unbelievable, honestly. We have no words left.",
        "Consider this the last polite message you get from us.",
    ]);
}

// ru-probe3, 2026-12-03: types of Russian letters the probe batch ru-p468-p483
// found missed (my own sentences, not the letters' wording), each with near
// calm sentences that must stay calm.

/// The reader's work set below a novice's is a rebuke; a product so simple
/// that a child copes with it is none.
#[test]
fn russian_work_set_below_a_novices_is_a_rebuke() {
    decisive_signs(
        &[
            "Такой расчёт и школьник сделал бы аккуратнее.",
            "Эту таблицу даже практикант оформил бы грамотнее вас.",
            "Такой ошибки не допустил бы даже стажёр.",
            "Ребёнок бы нарисовал схему аккуратнее.",
        ],
        &[
            "С установкой справится даже ребёнок, она очень простая.",
            "Студентов мы бы лучше взяли на летнюю практику.",
            "Наш стажёр подготовил расчёт, посмотрите, пожалуйста.",
            "Школьники сделали бы проект лучше при помощи наставника, поэтому мы его и нашли.",
        ],
    );
}

/// The reader's tone rebuked ("каким тоном вы пишете", "вы позволяете себе
/// так разговаривать"); asking which tone to write in is none.
#[test]
fn russian_tone_rebuked_is_a_rebuke() {
    decisive_signs(
        &[
            "Подумайте, каким тоном вы пишете клиенту.",
            "Удивительно, в каком тоне вы позволяете себе отвечать.",
            "Не понимаю, как вы позволяете себе так разговаривать с заказчиком.",
            "Вы позволяете себе хамить нашим сотрудникам.",
        ],
        &[
            "Подскажите, в каком тоне лучше написать письмо клиенту?",
            "Я позволю себе написать вам напрямую.",
            "Вы позволяете себе отпуск раз в год?",
        ],
    );
}

/// A letter not worth answering is contempt; no words at all is a charged
/// sentence; neither is a wish not to talk of something sad or a reply put
/// off.
#[test]
fn russian_letter_not_worth_answering_is_contempt() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "На ваше письмо даже отвечать не хочется.",
            "Это даже комментировать не хочу.",
            "Не хочется даже обсуждать такие предложения.",
        ],
        &[
            "Не хочется даже думать о том, что вы уезжаете.",
            "Я пока не буду отвечать, сначала посоветуюсь с юристом.",
            "Это мелочь, её даже обсуждать не стоит.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &["Слов нет.", "Комментарии излишни."],
        &["Нет слов, чтобы выразить нашу благодарность."],
    );
}

/// Violence wished on whoever did the work is outrage; a label torn off or
/// hands too busy are not.
#[test]
fn russian_violence_wished_on_the_worker_is_outrage() {
    signs_of_kind(
        Kind::Outrage,
        &[
            "Оторвать бы руки вашему монтажнику.",
            "Голову бы открутить тому, кто собирал этот шкаф.",
            "За такую работу увольнять надо.",
            "Таких специалистов гнать в шею.",
        ],
        &[
            "Этикетку можно оторвать, она не нужна.",
            "До отчёта у меня руки не доходят.",
            "Руки бы помыть после склада.",
            "За такую работу надо платить больше, согласен.",
        ],
    );
}

/// Stock sarcasm after a particle ("Ну кто бы сомневался"), the reader's
/// usual failure ("Всё как всегда у вас"), a firm called a "контора", a
/// result called a zero, and a firm called a farce.
#[test]
fn russian_stock_sarcasm_and_contempt_for_the_firm() {
    signs_of_kind(
        Kind::Sarcasm,
        &["Ну кто бы сомневался.", "Что ж, кто бы сомневался."],
        &["Никто не сомневался в вашей честности."],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Всё как обычно у вас.",
            "И всё как всегда у вашей компании.",
        ],
        &["Как обычно, у вас совещание в понедельник?"],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Ваша контора снова всё перепутала.",
            "Ваши монтажники — дилетанты.",
        ],
        &[
            "Нотариальная контора работает до шести.",
            "Я не дилетант в этих вопросах.",
        ],
    );
    decisive_signs(
        &["Не компания, а недоразумение.", "Пародия, а не сервис."],
        &["Это не ошибка, а недоразумение, сейчас поправим."],
    );
}

/// Threats veiled as another way of talking, being nobody's purse, and
/// asking why the reader took on work they cannot do.
#[test]
fn russian_veiled_threats_and_being_used() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Если это повторится, будем разговаривать по-другому.",
            "Иначе будем говорить в другом тоне.",
        ],
        &["Давайте будем говорить по-русски, так проще."],
    );
    decisive_signs(
        &[
            "Мы вам не дойная корова.",
            "Я вам не кошелёк, чтобы платить за ваши ошибки.",
        ],
        &["Мы вам не конкуренты, а партнёры."],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["Зачем вы вообще взялись за монтаж, если не умеете?"],
        &["Зачем вы взялись за перевод, если он не оплачен?"],
    );
}

/// ru-probe3, second round: the same types in other wordings (my own
/// sentences written after the families, to see whether they generalise):
/// other tenses and verbs, "надо" for "бы", the rebuke after the verb.
/// ("Как всегда у вас: ..." without "всё" stays unread: "Как обычно, у
/// вас совещание в понедельник?" is a question.)
#[test]
fn russian_types_of_the_third_probe_in_other_wordings() {
    decisive_signs(
        &[
            "Таких ошибок в накладной не допускает даже практикант.",
            "Прошу не разговаривать со мной таким тоном.",
            "Кто позволил вам общаться с нами в таком тоне?",
        ],
        &[
            "Такие ошибки допускает любой новичок, поправим.",
            "Приятно общаться с вами в таком тоне.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &[
            "Комментировать ваш ответ я даже не собираюсь.",
            "Руки надо оторвать тому, кто это паковал.",
        ],
        &[
            "Надо оторвать защитную плёнку перед монтажом.",
            "Я даже не собираюсь спорить, вы правы.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["Ну конечно, кто бы сомневался.", "Что и следовало ожидать."],
        &["Как и следовало ожидать, спрос весной вырос."],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["Зачем браться за ремонт, если не умеете?"],
        &["Зачем браться за ремонт зимой, если можно весной?"],
    );
}

// Branch el-inv: Greek families written from an inventory of the ways a
// Greek speaker shows exasperation at work (by speech act), not from
// letters; my own sentences, each family with near calm ones.

/// Rhetorical questions at the reader: whether they bothered to read, how
/// hard it is to answer, whether they have the slightest idea.
#[test]
fn greek_inventory_rhetorical_questions() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Μπήκατε καν στον κόπο να διαβάσετε τι σας έστειλα;",
            "Μπηκε κανεις στον κοπο να ανοιξει το συνημμενο;",
            "Είναι τόσο δύσκολο να απαντήσετε σε ένα μήνυμα;",
            "Ειναι τοσο δυσκολο να σηκωσετε ενα τηλεφωνο;",
            "Έχετε την παραμικρή ιδέα τι σημαίνει αυτό για την αποθήκη;",
        ],
        &[
            "Σας ευχαριστώ που μπήκατε στον κόπο να το ελέγξετε.",
            "Έχετε καμία ιδέα πότε θα φτάσει το δέμα;",
            "Είναι πολύ δύσκολο να βρεις καλό προσωπικό φέτος.",
        ],
    );
}

/// Excuses dismissed, competence accused or suspected, the trainee who
/// would have done better, threats in the first person, regret at having
/// trusted the reader, spoken to like a servant, trust lost: decisive.
#[test]
fn greek_inventory_dismissal_competence_and_threats_are_rebukes() {
    decisive_signs(
        &[
            "Γλιτώστε με από τις δικαιολογίες.",
            "Κρατήστε τις δικαιολογίες σας για κάποιον άλλον.",
            "Βαρέθηκα τις δικαιολογίες σας.",
            "Κουραστήκαμε πια με τις ίδιες προφάσεις.",
            "Μη μου λέτε παραμύθια.",
            "Δεν ξέρετε τη δουλειά σας.",
            "Δεν έχετε ιδέα τι κάνετε.",
            "Αρχίζω να πιστεύω ότι δεν διαβάζετε τα email μου.",
            "Έχουμε αρχίσει να σκεφτόμαστε πως δεν σας ενδιαφέρει καθόλου.",
            "Ένας ασκούμενος θα το είχε κάνει καλύτερα.",
            "Τέτοια λάθη δεν θα τα έκανε ούτε πρωτοετής φοιτητής.",
            "Ποιος έφτιαξε αυτό το φυλλάδιο, ο ασκούμενος;",
            "Ποιος μετέφρασε το εγχειρίδιο, το Google;",
            "Μη με αναγκάσετε να πάρω άλλα μέτρα.",
            "Μην με αναγκάσεις να μιλήσω στον διευθυντή σου.",
            "Αυτό δεν θα μείνει έτσι.",
            "Μετανιώσαμε που σας εμπιστευτήκαμε την αποθήκη.",
            "Η υπάλληλός σας μου μίλησε σαν να ήμουν παιδί.",
            "Χάσατε κάθε εμπιστοσύνη μου.",
        ],
        &[
            "Κρατήστε τα δικαιολογητικά σας μέχρι τον έλεγχο.",
            "Μη μου λέτε ευχαριστώ, χαρά μου.",
            "Αν δεν ξέρετε τι κάνετε με τη ρύθμιση, ρωτήστε μας.",
            "Δεν έχετε ιδέα πόσο χαρήκαμε με το δώρο!",
            "Αρχίζω να πιστεύω ότι δεν θα προλάβουμε την έκθεση.",
            "Τέτοια λάθη τα κάνει κάθε πρωτοετής, θα το διορθώσουμε.",
            "Ποιος έφτιαξε αυτό το φυλλάδιο; Είναι υπέροχο.",
            "Η παραγγελία δεν θα μείνει έτσι, θα προστεθεί το καπάκι.",
            "Χαιρόμαστε που μας εμπιστευτήκατε την αποθήκη.",
            "Η δασκάλα μίλησε στα παιδιά για την ανακύκλωση.",
        ],
    );
}

/// Sarcasm: professionals in name only, and the hard thing hoped not too
/// hard for the reader ("ελπίζω να μην είναι πολύ δύσκολο για την
/// εταιρεία σας").
#[test]
fn greek_inventory_professionals_in_name_only_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Υποτίθεται ότι είστε επαγγελματίες.",
            "Οι υποτιθέμενοι ειδικοί σας το έστειλαν χωρίς μπαταρίες.",
            "Ελπίζω να μην είναι πολύ δύσκολο για την εταιρεία σας να απαντήσει.",
            "Αν δεν είναι πολύ περίπλοκο για εσάς, στείλτε και το δεύτερο αρχείο.",
        ],
        &[
            "Υποτίθεται ότι ο ειδικός θα έρθει την Τρίτη, σωστά;",
            "Ελπίζω να μην είναι πολύ δύσκολο το ταξίδι με το πλοίο.",
            "Αν δεν είναι δύσκολο, στείλτε μου και το excel.",
        ],
    );
}

/// Orders to be left alone, cold impatience and the last chance.
#[test]
fn greek_inventory_left_alone_impatience_and_the_last_chance() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Αφήστε με ήσυχο.",
            "Αφηστε μας επιτελους ησυχους.",
            "Δεν έχω όλη τη μέρα.",
            "Δεν έχουμε χρόνο για τέτοια.",
            "Αυτή είναι η τελευταία σας ευκαιρία.",
        ],
        &[
            "Αφήστε το ήσυχο να στεγνώσει μία ώρα.",
            "Τελευταία ευκαιρία για εγγραφές με έκπτωση!",
        ],
    );
}

/// Failures counted ("δεν είναι η πρώτη φορά που συμβαίνει", "και πάλι τα
/// ίδια") and exasperation exclaimed ("Έλεος!", "είστε ο χειρότερος").
#[test]
fn greek_inventory_counting_and_exasperation() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Δεν είναι η πρώτη φορά που συμβαίνει αυτό.",
            "Δεν είναι πρώτη φορά που μας το κάνετε.",
            "Και πάλι τα ίδια.",
        ],
        &[
            "Δεν είναι η πρώτη φορά που συνεργαζόμαστε, ξέρετε τη διαδικασία.",
            "Και πάλι ευχαριστούμε για όλα.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &[
            "Έλεος!",
            "Έλεος πια με εσάς.",
            "Είστε ο χειρότερος πάροχος που είχαμε ποτέ.",
            "ειστε η χειροτερη εταιρεια με την οποια εχω συνεργαστει",
        ],
        &[
            "Ο κατηγορούμενος ζητούσε έλεος από το δικαστήριο.",
            "Ο χειρότερος καιρός της χρονιάς έρχεται την Τρίτη.",
        ],
    );
}

/// More of the inventory (branch el-inv): no surprise feigned, curiosity
/// about the excuse, the one simple thing asked, being called to account,
/// the end of patience, contempt for the firm, "κουνηθείτε", blame.
#[test]
fn greek_inventory_feigned_surprise_patience_and_blame() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Φυσικά, πώς αλλιώς;",
            "Γιατί δεν με εκπλήσσει;",
            "Ανυπομονώ να ακούσω τη δικαιολογία αυτή τη φορά.",
            "Θα ήθελα πολύ να ακούσω πώς θα το δικαιολογήσετε.",
        ],
        &[
            "Φυσικά, ελάτε όποτε σας βολεύει.",
            "Γιατί δεν με ενημερώσατε για την αλλαγή;",
            "Ανυπομονώ να ακούσω τα νέα σας από την έκθεση.",
        ],
    );
    decisive_signs(
        &["Ένα απλό πράγμα σας ζήτησα.", "Θα λογοδοτήσετε γι' αυτό."],
        &["Ένα μόνο πράγμα σας ζητάμε: την υπογραφή στη σελίδα δύο."],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Έχω φτάσει στο αμήν μαζί σας.",
            "Σκέτο φιάσκο.",
            "Αυτό είναι εταιρεία της πλάκας.",
        ],
        &[
            "Δεν ήταν καθόλου φιάσκο, η έκθεση πήγε πολύ καλά.",
            "Ήταν ένα βίντεο της πλάκας για το πάρτι.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &["Κουνηθείτε λίγο."],
        &["Κουνήσου λίγο πιο δεξιά για τη φωτογραφία."],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Εσείς το χαλάσατε, εσείς θα το φτιάξετε.",
            "Το πρόβλημα είναι δικό σας.",
        ],
        &["Το πρόβλημα είναι δικό μας, ζητούμε συγγνώμη."],
    );
}

// ru-inv: families written from an inventory of how Russian speakers show
// exasperation at work (speech act by speech act), not from letters. Each
// has sentences that fire and near calm ones that must not.

#[test]
fn russian_inventory_rhetorical_questions_at_the_reader() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Зачем было вообще затевать этот пилот?",
            "Какой смысл был в этой планёрке?",
            "Мне что, самой ехать за накладными?",
            "Это, по-вашему, нормально?",
            "Вам самим не стыдно?",
            "Вы хоть представляете, во что нам это обошлось?",
            "Что вам мешало предупредить заранее?",
            "Когда вы уже перестанете путать адреса?",
            "Сколько это всё будет продолжаться?",
            "Вам не кажется, что три недели на ответ это перебор?",
        ],
        &[
            "Зачем нужно заполнять эту анкету?",
            "Зачем было принято решение о переносе, подскажите?",
            "Какой смысл вкладывается в это поле?",
            "Мне что нужно взять с собой на встречу?",
            "Как, по-вашему, лучше оформить счёт?",
            "Что вам помешало приехать? Надеюсь, ничего серьёзного.",
            "Когда вы начнёте работу над проектом?",
            "Когда вы уже начнёте монтаж, пришлите фото.",
            "Для чего было создано это поле в анкете?",
            "Что вам мешало в работе с порталом? Расскажите, мы улучшим.",
            "Как долго это будет продолжаться, не подскажете? Нам нужно спланировать.",
            "Вам не кажется, что синий цвет подойдёт лучше?",
        ],
    );
}

#[test]
fn russian_inventory_dismissals_and_cold_ultimatums() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Избавьте меня от ваших объяснений.",
            "Ничего не желаю слышать про ваши трудности.",
            "Довольно обещаний.",
            "Хватит уже слать мне эти напоминалки.",
            "Хватит вам тянуть с оплатой.",
            "Это ваш последний шанс.",
            "Не вынуждайте нас идти дальше.",
            "Иначе будем считать договор расторгнутым.",
        ],
        &[
            "Избавиться от старых папок можно в настройках.",
            "Не хочу ничего слышать о работе до понедельника, отдыхаю!",
            "Хватит ли вам времени до пятницы?",
            "Хватит ли обещать клиенту скидку в десять процентов?",
            "Это последний шанс купить билеты со скидкой.",
            "Не заставляйте себя ждать, приходите скорее!",
            "Если до десятого не получим ответ, будем считать, что вы согласны.",
        ],
    );
}

#[test]
fn russian_inventory_mock_praise_and_passive_aggression() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Где ваша хвалёная оперативность?",
            "Не прошло и полгода.",
            "Очень интересно, как вы это обоснуете.",
            "Пришлите акт, если это не слишком затруднительно.",
            "Если вы вдруг не заметили, договор во вложении.",
            "При всём уважении, это не ваш вопрос.",
            "Не хочу показаться грубой, но вы опять опоздали.",
            "Ну и контора.",
        ],
        &[
            "Хвалёный сыр, кстати, понравился всем.",
            "Интересно, как вы объясните клиенту новую схему, давайте обсудим.",
            "Если вам не сложно, пришлите отчёт.",
            "Если вы не в курсе, у нас новый офис.",
            "С глубоким уважением, Анна.",
            "Со всем уважением, Анна.",
            "Не хочу показаться навязчивой, но хотела уточнить про счёт.",
        ],
    );
}

#[test]
fn russian_inventory_competence_accused_and_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Вы просто не умеете планировать.",
            "Я начинаю думать, что вы специально тянете.",
            "Начинаю сомневаться в вашей квалификации.",
            "Такое ощущение, что у вас никто ничего не проверяет.",
            "Ваш отдел не справляется с элементарными задачами.",
            "Бухгалтерия не справляется со своими обязанностями.",
            "Вообще-то это прописано в договоре.",
            "Если бы вы отгрузили вовремя, ничего бы не случилось.",
            "Если бы вы предупредили заранее, ничего бы этого не произошло.",
        ],
        &[
            "Я начинаю думать, что вы правы.",
            "Если вы не справляетесь с объёмом, скажите, поможем.",
            "Я сомневаюсь в вашей оценке сроков, давайте пересчитаем.",
            "Вообще-то я хотел спросить про отпуск.",
            "Если бы вы не помогли, ничего бы не получилось, спасибо!",
        ],
    );
}

#[test]
fn russian_inventory_failures_counted() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Это далеко не первый случай.",
            "Вечно у вас что-то теряется.",
            "Постоянно одни и те же ошибки.",
            "Ни одна партия не пришла вовремя.",
            "Ни разу вы не уложились в срок.",
            "Ещё раз повторю: акт нужен в двух экземплярах.",
        ],
        &[
            "Мы уже не первый раз у вас заказываем и всегда довольны.",
            "Ни разу не было задержек, спасибо!",
            "Ни одна поставка не пришла с опозданием, отлично.",
        ],
    );
}

#[test]
fn russian_inventory_exasperation() {
    signs_of_kind(
        Kind::Charged,
        &[
            "С меня хватит.",
            "Мы устали от ваших бесконечных переносов.",
            "Это уже перебор.",
            "Так дальше продолжаться не может.",
        ],
        &[
            "С меня хватит и одной копии.",
            "Я устал от этого проекта, можно мне в другой?",
            "Это уже слишком дорого для нас.",
            "Так больше продолжаться не может, давайте менять процесс.",
        ],
    );
}

// Branch en-inv: families from an inventory of the conventional English
// expressions of exasperation and hostility at work, by speech act (my own
// sentences; each family with near sentences that must not fire).

/// Rhetorical questions to the reader and doubts said as statements.
#[test]
fn english_inventory_rhetorical_questions() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Do your people get any training at all?",
            "Does anyone over there get any supervision at all?",
            "Is anyone actually in charge over there?",
            "Do you have the slightest idea how much this has cost us?",
            "Did you even have the faintest idea what was in the box?",
            "Was that really so hard?",
            "Are you seriously telling me the files are gone?",
            "Are you honestly expecting us to pay for this?",
            "Who exactly do you think is going to pay for the reprint?",
            "How is that my problem?",
            "Why is this our fault?",
            "Need I remind you that the contract says ten days?",
            "Is this really the best you can do?",
            "Why am I always the one who has to chase this?",
            "Why is it always me?",
            "Do you think I have nothing better to do than chase you?",
            "I'm beginning to think you don't read my emails at all.",
            "I am starting to wonder whether anyone there even reads them.",
        ],
        &[
            "Do your new starters get any training on the CRM?",
            "Is anyone in charge of the keys this weekend?",
            "Do you have any idea how much the parts cost?",
            "Was it hard to find the office?",
            "Are you free on Tuesday?",
            "Are you really expecting two hundred guests?",
            "Who exactly do you expect at the workshop?",
            "Who exactly do you think should lead the session?",
            "Why is it always the one printer on the second floor?",
            "Who do you think would be best for the role?",
            "How is that coming along?",
            "Is this really the best you can do on price?",
            "I'm beginning to think you were right about the venue.",
            "I'm starting to wonder if we need a bigger room.",
        ],
    );
}

/// Dismissals and rebukes that tell the reader off: decisive.
#[test]
fn english_inventory_dismissals_and_rebukes() {
    decisive_signs(
        &[
            "Spare me.",
            "Save it for someone who cares.",
            "I'm not your secretary.",
            "Don't tell me how to do my job.",
            "Don't get clever with me.",
            "Do I make myself clear?",
            "Try to keep up.",
            "I don't want to hear it.",
            "I don't want to hear another word about the courier.",
        ],
        &[
            "Spare me a minute after the meeting?",
            "Save it for later, we can talk on Monday.",
            "I'm not your manager, but I'd be glad to help.",
            "Tell me how to do the export and I will run it.",
            "Don't be shy with me, ask anything.",
            "I hope I made myself clear in the workshop.",
            "Try to keep up with the newsletter, it is useful.",
            "Try to keep up the good work.",
            "Do I make myself clear enough in the slides?",
            "I want to hear it from you first.",
        ],
    );
}

/// Orders without courtesy, and ultimatums.
#[test]
fn english_inventory_demands_and_ultimatums() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Stop calling me.",
            "Stop emailing me every hour.",
            "Don't make me ask again.",
            "Don't make me chase you for this.",
            "Don't test my patience.",
            "Save it.",
            "I trust this will not happen again.",
            "This is your last chance.",
            "I will go over your head if I have to.",
            "Pull your socks up.",
        ],
        &[
            "Please stop the sync before you leave.",
            "The calls stop at five.",
            "Don't make me laugh so much at the party.",
            "We will test the patience module tomorrow.",
            "Save it as a PDF and send it over.",
            "We will make sure this does not happen again.",
            "This is your last chance to register for the conference.",
            "I suggest you try the earlier train.",
            "This is your last chance for the early price.",
        ],
    );
}

/// Mock politeness and mock agreement.
#[test]
fn english_inventory_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Send the right file this time, if that's not too complicated.",
            "Perhaps you could confirm the date, if it is not beyond you.",
            "I'd be interested to hear how you justify that price.",
            "I would be curious to know how you square that with the contract.",
            "Thanks for letting us know after the fact.",
            "Apparently deadlines are just suggestions now.",
            "I'll believe it when I see it.",
            "Sure you did.",
            "Oh please.",
            "Nice try.",
        ],
        &[
            "Could we do it by phone, if that's too complicated?",
            "Could you send it today, if it's not too much trouble?",
            "I'd be interested to hear how you arrived at the estimate.",
            "Thanks for letting us know so early.",
            "Deadlines are listed in the attached plan.",
            "I'll see it when I believe it is ready.",
            "Sure, I will send it today.",
            "Oh, please send the invoice to Anna.",
            "Nice work on the launch.",
        ],
    );
}

/// Passive aggression, contempt, accusing competence and exasperation.
#[test]
fn english_inventory_charged_and_contempt() {
    signs_of_kind(
        Kind::Charged,
        &[
            "With respect, you are wrong.",
            "With all due respect, this is not what we agreed.",
            "Any competent supplier would have checked the drawings.",
            "It's not my job to babysit your team.",
            "I shouldn't have to hold your hand through every order.",
            "The whole project has been a circus.",
            "Your office is run like a kindergarten.",
            "Sloppy work from start to finish.",
            "I can't believe I have to explain this again.",
            "You've made a mess of the rollout.",
        ],
        &[
            "With respect to the invoice, it is attached.",
            "A competent translator will be assigned next week.",
            "We will not babysit the server during the migration.",
            "The kids loved the circus on Saturday.",
            "My daughter is a kindergarten teacher.",
            "Her work is always careful.",
            "I can't believe how fast you fixed it.",
            "I've made a mess of the spreadsheet, sorry.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &[
            "You simply can't plan.",
            "You clearly can't plan, that's obvious to everyone.",
            "You clearly cannot read.",
            "Your team obviously can't count.",
            "What a second-rate outfit.",
            "I'm done explaining this.",
            "I am done listening to excuses.",
        ],
        &[
            "You simply can't miss the building, it is blue.",
            "You simply cannot plan for every scenario.",
            "We're done with the first draft.",
            "I'm done with the report, sending it now.",
            "I'm done chasing the suppliers, all quotes are in.",
            "You obviously cannot read the file without the key.",
            "You simply can't follow the link from inside the VPN.",
        ],
    );
}

/// Blame laid on the reader, and counting said as "this time".
#[test]
fn english_inventory_blame_and_counting() {
    signs_of_kind(
        Kind::Blame,
        &[
            "This is on you.",
            "That's on your team.",
            "Your mistake, not ours.",
            "That's your job, not mine.",
            "I hold you personally responsible for the delay.",
        ],
        &[
            "The next round is on me.",
            "It is on your desk.",
            "It's on you to decide which colour.",
            "It's your call, not mine, but I'd go with blue.",
            "We hold regular reviews with the team.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Let's try this again.",
            "I'll say this one more time.",
            "Read the brief properly this time.",
        ],
        &[
            "Let's try this again next week.",
            "Let me say it once more: thank you all.",
            "Read the brief when you have time.",
        ],
    );
}

// Branch el-inv2: the Greek families the inventory wanted and the module had
// no room for, and more of the language's common ways of showing
// exasperation at work; my own sentences, each family with near calm ones.

/// Dismissal, orders to stop and cold ultimatums are demands: "δεν συζητάω
/// άλλο", "μη μου πείτε πάλι ότι", "πάψτε", "μη με ξαναπάρετε", "αλλιώς θα
/// θεωρήσουμε ότι δεν σας ενδιαφέρει", "ή … ή πάμε αλλού", "ως εδώ".
#[test]
fn greek_inventory_dismissal_stop_orders_and_ultimatums_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Δεν συζητάω άλλο.",
            "Δε συζητάμε τίποτα άλλο μαζί σας.",
            "Η συζήτηση τελείωσε εδώ.",
            "Τέλος η συζήτηση.",
            "Μη μου πείτε πάλι ότι φταίει ο κούριερ.",
            "Και μην μου πείτε ξανά πως χάθηκε το δέμα.",
            "Μη μου πείτε ότι φταίει το σύστημα σας.",
            "Δεν θέλω να ακούσω τίποτα άλλο.",
            "Πάψτε επιτέλους!",
            "Πάψτε να μου στέλνετε τα ίδια μηνύματα.",
            "Μη με ξαναπάρετε τηλέφωνο.",
            "Μη μας παίρνετε άλλο τηλέφωνο.",
            "Απαντήστε ως την Πέμπτη, αλλιώς θα θεωρήσουμε ότι δεν σας ενδιαφέρει η συνεργασία.",
            "Διαφορετικά θα υποθέσω πως δεν ενδιαφέρεστε.",
            "Ή το φτιάχνετε ως αύριο ή πάμε αλλού.",
            "Ή θα έρθει ο τεχνικός σήμερα ή ακυρώνουμε το συμβόλαιο.",
            "Ως εδώ!",
            "Κάντε κάτι επιτέλους!",
        ],
        &[
            "Δεν συζητάμε πια τη Δευτέρα αλλά την Τρίτη.",
            "Η συζήτηση τελείωσε στις πέντε και μετά φύγαμε.",
            "Η συζήτηση έκλεισε.",
            "Μη μου πείτε ότι κερδίσατε το βραβείο!",
            "Πάψτε να ανησυχείτε, όλα είναι εντάξει.",
            "Μη με πάρετε πριν τις δέκα, είμαι σε σύσκεψη.",
            "Αν δεν έχουμε νέα σας ως την Παρασκευή, θα θεωρήσουμε ότι συμφωνείτε με την πρόταση.",
            "Ή την Τρίτη ή την Τετάρτη, όπως σας βολεύει.",
            "Ή θα το παραλάβετε εσείς ή θα το φέρουμε εμείς.",
            "Ως εδώ φτάνει η ζώνη παράδοσης.",
        ],
    );
}

/// Rhetorical questions: what the point is of writing to the reader, whether
/// they take the author for a fool, by what logic they acted, what more must
/// be done to be heard, whether they hear what they say.
#[test]
fn greek_inventory_point_logic_and_fools_are_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Τι νόημα έχει να σας γράφω;",
            "Τι νόημα έχει πια να σας εξηγώ τα ίδια κάθε εβδομάδα;",
            "Νομίζετε ότι είμαστε κορόιδα;",
            "Πιστεύετε πως είμαι ηλίθιος;",
            "Μας περάσατε για κορόιδα;",
            "Με ποια λογική αλλάξατε την τιμή χωρίς να μας ρωτήσετε;",
            "Με ποια λογική μου χρεώσατε διπλά το μεταφορικό;",
            "Τι άλλο πρέπει να κάνω για να με ακούσετε;",
            "Ακούτε τι λέτε;",
        ],
        &[
            "Τι νόημα έχει αυτή η παράγραφος; Δεν την κατάλαβα.",
            "Τι νόημα έχει να σας στείλω και το παλιό αρχείο;",
            "Νομίζετε ότι είμαστε έτοιμοι για την παρουσίαση;",
            "Νομίζω ότι είμαστε αφελείς αν περιμένουμε να τελειώσει νωρίς.",
            "Με ποια λογική ταξινομούνται τα αρχεία στον φάκελο;",
            "Τι άλλο πρέπει να κάνω για να ολοκληρωθεί η εγγραφή;",
        ],
    );
}

/// Passive aggression is sarcasm: "μπας και το δει κανείς", "για όσους δεν το
/// διάβασαν", "με όλο τον σεβασμό, … δεν ξέρετε", "σας αρέσει να ταλαιπωρείτε".
#[test]
fn greek_inventory_passive_aggression_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Το ξαναστέλνω, μπας και το δει κανείς.",
            "Γράφω και εδώ, μήπως και το διαβάσει κάποιος.",
            "Ξαναρωτάω μπας και πάρω επιτέλους απάντηση.",
            "Για όσους δεν το διάβασαν, η προθεσμία είναι την Παρασκευή.",
            "Το επαναλαμβάνω για όσους δεν το πρόσεξαν.",
            "Με όλο τον σεβασμό, δεν ξέρετε τι λέτε.",
            "Με όλο το σεβασμό, αλλά δεν καταλαβαίνετε το πρόβλημα.",
            "Σας αρέσει να ταλαιπωρείτε τον κόσμο;",
        ],
        &[
            "Στείλτε μου και το παλιό, μπας και βρούμε τη διαφορά.",
            "Ρίξτε μια ματιά, μπας και σας φανεί χρήσιμο.",
            "Μήπως το έχει δει κανείς το κλειδί της αποθήκης;",
            "Για όσους δεν ήταν στη σύσκεψη, επισυνάπτω τα πρακτικά.",
            "Με όλο τον σεβασμό στη δουλειά σας, θα ήθελα να προτείνω μια αλλαγή.",
            "Με όλο τον σεβασμό, δεν συμφωνώ με την πρόταση.",
            "Με όλο τον σεβασμό, δεν ξέρουμε ακόμα την ημερομηνία.",
            "Σας αρέσει να δουλεύετε με διπλή οθόνη;",
        ],
    );
}

/// Condescension (read before you answer), playing dumb, eyewash, empty
/// promises, being ignored or fooled, "I am not your clerk": rebukes.
#[test]
fn greek_inventory_condescension_and_playing_dumb_are_rebukes() {
    decisive_signs(
        &[
            "Καλό θα ήταν να διαβάζετε πριν απαντάτε.",
            "Ίσως θα έπρεπε να διαβάζετε πιο προσεκτικά πριν γράψετε.",
            "Διαβάστε πρώτα τι σας γράφω.",
            "Κάνετε τον κινέζο.",
            "Κάνετε πως δεν καταλαβαίνετε.",
            "Μας ρίχνετε στάχτη στα μάτια.",
            "Μας τάζετε λαγούς με πετραχήλια.",
            "Μας γράφετε στα παλιά σας τα παπούτσια.",
            "Μας πήρατε στο ψιλό.",
            "Τα λόγια σας είναι λόγια του αέρα.",
            "Δεν είμαι υπάλληλός σας.",
            "Δεν είμαστε εδώ για να διορθώνουμε τα λάθη σας.",
        ],
        &[
            "Καλό θα ήταν να ελέγξετε τα στοιχεία πριν στείλετε την παραγγελία.",
            "Διαβάστε τι σας έγραψα χθες για το πρόγραμμα και πείτε μου αν συμφωνείτε.",
            "Κάνετε τον έλεγχο αύριο το πρωί.",
            "Δεν θέλουμε να ρίξουμε στάχτη στα μάτια κανενός, θα πούμε την αλήθεια.",
            "Δεν είμαι ο υπάλληλος σας που χειρίζεται τον φάκελο, αλλά θα σας συνδέσω.",
        ],
    );
}

/// Blame: the reader's mistakes loaded onto the author, the author paying
/// for them, being passed from desk to desk, not even an apology.
#[test]
fn greek_inventory_loaded_mistakes_are_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Μας φορτώνετε τα λάθη σας.",
            "Μου φορτώσατε όλο το δικό σας λάθος.",
            "Ρίχνετε το φταίξιμο στον κούριερ.",
            "Πετάτε το μπαλάκι στο λογιστήριο.",
            "Πληρώνουμε εμείς τα σπασμένα σας.",
            "Μας πετάτε από το ένα τμήμα στο άλλο.",
            "Ούτε μια συγγνώμη δεν είπατε.",
        ],
        &[
            "Φορτώνετε τα κιβώτια στο φορτηγό στις οκτώ.",
            "Μην ρίχνετε την ευθύνη στον εαυτό σας, δεν φταίτε εσείς.",
            "Ρίξατε μια ματιά στα λάθη που σας έστειλα;",
            "Σας στέλνουμε τα δέματα από το ένα κέντρο στο άλλο.",
            "Ρίχνουμε όλη την ευθύνη στο λάθος μας και το διορθώνουμε.",
        ],
    );
}

/// Exasperation stated: "έχει παραγίνει", "μου βγάλατε την ψυχή", "μου
/// έχετε σπάσει τα νεύρα".
#[test]
fn greek_inventory_worn_out_is_charged() {
    signs_of_any_kind(
        &[Kind::Charged, Kind::Outrage],
        &[
            "Έχει παραγίνει το κακό.",
            "Μου βγάλατε την ψυχή.",
            "Μου έχει βγει η ψυχή με εσάς.",
            "Μου έχετε σπάσει τα νεύρα.",
        ],
        &[
            "Μας βγάλατε από τη δύσκολη θέση, ευχαριστούμε.",
            "Ο τεχνικός έσπασε το καπάκι, αλλά το αλλάξαμε.",
        ],
    );
}

/// More of the inventory (branch el-inv2): the runaround and blame passed
/// round, words without deeds, "σας πέφτει λόγος;", begging for the obvious,
/// "μη με πρήζετε", "για ποιο λόγο πληρώνεστε;", "τι άλλο θα δούμε;", tired
/// of chasing the reader, paying through the nose.
#[test]
fn greek_inventory_runaround_empty_words_and_the_obvious() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Με γυροφέρνετε εδώ και έναν μήνα.",
            "Μας τρέχετε από τον Μάρτιο.",
            "Ο ένας τα ρίχνει στον άλλο και κανείς δεν κάνει τίποτα.",
        ],
        &[
            "Σας ταλαιπωρούμε με τόσες ερωτήσεις, συγγνώμη.",
            "Τρέχουμε για να προλάβουμε την παράδοση.",
            "Ο ένας βοηθά τον άλλο στην ομάδα.",
        ],
    );
    decisive_signs(
        &[
            "Ωραία λόγια, αλλά τίποτα στην πράξη.",
            "Πολλά λόγια και καμία πράξη.",
            "Μας πουλάτε τον κούκο αηδόνι.",
            "Σας πέφτει λόγος;",
            "Φτάσαμε στο σημείο να σας παρακαλάμε για μια απάντηση.",
            "Παρακαλάμε για τα αυτονόητα.",
        ],
        &[
            "Φτάσαμε στο σημείο συνάντησης στις δέκα.",
            "Τα λόγια σας μας συγκίνησαν, ευχαριστούμε.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &["Μη με πρήζετε."],
        &["Μη με περιμένετε για φαγητό."],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["Για ποιο λόγο πληρώνεστε;"],
        &["Για ποιο λόγο πληρώνεστε με επιταγή και όχι με έμβασμα;"],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &["Τι άλλο θα δούμε;"],
        &["Τι άλλο θα δούμε στην αυριανή παρουσίαση;"],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "Κουράστηκα να σας κυνηγάω.",
            "Χρυσοπληρώνουμε τη συνδρομή και δεν λειτουργεί τίποτα.",
        ],
        &["Κουράστηκα πολύ σήμερα στην έκθεση."],
    );
}

/// Last of the inventory (branch el-inv2): "αυτό το λέτε εξυπηρέτηση;",
/// "σιγά μην απαντήσετε", "σιγά τον επαγγελματία", "ελπίζω να έγινα σαφής
/// αυτή τη φορά", "δεν είναι δα και τόσο δύσκολο" are sarcasm; "δεν σας
/// ζήτησα τη γνώμη" a rebuke; "δεν μας αφήνετε άλλη επιλογή" a demand.
#[test]
fn greek_inventory_so_you_call_this_service() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Αυτό το λέτε εξυπηρέτηση;",
            "Και αυτό το λέτε επαγγελματισμό;",
            "Σιγά μην απαντήσετε.",
            "Σιγά τον επαγγελματία.",
            "Ελπίζω να έγινα σαφής αυτή τη φορά.",
            "Δεν είναι δα και τόσο δύσκολο.",
        ],
        &[
            "Αυτό το λέτε στο λογιστήριο προκαταβολή;",
            "Σιγά μη χαθεί ο κόσμος, θα το στείλουμε αύριο.",
            "Ελπίζω να έγινα σαφής, αλλιώς ρωτήστε με ό,τι θέλετε.",
            "Δεν είναι τόσο δύσκολο όσο φαίνεται, θα σας δείξω.",
        ],
    );
    decisive_signs(
        &["Δεν σας ζήτησα τη γνώμη σας."],
        &["Δεν σας ζήτησα τη γνώμη για το σχέδιο, θα το κάνω αύριο."],
    );
    signs_of_kind(
        Kind::Demand,
        &["Δεν μας αφήνετε άλλη επιλογή."],
        &["Η εφαρμογή δεν μας αφήνει να επιλέξουμε χρώμα."],
    );
}

// Branch ru-inv2: the Russian families ru-inv cut for the module's size, and
// wider variants of the ones it kept, from the same inventory of how
// exasperation is said at work (my own sentences), each with near calm
// sentences that must not count.

#[test]
fn russian_inventory_rhetorical_questions_cut_for_size() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Вы там уснули?",
            "Вы там все вымерли, что ли?",
            "Ваших кладовщиков там чему-нибудь учат?",
            "Новичкам вообще что-нибудь объясняют перед сменой?",
            "Ну кто так пакует?",
            "Для чего я вообще звонила вам в понедельник?",
            "Я что, обязана всё проверять за вас?",
            "Вы серьёзно считаете такое допустимым?",
            "Вы когда-нибудь научитесь читать ТЗ до конца?",
            "До каких пор это будет продолжаться?",
        ],
        &[
            "Вы там устроились нормально?",
            "Вы тут спите в гостинице или у родственников?",
            "Чему учат на вашем курсе по складской логистике?",
            "Нас на тренинге многому научили.",
            "Кто так делает сверку у вас в бухгалтерии, подскажите?",
            "Для чего нужен этот шаблон?",
            "Я что-то не нашла ваш адрес в договоре.",
            "Когда вы начнёте работу над макетом?",
        ],
    );
}

#[test]
fn russian_inventory_stopping_orders_ultimatums_and_threats_cut_for_size() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Отстаньте от меня со своими опросами.",
            "Уймитесь уже.",
            "Оставьте меня наконец в покое.",
            "Больше не дёргайте меня по этому счёту.",
            "Делайте, что вам сказали.",
            "Сделайте, что велено, и не спорьте.",
            "Даю вам сутки.",
            "Даю вам ровно час.",
            "Вы ещё поплатитесь.",
            "Вы за это ответите.",
            "Такая экономия вам боком выйдет.",
            "Как бы вам эта экономия боком не вышла.",
            "Верните деньги до пятницы, и без разговоров.",
            "Довольно с нас обещаний.",
            "Мы прикроем вашу лавочку.",
        ],
        &[
            "Мы не хотим отстать от графика.",
            "Оставьте, пожалуйста, нас в списке рассылки.",
            "Он просил оставить его в покое на время отпуска.",
            "Просто сделайте, что сказано в инструкции, и всё заработает.",
            "Даём вам три дня бесплатного доступа к сервису.",
            "Шкаф пронесли боком, и он прошёл в дверь.",
            "Вернули деньги сразу, без разговоров, спасибо.",
            "Хватит одной копии договора.",
        ],
    );
}

#[test]
fn russian_inventory_passive_aggression_cut_for_size() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Без обид, но вы не самый внимательный подрядчик.",
            "Не сочтите за грубость, но ваш отдел работает хуже всех.",
            "Казалось бы, очевидная вещь, но вашему менеджеру она не далась.",
            "Я думала, это очевидно.",
            "Ваш ответ, мягко говоря, странный.",
        ],
        &[
            "Без обид, если не получится приехать, мы всё поймём.",
            "Не сочтите за грубость, но можно уточнить ваш часовой пояс?",
            "Казалось бы, очевидное решение, но мы посчитаем и второй вариант.",
            "Я думала, это очевидно, но лучше перепроверю.",
            "Мягко говоря, погода нас подвела.",
        ],
    );
}

#[test]
fn russian_inventory_mock_triumph_and_mock_speed() {
    for body in [
        "Просто блеск: заказ опять потерялся на складе.",
        "Настоящий триумф: сайт снова не открывается.",
        "Оперативненько: три недели на ответ.",
    ] {
        let found = kinds(body);
        assert!(
            found.contains(&Kind::Sarcasm) || found.contains(&Kind::Rebuke),
            "{body:?}: {found:?}"
        );
    }
    for body in [
        "Просто блеск! Клиент в восторге, спасибо всем.",
        "Оперативненько, спасибо! Всё получили.",
        "Блеск у новой краски отличный.",
    ] {
        assert!(
            !kinds(body).contains(&Kind::Sarcasm),
            "{body:?}: {:?}",
            kinds(body)
        );
    }
}

#[test]
fn russian_inventory_contempt_for_the_work_cut_for_size() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Ваш отчёт — курам на смех.",
            "Это не акт, а филькина грамота.",
            "Презентация на уровне детского сада.",
            "Это уже за гранью.",
            "Ваше поведение за гранью приличия.",
            "Монтаж сделан тяп-ляп.",
            "Всё у вас через одно место.",
            "Говорить с вами как об стенку горох.",
            "Ваши объяснения — детский лепет.",
        ],
        &[
            "Программа рассчитана на уровень детского сада и начальной школы.",
            "Мы посмеялись над шуткой в рассылке.",
            "Этот стенд стоит у стены в переговорной.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &[
            "Ваши горе-специалисты снова всё сломали.",
            "Передайте вашим горе-менеджерам.",
        ],
        &["Ах ты, горе луковое, опять ключи забыл."],
    );
}

#[test]
fn russian_inventory_competence_accused_and_blame_cut_for_size() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Вам ничего нельзя поручить.",
            "Вашим сотрудникам ничего нельзя доверить.",
            "Элементарных вещей вы не знаете.",
            "Вы не знаете элементарных правил оформления.",
            "Это ваша зона ответственности.",
            "Это ваша работа, а не моя.",
            "Мне надоело разгребать за вами.",
            "Вы тянете резину уже месяц.",
            "Никто у вас палец о палец не ударил.",
            "Ваш склад работает спустя рукава.",
        ],
        &[
            "Вам ничего не нужно делать, мы всё оформим сами.",
            "Если вы не знаете элементарных правил оформления, вот памятка.",
            "Уточните, пожалуйста, это ваша зона ответственности или склада?",
            "Мы переделаем за свой счёт.",
            "Мы не будем тянуть резину: вот план на неделю.",
            "Наш отдел не работает спустя рукава, уверяю вас.",
        ],
    );
}

#[test]
fn russian_inventory_counting_and_rebukes_widened() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Это уже не первая ошибка в счетах.",
            "Из раза в раз повторяется одно и то же.",
            "Каждый раз одни и те же отговорки.",
        ],
        &[
            "Это уже не первый наш проект вместе.",
            "Каждый раз мы рады вас видеть.",
        ],
    );
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Займитесь наконец своей работой.",
            "Лучше бы занялись своими обязанностями.",
            "Я вам не девочка на побегушках.",
            "Это не мои проблемы.",
        ],
        &[
            "Занимайтесь спокойно своей работой, мы не будем мешать.",
            "Это не мои документы, переадресую их бухгалтерии.",
        ],
    );
}

#[test]
fn russian_inventory_second_round_of_the_language() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Как так можно относиться к заказчику?",
            "Как такое можно было допустить?",
            "У вас кто-нибудь хоть за что-то отвечает?",
        ],
        &[
            "Как так можно настроить фильтр, чтобы письма не терялись?",
            "Кто-нибудь из вас будет на встрече в четверг?",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Слышать ничего не хочу про ваши сроки.",
            "Я не намерен больше с вами спорить.",
            "Сделайте уже хоть что-нибудь!",
            "Жду объяснений сегодня же.",
        ],
        &[
            "Мы ничего не слышали о переносе, подскажите, пожалуйста.",
            "Я не намерена больше откладывать отпуск.",
            "Сделайте, пожалуйста, что-нибудь на ваше усмотрение к пятнице.",
            "Ждём вас сегодня на встрече в три.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Вы в кои-то веки ответили вовремя.",
            "Интересно, как вы будете выкручиваться.",
            "Любопытно, как вы теперь выкрутитесь.",
            "Не прошло и двух недель.",
        ],
        &[
            "В кои-то веки выбрались с семьёй в отпуск.",
            "Интересно, как вы будете добираться до офиса?",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Работать вы не умеете.",
            "Сразу видно, что вы не специалисты.",
            "Даже с такой простой задачей не справились.",
            "Странно, что приходится это объяснять.",
            "Отвечать за убытки будете лично вы.",
            "За убытки расплачиваться будете вы.",
            "И то с такой мелкой правкой вы не справились.",
        ],
        &[
            "Работать вы будете в новом офисе.",
            "Сразу видно, что вы готовились к встрече.",
            "Отвечать на письма клиентов будете вы, а я возьму звонки.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["Вечно с вами какие-то сложности."],
        &["Вечно молодой сад у входа."],
    );
    signs_of_kind(
        Kind::Charged,
        &["Это просто перебор."],
        &["Это просто перевод с английского."],
    );
}

// Branch en-inv2: the English inventory families the en-inv branch cut for
// the module's size, given back with their wider wordings (other verbs, words
// in between, inflections), and a few more frequent ways of showing
// exasperation at work. My own sentences; each family with near calm ones.

/// Orders that stop the reader, cold ultimatums and threats.
#[test]
fn english_inventory_wider_demands_and_threats() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Just stop pestering us.",
            "Stop texting me at midnight about invoices.",
            "Stop blaming the courier.",
            "And stop shifting the blame to the warehouse.",
            "Stop moving the goalposts every week.",
            "Don't make us remind you about the fee.",
            "Do not make me escalate this.",
            "Don't waste our time with another quote like that.",
            "Dont try my patience.",
            "Do not test our patience again.",
            "Is that clear?",
            "Are we understood?",
            "Get your house in order.",
            "Wake up, people.",
            "No more nonsense.",
            "No more games.",
            "We trust that this will never happen again.",
            "Pay by the tenth, failing that we will assume you have no intention of settling.",
            "Consider this your final chance.",
            "That was your last chance.",
            "Heads will roll over this.",
            "Heads are going to roll when the board sees it.",
            "Behaviour like this will not be tolerated.",
            "Consider yourself warned.",
            "I suggest you find another line of work.",
        ],
        &[
            "Please stop the backup before you restart.",
            "Stop blaming yourself, these things happen.",
            "The buck stops with me on this one.",
            "Don't make us wait too long for the party photos!",
            "We don't want to waste the leftover flyers.",
            "Don't test the patience module on the live server.",
            "Is that clear enough, or shall I send a diagram?",
            "We need to get our house in order before the audit.",
            "I wake up at six most days.",
            "No more games are scheduled this season.",
            "We will make sure this does not happen again.",
            "Please reply by Friday, otherwise we will assume you are coming.",
            "This is your only chance at the early price.",
            "Harassment of any kind will not be tolerated on site.",
            "Bullying in this office will not be tolerated.",
            "You have been warned about the storm, so stay safe.",
            "I suggest you find another route if the bridge is closed.",
        ],
    );
}

/// Mock politeness, praise and agreement, widened.
#[test]
fn english_inventory_wider_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Call me back, if that isn't too complicated.",
            "Check the totals, if that's not too much of a stretch.",
            "I'd love to know how your manager justifies that fee.",
            "I'm fascinated to learn how you reconcile this with the quote.",
            "Another masterclass in how not to run a launch.",
            "A real masterclass in evasion.",
            "Thank you for telling us once it was too late.",
            "Lovely to know our business means so much to you.",
            "Apparently instructions are merely suggestions now.",
            "Take all the time you need, it's only our biggest client.",
            "I will believe that when I see it.",
            "Oh sure, it was.",
            "Oh do me a favour.",
            "You had one job.",
            "Heaven forbid you actually pick up the phone.",
            "Par for the course with your team.",
        ],
        &[
            "Could we meet instead, if a call is too complicated?",
            "Could you check it today, if it's not too much trouble?",
            "I'd love to know how you got on at the fair.",
            "She gave a masterclass in negotiation at the conference.",
            "Thank you for telling us in good time.",
            "Lovely to know the parcel arrived safely.",
            "Instructions are attached to the box.",
            "It's only our second order, so we are still learning.",
            "I'll believe you, of course.",
            "Sure, I will call the courier.",
            "Oh, do send the slides when you can.",
            "We had one job left on the list.",
            "You had one interview last week, how did it go?",
            "God forbid anyone gets hurt on the site.",
            "The hole was par for the course.",
        ],
    );
}

/// Passive aggression, contempt and exasperation, widened.
#[test]
fn english_inventory_wider_charged_and_contempt() {
    signs_of_kind(
        Kind::Charged,
        &[
            "With the greatest respect, that is nonsense.",
            "Any half-decent agency would know this.",
            "This is basic arithmetic.",
            "That is elementary logic, surely.",
            "It's basic English.",
            "We do not have time to spoon-feed your staff.",
            "The whole rollout turned into a circus.",
            "The office is like a clown show.",
            "Shoddy workmanship again.",
            "That was a half-hearted effort at best.",
            "This contract isn't worth the paper it's written on.",
            "Give me strength.",
            "Lord give me strength.",
            "I can't believe we had to chase you about this.",
            "I cannot believe I have to spell this out.",
            "Your team has made a complete hash of the migration.",
            "You've really made a dog's dinner of this.",
            "For the love of god, answer the phone.",
        ],
        &[
            "With the greatest pleasure we invite you to the gala.",
            "Any half-decent laptop will run it.",
            "The course covers basic arithmetic for beginners.",
            "Please spoon-feed the baby before the nap.",
            "We took the kids to the circus.",
            "The workmanship is excellent.",
            "The paper is written on both sides.",
            "I can't believe we had to say goodbye to Anna.",
            "Sorry, I've made a hash of the rota.",
        ],
    );
    signs_of_kind(
        Kind::Outrage,
        &[
            "You obviously can't proofread.",
            "Your people evidently cannot spell.",
            "What a mickey mouse operation.",
            "A fly-by-night outfit, nothing more.",
            "I'm officially done repeating myself.",
            "I am done asking nicely.",
        ],
        &[
            "You obviously can't spell the name without the accent.",
            "The operation went well.",
            "I'm done repeating the test, it passes.",
        ],
    );
}

/// Blame laid on the reader, widened, and counting said as "this time".
#[test]
fn english_inventory_wider_blame_and_counting() {
    signs_of_kind(
        Kind::Blame,
        &[
            "That was all on your team.",
            "That one was entirely on your people.",
            "This one is squarely on your company.",
            "Your error, not ours.",
            "Your fault, not mine.",
            "We will hold your company fully liable.",
            "Stop passing the buck.",
            "They keep passing the buck.",
        ],
        &[
            "The drinks are on your team tonight!",
            "We don't pass the buck here, we fix it.",
            "We will hold your seat until Monday.",
            "Your error message is in the log, not in the report.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Let us try that one more time.",
            "I will say it for the last time.",
            "Let me say this once more.",
            "Check the totals carefully this time.",
            "Proofread it thoroughly this time.",
        ],
        &[
            "Let us try that one next week.",
            "Let me say this once more: congratulations.",
            "Check the totals when you have a minute.",
        ],
    );
}

/// Rhetorical questions to the reader, widened.
#[test]
fn english_inventory_wider_rhetorical_questions() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Did they receive any training at all?",
            "Does anyone there get any quality control at all?",
            "Do you have the remotest idea what this means?",
            "Do you realise how embarrassing this was?",
            "Do you even understand how damaging this is?",
            "And was it really that difficult?",
            "How hard was that?",
            "Are you really implying we lost it?",
            "How is that our responsibility?",
            "Why was this my headache?",
            "Need we remind you that the fee is overdue?",
            "Must I remind anyone of the deadline?",
            "What on earth possessed you to send it to the client?",
            "What possessed your team to change the logo?",
            "Do you imagine we've got nothing better to do?",
            "Is this honestly the best you could manage?",
            "Is this the standard of work we should expect?",
            "Is that the level of service we are supposed to expect?",
            "Why do I always have to chase you?",
            "I'm beginning to suspect nobody there even reads them.",
        ],
        &[
            "Did they receive any training on the new tills?",
            "Do you realise how big the hall is?",
            "How hard was the exam?",
            "Are you really claiming the travel costs this month?",
            "How is that coming along?",
            "Need we bring anything to the picnic?",
            "What possessed me to buy such a big cake, I will never know!",
            "Is this honestly the best option for the price?",
            "Is this the level of service we can expect after the upgrade?",
            "Why do I always forget my umbrella?",
            "I'm beginning to suspect the printer is haunted.",
        ],
    );
}

/// Dismissals and telling-offs of the reader, widened: decisive.
#[test]
fn english_inventory_wider_dismissals_and_rebukes() {
    decisive_signs(
        &[
            "Spare me the lecture about market conditions.",
            "Save us the song and dance.",
            "Save your excuses for someone who believes them.",
            "We are not your babysitter.",
            "I'm not your dogsbody.",
            "Don't tell us how to run our business.",
            "Stop telling me how to do my work.",
            "Don't be cute with me.",
            "Do we make ourselves understood?",
            "Please try and keep up.",
            "Don't try to pin this on us.",
            "Stop trying to shift the blame onto me.",
            "I don't want to hear one more word about it.",
        ],
        &[
            "Spare me the details, just send the total.",
            "Save us a seat at the front.",
            "Save it for later, we can talk on Monday.",
            "We are not your only supplier, but we try to be the best.",
            "Tell us how to run the export and we will do it.",
            "Don't be shy with us.",
            "Try and keep up the good work.",
            "Don't pin the poster on the fire door.",
        ],
    );
}

/// More of the inventory (branch en-inv2): talking to a brick wall, "not our
/// problem", despairing of the reader, not listening, the broken record,
/// "what's so hard about".
#[test]
fn english_inventory_more_exasperation() {
    signs_of_kind(
        Kind::Charged,
        &[
            "Getting an answer from your office is like talking to a brick wall.",
            "It is like getting blood from a stone.",
            "That's not our problem.",
            "I despair of your team.",
            "Honestly, I give up on you.",
            "You are clearly not listening.",
            "You're not listening to me.",
        ],
        &[
            "The garden has a brick wall on the north side.",
            "It's not a problem at all, happy to help.",
            "That's not our problem to solve alone, so let's meet.",
            "We will not give up on the project.",
            "If you are not listening to the recording, pause it.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["I feel like a broken record."],
        &[
            "The old broken record player is in the loft.",
            "Sorry if I sound like a broken record, but the invoice is still open.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "What is so hard about sending one file?",
            "What's so difficult about it?",
        ],
        &["What is so special about the new model?"],
    );
}

/// "Who does it like that?" asked of the reader's work reproaches it
/// ("Кто так оформляет счета?", "Who packs a parcel like this?", "Ποιος
/// στέλνει έτσι ένα τιμολόγιο;"); asked to find the person, said without a
/// question, or asked of praise, it is none.
#[test]
fn who_does_it_like_that_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Кто так оформляет счета?",
            "Кто вот так пишет письма клиентам?",
            "Who packs a parcel like this?",
            "Who writes a contract like that?",
            "Who does that?",
            "Ποιος στέλνει έτσι ένα τιμολόγιο;",
            "Ποιοι συσκευάζουν έτσι τα εμπορεύματα;",
        ],
        &[
            "Кто у вас оформляет счета?",
            "Кто так же, как мы, ждёт поставку?",
            "Кто так быстро собрал заказ? Хочу поблагодарить.",
            "Подскажите, кто так оформляет счета, и я с ним свяжусь.",
            "Who packs the parcels at your warehouse?",
            "Who would like this slot?",
            "Who does that task, you or Maria?",
            "Ποιος στέλνει τα τιμολόγια στο λογιστήριο;",
            "Ποιος έφτιαξε έτσι γρήγορα την παραγγελία; Θέλουμε να τον ευχαριστήσουμε.",
        ],
    );
}

/// A count that gives the reason for a courteous request ("это уже второй
/// раз, поэтому прошу сверить цвет") is a firm reminder, not a reproach;
/// the same count without the request still counts.
#[test]
fn a_count_that_leads_to_a_courteous_request_is_no_reproach() {
    for body in [
        "This is already the second time, so please check the colour before dispatch.",
        "Это уже второй раз, поэтому прошу перед отправкой сверить цвет.",
        "Είναι ήδη η δεύτερη φορά, γι' αυτό παρακαλώ ελέγξτε το χρώμα πριν την αποστολή.",
    ] {
        assert!(
            !kinds(body).contains(&Kind::Counting),
            "{body:?}: {:?}",
            kinds(body)
        );
    }
    for body in [
        "This is already the second time.",
        "Это уже второй раз.",
        "Είναι ήδη η δεύτερη φορά.",
    ] {
        assert!(
            kinds(body).contains(&Kind::Counting),
            "{body:?}: {:?}",
            kinds(body)
        );
    }
}

/// An order to redo the work at the reader's cost, and a demand declared
/// not open to discussion, are demands in each language; the same words
/// as a term of the contract, an offer at the author's own cost or a
/// matter not discussed yet are not.
#[test]
fn orders_at_the_readers_cost_and_demands_closed_to_discussion() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Redo the whole batch at your own cost by Wednesday.",
            "Reprint it, at your expense, and send it back.",
            "The refund goes out today, and this is not up for discussion.",
            "That's not negotiable.",
            "Всё переложить за ваш счёт до пятницы.",
            "Перепечатайте, пожалуйста, весь тираж за свой счёт.",
            "Штраф оплачиваете вы, это даже не обсуждается.",
            "Все расходы переходят к вам, и это я не обсуждаю.",
            "Ελάτε αύριο να το ξαναφτιάξετε με δικά σας έξοδα.",
            "Αντικαταστήστε τα πλακάκια με έξοδά σας.",
            "Τα χρήματα επιστρέφονται αύριο, αυτό δεν συζητιέται.",
        ],
        &[
            "Return shipping is at your expense, as the terms say.",
            "We will redo the batch at our own cost.",
            "Please redo the chart at your convenience.",
            "Whether this is up for discussion is for the board to say.",
            "Доставка за ваш счёт, как указано в договоре.",
            "Мы переделаем всё за наш счёт.",
            "Если захотите переделать дизайн, это будет за ваш счёт.",
            "Этот вопрос пока не обсуждается, решение примут в марте.",
            "Это я не обсуждаю по телефону, давайте встретимся.",
            "Τα μεταφορικά επιστροφής είναι με δικά σας έξοδα.",
            "Θα το ξαναφτιάξουμε με δικά μας έξοδα.",
            "Αυτό δεν συζητιέται ακόμη στο συμβούλιο.",
        ],
    );
}

/// A threat that the next letter will come from the author's lawyer is a
/// demand (or, with "иначе", already a rebuke); a lawyer who will send the
/// contract is neither.
#[test]
fn the_next_letter_from_our_lawyer_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Pay it by Friday or the next email comes from our lawyer.",
            "The next letter you get will come from my solicitors.",
            "Оплатите до пятницы, иначе следующее письмо придёт от нашего юриста.",
            "Следующее письмо вы получите от нашего юриста.",
            "Πληρώστε ως την Παρασκευή, αλλιώς το επόμενο email θα είναι από τον δικηγόρο μας.",
        ],
        &[
            "The next email will come from our lawyer with the final contract.",
            "Следующее письмо будет от нашего юриста с проектом договора.",
            "Το επόμενο email θα είναι από τον δικηγόρο μας με το σχέδιο της σύμβασης.",
        ],
    );
}

/// The same problem told to one person after another is counting; people
/// counted for another reason are not.
#[test]
fn a_problem_told_to_one_person_after_another_is_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "I have now explained this problem to five different people on your desk.",
            "Я уже объяснила это пяти разным сотрудникам.",
            "Το έχω εξηγήσει ήδη σε πέντε διαφορετικούς υπαλλήλους.",
        ],
        &[
            "We sent the invitation to five different people on the panel.",
            "Мы разослали приглашения пяти разным спикерам.",
            "Στείλαμε την πρόσκληση σε πέντε διαφορετικούς ομιλητές.",
        ],
    );
}

/// The working relationship declared over ("τελείωσε η συνεργασία", "на
/// этом наше сотрудничество закончено", "our partnership is over") is a
/// demand; a contract ending on its date is not.
#[test]
fn the_relationship_declared_over_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "If it is not here tomorrow, you pay for it and our partnership is over.",
            "Consider this the end of our business relationship.",
            "Если завтра посылки не будет, на этом наше сотрудничество закончено.",
            "Αν δεν εμφανιστεί μέχρι αύριο, θα το πληρώσετε και τελείωσε η συνεργασία.",
            "Η συνεργασία μας τελειώνει εδώ.",
        ],
        &[
            "Our partnership is over a decade old and still growing.",
            "The contract ends on 31 March, as agreed.",
            "Наше сотрудничество закончено в срок, акты подписаны, спасибо.",
            "Η συνεργασία μας τελειώνει στις 31 Δεκεμβρίου, όπως προβλέπει η σύμβαση.",
        ],
    );
}

/// Business taken away as a threat — the rest of the payment withheld, no
/// more orders or clients sent, the reader told to find another customer
/// if they do not like it, a worker banned from the site — is a demand in
/// each language; the same words about a plan or a date are not.
#[test]
fn business_taken_away_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Don't expect the rest of the payment.",
            "And don't expect me to send you another client.",
            "If you don't like our prices, feel free to find another supplier.",
            "I never want to see that driver on our site again.",
            "I won't be paying a penny of this.",
            "Оставшиеся 50% можете не ждать.",
            "Больше клиентов от меня не ждите.",
            "Если вас не устраивают наши цены, ищите другого поставщика.",
            "И чтобы этого мастера я на объекте больше не видела.",
            "Μην περιμένετε την υπόλοιπη πληρωμή.",
            "Μην περιμένεις να σου ξαναστείλω ούτε έναν άνθρωπο.",
            "Αν δεν σου κάνουν οι τιμές μας, υπάρχουν και άλλοι προμηθευτές.",
            "Αυτόν τον τεχνικό δεν θέλω να τον ξαναδώ στο έργο.",
        ],
        &[
            "Expect the rest of the payment by Friday.",
            "We expect to send you another client next month.",
            "If you don't like the colour, we can find another supplier for the paint.",
            "I want to see the driver's log for the site visit again.",
            "We will be paying the balance on Monday.",
            "Оставшиеся 50% ждите до конца недели.",
            "Ждите новых клиентов от нас в марте.",
            "Если вас не устраивает время, предложите другое.",
            "Мастера на объекте я видела в понедельник, всё в порядке.",
            "Περιμένετε την υπόλοιπη πληρωμή την Παρασκευή.",
            "Θα σου στείλω κι άλλους πελάτες τον Μάρτιο.",
            "Αν δεν σας κάνει η ώρα, προτείνετε άλλη.",
            "Τον τεχνικό θέλω να τον δω στο έργο την Τρίτη.",
        ],
    );
}

/// Mockery of the reader's effort or of the author's own place — too busy
/// to write two lines, "I'm not a mind reader", "I won't bother you with
/// my little problems", "if it's not too much trouble, of course", work
/// best left to someone who was listening, "thanks, you've done me a
/// fine favour" — is sarcasm; the same words said plainly are not.
#[test]
fn mockery_of_the_readers_effort_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Clearly you are too busy to write two lines.",
            "I'm not a mind reader.",
            "Don't worry, I won't bother you again with my little problems.",
            "Have someone look at the code, if it's not too much trouble, of course.",
            "Perhaps next time leave the note-taking to someone who was listening.",
            "Видимо, вы слишком заняты, чтобы написать пару строк.",
            "Я не экстрасенс.",
            "Не буду больше отвлекать вас своими мелкими проблемами.",
            "Посмотрите код, если вас это не затруднит, конечно.",
            "Спасибо вам огромное, удружили.",
            "Договор вы, видимо, не читали.",
            "Μάλλον είστε πολύ απασχολημένοι για να γράψετε δύο γραμμές.",
            "Δεν είμαι μάντης.",
            "Δεν θα σας απασχολήσω άλλο με τα μικρά μου θέματα.",
            "Ρίξτε μια ματιά στον κώδικα, αν φυσικά δεν είναι κόπος.",
        ],
        &[
            "I know you are busy, so two lines are enough.",
            "I was too busy to write a line yesterday, so here is the summary.",
            "Вчера я была слишком занята, чтобы написать пару строк, поэтому пишу сейчас.",
            "Χθες ήμουν πολύ απασχολημένη για να γράψω δυο λέξεις, γι' αυτό γράφω τώρα.",
            "I'm not a lawyer, so please check this clause.",
            "I won't bother you again until the samples arrive.",
            "Could you look at the code, if it's not too much trouble?",
            "Next time the note-taking goes to Maria, who volunteered.",
            "Знаю, что вы заняты, поэтому хватит пары строк.",
            "Я не юрист, поэтому прошу проверить пункт.",
            "Не буду вас отвлекать до прихода образцов.",
            "Посмотрите код, если вас это не затруднит.",
            "Спасибо вам огромное, очень выручили.",
            "Договор вы, видимо, не получили, отправляю ещё раз.",
            "Ξέρω ότι είστε απασχολημένοι, δύο γραμμές αρκούν.",
            "Δεν είμαι νομικός, γι' αυτό ελέγξτε τον όρο.",
            "Δεν θα σας απασχολήσω άλλο μέχρι να έρθουν τα δείγματα.",
            "Ρίξτε μια ματιά στον κώδικα, αν δεν είναι κόπος.",
        ],
    );
}

/// The reader's competence denied — they do not know their job, nobody
/// there can read an order — is blame; the same verbs about a login or a
/// blurred scan are not.
#[test]
fn competence_denied_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Honestly, your people don't know their job.",
            "Apparently nobody in your shop knows how to read an order.",
            "Вы просто не знаете своего дела.",
            "У вас там, видимо, никто не умеет читать заказы.",
            "Ειλικρινά δεν ξέρω αν δεν ξέρετε τη δουλειά σας.",
            "Στο κατάστημά σας μάλλον δεν ξέρει κανείς να διαβάζει παραγγελίες.",
        ],
        &[
            "If you don't know your login, reset it on the portal.",
            "Nobody can read the scan, it is blurred; please send it again.",
            "Если не знаете своего логина, восстановите его на портале.",
            "Скан никто не может прочитать, пришлите ещё раз.",
            "Αν δεν ξέρετε τον κωδικό σας, ζητήστε νέο.",
            "Δεν ξέρω τη δουλειά σας καλά, εξηγήστε μου τι χρειάζεστε.",
            "Κανείς δεν μπορεί να διαβάσει το σκαναρισμένο, στείλτε το ξανά.",
        ],
    );
}

/// Questions that hold the reader to a danger or to a plainly bad
/// decision — "do you want someone to get killed before you understand?",
/// "how anybody thought that was a sensible way to run a release",
/// "вы его вообще открывали?" in any order — are rhetorical.
#[test]
fn questions_that_hold_the_reader_to_account_are_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Do you want someone to get killed before you understand?",
            "I'd like an explanation of how anybody thought that was a sensible way to run a release.",
            "Вы ждёте, пока кто-нибудь погибнет?",
            "Вы его открывали вообще?",
            "Θέλεις να σκοτωθεί κάποιος για να καταλάβετε;",
        ],
        &[
            "Do you want someone to pick up the samples before Friday?",
            "I'd like to know how anybody can join the call from outside.",
            "Вы ждёте, пока кто-нибудь освободится?",
            "Вы его открывали в новой версии?",
            "Θέλεις να έρθει κάποιος για να το δείτε μαζί;",
        ],
    );
}

/// The reader sent to the author's lawyer (in English a rebuke:
/// `english_threats_of_lawyers_court_or_collectors_are_rebukes`), to public
/// reviews or to someone else, and told not to call with excuses, are
/// demands; the same words about a lawyer who drafts the contract, a blog
/// post, dates that do not suit or a time to call are not.
#[test]
fn the_reader_sent_elsewhere_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Pay this week or I'll be writing about your company on every review site.",
            "Take the offer, or find somebody else who will do your sums for free.",
            "Don't ring me with another excuse, just pay.",
            "Если деньги не придут до пятницы, документы уйдут нашему юристу.",
            "Платите до пятницы или ищите другого подрядчика.",
            "Не звоните мне с очередными оправданиями, просто заплатите.",
            "Αν δεν πληρώσετε ως τη Δευτέρα, ο φάκελος πάει στον δικηγόρο.",
            "Πληρώστε μέχρι την Παρασκευή ή βρείτε κάποιον άλλο.",
            "Μη μου τηλεφωνήσετε με άλλη δικαιολογία, πληρώστε.",
            "Μη μου τηλεφωνήσετε, το θέμα έκλεισε.",
        ],
        &[
            "The file goes to our designer on Monday.",
            "You can take it up with our lawyer, she handles the contracts.",
            "I'll be writing about your product on our blog next week, with your permission.",
            "Take the offer, or find somebody else if the dates don't suit you.",
            "Don't ring me before ten, I'm in a meeting.",
            "Документы уйдут юристу на проверку в понедельник.",
            "Платите картой или переводом, как удобнее.",
            "Не звоните мне до десяти, я на встрече.",
            "Ο φάκελος πάει στον λογιστή την Τρίτη.",
            "Πληρώστε με κάρτα ή με μεταφορά.",
            "Μη μου τηλεφωνήσετε πριν τις δέκα.",
            "Μη μου τηλεφωνήσετε το πρωί, είμαι σε σύσκεψη.",
            "Μη μας πάρετε τηλέφωνο τις Κυριακές.",
        ],
    );
}

/// The reader shamed by others who manage, taught slowly, sent back to
/// school or to the professionals, is sarcasm; the same words about a
/// login, a new version or a call are not.
#[test]
fn the_reader_taught_like_a_child_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I'm busy too, though some of us still manage to answer within a week.",
            "You'd be amazed how many clients manage to pay on time.",
            "Let me explain this more slowly.",
            "This is fifth-grade arithmetic.",
            "Next time leave the layout to the professionals.",
            "Я тоже занята, но некоторые всё же успевают ответить за день.",
            "Вы удивитесь, сколько клиентов успевают платить вовремя.",
            "Объясню на пальцах.",
            "Это арифметика за пятый класс.",
            "В следующий раз наймите дизайнера, а не соседа.",
            "Όλοι είμαστε πιεσμένοι, απλώς κάποιοι βρίσκουμε χρόνο να απαντήσουμε.",
            "Θα εκπλαγείτε πόσοι πελάτες καταφέρνουν να πληρώνουν στην ώρα τους.",
            "Θα σας το εξηγήσω όσο πιο απλά μπορώ.",
            "Είναι αριθμητική δημοτικού.",
            "Την επόμενη φορά αφήστε το σχέδιο στους επαγγελματίες.",
        ],
        &[
            "Some of us still need the login details.",
            "You'd be amazed how much the new dashboard can do.",
            "Let me explain the new billing in a short call.",
            "The fifth-grade class visits the plant on Friday.",
            "Некоторые из нас ещё не получили доступ.",
            "Вы удивитесь, сколько всего умеет новая версия.",
            "Объясню подробнее на созвоне.",
            "Наймите дизайнера, если нужен новый логотип, могу порекомендовать.",
            "Κάποιοι από εμάς δεν έχουν ακόμα κωδικό.",
            "Θα σας εξηγήσω τη νέα τιμολόγηση στο τηλέφωνο.",
        ],
    );
}

/// Letters, reminders and calls counted or ignored by number are counting;
/// letters listed, files sent or orders counted are not.
#[test]
fn letters_counted_or_ignored_by_number_are_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "I've asked for this in my last three emails.",
            "You have ignored four reminders and two calls.",
            "That's the third delay this month.",
            "Вы проигнорировали три напоминания и два звонка.",
            "Σας έχω στείλει τρία μηνύματα και δεν απαντήσατε.",
            "Έχετε αγνοήσει δύο τιμολόγια και τρεις υπενθυμίσεις.",
        ],
        &[
            "I've summarised my last three emails below.",
            "I ignored the first reminder by mistake, sorry, it is paid now.",
            "That's the third order this month, thank you.",
            "Мои последние три письма были про счёт, прикладываю их.",
            "Σας έχω στείλει τρία αρχεία, πείτε μου αν άνοιξαν.",
        ],
    );
}

/// Whether anyone on the reader's side is human at all, asked, is a
/// rhetorical question; asking for a person who can help is not.
#[test]
fn asking_whether_anyone_there_is_human_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Is there a single human being in your billing team?",
            "Do you people read anything we send?",
            "Есть у вас там хоть один живой человек?",
            "вы там смеетесь надо мной?",
            "Υπάρχει έστω ένας άνθρωπος στο λογιστήριό σας;",
        ],
        &[
            "Is there a person in your billing team I could ask?",
            "Do you need the invoice in English?",
            "Есть у вас кто-нибудь, кто говорит по-английски?",
            "Υπάρχει κάποιος στο λογιστήριο που ξέρει για το τιμολόγιο;",
        ],
    );
}

/// An apology the author gets from the reader, again and again, does not
/// soothe the author's sentence; the author's own apology still does.
#[test]
fn an_apology_received_does_not_soothe() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Every single time I get a nice apology and a voucher.",
            "Каждый раз извинения, и опять не та поставка.",
            "Κάθε φορά μια συγγνώμη και ξανά και ξανά το ίδιο λάθος.",
        ],
        &[
            "Sorry, every single time I forget the attachment.",
            "Извините, опять не та поставка, сейчас исправим.",
            "Συγγνώμη, ξανά και ξανά ξεχνάω το συνημμένο.",
        ],
    );
}

/// The mistake said to be the reader's alone, or done on purpose, is
/// blame; the author's own mistake, a matter of taste or a plain
/// assumption is not.
#[test]
fn the_mistake_laid_on_the_reader_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "The mistake is yours, so you will pay for it.",
            "I'll assume that's deliberate.",
            "Your team can't decide what it wants.",
            "Ошибка ваша, вы её и оплатите.",
            "Полагаю, это было сделано намеренно.",
            "Αυτό είναι δικό σας θέμα.",
            "Υποθέτω ότι το κάνετε σκόπιμα.",
        ],
        &[
            "The mistake was ours, so we will pay for the courier.",
            "I'll assume that's fine unless I hear otherwise.",
            "Our team can't decide between the two logos yet.",
            "Ошибка наша, мы её и оплатим.",
            "Думаю, это не специально.",
            "Η επιλογή του χρώματος είναι δικό σας θέμα.",
            "Το λάθος είναι δικό μας, εμείς θα πληρώσουμε.",
        ],
    );
}

/// Mock wonder, mock records, anger said to be past, the least one would
/// expect and a parcel that walked are sarcasm; sincere thanks, a real
/// record and a plain expectation are not.
#[test]
fn mock_wonder_and_the_least_one_would_expect_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Thanks for the tip about restarting the router, I would never have guessed that myself.",
            "Two weeks to sign one page must be some kind of record.",
            "Photos attached, in case anyone over there even cares.",
            "I'm not even angry anymore, just curious.",
            "From an accounting firm one would expect at least to know the tax rate.",
            "Perhaps it would help if I explained how this works.",
            "I assume the parcel walked here on its own.",
            "Спасибо за совет перезагрузить роутер, сама бы ни за что не догадалась.",
            "Две недели на одну страницу, это, наверное, какой-то рекорд.",
            "Фото во вложении, если это вообще кого-то у вас интересует.",
            "Я даже уже не злюсь, мне просто интересно.",
            "От бухгалтерии можно было бы ожидать, что там хотя бы знают ставки.",
            "Видимо, посылка шла пешком.",
            "Ευχαριστώ για τη συμβουλή, μόνη μου δεν θα το είχα σκεφτεί ποτέ.",
            "Δύο εβδομάδες για μία σελίδα, πρέπει να είναι κάποιο ρεκόρ.",
            "Σας στέλνω τις φωτογραφίες, αν ενδιαφέρει καν κανέναν.",
            "Δεν είμαι καν θυμωμένη πια, απλώς περίεργη.",
            "Από ένα λογιστικό γραφείο θα περίμενε κανείς να ξέρει τουλάχιστον τον συντελεστή.",
            "Φαντάζομαι πήγε με τα πόδια.",
            "Κάποια στιγμή θα ήταν καλό να μάθεις πόσο χρόνο θέλει.",
        ],
        &[
            "I would never have guessed the answer without your help, thank you.",
            "We finished it in two days, which is a record for our team.",
            "If anyone cares to join, the call is at five.",
            "I'm not angry, these things happen.",
            "One would expect the parcel on Tuesday.",
            "Perhaps it would help if I explained how the discount works.",
            "Сама бы я не догадалась, спасибо за подсказку.",
            "Я не злюсь, такое бывает.",
            "Θα περίμενε κανείς καθυστέρηση λόγω των γιορτών.",
            "Κάποια στιγμή θα ήταν καλό να βρεθούμε.",
        ],
    );
}

/// Consequences left to the reader's imagination and the contract put in
/// doubt are demands; advice on which plan suits is not.
#[test]
fn consequences_left_to_imagine_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Think carefully about whether keeping the money is worth what comes next.",
            "I'm starting to ask whether this contract makes any sense for us.",
            "Подумайте хорошенько, стоит ли оно того.",
            "Σκεφτείτε καλά αν σας συμφέρει.",
        ],
        &[
            "Think carefully about which plan suits you before Friday.",
            "Подумайте, какой тариф вам удобнее.",
            "Σκεφτείτε καλά ποιο πακέτο σας συμφέρει.",
        ],
    );
}

/// Mock praise of the reader's words and work, the reader taught to read a
/// label, a trade said not to be magic, a job done better alone, advice
/// from someone who never worked in the trade, remarks given "the
/// seriousness they deserve": sarcasm; the same words meant plainly are
/// not.
#[test]
fn mock_praise_and_a_trade_said_not_to_be_magic_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "\"Delivered\" is a brave word for a box that never left your depot.",
            "We'll find a supplier who can read a calendar.",
            "Thank you for the fourteenth round of small changes.",
            "I'm sure your cousin's opinion was very valuable.",
            "Somehow yours is the only shop where the paint peels.",
            "I'm an accountant, not a magician.",
            "I'm sure there are still a few.",
            "You'll easily find a consultant who tells you only what you want to hear.",
            "We would have done a better job ourselves with a phone camera.",
            "We will give your remarks the seriousness they deserve.",
            "You send us promises instead of payments.",
            "Я юрист, а не фокусник.",
            "Ваша служба доставки установила личный рекорд.",
            "Может быть, всё-таки откроете отчёт?",
            "Пусть тогда сама и доделывает, раз такая умная.",
            "Не понимаю, зачем вам юрист, если вы всё решаете сами.",
            "Сами бы справились лучше.",
            "Είμαι λογίστρια, όχι μάγος.",
            "Θα έρχεται με τα πόδια, φαντάζομαι.",
            "Μας στέλνετε υποσχέσεις αντί για εμβάσματα.",
            "Αναρωτιέμαι αν τις έγραψε άνθρωπος.",
            "Μάλλον θα τα καταφέρναμε καλύτερα μόνοι μας.",
            "Θα τις λάβουμε υπόψη με τη σοβαρότητα που τους αρμόζει.",
        ],
        &[
            "\"Express\" is the word the courier uses for next-day delivery.",
            "We need someone who can read Greek.",
            "Thank you for the fourth version, it looks great.",
            "I'm sure your feedback will be very valuable for the team.",
            "I'm an accountant, not a lawyer, so please check the clause with yours.",
            "We will give your remarks the attention they need at Monday's meeting.",
            "Я бухгалтер, а не юрист, поэтому уточните пункт у своего юриста.",
            "Наша команда установила новый рекорд продаж.",
            "Είμαι λογίστρια, όχι δικηγόρος, ρωτήστε τον δικό σας.",
            "Θα τις λάβουμε υπόψη στην επόμενη έκδοση.",
        ],
    );
}

/// Apologies refused, the last either-or, the trade told why, funding
/// refused, reviews threatened everywhere, the ways parted, a lawyer
/// brought in: demands; the same verbs about copies, signatures, dates
/// and contracts are not.
#[test]
fn the_last_either_or_and_reviews_everywhere_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "I don't need another apology template.",
            "Either you send three proper candidates by Friday or we're done.",
            "I'll be telling the whole trade association why.",
            "I have no intention of financing your business any longer.",
            "Пишу подробный отзыв на всех площадках, где вы продаётесь.",
            "Наш юрист подготовит претензию о расторжении договора.",
            "Я не собираюсь кредитовать вашу компанию.",
            "Γράφω αναλυτικά την εμπειρία μου σε κάθε σελίδα κριτικών.",
            "Δεν σκοπεύω να χρηματοδοτώ άλλο την επιχείρησή σας.",
            "Θα απευθυνθώ σε δικηγόρο για δυσφήμιση.",
        ],
        &[
            "I don't need another copy of the invoice, thanks.",
            "Either you or Maria can sign the form.",
            "I'll be telling the team about the new dates tomorrow.",
            "Наш юрист подготовит договор к пятнице.",
            "Θα απευθυνθώ στον λογιστή μου για το τιμολόγιο.",
        ],
    );
}

/// The reader who did not read, the obvious in black and white, the reader
/// who does not know what they want, the fault put on the reader's own
/// failing: blame; a letter that did not arrive is not.
#[test]
fn the_reader_who_did_not_read_is_blamed() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Вы, видимо, не дочитали.",
            "Это чёрным по белому написано в отчёте.",
            "Не приду, пока не решите, что вам вообще надо.",
            "Документы, которые никто не читает.",
            "Φταίει η τσιγκουνιά σου.",
        ],
        &[
            "Вы, видимо, не получили письмо, отправляю ещё раз.",
            "Решите, что вам удобнее, и напишите мне.",
            "Φταίει η βροχή, όχι εσείς.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["I've been given three different dates by three different people."],
        &["We offer three different dates for the training."],
    );
}

/// Doubting that the reader attends at all ("Did you read my email at
/// all?") is rhetorical; asking whether something came at all is not.
#[test]
fn doubting_the_reader_attends_at_all_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Did you read my email at all?",
            "Do you check anything at all?",
        ],
        &[
            "Did you receive the parcel at all?",
            "Have you had any replies at all?",
        ],
    );
}

/// The reader's own words thrown back in quotation marks, in a sentence
/// said to the reader, are a sign; a label, a name, a file, a quotation in
/// a sentence not said to the reader, and one in a sentence that
/// apologises are not.
#[test]
fn the_readers_words_thrown_back_in_quotation_marks_are_a_sign() {
    signs_of_kind(
        Kind::Quoting,
        &[
            "That's the fourth \"firm\" date you've given us since March.",
            "You promised the photos for \"early next week\" and they came a month later.",
            "Your \"small tweak\" cost us three days.",
            "Your ‘urgent’ fix took three weeks, and you didn’t test it.",
            "Это уже третья «следующая неделя» от вашего менеджера.",
            "Вы оба раза ответили, что «все так делают».",
            "Ваше «оплатим завтра» я слышу с сентября.",
            "Это уже третья «следующая неделя» в вашем календаре.",
            "Ο «τεχνικός» σας ήρθε χωρίς καλώδιο.",
            "Μας είπατε ότι «όλα είναι υπό έλεγχο».",
            "Το «μικρό» σας λάθος μας κόστισε δύο μέρες.",
        ],
        &[
            "Please select \"fit to page\" in the print menu before you print.",
            "Type \"yes\" in the box and send it back to us.",
            "Our team calls this step \"the handover\".",
            "We have added the \"Express\" option to your account.",
            "Replace \"john.doe\" with your own name.",
            "We are sorry that your \"urgent\" request waited a week.",
            "Нажмите кнопку «сохранить» в правом углу.",
            "Отправьте документ с пометкой «срочно».",
            "Наш отдел называет этот этап «приёмкой».",
            "Приносим извинения: ваш «срочный» заказ ждал неделю.",
            "Πατήστε το κουμπί «αποθήκευση» πάνω δεξιά.",
            "Στείλτε το έγγραφο με την ένδειξη «επείγον».",
            "Η ομάδα μας ονομάζει αυτό το στάδιο «παράδοση».",
            "When you say \"single page\", do you mean the blog post page?",
            "Под «срочной доставкой» вы имеете в виду курьера?",
            "Με τον όρο «άμεση παράδοση» εννοείτε την ίδια μέρα;",
        ],
    );
}

/// A mistake of our own counted ("σας χρεώσαμε δύο φορές", "we charged
/// you twice") is an apology's matter, not the reader's failures counted;
/// the reader's counted still is.
#[test]
fn our_own_mistake_counted_is_not_counting_the_readers_failures() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Μας χρεώσατε δύο φορές το τιμολόγιο για τρίτη φορά φέτος.",
            "You charged us twice, for the third time this year.",
            "Вы списали деньги дважды, уже в третий раз за год.",
        ],
        &[
            "Μόλις διαπίστωσα ότι σας χρεώσαμε δύο φορές το τιμολόγιο του Νοεμβρίου. Ζητώ συγγνώμη.",
            "Είδα ότι σας έστειλα δύο φορές το ίδιο αρχείο, συγγνώμη.",
            "I have just noticed that we charged you twice for the November invoice. I am sorry.",
            "Только что заметил, что мы дважды выставили вам счёт за ноябрь. Прошу прощения.",
        ],
    );
}

/// "Ridiculously" before praise or a size ("ridiculously big crowd",
/// "ridiculously fast") is an intensifier, not outrage; before a fault it
/// still is.
#[test]
fn ridiculously_before_praise_is_not_outrage() {
    signs_of_kind(
        Kind::Outrage,
        &["The prices are ridiculously high.", "This is ridiculous."],
        &[
            "The crowd was ridiculously big on the first day.",
            "The new printer is ridiculously fast, thank you.",
            "Your team was ridiculously helpful at the fair.",
        ],
    );
}

/// A problem raised "so that we can sort it out together" is an offer to
/// work on it; "Please sort it out today" is an order.
#[test]
fn sorting_it_out_together_is_no_demand() {
    signs_of_kind(
        Kind::Demand,
        &["Please sort it out today.", "Sort this out by Friday."],
        &[
            "I am raising the problem with the delivery so that we can sort it out together.",
            "Could you help us sort this out before the weekend?",
            "Let's sort it out on Monday's call.",
        ],
    );
}

/// The reader's explanations dismissed as "stories" are a rebuke in every
/// language, as "excuses" are; a request to skip the details is not.
#[test]
fn the_readers_explanations_dismissed_as_stories_are_a_rebuke() {
    decisive_signs(
        &[
            "Spare me the stories about the printing machine, I need the catalogues by Wednesday.",
            "Рассказы про усталость после смены меня не интересуют.",
            "Мне не нужны рассказы про особенности печатной машины, мне нужен тираж к среде.",
            "Δεν με ενδιαφέρουν οι ιστορίες για τις βάρδιες, θέλω το προϊόν μέχρι την Τετάρτη.",
        ],
        &[
            "Spare me the details, just send the invoice.",
            "Stories from our customers are on the website.",
            "Рассказы наших клиентов вы найдёте на сайте.",
            "Мне не нужны подробности, пришлите счёт.",
            "Οι ιστορίες των πελατών μας είναι στην ιστοσελίδα.",
        ],
    );
}

/// The reader's firm compared with amateurs ("I thought I was dealing with
/// an agency, not a student") is a rebuke in every language; a plain
/// mix-up of days or teams is not.
#[test]
fn the_readers_firm_compared_with_amateurs_is_a_rebuke() {
    decisive_signs(
        &[
            "I thought I was dealing with an agency, not a student doing a summer job.",
            "We thought we were working with professionals, not amateurs.",
            "Я думала, что обращаюсь в бюро, а не к студенту на подработке.",
            "Мы полагали, что имеем дело с профессионалами, а не с любителями.",
            "Νόμιζα ότι απευθύνομαι σε γραφείο, όχι σε φοιτητή που κάνει μεροκάματο.",
        ],
        &[
            "I thought we were meeting on Monday, not Tuesday.",
            "I thought I was dealing with the sales team, not accounts.",
            "Я думал, что работаю с отделом продаж, а не с бухгалтерией.",
            "Νόμιζα ότι μιλάω με το λογιστήριο, όχι με τις πωλήσεις.",
        ],
    );
}

/// "If this is your careful work, I dread to think what careless work
/// looks like" is sarcasm in every language; an offer for a first order,
/// or dread of the traffic, is not.
#[test]
fn if_this_is_your_best_i_dread_the_worst_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "If this is your careful selection, I dread to think what a careless one looks like.",
            "If that's your idea of a thorough check, I'd hate to see a quick one.",
            "Если это ваш тщательный отбор, мне страшно представить небрежный.",
            "Если это называется качественным ремонтом, боюсь представить некачественный.",
            "Αν αυτή είναι η προσεκτική σας επιλογή, φοβάμαι να φανταστώ την πρόχειρη.",
            "Αν αυτό λέγεται επαγγελματική δουλειά, δεν θέλω να δω την ερασιτεχνική.",
        ],
        &[
            "If this is your first visit, I'd recommend the guided tour.",
            "Если это ваш первый заказ, мы дарим скидку.",
            "Αν αυτή είναι η πρώτη σας παραγγελία, σας κάνουμε έκπτωση.",
            "I dread to think what the traffic will be like on Friday.",
            "Боюсь представить, сколько будет стоить аренда летом.",
            "Φοβάμαι να φανταστώ πόσο θα κοστίζει το ενοίκιο το καλοκαίρι.",
        ],
    );
}

/// "We are clearly not high on your list", and time found for us "between
/// lunches", are sarcasm in every language; our own priorities, and a
/// meeting between lunch and a call, are not.
#[test]
fn not_high_on_your_list_and_between_lunches_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I realise we're a small account and probably not high on your list.",
            "Perhaps you could fit us in between lunches.",
            "Видимо, мы для вас не приоритет.",
            "Понимаю, что мы для вас мелкий клиент и явно не в приоритете.",
            "Может, найдёте для нас минутку между обедами.",
            "Καταλαβαίνω ότι είμαστε μικρός πελάτης και μάλλον όχι ψηλά στη λίστα σας.",
            "Ίσως βρείτε λίγο χρόνο για εμάς ανάμεσα στους καφέδες σας.",
        ],
        &[
            "This task is not high on our list this week.",
            "Your request is a priority for us.",
            "Could we meet between lunch and the 3 pm call?",
            "Эта задача для нас пока не приоритет.",
            "Ваш заказ у нас в приоритете.",
            "Давайте созвонимся между обедом и встречей.",
            "Αυτό δεν είναι ψηλά στη λίστα μας αυτή την εβδομάδα.",
            "Η παραγγελία σας είναι προτεραιότητα για εμάς.",
        ],
    );
}

/// Praise for a job done "without losing a box" is sincere in every
/// language; praise heading a loss is mock.
#[test]
fn praise_for_nothing_lost_is_sincere() {
    signs_of_kind(
        Kind::Sarcasm,
        &["Μπράβο σας, η παράδοση χάθηκε."],
        &[
            "Κύριε Ράπτη,\n\nΜπράβο σας, η μεταφορά έγινε χωρίς να χαθεί ούτε ένα κιβώτιο.",
            "Dear Mr Rapti,\n\nWell done, the move went without losing a single box.",
            "Андрей,\n\nбраво, переезд прошёл без единой потерянной коробки.",
        ],
    );
}

/// Praise that closes a sentence after a failure, alone or set apart by a
/// comma ("…and no replacement bus, brilliant"; "…с ошибкой. Браво."), is
/// mock praise; after good news, after a problem set apart by "but", or not
/// set apart ("The results were brilliant"), it is not.
#[test]
fn praise_closing_a_sentence_after_a_failure_is_mock() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "So the train is cancelled again and there is no replacement bus, brilliant.",
            "The parcel arrived three days late, great.",
            "Торт привезли с ошибкой в имени жениха. Браво.",
            "Посылка пришла с опозданием на неделю, прекрасно.",
            "Η παράδοση ήρθε με τρεις μέρες καθυστέρηση, τέλεια.",
            "Το δέμα έφτασε σπασμένο. Μπράβο.",
        ],
        &[
            "The parcel arrived on time and undamaged, brilliant.",
            "Two pallets were damaged, but the rest arrived fine, great.",
            "The results were brilliant.",
            "Посылка пришла вовремя, отлично.",
            "Две коробки повреждены, но остальное в порядке, прекрасно.",
            "Η παράδοση ήρθε στην ώρα της, τέλεια.",
            "Δύο κιβώτια χάλασαν, όμως τα υπόλοιπα ήρθαν εντάξει, ωραία.",
        ],
    );
}

/// "Nobody at your company answers" is blame in every language; nobody
/// using an entrance is not.
#[test]
fn nobody_at_your_company_answering_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Why does nobody at your company answer emails?",
            "No one in your office ever picks up the phone.",
            "Почему у вас никто не отвечает на письма?",
            "Γιατί κανείς στην εταιρεία σας δεν απαντά στα email;",
        ],
        &[
            "Why does nobody use the side entrance?",
            "Nobody at our office works on Fridays.",
            "Почему никто не пользуется боковым входом?",
            "Γιατί κανείς δεν χρησιμοποιεί την πλαϊνή είσοδο;",
        ],
    );
}

/// The reader who did not even apologise, answer or call back is blamed in
/// every language; a change one will not even notice is no blame.
#[test]
fn not_even_an_apology_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "You lost my luggage and now you won't even answer the phone.",
            "You didn't even apologise.",
            "Вы потеряли мой багаж и даже не перезвонили.",
            "Вы даже не извинились.",
            "Χάσατε τη βαλίτσα μου και ούτε καν σηκώνετε το τηλέφωνο.",
            "Ούτε καν ζητήσατε συγγνώμη.",
        ],
        &[
            "You won't even notice the change.",
            "We didn't even need to call support, it worked at once.",
            "Вы даже не заметите разницы.",
            "Мы даже не успели позвонить, как всё заработало.",
            "Δεν θα καταλάβετε καν τη διαφορά.",
            "Ούτε καν χρειάστηκε να τηλεφωνήσουμε, λειτούργησε αμέσως.",
        ],
    );
}

/// Every contrast of a text with many is found, praise opening or closing
/// its sentence; and none where "but" sets each problem apart.
#[test]
fn every_contrast_of_a_long_text_is_found() {
    let sarcasm = |body: &str| {
        judge(body)
            .evidence
            .iter()
            .filter(|e| e.kind == Kind::Sarcasm)
            .count()
    };
    assert_eq!(
        sarcasm(&"Great service. The box arrived broken. ".repeat(30)),
        30
    );
    assert_eq!(sarcasm(&"The box arrived broken, great. ".repeat(30)), 30);
    assert_eq!(
        sarcasm(&"Two boxes were damaged, but the rest arrived fine, great. ".repeat(30)),
        0
    );
}

/// Two calm paragraphs about a report, in each language: the first two
/// sentences, then three more (about 125 words in all).
const REPORT: [(&str, &str); 3] = [
    (
        "The report covers the sales figures of the three regional offices for the second quarter, together with the forecast for the autumn and the notes from our planning meeting in May. Our board reads it on the morning of the monthly meeting, and the finance team uses the tables in its own summary for the bank. ",
        "The northern office sends its figures on the first working day of the month, the two others a day later, and the summary needs all three. We also attach the charts to the newsletter that goes to our partners, so the same numbers appear in several places and must agree. The template we agreed in March has a fixed order of sections, the same fonts as our brochures, and a short note on method at the end. ",
    ),
    (
        "Отчёт охватывает продажи трёх региональных офисов за второй квартал, прогноз на осень и заметки с нашего совещания по планированию в мае. Совет директоров читает его утром в день ежемесячного заседания, а финансовый отдел берёт таблицы для своей сводки для банка. ",
        "Северный офис присылает цифры в первый рабочий день месяца, два других на день позже, и для сводки нужны все три. Мы также прикладываем графики к рассылке для наших партнёров, так что одни и те же цифры появляются в нескольких местах и должны совпадать. Шаблон, согласованный в марте, задаёт порядок разделов, те же шрифты, что в наших буклетах, и короткую заметку о методике в конце. ",
    ),
    (
        "Η αναφορά καλύπτει τις πωλήσεις των τριών περιφερειακών γραφείων για το δεύτερο τρίμηνο, την πρόβλεψη για το φθινόπωρο και τις σημειώσεις από τη συνάντηση σχεδιασμού του Μαΐου. Το διοικητικό συμβούλιο τη διαβάζει το πρωί της μηνιαίας συνεδρίασης και το οικονομικό τμήμα χρησιμοποιεί τους πίνακες στη δική του σύνοψη για την τράπεζα. ",
        "Το βόρειο γραφείο στέλνει τα στοιχεία του την πρώτη εργάσιμη του μήνα, τα άλλα δύο μία μέρα αργότερα, και η σύνοψη χρειάζεται και τα τρία. Επισυνάπτουμε επίσης τα γραφήματα στο ενημερωτικό δελτίο για τους συνεργάτες μας, οπότε οι ίδιοι αριθμοί εμφανίζονται σε πολλά σημεία και πρέπει να συμφωνούν. Το πρότυπο που συμφωνήσαμε τον Μάρτιο ορίζει τη σειρά των ενοτήτων, τις ίδιες γραμματοσειρές με τα φυλλάδιά μας και μια σύντομη σημείωση για τη μέθοδο στο τέλος. ",
    ),
];

/// A count of the reader's failures and a charged word, in en, ru, el.
const COUNT_AND_CHARGED: [&str; 3] = [
    "This is the third time the report has come back with errors, and the layout is a disaster.",
    "Уже третий раз отчёт приходит с ошибками, а вёрстка просто безобразная.",
    "Είναι η τρίτη φορά που η αναφορά έρχεται με λάθη, και η σελιδοποίηση είναι χάλια.",
];

/// The same count alone.
const COUNT_ALONE: [&str; 3] = [
    "This is the third time the report has come back with errors.",
    "Уже третий раз отчёт приходит с ошибками.",
    "Είναι η τρίτη φορά που η αναφορά έρχεται με λάθη.",
];

/// In a letter no longer than a client letter should be (250 words), a
/// count of the reader's failures and a charged word add up, in every
/// language; one of them alone does not, nor both in a longer letter, nor
/// two signs that are only capitals and marks.
#[test]
fn two_signs_add_up_in_a_letter_of_a_client_letters_length() {
    // A letter in language `lang` (0 en, 1 ru, 2 el) with `halves` halves
    // of the report (first, second, first, …) before what is `said`.
    let letter = |lang: usize, halves: usize, said: &str| {
        let (first, second) = REPORT[lang];
        let report: String = (0..halves)
            .map(|i| if i % 2 == 0 { first } else { second })
            .collect();
        let (greeting, close, name) = [
            ("Dear Tom,", "Please correct it by Friday.", "Anna"),
            (
                "Уважаемый Олег,",
                "Исправьте, пожалуйста, до пятницы.",
                "Анна",
            ),
            (
                "Αγαπητέ κύριε Νίκο,",
                "Διορθώστε την μέχρι την Παρασκευή.",
                "Άννα",
            ),
        ][lang];
        format!("{greeting}\n\n{report}\n\n{said}\n\n{close}\n\n{name}")
    };
    // About 150 words in English, 220 in Russian, 200 in Greek.
    let short = [2, 4, 3];
    let angry: Vec<String> = (0..3)
        .map(|l| letter(l, short[l], COUNT_AND_CHARGED[l]))
        .collect();
    all_agitated(&angry.iter().map(String::as_str).collect::<Vec<_>>());
    let mut calm: Vec<String> = (0..3)
        .map(|l| letter(l, short[l], COUNT_ALONE[l]))
        .collect();
    calm.push(letter(0, 5, COUNT_AND_CHARGED[0]));
    calm.push(letter(
        0,
        2,
        "This is URGENT and the figures are needed today!!",
    ));
    none_agitated(&calm.iter().map(String::as_str).collect::<Vec<_>>());
}

/// A congratulation standing alone is praise: sincere before good news
/// ("Συγχαρητήρια! Κερδίσατε ένα κουπόνι."), mock praise before a failure
/// ("Congratulations. The parcel arrived broken.").
#[test]
fn a_bare_congratulation_is_mock_praise_only_beside_a_failure() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Συγχαρητήρια. Η παράδοση ήρθε με δύο εβδομάδες καθυστέρηση.",
            "Congratulations. The parcel arrived broken.",
            "Поздравляю. Посылка пришла с опозданием на две недели.",
        ],
        &[
            "Συγχαρητήρια! Έχετε προστεθεί στην ομάδα «Συντονιστές».",
            "Συγχαρητήρια! Ο φίλος σας έκανε την πρώτη του παραγγελία και κερδίσατε ένα κουπόνι.",
            "Congratulations! You have been added to the group.",
            "Поздравляем! Вы добавлены в группу.",
        ],
    );
}

/// Thanks for someone's time ("Thank you for your time") are courtesy, not
/// thanks for speed, whatever bad news follows; thanks for a timely reply
/// or delivery that a wait or a failure belies are mock praise.
#[test]
fn thanks_for_someones_time_are_not_thanks_for_speed() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Thanks for the timely reply: only three weeks.",
            "Thank you so much for the timely delivery. The parcel arrived broken.",
        ],
        &[
            "Thank you for your time. We had a production delay at the mill.",
            "Thank you for your time on the phone earlier today. Our supplier has had a production delay.",
            "Thanks so much for your time yesterday. The delivery has been delayed by two weeks.",
        ],
    );
}

/// A tag or a template's field in quotation marks (`"<a href="`,
/// `«{site}»`) is markup, not the reader's words thrown back, even where
/// the sentence addresses the reader.
#[test]
fn markup_and_template_fields_in_quotation_marks_are_not_the_readers_words() {
    signs_of_kind(
        Kind::Quoting,
        &[
            "Your \"small tweak\" cost us three days.",
            "Ваше «оплатим завтра» я слышу с сентября.",
            "Вы оба раза ответили, что «все так делают».",
            "Το «μικρό» σας λάθος μας κόστισε δύο μέρες.",
        ],
        &[
            "Your link starts with \"<a href=\" and ends with the page's title.",
            "Put \"{first_name}\" where you want your reader's name to appear.",
            "Вы получили ответ на сайте «{site}»: откройте его по ссылке.",
            "Ваш комментарий на странице \"<a href=\"{url}\">{title}</a>\" получил ответ.",
            "Η παραγγελία σας στο «{shop_name}» έχει σταλεί.",
            "Στο πεδίο σας γράψτε \"<b>{όνομα}</b>\" και πατήστε αποθήκευση.",
        ],
    );
}

/// Thanks in any of their forms ("позвольте поблагодарить", "we are so
/// grateful for", "θα θέλαμε να σας ευχαριστήσουμε") for speed the wait
/// that follows belies are mock praise; the same thanks with no wait told
/// are not.
#[test]
fn thanks_in_any_form_belied_by_the_wait_are_mock_praise() {
    // (or a stronger sign on the same words: a rebuke)
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Rebuke],
        &[
            "We are so grateful for the quick reply, only nineteen days.",
            "I'd like to thank you for the prompt delivery: three weeks late.",
            "Позвольте поблагодарить вас за оперативность: ответ пришёл всего через месяц.",
            "Мы очень признательны за быстрый ответ, всего три недели.",
            "Θα θέλαμε να σας ευχαριστήσουμε για την άμεση απάντηση, μόλις τρεις εβδομάδες.",
            "Είμαστε ευγνώμονες για τη γρήγορη παράδοση: δύο μήνες.",
        ],
        &[
            "We are so grateful for the quick reply.",
            "I'd like to thank you for the prompt delivery.",
            "Позвольте поблагодарить вас за оперативность.",
            "Мы очень признательны за быстрый ответ.",
            "Θα θέλαμε να σας ευχαριστήσουμε για την άμεση απάντηση.",
            "Είμαστε ευγνώμονες για τη γρήγορη παράδοση.",
        ],
    );
}

/// A debt handed on to collectors or lawyers, and a reply with another
/// excuse refused, are demands in any of the usual wordings; the same
/// verbs for a review, an ordinary handover or an answer asked for are not.
#[test]
fn a_debt_handed_on_and_excuses_refused_are_demands() {
    // (or a threat of the law read as a rebuke)
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "If it isn't paid by Friday I will hand this to a debt recovery firm.",
            "Don't reply with another excuse, just pay the invoice.",
            "Если оплаты не будет, я передам это коллекторам.",
            "Не отвечайте очередными отговорками, просто оплатите счёт.",
            "Αν δεν πληρώσετε ως την Παρασκευή, θα δώσω την υπόθεση στον δικηγόρο.",
            "Μη μου απαντήσετε με άλλη δικαιολογία, πληρώστε το τιμολόγιο.",
        ],
        &[
            "I will hand this to our lawyer for review before we sign.",
            "Don't reply with the signed form yet, we are still changing it.",
            "Я передам это юристу на проверку перед подписанием.",
            "Не отвечайте на это письмо, оно отправлено автоматически.",
            "Θα δώσω την υπόθεση στον δικηγόρο για έλεγχο πριν την υπογραφή.",
            "Μη μου απαντήσετε ακόμα, περιμένω τα στοιχεία.",
        ],
    );
}

/// Being used to the reader's failures ("we're used to it by now", "мы уже
/// привыкли", "έχουμε συνηθίσει") is sarcasm; being used to a new system
/// or a schedule is not.
#[test]
fn being_used_to_the_readers_failures_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Don't worry, we're used to it by now.",
            "Frankly, I'm no longer surprised.",
            "Ничего страшного, мы уже привыкли.",
            "Мы к этому давно привыкли.",
            "Δεν πειράζει, έχουμε συνηθίσει.",
            "Δεν μας κάνει πια εντύπωση.",
            // An apology waved away soothes nothing.
            "No need to apologise, we're used to it by now.",
            "Не нужно извиняться, мы уже привыкли.",
            "Δεν χρειάζεται να ζητάτε συγγνώμη, έχουμε συνηθίσει.",
        ],
        &[
            "We are used to working with tight deadlines, so Friday is fine.",
            "We're used to the new system and work faster with it.",
            "Мы уже привыкли к новой системе и работаем быстрее.",
            "Сотрудники привыкли к новому графику.",
            "Не волнуйтесь, нам не привыкать к срочным заказам.",
            "Έχουμε συνηθίσει το νέο σύστημα και δουλεύουμε πιο γρήγορα.",
            "Μας έκανε εντύπωση η ποιότητα της δουλειάς σας.",
        ],
    );
    // The author's own apology, needed, still soothes.
    signs_of_any_kind(
        &[Kind::Outrage, Kind::Charged],
        &[
            "The delay was unacceptable.",
            "Задержка была возмутительной.",
            "Η καθυστέρηση ήταν απαράδεκτη.",
        ],
        &[
            "We need to apologise: the delay was unacceptable.",
            "Нам нужно извиниться: задержка была возмутительной.",
            "Χρειάζεται να ζητήσουμε συγγνώμη: η καθυστέρηση ήταν απαράδεκτη.",
        ],
    );
}

#[test]
fn any_ordinal_counts_the_readers_failures_and_a_happy_or_first_one_does_not() {
    signs_of_kind(
        Kind::Counting,
        &[
            "You are asking me for the sixth time to move the kitchen.",
            "This is the third delivery date in a row that nobody showed up for.",
            "That is the fifth excuse you have given me this month.",
            "Вы уже шестой раз просите перенести кухню.",
            "Третий срок подряд вы срываете поставку.",
            "Это уже пятое оправдание за месяц.",
            "Μου ζητάτε για έκτη φορά να μετακινήσουμε την κουζίνα.",
            "Τρίτη συνεχόμενη ημερομηνία παράδοσης και πάλι δεν ήρθε κανείς.",
            "Είναι η πέμπτη δικαιολογία που μου δίνετε.",
        ],
        &[
            "This is the sixth year in a row we have worked together, thank you.",
            "Our team won the award for the third year in a row.",
            "Your region grew for the second straight quarter.",
            "The fair is in its fifth year running and still growing.",
            "The seminar is on the sixth floor, the second door on the left.",
            "Шестой год подряд мы работаем вместе, спасибо вам.",
            "Встреча на шестом этаже, третья дверь слева.",
            "Για έκτη συνεχόμενη χρονιά συνεργαζόμαστε, σας ευχαριστούμε.",
            "Η συνάντηση είναι στον έκτο όροφο, η τρίτη πόρτα αριστερά.",
        ],
    );
}

#[test]
fn what_english_already_reads_is_read_in_russian_and_greek_too() {
    // "Not your strong point", said of the reader.
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Planning is clearly not your strong point.",
            "Καταλαβαίνω ότι τα οικονομικά δεν είναι το δυνατό σας σημείο.",
            "Η οργάνωση σίγουρα δεν είναι το φόρτε σας.",
        ],
        &[
            "Speed is not our strong point, but accuracy is.",
            "Point three of your list is not strong enough as evidence.",
            "Η ταχύτητα δεν είναι το δυνατό μας σημείο, η ακρίβεια όμως είναι.",
            "Το δυνατό σας σημείο είναι η ακρίβεια.",
        ],
    );
    // The reader plainly did not read what they answer ("δεν ανοίξατε καν"
    // is a rebuke already).
    signs_of_any_kind(
        &[Kind::Charged, Kind::Rhetorical],
        &[
            "Как указано в договоре, который вы, судя по всему, не открывали.",
            "Вы, очевидно, не читали моё письмо.",
            "Όπως γράφει το συμφωνητικό, το οποίο προφανώς δεν διαβάσατε.",
            "Προφανώς δεν ανοίξατε καν το αρχείο.",
        ],
        &[
            "Вы, судя по всему, не получили наше письмо, поэтому отправляю его снова.",
            "Видимо, файл не открывался из-за размера, отправляю архивом.",
            "Προφανώς δεν λάβατε το μήνυμά μας, γι' αυτό το στέλνω ξανά.",
            "Το αρχείο προφανώς δεν ανοίγει στο κινητό, σας το στέλνω σε PDF.",
        ],
    );
    // A review on every site, promised or said to be deserved.
    signs_of_kind(
        Kind::Demand,
        &[
            "I will be leaving a detailed review on Google and Trustpilot.",
            "Service like this deserves a detailed review on every platform you are listed on.",
            "Такой уровень сервиса заслуживает подробного отзыва на всех площадках.",
            "Μια τέτοια φιλοξενία αξίζει λεπτομερή αξιολόγηση σε όλες τις πλατφόρμες.",
        ],
        &[
            "If you were happy with our work, we would be grateful for a review on Google.",
            "We will be reviewing all the platforms before we choose one.",
            "Ваш проект заслуживает подробного разбора на планёрке.",
            "Будем благодарны за отзыв на любой площадке.",
            "Αν μείνατε ευχαριστημένοι, μια αξιολόγηση στο Google θα μας βοηθούσε.",
        ],
    );
}

#[test]
fn apologies_refused_backhanded_praise_and_a_closed_subject_are_signs() {
    // No more apologies wanted ("I don't want any more apologies" was read).
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Δεν θέλω άλλες συγγνώμες.",
            "Δεν θέλουμε άλλες δικαιολογίες, θέλουμε τον καναπέ.",
            "Мне не нужны больше ваши оправдания.",
        ],
        &[
            "Δεν θέλω άλλες αλλαγές στο σχέδιο, μου αρέσει όπως είναι.",
            "Мне не нужны больше образцы, спасибо.",
        ],
    );
    // Praise taken back by whom it is for.
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Impressive work for someone who until last year only built games.",
            "Впечатляющая работа для человека, который до прошлого года собирал только игры.",
            "Εντυπωσιακή δουλειά για κάποιον που μέχρι πέρσι έστηνε μόνο παιχνίδια.",
        ],
        &[
            "Impressive work for the client who asked for it on Monday, thank you.",
            "Отличная работа для клиента, который заказал её в понедельник, спасибо.",
            "Εξαιρετική δουλειά για τον πελάτη που τη ζήτησε τη Δευτέρα, ευχαριστώ.",
        ],
    );
    // The subject closed to the reader.
    signs_of_kind(
        Kind::Demand,
        &[
            "I won't be going through it with you again.",
            "I see no reason to discuss this again.",
            "Не вижу смысла обсуждать это снова.",
            "Δεν βλέπω λόγο να το συζητήσουμε ξανά.",
        ],
        &[
            "I won't be going through the whole report, only the summary.",
            "We can go through it again on Monday if that helps.",
            "Давайте обсудим это снова в понедельник.",
            "Μπορούμε να το συζητήσουμε ξανά τη Δευτέρα.",
        ],
    );
}

#[test]
fn thanks_for_a_notice_that_came_after_the_fact_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Thank you so much for letting us know, forty minutes after the meeting was due to start, that you could not come.",
            "Thanks for the heads-up, two days after the deadline.",
            "Спасибо, что предупредили — через сорок минут после начала встречи.",
            "Благодарю за уведомление, пришедшее через три дня после срока.",
            "Σας ευχαριστώ που μας ενημερώσατε, σαράντα λεπτά μετά την έναρξη της συνάντησης.",
        ],
        &[
            "Thank you for letting us know three days in advance.",
            "Thanks for letting us know; we will deliver two days after the order.",
            "Спасибо, что предупредили за три дня до встречи.",
            "Σας ευχαριστώ που μας ενημερώσατε τρεις μέρες νωρίτερα.",
        ],
    );
}

/// Words quoted as what the author is told again and again are thrown back
/// too, with no "you" in the sentence ("every time I'm told it is "being
/// processed""); what the author is told once, and what the author's own
/// side says, are not.
#[test]
fn what_the_author_is_told_again_and_again_thrown_back_is_a_sign() {
    signs_of_kind(
        Kind::Quoting,
        &[
            "Every time I call, I'm told it is \"being processed\".",
            "For the fifth time this week someone tells me \"tomorrow for sure\".",
            "На каждое письмо мне отвечают «бухгалтерия в курсе».",
            "Пятый раз звоню, и мне снова говорят «разберёмся».",
            "Κάθε φορά που παίρνω τηλέφωνο μου λένε «θα το ψάξουμε».",
            "Για πέμπτη φορά μου απαντούν «αύριο σίγουρα».",
        ],
        &[
            "Our engineer told me the units are \"as new\" and fully tested.",
            "The customer told us the product is \"exactly right\".",
            "Every spring we call the new range \"the garden line\".",
            "Наш инженер сказал мне, что техника «как новая».",
            "Каждую весну мы называем коллекцию «садовой линией».",
            "Ο μηχανικός μας μου είπε ότι τα μηχανήματα είναι «σαν καινούργια».",
            "Κάθε άνοιξη ονομάζουμε τη σειρά «γραμμή κήπου».",
        ],
    );
}

/// Looking forward to the reader's next excuse is sarcasm; waiting for the
/// next version of a document, or for an explanation, is not.
#[test]
fn waiting_for_the_readers_next_excuse_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I look forward to hearing this week's excuse.",
            "I can't wait to read your next explanation.",
            "We await your latest story with interest.",
            "С интересом жду вашу очередную версию событий.",
            "С нетерпением ждём новых оправданий.",
            "Жду сегодняшнюю историю о том, где машина.",
            "Περιμένω με ενδιαφέρον την επόμενη δικαιολογία σας.",
            "Ανυπομονώ να ακούσω τη σημερινή εξήγηση.",
        ],
        &[
            "I look forward to your next visit to our office.",
            "We await the next version of the contract.",
            "I look forward to hearing your explanation of the new pricing.",
            "Жду следующую версию договора.",
            "С интересом жду вашу новую презентацию.",
            "Περιμένω την επόμενη έκδοση του συμβολαίου.",
            "Ανυπομονώ να ακούσω την παρουσίασή σας.",
        ],
    );
}

/// The occasions the author already asked or explained, listed by month or
/// weekday ("I explained in February, in May and again in October"), count
/// the reader's failures; meetings on those dates, or one date, do not.
#[test]
fn occasions_already_asked_listed_by_date_are_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "I explained this in February, in May and again in October.",
            "We asked in March, June and September for the signed forms.",
            "I called on Monday, on Wednesday and on Friday.",
            "Я напоминала об этом в феврале, в мае и в октябре.",
            "Мы просили вас об этом в марте, июне и сентябре.",
            "Я звонила в понедельник, в среду и в пятницу.",
            "Σας το εξήγησα τον Φεβρουάριο, τον Μάιο και ξανά τον Οκτώβριο.",
            "Σας το ζητήσαμε τον Μάρτιο, τον Ιούνιο και τον Σεπτέμβριο.",
            "Σας τηλεφώνησα τη Δευτέρα, την Τετάρτη και την Παρασκευή.",
        ],
        &[
            "We met in February, May and October to review the budget.",
            "I explained the plan in February.",
            "I will call you on Monday, Wednesday and Friday to check progress.",
            "The invoices were sent in March, June and September as agreed.",
            "Мы встречались в феврале, мае и октябре.",
            "Я объяснила план в феврале.",
            "Буду звонить вам в понедельник, среду и пятницу.",
            "Συναντηθήκαμε τον Φεβρουάριο, τον Μάιο και τον Οκτώβριο.",
            "Θα σας τηλεφωνώ τη Δευτέρα, την Τετάρτη και την Παρασκευή.",
        ],
    );
}

/// Advice taken "from someone who has never run one" mocks the reader's
/// competence; a guide written for a beginner does not.
#[test]
fn advice_from_someone_who_has_never_done_it_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "It is always useful to get advice from someone who has never run a shop.",
            "Thank you for the lesson, from someone who has never worked in the trade.",
            "Приятно выслушать советы от человека, который ни разу не вёл бизнес.",
            "Всегда полезно узнать мнение человека, который никогда этим не занимался.",
            "Είναι πάντα χρήσιμο να ακούμε τη γνώμη κάποιου που δεν έχει δουλέψει ποτέ στον χώρο.",
            "Ευχαριστούμε για τις συμβουλές από κάποιον που, όπως είπατε, δεν έχει ξαναγοράσει τέτοιο μηχάνημα.",
        ],
        &[
            "We are looking for someone who has never used the app, to test it.",
            "This guide is written for someone who has never filed a return.",
            "Ищем человека, который никогда не пользовался приложением, для теста.",
            "Это пособие для человека, который ни разу не сдавал отчётность.",
            "Ο οδηγός γράφτηκε για κάποιον που δεν έχει κάνει ποτέ δήλωση.",
        ],
    );
}

/// A refusal that shuts the door for good ("this quarter or any other",
/// "ни сейчас, ни потом", "ούτε τώρα ούτε αργότερα") is an ultimatum; the
/// same words about what the reader will not be charged are not.
#[test]
fn a_door_shut_for_good_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "We will not renew the contract, this year or any other.",
            "I won't be ordering from you again, this season or any other.",
            "Работать с вами мы не будем ни сейчас, ни в будущем.",
            "Продлевать договор не станем ни сейчас, ни потом.",
            "Δεν θα συνεχίσουμε τη συνεργασία, ούτε τώρα ούτε αργότερα.",
            "Δεν θα ανανεώσουμε, ούτε φέτος ούτε ποτέ.",
        ],
        &[
            "You will not be charged for this, this year or any other.",
            "We can't renew this year, but we would welcome an offer next year.",
            "Вы не заплатите за это ни сейчас, ни потом.",
            "Δεν θα χρεωθείτε για αυτό, ούτε τώρα ούτε αργότερα.",
        ],
    );
}

/// Reasons withheld as known to the reader ("I think you know why") blame
/// the reader; reasons given are not.
#[test]
fn reasons_left_for_the_reader_to_know_are_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "We will not renew. I think you know why.",
            "The reasons, I'm sure, you know yourself.",
            "Продлевать не будем. Причины, думаю, вы знаете сами.",
            "Почему — полагаю, вы и сами понимаете.",
            "Δεν θα ανανεώσουμε. Νομίζω ότι ξέρετε γιατί.",
            "Τους λόγους, πιστεύω, τους γνωρίζετε.",
        ],
        &[
            "As you know, the reasons are the supplier's delays and the new tariff.",
            "You know why the form matters: the tax office needs it by Friday.",
            "Как вы знаете, причина в задержке поставщика.",
            "Όπως γνωρίζετε, ο λόγος είναι η καθυστέρηση του προμηθευτή.",
        ],
    );
}

/// A count said in passing ("as mentioned several times", "в который уже
/// раз", "thanks for telling us once again") counts too; thanks for choosing
/// us again do not.
#[test]
fn a_count_in_passing_counts() {
    signs_of_kind(
        Kind::Counting,
        &[
            "As mentioned (several times), we need the signed copy.",
            "As I have explained many times, the price includes delivery.",
            "Напомню, в который уже раз, что договор не подписан.",
            "Όπως σας έχω πει πολλές φορές, η τιμή περιλαμβάνει τη μεταφορά.",
        ],
        &[
            "As mentioned, we need the signed copy.",
            "We have worked together many times and enjoyed it.",
            "Напомню, что договор ещё не подписан.",
            "Όπως σας είπα, η τιμή περιλαμβάνει τη μεταφορά.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Спасибо, что в очередной раз сообщили о переносе.",
            "Спасибо, что вы в очередной раз пообещали привезти завтра.",
        ],
        &[
            "Спасибо, что в очередной раз выбрали нас!",
            "Благодарим вас в очередной раз за доверие.",
        ],
    );
}

#[test]
fn outrage_denied_is_not_outrage() {
    // "outrage" and "outrageous" share a stem: the noun's line, unguarded,
    // read "the price is not outrageous" as outrage.
    for rude in ["This is an outrage.", "An outrageous price for a late van."] {
        assert!(kinds(rude).contains(&Kind::Outrage), "{rude:?}");
    }
    none_agitated(&[
        "The price is not outrageous for what you get.",
        "It is not an outrage, just an oversight we will correct.",
    ]);
}

#[test]
fn greek_asking_for_another_day_is_no_demand() {
    // "Tell us, so we can look elsewhere" is a demand; "tell us, so we can
    // find another day" is an ordinary reply.
    assert!(kinds("Πείτε το μας καθαρά να ψάξουμε αλλού.").contains(&Kind::Demand));
    none_agitated(&[
        "Αν δεν μπορείτε την Τρίτη, πείτε το να βρούμε άλλη μέρα.",
        "Πείτε μας να βρούμε άλλη ώρα για το ραντεβού.",
    ]);
}

#[test]
fn ordinals_written_in_digits_count_in_russian_and_greek_as_in_english() {
    // "the 3rd time" counts in English; "3-й раз" and "3η φορά" are the
    // same count, typed in haste (the angry letters of `train4/`, read on
    // the night of 2026-12-04).
    signs_of_kind(
        Kind::Counting,
        &[
            "This is the 3rd time I am asking.",
            "Это уже 3-й раз за месяц.",
            "Пишу вам в 4й раз.",
            "Во 2-ой раз привозите не тот товар.",
            "Είναι η 3η φορά που το ζητάω.",
            "3η φορα αυτον τον μηνα.",
            "Για 2η φορά ο τεχνικός δεν ήρθε.",
        ],
        &[
            "Встреча в 3-й переговорной.",
            "Договор на 2-й странице.",
            "Η συνάντηση είναι στον 3ο όροφο.",
            "Πρώτη φορά συνεργαζόμαστε, χαρά μας.",
        ],
    );
}

/// The same sign in every language (2026-12-04, late night; written before
/// the lists grew): families a probe found listed in one language and not
/// in another, each with calm twins.
#[test]
fn the_same_sign_in_every_language() {
    all_agitated(&[
        // The reader's last chance to put it right.
        "This is your last chance to fix it.",
        "Consider this your last chance to sort it out.",
        "Это ваш последний шанс всё исправить.",
        "Даём вам последний шанс исправить ситуацию.",
        "Αυτή είναι η τελευταία σας ευκαιρία να το διορθώσετε.",
        "Σας δίνουμε μια τελευταία ευκαιρία να διορθώσετε το λάθος.",
        // Not one competent person on the reader's side.
        "Is there a single competent person in your office?",
        "Is there even one person at your company who can do their job?",
        "Есть у вас в офисе хоть один компетентный человек?",
        "Найдётся в вашей компании хоть один толковый специалист?",
        "Υπάρχει έστω ένας ικανός άνθρωπος στο γραφείο σας;",
        "Υπάρχει κανένας σοβαρός επαγγελματίας στην εταιρεία σας;",
        // Nobody there knows what they are doing.
        "Does anyone at your company actually know what they are doing?",
        "Кто-нибудь у вас вообще понимает, что делает?",
        "Ξέρει κανείς στην εταιρεία σας τι κάνει;",
        "Ξέρει κανένας εκεί μέσα τι κάνει;",
        // Excuses waved away for results.
        "I don't need excuses, I need results.",
        "We don't want your explanations, we want the parts.",
        "Мне не нужны объяснения, мне нужен результат.",
        "Нам не нужны ваши оправдания, нам нужен товар.",
        "Δεν χρειάζομαι δικαιολογίες, χρειάζομαι αποτελέσματα.",
        "Δεν θέλουμε τις εξηγήσεις σας, θέλουμε τα εξαρτήματα.",
        // Thanks for nothing.
        "Thanks for nothing.",
        "Thank you for nothing, as usual.",
        "Спасибо за ничего.",
        "Ευχαριστώ για το τίποτα.",
        "Ευχαριστούμε για το τίποτα.",
    ]);
    none_agitated(&[
        "This is your last chance to register for the spring course.",
        "Friday is the last chance to change the colours before printing.",
        "Это последний шанс записаться на курс по старой цене.",
        "Είναι η τελευταία ευκαιρία να εγγραφείτε στο σεμινάριο.",
        "Is there a single person in your office who handles invoices?",
        "Is there anyone at your company who speaks German?",
        "Есть у вас в офисе хоть один свободный переговорный зал?",
        "Υπάρχει κάποιος στο γραφείο σας που μιλάει γερμανικά;",
        "Does anyone at your company know what time the courier comes?",
        "Кто-нибудь у вас знает, во сколько приезжает курьер?",
        "Ξέρει κανείς στην εταιρεία σας τι ώρα έρχεται ο κούριερ;",
        "Ξέρει κανείς στο γραφείο σας τι κάνει ο κύριος Πέτρου σήμερα;",
        "We don't need explanations for each line, only the totals.",
        "Нам не нужны объяснения к каждой строке, нужны только итоги.",
        "Δεν χρειαζόμαστε εξηγήσεις για κάθε γραμμή, μόνο τα σύνολα.",
        "Thank you, it was nothing, really.",
        "Спасибо, ничего страшного.",
        "Ευχαριστώ, δεν ήταν τίποτα.",
    ]);
}

#[test]
fn twins_of_signs_found_in_another_language_are_signs() {
    // Each rude sentence's twins in the other two languages were already
    // signs of this kind; each calm sentence shares its words.
    ordinary_use_is_no_sign(&[
        (
            "Сколько раз мне ещё нужно прийти на примерку?",
            "Сколько раз мне ещё просить прислать акт?",
            Kind::Rebuke,
        ),
        (
            "Меня достали из списка ожидания и сразу записали.",
            "Меня уже достали ваши отговорки.",
            Kind::Charged,
        ),
        (
            "Мы вам платим по счёту каждый месяц.",
            "За что мы вам вообще платим?",
            Kind::Rebuke,
        ),
        (
            "Σας πληρώνουμε ακριβώς στην ώρα που ορίζει το συμβόλαιο.",
            "Για ποιο πράγμα ακριβώς σας πληρώνουμε;",
            Kind::Rebuke,
        ),
        (
            "Никогда не видел такой красивой упаковки.",
            "Никогда не видел такой некомпетентности.",
            Kind::Outrage,
        ),
        (
            "В отчёте была грубая ошибка в расчёте, её уже исправили.",
            "Ваши сотрудники грубые и ничего не соображают.",
            Kind::Charged,
        ),
        (
            "Το αν θα έρθει ο τεχνικός είναι άσχετο με την πληρωμή.",
            "Το προσωπικό σας είναι αγενές και άσχετο.",
            Kind::Charged,
        ),
        (
            "Прочитайте моё предыдущее письмо, там есть адрес склада.",
            "Перечитайте моё предыдущее письмо, прежде чем отвечать.",
            Kind::Demand,
        ),
        (
            "Διαβάστε το συνημμένο και απαντήστε μου όποτε μπορέσετε.",
            "Διαβάστε το προηγούμενο μήνυμά μου πριν απαντήσετε.",
            Kind::Demand,
        ),
        (
            "С нас достаточно одного экземпляра договора.",
            "Хватит, с нас достаточно.",
            Kind::Charged,
        ),
        (
            "С меня хватит и одной копии вашего счёта.",
            "С меня хватит вашей компании.",
            Kind::Charged,
        ),
        (
            "Ο καφές μου έχει έρθει ήδη στο γραφείο.",
            "Μου έχει έρθει στο λαιμό η εταιρεία σας.",
            Kind::Charged,
        ),
        (
            "Вы обещали прислать образцы, и они пришли в срок.",
            "Вы обещали и опять подвели.",
            Kind::Counting,
        ),
        (
            "Я не волшебник, но постараюсь ускорить доставку.",
            "Я вам не волшебник.",
            Kind::Sarcasm,
        ),
        (
            "Δεν είμαι μάγος, αλλά θα προσπαθήσω να το επισπεύσω.",
            "Δεν είμαι μάγος.",
            Kind::Sarcasm,
        ),
        (
            "Вы проявили много терпения, спасибо вам.",
            "Мы и так проявили достаточно терпения.",
            Kind::Charged,
        ),
        (
            "Ευχαριστούμε που δείξατε υπομονή με την παράδοση.",
            "Δείξαμε υπεραρκετή υπομονή.",
            Kind::Charged,
        ),
        (
            "This was the last time we ordered the blue folders; they are discontinued.",
            "This is the last time we work with you.",
            Kind::Rebuke,
        ),
        (
            "В последний раз мы работали с вами над каталогом в мае.",
            "Это последний раз, когда мы с вами работаем.",
            Kind::Rebuke,
        ),
    ]);
}

/// Asserts that each sentence of `pairs` with a word put between the words
/// of a phrase gives the signs its plain form gives (some), and that each
/// sentence of `calm` gives none.
fn word_between_keeps_the_sign(pairs: &[(&str, &str)], calm: &[&str]) {
    for &(plain, with_word) in pairs {
        let expected = kinds(plain);
        assert!(!expected.is_empty(), "{plain:?}");
        assert_eq!(kinds(with_word), expected, "{with_word:?}");
    }
    for text in calm {
        let j = judge(text);
        assert!(j.evidence.is_empty(), "{text:?}: {:?}", j.evidence);
    }
}

#[test]
fn intensifiers_between_the_words_of_a_phrase_keep_its_sign() {
    word_between_keeps_the_sign(
        &[
            ("You ignored my emails.", "You literally ignored my emails."),
            ("Are you kidding me?", "Are you literally kidding me?"),
            ("This is a joke.", "This is totally a joke."),
            ("We are done with you.", "We are completely done with you."),
            ("Сколько можно ждать?", "Сколько вообще можно ждать?"),
            ("Вы нас подвели.", "Вы нас совершенно подвели."),
            ("Это издевательство.", "Это абсолютно издевательство."),
            (
                "Ποιος νομίζετε ότι είστε;",
                "Ποιος ακριβώς νομίζετε ότι είστε;",
            ),
            (
                "Δεν σας πληρώνουμε για να κάνουμε εμείς τους ελέγχους.",
                "Δεν σας πληρώνουμε δηλαδή για να κάνουμε εμείς τους ελέγχους.",
            ),
        ],
        &[
            "The new layout is completely different from the old one.",
            "We absolutely agree with the totally new schedule.",
            "Мы полностью согласны, это совершенно новый подход.",
            "Собственно, вопрос решён: счёт оплачен полностью.",
            "Είμαστε απολύτως σύμφωνοι με το εντελώς νέο πρόγραμμα.",
            "Τι ακριβώς χρειάζεστε, δηλαδή ποια έγγραφα;",
        ],
    );
}

#[test]
fn already_and_at_last_between_the_words_of_a_phrase_keep_its_sign() {
    word_between_keeps_the_sign(
        &[
            ("Это издевательство.", "Это уже издевательство."),
            ("Вы нас подвели.", "Вы нас уже подвели."),
            ("We are done with you.", "We are already done with you."),
            (
                "Δεν είστε σοβαροί άνθρωποι.",
                "Δεν είστε πια σοβαροί άνθρωποι.",
            ),
            ("Αυτό είναι κοροϊδία.", "Αυτό είναι πια κοροϊδία."),
        ],
        &[
            "We have already sent the invoice, and the parts are finally here.",
            "Мы уже отправили счёт, и детали наконец пришли.",
            "Έχουμε ήδη στείλει το τιμολόγιο και τα ανταλλακτικά ήρθαν επιτέλους.",
            "Δεν χρειάζεται πια να στείλετε το έντυπο.",
        ],
    );
}

#[test]
fn again_even_and_still_between_the_words_of_a_phrase_keep_its_sign() {
    word_between_keeps_the_sign(
        &[
        ("Это издевательство.", "Это опять издевательство."),
        ("This is a joke.", "This is still a joke."),
        ("Αυτό είναι κοροϊδία.", "Αυτό είναι πάλι κοροϊδία."),
        (
            "Δεν είστε σοβαροί άνθρωποι.",
            "Δεν είστε καν σοβαροί άνθρωποι.",
        ),
        ],
        &[
        "We still need the signed copy; could you send it again, even as a scan?",
        "Нам опять нужна подписанная копия, пришлите её снова, даже сканом.",
        "Χρειαζόμαστε πάλι το υπογεγραμμένο αντίγραφο, στείλτε το ξανά, ακόμα και σκαναρισμένο.",
        ],
    );
}

/// The working relationship to be taken as ended ("consider our
/// partnership over", "считайте сотрудничество законченным", "θεωρήστε τη
/// συνεργασία λήξασα") is an ultimatum; a deal taken as agreed, or a
/// question taken as settled, is not.
#[test]
fn a_relationship_to_be_considered_over_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "If the site is not cleared by Monday, consider our partnership over.",
            "Consider the service contract terminated unless the invoice is corrected.",
            "Если к понедельнику не исправите, считайте наше сотрудничество законченным.",
            "Считайте, что договор с вами расторгнут.",
            "Αν δεν διορθωθεί ως την Τρίτη, θεωρήστε τη συνεργασία μας λήξασα.",
            "Θεωρήστε ότι η σύμβαση με την εταιρεία σας τερματίστηκε.",
        ],
        &[
            "Please consider the contract agreed once both sides have signed.",
            "We consider the question of the delivery date settled.",
            "Считайте договор заключённым с момента подписания.",
            "Считайте, что вопрос с доставкой решён.",
            "Θεωρήστε τη συμφωνία οριστική μόλις υπογραφεί.",
        ],
    );
}

/// Payment held back as a threat ("or you won't see the rest of the
/// money", "остальных денег не увидите", "δεν βλέπεις τα υπόλοιπα λεφτά")
/// is an ultimatum; when a payment will show on a statement is not.
#[test]
fn money_the_reader_will_not_see_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Send someone today or you won't see the rest of the money.",
            "Until the leak is fixed you will not see a penny.",
            "Пришлите мастера сегодня, иначе остальных денег не увидите.",
            "Пока не переделаете, ни копейки не увидите.",
            "Στείλε κάποιον σήμερα αλλιώς δεν βλέπεις τα υπόλοιπα λεφτά.",
            "Μέχρι να το φτιάξετε δεν θα δείτε ούτε ευρώ.",
        ],
        &[
            "You won't see the payment on your statement until Monday.",
            "You will not see the refund in your account before Friday.",
            "Платёж вы увидите в выписке в понедельник.",
            "Оплату вы не увидите в личном кабинете до понедельника.",
            "Την πληρωμή θα τη δείτε στον λογαριασμό σας τη Δευτέρα.",
        ],
    );
}

/// A threat to find someone who can do what the reader cannot ("I will
/// find someone who can count", "найду того, кто умеет считать", "θα βρω
/// κάποιον που ξέρει να μετράει") mocks the reader; finding someone who
/// can help is not. (Said of what the reader cannot read, it may be taken
/// as the rebuke it also is.)
#[test]
fn someone_else_who_can_count_is_sarcasm() {
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Rebuke],
        &[
            "Tell me honestly and I will find someone who can count.",
            "We'll find a supplier who knows how to read an order.",
            "Скажите честно, я найду того, кто умеет считать.",
            "Найдём подрядчика, который умеет читать техническое задание.",
            "Πείτε το μου να βρω κάποιον που ξέρει να μετράει.",
            "Θα βρούμε άλλη εταιρεία που ξέρει να διαβάζει μια παραγγελία.",
        ],
        &[
            "I will find someone who can help you with the form.",
            "We need to find someone who can read Japanese for the manual.",
            "Я найду того, кто сможет помочь вам с формой.",
            "Мы ищем переводчика, который умеет читать японский.",
            "Θα βρω κάποιον που μπορεί να σας βοηθήσει με τη φόρμα.",
        ],
    );
}

/// "Why do you take on such work?" asked of the reader reproaches in Russian
/// and Greek as it does in English; asked of a plan, it does not.
#[test]
fn why_the_reader_takes_on_the_work_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Зачем вы вообще берётесь за эту работу?",
            "Если не умеете мерить, зачем вы берётесь за кухни?",
            "Γιατί αναλαμβάνετε τέτοιες δουλειές;",
            "Αν δεν μπορείτε να μετρήσετε σωστά, γιατί αναλάβατε το έργο;",
        ],
        &[
            "Беретесь ли вы за работу в выходные?",
            "Зачем нужна предоплата, если вы берётесь за работу после замера?",
            "Αναλαμβάνετε τέτοιες δουλειές και τον χειμώνα;",
            "Γιατί το έργο ξεκινά τον Μάρτιο;",
        ],
    );
}

/// A letter typed as one paragraph that opens with the reader's name
/// ("Peter, …", "Олег, …", "Νίκο, …") is read as a letter, as a greeting
/// line would make it: a count of the reader's failures and a charged word
/// add up there; the count alone does not.
#[test]
fn a_paragraph_opening_with_the_readers_name_is_read_as_a_letter() {
    let readers = [
        ("Peter Brown <peter@client.com>", "Peter"),
        ("Олег Петров <oleg@client.ru>", "Олег"),
        ("Νίκος Παππάς <nikos@client.gr>", "Νίκο"),
    ];
    for (lang, (to, name)) in readers.into_iter().enumerate() {
        assert_read_as_letter(lang, to, &format!("{name}, "));
    }
}

/// Asserts that a paragraph to `to` in language `lang` (0 en, 1 ru, 2 el)
/// that opens with `opening` is read as a letter: a count and a charged
/// word add up there; the count alone does not.
fn assert_read_as_letter(lang: usize, to: &str, opening: &str) {
    assert!(
        paragraph_agitated(lang, to, opening, COUNT_AND_CHARGED[lang]),
        "{opening}{}",
        COUNT_AND_CHARGED[lang]
    );
    assert!(
        !paragraph_agitated(lang, to, opening, COUNT_ALONE[lang]),
        "{opening}{}",
        COUNT_ALONE[lang]
    );
}

/// Whether a letter to `to`, typed as one paragraph in language `lang` (0
/// en, 1 ru, 2 el): `opening`, the report of [`REPORT`], then `said`, is
/// judged agitated.
fn paragraph_agitated(lang: usize, to: &str, opening: &str, said: &str) -> bool {
    let (first, second) = REPORT[lang];
    let draft = crate::Draft {
        to: vec![to.into()],
        ..letter(&format!("{opening}{first}{second}{said}"))
    };
    let config = Config::default();
    let ctx = Context::new(&draft, &config);
    Judgement::of(&ctx).agitated
}

/// "At least someone benefited", said of what went wrong for the author
/// ("хоть кто-то на этом заработал", "τουλάχιστον κάποιος ωφελήθηκε"), is
/// sarcasm; "at least someone" who should come to a meeting is not.
#[test]
fn at_least_someone_benefited_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Congratulations, at least someone benefited from it.",
            "Well, at least somebody made money on this campaign.",
            "Поздравляю, хоть кто-то на этом заработал.",
            "Что ж, хоть кто-то остался доволен.",
            "Συγχαρητήρια, τουλάχιστον κάποιος ωφελήθηκε.",
            "Τουλάχιστον κάποιος κέρδισε από αυτή την ιστορία.",
        ],
        &[
            "At least someone from your team should attend the meeting.",
            "Хоть кто-то из ваших сотрудников должен быть на встрече.",
            "Τουλάχιστον κάποιος από την ομάδα σας πρέπει να έρθει.",
        ],
    );
}

/// Being billed "for the privilege" of a failure ("we'll be billed for the
/// privilege", "за это удовольствие ещё и заплатить", "να πληρώσουμε κιόλας
/// για το προνόμιο") is sarcasm; paying the price agreed is not.
#[test]
fn paying_for_the_privilege_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I assume we'll be billed for the privilege as well?",
            "And we are expected to pay for the privilege.",
            "И за это удовольствие мы ещё должны заплатить?",
            "Ещё и платить за такое удовольствие.",
            "Και να πληρώσουμε κιόλας για το προνόμιο;",
            "Θα μας χρεώσετε και για το προνόμιο;",
        ],
        &[
            "We paid the price we agreed in March.",
            "Мы заплатили за удовольствие от поездки сами, это не к вам.",
            "Πληρώσαμε για την τιμή που συμφωνήσαμε τον Μάρτιο.",
        ],
    );
}

/// Explanations or excuses the reader may keep to themselves ("you can
/// keep your explanations", "объяснения можете оставить себе", "τις
/// δικαιολογίες κρατήστε τις για τον εαυτό σας") rebuke; keeping an
/// explanation short does not.
#[test]
fn excuses_the_reader_may_keep_are_a_rebuke() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Your explanations about logistics you can keep to yourself.",
            "Keep your excuses, we want the servers.",
            "Объяснения про логистику можете оставить себе.",
            "Ваши извинения оставьте себе, нам нужен товар.",
            "Τις δικαιολογίες κρατήστε τις για τον εαυτό σας.",
            "Τις εξηγήσεις σας φυλάξτε τις για εσάς.",
        ],
        &[
            "Please keep the explanations short.",
            "Объяснения можете оставить в комментарии к заказу.",
            "Κρατήστε τις εξηγήσεις σύντομες, παρακαλώ.",
        ],
    );
}

/// A paragraph that opens with the reader's title and surname ("Mr Brown,
/// …", "Господин Петров, …", "Κύριε Παππά, …") addresses them as a greeting
/// line does: it is read as a letter, where a count of the reader's
/// failures and a charged word add up; the count alone does not.
#[test]
fn a_paragraph_opening_with_the_readers_title_is_read_as_a_letter() {
    let readers = [
        ("Peter Brown <peter@client.com>", ["Mr Brown", "Dr Brown"]),
        (
            "Олег Петров <oleg@client.ru>",
            ["Господин Петров", "Господин Петров"],
        ),
        (
            "Νίκος Παππάς <nikos@client.gr>",
            ["Κύριε Παππά", "Κύριε Παππά"],
        ),
    ];
    for (lang, (to, openings)) in readers.into_iter().enumerate() {
        for name in openings {
            assert_read_as_letter(lang, to, &format!("{name}, "));
        }
    }
}

/// "Otherwise I'll look for another studio" ("иначе ищу другого
/// подрядчика", "αλλιώς ψάχνω άλλο στούντιο") threatens to take the work
/// away (a demand, or a rebuke); looking for another date or room does not.
#[test]
fn otherwise_looking_for_another_supplier_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Fixed file by 9 tomorrow or I'm looking for another studio.",
            "Sort it out this week, otherwise we will find another printer.",
            "Исправьте до завтра, иначе ищу другого подрядчика.",
            "Или сделаете к пятнице, или найду другую студию.",
            "αυριο 9 να εχω σωστο αρχειο αλλιως ψαχνω αλλο στουντιο",
            "Διορθώστε το μέχρι την Παρασκευή, διαφορετικά θα βρούμε άλλον προμηθευτή.",
        ],
        &[
            "If Tuesday does not suit you, we will look for another date.",
            "Если этот зал занят, найдём другой.",
            "Αν η αίθουσα είναι πιασμένη, θα βρούμε άλλη μέρα.",
        ],
    );
}

/// "Do the work we pay you for" ("делайте работу, за которую мы вам
/// платим", "κάντε τη δουλειά για την οποία σας πληρώνουμε") rebukes; the
/// work paid for, listed, does not.
#[test]
fn the_work_we_pay_you_for_is_a_rebuke() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "Your team preferred to tick a box rather than do the work we pay them for.",
            "Just do the job we are paying you for.",
            "Делайте наконец работу, за которую мы вам платим.",
            "Вместо отписок лучше бы выполняли работу, за которую получаете деньги.",
            "Κάντε επιτέλους τη δουλειά για την οποία σας πληρώνουμε.",
        ],
        &[
            "The work we pay you for includes two site visits a year.",
            "Работа, за которую мы платим, включает два выезда в год.",
            "Η δουλειά για την οποία σας πληρώνουμε περιλαμβάνει δύο επισκέψεις.",
        ],
    );
}

/// The reader who did not even bother ("had anyone bothered to look",
/// "вы не удосужились прочитать", "δεν κάνατε τον κόπο να διαβάσετε") is
/// blamed, or asked why not; thanks for taking the trouble are neither.
#[test]
fn not_bothering_to_look_is_a_reproach() {
    signs_of_any_kind(
        &[Kind::Blame, Kind::Rebuke, Kind::Rhetorical],
        &[
            "It is missing the north boundary, which you would have noticed had anyone bothered to look at it.",
            "If you had bothered to read the contract, you would know.",
            "Вы даже не удосужились прочитать договор.",
            "Если бы вы удосужились открыть файл, вы бы это увидели.",
            "Δεν κάνατε τον κόπο να διαβάσετε τον ίδιο σας τον τίτλο.",
            "δεν κανατε καν τον κοπο να ανοιξετε το αρχειο",
        ],
        &[
            "Thank you for taking the trouble to look at it.",
            "Спасибо, что нашли время прочитать договор.",
            "Σας ευχαριστώ που κάνατε τον κόπο να διαβάσετε το κείμενο.",
        ],
    );
}

/// "Forget us as customers" ("забудьте о нас как о клиентах", "ξεχάστε μας
/// ως πελάτες") threatens to take the business away; forgetting the old
/// address does not.
#[test]
fn forget_us_as_customers_is_a_demand() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Collect the whole batch by noon and forget us as customers.",
            "You can forget about our business from now on.",
            "Заберите всю партию до обеда и забудьте о нас как о клиентах.",
            "Можете забыть о нас.",
            "Ελάτε να πάρετε όλη την παρτίδα και ξεχάστε μας ως πελάτες.",
            "ξεχαστε μας",
        ],
        &[
            "You can forget the old address, we have moved.",
            "Забудьте старый адрес, мы переехали.",
            "Ξεχάστε την παλιά διεύθυνση, μετακομίσαμε.",
        ],
    );
}

/// What the reader should have is "a luxury in your workshop" ("рулетка у
/// вас, видимо, считается роскошью", "η μεζούρα θεωρείται πολυτέλεια στο
/// εργαστήριό σας"): sarcasm; a luxury that is one is not.
#[test]
fn the_basics_a_luxury_at_the_readers_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I suppose a tape measure is considered a luxury in your workshop.",
            "Apparently proofreading is a luxury at your agency.",
            "Видимо, рулетка у вас считается роскошью.",
            "Похоже, вычитка текста в вашем агентстве — непозволительная роскошь.",
            "Φαντάζομαι ότι η μεζούρα θεωρείται πολυτέλεια στο εργαστήριό σας.",
            "Προφανώς ο έλεγχος είναι πολυτέλεια για την εταιρεία σας.",
        ],
        &[
            "The spa package is considered a luxury item for tax purposes.",
            "Для многих клиентов такой номер — настоящая роскошь.",
            "Η σουίτα θεωρείται πολυτέλεια για τους περισσότερους πελάτες.",
        ],
    );
}

/// The lawyers who will take over unless the reader complies ("or our
/// solicitors will be in touch", "μετά θα μιλήσει ο νομικός μας
/// σύμβουλος", "дальше с вами будут разговаривать наши юристы") are a
/// threat; a lawyer who will review a draft is not.
#[test]
fn lawyers_who_will_take_over_are_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Corrected data by Monday, or our solicitors will be in touch.",
            "Pay by Friday, otherwise my lawyers will take it from here.",
            "Дальше с вами будут разговаривать наши юристы.",
            "Ответ нужен до среды, потом будет говорить наш юрист.",
            "Έχετε μέχρι αύριο· μετά θα μιλήσει ο νομικός μας σύμβουλος.",
            "απο δευτερα θα μιλησουν οι δικηγοροι μας",
        ],
        &[
            "Send me the draft or our lawyer will review it on Monday.",
            "Наш юрист будет говорить о договоре на встрече во вторник.",
            "Θα επικοινωνήσει ο δικηγόρος μας για την υπογραφή του συμβολαίου.",
        ],
    );
}

/// Whether to stay with the reader, seriously reconsidered ("I'm seriously
/// reconsidering whether we stay with you", "всерьёз думаем, стоит ли
/// продолжать с вами работать", "σκεφτόμαστε σοβαρά αν θα συνεχίσουμε"),
/// threatens to leave; weighing whether to extend a warehouse does not.
#[test]
fn seriously_reconsidering_staying_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "At the moment I'm seriously reconsidering whether we stay with you.",
            "We are really questioning whether we should continue with your agency.",
            "Мы всерьёз думаем, стоит ли продолжать с вами работать.",
            "Я уже серьезно сомневаюсь, есть ли смысл сотрудничать дальше.",
            "Σκεφτόμαστε σοβαρά αν θα συνεχίσουμε τη συνεργασία μαζί σας.",
        ],
        &[
            "We are considering whether we should extend the warehouse in spring.",
            "Серьёзно думаем, стоит ли расширять склад весной.",
            "Σκεφτόμαστε σοβαρά να συνεχίσουμε τη συνεργασία και του χρόνου.",
        ],
    );
}

/// "It is of course very easy to blame the teacher" ("проще всего
/// обвинить преподавателя", "είναι πολύ εύκολο να ρίχνετε το φταίξιμο
/// στον δάσκαλο") rebukes; a cause that is easy to find is not blame.
#[test]
fn easy_to_blame_the_other_side_is_a_rebuke() {
    signs_of_any_kind(
        &[Kind::Rebuke, Kind::Blame],
        &[
            "It is of course very easy to blame the teacher.",
            "It's always easy to blame the courier, isn't it?",
            "Конечно, проще всего обвинить преподавателя.",
            "Легко свалить всё на водителя.",
            "Είναι πολύ εύκολο να ρίχνετε το φταίξιμο στον δάσκαλο.",
            "Βολεύει να τα φορτώνετε όλα στον οδηγό.",
        ],
        &[
            "It is easy to find the cause in the log.",
            "Причину легко найти в журнале.",
            "Είναι εύκολο να βρείτε την αιτία στο αρχείο.",
        ],
    );
}

/// "I'm struggling to see how anyone missed it" ("не понимаю, как
/// кто-то мог это пропустить", "δυσκολεύομαι να καταλάβω πώς κανείς δεν
/// το πρόσεξε") reproaches; struggling to see how a plan fits a budget
/// does not.
#[test]
fn struggling_to_see_how_anyone_missed_it_is_a_reproach() {
    signs_of_any_kind(
        &[Kind::Rebuke, Kind::Blame, Kind::Rhetorical],
        &[
            "I'm struggling to see how anyone monitoring that session missed it.",
            "I fail to see how your engineer could sign this off.",
            "Не понимаю, как кто-то из ваших мог это пропустить.",
            "Не могу понять, как ваш инженер это подписал.",
            "Δυσκολεύομαι να καταλάβω πώς κανείς σας δεν το πρόσεξε.",
            "Δεν καταλαβαίνω πώς ο μηχανικός σας το υπέγραψε αυτό.",
        ],
        &[
            "I'm struggling to see how we can fit the second phase into the budget.",
            "Не понимаю, как нам уложить второй этап в бюджет, давайте обсудим.",
            "Δυσκολεύομαι να δω πώς θα χωρέσει η δεύτερη φάση στον προϋπολογισμό.",
        ],
    );
}

/// What is "normal" about a failure, asked back ("Perhaps you could
/// explain what is normal about broken seals", "что нормального в
/// сломанных пломбах?", "τι το φυσιολογικό έχουν οι σπασμένες
/// σφραγίδες;"), is rhetorical; what is normal for a reading is not.
#[test]
fn what_is_normal_about_a_failure_is_rhetorical() {
    signs_of_any_kind(
        &[Kind::Rhetorical, Kind::Rebuke, Kind::Sarcasm],
        &[
            "Perhaps you could explain what is normal about broken seals.",
            "What exactly is acceptable about a three-week delay?",
            "Объясните, пожалуйста, что нормального в сломанных пломбах.",
            "И что тут приемлемого в задержке на три недели?",
            "Εξηγήστε μου τι το φυσιολογικό έχουν οι σπασμένες σφραγίδες.",
            "Τι το αποδεκτό υπάρχει σε μια καθυστέρηση τριών εβδομάδων;",
        ],
        &[
            "The normal range for this sensor is listed in the manual.",
            "Нормальный диапазон для этого датчика указан в руководстве.",
            "Το φυσιολογικό εύρος του αισθητήρα αναφέρεται στο εγχειρίδιο.",
        ],
    );
}

/// No more orders "until you do" ("until you explain, there will be no
/// further orders from us", "пока не объясните, заказов от нас больше не
/// будет", "μέχρι να εξηγήσετε, δεν θα έχετε άλλες παραγγελίες από
/// εμάς") is a threat; a plan of orders for the year is not.
#[test]
fn no_more_orders_until_the_reader_complies_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Until you do, there will be no further orders from us.",
            "Until this is fixed you won't get any more business from us.",
            "Пока не объясните, заказов от нас больше не будет.",
            "До тех пор никаких новых заказов от нас не ждите.",
            "Μέχρι να εξηγήσετε, δεν θα έχετε άλλες παραγγελίες από εμάς.",
            "Μέχρι τότε ξεχάστε νέες παραγγελίες από εμάς.",
        ],
        &[
            "There will be no further orders from us this year, the budget is spent.",
            "В этом году заказов больше не будет, бюджет исчерпан.",
            "Φέτος δεν θα έχουμε άλλες παραγγελίες, ο προϋπολογισμός εξαντλήθηκε.",
        ],
    );
}

/// Surprise at the reader's surprise ("I'm surprised you are surprised",
/// "меня удивляет ваше удивление", "με εκπλήσσει η έκπληξή σας") is
/// sarcasm; a pleasant surprise is not.
#[test]
fn surprise_at_the_readers_surprise_is_sarcasm() {
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Rebuke],
        &[
            "Caroline, I'm surprised you are surprised: the sofa is the one you chose.",
            "Frankly I am amazed that you're surprised.",
            "Меня, признаться, удивляет ваше удивление.",
            "Удивлена вашему удивлению: вы сами подписали макет.",
            "Με εκπλήσσει η έκπληξή σας, αφού υπογράψατε το σχέδιο.",
        ],
        &[
            "We were pleasantly surprised by your offer.",
            "Ваше предложение нас приятно удивило.",
            "Η προσφορά σας μας εξέπληξε ευχάριστα.",
        ],
    );
}

/// What exactly the author has been paying for, to be explained ("unless
/// someone there can explain what exactly we have been paying for",
/// "объясните, за что мы вам платим", "εξηγήστε μου για ποιο πράγμα σας
/// πληρώνουμε") is rhetorical; what a line of an invoice pays for is not.
#[test]
fn explain_what_we_are_paying_for_is_rhetorical() {
    signs_of_any_kind(
        &[Kind::Rhetorical, Kind::Rebuke],
        &[
            "Unless someone there can explain what exactly we have been paying for.",
            "Tell me what we are paying you for.",
            "Объясните, за что мы вам платим.",
            "Εξηγήστε μου για ποιο πράγμα σας πληρώνουμε.",
        ],
        &[
            "Could you explain what we are paying for in line 3 of the invoice?",
            "Объясните, пожалуйста, за что мы платим по строке 3 счёта.",
            "Εξηγήστε μου τι πληρώνουμε στη γραμμή 3 του τιμολογίου.",
        ],
    );
}

/// Doing without the reader's services from now on ("from the first of the
/// month we will manage without your services", "с первого числа
/// обойдёмся без ваших услуг", "από τον άλλο μήνα θα τα καταφέρουμε χωρίς
/// τις υπηρεσίες σας") dismisses them; doing without a visit this week does
/// not.
#[test]
fn managing_without_the_readers_services_is_a_rebuke() {
    signs_of_any_kind(
        &[Kind::Rebuke, Kind::Demand],
        &[
            "From the first of the month we will manage without your services.",
            "We can do without your services from now on.",
            "С первого числа обойдёмся без ваших услуг.",
            "Από τον άλλο μήνα θα τα καταφέρουμε χωρίς τις υπηρεσίες σας.",
        ],
        &[
            "This week we will manage without a technician's visit, thank you.",
            "Don't worry, we'll manage without your help on Friday.",
            "Μην ανησυχείτε, θα τα καταφέρουμε χωρίς τη βοήθειά σας την Παρασκευή.",
            "На этой неделе обойдёмся без выезда мастера, спасибо.",
            "Αυτή την εβδομάδα θα τα καταφέρουμε χωρίς επίσκεψη τεχνικού.",
        ],
    );
}

/// Not understanding why the reader takes on such work at all, said
/// without a question mark ("мне непонятно, зачем вы вообще берётесь за
/// эту работу", "I don't understand why you even take on this kind of
/// work", "δεν καταλαβαίνω γιατί αναλαμβάνετε τέτοιες δουλειές"),
/// reproaches; not understanding why a parcel is held does not.
#[test]
fn not_understanding_why_the_reader_takes_on_work_is_a_reproach() {
    signs_of_any_kind(
        &[Kind::Rhetorical, Kind::Rebuke],
        &[
            "Мне непонятно, зачем вы вообще берётесь за эту работу.",
            "Не понимаю, зачем вы взялись за этот заказ.",
            "I don't understand why you even take on this kind of work.",
            "Δεν καταλαβαίνω γιατί αναλαμβάνετε τέτοιες δουλειές.",
        ],
        &[
            "Мне непонятно, зачем посылку задержали на таможне.",
            "I don't understand why the parcel is held at customs.",
            "Δεν καταλαβαίνω γιατί το δέμα κρατείται στο τελωνείο.",
        ],
    );
}

/// "I don't know what I'll do to you" ("я не знаю, что я с вами сделаю",
/// "δεν ξέρω τι θα σας κάνω") threatens; not knowing what to do about a
/// late lorry does not.
#[test]
fn not_knowing_what_the_author_will_do_to_the_reader_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "If the van is not at the start in 15 minutes I don't know what I'll do to you.",
            "если через 15 мин не будет машины я не знаю что я с вами сделаю",
            "Не представляю, что мы с вами сделаем, если опять опоздаете.",
            "Αν δεν έρθει το φορτηγό σε ένα τέταρτο, δεν ξέρω τι θα σας κάνω.",
        ],
        &[
            "I don't know what we'll do about the late lorry, any ideas?",
            "Не знаю, что мы будем делать с опоздавшей машиной, есть идеи?",
            "Δεν ξέρω τι θα κάνουμε με το φορτηγό που αργεί, έχετε ιδέα;",
        ],
    );
}

/// "Don't expect us to come back" ("не ждите, что мы снова к вам
/// обратимся", "μην περιμένετε να ξαναφέρουμε τα οχήματα εδώ") threatens to
/// leave; don't expect the parcel before Monday does not.
#[test]
fn do_not_expect_us_back_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "And don't expect us to bring any of the fourteen vans back here.",
            "Do not expect us to order from you again.",
            "И не ждите, что мы снова к вам обратимся.",
            "Не рассчитывайте, что мы когда-нибудь закажем у вас ещё раз.",
            "Και μην περιμένετε να ξαναφέρουμε εδώ κανένα από τα οχήματα.",
            "μην περιμενετε να ξαναπαραγγειλουμε",
        ],
        &[
            "Don't expect the parcel before Monday, the courier is slow this week.",
            "Не ждите посылку раньше понедельника, курьер на этой неделе медленный.",
            "Μην περιμένετε το δέμα πριν από τη Δευτέρα.",
        ],
    );
}

/// Whether anyone read the brief at all ("I'd be interested to know whether
/// anyone at the lab read the brief at all", "читал ли у вас кто-нибудь
/// техзадание вообще", "αν το διάβασε κανείς καθόλου") reproaches; whether
/// anyone has read the new terms yet does not.
#[test]
fn whether_anyone_read_it_at_all_is_a_reproach() {
    signs_of_any_kind(
        &[Kind::Rebuke, Kind::Rhetorical, Kind::Blame],
        &[
            "I'd be interested to know whether anyone at the lab read the brief at all.",
            "I wonder if anybody there opened the file at all.",
            "Хотелось бы знать, читал ли у вас кто-нибудь техзадание вообще.",
            "Θα ήθελα να μάθω αν το διάβασε κανείς στο εργαστήριο καθόλου.",
        ],
        &[
            "Could you tell me whether anyone has read the new terms yet?",
            "Подскажите, читал ли кто-нибудь новые условия?",
            "Μπορείτε να μου πείτε αν τους διάβασε κανείς τους νέους όρους;",
        ],
    );
}

/// "How surprising to learn that…" of what the reader claims ("как
/// неожиданно узнать, что…", "τι έκπληξη να μάθω ότι…") is sarcasm; a
/// pleasant surprise is not.
#[test]
fn how_surprising_to_learn_is_sarcasm() {
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Rebuke],
        &[
            "How surprising to learn that the broken lounger was already like that.",
            "How unexpected to hear that the invoice was lost again.",
            "Как неожиданно узнать, что шезлонг был сломан ещё до вашего приезда.",
            "Τι έκπληξη να μάθω ότι η ξαπλώστρα ήταν ήδη σπασμένη.",
        ],
        &[
            "What a lovely surprise to hear from you after all these years.",
            "Какой приятный сюрприз — ваше письмо.",
            "Τι ευχάριστη έκπληξη το μήνυμά σας.",
        ],
    );
}

/// The reader "of course free to find another laundry" ("вы, конечно,
/// вольны найти другого подрядчика", "είστε φυσικά ελεύθερη να βρείτε άλλο
/// πλυντήριο") is shown the door; free to choose another date is not.
#[test]
fn free_to_find_another_supplier_is_a_rebuke() {
    signs_of_any_kind(
        &[Kind::Rebuke, Kind::Demand],
        &[
            "You are of course free to find another laundry, once the invoice is paid.",
            "You're welcome to take your business elsewhere.",
            "Вы, конечно, вольны найти другого подрядчика.",
            "Είστε φυσικά ελεύθερη να βρείτε άλλο πλυντήριο.",
        ],
        &[
            "You are free to choose another delivery date in the portal.",
            "You're welcome to try a different service plan next month.",
            "Вы вольны выбрать другую дату доставки в личном кабинете.",
            "Είστε ελεύθεροι να επιλέξετε άλλη ημερομηνία παράδοσης.",
        ],
    );
}

/// The one thing the reader was paid for ("I had understood that accurate
/// timing was the one thing we were paying you for", "единственное, за что
/// мы вам платим", "το μόνο για το οποίο σας πληρώνουμε") rebukes; the one
/// item paid for on an invoice does not.
#[test]
fn the_one_thing_we_pay_you_for_is_a_rebuke() {
    signs_of_any_kind(
        &[Kind::Rebuke, Kind::Sarcasm],
        &[
            "Accurate chip timing was the one thing we were paying you for.",
            "It is the only thing we pay you for.",
            "Точный хронометраж — единственное, за что мы вам платили.",
            "Αυτό είναι το μόνο για το οποίο σας πληρώνουμε.",
        ],
        &[
            "The licence is the only item we paid for in March.",
            "Лицензия — единственная позиция, которую мы оплатили в марте.",
            "Η άδεια είναι το μόνο είδος που πληρώσαμε τον Μάρτιο.",
        ],
    );
}

/// The reader's goods called junk ("забирай свой хлам", "με τέτοια
/// σκουπίδια", "τη σαβούρα σας") is a charged word, as "rubbish" and
/// "garbage" are; rubbish collected on Tuesdays is not.
#[test]
fn goods_called_junk_are_charged_in_russian_and_greek() {
    signs_of_any_kind(
        &[Kind::Charged, Kind::Insult, Kind::Outrage],
        &[
            "забирай свой хлам и деньги верни",
            "Это барахло мы продавать не будем.",
            "Με τέτοια σκουπίδια θέλετε να ψήνουμε;",
            "Πάρτε πίσω τη σαβούρα σας.",
        ],
        &[
            "Вывоз мусора по вторникам.",
            "Τα σκουπίδια συλλέγονται κάθε Τρίτη.",
        ],
    );
}

/// "I don't need excuses" ("Δεν χρειάζομαι δικαιολογίες. Χρειάζομαι
/// κλειδιά", as "мне не нужны ваши оправдания") waves the reader's
/// explanation away ("no more excuses" counts them); no need to apologise,
/// said kindly, does not.
#[test]
fn not_needing_excuses_is_a_demand() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke, Kind::Counting],
        &[
            "I don't need excuses. I need working licence keys by 3 pm.",
            "We do not want any more excuses.",
            "Δεν χρειάζομαι δικαιολογίες. Χρειάζομαι κλειδιά μέχρι τις 15:00.",
            "Δεν θέλουμε δικαιολογίες, θέλουμε το εμπόρευμα.",
        ],
        &[
            "No need to apologise, these things happen.",
            "Δεν χρειάζεται συγγνώμη, συμβαίνουν αυτά.",
        ],
    );
}

/// Whether the reader is kept on, called an open question ("Whether we use
/// you next year is, frankly, an open question", "будем ли мы работать с
/// вами дальше — большой вопрос", "αν θα συνεργαστούμε ξανά είναι ανοιχτό
/// ερώτημα"), threatens; whether a venue is free next year does not.
#[test]
fn keeping_the_reader_an_open_question_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Whether we use you next year is, frankly, an open question.",
            "Whether we renew with you is now very much in doubt.",
            "Будем ли мы работать с вами дальше — большой вопрос.",
            "Продлим ли мы договор с вами, теперь под большим вопросом.",
            "Αν θα συνεργαστούμε ξανά μαζί σας είναι ανοιχτό ερώτημα.",
        ],
        &[
            "Whether the venue is free next year is still an open question.",
            "Будет ли зал свободен в следующем году — пока вопрос.",
            "Αν η αίθουσα είναι ελεύθερη του χρόνου είναι ακόμη ανοιχτό ερώτημα.",
        ],
    );
}

/// Having to explain to the reader's board why ("I would rather not have to
/// explain to your board why", "не хотелось бы объяснять вашему
/// руководству, почему", "δεν θα ήθελα να εξηγήσω στη διοίκησή σας γιατί")
/// threatens to go over their head; explaining a plan to the board does
/// not.
#[test]
fn explaining_to_the_readers_board_why_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "I would rather not have to explain to your board why.",
            "Or I will have to explain to your managing director why the line stopped.",
            "Не хотелось бы объяснять вашему руководству, почему мы расторгаем договор.",
            "Δεν θα ήθελα να εξηγήσω στη διοίκησή σας γιατί σταματήσαμε.",
        ],
        &[
            "I will explain to our board why the plan changed.",
            "Я объясню нашему руководству, почему план изменился.",
            "Θα εξηγήσω στη διοίκησή μας γιατί άλλαξε το σχέδιο.",
        ],
    );
}

/// "Apparently I should have used capitals as well" ("видимо, надо было
/// писать капслоком", "προφανώς έπρεπε να το γράψω με κεφαλαία") mocks the
/// reader's reading; a form filled in capitals is not.
#[test]
fn should_have_written_in_capitals_is_sarcasm() {
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Rebuke],
        &[
            "Apparently I should have used capitals as well.",
            "Maybe we should have written it in block capitals.",
            "Видимо, надо было писать капслоком.",
            "Наверное, стоило написать это большими буквами.",
            "Προφανώς έπρεπε να το γράψω με κεφαλαία.",
        ],
        &[
            "Names should be written in capitals on the form.",
            "Фамилию в анкете пишите печатными буквами.",
            "Το όνομα γράφεται με κεφαλαία στη φόρμα.",
        ],
    );
}

/// A contractor that needs the obvious explained to it in writing ("needs
/// the concept of ground bearing pressure explained to it in writing")
/// is talked down to; the steps explained to a new user are not.
#[test]
fn needing_the_obvious_explained_is_a_rebuke() {
    signs_of_any_kind(
        &[Kind::Rebuke, Kind::Sarcasm],
        &[
            "A contractor of your size needs the concept of ground bearing pressure explained to it in writing.",
            "Your team apparently needs the basics spelled out to them.",
        ],
        &["New users need the steps explained to them once, in the first week."],
    );
}

/// The reader "of course welcome to take it up with our solicitors" is
/// shown the door; welcome to take it up with our support team is not.
#[test]
fn welcome_to_take_it_up_with_our_lawyers_is_a_threat() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "You are of course welcome to take it up with our solicitors.",
            "Feel free to take this up with our lawyers.",
        ],
        &["You are welcome to take it up with our support team, they reply within a day."],
    );
}

/// Families of the eighth round read for study (`train8/`), each in every
/// language with calm twins: what the reader did not think of, and nobody
/// thought to tell us (blame); waiting eagerly for the reader's next
/// suggestion, the same care given to other deadlines, "perhaps by spring
/// you could" (sarcasm); "not the first time"
/// said on its own, "neither the first time nor the second", dates promised
/// one after another (counting).
#[test]
fn an_eighth_rounds_blame_sarcasm_and_counting() {
    signs_of_kind(
        Kind::Blame,
        &[
            "Попробую перезагрузить роутер, раз уж вы сами до этого не додумались.",
            "I'll try restarting the router myself, since you didn't think of it yourselves.",
            "Θα δοκιμάσω επανεκκίνηση μόνος μου, αφού δεν το σκεφτήκατε εσείς.",
            "Никто из ваших сотрудников даже не подумал нам сообщить.",
            "Nor, it appears, did anyone at your firm think to tell us.",
            "Κανείς από το γραφείο σας δεν σκέφτηκε να μας ενημερώσει.",
        ],
        &[
            "Мы сами не додумались сразу проверить фильтр, теперь проверяем.",
            "We didn't think of it ourselves at first, but the filter is fine now.",
            "Δεν το σκεφτήκαμε αμέσως, αλλά το φίλτρο είναι εντάξει τώρα.",
            "Я не подумал вас предупредить, извините.",
            "I didn't think to tell you about the parking, sorry.",
            "Δεν σκέφτηκα να σας ενημερώσω, συγγνώμη.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "С нетерпением жду вашего следующего совета.",
            "I eagerly await your next suggestion.",
            "Περιμένω με αγωνία την επόμενη ιδέα σας.",
            "Хотелось бы знать, какие ещё наши сроки соблюдались с той же тщательностью.",
            "We should like to know which of our other deadlines has been handled with the same care.",
            "Θα ήθελα να μάθω ποιες άλλες προθεσμίες μας χειριστήκατε με την ίδια επιμέλεια.",
            "Perhaps by spring you could find us someone who has seen a spreadsheet?",
            "Ίσως ως την άνοιξη να βρείτε κάποιον υποψήφιο;",
        ],
        &[
            "С нетерпением жду следующей встречи.",
            "We eagerly await your next catalogue.",
            "Περιμένω με αγωνία την επόμενη συλλογή σας.",
            "Следующий заказ соберём с той же тщательностью.",
            "We will handle your next order with the same care.",
            "Θα χειριστούμε και την επόμενη παραγγελία με την ίδια προσοχή.",
            "Perhaps by spring we could meet in person.",
            "Может быть, к весне мы сможем встретиться лично.",
            "Ίσως ως την άνοιξη να μπορέσουμε να συναντηθούμε.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Δεν είναι η πρώτη φορά.",
            "This is not the first time.",
            "Это уже не первый раз.",
            "Это не соответствовало действительности ни в первый раз, ни во второй.",
            "That was not true the first time, nor the second.",
            "Αυτό δεν ίσχυε ούτε την πρώτη φορά ούτε τη δεύτερη.",
            "Досылку обещали сначала к 1 марта, потом к 10-му, потом на следующей неделе.",
            "You promised it first by 1 March, then by the 10th, then next week.",
            "Μας υποσχεθήκατε πρώτα για την 1η Μαρτίου, μετά για τις 10, μετά για την επόμενη εβδομάδα.",
        ],
        &[
            "Δεν είναι η πρώτη φορά που συνεργαζόμαστε με την εταιρεία σας.",
            "It is not the first time we have worked with your company.",
            "Это не первый раз, когда мы работаем с вашей компанией.",
            "В первый раз всё прошло хорошо, во второй тоже.",
            "The first time went well, and the second too.",
            "Την πρώτη φορά όλα πήγαν καλά, και τη δεύτερη επίσης.",
            "Сначала упакуем, потом отправим, потом пришлём счёт.",
            "First we pack, then we ship, then we send the invoice.",
            "Πρώτα συσκευάζουμε, μετά στέλνουμε, μετά έρχεται το τιμολόγιο.",
        ],
    );
}

/// Families of the eighth round read for study (`train8/`), each in every
/// language with calm twins: our books or business moved to another firm,
/// a penalty offset against the reader's fee, the matter passed to our
/// lawyers to recover, a refusal to discuss it by phone, the reader's
/// assurances no longer of interest (demands); goods paid for, "not your
/// leftovers" (charged).
#[test]
fn an_eighth_rounds_demands_and_contempt() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Σας ενημερώνω ότι εξετάζουμε τη μεταφορά των βιβλίων μας σε άλλο γραφείο.",
            "We are considering whether to continue to instruct you.",
            "Мы рассматриваем возможность перехода к другому подрядчику.",
            "Το ποσό του προστίμου θα συμψηφιστεί με την αμοιβή σας.",
            "The penalty and any interest will be deducted from your fee.",
            "Сумма штрафа будет вычтена из вашего вознаграждения.",
            "Материалы передадим нашему юристу для взыскания неустойки.",
            "Θα παραδώσουμε την υπόθεση στον δικηγόρο μας.",
            "I will not be discussing this by phone.",
            "Обсуждать это по телефону я не намерен.",
            "Δεν θα το συζητήσω τηλεφωνικά.",
            "Дальнейшие устные заверения меня не интересуют.",
            "Your verbal assurances no longer interest me.",
            "Οι προφορικές διαβεβαιώσεις σας δεν με ενδιαφέρουν πια.",
        ],
        &[
            "Εξετάζουμε τη μεταφορά της αποθήκης σε άλλο κτίριο.",
            "We are considering whether to continue the pilot next year.",
            "Мы рассматриваем возможность перехода на другой тариф.",
            "Η έκπτωση θα συμψηφιστεί με την αμοιβή σας.",
            "The deposit will be deducted from your invoice.",
            "Аванс будет вычтен из вашего счёта.",
            "Our solicitors will review the contract on Monday.",
            "Договор передадим нашему юристу для проверки.",
            "Θα στείλουμε το συμφωνητικό στον δικηγόρο μας για έλεγχο.",
            "I won't be able to discuss this by phone today, as I'm travelling.",
            "Обсудить по телефону сегодня не получится, я в дороге.",
            "Δεν θα μπορέσω να το συζητήσω τηλεφωνικά σήμερα.",
            "Дополнительные услуги меня не интересуют, спасибо.",
            "Extra services do not interest us at the moment, thank you.",
            "Οι πρόσθετες υπηρεσίες δεν μας ενδιαφέρουν, ευχαριστώ.",
        ],
    );
    signs_of_any_kind(
        &[Kind::Charged, Kind::Outrage],
        &[
            "I pay premium for fresh stock not your leftovers.",
            "Я плачу за свежий товар, а не за ваши остатки.",
            "Πληρώνω για φρέσκο εμπόρευμα, όχι για τα απομεινάρια σας.",
        ],
        &[
            "Please send us the leftovers of the fabric for samples.",
            "Пришлите, пожалуйста, остатки ткани на образцы.",
            "Στείλτε μας τα απομεινάρια του υφάσματος για δείγματα.",
        ],
    );
}

/// A second round of families from the rounds read for study (`train6/`
/// to `train8/`), each with calm twins: regulators named and a formal
/// notice of breach, the balance withheld, a rude demand for money back,
/// goods dumped at the reader's gate, no longer explaining for the reader,
/// a further conversation not to be needed (demands); neither promise kept,
/// a firm of the reader's standing expected to know (blame).
#[test]
fn a_second_round_of_demands_and_blame_from_the_rounds_read() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Если лифт не будет запущен до среды, мы обратимся в Ростехнадзор и жилищную инспекцию.",
            "The condition in which your engineers left the lift will be reported to the HSE.",
            "Αν δεν επισκευαστεί ως την Τετάρτη, θα καταγγείλουμε το θέμα στην Επιθεώρηση Εργασίας.",
        ],
        &[
            "Ростехнадзор проверил лифт в среду, замечаний нет.",
            "The HSE inspection of the lift went well on Wednesday.",
            "Η Επιθεώρηση Εργασίας έλεγξε το κτίριο την Τετάρτη.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Please treat this letter as formal notice of breach.",
            "Настоящее письмо прошу считать досудебной претензией.",
            "Η παρούσα επέχει θέση εξώδικης όχλησης.",
            "Until then the remaining balance of £2,200 will not be paid.",
            "До тех пор оставшаяся сумма оплачена не будет.",
            "Μέχρι τότε το υπόλοιπο δεν θα πληρωθεί.",
            "Забирай свой хлам и деньги верни.",
            "Γύρνα μου πίσω τα λεφτά.",
            "If you don't collect it today I'll dump the whole lot at your gate.",
            "Если не заберёте сегодня, вывалю всё у ваших ворот.",
            "Αλλιώς θα σας τα αδειάσω εγώ μπροστά στην πύλη της μονάδας σας.",
            "Объяснять родителям, что производитель старался, я больше не собираюсь.",
            "I am no longer going to explain to parents that the maker did his best.",
            "Δεν σκοπεύω πλέον να εξηγώ στους γονείς ότι ο κατασκευαστής προσπάθησε.",
            "I trust that will not require a further conversation.",
            "Рассчитываю, что это не потребует дальнейшего разговора.",
            "Πιστεύω ότι δεν θα χρειαστεί νέα υπενθύμιση.",
        ],
        &[
            "Please treat this email as formal notice of our change of address.",
            "Прошу считать это письмо подтверждением заказа.",
            "Η παρούσα επιστολή αποτελεί επιβεβαίωση της παραγγελίας.",
            "The remaining balance will be paid on delivery.",
            "Оставшаяся сумма будет оплачена после приёмки.",
            "Το υπόλοιπο θα πληρωθεί με την παράδοση.",
            "Верните, пожалуйста, деньги на карту.",
            "Επιστρέψτε μου τα χρήματα στην κάρτα, παρακαλώ.",
            "We'll leave the parcel at your door if you're out.",
            "Выгрузим у ваших ворот в девять, как договаривались.",
            "Θα σας τα αφήσουμε στην πόρτα το πρωί.",
            "Больше не собираюсь вас беспокоить по этому вопросу.",
            "I'm not going to explain the whole process here: see the attached guide.",
            "Δεν σκοπεύω να σας απασχολήσω άλλο με αυτό.",
            "We trust this will not require any further changes to the plan.",
            "Надеюсь, это не потребует изменений в плане.",
            "Πιστεύω ότι δεν θα χρειαστεί αλλαγή στο πρόγραμμα.",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Your contract obliges you to restore service within 72 hours. You have met neither.",
            "Вы обязались приехать за сутки и устранить за трое. Вы не выполнили ни того, ни другого.",
            "Δεν τηρήσατε κανένα από τα δύο.",
            "We expected a workshop with your credentials to know that icons are not packed in cardboard.",
            "Мы ожидали, что мастерская с вашей репутацией знает, как упаковывать иконы.",
            "Περιμέναμε από ένα εργαστήριο με τα δικά σας διαπιστευτήρια να γνωρίζει πώς συσκευάζεται ένα έργο.",
        ],
        &[
            "We have met neither of the two candidates yet.",
            "Мы пока не видели ни того, ни другого образца.",
            "Δεν έχουμε δει κανένα από τα δύο δείγματα ακόμα.",
            "We expected a firm with your experience to be busy, so we booked early.",
            "Мы ожидали, что мастерская с вашей репутацией будет занята, и записались заранее.",
            "Περιμέναμε από ένα εργαστήριο με τη δική σας φήμη να έχει πολλή δουλειά.",
        ],
    );
}

/// A second round of families from the rounds read for study (`train6/`
/// to `train8/`), each with calm twins: what else the reader has in store,
/// the next idea awaited, "that should certainly have helped", working so
/// and not intending to learn, surprise growing, an "interesting
/// explanation", not knowing that counts as success at the reader's
/// (sarcasm); the fourth change in two months (counting); what could have
/// happened, asked (rhetorical); before someone is killed, the level of
/// care the reader gives (charged).
#[test]
fn a_second_round_of_sarcasm_counting_and_charged_words_from_the_rounds_read() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "We can't wait to see what else you have in store for us.",
            "Интересно, что ещё вы нам приготовите.",
            "Ανυπομονούμε να δούμε τι άλλο μας επιφυλάσσετε.",
            "Περιμένω με αγωνία την επόμενη ιδέα.",
            "Это, безусловно, должно было помочь с тем, что на сервере закончилось место.",
            "That certainly should have helped with the server running out of disk space.",
            "Мы так работать не умеем и учиться не собираемся.",
            "We don't work like that and don't intend to learn.",
            "Δεν ξέρουμε να δουλεύουμε έτσι και δεν σκοπεύουμε να μάθουμε.",
            "My surprise only grows when I see the dates.",
            "Моё удивление растёт с каждым днём.",
            "Η έκπληξή μου μεγαλώνει αν σκεφτεί κανείς τις ημερομηνίες.",
            "Interesting explanation, given that another customer got his keys in two days.",
            "Интересное объяснение, учитывая, что другой клиент получил ключи за два дня.",
            "Ενδιαφέρουσα εξήγηση, δεδομένου ότι άλλος πελάτης έλαβε τα κλειδιά σε δύο ημέρες.",
            "I confess I didn't know that counts as success at your firm.",
            "Признаюсь, я не знала, что у вас это считается успехом.",
            "Ομολογώ ότι δεν ήξερα ότι σε εσάς αυτό θεωρείται επιτυχία.",
        ],
        &[
            "We look forward to seeing your new collection in spring.",
            "Интересно, что вы покажете на выставке.",
            "Ανυπομονούμε να δούμε τη νέα συλλογή σας.",
            "Περιμένω με αγωνία την επόμενη συνάντηση.",
            "Обновление должно было помочь, но ошибка осталась, посмотрите, пожалуйста.",
            "The update should have helped, but the error is still there.",
            "Мы так работать не привыкли, но попробуем.",
            "We don't usually work like that, but we will try.",
            "Δεν δουλεύουμε συνήθως έτσι, αλλά θα το δοκιμάσουμε.",
            "To my surprise, the parcel arrived early.",
            "К моему удивлению, посылка пришла раньше.",
            "Προς έκπληξή μου, το δέμα έφτασε νωρίτερα.",
            "Thank you for the interesting explanation of the new tariff.",
            "Спасибо за интересное объяснение нового тарифа.",
            "Ευχαριστώ για την ενδιαφέρουσα εξήγηση του νέου τιμολογίου.",
            "I didn't know that counts as a business expense, thanks for explaining.",
            "Я не знала, что это считается командировкой, спасибо за разъяснение.",
            "Δεν ήξερα ότι αυτό θεωρείται επαγγελματικό έξοδο, ευχαριστώ.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "The fourth change of teacher in two months kept everyone alert.",
            "Четвёртая смена преподавателя за два месяца.",
            "Η τέταρτη αλλαγή καθηγήτριας σε δύο μήνες ήταν ευχάριστη έκπληξη.",
        ],
        &[
            "The second payment in two months is due on Friday.",
            "Второй платёж за два месяца пришёл вовремя.",
            "Η δεύτερη πληρωμή σε δύο μήνες έγινε κανονικά.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Do you know what could have happened with a ton and a half at 100 km/h?",
            "Вы понимаете, что могло случиться на трассе?",
            "Ξέρετε τι μπορούσε να γίνει με ενάμιση τόνο φορτίο στα 100;",
        ],
        &[
            "Do you know what happened to the parcel?",
            "Вы знаете, что случилось с посылкой?",
            "Ξέρετε τι έγινε με το δέμα;",
        ],
    );
    signs_of_any_kind(
        &[Kind::Charged, Kind::Outrage],
        &[
            "Take the torque wrench off him before he kills someone.",
            "Заберите у него ключ, пока он кого-нибудь не убил.",
            "Πάρτε του το δυναμόκλειδο πριν σκοτώσει κανέναν.",
            "If this is the level of care you give the works we entrust to you, we should ask what we paid for.",
            "Если это ваш уровень сервиса, нам стоит подумать, за что мы платим.",
            "Αν αυτό είναι το επίπεδο φροντίδας που επιφυλάσσετε στα έργα μας, πρέπει να αναρωτηθούμε.",
        ],
        &[
            "Check the brakes before anyone gets hurt on the hill.",
            "Проверьте тормоза, пока не начались морозы.",
            "Ελέγξτε τα φρένα πριν από το ταξίδι.",
            "This is the level of service we offer on the premium plan.",
            "Это наш уровень сервиса по тарифу «Премиум».",
            "Αυτό είναι το επίπεδο εξυπηρέτησης του πακέτου μας.",
        ],
    );
}

/// Families of the rounds read for study whose Russian letters the signs
/// miss most (`train11/`), each in every language with calm twins: nobody
/// seeing fit to call (blame, with "no longer a mistake"); no intention of
/// working with the reader further, the matter to our legal department
/// otherwise, not recommending the reader, what exactly we pay for
/// (demands); "part of the strategy, which we laypeople cannot understand"
/// (sarcasm); paid for what the contract says, "not for this" (charged).
#[test]
fn a_third_round_of_families_from_the_rounds_read() {
    signs_of_kind(
        Kind::Blame,
        &[
            "За шесть дней никто из руководства школы не счёл нужным позвонить.",
            "In six days nobody from the school's management saw fit to call.",
            "Σε έξι μέρες κανείς από τη διεύθυνση δεν έκρινε σκόπιμο να τηλεφωνήσει.",
            "Выставлять нам лишние смены после наших замечаний — это уже не ошибка.",
            "Billing us for extra shifts after we pointed it out is no longer a mistake.",
            "Η χρέωση για επιπλέον βάρδιες μετά τις παρατηρήσεις μας δεν είναι πια λάθος.",
        ],
        &[
            "Мы не сочли нужным менять план, он и так хорош.",
            "We did not think it necessary to change the plan.",
            "Δεν κρίναμε σκόπιμο να αλλάξουμε το πρόγραμμα.",
            "Это не ошибка в счёте, а предоплата за следующий месяц.",
            "That is not a mistake on the invoice, it is the deposit for next month.",
            "Δεν είναι λάθος στο τιμολόγιο, είναι η προκαταβολή του επόμενου μήνα.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Продолжать с вами работу я не намерена.",
            "We have no intention of continuing to work with you.",
            "Δεν σκοπεύουμε να συνεχίσουμε τη συνεργασία μαζί σας.",
            "В противном случае вопросом займётся наша юридическая служба.",
            "Διαφορετικά, το θέμα θα το αναλάβει η νομική μας υπηρεσία.",
            "Рекомендовать вас кому-либо я, как понимаете, не стану.",
            "As you can imagine, I will not be recommending you to anyone.",
            "Όπως καταλαβαίνετε, δεν θα σας προτείνω σε κανέναν.",
            "Пришлите объяснение, за что мы платим 65 000 в месяц.",
            "Send us an explanation of what exactly we are paying for each month.",
            "Στείλτε μας μια εξήγηση για το τι ακριβώς πληρώνουμε κάθε μήνα.",
        ],
        &[
            "Продолжать работу над макетом мы не будем до вашего ответа.",
            "We have no intention of changing the design before your reply.",
            "Δεν σκοπεύουμε να συνεχίσουμε τις εργασίες πριν από την απάντησή σας.",
            "Договором займётся наша юридическая служба, пришлём правки в среду.",
            "Our legal department will take the contract up on Wednesday.",
            "Το συμφωνητικό θα το αναλάβει η νομική μας υπηρεσία την Τετάρτη.",
            "Рекомендовать вас коллегам я буду обязательно.",
            "I will be recommending you to colleagues.",
            "Θα σας προτείνω σε συναδέλφους με χαρά.",
            "Пришлите, пожалуйста, счёт за март.",
            "Send us an explanation of the new tariff.",
            "Στείλτε μας μια εξήγηση για το νέο τιμολόγιο.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Видимо, это тоже часть стратегии, просто мне, неспециалисту, не понять.",
            "Presumably that is part of the strategy too, which we mere laypeople cannot understand.",
            "Προφανώς κι αυτό είναι μέρος της στρατηγικής, που εμείς οι απλοί θνητοί δεν καταλαβαίνουμε.",
        ],
        &[
            "Это тоже часть стратегии: мы расширяем охват.",
            "That is part of the strategy: we are widening the reach.",
            "Αυτό είναι μέρος της στρατηγικής: διευρύνουμε το κοινό.",
        ],
    );
    signs_of_any_kind(
        &[Kind::Charged, Kind::Outrage],
        &[
            "Платили мы за то, что написано в договоре, а не за это.",
            "We paid for what the contract says, not for this.",
            "Πληρώσαμε για ό,τι γράφει το συμβόλαιο, όχι για αυτό.",
        ],
        &[
            "Платили мы за доставку, а не за сборку, уберите сборку из счёта.",
            "We paid for delivery, not for assembly, please remove it from the invoice.",
            "Πληρώσαμε τη μεταφορά, όχι τη συναρμολόγηση, αφαιρέστε την από το τιμολόγιο.",
        ],
    );
}

/// Families of the Russian letters of `train12/` the signs miss, each in
/// every language with calm twins: "does anyone even look at what…?", "do
/// you really think we will…?" (rhetorical); weekdays counted in a row, no
/// call nor message (counting); the invoice not paid as it stands, offers
/// asked of other firms, payment of the reader's invoices suspended, a
/// change of carrier considered (demands); "if it's not too much trouble,
/// of course", a minute found by the next sprint (sarcasm).
#[test]
fn a_fourth_round_of_families_from_the_rounds_read() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Скажите, у вас кто-нибудь вообще смотрит на то, что упаковывает?",
            "Does anyone there even look at what they pack?",
            "Κοιτάει κανείς εκεί τι συσκευάζει;",
            "Вы правда думаете, что мы повесим это в номера?",
            "Do you really think we will hang these in our rooms?",
            "Πιστεύετε στ' αλήθεια ότι θα τις κρεμάσουμε στα δωμάτια;",
        ],
        &[
            "Скажите, кто-нибудь смотрел наш макет?",
            "Does anyone have the packing list?",
            "Έχει κανείς τη λίστα συσκευασίας;",
            "Вы думаете, что к пятнице успеете?",
            "Do you think we can meet on Friday?",
            "Πιστεύετε ότι θα είναι έτοιμο την Παρασκευή;",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "Три вторника подряд машина не приезжала.",
            "Three Tuesdays in a row the lorry did not come.",
            "Τρεις Τρίτες στη σειρά δεν ήρθε το φορτηγό.",
            "Ждали с девяти до четырёх. Ни звонка, ни сообщения.",
            "We waited from nine to four. Not a call, not a message.",
            "Περιμέναμε από τις εννιά ως τις τέσσερις. Ούτε τηλέφωνο ούτε μήνυμα.",
        ],
        &[
            "Машина приезжает по вторникам.",
            "The lorry comes on Tuesdays.",
            "Το φορτηγό έρχεται κάθε Τρίτη.",
            "Если что, звоните или пишите сообщение.",
            "Call or send a message if anything comes up.",
            "Αν χρειαστεί, τηλεφωνήστε ή στείλτε μήνυμα.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "В текущем виде счёт оплачен не будет.",
            "As it stands, the invoice will not be paid.",
            "Στη σημερινή του μορφή το τιμολόγιο δεν θα πληρωθεί.",
            "Мы уже запросили предложения у двух других прачечных.",
            "We have already asked two other laundries for quotes.",
            "Έχουμε ήδη ζητήσει προσφορές από δύο άλλα πλυντήρια.",
            "Оплата ваших счетов за ноябрь приостанавливается до урегулирования претензий.",
            "Payment of your November invoices is suspended until the claims are settled.",
            "Η πληρωμή των τιμολογίων σας αναστέλλεται μέχρι να διευθετηθούν οι απαιτήσεις.",
            "Параллельно рассматривается вопрос о смене перевозчика.",
            "We are also considering a change of carrier.",
            "Παράλληλα εξετάζουμε την αλλαγή μεταφορέα.",
        ],
        &[
            "Счёт будет оплачен в пятницу.",
            "The invoice will be paid on Friday.",
            "Το τιμολόγιο θα πληρωθεί την Παρασκευή.",
            "Мы запросили предложения у двух поставщиков ткани.",
            "We have asked two fabric suppliers for quotes.",
            "Ζητήσαμε προσφορές από δύο προμηθευτές υφάσματος.",
            "Оплата ваших счетов пройдёт в понедельник.",
            "Payment of your invoices will go out on Monday.",
            "Η πληρωμή των τιμολογίων σας θα γίνει τη Δευτέρα.",
            "Рассматриваем вопрос о смене тарифа на следующий год.",
            "We are considering a change of tariff next year.",
            "Εξετάζουμε την αλλαγή τιμολογίου για του χρόνου.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Если это не слишком обременительно, конечно.",
            "If it's not too much trouble, of course.",
            "Αν δεν σας είναι πολύ κόπος, φυσικά.",
            "Может, к следующему спринту у вас найдётся минутка что-нибудь протестировать?",
            "Maybe by the next sprint you'll find a minute to test something?",
            "Ίσως ως το επόμενο sprint να βρείτε ένα λεπτό να δοκιμάσετε κάτι;",
        ],
        &[
            "Если вас не затруднит, пришлите счёт.",
            "If it's not too much trouble, please send the invoice.",
            "Αν δεν σας κάνει κόπο, στείλτε μας το τιμολόγιο.",
            "К следующему спринту подготовим тесты.",
            "By the next sprint we will have the tests ready.",
            "Ως το επόμενο sprint θα έχουμε έτοιμα τα τεστ.",
        ],
    );
}

/// Put-downs of the provider's side (families from the angry letters of
/// `train13/` the signs missed, each in ru, en and el, our own sentences):
/// advice to work out what the reader really wants, the reader's words
/// "are not feedback", "which is more than can be said for…", the reader
/// "free to ignore" the advice, "don't even start", "find another mug",
/// a threat to act otherwise, the lawyer who has already seen the review,
/// "easier to blame", "instead of writing to us it would be more useful
/// to…", "if you knew so much about…". Each is a rebuke; its calm twin is
/// not.
#[test]
fn put_downs_of_the_providers_side_are_rebukes_and_their_twins_are_not() {
    decisive_signs(
        &[
            "Maybe have a think about what you actually want before you email me again.",
            "Perhaps work out what you really want first.",
            "Может, сначала определитесь, чего вы на самом деле хотите?",
            "Подумайте сначала, чего вы вообще хотите.",
            "Ίσως να σκεφτείτε πρώτα τι πραγματικά θέλετε.",
            "Αποφασίστε πρώτα τι τελικά θέλετε.",
            "\"Make it pop\" is not feedback.",
            "«Сделайте красиво» — это не обратная связь.",
            "Το «κάντε το πιο ζωντανό» δεν είναι σχόλιο.",
            "I have read your notes carefully, which is rather more than can be said for the drawings.",
            "Я внимательно прочитала ваши замечания, чего не скажешь о вас и наших чертежах.",
            "Διάβασα προσεκτικά τις σημειώσεις σας, κάτι που δεν μπορώ να πω για εσάς.",
            "You are of course free to ignore it, but not to blame me for the result.",
            "Вы, конечно, вправе игнорировать наши рекомендации, но тогда не жалуйтесь.",
            "Είστε φυσικά ελεύθερος να αγνοήσετε τη συμβουλή μου.",
            "I'm charging you for all three nights so dont even start.",
            "Счёт за три выезда уже выставлен, и даже не начинайте.",
            "Θα χρεωθείτε και τα τρία βράδια, και μην αρχίσετε πάλι.",
            "Pay the £840 by Monday or find some other mug to do your books.",
            "Платите до понедельника или ищите другого дурака, который будет вести вам учёт.",
            "Πληρώστε ως τη Δευτέρα ή βρείτε άλλο κορόιδο να σας κρατάει τα βιβλία.",
            "Delete the review by Friday; after that we will act differently.",
            "Удалите отзыв до пятницы, после этого мы будем действовать иначе.",
            "Σβήστε την ανάρτηση ως την Παρασκευή, αλλιώς θα κινηθούμε διαφορετικά.",
            "Our lawyer has already seen your review.",
            "Юрист клиники этот отзыв уже видел.",
            "Ο δικηγόρος μας έχει ήδη δει την ανάρτησή σας.",
            "I understand it is easier to blame the school.",
            "Понимаю, что проще обвинить школу.",
            "Καταλαβαίνω ότι είναι πιο εύκολο να φταίει το φροντιστήριο.",
            "Instead of writing to us, it would be more useful to ask your son where he goes on Tuesdays.",
            "Вместо того чтобы писать нам, полезнее было бы спросить сына, где он бывает по вторникам.",
            "Αντί να γράφετε σε εμάς, θα ήταν πιο χρήσιμο να ρωτήσετε τον γιο σας.",
            "If you knew so much about design you wouldn't have that logo.",
            "Если бы вы так хорошо разбирались в дизайне, у вас был бы другой логотип.",
            "Αν ήξερες τόσο καλά από design δεν θα είχες αυτό το λογότυπο.",
        ],
        &[
            "Think about what you want on the cake and let me know.",
            "Подумайте, какой вариант вам удобнее, и напишите.",
            "Σκεφτείτε τι θέλετε στην τούρτα και πείτε μου.",
            "The form below is not feedback on your work but a survey of the class.",
            "Анкета ниже — это не отзыв о вашей работе, а опрос для всего класса.",
            "Το έντυπο δεν είναι σχόλιο για τη δουλειά σας αλλά έρευνα για όλη την τάξη.",
            "You are free to choose any colour from the chart.",
            "Вы вправе выбрать любой цвет из каталога.",
            "Είστε ελεύθερος να διαλέξετε όποιο χρώμα θέλετε.",
            "Don't start the machine before the engineer arrives.",
            "Не запускайте станок до приезда мастера.",
            "Μην ξεκινήσετε το μηχάνημα πριν έρθει ο τεχνικός.",
            "Find another supplier if you need it sooner; we will not mind.",
            "Если нужно быстрее, найдите другого поставщика, мы не обидимся.",
            "Αν το χρειάζεστε νωρίτερα, βρείτε άλλον προμηθευτή.",
            "If it rains, we will act differently and move the party indoors.",
            "Если пойдёт дождь, будем действовать иначе и перенесём праздник в зал.",
            "Αν βρέξει, θα κινηθούμε διαφορετικά: η γιορτή θα γίνει μέσα.",
            "Our lawyer has already seen the contract and is happy with it.",
            "Наш юрист уже видел договор, замечаний нет.",
            "Ο δικηγόρος μας έχει ήδη δει το συμβόλαιο.",
            "It is easy to find the cause in the log.",
            "Причину проще найти в журнале.",
            "Είναι εύκολο να βρείτε την αιτία στο αρχείο.",
            "Instead of writing to us, you can call the hotline, which is faster.",
            "Вместо того чтобы писать нам, можно позвонить на горячую линию: так быстрее.",
            "Αντί να μας γράφετε, μπορείτε να καλέσετε την τηλεφωνική γραμμή.",
            "If you know a good printer, please let me know.",
            "Если бы вы знали, как мы рады вашему заказу!",
            "Αν ξέρετε καλό τυπογραφείο, πείτε μου.",
        ],
    );
}

/// In a letter, a sentence shouted whole and closed by repeated marks adds
/// up with them when it reproaches: a question shouted with an
/// exclamation, or a denial. A reminder or a cheer shouted so does not.
#[test]
fn a_shouted_reproach_in_a_letter_adds_up() {
    let tail = |lang: &str| {
        match lang {
        "el" => " Το κατάστημα είχε κέρδη εξήντα δύο χιλιάδες ευρώ φέτος και ο φόρος βγαίνει από αυτά, όπως προβλέπει ο νόμος για όλες τις επιχειρήσεις. Τα έξοδα που μου στείλατε έχουν ήδη περαστεί στα βιβλία του Νοεμβρίου, μαζί με τα τιμολόγια των προμηθευτών σας. Θα σας στείλω την αναλυτική κατάσταση μέχρι την Παρασκευή.",
        "ru" => " Бригада была заказана на среду ещё две недели назад, материалы уже лежат у вас на складе, а кран арендован на весь день. Перенос на пятницу означает оплату второго дня аренды и простой бригады, которые по договору ложатся на заказчика. Подробный расчёт пришлю до пятницы.",
        _ => " The crew was booked for Wednesday two weeks ago, the materials are already in your yard and the crane is hired for the whole day. Moving it to Friday means a second day of hire and a crew standing idle, which the contract puts on the client. I will send the detailed figures by Friday.",
    }
    };
    let friendly_tail = |lang: &str| {
        match lang {
        "el" => " Ξεκινάμε στις έξι στο γραφείο μας, στον δεύτερο όροφο, με μουσική και μπουφέ. Θα είναι εκεί συνάδελφοι από όλα τα τμήματα και μερικοί από τους πελάτες μας. Αν θέλετε να φέρετε κάποιον μαζί σας, γράψτε μου ως την Τετάρτη για να ξέρουμε πόσοι θα είμαστε.",
        "ru" => " Начало в шесть, в нашем офисе на втором этаже, будет музыка и небольшой фуршет. Придут коллеги из всех отделов и несколько наших давних клиентов. Если захотите прийти не один, напишите мне до среды, чтобы мы знали, сколько будет гостей.",
        _ => " We start at six in our office on the second floor, with music and a buffet. Colleagues from every department will be there and a few of our oldest clients. If you would like to bring someone along, drop me a line by Wednesday so we know how many to expect.",
    }
    };
    let letters = |pairs: &[(&str, &str, &str, &str)], tail: &dyn Fn(&str) -> &'static str| {
        pairs
            .iter()
            .map(|(lang, greeting, shout, sign)| {
                format!("{greeting}\n\n{shout}{}\n\n{sign}", tail(lang))
            })
            .collect::<Vec<_>>()
    };
    let angry = letters(
        &[
            (
                "el",
                "Κύριε Μαυρίδη,",
                "ΔΕΝ ΒΑΖΩ ΕΓΩ ΤΟΥΣ ΦΟΡΟΥΣ!!!",
                "Σ. Ηλιόπουλος",
            ),
            (
                "el",
                "Κύριε Μαυρίδη,",
                "ΓΙΑΤΙ ΑΛΛΑΞΑΤΕ ΤΗΝ ΗΜΕΡΟΜΗΝΙΑ ΠΑΛΙ?!!",
                "Σ. Ηλιόπουλος",
            ),
            (
                "ru",
                "Андрей,",
                "ВЫ ЗАЧЕМ ПЕРЕНЕСЛИ МОНТАЖ НА ПЯТНИЦУ?!!",
                "Ольга",
            ),
            ("ru", "Андрей,", "МЫ НЕ ПЕРЕНОСИЛИ ВАШ МОНТАЖ!!!", "Ольга"),
            (
                "en",
                "Dear Mr Hale,",
                "WHY DID YOU MOVE THE INSTALLATION TO FRIDAY?!!",
                "Jane",
            ),
            (
                "en",
                "Dear Mr Hale,",
                "WE DID NOT MOVE YOUR INSTALLATION!!!",
                "Jane",
            ),
        ],
        &tail,
    );
    let calm = letters(
        &[
            (
                "el",
                "Κύριε Μαυρίδη,",
                "ΚΑΛΗ ΧΡΟΝΙΑ ΣΕ ΟΛΗ ΤΗΝ ΟΜΑΔΑ ΣΑΣ!!!",
                "Σ. Ηλιόπουλος",
            ),
            (
                "el",
                "Κύριε Μαυρίδη,",
                "ΜΗΝ ΞΕΧΑΣΕΤΕ ΤΗ ΓΙΟΡΤΗ ΤΗΝ ΠΑΡΑΣΚΕΥΗ!!",
                "Σ. Ηλιόπουλος",
            ),
            (
                "ru",
                "Андрей,",
                "С НОВЫМ ГОДОМ ВСЮ ВАШУ КОМАНДУ!!!",
                "Ольга",
            ),
            (
                "ru",
                "Андрей,",
                "НЕ ЗАБЫВАЕМ ПРО ПРАЗДНИК В ПЯТНИЦУ!!",
                "Ольга",
            ),
            (
                "en",
                "Dear Mr Hale,",
                "HAPPY NEW YEAR TO THE WHOLE TEAM!!!",
                "Jane",
            ),
            (
                "en",
                "Dear Mr Hale,",
                "DON'T FORGET THE PARTY ON FRIDAY!!",
                "Jane",
            ),
        ],
        &friendly_tail,
    );
    all_agitated(&angry.iter().map(String::as_str).collect::<Vec<_>>());
    none_agitated(&calm.iter().map(String::as_str).collect::<Vec<_>>());
}

/// A reproach shouted whole is agitation in a one-line note too, with no
/// greeting to make it a letter: the commonest shape of an angry mail. A
/// cheer or a reminder shouted so is not.
#[test]
fn a_shouted_reproach_in_a_note_is_agitation() {
    all_agitated(&[
        "ВЫ ЗАЧЕМ ОТКЛЮЧИЛИ НАМ ИНТЕРНЕТ ПОСРЕДИ ДНЯ?!! Договор 4512.",
        "МЫ НИЧЕГО У ВАС НЕ ЗАКАЗЫВАЛИ!!! Счёт 118 от 2 декабря.",
        "WHY DID YOU CUT OUR INTERNET IN THE MIDDLE OF THE DAY?!! Account 4512.",
        "WE DID NOT ORDER ANY OF THIS!!! Invoice 118 of 2 December.",
        "ΓΙΑΤΙ ΜΑΣ ΚΟΨΑΤΕ ΤΟ ΙΝΤΕΡΝΕΤ ΜΕΣΗΜΕΡΙΑΤΙΚΑ?!! Σύμβαση 4512.",
        "ΔΕΝ ΠΑΡΑΓΓΕΙΛΑΜΕ ΤΙΠΟΤΑ ΑΠΟ ΑΥΤΑ!!! Τιμολόγιο 118 της 2ας Δεκεμβρίου.",
    ]);
    none_agitated(&[
        "С НОВЫМ ГОДОМ ВСЮ МАСТЕРСКУЮ!!! Увидимся в январе.",
        "НЕ ЗАБУДЬТЕ ПРО ДЕГУСТАЦИЮ В ПЯТНИЦУ!! Начало в шесть.",
        "HAPPY NEW YEAR TO EVERYONE AT THE WORKSHOP!!! See you in January.",
        "DON'T FORGET THE TASTING ON FRIDAY!! It starts at six.",
        "ΚΑΛΗ ΧΡΟΝΙΑ ΣΕ ΟΛΟ ΤΟ ΕΡΓΑΣΤΗΡΙ!!! Τα λέμε τον Ιανουάριο.",
        "ΜΗΝ ΞΕΧΑΣΕΤΕ ΤΗ ΓΕΥΣΙΓΝΩΣΙΑ ΤΗΝ ΠΑΡΑΣΚΕΥΗ!! Ξεκινάμε στις έξι.",
    ]);
}

/// More put-downs of the provider's side (families from the angry letters
/// of `train14/` the signs missed, each in ru, en and el, our own
/// sentences): plain words "since nothing else has worked", "hard to see
/// how you expected…", the reader's tone not tolerated again, an answer
/// given "once", the reader free to look for another provider, "reading
/// is not for everyone". Each is a rebuke; its calm twin is not.
#[test]
fn more_put_downs_of_the_providers_side_are_rebukes_and_their_twins_are_not() {
    decisive_signs(
        &[
            "I will be plain with you, since nothing else appears to have worked.",
            "Буду говорить прямо, раз ничто другое не помогает.",
            "Θα σας μιλήσω ευθέως, αφού τίποτα άλλο δεν έπιασε.",
            "I find it hard to see how you expected this to go any other way.",
            "Мне трудно понять, как вы рассчитывали на другой исход.",
            "Δυσκολεύομαι να καταλάβω πώς περιμένατε να γίνει αλλιώς.",
            "I will not tolerate that tone again.",
            "Я не потерплю такого тона в адрес моих сотрудников.",
            "Δεν πρόκειται να ανεχτώ ξανά τέτοιο τόνο.",
            "I will answer this once, and I would prefer it to be the last time.",
            "Отвечу один раз и надеюсь, что в последний.",
            "Θα σας απαντήσω μία φορά, και θα προτιμούσα να είναι η τελευταία.",
            "If you think another accountant would serve you better, you are perfectly free to look for one.",
            "Если считаете, что другой бухгалтер справится лучше, вы вправе поискать другого.",
            "Αν κρίνετε ότι άλλος λογιστής θα σας εξυπηρετήσει καλύτερα, είστε απολύτως ελεύθερος να τον αναζητήσετε.",
            "It is on page one of the guide, but I understand reading is not for everyone.",
            "Это написано на первой странице инструкции, но я понимаю, что чтение дается не всем.",
            "Το γράφει ο οδηγός στην πρώτη σελίδα, αλλά κατανοώ ότι το διάβασμα δεν είναι για όλους.",
        ],
        &[
            "I will be plain: the budget covers two rounds of changes.",
            "Скажу прямо: бюджет рассчитан на две правки.",
            "Θα είμαι ειλικρινής: ο προϋπολογισμός καλύπτει δύο γύρους διορθώσεων.",
            "It is hard to see how the storm could have been foreseen.",
            "Трудно понять, как фура проехала мимо поворота.",
            "Δυσκολεύομαι να καταλάβω πώς έσπασε το φτερό.",
            "We will not tolerate harassment of our staff in any form.",
            "Я не потерплю задержек по вине склада и поговорю с ними сегодня.",
            "Δεν πρόκειται να ανεχτούμε καθυστερήσεις από τον προμηθευτή μας.",
            "The fee is charged once, and only for the first visit.",
            "Оплата вносится один раз, при первом визите.",
            "Η χρέωση γίνεται μία φορά, στην πρώτη επίσκεψη.",
            "You are free to look through the catalogue and choose any model.",
            "Вы вправе выбрать любую модель из каталога.",
            "Είστε ελεύθερος να αναζητήσετε στον κατάλογο όποιο μοντέλο θέλετε.",
            "Reading the guide takes five minutes.",
            "Чтение инструкции займет пять минут.",
            "Το διάβασμα του οδηγού παίρνει πέντε λεπτά.",
        ],
    );
}

/// Talk refused: no point in another meeting, details not to be gone
/// through with the reader, nothing to comment, no call needed — a demand,
/// in each language. Put off until the figures are in, it is a plan.
#[test]
fn further_talk_refused_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "I don't see the point of another meeting.",
            "Having read it, I don't see the point of a call.",
            "I don't intend to go through them again.",
            "I won't be going through the details with you.",
            "Комментировать не буду.",
            "Обсуждать это по телефону смысла не вижу.",
            "Не вижу смысла во встрече.",
            "Не вижу смысла это обсуждать.",
            "Δεν θεωρώ ότι χρειάζεται να το συζητήσουμε περισσότερο.",
            "Δεν βλέπω κανένα νόημα να συναντηθούμε ξανά.",
        ],
        &[
            "I don't see the point of a meeting before the figures are ready.",
            "I don't intend to go through the whole list on the call, only the open points.",
            "Maria will be going through the details with you on Monday.",
            "Комментировать цифры не буду, пока не получу отчёт.",
            "Не вижу смысла встречаться до получения отчёта.",
            "Обсуждать это по телефону удобнее, чем по почте.",
            "Δεν βλέπω νόημα να συναντηθούμε πριν έρθουν τα στοιχεία.",
            "Θεωρώ ότι χρειάζεται να το συζητήσουμε περισσότερο.",
        ],
    );
}

/// The obvious explained to the reader — "should be obvious to you by now",
/// "I trust I do not need to explain why", "since it has clearly escaped
/// you" — is a rebuke, in each language; what is obvious from a chart, or
/// a hope that a route needs no explaining, is not.
#[test]
fn explaining_the_obvious_to_the_reader_is_a_rebuke() {
    decisive_signs(
        &[
            "The reasons should be obvious to you by now.",
            "I trust I do not need to explain why this matters.",
            "I shouldn't have to explain the obvious.",
            "Let me remind you, since it has clearly escaped you, that the contract says so.",
            "Причины, думаю, должны быть вам очевидны.",
            "Надеюсь, не нужно объяснять, почему это важно.",
            "Объяснять вам очевидные вещи мы не обязаны.",
            "Θα έπρεπε να σας είναι προφανές γιατί.",
            "Δεν είναι δική μας υποχρέωση να σας εξηγούμε τα αυτονόητα.",
            "Θα σας θυμίσω, αφού προφανώς σας διέφυγε, ότι η σύμβαση το ορίζει.",
        ],
        &[
            "It should be obvious from the chart that sales rose.",
            "I trust you had a good trip back.",
            "Надеюсь, не нужно объяснять, как пройти: адрес в письме.",
            "Результат должен быть очевиден уже через неделю.",
            "Θα έπρεπε να είναι έτοιμο την Παρασκευή.",
            "Αν σας διέφυγε το συνημμένο, το ξαναστέλνω.",
        ],
    );
}

/// "You've had four months." — the time the reader had, thrown at them at
/// the end of a sentence or with what they were to do in it, is blame, in
/// each language; the months of a trial or of a new system are not.
#[test]
fn the_time_the_reader_had_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "You've had four months.",
            "You had three months to do that.",
            "У вас было три месяца.",
            "У вас было полгода, чтобы это сделать.",
            "Είχατε τρεις μήνες.",
            "Είχατε όλο τον χρόνο να τα λάβετε υπόψη.",
        ],
        &[
            "You've had two weeks of free access; the plan starts on Monday.",
            "You've had six months with the new system, so we'd love your feedback.",
            "У вас было три месяца бесплатного доступа.",
            "Είχατε τρεις μήνες δωρεάν συνδρομή.",
        ],
    );
}

/// A threat to write about the reader everywhere, no other outcome
/// accepted, money wanted instead of apologies: demands, in each language.
/// A promised good review, an option not weighed yet, apologies made by
/// the writer are not.
#[test]
fn reviews_threatened_and_no_other_outcome_accepted_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Every forum and every review will be about you.",
            "Fix it today, or I'll write about this everywhere I can.",
            "Перезвоните срочно, иначе пишу везде, где можно.",
            "Каждый форум и каждый отзыв будет про вас.",
            "Κάθε φόρουμ και κάθε κριτική θα είναι για εσάς.",
            "Других вариантов я не рассматриваю.",
            "We will not accept any other solution.",
            "Δεν δέχομαι καμία άλλη λύση.",
            "I want my money back, not apologies.",
            "Мне нужны деньги, а не извинения.",
            "Θέλω τα χρήματα πίσω, όχι συγγνώμες.",
        ],
        &[
            "We'd love it if you could leave a review on every platform you use.",
            "Обязательно напишу отзыв на всех площадках, спасибо!",
            "Θα γράψω παντού πόσο καλοί είστε.",
            "Других вариантов пока не рассматриваем, но если появятся, сообщу.",
            "We will not consider any other option until the survey is done.",
            "Άλλη λύση δεν υπάρχει, δυστυχώς, λόγω του κανονισμού.",
            "These are reasons, not excuses: the port was closed.",
            "Мы приносим извинения, а не оправдания.",
        ],
    );
}

/// The reader's work doubted ("if indeed they were inspected at all"), the
/// money taken and the worker gone, complaints to be sent to the reader
/// themself, "if you don't want our business, say so": blame, in each
/// language. An open question whether goods were checked, money taken to
/// the bank, a request sent to oneself are not.
#[test]
fn the_readers_work_doubted_and_complaints_turned_back_are_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "I should like to understand how they passed, if indeed they were inspected at all.",
            "Хотелось бы понять, проверяли ли их вообще.",
            "Θα ήθελα να μάθω αν ελέγχθηκαν καν.",
            "He just took the money and left.",
            "Мастер просто взял деньги и уехал.",
            "Ο τεχνικός πήρε τα λεφτά και έφυγε.",
            "So address your complaints about the terminology to yourself.",
            "Так что претензии по терминологии адресуйте себе.",
            "Τα παράπονα για την ορολογία να τα απευθύνετε στον εαυτό σας.",
            "If you don't want our business, just say so.",
            "Если вы не умеете искать финансистов, так и скажите.",
            "Αν δεν μας θέλετε, πείτε το ευθέως.",
        ],
        &[
            "Could you tell me whether the parcels were inspected before loading?",
            "Подскажите, проверяли ли их на складе перед отправкой.",
            "Θα ήθελα να μάθω αν ελέγχθηκαν πριν φορτωθούν.",
            "Our accountant took the money to the bank and left early.",
            "Курьер взял деньги и выдал чек.",
            "Ο ταμίας πήρε τα λεφτά και έκοψε απόδειξη.",
            "I will address the invitation to myself and forward it.",
            "Адресуйте, пожалуйста, счёт на нашу бухгалтерию.",
            "If you don't want the extra chairs, just say so.",
            "Если не сможете в пятницу, так и скажите.",
            "Αν δεν θέλετε καφέ, πείτε το.",
        ],
    );
}

/// "Spare me the retention call", "or shall I call another firm?", the
/// matter taken further: demands, in each language; a request for ten
/// minutes, a colleague called to help, a project taken further are not.
#[test]
fn excuses_refused_and_another_firm_threatened_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Cancel the direct debit and spare me the retention call.",
            "Spare me the sales pitch this time.",
            "Will you redo it at your cost, or shall I call another firm?",
            "Переделывать за свой счёт будете, или мне звать другую организацию?",
            "If that is not possible, tell me plainly so that I know to take the matter further.",
            "Иначе придётся дать делу дальнейший ход.",
            "Αλλιώς θα προχωρήσω το θέμα παραπέρα.",
        ],
        &[
            "Could you spare me ten minutes on Friday?",
            "Will you bring the ladder, or shall I call the office for one?",
            "Будете делать сами или мне позвать коллегу на помощь?",
            "We will take the matter up at the board meeting.",
            "Θα προχωρήσουμε το έργο παραπέρα τον Μάρτιο.",
        ],
    );
}

/// What the writer said before, not to be repeated to the reader, counts
/// their failures, in Russian and Greek as in English ("I will not repeat
/// what I told you"); a talk not retold to an audience does not.
#[test]
fn what_was_said_not_repeated_counts_in_russian_and_greek() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Не буду повторять то, что говорил вам по телефону в октябре.",
            "Δεν θα επαναλάβω όσα σας είπα τηλεφωνικά τον Οκτώβριο.",
        ],
        &[
            "Не буду повторять доклад, пришлю слайды.",
            "Δεν θα επαναλάβω όσα είπα στην παρουσίαση, θα σας στείλω τις διαφάνειες.",
        ],
    );
}

/// Praise that outdoes itself or calls the work a masterpiece, set against
/// what went wrong ("you've outdone yourselves: half the boxes are
/// missing", "отчёт просто шедевр: цифры не сходятся", "Εξαιρετικό το νέο
/// σας λογισμικό. … κανένας δεν μπορεί να συνδεθεί"), and a weekend that
/// thanks the reader, are sarcasm, in each language. The same praise with
/// nothing gone wrong is sincere.
#[test]
fn praise_outdone_and_masterpieces_beside_a_failure_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Well, you've outdone yourselves: half the boxes are missing.",
            "Браво, вы превзошли сами себя: вместо 200 коробок пришло 20, и те мятые.",
            "Μπράβο, ξεπεράσατε τον εαυτό σας: λείπουν τα μισά κουτιά.",
            "Your new report is a masterpiece: the figures don't add up.",
            "Ваш новый отчёт просто шедевр: цифры не сходятся, половины графиков нет.",
            "Η νέα σας αναφορά είναι αριστούργημα: τα νούμερα δεν βγαίνουν.",
            "Εξαιρετικό το νέο σας λογισμικό. Από την εγκατάσταση και μετά κανένας υπάλληλος δεν μπορεί να συνδεθεί.",
            "My weekend thanks you warmly.",
            "Мои выходные вам очень благодарны.",
            "Το Σαββατοκύριακό μου σε ευχαριστεί θερμά.",
        ],
        &[
            "You've outdone yourselves: the party was perfect and everyone loved it.",
            "Вы превзошли сами себя: все коробки пришли целыми и раньше срока.",
            "Ξεπεράσατε τον εαυτό σας, όλοι έμειναν ευχαριστημένοι.",
            "Your new report is a masterpiece, thank you.",
            "Ваш отчёт просто шедевр, спасибо!",
            "Η αναφορά σας είναι αριστούργημα, σας ευχαριστούμε.",
            "Our team thanks you warmly for the visit.",
            "Our Sunday thank-you lunch is on the 5th.",
            "My evening thank you note went out today.",
            "Коробки пришли мятые, пришлите, пожалуйста, замену.",
        ],
    );
}

/// The contract to be read again before the reader writes next time is a
/// demand in Russian and English, as it is when read before writing to
/// support; read before signing, it is advice.
#[test]
fn the_contract_to_be_reread_before_writing_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Please reread the contract before you write to us next time.",
            "Будьте добры, перечитайте договор, прежде чем в следующий раз что-то нам писать.",
        ],
        &[
            "Please read the contract before you sign it.",
            "Перечитайте договор перед подписанием, там есть новый пункт.",
        ],
    );
}

/// "Who are we to argue", a speed or progress "by your standards", a claim
/// to be looked at "when we get round to it": sarcasm, in each language.
/// Who we meet, progress for the team, a floor reached later are not.
#[test]
fn who_are_we_to_argue_and_your_standards_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "But who are we to argue with creative vision.",
            "Но кто мы такие, чтобы спорить с творческим видением.",
            "Αλλά ποιοι είμαστε εμείς για να διαφωνήσουμε με το καλλιτεχνικό όραμα.",
            "Only four days late, which by your standards is real progress.",
            "Всего на четыре дня позже — по вашим меркам это прогресс.",
            "Μόλις τέσσερις μέρες αργότερα, που με τα δικά σας μέτρα είναι πρόοδος.",
            "We'll deal with it when we get round to it.",
            "Разберёмся, когда дойдут руки.",
            "Θα το δούμε όταν ευκαιρήσουμε.",
        ],
        &[
            "Who are we meeting on Friday?",
            "Кто мы такие и чем занимаемся, написано на сайте.",
            "Ποιοι είμαστε και τι κάνουμε, θα το βρείτε στο φυλλάδιο.",
            "The new line is real progress for the whole team.",
            "По нашим меркам это хороший результат.",
            "When we get round to the second floor, we'll call you.",
            "Когда дойдут руки до второго этажа, позвоним.",
            "Όταν ευκαιρήσετε, πάρτε μας τηλέφωνο.",
        ],
    );
}

/// A lecture not asked for is a rebuke, in each language; a receipt not
/// asked for is not.
#[test]
fn a_lecture_not_asked_for_is_a_rebuke() {
    decisive_signs(
        &[
            "I didn't ask for a lecture on roof pitches.",
            "Лекций о кровле я не просил.",
            "Δεν σας ζήτησα μάθημα για τις στέγες.",
        ],
        &[
            "I didn't ask for a receipt, but thank you.",
            "Чек я не просил, но спасибо.",
            "Δεν ζήτησα απόδειξη, ευχαριστώ.",
        ],
    );
}

/// No further correspondence is a demand, in each language; emails not
/// answered over the holidays are not.
#[test]
fn no_further_correspondence_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "We will not be entertaining any further correspondence on this matter.",
            "Дальнейшая переписка по этому вопросу вестись не будет.",
            "Δεν θα απαντήσουμε σε περαιτέρω αλληλογραφία για το θέμα.",
        ],
        &[
            "We will not be answering emails over the holidays; the office reopens on 3 January.",
            "Дальнейшая переписка не нужна, всё ясно, спасибо.",
            "Δεν θα απαντάμε σε email τις γιορτές.",
        ],
    );
}

/// "u" and "ur" typed for "you" and "your" are those words: a hasty
/// letter asks the same rhetorical questions and lays the same blame; a
/// calm hasty one stays calm.
#[test]
fn u_and_ur_typed_for_you_and_your_are_read_as_them() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "are u kidding me, the van came back empty again",
            "whats ur problem, i sent the form twice",
        ],
        &[
            "did u get the invoice i sent on monday",
            "can u send the form again, the first one was blank",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &["it's ur fault the shipment missed the boat"],
        &["ur parcel is at the depot, pick it up after 5"],
    );
    none_agitated(&[
        "did u get the invoice i sent on monday",
        "ur parcel is at the depot, pick it up after 5. thx",
        "can u send the form again, the first one was blank",
    ]);
}

/// Russian and Greek words typed short the way hasty writers type them
/// ("ваще", "щас", "чо"; "γτ", "τπτ", "δλδ") are the words in full: the
/// same rhetorical questions and demands; calm hasty letters stay calm.
#[test]
fn russian_and_greek_words_typed_short_are_read_in_full() {
    signs_of_any_kind(
        &[Kind::Rhetorical, Kind::Demand],
        &[
            "как вы ваще могли такое отправить клиенту",
            "вы чо издеваетесь",
            "щас же пришлите нормальный комплект",
            "γτ να πληρώσουμε εμείς τη ζημιά;",
            "ελέγχετε ποτέ τπτ;",
            "γτ πληρώνεστε δλδ;",
        ],
        &[
            "щас посмотрю накладную и отвечу",
            "ваще отлично получилось, спасибо",
            "скажите, чо по срокам?",
            "δεν χρειάζεται τπτ άλλο, ευχαριστώ πολύ",
            "δλδ την Παρασκευή είναι έτοιμο;",
        ],
    );
    none_agitated(&[
        "щас посмотрю накладную и отвечу",
        "ваще отлично получилось, спасибо",
        "δεν χρειάζεται τπτ άλλο, ευχαριστώ πολύ",
    ]);
}

/// "its" typed for "it's" in a hasty letter lays the same blame and
/// counts the same wait as "it's"; the possessive stays calm.
#[test]
fn its_typed_for_it_is_is_read_as_it_is() {
    signs_of_kind(
        Kind::Blame,
        &[
            "its your fault the pallets missed the ferry",
            "its all on you, the crane was booked for 7",
        ],
        &["its driver left the pallets at the gate, we moved them in"],
    );
    none_agitated(&[
        "its driver left the pallets at the gate, we moved them in",
        "the van is back and its door is fixed, thanks",
        "its not a problem, send it monday",
    ]);
}

/// English families of the rounds written for the wording model
/// (`train15/`, `train16/`): requests already sent counted, an ultimatum
/// to find someone else, rhetorical questions about what the reader
/// thought or what the money buys, and passive-aggressive turns; the same
/// words said plainly stay calm.
#[test]
fn english_requests_counted_ultimatums_and_pointed_questions_are_signs() {
    signs_of_kind(
        Kind::Counting,
        &[
            "I have heard nothing about the deposit despite four emails.",
            "We have had no reply despite three reminders.",
            "That was my fourth email, and I will not be writing a fifth.",
        ],
        &[
            "We sent three emails to the printer this morning.",
            "Could you post the fourth copy to our Leeds office?",
            "I will not be writing a second report, the first one covers it.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "if ur not here by 10 im getting someone else",
            "If the kitchen is not finished by Friday we are calling another firm in.",
        ],
        &[
            "If you're not free on Monday, I can ask someone else from your team.",
            "If Anna is not here by ten, someone else will open the shop.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Did you really think nobody would notice the missing pages?",
            "Is this honestly what £900 a month buys?",
            "Is that how you normally treat a client who pays on time?",
            "Is this how the agency deals with parents who complain?",
            "Or were we just unlucky?",
            "Which part of the word 'urgent' made you think Monday was fine?",
            "Did anyone check the proofs, or was it simply forwarded to the printer?",
        ],
        &[
            "Did you think the new layout works better?",
            "Is this the model that £900 buys, or the cheaper one?",
            "Is that how you normally pack the glasses, in paper?",
            "Which part of the brief should we start with?",
            "Was the parcel opened, or was it left at the door?",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Could you help me understand something? The invoice says 40 hours for a leaflet.",
            "Perhaps there is a reason. I am struggling to imagine what it could be.",
            "Can't wait to not use your couriers again.",
            "I look forward to your answer, eventually.",
            "I would rather not have to chase you for that as well.",
        ],
        &[
            "Could you help me understand the new tariff? I am not sure which plan we are on.",
            "I am struggling to open the file you sent, could you resend it?",
            "Can't wait to see the new menu!",
            "I look forward to your answer.",
            "I would rather not have to change the date, but we can if needed.",
        ],
    );
    decisive_signs(
        &["Cancel the van and you can whistle for your deposit."],
        &["The deposit is returned within ten days of the move."],
    );
}

/// "I know how hard it is" is sympathy in every language, not the
/// rhetorical "how hard is it to…?".
#[test]
fn knowing_how_hard_it_is_is_sympathy_not_a_rhetorical_question() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "Πόσο δύσκολο είναι να στείλετε ένα τιμολόγιο σωστά;",
            "How hard is it to send a correct invoice?",
        ],
        &[
            "Ξέρω πόσο δύσκολο είναι να το διαβάζετε σε ένα μήνυμα.",
            "Καταλαβαίνω πόσο δύσκολο είναι να περιμένετε άλλη μια εβδομάδα.",
            "Φαντάζομαι πόσο δύσκολο ήταν για την ομάδα σας.",
            "I know how hard it is to read this in an email.",
            "Понимаю, как тяжело ждать ещё неделю.",
        ],
    );
}

/// Common Russian ways of anger that the read letters of `train12/`,
/// `train16/` and `blind25/` showed no list knew (2026-12-06): "what are
/// you doing", indifference said with "пофиг", an order "right now" with
/// more verbs, publicity threatened without the word "review", a new
/// supplier sought as contempt; their calm twins stay calm.
#[test]
fn common_russian_rebukes_orders_and_threats_are_signs() {
    signs_of_kind(
        Kind::Rebuke,
        &[
            "денис привет ты чо творишь?? кабели не те",
            "Что вы творите? Нам привезли не тот товар.",
            "Вы что творите с нашим заказом?",
            "Что вы натворили с нашей базой?",
        ],
        &[
            "Мы в восторге от того, что вы творите на сцене.",
            "Спасибо за всё, что вы творите для детей.",
        ],
    );
    signs_of_kind(
        Kind::Rebuke,
        &[
            "мне уже пофиг, какие у вас там проблемы с водителями",
            "Нам абсолютно по барабану, кто у вас за это отвечает.",
        ],
        &[
            "Мне без разницы, какой цвет вы выберете.",
            "Нам пофиг на погоду, всё равно приедем.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "щас же вези нормальный комплект",
            "Немедленно приезжайте и забирайте свой мусор.",
            "Сейчас же уберите машину от ворот.",
        ],
        &[
            "Сейчас же привезу вам документы.",
            "Если удобно, приезжайте сейчас, я на месте.",
        ],
    );
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "отменяю заказ и пишу про вас везде где можно",
            "Напишу о вашей компании везде, где только смогу.",
        ],
        &[
            "Обязательно напишу о вас везде, спасибо!",
            "Напишу про вас везде только хорошее.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "или завтра забираете, или я расторгаю договор и ищу нормальных",
            "Будем искать нормальных подрядчиков, раз вы не справляетесь.",
        ],
        &["Ищу нормальный отель недалеко от вокзала, посоветуете?"],
    );
}

/// A refusal to pay said as an intention, contempt for the reader's
/// reasons without "your", and the advance wanted back (2026-12-06, from
/// read Greek letters and their twins); a duplicate not to be paid twice,
/// the author's own reassurance and a plain question stay calm.
#[test]
fn a_refusal_to_pay_and_reasons_dismissed_are_signs_in_each_language() {
    signs_of_kind(
        Kind::Demand,
        &[
            "I have no intention of paying for work I did not agree to.",
            "We have no intention of settling this invoice.",
            "Я не собираюсь платить за то, чего не заказывал.",
            "Мы не намерены оплачивать этот счёт.",
            "Δεν έχω σκοπό να πληρώνω για λινά που δεν μπορώ να χρησιμοποιήσω.",
            "Δεν έχουμε καμία πρόθεση να πληρώσουμε αυτό το τιμολόγιο.",
            "Χρειάζομαι πίσω την προκαταβολή.",
        ],
        &[
            "I have no intention of paying twice, so please cancel the duplicate.",
            "We have no intention of charging you for the extra hour.",
            "Не собираюсь платить дважды, отмените, пожалуйста, второй счёт.",
            "Δεν έχουμε σκοπό να σας χρεώσουμε την επιπλέον ώρα.",
            "Θα σας στείλω πίσω την απόδειξη της προκαταβολής.",
        ],
    );
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "I'm not interested in excuses, I want the van here by noon.",
            "Δεν μας ενδιαφέρουν εξηγήσεις σχετικά με τις βάρδιες.",
        ],
        &[
            "I'm not interested in explanations of the technology, just the price.",
            "Αν σας ενδιαφέρουν εξηγήσεις για το προϊόν, καλέστε μας.",
        ],
    );
}

/// "For once" asked of the reader counts their failures, as "хоть раз"
/// and "έστω μια φορά" do; a matter sent to an authority with a word in
/// its name is threatened as one sent to solicitors (2026-12-06, from read
/// English letters). Thanks "for once again" and luck told stay calm.
#[test]
fn for_once_asked_of_the_reader_counts_and_an_ombudsman_named_threatens() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Could you for once deliver on time?",
            "so please, for once, fix it before I lose another month of enquiries",
            "Try for once in your life to read the brief.",
            "Για μια φορά στη ζωή σας κάντε κάτι σωστά.",
        ],
        &[
            "Thank you for once again choosing us for your event.",
            "For once the weather held and the crew finished early.",
            "Thank you, for once I can report good news.",
        ],
    );
    signs_of_any_kind(
        &[Kind::Demand],
        &["If neither arrives by Friday, the matter goes to the Motor Ombudsman."],
        &["The matter goes to the board on Friday."],
    );
}

/// A second round of common Russian ways of anger no list knew (from read
/// `dev/` letters, 2026-12-06); their calm twins stay calm.
#[test]
fn more_common_russian_contempt_and_rhetorical_questions_are_signs() {
    signs_of_any_kind(
        &[Kind::Charged, Kind::Rebuke, Kind::Rhetorical, Kind::Demand],
        &[
            "Простите, но это детский сад какой-то.",
            "Доплачивать мы не собираемся, даже не надейтесь.",
            "На скидку даже не рассчитывайте.",
            "Это каким же надо быть невнимательным?",
            "У меня в голове не укладывается, как можно было перепутать адрес.",
        ],
        &[
            "Наш детский сад какой-то особенный: у нас свой бассейн.",
            "Даже не думайте о доплате, всё включено.",
            "Каким будет график на следующей неделе?",
            "У меня в голове не укладывается вся схема, пришлите её, пожалуйста, ещё раз.",
        ],
    );
}

/// Four common ways of anger in the languages that lacked them (written
/// from our own knowledge, 2026-12-06): the last straw, no shame, no
/// working with the reader, payment taken for the failure; their calm
/// twins stay calm.
#[test]
fn the_last_straw_no_shame_and_payment_for_failure_are_signs_in_each_language() {
    signs_of_any_kind(
        &[Kind::Charged, Kind::Outrage, Kind::Rebuke, Kind::Rhetorical],
        &[
            "Это последняя капля.",
            "Αυτή ήταν η σταγόνα που ξεχείλισε το ποτήρι.",
            "Have you no shame?",
            "У вас совесть есть?",
            "Δεν έχετε καθόλου ντροπή;",
            "How is anyone supposed to work with you?",
            "Как с вами вообще можно работать?",
            "Πώς να συνεργαστεί κανείς μαζί σας;",
            "And you charge money for this?",
            "И вы за это ещё деньги берёте?",
            "Και πληρώνεστε γι' αυτό;",
        ],
        &[
            "Последняя капля краски ушла на перила.",
            "Do you have a shame-free returns policy?",
            "Как с вами можно работать по безналу?",
            "Πώς να συνεργαστούμε μαζί σας στο νέο έργο;",
            "Do you charge for this service or is it free?",
            "Вы за это деньги берёте или это входит в договор?",
            "Και πληρώνεστε κανονικά στο τέλος του μήνα.",
        ],
    );
}

/// Three more common ways of anger in the languages that lacked them
/// (2026-12-06, from our own knowledge): "unheard of", "where is my
/// money?", "what a nightmare"; their calm twins stay calm.
#[test]
fn unheard_of_where_is_my_money_and_a_nightmare_are_signs_in_each_language() {
    signs_of_any_kind(
        &[Kind::Charged, Kind::Outrage, Kind::Demand],
        &[
            "This is unheard of.",
            "Это неслыханно.",
            "Είναι ανήκουστο.",
            "Where is my money?",
            "Где мои деньги?",
            "Πού είναι τα λεφτά μου;",
            "Ужас какой-то.",
            "Τι εφιάλτης.",
        ],
        &[
            "Unheard-of prices this weekend only.",
            "Неслыханные скидки только в эти выходные.",
            "Where is my nearest branch?",
            "Где мои документы, в первой папке?",
            "Πού είναι το πλησιέστερο κατάστημα;",
            "Ужасно рада вас видеть!",
        ],
    );
}

/// Ways of anger found missing in the letters of `train17/` (2026-12-06),
/// in every language: an excuse dismissed before it is made and "get
/// serious" are demands; the damage called part of the service is sarcasm;
/// work together declared impossible "like this" is a rebuke; indifference
/// as the other half of "either … or" is blame; "not even one phone call"
/// counts. Their calm twins stay calm.
#[test]
fn excuses_dismissed_ahead_get_serious_and_part_of_the_service_are_signs_in_each_language() {
    signs_of_kind(
        Kind::Demand,
        &[
            "And don't tell me it was the weather.",
            "Don't give me the traffic excuse again.",
            "И не надо мне рассказывать про пробки.",
            "Только не говорите мне про погоду.",
            "Και μη μου πεις για καιρό, λάδι ήταν η θάλασσα.",
            "Μη μου πείτε για την κίνηση.",
            "Get serious.",
            "Будьте серьёзнее.",
            "Σοβαρευτείτε επιτέλους.",
        ],
        &[
            "Don't tell me the price yet, I'd rather see the samples first.",
            "Please tell me about the weather forecast for Friday.",
            "Не надо мне рассказывать всё подробно, пришлите короткую справку.",
            "Μη μου πείτε ευχαριστώ, χαρά μου ήταν.",
            "Get serious about saving with our new account.",
            "Это серьёзный вопрос, давайте обсудим его в четверг.",
            "Η κατάσταση είναι σοβαρή, γι' αυτό σας γράφω.",
        ],
    );
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Demand, Kind::Blame, Kind::Counting],
        &[
            "I suppose that's part of the service.",
            "Presumably that is all part of the package.",
            "А то, что коробку помяли, — это, наверное, входит в фирменный сервис.",
            "Μάλλον κι αυτό περιλαμβάνεται στην εξυπηρέτηση.",
            "I would like to know whether you didn't check, or didn't care.",
            "Либо вы не проверили, либо вам было всё равно.",
            "Ή δεν ελέγξατε ή δεν σας νοιάζει.",
            "Κι εσύ άφαντος, ούτε ένα τηλέφωνο.",
        ],
        &[
            "Delivery is part of the service, so there is nothing to pay.",
            "Доставка входит в стоимость, доплачивать ничего не нужно.",
            "Я так понимаю, доставка входит в стоимость?",
            "Наверное, монтаж тоже входит в цену?",
            "Η μεταφορά περιλαμβάνεται στην τιμή.",
            "Either Monday or Tuesday suits us.",
            "Либо в понедельник, либо во вторник, как вам удобнее.",
            "Ή την Τρίτη ή την Τετάρτη, όπως σας βολεύει.",
            "Θα σας στείλω ένα μήνυμα και θα κάνουμε ένα τηλέφωνο την Τρίτη.",
        ],
    );
    // Work together declared impossible "like this" is a rebuke, as its
    // twins in the other word order are ("так работать я больше не готова").
    decisive_signs(
        &[
            "We cannot go on working like this.",
            "Работать в таком режиме я больше не считаю возможным.",
            "Δεν μπορούμε να συνεχίσουμε να συνεργαζόμαστε έτσι.",
        ],
        &[
            "The old press cannot go on working like this for another year.",
            "Станок в таком режиме работать не может, нужен ремонт.",
        ],
    );
}

/// The wording model counts as a second sign: in a letter with one sign in
/// words, a wording that falls short of the model's threshold by less than
/// [`wording::LEANING`] adds up with the sign. The same sign in a calm
/// wording does not, nor does a wording near the threshold with no sign.
#[test]
fn a_wording_leaning_angry_adds_up_with_one_sign_in_words() {
    all_agitated(&[
        "Dear Mr Hale,\n\nThe tiles arrived on Monday and a third of them are cracked, again. You told us the pallets were checked before loading, and clearly nobody checked anything. This is entirely your fault.\n\nJane Moore",
        "Андрей,\n\nПлитку привезли в понедельник, треть коробок битая. Нам обещали, что паллеты проверят перед погрузкой, но, видимо, никто ничего не проверял и проверять не собирался. Виноваты в этом только вы.\n\nОльга",
        "Κύριε Μαυρίδη,\n\nΗ παραγγελία με τα πλακάκια παραδόθηκε τη Δευτέρα και τρία κουτιά ήταν σπασμένα. Η ευθύνη είναι αποκλειστικά δική σας και περιμένω αντικατάσταση.\n\nΜε εκτίμηση,\nΣ. Ηλιόπουλος",
    ]);
    none_agitated(&[
        "Dear Mr Hale,\n\nThe tiles arrived on Monday, thank you. A third of them are cracked, which is entirely your fault according to the driver, who says the pallet was loaded badly at your depot. Could you send replacements next week?\n\nKind regards,\nJane Moore",
        "Добрый день, Андрей!\n\nПлитку привезли в понедельник, треть коробок битая. Нам обещали, что паллеты проверят, но никто ничего не проверял, и теперь плиточники сидят без дела за наш счёт. Виноваты в этом только вы.\n\nОльга",
        "Αγαπητέ κύριε Μαυρίδη,\n\nΣας ευχαριστούμε για την έγκαιρη παράδοση της Δευτέρας. Σε τρία κουτιά βρήκαμε σπασμένα πλακάκια· ο οδηγός λέει ότι η ευθύνη είναι αποκλειστικά δική σας, επειδή η παλέτα φορτώθηκε στην αποθήκη σας. Μπορείτε να μας στείλετε αντικατάσταση την επόμενη εβδομάδα;\n\nΜε εκτίμηση,\nΣ. Ηλιόπουλος",
        "Κύριε Μαυρίδη,\n\nΗ παραγγελία με τα πλακάκια παραδόθηκε τη Δευτέρα. Τρία κουτιά ήταν σπασμένα και οι τεχνίτες περιμένουν.\n\nΣ. Ηλιόπουλος",
        // Warm in two places: the wording's lean is not taken for anger.
        "Dear Mr Hale,\n\nGlad you had a lovely weekend! The tiles arrived on Monday and a third of them are cracked, again. You told us the pallets were checked before loading, and clearly nobody checked anything. This is entirely your fault. Welcome back, anyway.\n\nJane Moore",
    ]);
    // "Which we had not even asked you for" is praise, not blame.
    signs_of_kind(
        Kind::Blame,
        &["Όπως σας είχαμε ζητήσει, το εξώφυλλο είναι δερμάτινο και δεν το κάνατε."],
        &["Το κορδονάκι που δεν σας είχαμε καν ζητήσει ήταν υπέροχο."],
    );
}

/// Ways of anger found missing in the read letters (2026-12-07 late
/// night): the reader's failing called "not really your thing" with mock
/// understanding (as "not your strong suit" is in each language), a hope
/// mocked ("I wouldn't hold your breath"), "funny how that works" and
/// "интересно получается" are sarcasm; the reader told
/// not to bother quoting is a demand; mail refused for its tone is a
/// rebuke. Their calm twins stay calm.
#[test]
fn not_your_thing_and_a_reply_refused_for_its_tone_are_signs_in_each_language() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I know answering emails isn't really your thing.",
            "Clearly, keeping to a schedule is not your strong suit.",
            "I wouldn't hold your breath.",
            "Don't hold your breath.",
            "Funny how that works.",
            "Понимаю, что отвечать на письма — не ваш конёк.",
            "Видимо, пунктуальность не ваша сильная сторона.",
            "Интересно получается: деньги списали, а заказа нет.",
            "Καταλαβαίνω ότι η ενημέρωση δεν είναι το φόρτε σας.",
            "Μάλλον η συνέπεια δεν είναι το δυνατό σας σημείο.",
        ],
        &[
            "If bookkeeping isn't your thing, our advisers can take it off your hands.",
            "Spreadsheets aren't really my thing, so Anna will send the figures.",
            "Hold your breath for ten seconds, then breathe out slowly.",
            "It's funny how quickly the year went by!",
            "Бухгалтерия — мой конёк, так что отчёт беру на себя.",
            "Интересно, получается ли у вас прийти в пятницу?",
            "Τα λογιστικά είναι το φόρτε μας, οπότε αναλαμβάνουμε εμείς.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &["Don't bother quoting for the summer event."],
        &["Don't bother printing the tickets, the phone screen is fine."],
    );
    decisive_signs(
        &[
            "I will not be responding to emails written in that tone.",
            "Я не буду отвечать на письма в таком тоне.",
            "Δεν θα απαντήσω σε μηνύματα με αυτό το ύφος.",
        ],
        &[
            "Our replies are written in a friendly tone.",
            "Я отвечу на письмо в пятницу, в таком же формате.",
            "Θα απαντήσω στο μήνυμα την Παρασκευή.",
        ],
    );
}

/// More ways of anger from the read letters (2026-12-07 late night):
/// "вы там совсем охренели/обалдели" is an insult or a rebuke; "вы там
/// живы вообще?" is a rhetorical question; "чтобы никто не перетрудился",
/// "don't strain yourselves" are sarcasm; refusing to pay "for such
/// quality" ("за такое качество мы не платим", "not paying for junk",
/// "για τέτοια δουλειά δεν πληρώνουμε") is a demand; "every day the same
/// story" counts in Greek as it does in the others. Their calm twins stay
/// calm.
#[test]
fn gone_mad_still_alive_and_not_paying_for_such_quality_are_signs_in_each_language() {
    decisive_signs(
        &[
            "Вы там совсем охренели?",
            "Вы там совсем обалдели — цены на 30% поднимать?",
        ],
        &[
            "Мы тут все с ума сошли от этой жары.",
            "Вы совсем не обязаны отвечать сегодня.",
        ],
    );
    signs_of_kind(
        Kind::Rhetorical,
        &["воду не привезли уже неделю, вы там живы вообще?"],
        &["Как вы там, живы-здоровы после праздников?"],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Может, сразу на квартал заложим, чтобы никто не перетрудился?",
            "Смотрите не надорвитесь.",
            "Please don't strain yourselves.",
        ],
        &[
            "Don't strain your back when lifting the boxes.",
            "Отдыхайте, не перетруждайтесь на выходных, отчёт подождёт.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "За такое качество мы не платим.",
            "За такую работу платить не будем.",
            "We are not paying for junk.",
            "Για τέτοια δουλειά δεν πληρώνουμε.",
        ],
        &[
            "За такое качество отдельное спасибо, всё отлично.",
            "We are not paying for delivery, it is included.",
            "Για τη μεταφορά δεν πληρώνουμε, περιλαμβάνεται στην τιμή.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &["κάθε μέρα η ίδια ιστορία"],
        &["Κάθε μέρα η ίδια ομάδα ανοίγει την αποθήκη στις οκτώ."],
    );
}

/// Ways of anger from the read Greek letters, in each language
/// (2026-12-07 late night): "and then you wonder why…" and "do you know
/// how much this is costing us?" are rhetorical questions, "I have a life
/// too" is a charged word, "λύστε το τώρα" and "καλό θα ήταν να διαβάζετε
/// τις οδηγίες" are demands. A sincere "you may wonder why", a price asked
/// and a one-off request to read stay calm.
#[test]
fn and_then_you_wonder_why_and_what_it_costs_us_are_signs_in_each_language() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "And then you wonder why nobody wants to work with you.",
            "No wonder nobody wants to work with you.",
            "А потом удивляетесь, почему с вами никто не хочет работать.",
            "Και μετά απορείτε γιατί κανείς δεν θέλει να δουλέψει μαζί σας.",
            "Do you know how much this is costing us every day?",
            "Вы знаете, во сколько нам обходится каждый день простоя?",
            "Ξέρετε πόσο μας κοστίζει κάθε μέρα;",
        ],
        &[
            "You may wonder why the price changed, so here is the breakdown.",
            "Вы, наверное, удивитесь, почему изменилась цена: объясняю.",
            "Ίσως απορείτε γιατί άλλαξε η τιμή· σας εξηγώ.",
            "No wonder the guests loved it, the venue was perfect.",
            "Do you know how much the upgrade costs?",
            "Вы знаете, сколько стоит доставка в Тверь?",
            "Ξέρετε πόσο κοστίζει η αποστολή στη Λάρισα;",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "I have a life too, you know.",
            "У меня тоже есть жизнь.",
            "Έχω κι εγώ ζωή.",
        ],
        &["Our batteries have a long life too."],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "λύστε το τώρα",
            "Καλό θα ήταν να διαβάζετε τις οδηγίες που σας στέλνουμε.",
        ],
        &[
            "Λύστε το τεστ μέχρι την Παρασκευή.",
            "Καλό θα ήταν να διαβάσετε το συνημμένο πριν από τη συνάντηση.",
        ],
    );
}

/// What the read letters of `train32/` showed (2026-12-07 late night):
/// good luck wished "with whoever else you choose" closes the door on the
/// reader; "I won't be sending another reminder", "не утруждайте себя
/// звонком" and "άλλη υπενθύμιση δεν θα σας στείλω" are demands; a
/// failure called a bold creative choice with mock inference, and mock
/// naivety ("мы, наивные, рассчитывали"), are sarcasm. And another time
/// offered ("let me know and we will find another") is no threat to
/// leave.
#[test]
fn good_luck_with_whoever_else_and_a_bold_creative_choice_are_signs_in_each_language() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Good luck with whoever else you choose.",
            "Удачи с другим подрядчиком.",
            "Σας εύχομαι καλή τύχη με όποιον άλλον επιλέξετε.",
            "I won't be sending another reminder.",
            "Пожалуйста, не утруждайте себя звонком администратору.",
            "Άλλη υπενθύμιση δεν θα σας στείλω.",
        ],
        &[
            "Good luck with the launch on Friday!",
            "Удачи на выставке в четверг!",
            "Καλή τύχη με την έκθεση την Πέμπτη!",
            "If that time does not suit, just let me know and we will find another.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Presumably that was a bold creative choice.",
            "Альты играют в другой тональности, — видимо, это смелое редакторское решение.",
            "Μάλλον ήταν μια τολμηρή δημιουργική επιλογή.",
            "Мы, наивные, рассчитывали, что за эти деньги получим ноты.",
            "Εμείς οι αφελείς περιμέναμε ότι θα έρθουν σωστές.",
        ],
        &[
            "The blue cover was a bold creative choice, and the clients loved it.",
            "Это смелое решение, и мы его поддерживаем.",
            "Ήταν μια τολμηρή επιλογή και μας άρεσε πολύ.",
        ],
    );
}

/// The passive-aggressive reminders one language had, in the others: "I
/// hope that is clear now" is sarcasm as "надеюсь, теперь понятно" is;
/// not knowing how else to explain it, "to reiterate" and "once again I
/// draw your attention" count the reader's failures to listen. Not a hope
/// that a new drawing helps, nor a plain reminder of a date.
#[test]
fn passive_aggressive_reminders_in_every_language() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I hope that is clear now.",
            "Hopefully that's clear enough now.",
            "Ελπίζω να έγινε πλέον κατανοητό.",
            "Ελπίζω να είναι πια σαφές.",
        ],
        &[
            "I hope the new drawing is clear enough for the fitters.",
            "Ελπίζω το νέο σχέδιο να είναι κατανοητό για τους τεχνίτες.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "I'm not sure how else to explain this.",
            "To reiterate, we cannot start without the deposit.",
            "Ещё раз обращаю ваше внимание, что срок истёк вчера.",
            "Ещё раз обращаем ваше внимание на сроки оплаты.",
        ],
        &[
            "I'm not sure how to explain this to the board yet; can we talk?",
            "Обращаем ваше внимание, что офис закрыт в пятницу.",
            "We reiterate our thanks to the whole team.",
        ],
    );
}

/// A Greek conditional ultimatum ("if you do not pay by Friday, we close
/// your account") is a demand; a meeting closed when nothing else is left
/// to discuss ("if there is nothing else, we close here") is not.
#[test]
fn a_meeting_closed_if_nothing_else_is_no_ultimatum() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Αν δεν πληρώσετε ως την Παρασκευή, κλείνουμε τον λογαριασμό σας.",
            "Αν δεν έρθει η προκαταβολή, σταματάμε εδώ τη συνεργασία.",
        ],
        &[
            "Αν δεν υπάρχει κάτι άλλο να συζητήσουμε, κλείνουμε εδώ.",
            "Αν δεν έχετε άλλες ερωτήσεις, κλείνουμε για σήμερα.",
            "Αν δεν υπάρχει αντίρρηση, κλείνουμε τη συνάντηση.",
        ],
    );
}

/// Closing the matter to the reader is a demand in English and Greek as
/// it is in Russian: "There is nothing to discuss.", "We are not
/// discussing this further", "Δεν θα το ξανασυζητήσουμε." Not when the
/// sentence goes on to say until when, nor a meeting with nothing left on
/// its agenda.
#[test]
fn closing_the_matter_is_a_demand_in_every_language() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Charged],
        &[
            "The deposit is not refundable. There is nothing to discuss.",
            "There's nothing more to discuss.",
            "We are not discussing this any further.",
            "I'm not going over it again.",
            "The cancellation fee is not up for discussion.",
            "It's in the contract. End of discussion.",
            "Η προκαταβολή δεν επιστρέφεται. Δεν υπάρχει τίποτα να συζητήσουμε.",
            "Δεν έχουμε τίποτα άλλο να συζητήσουμε.",
            "Δεν θα το ξανασυζητήσουμε.",
            "Аванс не возвращается, обсуждать тут нечего.",
        ],
        &[
            "There is nothing to discuss until the drawings arrive.",
            "If there is nothing else to discuss, we can finish early.",
            "Nothing else to discuss today, so let's skip Friday's call.",
            "We are not discussing the budget today; it moves to next week.",
            "Δεν υπάρχει τίποτα να συζητήσουμε πριν έρθουν τα σχέδια.",
            "Δεν υπάρχει κάτι άλλο να συζητήσουμε σήμερα, οπότε τα λέμε την Πέμπτη.",
            "Θα το ξανασυζητήσουμε τη Δευτέρα με τα νέα στοιχεία.",
        ],
    );
}

/// Ways of anger the eighteenth round of read letters (`train18/`) showed
/// missing, each in every language that lacked it: an ultimatum whose
/// other half is hiring someone else or the money back, not paying a
/// kopeck, "answer the phone already", the order "in black and white",
/// the invoice that came faster than the engineer, and "what kind of …
/// is this" in Russian and Greek as in English.
#[test]
fn ways_of_anger_of_an_eighteenth_round() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Sarcasm, Kind::Blame, Kind::Rhetorical],
        &[
            "Или бригада завтра в девять на объекте, или я нанимаю других.",
            "Either the crew is on site by Friday or I hire someone else.",
            "Ή είστε εδώ αύριο το πρωί ή φέρνω άλλον.",
            "Или назовите точную дату, или возвращайте аванс.",
            "Either you give me a firm date or you refund the deposit.",
            "Ή τελειώνετε ως την Παρασκευή ή μας επιστρέφετε την προκαταβολή.",
            "А за эту работу я не заплачу ни копейки.",
            "Отвечайте уже на звонки.",
            "Answer your phone already.",
            "Σηκώστε επιτέλους το τηλέφωνο.",
            "It's on the order in black and white.",
            "Το γράφει η παραγγελία μαύρο σε άσπρο.",
            "Счёт за ремонт пришёл быстрее мастера.",
            "The invoice got here faster than the engineer did.",
            "Το τιμολόγιο ήρθε πιο γρήγορα από τον τεχνικό.",
            "Что это за приёмка у вас такая?",
            "Τι εξυπηρέτηση είναι αυτή;",
        ],
        &[
            "If Anna is busy, we could get someone else from the team to help.",
            "Либо мы отправим замену, либо вернём деньги — как вам удобнее.",
            "Either we send a replacement or we refund you, whichever you prefer.",
            "Ή σας στέλνουμε αντικατάσταση ή σας επιστρέφουμε τα χρήματα, όπως προτιμάτε.",
            "Вы не заплатите ни копейки сверх сметы.",
            "Ответьте, пожалуйста, курьеру, он уже на месте.",
            "Please answer the phone when the courier calls; he is already on his way.",
            "Σηκώστε το τηλέφωνο όταν σας καλέσει ο κούριερ.",
            "The brochure is printed in black and white.",
            "Could you send me the terms in black and white?",
            "Η φωτογραφία είναι σε μαύρο και άσπρο.",
            "Счёт пришёл быстро, спасибо.",
            "The invoice arrived before the goods, as agreed.",
            "Το τιμολόγιο ήρθε νωρίτερα από το εμπόρευμα, όπως συμφωνήσαμε.",
            "Что это за документ? Пришлите его ещё раз, пожалуйста.",
            "Τι υλικό είναι αυτό; Θέλω να ξέρω για τη συντήρηση.",
        ],
    );
}

/// Ways of anger the nineteenth round of read letters (`train19/`) showed
/// missing, each in every language that lacked it: explanations not asked
/// for any more, "I suppose the answer is obvious", surprise that the goods
/// arrived at all, "I'm not hinting at anything", an excuse dismissed before
/// it is made ("don't tell me we imagined it"), an ultimatum ending in a
/// dispute with the bank, "I will not be writing again", "I'm not your
/// bank", "or my money back", the carrier pigeon, "can anyone in there
/// answer", a count of calls in Greek with any number, the file already
/// handed to the lawyer, "how is this to be understood at all", and the
/// writer made to look a clown.
#[test]
fn ways_of_anger_of_a_nineteenth_round() {
    signs_of_any_kind(
        &[
            Kind::Demand,
            Kind::Sarcasm,
            Kind::Blame,
            Kind::Rhetorical,
            Kind::Counting,
            Kind::Rebuke,
        ],
        &[
            "Объяснений я больше не прошу.",
            "I am not asking for explanations any more.",
            "Εξηγήσεις δεν ζητάω πια.",
            "За чей счёт — полагаю, ответ очевиден.",
            "At whose cost, I suspect we both know the answer.",
            "Με ποια έξοδα, υποθέτω ότι η απάντηση είναι προφανής.",
            "Удивлён, как коробка вообще доехала.",
            "I am amazed the box arrived at all.",
            "Απορώ πώς έφτασε καν το κουτί.",
            "Я, разумеется, ни на что не намекаю.",
            "Not that I'm hinting at anything.",
            "Δεν υπονοώ τίποτα, φυσικά.",
            "И не надо говорить, что нам показалось.",
            "And don't tell me we imagined it.",
            "Και μη μου πείτε ότι μας φάνηκε.",
            "Либо номер отслеживания сегодня, либо открываю спор через банк.",
            "Send the tracking number today, or I will open a dispute with my bank.",
            "Ή στέλνετε τον κωδικό σήμερα ή κάνω καταγγελία στην τράπεζα.",
            "Больше писать не буду.",
            "I will not be writing again.",
            "Δεν θα ξαναγράψω.",
            "Я вам не банк, чтобы кредитовать вас.",
            "I'm not your bank.",
            "Δεν είμαι τράπεζα να σας δανείζω.",
            "Замену до четверга или мои деньги назад.",
            "A replacement by Thursday or my money back.",
            "Τα θέλω ως την Πέμπτη ή τα χρήματά μου πίσω.",
            "Может, мне голубиной почтой написать?",
            "Or shall I send a carrier pigeon?",
            "Μπορεί κάποιος εκεί μέσα να απαντήσει ή να στείλω περιστέρι;",
            "Может хоть кто-нибудь у вас ответить?",
            "Σας έχουμε καλέσει εννέα φορές.",
            "Ο φάκελος έχει ήδη δοθεί στη δικηγόρο της εταιρείας.",
            "Как это понимать вообще?",
            "What am I supposed to make of this?",
            "Πώς να το εκλάβω αυτό;",
            "Site manager on my back and I look like a clown.",
            "Из-за вас я выгляжу перед заказчиком клоуном.",
            "Έγινα ρεζίλι μπροστά στον πελάτη μου.",
        ],
        &[
            "Объяснений не нужно, всё понятно, спасибо.",
            "We are not asking for anything else, thank you.",
            "Ответ на ваш вопрос очевиден из договора: доставка бесплатна.",
            "The answer is in the attached table.",
            "Удивлены, как быстро всё доехало, спасибо!",
            "Я намекаю на скидку — может, договоримся?",
            "Нам показалось, что цвет немного темнее образца, но это не важно.",
            "Please tell me if we imagined the noise; the engineer found nothing.",
            "Либо в понедельник, либо во вторник, как вам удобнее.",
            "Больше не буду вас беспокоить, если вам неинтересно.",
            "I won't be writing again about this unless something changes.",
            "Мы не банк и не можем предложить рассрочку.",
            "Гарантия простая: понравится или деньги назад.",
            "Satisfaction guaranteed or your money back.",
            "Может кто-нибудь у вас ответить на вопрос о доставке?",
            "Σας καλέσαμε μία φορά το πρωί.",
            "Τα έγγραφα δόθηκαν στη δικηγόρο για έλεγχο της σύμβασης.",
            "Как это понимать: доставка входит в цену?",
            "Πώς να καταλάβω ποιο αρχείο είναι το τελικό;",
            "The clown for the party looks great, thank you.",
        ],
    );
}

/// Ways of anger the twentieth round of read letters (`train20/`) showed
/// missing, each in every language that lacked it: the money taken on time
/// while the service fails, the clause "right above your signature", never
/// setting foot there again, customers not worth a line of reply,
/// "walking, is it?", calls of apology that interest nobody, and in
/// Russian "what have you done there" and "no more money from me".
#[test]
fn ways_of_anger_of_a_twentieth_round() {
    signs_of_any_kind(
        &[
            Kind::Demand,
            Kind::Sarcasm,
            Kind::Blame,
            Kind::Rhetorical,
            Kind::Rebuke,
        ],
        &[
            "None of my letters was answered, though I note the direct debit is still collected without any difficulty.",
            "На письма не отвечаете, зато деньги списываются исправно.",
            "Δεν απαντάτε, ενώ οι χρεώσεις γίνονται ανελλιπώς.",
            "It is clause 6, right above your signature.",
            "Это пункт 6, прямо над вашей подписью.",
            "Είναι το άρθρο 6, ακριβώς πάνω από την υπογραφή σας.",
            "We will never set foot in your shop again.",
            "Δεν ξαναπατάμε.",
            "If you think your customers don't deserve even a one-line reply, so be it.",
            "Если вы считаете, что клиенты не заслуживают даже строчки ответа, ваше право.",
            "Αν θεωρείτε ότι οι πελάτες σας δεν αξίζουν ούτε μια γραμμή απάντηση, καλά κάνετε.",
            "On its way since the 2nd. Walking, is it?",
            "Отправлено второго числа. Пешком идёт, что ли?",
            "Your calls of apology do not interest me.",
            "Ваши звонки с извинениями меня не интересуют.",
            "Οι συγγνώμες σας δεν με ενδιαφέρουν.",
            "Артём, вы что там наделали?",
            "Денег больше не дам, пока не исправите.",
        ],
        &[
            "The direct debit is collected on the first of each month.",
            "Деньги списываются первого числа каждого месяца.",
            "Please sign the form right above your name.",
            "Подпишите, пожалуйста, прямо над вашей фамилией.",
            "Θα ξαναπάμε σίγουρα, ήταν υπέροχα.",
            "The hotel was lovely and we will set foot in Crete again next year.",
            "Every customer deserves a reply within a day.",
            "Каждый клиент заслуживает ответа в течение дня.",
            "We went walking on the island, it was beautiful.",
            "Мы шли пешком от станции минут десять.",
            "Ваши предложения нас интересуют, пришлите каталог.",
            "Денег больше не нужно, всё оплачено.",
        ],
    );
}

/// A text with an unfilled template field is a form written once for many
/// readers: its wording as a whole is not weighed, as a mailing's capitals
/// are not read; its listed signs still are.
#[test]
fn a_form_with_an_unfilled_field_is_not_weighed_by_its_wording() {
    all_agitated(&["Carl, it's been eleven weeks for a two week job, stop telling me Friday and just give me my boat back."]);
    none_agitated(&[
        "{FIRST_NAME}, it's been eleven weeks for a two week job, stop telling me Friday and just give me my boat back.",
        "Dear [Client Name], it's been eleven weeks for a two week job, stop telling me Friday and just give me my boat back.",
    ]);
    all_agitated(&[
        "{FIRST_NAME}, this is the third time I am writing. Sort it out today, you useless lot.",
    ]);
}

/// A provider answering its own client with the irritation showing through
/// a professional surface (the letters one must not send to clients): the
/// fault laid on the client, the client's tone rebuked, exasperation at
/// explaining again, a curt refusal, another contractor to look for. Each
/// in the three languages, beside the same words in a calm letter.
#[test]
fn a_provider_irritated_with_its_client() {
    signs_of_kind(
        Kind::Counting,
        &[
            "As I have now explained in three separate emails, we need the signed form first.",
            "As we've now said twice, the quote stands.",
            "Я уже не знаю, как вам объяснить, что без подписи мы не начнём.",
            "Не знаю, как ещё вам это растолковать.",
            "Δεν ξέρω πώς αλλιώς να σας το εξηγήσω.",
            "Όπως σας εξήγησα ήδη, χρειαζόμαστε την υπογραφή.",
        ],
        &[
            "As I explained on the phone, the van arrives at nine.",
            "As we now know, the venue opens at eight.",
            "Не знаю, как объяснить, но зал нам очень понравился.",
            "Не знаю, как ещё можно использовать этот зал, подскажите идеи.",
            "Δεν ξέρω πώς αλλιώς θα μπορούσαμε να το στήσουμε, πείτε μου ιδέες.",
            "Όπως σας εξήγησα στο τηλέφωνο, το φορτηγό έρχεται στις εννιά.",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "The delay is entirely on your side, not ours.",
            "The hold-up is on your end.",
            "If the launch slips, that will be down to you.",
            "Задержка целиком на вашей стороне.",
            "Ошибка на вашей стороне, не на нашей.",
            "Η καθυστέρηση οφείλεται αποκλειστικά σε εσάς.",
            "Αν μετατεθεί η ημερομηνία, θα ευθύνεστε αποκλειστικά εσείς.",
            "Every time we finish a draft you move the goalposts.",
        ],
        &[
            "The parking is on your side of the building.",
            "Which colour we use is down to you to decide.",
            "Мы на вашей стороне и поможем с претензией.",
            "Η καθυστέρηση οφείλεται στην απεργία των λιμανιών.",
            "Θα ευθύνεστε εσείς για την παραλαβή των κλειδιών, όπως συμφωνήσαμε.",
            "Our goalkeeper moved to another club.",
        ],
    );
    decisive_signs(
        &[
            "Frankly, your tone is unhelpful.",
            "Your tone has been quite inappropriate.",
            "I won't respond to demands phrased like that.",
            "When you are ready to discuss this professionally, let me know.",
            "Check your spam folder before accusing us of missing deadlines.",
            "Ваш тон неуместен.",
            "На письма в таком тоне я отвечать не буду.",
            "Я не намерен общаться в таком тоне.",
            "Το ύφος σας δεν βοηθάει.",
            "Δεν θα απαντήσω σε μηνύματα με τέτοιο ύφος.",
            "Όταν είστε έτοιμη να το συζητήσουμε σοβαρά, ενημερώστε με.",
            "Ελέγξτε τα ανεπιθύμητα πριν μας κατηγορήσετε.",
        ],
        &[
            "Thank you for the friendly tone of your message.",
            "Your tone of voice guide is very helpful.",
            "When you are ready to discuss the next phase, let me know.",
            "Спасибо за доброжелательный тон письма.",
            "Тон вашей рекламы нам понравился.",
            "Το ύφος του κειμένου σας είναι εξαιρετικό.",
            "Όταν είστε έτοιμη να το συζητήσουμε, ενημερώστε με.",
            "Before accusing anyone, the police will review the footage.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Not happening.",
            "Этого не будет.",
            "Αυτό δεν θα γίνει.",
            "Не устраивает — ищите другого подрядчика.",
        ],
        &[
            "This is not happening on Friday, it moved to Monday.",
            "Такого больше не будет, обещаем.",
            "Αυτό δεν θα ξαναγίνει, σας το υπόσχομαι.",
            "Αυτό δεν θα γίνει πριν από τη Δευτέρα.",
            "Если вам нужен другой подрядчик, мы порекомендуем.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "This is becoming a waste of everyone's time.",
            "Это превращается в пустую трату времени.",
        ],
        &[
            "Saving everyone's time is why we moved the call.",
            "Трата времени на дорогу составит час.",
        ],
    );
    // Whole letters: two such signs add up.
    all_agitated(&[
        "Hi Mark,\n\nAs I have now explained in three separate emails, the delay is on your side, not ours. We cannot start until we receive the signed specification.\n\nEmma",
        "Анна, добрый день.\n\nОткровенно говоря, ваш тон неуместен. Когда будете готовы обсуждать вопрос конструктивно, дайте знать.\n\nМихаил",
        "Γεια σου Βασίλη,\n\nΔεν ξέρω πώς αλλιώς να στο πω. Η εγγύηση δεν καλύπτει ζημιά από νερό, και η καθυστέρηση οφείλεται αποκλειστικά σε εσάς.\n\nΛίζα",
    ]);
}

/// More ways a provider's irritation with its client shows, drawn from the
/// letters of `train21/` (read) and written in every language: the
/// client's messages counted as useless, a remark on the client's manners,
/// a curt end to the discussion, "not our concern", feelings brushed
/// aside, "a child could have", "sure, we'll drop everything", "not happy?
/// I'm not keeping you", surprise at the client's tone, "για να το
/// καταλάβετε απλά". Each beside calm uses of the same words.
#[test]
fn more_of_a_provider_irritated_with_its_client() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Messaging five times a day won't change that.",
            "Звонки каждые полчаса сроки не ускорят.",
            "Τα μηνύματα κάθε μισή ώρα δεν θα αλλάξουν την ημερομηνία.",
        ],
        &[
            "Calling us won't be necessary; we will confirm by email.",
            "Звонки принимаем с девяти до шести.",
            "Τα μηνύματα απαντώνται μέσα σε μία ώρα.",
        ],
    );
    decisive_signs(
        &[
            "A please or thank you wouldn't go amiss.",
            "Some basic courtesy would go a long way.",
            "Элементарная вежливость не помешала бы.",
            "Ένα «παρακαλώ» δεν θα έβλαπτε.",
            "A child could have pressed that button.",
            "Maybe learn to proofread.",
            "С этим бы и ребёнок справился.",
            "Ένα παιδί θα το είχε καταλάβει.",
            "Μάθετε να διαβάζετε τα συμβόλαια πριν υπογράφετε.",
            "Frankly, I was taken aback by your tone.",
            "Честно говоря, удивил ваш тон.",
            "Με ξένισε το ύφος του μηνύματός σας.",
            "Για να το καταλάβετε απλά: μετράμε με ακρίβεια εκατοστού.",
        ],
        &[
            "A cup of tea wouldn't go amiss after the meeting.",
            "Вежливость персонала — наш приоритет.",
            "Λίγη ξεκούραση δεν θα έβλαπτε κανέναν.",
            "Our kit is so simple a child could use it.",
            "С этим справится даже ребёнок: удобная застёжка.",
            "Ένα παιδί μπορεί να το χρησιμοποιήσει με ασφάλεια.",
            "Staff learn to proofread in their first week.",
            "We were pleasantly surprised by the tone of the reviews.",
            "Тон переговоров был дружелюбный.",
            "Μας άρεσε το ύφος του κειμένου.",
            "Για να καταλάβετε καλύτερα τη διαδικασία, επισυνάπτω ένα σχέδιο.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "Not something I'm going to discuss further.",
            "I won't be discussing this any further.",
            "Дальнейшую переписку считаю бессмысленной.",
            "Δεν έχουμε τίποτα άλλο να συζητήσουμε.",
            "If you're not happy, you're free to go elsewhere.",
            "Не устраивает — не держу.",
            "Αν δεν σας αρέσει, είστε ελεύθερη να πάτε αλλού.",
        ],
        &[
            "Something we can discuss further on Monday.",
            "Обсуждать будем в понедельник.",
            "Дальнейшее обсуждение перенесём на понедельник.",
            "Δεν έχουμε τίποτα άλλο να προσθέσουμε, ευχαριστούμε!",
            "You are free to go elsewhere for a second opinion; here are three names.",
            "Не устраивает время — перенесём, без проблем.",
            "Αν δεν σας αρέσει το χρώμα, το αλλάζουμε δωρεάν.",
        ],
    );
    signs_of_kind(
        Kind::Charged,
        &[
            "That's not our concern, I'm afraid.",
            "Это, извините, не наша забота.",
            "Это, уж извините, не наша забота.",
            "Αυτό δεν είναι δικό μας πρόβλημα.",
            "Feelings don't change the measurements.",
            "Эмоции к делу не относятся.",
            "Οι μετρήσεις δεν λαμβάνουν υπόψη συναισθήματα.",
        ],
        &[
            "Our concern is your safety.",
            "Забота о клиентах — наша работа.",
            "Το πρόβλημα δεν είναι δικό σας, θα το λύσουμε εμείς.",
            "We take your feelings seriously.",
            "Эмоции от поездки остались прекрасные.",
            "Λαμβάνουμε υπόψη τα συναισθήματά σας.",
        ],
    );
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Sure, we'll just drop everything for you.",
            "Щас всё бросим и поедем к вам.",
            "Βεβαίως, θα τα παρατήσουμε όλα για εσάς.",
        ],
        &[
            "We'll drop everything off at reception.",
            "Сейчас всё упакуем и отправим.",
            "Θα τα αφήσουμε όλα στη ρεσεψιόν.",
        ],
    );
}

/// A failure said again at the end of a clause counts in each language,
/// as "the invoice is wrong again" does in English; good news again, or
/// a reader glad to be seen again, does not.
#[test]
fn a_failure_said_again_counts_in_each_language() {
    signs_of_kind(
        Kind::Counting,
        &[
            "The invoice is wrong again!!!",
            "The portal is down again.",
            "Счёт опять неправильный!!!",
            "Портал снова не работает.",
            "Το τιμολόγιο είναι πάλι λάθος!!!",
            "Η πύλη είναι ξανά εκτός λειτουργίας.",
        ],
        &[
            "We are glad to see you again.",
            "Рады снова видеть вас.",
            "Портал снова работает.",
            "Η παράδοση ήρθε πάλι στην ώρα της.",
            "Η πύλη λειτουργεί ξανά.",
        ],
    );
}

/// "If you can call it that" of what the reader delivered ("если это,
/// конечно, можно так назвать", "αν μπορεί να το πει κανείς έτσι"), and a
/// lone "полюбуйтесь." / "καμαρώστε τα." after the damage shown, are
/// sarcasm; naming a thing plainly, or admiring a view in a mailing, is not.
#[test]
fn if_you_can_call_it_that_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "We received the costumes back. If you can call it that.",
            "The report arrived, if it can even be called that.",
            "Костюмы мы получили. Если это, конечно, можно так назвать.",
            "Отчёт пришёл, если его вообще можно так назвать.",
            "Фотографии во вложении, полюбуйтесь.",
            "Παραλάβαμε τα κοστούμια, αν μπορεί να το πει κανείς έτσι.",
            "Οι φωτογραφίες είναι στο συνημμένο, καμαρώστε τα.",
        ],
        &[
            "We can call it a pilot if you like.",
            "Call it what you like, the invoice is due on Friday.",
            "Ask Marta if you can call them today.",
            "See if we can call it a day.",
            "Let me know if it can be called off.",
            "Можно назвать это пилотным проектом.",
            "Полюбуйтесь закатом с нашей новой террасы!",
            "Μπορούμε να το πούμε πιλοτικό έργο.",
            "Καμαρώστε τη νέα μας συλλογή στο κατάστημα!",
        ],
    );
}

/// "It is written in big letters on our home page" ("крупными буквами
/// написано на сайте", "με μεγάλα γράμματα γράφει") lays the fault on the
/// reader; asking for a name in capital letters does not.
#[test]
fn written_in_big_letters_lays_the_fault_on_the_reader() {
    signs_of_any_kind(
        &[Kind::Blame, Kind::Rebuke, Kind::Sarcasm],
        &[
            "Bookings closed in October, as it says in big letters on our home page.",
            "It is written in large letters on the first page of the contract.",
            "Запись закрыта с октября, о чём крупными буквами написано на главной странице.",
            "На первой странице договора большими буквами указано: без возврата.",
            "Οι κρατήσεις έκλεισαν τον Οκτώβριο, όπως γράφει με μεγάλα γράμματα η αρχική σελίδα.",
        ],
        &[
            "Please write your name in capital letters.",
            "Напишите, пожалуйста, фамилию печатными буквами.",
            "Γράψτε το όνομά σας με κεφαλαία γράμματα.",
        ],
    );
}

/// "Read the contract before writing to us again" ("прочитайте договор,
/// прежде чем снова писать нам", "διαβάστε το συμβόλαιο πριν μας
/// ξαναγράψετε") is a rebuke; pointing to the FAQ before a first question
/// is not.
#[test]
fn read_it_before_writing_again_is_a_rebuke() {
    decisive_signs(
        &[
            "The cancellation terms are on page two. Please read them before writing to us again.",
            "Read the manual before you contact us again.",
            "Условия отмены на второй странице. Прочитайте их, прежде чем снова писать нам.",
            "Прежде чем ещё раз обращаться к нам, перечитайте договор.",
            "Οι όροι ακύρωσης είναι στη δεύτερη σελίδα. Διαβάστε τους πριν μας ξαναγράψετε.",
        ],
        &[
            "Before contacting support, please read the FAQ.",
            "Please read the attached guide before the meeting.",
            "Прежде чем обращаться в поддержку, прочитайте инструкцию.",
            "Πριν επικοινωνήσετε μαζί μας, διαβάστε τις οδηγίες.",
        ],
    );
}

/// "What (else) did you expect?" said at the end of a sentence ("чего вы
/// ожидали?", "τι περιμένατε;") is a rhetorical question; asking what the
/// reader expected from a course is not.
#[test]
fn what_did_you_expect_is_rhetorical() {
    signs_of_kind(
        Kind::Rhetorical,
        &[
            "You drilled into waterlogged ground. What did you expect?",
            "I'm not sure what else anyone would have expected.",
            "Вы кормили рыб три раза в день. А чего вы ожидали?",
            "Εσείς τα ταΐζατε τρεις φορές τη μέρα. Τι περιμένατε;",
        ],
        &[
            "What did you expect from the workshop?",
            "Чего вы ожидали от тренинга?",
            "Τι περιμένατε από το σεμινάριο;",
        ],
    );
}

/// "Which I assume is common knowledge among those who specify it" ("что,
/// полагаю, известно любому специалисту", "κάτι που υποθέτω ότι είναι
/// γνωστό σε όσους…") talks down to the reader; assuming a plan is not.
#[test]
fn assumed_common_knowledge_talks_down() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Marble varies, which I assume is common knowledge among those who specify it.",
            "I would have thought that was obvious to anyone in the trade.",
            "Мрамор неоднороден, что, полагаю, известно любому специалисту.",
            "Το μάρμαρο έχει διακυμάνσεις, κάτι που υποθέτω ότι είναι γνωστό σε όσους το προδιαγράφουν.",
        ],
        &[
            "I assume the meeting on Friday is still on.",
            "Полагаю, встреча в пятницу в силе.",
            "Υποθέτω ότι η συνάντηση της Παρασκευής ισχύει.",
        ],
    );
}

/// The reader's place named by what the author is not ("we are not a
/// storage facility", "мы прокат, а не ваша костюмерная", "δεν είμαστε
/// αποθήκη") is a rebuke; a plain statement of the service is not.
#[test]
fn we_are_not_your_storage_is_a_rebuke() {
    signs_of_any_kind(
        &[Kind::Rebuke, Kind::Sarcasm, Kind::Charged],
        &[
            "Your certificates have been ready since September. We are not a storage facility.",
            "Мы всё-таки прокат, а не ваша костюмерная.",
            "Δεν είμαστε αποθήκη. Παραλάβετε τα κάδρα σας.",
        ],
        &[
            "We are not a storage company, but we can recommend one nearby.",
            "Мы прокат костюмов, а не пошив: шить на заказ не можем.",
            "Δεν είμαστε αποθήκη, αλλά μπορούμε να σας προτείνουμε μία.",
        ],
    );
}

/// "Cases exist for a reason" ("сроки придуманы не просто так", "οι όροι
/// υπάρχουν για κάποιο λόγο") lectures the reader; a reason given is not.
#[test]
fn exists_for_a_reason_lectures() {
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Rebuke, Kind::Blame],
        &[
            "Cases exist for a reason.",
            "Deadlines are there for a reason.",
            "Сроки придуманы не просто так.",
            "Правила существуют не для красоты.",
            "Οι όροι υπάρχουν για κάποιο λόγο.",
        ],
        &[
            "The delay exists for a reason we explained on Monday: the strike.",
            "Мы задержались не просто так: был снегопад.",
            "Υπάρχει λόγος για την καθυστέρηση: η απεργία.",
        ],
    );
}

/// A last word that leaves no room ("this is the only notice you will
/// get", "больше напоминаний не будет", "δεν θα υπάρξει άλλη υπενθύμιση")
/// is a demand; a friendly "no more reminders needed" is not.
#[test]
fn the_only_notice_you_will_get_is_a_demand() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Anything not collected by 31 January will be disposed of. This is the only notice you will get.",
            "There will be no further reminders.",
            "Больше напоминаний не будет.",
            "Δεν θα υπάρξει άλλη υπενθύμιση.",
        ],
        &[
            "Thanks for paying so quickly, you won't need any more reminders from us.",
            "Спасибо за оплату, напоминания больше не нужны.",
            "Ευχαριστούμε για την πληρωμή, δεν χρειάζεται άλλη υπενθύμιση.",
        ],
    );
}

/// "It takes a certain amount of confidence to wire a dimmer off a video"
/// ("нужна определённая наглость, чтобы…", "χρειάζεται κάποιο θράσος για
/// να…") is sarcasm; courage praised is not.
#[test]
fn it_takes_a_certain_confidence_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "It takes a certain amount of confidence to fit a dimmer yourself off a video and then ask why it trips.",
            "Нужна определённая наглость, чтобы после этого требовать скидку.",
            "Χρειάζεται κάποιο θράσος για να ζητάτε έκπτωση μετά από αυτό.",
        ],
        &[
            "It takes courage to admit a mistake, and we thank you for it.",
            "Нужна смелость, чтобы признать ошибку, и мы это ценим.",
            "Χρειάζεται θάρρος για να παραδεχτεί κανείς ένα λάθος.",
        ],
    );
}

/// "I'm sure you'll enjoy explaining that to your board" ("удачи в
/// объяснении этого вашему руководству", "καλή τύχη να το εξηγήσετε στη
/// διοίκησή σας") is sarcasm; an offer to explain it to the board is not.
#[test]
fn enjoy_explaining_it_to_your_board_is_sarcasm() {
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Demand],
        &[
            "Fieldwork will move. I'm sure you'll enjoy explaining that to your board.",
            "Good luck explaining that to your finance team.",
            "Удачи в объяснении этого вашему руководству.",
            "Καλή τύχη να το εξηγήσετε στη διοίκησή σας.",
        ],
        &[
            "We'd be glad to help explain the new timeline to your board.",
            "Готовы помочь объяснить новый график вашему руководству.",
            "Μπορούμε να βοηθήσουμε να εξηγήσετε το νέο χρονοδιάγραμμα στη διοίκησή σας.",
        ],
    );
}

/// "If that doesn't suit you, find another warehouse" ("αν δεν σας
/// βολεύει, βρείτε άλλη αποθήκη", "если не устраивает, можете поискать
/// другого подрядчика") shows the reader the door; another date offered
/// is not.
#[test]
fn if_it_does_not_suit_you_find_another_is_a_demand() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "If that doesn't suit you, find another warehouse.",
            "Если вас это не устраивает, можете поискать другого подрядчика.",
            "Αν δεν σας βολεύει έτσι, βρείτε άλλη αποθήκη.",
        ],
        &[
            "If Tuesday doesn't suit you, we can find another slot.",
            "Если вторник не подходит, найдём другое время.",
            "Αν δεν σας βολεύει η Τρίτη, θα βρούμε άλλη ώρα.",
        ],
    );
}

/// "We do have other customers" ("у нас есть и другие клиенты", "έχω κι
/// άλλους πελάτες να κοιτάξω") dismisses the reader; other customers
/// waiting for a slot, said as a reason, do not.
#[test]
fn we_have_other_customers_dismisses() {
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Charged, Kind::Rebuke],
        &[
            "Buy a new one or stop ringing please, we do have other customers.",
            "You are not our only client.",
            "У нас, знаете ли, есть и другие клиенты.",
            "Вы у нас не единственный клиент.",
            "Πληρώστε και πάρτε το αμάξι, έχω κι άλλους πελάτες να κοιτάξω.",
        ],
        &[
            "We have other customers waiting for this slot, so please confirm by Friday.",
            "У нас есть другие клиенты в вашем районе, поэтому доставка бесплатная.",
            "Έχουμε κι άλλους πελάτες στην περιοχή σας, γι' αυτό η μεταφορά είναι δωρεάν.",
        ],
    );
}

/// "Someone more familiar with computers" ("сотрудник, который лучше
/// разбирается в компьютерах", "κάποιος πιο εξοικειωμένος με υπολογιστές")
/// talks down to the reader; a training offered is not.
#[test]
fn someone_more_familiar_with_computers_talks_down() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Perhaps hand the export to a colleague more familiar with computers.",
            "Поручите выгрузку сотруднику, который лучше разбирается в компьютерах.",
            "Αναθέστε την εξαγωγή σε κάποιον συνεργάτη σας πιο εξοικειωμένο με υπολογιστές.",
        ],
        &[
            "We run a short course for staff who want to get more familiar with the system.",
            "Мы проводим курс для сотрудников, которые хотят лучше разобраться в системе.",
            "Κάνουμε σεμινάριο για όσους θέλουν να εξοικειωθούν με το σύστημα.",
        ],
    );
}

/// "We won't remind you again" ("больше напоминать не будем", "δεν θα σας
/// το ξαναθυμίσουμε") and, in English, "this matter is closed." standing
/// alone leave the reader no room; a ticket closed or a reminder no longer
/// needed does not.
#[test]
fn no_more_reminders_and_a_closed_matter_are_demands() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "The booking will be cancelled at noon on Monday. We won't remind you again.",
            "This matter is closed.",
            "End of discussion.",
            "Не поступит — бронь аннулируется. Больше напоминать не будем.",
            "Η κράτηση ακυρώνεται τη Δευτέρα. Δεν θα σας το ξαναθυμίσουμε.",
        ],
        &[
            "Your request has been closed; reply to this email to reopen it.",
            "Ваш запрос закрыт, спасибо за обращение.",
            "Το αίτημά σας έκλεισε. Απαντήστε για να το ανοίξετε ξανά.",
            "You have paid, so we won't need to remind you again.",
        ],
    );
}

/// "Read it, then write." ("Прочитайте, потом пишите.", "Διαβάστε το πρώτα
/// και μετά γράψτε.") sends the reader off; "look at the catalogue first,
/// then we'll talk" does not.
#[test]
fn read_it_then_write_is_a_rebuke() {
    decisive_signs(
        &[
            "The guide is in the Help section. Read it first, then write.",
            "Инструкция лежит в разделе «Помощь». Прочитайте, потом пишите.",
            "Οι οδηγίες είναι στη Βοήθεια. Διαβάστε τις πρώτα και μετά γράψτε.",
        ],
        &[
            "Have a look at the catalogue first, then we can talk.",
            "Для начала посмотрите каталог, а потом обсудим.",
            "Δείτε πρώτα τον κατάλογο και μετά τα λέμε.",
        ],
    );
}

/// "Allow me to set it out once more, as clearly as I can" ("объясню ещё
/// раз простыми словами", "θα σας το εξηγήσω ξανά όσο πιο απλά γίνεται")
/// and "I appreciate that stationery is not your field" talk down; "we
/// explain it in plain words in the guide" does not.
#[test]
fn once_more_as_clearly_as_i_can_talks_down() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Allow me to set it out once more, as clearly as I can.",
            "I appreciate that stationery is not your field.",
            "Объясню ещё раз, простыми словами.",
            "Θα σας το εξηγήσω ξανά όσο πιο απλά γίνεται.",
        ],
        &[
            "Our guide explains the steps as clearly as it can.",
            "If bookkeeping is not your field, our team can help.",
            "В памятке всё объяснено простыми словами.",
            "Στον οδηγό τα εξηγούμε με απλά λόγια.",
        ],
    );
}

/// "The mistake definitely wasn't on my side" ("ошибка не на нашей
/// стороне", "το λάθος δεν ήταν δικό μας") lays the fault on the reader;
/// owning the mistake does not.
#[test]
fn the_mistake_was_not_on_my_side_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "It'll be the usual £18, since the mistake definately wasn't on my side.",
            "Ошибка точно не на нашей стороне.",
            "Το λάθος σίγουρα δεν ήταν δικό μας.",
        ],
        &[
            "The mistake was on our side, and we have fixed it.",
            "Ошибка на нашей стороне, мы её исправили.",
            "Το λάθος ήταν δικό μας και το διορθώσαμε.",
        ],
    );
}

/// "Perhaps this time you could look at the proof a little more
/// carefully" ("в этот раз посмотрите повнимательнее", "αυτή τη φορά να το
/// κοιτάξετε πιο προσεκτικά") talks down; the author's own promise to check
/// more carefully does not.
#[test]
fn look_more_carefully_this_time_talks_down() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "We'll send a proof, which this time you might look at a little more carefully.",
            "Пришлём макет, который в этот раз стоит посмотреть повнимательнее.",
            "Θα σας στείλουμε δοκίμιο, το οποίο ίσως αξίζει αυτή τη φορά να το κοιτάξετε λίγο πιο προσεκτικά.",
        ],
        &[
            "This time we will check the proof more carefully ourselves.",
            "В этот раз мы проверим макет внимательнее сами.",
            "Αυτή τη φορά θα ελέγξουμε εμείς το δοκίμιο πιο προσεκτικά.",
        ],
    );
}

/// "The policy says economy, and I didn't write it" ("не я эти правила
/// придумал", "δεν την έγραψα εγώ") pushes the reader off; naming who
/// wrote a report does not.
#[test]
fn i_did_not_write_the_policy_is_blame() {
    signs_of_any_kind(
        &[Kind::Blame, Kind::Sarcasm, Kind::Rebuke],
        &[
            "Your travel policy says economy, and I didn't write it.",
            "I don't make the rules.",
            "Ваша политика — эконом, и не я эти правила придумал.",
            "Η πολιτική ταξιδιών σας λέει economy και δεν την έγραψα εγώ.",
        ],
        &[
            "I didn't write the report, Anna did; she will answer.",
            "Отчёт писал не я, а Анна, она ответит.",
            "Την αναφορά δεν την έγραψα εγώ, την έγραψε η Άννα.",
        ],
    );
}

/// "I do not need an apology" ("мне не нужны ваши извинения", "δεν
/// χρειάζομαι τις συγγνώμες σας") refuses the reader's apology: a rebuke.
/// "No apology needed" forgives it.
#[test]
fn an_apology_refused_is_a_rebuke() {
    decisive_signs(
        &[
            "I do not need an apology and I do not need a new schedule.",
            "We don't need your apologies, we need the van back by Monday.",
            "Мне не нужны ваши извинения, мне нужен отчёт к пятнице.",
            "Нам не нужны извинения.",
            "Δεν χρειάζομαι τις συγγνώμες σας, χρειάζομαι το φορτηγό πίσω.",
            "Δεν θέλουμε άλλες συγγνώμες.",
        ],
        &[
            "No apology needed, these things happen.",
            "You don't need to apologise, the parcel arrived this morning.",
            "Не нужно извиняться, всё уже пришло.",
            "Δεν χρειάζεται συγγνώμη, το δέμα ήρθε σήμερα το πρωί.",
        ],
    );
}

/// "The tone of your email doesn't help anyone" ("ваш тон никому не
/// помогает", "ο τόνος του δεν βοηθάει κανέναν") rebukes the reader's
/// tone; the tone of an advert that doesn't help sales is no rebuke.
#[test]
fn a_tone_that_helps_nobody_is_a_rebuke() {
    decisive_signs(
        &[
            "Frankly, the tone of your email doesn't help anyone.",
            "Your tone does not help either of us.",
            "Честно говоря, ваш тон никому не помогает.",
            "Такой тон делу не поможет.",
            "Διάβασα το μήνυμά σας και, ειλικρινά, ο τόνος του δεν βοηθάει κανέναν.",
            "Το ύφος σας δεν βοηθά κανέναν μας.",
        ],
        &[
            "The tone of the old advert doesn't help sales, so we changed it.",
            "Тон старой рекламы продажам не помогает, поэтому мы его сменили.",
            "Ο τόνος της παλιάς διαφήμισης δεν βοηθάει τις πωλήσεις.",
        ],
    );
}

/// The reader's messages counted: a lone "Third message today." ("Третье
/// письмо за сегодня.", "Τρίτο μήνυμα σήμερα.") and "as I told you on
/// Tuesday and again yesterday" ("как я говорил во вторник и ещё раз
/// вчера", "όπως σας είπα την Τρίτη και ξανά χθες"). The author's own
/// second email with an apology, or thanks said again, count nothing.
#[test]
fn the_readers_messages_counted_are_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "Third message today. The car will be ready when the part comes.",
            "This is your fourth email this morning.",
            "Третье письмо за сегодня. Машина будет готова, когда придёт деталь.",
            "Τρίτο μήνυμα σήμερα. Το αυτοκίνητο θα είναι έτοιμο όταν έρθει το ανταλλακτικό.",
            "The car will be ready when the part arrives, as I told you on Tuesday and again yesterday.",
            "Машина будет готова, когда придёт деталь, как я вам говорил во вторник и ещё раз вчера.",
            "Το αυτοκίνητο θα είναι έτοιμο όταν έρθει το ανταλλακτικό, όπως σας είπα την Τρίτη και ξανά χθες.",
        ],
        &[
            "Second email today, sorry, I forgot to add the file.",
            "Второе письмо за сегодня, простите, забыл приложить файл.",
            "Δεύτερο μήνυμα σήμερα, συγγνώμη, ξέχασα το αρχείο.",
            "As I told you on Monday, thanks again for the lovely lunch.",
            "Как я говорил в понедельник, спасибо ещё раз за обед.",
            "Όπως σας είπα τη Δευτέρα, ευχαριστώ και πάλι για το γεύμα.",
        ],
    );
}

/// "We are a tyre wholesaler and not a bank" ("мы оптовый склад, а не
/// банк", "είμαστε συνεργείο και όχι τράπεζα"): the listed "we are not a
/// bank" with the author's trade named first, a charged word as that is.
/// A bank that is not a broker says nothing of the reader.
#[test]
fn a_trade_that_is_not_a_bank_is_charged() {
    signs_of_kind(
        Kind::Charged,
        &[
            "I'm sure you'll understand that we are a tyre wholesaler and not a bank.",
            "We're a print shop, not a bank.",
            "Напомню, что мы оптовый склад, а не банк.",
            "Σας θυμίζω ότι είμαστε συνεργείο και όχι τράπεζα.",
        ],
        &[
            "We are a savings bank, not a broker, so we cannot advise on shares.",
            "Мы сберегательный банк, а не брокер.",
            "Είμαστε συνεταιριστική τράπεζα και όχι μεσίτες.",
        ],
    );
}

/// "As it says in quite big letters on your ticket": the listed "in big
/// letters" with a word between ("довольно крупными буквами", "με αρκετά
/// μεγάλα γράμματα"); a name asked for in capital letters is not it.
#[test]
fn quite_big_letters_lay_the_fault_on_the_reader() {
    signs_of_kind(
        Kind::Blame,
        &[
            "The boat left at ten, as it says on your ticket in quite big letters.",
            "Отправление в десять, как довольно крупными буквами написано в вашем билете.",
            "Η αναχώρηση ήταν στις 10:00, όπως γράφει και το εισιτήριό σας με αρκετά μεγάλα γράμματα.",
        ],
        &[
            "Please write your name in quite large letters on the form.",
            "Впишите, пожалуйста, фамилию довольно крупными буквами.",
            "Γράψτε το όνομά σας με αρκετά μεγάλα γράμματα στη φόρμα.",
        ],
    );
}

/// "After that, we guarantee nothing" ("после этого ничего не
/// гарантируем", "μετά από αυτό δεν εγγυόμαστε τίποτα") is an ultimatum;
/// a price that cannot be guaranteed after a date is not.
#[test]
fn after_that_we_guarantee_nothing_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "We can do the alteration if you come this week. After that, we guarantee nothing.",
            "Переделаем, если приедете на этой неделе. После этого ничего не гарантируем.",
            "Μπορούμε να κάνουμε τη μετατροπή αν έρθετε αυτή την εβδομάδα. Μετά από αυτό δεν εγγυόμαστε τίποτα.",
        ],
        &[
            "After the first of March we cannot guarantee the current price.",
            "После первого марта мы не можем гарантировать нынешнюю цену.",
            "Μετά την 1η Μαρτίου δεν μπορούμε να εγγυηθούμε την τρέχουσα τιμή.",
        ],
    );
}

/// A lone "I have kept the email." ("Письмо я сохранил.", "Έχω κρατήσει
/// το μήνυμα.") holds proof against the reader, a weak sign of blame; the
/// email kept with a booking number for later is not.
#[test]
fn the_email_kept_as_proof_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "We wrote to you about it. I have kept the email.",
            "Мы вам об этом писали. Письмо я сохранил.",
            "Σας το είχαμε γράψει. Έχω κρατήσει το μήνυμα.",
        ],
        &[
            "I have kept the email with your booking number, so we can find it later.",
            "Я сохранил письмо с номером брони, чтобы найти его потом.",
            "Έχω κρατήσει το μήνυμα με τον αριθμό κράτησης, για να το βρούμε αργότερα.",
        ],
    );
}

/// A remark on the reader's way of writing that asks for another: "I'd be
/// grateful if we could keep future correspondence on a more professional
/// footing", "предлагаю дальше общаться в деловом тоне", "προτείνω να
/// συνεχίσουμε σε πιο επαγγελματικό τόνο" rebuke the reader; a partnership
/// put on a professional footing, or a talk moved to the phone, do not.
#[test]
fn asking_for_a_more_professional_tone_is_a_rebuke() {
    decisive_signs(
        &[
            "I would be grateful if we could keep future correspondence on a more professional footing.",
            "Let's keep this exchange on a more civil note, please.",
            "Предлагаю дальше общаться в деловом тоне, если вы заинтересованы в результате.",
            "Такие формулировки к конструктивному разговору не располагают.",
            "Προτείνω να συνεχίσουμε σε πιο επαγγελματικό τόνο, αν θέλετε να βρούμε λύση.",
        ],
        &[
            "Last year we put the partnership on a professional footing with a written contract.",
            "Предлагаю дальше общаться по телефону: так быстрее.",
            "Προτείνω να συνεχίσουμε τη συζήτηση τηλεφωνικά.",
        ],
    );
}

/// The reader's own choice held against them: "that's what you should
/// have ordered", advice for their next time ("perhaps it might be worth
/// having someone double-check the codes before the next order"), "it's in
/// the terms you signed" ("вы сами подтвердили", "στους όρους που
/// υπογράψατε"), "that's why we told you to", "a version somebody has
/// actually checked", "it's not our fault if you wear them in the mud".
/// The terms quoted for what they say, or a fault laid on a courier, are
/// not blame of the reader.
#[test]
fn the_readers_own_choice_held_against_them_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "If you needed 4.2 m, that's what you should have ordered.",
            "Maybe worth getting the tape measure out before sending the next one through.",
            "Perhaps it might be worth having someone check the codes before the next order is placed.",
            "Scale is not covered. It's in the terms you signed.",
            "That's why we told you to fit a filter.",
            "Let me know when I can expect a version that somebody has actually checked.",
            "It's not our fault if you wear them in the mud.",
            "Если нужны были четыре метра, именно их и надо было заказывать.",
            "Условия вы сами подтвердили при бронировании.",
            "Это прописано в договоре, который вы подписали.",
            "Мы не виноваты, если вы носите их в грязи.",
            "Αν χρειαζόσασταν 4,2 μέτρα, αυτό έπρεπε να παραγγείλετε.",
            "Το γράφει στους όρους που υπογράψατε.",
            "Δεν φταίμε εμείς αν τις φοράτε στις λάσπες.",
        ],
        &[
            "As the terms say, the warranty lasts two years.",
            "It's not our fault, it's the courier's, and we have complained to them.",
            "Perhaps it's worth booking now, before the next price rise.",
            "Согласно договору, гарантия действует два года.",
            "Мы не виноваты в задержке курьера, но поможем.",
            "Σύμφωνα με τους όρους, η εγγύηση ισχύει δύο χρόνια.",
        ],
    );
}

/// "Which I suppose is technically very low maintenance" ("что, полагаю,
/// формально тоже…", "που υποθέτω ότι τεχνικά…"): praise granted on a
/// technicality is sarcasm; a technical point made plainly is not.
#[test]
fn praise_granted_on_a_technicality_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Everything you planted is now dead, which I suppose is technically very low maintenance.",
            "Всё, что вы посадили, засохло, что, полагаю, формально тоже можно назвать низкими затратами на уход.",
            "Όλα όσα φυτέψατε ξεράθηκαν, που υποθέτω ότι τεχνικά είναι πολύ χαμηλή συντήρηση.",
        ],
        &[
            "The new roof is technically a flat roof, so it needs a membrane.",
            "Технически это плоская кровля, поэтому нужна мембрана.",
            "Τεχνικά είναι επίπεδη στέγη, γι' αυτό χρειάζεται μεμβράνη.",
        ],
    );
}

/// "Everything was said in my last email" ("всё было сказано в прошлом
/// письме", "όλα ειπώθηκαν στο προηγούμενο μήνυμα") and "the third such
/// incident" ("третий подобный случай", "τρίτο τέτοιο περιστατικό")
/// count; what was said that still stands does not.
#[test]
fn everything_said_before_and_a_third_incident_are_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "I see no point in discussing it again: everything was said in my last email.",
            "This is the third such incident since September.",
            "Обсуждать это повторно не вижу смысла — всё было сказано в прошлом письме.",
            "Это третий подобный случай с сентября.",
            "Δεν βλέπω λόγο να το ξανασυζητήσουμε: όλα ειπώθηκαν στο προηγούμενο μήνυμα.",
            "Είναι το τρίτο τέτοιο περιστατικό από τον Σεπτέμβριο.",
        ],
        &[
            "Everything said in my last email still stands.",
            "Всё, что было сказано в прошлом письме, остаётся в силе.",
            "Ό,τι ειπώθηκε στο προηγούμενο μήνυμα ισχύει.",
        ],
    );
}

/// The reader asked to write "in a rather more measured way" ("прошу
/// впредь излагать претензии в более корректной форме", "σας παρακαλώ με
/// πιο κόσμιο τρόπο") is rebuked; figures to be presented in a more
/// measured way are not a rebuke.
#[test]
fn a_more_measured_way_asked_for_is_a_rebuke() {
    decisive_signs(
        &[
            "If the club has concerns, I would ask that it raises them with me and in a rather more measured way.",
            "Прошу впредь излагать претензии в более корректной форме.",
            "Σας παρακαλώ στο εξής να μας γράφετε με πιο κόσμιο τρόπο.",
        ],
        &[
            "Could we present the quarterly figures in a more measured way next time?",
            "Давайте представим цифры в более наглядной форме.",
            "Ας παρουσιάσουμε τα στοιχεία με πιο απλό τρόπο.",
        ],
    );
}

/// "My team do not appreciate being described as cowboys" and "I have
/// never come across this level of service" ("с таким уровнем работы не
/// сталкивалась ни разу", "τέτοιο επίπεδο εξυπηρέτησης δεν έχω
/// συναντήσει") are charged; a team that appreciates being thanked, or a
/// level of service praised, are not.
#[test]
fn a_team_described_and_a_level_never_met_are_charged() {
    signs_of_any_kind(
        &[Kind::Charged, Kind::Outrage],
        &[
            "My team do not appreciate being described as cowboys in an email to your whole committee.",
            "I have never come across this level of service in twelve years.",
            "Мои сотрудники не заслуживают таких слов в письме всему правлению.",
            "Я двенадцать лет организую поездки и с таким уровнем работы не сталкивалась ни разу.",
            "Οι τεχνικοί μας δεν αξίζουν να χαρακτηρίζονται έτσι σε μήνυμα προς όλη την επιτροπή.",
            "Δώδεκα χρόνια οργανώνω εκδρομές και τέτοιο επίπεδο εξυπηρέτησης δεν έχω συναντήσει.",
        ],
        &[
            "My team really appreciate being thanked by name.",
            "We have never had such a high level of service from a supplier.",
            "Мои сотрудники заслуживают благодарности за эту работу.",
            "Οι τεχνικοί μας αξίζουν ένα μεγάλο ευχαριστώ.",
        ],
    );
}

/// "But what do I know, I'm only the bride" ("но что я понимаю, я всего
/// лишь заказчик", "αλλά τι ξέρω εγώ, είμαι απλώς η νύφη") is sarcasm;
/// "I'm only the messenger" said kindly, or "what do I know about
/// engines" asked plainly, are not.
#[test]
fn what_do_i_know_im_only_the_client_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "For that price I expected the names to be right, but what do I know, I'm only the bride.",
            "За такие деньги я ожидала правильных имён, но что я понимаю, я всего лишь заказчик.",
            "Με τέτοια τιμή περίμενα σωστά ονόματα, αλλά τι ξέρω εγώ, είμαι απλώς η νύφη.",
        ],
        &[
            "I know very little about engines, so please explain what the part does.",
            "Я мало понимаю в двигателях, поэтому объясните, пожалуйста.",
            "Δεν ξέρω πολλά από μηχανές, γι' αυτό εξηγήστε μου, παρακαλώ.",
        ],
    );
}

/// "You knew that when you booked", a lone "You didn't reply." (in
/// English and Greek) and "arguing about whose fault it is" lay the fault
/// on the reader; a
/// survey not answered and sent again does not.
#[test]
fn you_knew_when_you_booked_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "The wind is not ours to set, and you knew that when you booked a crossing in November.",
            "We sent the confirmation the same day. You didn't reply.",
            "If you prefer to keep arguing about whose fault it is, the flight is on Tuesday.",
            "Погоду не мы устанавливаем, и вы знали об этом, когда бронировали переезд в ноябре.",
            "Если вы предпочитаете и дальше выяснять, кто виноват, напоминаю, что вылет во вторник.",
            "Τα μποφόρ δεν τα ορίζουμε εμείς, και αυτό το γνωρίζατε όταν κλείνατε μεταφορά τον Νοέμβριο.",
            "Την ίδια μέρα σας στείλαμε την επιβεβαίωση. Δεν απαντήσατε.",
            "Αν προτιμάτε να συνεχίσουμε να συζητάμε ποιος φταίει, η πτήση είναι την Τρίτη.",
        ],
        &[
            "You didn't reply to our survey, so here it is again in case it got lost.",
            "Вы не ответили на опрос, поэтому присылаем его ещё раз.",
            "Δεν απαντήσατε στην έρευνα, γι' αυτό σας τη στέλνουμε ξανά.",
        ],
    );
}

/// "We will not be reviewing this decision further", "I will not discuss
/// the delay again" and "consider the order cancelled, and our
/// cooperation with it" close the door: demands. A decision reviewed
/// further next month is not.
#[test]
fn a_door_closed_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "A free re-sit is not available. We will not be reviewing this decision further.",
            "I will not discuss the delay of the ship again.",
            "If I hear nothing by Thursday, consider the order cancelled, and our cooperation with it.",
            "Обсуждать задержку судна повторно не буду.",
            "Если до четверга ответа не будет, считайте заказ отменённым, а наше сотрудничество завершённым.",
            "Δεν θα συζητήσω ξανά την καθυστέρηση του πλοίου.",
            "Αν δεν έχω νέα σας ως την Πέμπτη, θεωρήστε την παραγγελία ακυρωμένη, και τη συνεργασία μας μαζί.",
        ],
        &[
            "We will be reviewing this decision further at next month's meeting.",
            "Мы обсудим задержку ещё раз на встрече в понедельник.",
            "Θα συζητήσουμε ξανά την καθυστέρηση στη συνάντηση της Δευτέρας.",
        ],
    );
}

/// "We sent it on 25 November and again on 1 December" and "three weeks
/// I have been waiting" ("τρεις εβδομάδες περιμένω") count; a parcel sent
/// on a date, once, does not.
#[test]
fn sent_and_again_on_a_date_is_counting() {
    signs_of_kind(
        Kind::Counting,
        &[
            "We sent you the instructions on 25 November and again on 1 December.",
            "Инструкцию мы отправляли вам 25 ноября и повторно 1 декабря.",
            "Σας στείλαμε τις οδηγίες στις 25 Νοεμβρίου και ξανά την 1η Δεκεμβρίου.",
            "Τρεις εβδομάδες περιμένω απάντηση για την παραγγελία.",
        ],
        &[
            "We sent you the parcel on 25 November; it should arrive this week.",
            "Посылку мы отправили 25 ноября, на этой неделе она придёт.",
            "Σας στείλαμε το δέμα στις 25 Νοεμβρίου.",
        ],
    );
}

/// Refusing to go on "round in circles" ("хватит ходить по кругу",
/// "σταματάω να κάνω κύκλους") is exasperation; a call proposed to avoid
/// going round in circles is not.
#[test]
fn refusing_to_go_round_in_circles_is_charged() {
    signs_of_kind(
        Kind::Charged,
        &[
            "OK, I'm going to stop going round in circles on this.",
            "Not going round in circles on this any more.",
            "Всё, хватит ходить по кругу с этим счётом.",
            "Я больше не собираюсь ходить по кругу.",
            "Σταματάω να κάνω κύκλους με αυτό το θέμα.",
            "Δεν θα συνεχίσουμε να κάνουμε κύκλους.",
        ],
        &[
            "To avoid going round in circles by email, shall we have a call on Monday?",
            "Чтобы не ходить по кругу в переписке, предлагаю созвониться в понедельник.",
            "Για να μην κάνουμε κύκλους με τα μηνύματα, να μιλήσουμε τη Δευτέρα;",
        ],
    );
}

/// "I'm sure it is pure coincidence that he started there two weeks
/// later" ("уверен, это чистое совпадение", "σίγουρα είναι απλή
/// σύμπτωση") is sarcasm; a coincidence told plainly is not.
#[test]
fn a_pure_coincidence_im_sure_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I'm sure it is pure coincidence that he was offered the role two weeks later.",
            "Уверен, это чистое совпадение, что через две недели его взяли к вам напрямую.",
            "Είμαι σίγουρος ότι είναι απλή σύμπτωση που τον προσλάβατε δύο εβδομάδες αργότερα.",
        ],
        &[
            "It was pure coincidence that we met your buyer at the fair in Lyon.",
            "Мы совершенно случайно встретили вашего закупщика на выставке, чистое совпадение.",
            "Ήταν απλή σύμπτωση που συναντήσαμε τον αγοραστή σας στην έκθεση.",
        ],
    );
}

/// "The least you can do is pick up the phone" ("меньшее, что вы можете
/// сделать, — это взять трубку", "το ελάχιστο που μπορείτε να κάνετε
/// είναι να σηκώσετε το τηλέφωνο") is a demand; "the least we can do"
/// offered to a client is not.
#[test]
fn the_least_you_can_do_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "I paid the full amount up front, so the least you can do is pick up the phone.",
            "Я заплатил всё вперёд, и меньшее, что вы можете сделать, — это взять трубку.",
            "Πλήρωσα όλο το ποσό από πριν, οπότε το ελάχιστο που μπορείτε να κάνετε είναι να σηκώσετε το τηλέφωνο.",
        ],
        &[
            "After the delay, the least we can do is refund the delivery charge.",
            "После такой задержки меньшее, что мы можем сделать, — вернуть стоимость доставки.",
            "Μετά την καθυστέρηση, το ελάχιστο που μπορούμε να κάνουμε είναι να επιστρέψουμε τα μεταφορικά.",
        ],
    );
}

/// "I would gently point out that you approved these tones in writing"
/// ("позволю себе мягко заметить", "επιτρέψτε μου να επισημάνω
/// ευγενικά") talks down to the reader: sarcasm. A gentle reminder of a
/// due date is not.
#[test]
fn gently_pointing_out_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "I would gently point out that you approved these tones in writing on 14 October.",
            "Позволю себе мягко заметить, что эти оттенки вы утвердили письменно 14 октября.",
            "Επιτρέψτε μου να επισημάνω ευγενικά ότι εγκρίνατε γραπτώς αυτούς τους τόνους.",
        ],
        &[
            "Just a gentle reminder that the invoice is due on Friday.",
            "Мягко напоминаем, что счёт нужно оплатить до пятницы.",
            "Μια ευγενική υπενθύμιση ότι το τιμολόγιο λήγει την Παρασκευή.",
        ],
    );
}

/// "The voicemail in which you described our staff in terms I will not
/// repeat here" ("в выражениях, которые я не буду повторять", "με
/// εκφράσεις που δεν θα επαναλάβω") holds the reader's words against
/// them: blame. Terms of a contract not repeated are not.
#[test]
fn words_i_will_not_repeat_here_are_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "I also note your voicemail, in which you described our reception staff in terms I will not repeat here.",
            "Отмечу и ваше голосовое сообщение, где вы описали наших администраторов в выражениях, которые я не буду повторять.",
            "Σημειώνω και το φωνητικό σας μήνυμα, όπου περιγράψατε το προσωπικό μας με εκφράσεις που δεν θα επαναλάβω.",
        ],
        &[
            "The payment terms we will not repeat in the new contract are listed in the annex.",
            "Условия оплаты, которые мы не будем повторять в новом договоре, перечислены в приложении.",
            "Οι όροι πληρωμής που δεν θα επαναλάβουμε στη νέα σύμβαση αναφέρονται στο παράρτημα.",
        ],
    );
}

/// "That goodwill has now run out" ("наша добрая воля исчерпана", "η
/// καλή μας διάθεση εξαντλήθηκε") is exasperation; the goodwill of a
/// brand is not.
#[test]
fn goodwill_run_out_is_charged() {
    signs_of_kind(
        Kind::Charged,
        &[
            "We stopped counting after round four as a goodwill gesture. That goodwill has now run out.",
            "Мы не считали правки сверх договора. Наша добрая воля исчерпана.",
            "Δεν χρεώσαμε τις επιπλέον αλλαγές. Η καλή μας διάθεση εξαντλήθηκε.",
        ],
        &[
            "The goodwill of the brand is valued in the accounts at two million.",
            "Деловая репутация бренда оценена в два миллиона, это и есть гудвил.",
            "Η καλή διάθεση της ομάδας φάνηκε στην έκθεση.",
        ],
    );
}

/// "We cannot read minds" ("мы не умеем читать мысли", "δεν διαβάζουμε
/// σκέψεις") lays the fault on the reader; software that reads meters
/// does not.
#[test]
fn we_cannot_read_minds_is_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "We cannot read minds, which is exactly why we send proofs.",
            "Мы не умеем читать мысли, поэтому и присылаем макеты на согласование.",
            "Δεν διαβάζουμε σκέψεις, γι' αυτό στέλνουμε δοκίμια.",
        ],
        &[
            "Our software reads the meters every night.",
            "Наша программа считывает показания счётчиков каждую ночь.",
            "Το λογισμικό μας διαβάζει τους μετρητές κάθε βράδυ.",
        ],
    );
}

/// "That would explain a great deal" ("это многое объясняет", "αυτό
/// εξηγεί πολλά") said of the reader's own doing is sarcasm; a manual
/// that explains much of the setup is not.
#[test]
fn that_would_explain_a_great_deal_is_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Your grinder is set for espresso while you brew filter through it. That would explain a great deal.",
            "Кофемолка у вас настроена на эспрессо, а варите вы фильтр. Это многое объясняет.",
            "Ο μύλος σας είναι ρυθμισμένος για εσπρέσο ενώ φτιάχνετε φίλτρου. Αυτό εξηγεί πολλά.",
        ],
        &[
            "The manual explains a great deal of the setup, so start with chapter two.",
            "В инструкции подробно объясняется настройка, начните со второй главы.",
            "Το εγχειρίδιο εξηγεί αναλυτικά τη ρύθμιση, ξεκινήστε από το δεύτερο κεφάλαιο.",
        ],
    );
}

/// "Please check it this time" ("на этот раз проверьте", "αυτή τη φορά
/// ελέγξτε") is a demand; what we checked this time is not.
#[test]
fn check_it_this_time_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Reply with the colour you want, and please check it this time.",
            "Пришлите нужный цвет, и на этот раз, пожалуйста, проверьте его.",
            "Στείλτε μας το χρώμα που θέλετε και αυτή τη φορά ελέγξτε το.",
        ],
        &[
            "We checked it this time with a gauge, and the reading is right.",
            "На этот раз мы проверили давление манометром, всё в норме.",
            "Αυτή τη φορά το ελέγξαμε με μανόμετρο και η ένδειξη είναι σωστή.",
        ],
    );
}

/// "It was your decision, and its consequences are quite predictable"
/// ("это было ваше решение, и последствия у него вполне предсказуемые",
/// "ήταν δική σας απόφαση και οι συνέπειες ήταν αναμενόμενες") lays the
/// fault on the reader; a decision respected is not.
#[test]
fn your_decision_and_its_predictable_consequences_are_blame() {
    signs_of_kind(
        Kind::Blame,
        &[
            "You declined the review. That was your decision, and its consequences were quite predictable.",
            "Вы отказались от вычитки. Это было ваше решение, и последствия у него вполне предсказуемые.",
            "Αρνηθήκατε τον έλεγχο. Ήταν δική σας απόφαση και οι συνέπειες ήταν αναμενόμενες.",
        ],
        &[
            "It is your decision, and we will respect it whatever the consequences for the schedule.",
            "Это ваше решение, и мы его уважаем, какими бы ни были последствия для графика.",
            "Είναι δική σας απόφαση και τη σεβόμαστε, όποιες κι αν είναι οι συνέπειες για το πρόγραμμα.",
        ],
    );
}

/// "If that doesn't suit you, I'm not keeping you" ("если вас это не
/// устраивает, не держу", "αν δεν σας βολεύει, δεν σας κρατάμε") shows
/// the reader the door: a demand. A slot kept open is not.
#[test]
fn not_keeping_you_if_it_does_not_suit_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "If that doesn't suit you, I'm not keeping you.",
            "Если вас это не устраивает, не держу.",
            "Αν δεν σας βολεύει, δεν σας κρατάμε.",
        ],
        &[
            "If the date doesn't suit you, we'll keep the slot open until Friday.",
            "Если дата вас не устраивает, мы держим для вас место до пятницы.",
            "Αν δεν σας βολεύει η ημερομηνία, κρατάμε τη θέση ως την Παρασκευή.",
        ],
    );
}

/// "Вы не ответили." (you did not reply) is no rebuke, closing its
/// sentence or not; "Это не ответ." (that is not an answer) still is.
#[test]
fn you_did_not_reply_is_not_that_is_no_answer() {
    decisive_signs(
        &["Это не ответ.", "Простите, но это не ответ."],
        &["Вы не ответили.", "К сожалению, вы не ответили."],
    );
}

/// A client who punishes by leaving closes the door on the reader: the
/// work taken to someone else, no more orders, the reader told not to
/// send or reply again. A contract that ends with care, a move of office
/// and a service no longer offered are calm news.
#[test]
fn the_door_closed_on_the_reader_is_a_demand() {
    signs_of_kind(
        Kind::Demand,
        &[
            "Следующий тираж будем печатать в другой типографии.",
            "Больше группы к вам не отправляем.",
            "Переносим все проекты к другому хостеру.",
            "Άλλους μην μας στείλετε.",
            "Μην μπεις στον κόπο να έρθεις.",
            "We're taking our business elsewhere.",
            "Don't bother replying.",
        ],
        &[
            "Мы не будем продлевать договор с 1 февраля.",
            "Мы больше не работаем по субботам.",
            "We are moving to another office in March.",
            "Τι θα κάναμε χωρίς εσάς!",
            "I will not be back until Monday.",
            "We will not be renewing the contract next year.",
        ],
    );
}

/// A failure put down to the reader's design or standard with a mock
/// "presumably" is sarcasm, and so is a claim quoted back with mock
/// assent as a sentence of its own; a real design or a date is not.
#[test]
fn mock_inference_and_mock_assent_are_sarcasm() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Звук отстаёт от картинки на секунду, но, наверное, так и задумано.",
            "Три недели тишины — это, видимо, ваш новый стандарт обслуживания.",
            "Разбитое зеркало и поцарапанный стол, видимо, в подарок?",
            "Видимо, подпись на цветопробе носит у вас декоративный характер.",
            "На дне лежит бурый осадок. Видимо, это тоже норма.",
            "Φαντάζομαι ότι στο συνεργείο σας αυτό το λέτε δώρο.",
            "The export button vanished again. Presumably that's a feature.",
            "Your office says the payment is \"in the run.\" I'm sure it is.",
        ],
        &[
            "Наверное, в подарок клиентам подойдут календари.",
            "The new menu layout is by design, as agreed in March.",
            "I'm sure it is possible to move the meeting to Friday.",
        ],
    );
}

/// Two more ways of closing the door on the reader: no booking taken
/// from them again, another supplier to find.
#[test]
fn no_booking_taken_again_and_another_supplier_to_find_are_demands() {
    signs_of_kind(
        Kind::Demand,
        &[
            "We won't be taking your booking for next year's fete.",
            "I'm sure you'll find another supplier.",
        ],
        &[
            "I'm sure you'll find another date that suits.",
            "We won't be taking your order until the payment clears.",
        ],
    );
}

/// Russian typed in Latin letters is read as Russian: its counts, charged
/// words and rebukes are found as they are in Cyrillic ("v tretiy raz",
/// "bezobrazie", "skol'ko mozhno", an apostrophe as the soft sign); a calm
/// letter typed so stays calm.
#[test]
fn russian_typed_in_latin_letters_is_read_as_russian() {
    all_agitated(&[
        "Oleg, dobryi den.\n\nvy uzhe v tretiy raz prisylaete ne tot tovar, eto prosto \
         bezobrazie. skol'ko mozhno?\n\nIrina",
        "Sergei,\n\nopyat' ne priekhali! ya zhdu s utra, chto za bardak voobshche? vernite \
         den'gi.\n\nMaksim",
    ]);
    none_agitated(&[
        "Oleg, dobryi den!\n\nspasibo za zakaz. Tovar budet gotov v pyatnitsu, ya vam \
         napishu, kogda ego otpravim.\n\nS uvazheniem,\nIrina",
        "Sergei, zdravstvuyte.\n\nk sozhaleniyu, dostavka zaderzhitsya na dva dnya. Esli vam \
         eto neudobno, mozhno otmenit' zakaz bez shtrafa.\n\nMaksim",
    ]);
}

/// Greek typed in Latin letters is read as Greek: its counts, rebukes and
/// rhetorical questions are found as they are in Greek letters; a calm
/// letter typed so stays calm, and an English letter with words that are
/// Greeklish too ("den", "auto", "ton", "sas") is read as English.
#[test]
fn greek_typed_in_latin_letters_is_read_as_greek() {
    all_agitated(&[
        "Niko kalimera,\n\nta deigmata irthan lathos, den einai i prwti fora pou to kanete. \
         plaka mou kanete? thelw apantisi simera.\n\nAnna",
        "Kyria Marinou,\n\nante pali ta idia, triti fora auti tin evdomada. den paei allo, \
         thelw ton texniko simera!!\n\nThanasis",
    ]);
    none_agitated(&[
        "Niko kalimera,\n\nsas eyxaristw gia tin paraggelia. Ta deigmata tha einai etoima \
         tin Paraskevi kai tha sas enimerwsw mexri to mesimeri.\n\nFilika,\nAnna",
        "Hi Tom,\n\nThe den at the auto parts shop holds a ton of stock; SAS will \
         ship it on Monday.\n\nBest,\nAnn",
    ]);
}

/// "How is this even possible?", "Как такое вообще возможно?" is a
/// rhetorical question, as the Greek "Πώς είναι δυνατόν;" is; "…if you
/// ever read it", "…если вы его вообще читали" is sarcasm, as "αν το
/// διαβάσατε ποτέ" is a rhetorical jab (2026-12-08, from the translit
/// letters read). A question about what is possible, and a contract read
/// or not, stay calm.
#[test]
fn even_possible_and_if_you_ever_read_it_are_signs_in_each_language() {
    signs_of_any_kind(
        &[Kind::Rhetorical, Kind::Outrage],
        &[
            "How is this even possible?",
            "How is that even possible?! We paid in March.",
            "Как такое вообще возможно?",
            "Как это вообще могло произойти?",
            "Πώς είναι καν δυνατόν;",
        ],
        &[
            "How is it possible to change the delivery address?",
            "Is it even possible to ship by Friday? If not, Monday is fine.",
            "Как это возможно сделать до пятницы?",
            "Подскажите, возможно ли вообще перенести доставку на субботу?",
            "Είναι δυνατόν να αλλάξει η διεύθυνση παράδοσης;",
        ],
    );
    signs_of_any_kind(
        &[Kind::Sarcasm, Kind::Rhetorical],
        &[
            "It is all in the contract, if you ever read it.",
            "It is all in the contract, in case you bothered to read it.",
            "Всё это есть в договоре, если вы его вообще читали.",
            "Всё это есть в договоре, если вдруг вы его читали.",
            "Όλα είναι στο συμβόλαιο, αν το διαβάσατε ποτέ.",
        ],
        &[
            "If you ever read it again, page four has the new prices.",
            "Если вы уже читали договор, подпишите, пожалуйста, вторую страницу.",
            "Если вдруг вы не получили договор, напишите нам.",
            "Αν έχετε ήδη διαβάσει το συμβόλαιο, υπογράψτε τη δεύτερη σελίδα.",
        ],
    );
}

/// More ways of cold anger from the read letters (2026-12-08 night,
/// `train33/` and the translit letters): a greeting taken back ("добрый
/// день, хотя какой он добрый") and talk "in terms that I hope will make
/// sense" are sarcasm; the first failure "let go" counts the second; the
/// reader's custom put in doubt ("I will review whether we continue
/// sending work to you") and telling everyone "how you work" are
/// demands; "you could have warned us then" blames. Their calm twins stay
/// calm.
#[test]
fn a_greeting_taken_back_and_the_first_one_let_go_are_signs_in_each_language() {
    signs_of_kind(
        Kind::Sarcasm,
        &[
            "Good morning, if you can call it good.",
            "Добрый день, хотя какой он добрый.",
            "Καλημέρα, αν μπορεί να λέγεται καλή.",
            "I will try to explain this in terms that I hope will make sense.",
            "Let me put this in words you might understand.",
            "Объясню так, чтобы было понятно даже вам.",
            "Θα το εξηγήσω με λόγια που ελπίζω να καταλάβετε.",
        ],
        &[
            "Good morning! If you can call us back today, that would help.",
            "Добрый день! Хотя погода не радует, новости у нас хорошие.",
            "Καλημέρα! Αν μπορείτε, καλέστε μας σήμερα.",
            "Let me explain this in simpler terms: the fee covers two visits.",
            "I hope this explanation makes sense.",
            "Объясню проще: сумма включает два выезда.",
            "Ελπίζω η εξήγηση να σας βοηθάει: η τιμή περιλαμβάνει δύο επισκέψεις.",
        ],
    );
    signs_of_kind(
        Kind::Counting,
        &[
            "This is the second error this month. The first I let go.",
            "The first time I let it slide.",
            "В первый раз я промолчала.",
            "Первый раз мы закрыли на это глаза.",
            "Την πρώτη φορά το άφησα να περάσει.",
            "Την πρώτη φορά κάναμε τα στραβά μάτια.",
        ],
        &[
            "The first time I used your app, it worked perfectly.",
            "В первый раз я был у вас в марте.",
            "Την πρώτη φορά που ήρθα ήταν τον Μάρτιο.",
        ],
    );
    signs_of_kind(
        Kind::Demand,
        &[
            "I will review whether we continue sending work to you.",
            "We will have to consider whether we keep using your lab.",
            "Мы подумаем, стоит ли продолжать с вами работать.",
            "Я буду решать, стоит ли дальше отправлять вам заказы.",
            "Θα εξετάσουμε αν θα συνεχίσουμε τη συνεργασία μαζί σας.",
            "Иначе ищу другого мастера и всем расскажу, как вы работаете.",
            "Αλλιώς θα πω σε όλους πώς δουλεύετε.",
        ],
        &[
            "We will review whether to continue the pilot after March.",
            "Мы подумаем, стоит ли продолжать акцию в январе.",
            "Θα εξετάσουμε αν θα συνεχίσουμε την προσφορά τον Ιανουάριο.",
            "Всем расскажу о вашем сервисе, спасибо!",
            "Θα πω σε όλους τους φίλους μου για εσάς!",
        ],
    );
    signs_of_kind(
        Kind::Blame,
        &[
            "Well, you could have warned us about the humidity then!",
            "You could at least have told us at the time.",
            "Так вы бы предупредили тогда про влажность!",
            "Вы бы хоть предупредили заранее.",
            "Θα μπορούσατε να μας το είχατε πει τότε!",
        ],
        &[
            "You could warn us next time by text, if that is easier.",
            "You may have told us already; apologies if so.",
            "Вы бы не могли предупредить нас заранее?",
            "Θα μπορούσατε να μας ενημερώσετε την Παρασκευή;",
        ],
    );
}

/// The door closed by one customer, in the singular and with "never"
/// ("больше я к вам никогда не обращусь", "δεν θα ξαναψωνίσω ποτέ από
/// εσάς"), as "I will never order from you again" is closed (2026-12-08,
/// from the translit letters read). Calm news of a closed office or of
/// one's own habits stay calm.
#[test]
fn never_again_from_one_customer_is_a_door_closed_in_each_language() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "I will never order from you again.",
            "И больше я к вам никогда не обращусь.",
            "Больше никогда к вам не обращусь.",
            "Больше у вас ничего не закажу.",
            "Δεν θα ξαναψωνίσω ποτέ από εσάς.",
            "Δεν θα ξανασυνεργαστώ μαζί σας.",
        ],
        &[
            "I will never forget how kind your team was.",
            "Больше к вам с этим вопросом не обращаюсь: всё решилось, спасибо!",
            "Я больше никогда не опаздываю на поезд: ставлю два будильника.",
            "Δεν θα ξαναέρθω πριν από τη Δευτέρα, γιατί λείπω.",
        ],
    );
}

/// The reader's way of mending waved off ("Δεν με ενδιαφέρει πώς θα το
/// λύσετε", "Меня не волнует, как вы это решите"), as their reasons
/// already are (2026-12-08, from the Greeklish letters read). Interest in
/// how, and a choice left to the reader, stay calm.
#[test]
fn the_readers_way_of_mending_waved_off_is_a_sign_in_russian_and_greek() {
    signs_of_any_kind(
        &[Kind::Demand, Kind::Rebuke],
        &[
            "Δεν με ενδιαφέρει πώς θα το λύσετε.",
            "Δεν μας αφορά τι θα κάνετε, θέλουμε τα χρήματα.",
            "Меня не волнует, как вы это решите.",
            "Нас не интересует, как вы будете это исправлять.",
        ],
        &[
            "Με ενδιαφέρει πώς θα το λύσετε, πείτε μου.",
            "Δεν με ενδιαφέρει το χρώμα, διαλέξτε εσείς.",
            "Меня интересует, как вы решите вопрос с доставкой.",
            "Нас не волнует задержка на день.",
        ],
    );
}
