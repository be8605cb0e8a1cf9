//! The pipeline: a [`Document`] through every detector into a [`Report`].

use crate::detect::{claims, figures, quotes};
use crate::hints;
use crate::priority;
use crate::report::{Detail, Finding, Report};
use crate::text::attribution;
use crate::text::transcript;
use crate::text::{Document, Span, Utf16Index};

/// The version every report carries.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Plain text, analyzed as given: the report's `text` is the input unchanged.
pub fn analyze_text(text: &str) -> Report {
    analyze_document(&Document::from_plain_text(text))
}

/// Every detector over one document, findings sorted by start with ids unique per kind.
pub fn analyze_document(doc: &Document) -> Report {
    analyze_with_spans(doc).0
}

/// [`analyze_document`], with each finding's byte span in `doc.text` beside the report
/// (`spans[i]` belongs to `report.findings[i]`): what drawing findings back onto the page
/// needs, without converting the report's UTF-16 offsets back.
pub fn analyze_with_spans(doc: &Document) -> (Report, Vec<Span>) {
    assemble(doc, detect(doc))
}

/// Every detector once, in order, over one article context; claims read what the others found.
fn detect(doc: &Document) -> Vec<(Span, Detail, f64)> {
    // The article context (quotation marks paired, names, sentence tokens, credits) is built
    // once and read by quotes, figure sources and reported speech.
    let article = attribution::Context::for_article(doc);
    let quotes = quotes::find_in(&article);
    let mut figures = figures::find(doc);
    credit_figures(&mut figures, doc, &article, &quotes);
    let reported = attribution::reported_in(&article);
    let claims = claims::find(doc, &quotes, &figures, &reported);

    let mut found: Vec<(Span, Detail, f64)> = Vec::with_capacity(quotes.len() + figures.len() + claims.len());
    for q in quotes {
        found.push((q.span, Detail::Quote { speaker: q.speaker, role: q.role, cue: q.cue, partial: q.partial }, q.score));
    }
    for f in figures {
        found.push((
            f.span,
            Detail::Figure { category: f.category, value: f.value, high: f.high, approx: f.approx, trend: f.trend, unit: f.unit, source: f.source },
            f.score,
        ));
    }
    for c in claims {
        found.push((c.span, Detail::Claim { source: c.source, cue: c.cue, reasons: c.reasons }, c.score));
    }
    found
}

/// The report of `found`: sorted by start, ids unique per kind, offsets in UTF-16, hints
/// attached; with the byte spans in the same order.
fn assemble(doc: &Document, mut found: Vec<(Span, Detail, f64)>) -> (Report, Vec<Span>) {
    crate::order::sort_by(&mut found, |a, b| (a.0.start, a.0.end).cmp(&(b.0.start, b.0.end)).then_with(|| a.1.kind().cmp(b.1.kind())));
    let index = Utf16Index::new(&doc.text);
    let context = hints::Context::for_page(&doc.text, doc.site.as_deref(), hints::Engine::default());
    let lede = priority::lede(doc.title.as_deref(), &doc.text);
    let mut counts = [0usize; 3];
    let spans = found.iter().map(|f| f.0).collect();
    let findings = found
        .into_iter()
        .map(|(span, detail, score)| {
            let (slot, prefix) = match detail {
                Detail::Quote { .. } => (0, 'q'),
                Detail::Figure { .. } => (1, 'f'),
                Detail::Claim { .. } => (2, 'c'),
            };
            counts[slot] += 1;
            let text = doc.slice(span).to_string();
            let sentence = doc.sentence_at(span.start).map_or(text.as_str(), |s| doc.slice(doc.sentences[s].span));
            let hints = hints::for_finding(&detail, &text, sentence, &context);
            let priority = priority::of(&detail, &text, sentence, score, &lede, span.start);
            Finding {
                id: format!("{prefix}{}", counts[slot]),
                detail,
                start: index.utf16(span.start),
                end: index.utf16(span.end),
                text,
                score: (score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
                priority: (priority * 1000.0).round() / 1000.0,
                hints,
            }
        })
        .collect();
    (Report { version: VERSION.to_string(), title: doc.title.clone(), text: doc.text.clone(), findings }, spans)
}

/// Figures do not ask attribution themselves (no detector imports another): a figure's source
/// is whoever speaks its words: the speaker of the quotation it sits in, else its sentence's
/// credit (read from the article context in one pass, not one per figure, which was
/// quadratic on a page of numbers), else the transcript speaker whose turn holds it. A named
/// source lowers its score a little.
fn credit_figures(figures: &mut [crate::detect::Figure], doc: &Document, article: &attribution::Context, quotes: &[crate::detect::Quote]) {
    if figures.iter().all(|f| f.source.is_some()) {
        return;
    }
    let credits = article.scoped_credits_by_sentence();
    let mut spoken: Vec<(Span, &str)> = quotes.iter().filter_map(|q| Some((q.span, q.speaker.as_deref()?))).collect();
    crate::order::sort_by_key(&mut spoken, |(span, _)| span.start);
    let turns = transcript::turns(&doc.text);
    for figure in figures.iter_mut().filter(|f| f.source.is_none()) {
        // The credit counts only in the clause it governs.
        let credit = || {
            let (c, scope) = doc.sentence_at(figure.span.start).and_then(|s| credits.get(s).cloned().flatten())?;
            (scope.start <= figure.span.start && figure.span.end <= scope.end).then_some(c.name)
        };
        let turn = || transcript::turn_at(&turns, figure.span.start).and_then(|t| t.speaker.clone());
        // "beating analysts' average estimate of €580 million": the owner of an estimate.
        let estimate = || article.estimate_owner(figure.span.start);
        figure.source = speaker_around(&spoken, figure.span).map(str::to_string).or_else(estimate).or_else(credit).or_else(turn);
        if figure.source.is_some() {
            figure.score = figures::sourced_score(figure.score);
        }
    }
}

/// The speaker of the quotation (in `spoken`, sorted by start; quotations do not overlap)
/// whose words hold `span`.
fn speaker_around<'a>(spoken: &[(Span, &'a str)], span: Span) -> Option<&'a str> {
    let after = spoken.partition_point(|(quote, _)| quote.start <= span.start);
    let (quote, speaker) = spoken.get(after.checked_sub(1)?)?;
    (quote.end >= span.end).then_some(*speaker)
}

/// Whether a finding's score reaches its detector's threshold: every quote, and figures and
/// claims at their thresholds. The page marks every finding (the overlay's priority budget
/// decides what is drawn); tests read this to check that gold findings score above it.
pub fn badged(finding: &Finding) -> bool {
    match finding.detail {
        Detail::Quote { .. } => true,
        Detail::Figure { .. } => finding.score >= figures::BADGE_THRESHOLD,
        Detail::Claim { .. } => finding.score >= claims::SHOW_THRESHOLD,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Claims read the quotes the quote detector found (the pipeline hands them over: no
    /// detector imports another).
    #[test]
    fn claim_inside_a_quotation_is_its_speakers() {
        let doc = Document::from_plain_text("A headline\n\nThe mayor spoke on Monday.\n\n\u{201c}Violent crime fell 30 percent in 2023 to its lowest rate since 1990,\u{201d} Mayor Jo Pike said at the budget hearing on Monday, as the council members listened.");
        let quotes = quotes::find(&doc);
        let claims = claims::find(&doc, &quotes, &[], &[]);
        let c = claims.iter().find(|c| doc.slice(c.span).contains("30 percent")).expect("a claim");
        assert_eq!((c.source.as_deref(), c.cue.as_deref()), (Some("Jo Pike"), Some("said")));
    }

    /// A figure takes its sentence's credit only in the clause the credit governs: not past
    /// a semicolon, nor into a contrasting clause after it.
    #[test]
    fn figure_takes_the_credit_of_its_own_clause() {
        let source = |text: &str, figure: &str| {
            let report = analyze_document(&Document::from_plain_text(text));
            let mut sources = report.findings.iter().filter(|f| f.text.contains(figure)).filter_map(|f| match &f.detail {
                Detail::Figure { source, .. } => Some(source.clone()),
                _ => None,
            });
            sources.next().expect("the figure is found")
        };
        let crime = "Crime is falling, the mayor said; robberies are up 3% this year.";
        assert_eq!(source(crime, "3%"), None);
        let wages = "Unemployment fell to 4 percent, the minister said, but wages rose only 1 percent.";
        assert_eq!(source(wages, "4 percent").as_deref(), Some("the minister"));
        assert_eq!(source(wages, "1 percent"), None);
        let rents = "Councillor Ben Ito said rents climbed 6%, while wages grew 2% in the same period.";
        assert_eq!(source(rents, "6%").as_deref(), Some("Ben Ito"));
        assert_eq!(source(rents, "2%"), None);
        // What the source goes on to say stays theirs.
        let homes = "Fire officials said 40 homes were lost; they expect the count to pass 60 homes.";
        assert_eq!(source(homes, "60").as_deref(), Some("Fire officials"));
        let spend = "The institute noted that spending reached $2 million, a high sum, but still below the $5 million of 2011.";
        assert_eq!(source(spend, "$5 million").as_deref(), Some("The institute"));
        // An estimate a possessive owns is its owner's, not the speaker's.
        let beat = "Headline\n\nSiemens reported net income of €612 million, beating analysts' average estimate of €580 million, the company said.";
        assert_eq!(source(beat, "€580").as_deref(), Some("analysts"));
        assert_eq!(source(beat, "€612").as_deref(), Some("Siemens"));
        let imf = "Headline\n\nGrowth reached 1.9%, above the IMF's forecast of 1.5%, the ministry said.";
        assert_eq!(source(imf, "1.5%").as_deref(), Some("IMF"));
    }

    #[test]
    fn spans_index_the_same_text_as_the_report_offsets() {
        let text = "Caf\u{e9} owner \u{1F600} Ana Ruiz said \u{201c}we served 1,200 people in 2023.\u{201d}\n\nAbout 40% of them came back, the city said.";
        let doc = Document::from_plain_text(text);
        let (report, spans) = analyze_with_spans(&doc);
        assert_eq!(report, analyze_document(&doc));
        assert!(!report.findings.is_empty(), "the text has figures and claims to find");
        assert_eq!(spans.len(), report.findings.len());
        let index = Utf16Index::new(&doc.text);
        for (finding, span) in report.findings.iter().zip(&spans) {
            assert_eq!(doc.slice(*span), finding.text);
            assert_eq!((index.utf16(span.start), index.utf16(span.end)), (finding.start, finding.end));
        }
    }

    /// The pipeline runs no credit pass of its own for figures: it relies on every figure
    /// coming out of `figures::find` with its sentence's credit already. Credited and
    /// uncredited sentences, a pronoun carried back, and an outlet as the credit.
    #[test]
    fn figures_carry_their_sentence_credit() {
        let texts = [
            "The city spent $4.8 billion last year, Mayor Ana Ruiz said on Monday.",
            "Ana Ruiz spoke first. She said the city hired 1,200 teachers. Nobody disputes that 40% of them stayed.",
            "According to the Chicago Tribune, about 3,000 people attended, up 12% from 2019.",
            "Prices rose 8% in May. Unemployment fell to 3.5 percent.",
        ];
        let mut credited = 0;
        for text in texts {
            let doc = Document::from_plain_text(text);
            let credits = attribution::credits_by_sentence(&doc);
            let (report, spans) = analyze_with_spans(&doc);
            let figures: Vec<_> = report.findings.iter().zip(&spans).filter(|(f, _)| f.detail.kind() == "figure").collect();
            assert!(!figures.is_empty(), "{text}");
            for (f, span) in figures {
                let want = doc.sentence_at(span.start).and_then(|s| credits.get(s).cloned().flatten()).map(|c| c.name);
                credited += usize::from(want.is_some());
                let Detail::Figure { source, .. } = &f.detail else { unreachable!() };
                assert_eq!(source, &want, "{:?} in {text:?}", f.text);
            }
        }
        assert!(credited >= 3, "the texts credit some figures: {credited}");
    }

    /// Wire copy in typewriter style (` ``…'' `) quotes and credits as curly marks do.
    #[test]
    fn wire_style_quotes_are_credited() {
        let cases = [
            ("``We will not back down,'' said union leader Maria Okafor. ``Not this time.''", "Maria Okafor", 2),
            ("Chief Constable Ian Reddy told reporters: ``The search goes on through the night.''", "Ian Reddy", 1),
        ];
        for (text, who, n) in cases {
            let quotes: Vec<_> = analyze_text(text)
                .findings
                .into_iter()
                .filter_map(|f| match f.detail {
                    Detail::Quote { speaker, .. } => Some((f.text, speaker)),
                    _ => None,
                })
                .collect();
            assert_eq!(quotes.len(), n, "{text}: {quotes:?}");
            for (words, speaker) in quotes {
                assert!(!words.contains('`') && !words.contains("''"), "{words:?}");
                assert_eq!(speaker.as_deref(), Some(who), "{words:?} in {text}");
            }
        }
    }

    fn figure_sources(text: &str) -> Vec<(String, Option<String>)> {
        analyze_text(text)
            .findings
            .into_iter()
            .filter_map(|f| match f.detail {
                Detail::Figure { source, .. } => Some((f.text, source)),
                _ => None,
            })
            .collect()
    }

    /// A figure inside a quotation is the speaker's, wherever the credit sits (before, after,
    /// in the sentence before); a transcript's figures are their turn's speaker's.
    #[test]
    fn figures_take_the_speaker_of_their_quotation_or_turn() {
        let cases = [
            ("Maria Gonzalez spoke at the hearing. \"This stadium would cost taxpayers more than $600 million,\" she said.", "Maria Gonzalez"),
            ("\"We lost 40 percent of our customers,\" said Tom Reyes, the owner.", "Tom Reyes"),
            ("Jane Okafor, the mayor, said: \"We have spent $4 million on this program.\"", "Jane Okafor"),
            ("JAKE TAPPER, CNN ANCHOR: Welcome back.\n\nTAPPER: The plan costs $3 trillion over ten years.", "Jake Tapper"),
        ];
        for (text, who) in cases {
            let figures = figure_sources(text);
            assert!(!figures.is_empty(), "{text}");
            for (figure, source) in figures {
                assert_eq!(source.as_deref(), Some(who), "{figure:?} in {text:?}");
            }
        }
    }

    #[test]
    fn a_forecasting_body_is_the_source_of_its_figures() {
        let cases = [
            ("Headline\n\nThe Environment Agency expects levels to fall by up to 30cm over the next day.", Some("The Environment Agency")),
            ("Headline\n\nThe Met Office predicts gusts of 70mph on the coast.", Some("The Met Office")),
            ("Headline\n\nThe IMF estimates growth of 2.1% next year.", Some("The IMF")),
            ("Headline\n\nThe Congressional Budget Office estimated a deficit of $1.9 trillion.", Some("The Congressional Budget Office")),
            // In the passive no one is credited.
            ("Headline\n\nLevels are expected to fall by 30cm.", None),
        ];
        for (text, who) in cases {
            let figures = figure_sources(text);
            assert!(!figures.is_empty(), "{text}");
            assert_eq!(figures[0].1.as_deref(), who, "{text}");
        }
    }

    #[test]
    fn a_figure_outside_a_quotation_is_not_its_speakers() {
        let text = "\"It is a disgrace,\" said Tom Reyes. The budget grew by 12 percent.";
        for (figure, source) in figure_sources(text) {
            assert_ne!(source.as_deref(), Some("Tom Reyes"), "{figure:?}");
        }
        assert_eq!(speaker_around(&[(Span::new(0, 10), "A")], Span::new(12, 14)), None);
        assert_eq!(speaker_around(&[(Span::new(0, 10), "A"), (Span::new(20, 30), "B")], Span::new(22, 24)), Some("B"));
    }
}
