//! Checks of the rubrics shipped in `rubrics/`: they parse and validate, every
//! item cites its source (verbatim where the source is a written plan), the
//! points add up, each document's quantitative targets are encoded as the
//! document states them, and every rubric scores cleanly from best to worst.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use ziping_engine::shipped::{self, SHIPPED};
use ziping_engine::{
    score, Answers, Check, Compare, Completion, DocumentKind, FactAnswer, FactKind, Item,
    ItemAnswer, Level, Per, Points, Rubric, Scoring, Status, Value, ZeroDenominator,
};

fn parse(id: &str, json: &str) -> Rubric {
    match Rubric::from_json(json) {
        Ok(r) => r,
        Err(e) => panic!("shipped rubric {id} does not validate: {e}"),
    }
}

fn all() -> Vec<Rubric> {
    SHIPPED.iter().map(|s| parse(s.id, s.json)).collect()
}

fn rubric(id: &str) -> Rubric {
    match shipped::load(id) {
        Some(Ok(r)) => r,
        Some(Err(e)) => panic!("shipped rubric {id} does not validate: {e}"),
        None => panic!("no shipped rubric {id}"),
    }
}

fn items(r: &Rubric) -> impl Iterator<Item = &Item> {
    r.sections.iter().flat_map(|s| s.items.iter())
}

fn item<'a>(r: &'a Rubric, id: &str) -> &'a Item {
    items(r)
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("{}: no item {id}", r.id))
}

fn dec(s: &str) -> ziping_engine::Decimal {
    s.parse().expect("a decimal literal in the test")
}

fn pts(s: &str) -> Points {
    Points::from_decimal(dec(s)).expect("points literal in the test")
}

fn repo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

// ---------------------------------------------------------------------------
// All rubrics

/// The rubrics at version 2.0.0: their scoring changed (issue 19).
const REVISED: &[&str] = &[
    "branch-standard",
    "yueqing-2020-25",
    "jilin-2020-20",
    "shaoxing-tcm-2020",
    "nhc-2020-10",
    "gd2h-2018-90",
];

#[test]
fn every_shipped_rubric_parses_and_validates() {
    let mut seen = BTreeSet::new();
    for s in SHIPPED {
        let r = parse(s.id, s.json);
        assert_eq!(r.id, s.id, "rubric id must equal its file name");
        // Rubrics whose scoring changed in the review of issue 19 are 2.0.0
        // (1.0.0 is kept in rubrics/retired/); the others are still 1.0.0.
        let version = if REVISED.contains(&s.id) {
            "2.0.0"
        } else {
            "1.0.0"
        };
        assert_eq!(r.version, version, "{}", s.id);
        assert!(seen.insert(s.id), "{} shipped twice", s.id);
        assert!(!r.title.trim().is_empty(), "{}", s.id);
        assert!(
            matches!(shipped::load(s.id), Some(Ok(ref l)) if *l == r),
            "load({}) must give the same rubric",
            s.id
        );
    }
    assert!(shipped::load("no-such-rubric").is_none());
    let loaded = shipped::load_all();
    assert_eq!(loaded.len(), SHIPPED.len());
    for (id, res) in loaded {
        assert!(res.is_ok(), "load_all: {id} does not validate");
    }
    assert_eq!(
        SHIPPED[0].id, "branch-standard",
        "picker starts with the branch self-check"
    );
}

#[test]
fn every_rubric_file_is_shipped_unchanged() {
    let dir = repo_dir().join("rubrics");
    let mut on_disk = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("rubrics/ folder") {
        let path = entry.expect("directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 file name")
            .to_owned();
        let text = std::fs::read_to_string(&path).expect("readable rubric file");
        let shipped = SHIPPED
            .iter()
            .find(|s| s.id == stem)
            .unwrap_or_else(|| panic!("rubrics/{stem}.json is not in SHIPPED"));
        assert_eq!(
            shipped.json, text,
            "{stem}: embedded text differs from the file"
        );
        on_disk.insert(stem);
    }
    let shipped: BTreeSet<String> = SHIPPED.iter().map(|s| s.id.to_owned()).collect();
    assert_eq!(on_disk, shipped);
}

/// The web build's picker lists the shipped rubrics from their summaries,
/// written by build.rs and read back in the browser: each must read back as
/// written, with the rubric's own id, version, title, count and documents.
#[test]
fn every_summary_reads_back_as_written() {
    let summaries: Vec<shipped::Summary> = all().iter().map(shipped::Summary::of).collect();
    let text = serde_json::to_string(&summaries).expect("summaries serialise");
    let back: Vec<shipped::Summary> =
        ziping_engine::json::from_str(&text).expect("summaries read back");
    assert_eq!(back, summaries);
    let yq = back
        .iter()
        .find(|s| s.is("yueqing-2020-25", "2.0.0"))
        .expect("the 乐清 rubric is listed");
    assert_eq!(yq.items, 46);
    assert_eq!(
        yq.documents[0].number.as_deref(),
        Some("乐卫党〔2020〕25号")
    );
    assert_eq!(yq.reference().title, rubric("yueqing-2020-25").title);
}

#[test]
fn every_item_cites_its_source() {
    for r in all() {
        let docs: BTreeMap<&str, DocumentKind> = r
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.kind))
            .collect();
        for d in &r.documents {
            assert!(!d.title.trim().is_empty(), "{}: document {}", r.id, d.id);
            if d.kind != DocumentKind::Practice {
                assert!(
                    !d.issuer.trim().is_empty(),
                    "{}: document {} issuer",
                    r.id,
                    d.id
                );
            }
        }
        for i in items(&r) {
            let c = &i.source;
            assert!(
                docs.contains_key(c.document.as_str()),
                "{}/{}: cites unknown document {}",
                r.id,
                i.id,
                c.document
            );
            assert!(
                !c.clause.trim().is_empty(),
                "{}/{}: empty clause",
                r.id,
                i.id
            );
            assert!(!c.quote.trim().is_empty(), "{}/{}: empty quote", r.id, i.id);
            assert!(!i.title.trim().is_empty(), "{}/{}: empty title", r.id, i.id);
            assert!(
                !i.evidence.trim().is_empty(),
                "{}/{}: no evidence",
                r.id,
                i.id
            );
        }
    }
}

/// The seed file each plan-based rubric is drawn from, by number prefix.
fn seed_prefix(rubric_id: &str) -> Option<&'static str> {
    match rubric_id {
        "nhc-2020-10" => Some("000"),
        "jilin-2020-20" => Some("001"),
        "yueqing-2020-25" => Some("002"),
        "shaoxing-tcm-2020" => Some("003"),
        "gd2h-2018-90" => Some("004"),
        _ => None,
    }
}

fn strip_ws(s: &str) -> String {
    // `char::is_whitespace` covers line breaks and the full-width space U+3000.
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn plan_quotes_appear_verbatim_in_the_seeds() {
    let seeds = repo_dir().join("../shared/seeds");
    let mut checked = 0;
    let seed_texts: Option<Vec<(String, String)>> = std::fs::read_dir(&seeds).ok().map(|rd| {
        rd.filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_str()?.to_owned();
                let text = std::fs::read_to_string(e.path()).ok()?;
                Some((name, strip_ws(&text)))
            })
            .collect()
    });
    if seed_texts.is_none() {
        eprintln!(
            "seeds not found at {}; skipping verbatim-quote check",
            seeds.display()
        );
    }
    for r in all() {
        let plan_docs: BTreeSet<&str> = r
            .documents
            .iter()
            .filter(|d| d.kind == DocumentKind::Plan)
            .map(|d| d.id.as_str())
            .collect();
        if plan_docs.is_empty() {
            continue;
        }
        let prefix = seed_prefix(&r.id)
            .unwrap_or_else(|| panic!("{}: plan-based rubric with no seed mapping", r.id));
        let Some(texts) = &seed_texts else { continue };
        let (_, seed) = texts
            .iter()
            .find(|(name, _)| name.starts_with(&format!("{prefix}_")))
            .unwrap_or_else(|| panic!("{}: no seed file {prefix}_*.txt", r.id));
        for i in items(&r) {
            if !plan_docs.contains(i.source.document.as_str()) {
                continue;
            }
            let q = strip_ws(&i.source.quote);
            assert!(
                seed.contains(&q),
                "{}/{}: quote not found verbatim in seed {prefix}: {}",
                r.id,
                i.id,
                i.source.quote
            );
            checked += 1;
        }
    }
    if seed_texts.is_some() {
        assert!(checked > 100, "only {checked} quotes checked");
    }
}

#[test]
fn points_add_up() {
    for r in all() {
        let mut total = Points::ZERO;
        for s in &r.sections {
            let sum: Points = s
                .items
                .iter()
                .filter(|i| !matches!(i.scoring, Scoring::Bonus(_)))
                .map(|i| i.points)
                .sum();
            assert_eq!(sum, s.points, "{}/{}: items add up to {sum}", r.id, s.id);
            assert!(!s.items.is_empty(), "{}/{}: empty section", r.id, s.id);
            total += s.points;
            for i in &s.items {
                if let Scoring::Levels(l) = &i.scoring {
                    assert_eq!(l.levels[0].points, i.points, "{}/{}", r.id, i.id);
                    assert_eq!(
                        l.levels.last().map(|o| o.points),
                        Some(Points::ZERO),
                        "{}/{}: the worst level earns nothing",
                        r.id,
                        i.id
                    );
                }
            }
        }
        assert_eq!(
            total,
            Points::whole(100),
            "{}: sections add up to {total}",
            r.id
        );
        let top = &r.grades[0];
        assert!(top.min <= Points::whole(100), "{}", r.id);
        assert_eq!(
            r.grades.last().map(|g| g.min),
            Some(Points::ZERO),
            "{}",
            r.id
        );
    }
}

#[test]
fn no_rubric_invents_a_veto() {
    // None of the source documents states a 一票否决 rule. (The `missed`
    // effect of branch-standard's yearly activities is not a veto item.)
    for r in all() {
        assert!(
            !items(&r).any(|i| matches!(i.scoring, Scoring::Veto(_))),
            "{}",
            r.id
        );
    }
}

// ---------------------------------------------------------------------------
// Each document's targets

fn count_target(r: &Rubric, id: &str) -> u64 {
    match &item(r, id).scoring {
        Scoring::Count(c) => c.target,
        other => panic!(
            "{}/{id}: expected a count, found {}",
            r.id,
            other.kind_name()
        ),
    }
}

#[test]
fn nhc_covers_all_26_points_and_its_targets() {
    let r = rubric("nhc-2020-10");
    assert_eq!(r.level, Level::Committee);
    assert_eq!(r.sections.len(), 6);
    assert_eq!(
        r.documents[0].number.as_deref(),
        Some("国卫机党发〔2020〕10号")
    );
    assert_eq!(r.period.year, Some(2020));
    for n in 1..=26 {
        let exact = format!("p{n}");
        let prefix = format!("p{n}.");
        assert!(
            items(&r).any(|i| i.id == exact || i.id.starts_with(&prefix)),
            "point {n} has no item"
        );
        assert!(
            items(&r).any(|i| i.source.clause.ends_with(&format!(".{n}"))),
            "point {n} is never cited"
        );
    }
    assert!(items(&r).count() >= 26);
    assert_eq!(count_target(&r, "p6.jd"), 23);
    assert_eq!(count_target(&r, "p9.px"), 4);
    assert_eq!(count_target(&r, "p12.rw"), 2);
    assert_eq!(count_target(&r, "p14.pq"), 3);
    assert!(matches!(item(&r, "p14.hy").scoring, Scoring::Checklist(_)));
    assert!(item(&r, "p14.hy")
        .source
        .quote
        .contains("全国公立医院党的建设工作会议"));
    let p11 = item(&r, "p11");
    let cond = p11
        .applies_if
        .as_ref()
        .expect("p11 applies only with students");
    assert_eq!(cond.fact, "has_students");
    assert_eq!(cond.is, Some(true));
    assert!(r
        .facts
        .iter()
        .any(|f| f.id == "has_students" && f.kind == FactKind::Flag));
    assert!(items(&r).filter(|i| i.na_allowed).count() >= 5);
}

#[test]
fn jilin_has_one_qualitative_item_per_point() {
    let r = rubric("jilin-2020-20");
    assert_eq!(r.level, Level::Hospital);
    assert_eq!(r.sections.len(), 5);
    // Point 3's six systems are six items (p3.*); every other point is one.
    assert_eq!(items(&r).count(), 22);
    let points: Vec<&str> = items(&r)
        .map(|i| i.id.split('.').next().unwrap_or_default())
        .collect();
    let mut expected: Vec<String> = (1..=17).map(|n| format!("p{n}")).collect();
    expected.splice(2..3, std::iter::repeat_n("p3".to_owned(), 6));
    assert_eq!(points, expected);
    for i in items(&r) {
        assert!(
            matches!(i.scoring, Scoring::Checklist(_) | Scoring::Levels(_)),
            "{}: jilin items are qualitative",
            i.id
        );
    }
}

#[test]
fn yueqing_measures_the_95_percent_rate_across_branches() {
    let r = rubric("yueqing-2020-25");
    assert_eq!(r.sections.len(), 5);
    let rates: Vec<&str> = items(&r)
        .filter(|i| matches!(i.scoring, Scoring::Ratio(_)))
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(rates, ["t2.1.rate", "t4.2.cz"]);
    let i = item(&r, "t2.1.rate");
    assert_eq!(i.level, Level::Committee);
    assert_eq!(i.source.clause, "二(二)1");
    assert!(i.title.contains("全部党支部"));
    let Scoring::Ratio(rule) = &i.scoring else {
        unreachable!()
    };
    assert_eq!(rule.compare, Compare::AtLeast);
    assert_eq!(rule.threshold, dec("95"));
    assert_eq!(rule.numerator, "达标“四化”党支部数");
    assert_eq!(rule.denominator, "党支部总数");
    assert_eq!(rule.gap_unit, "个支部达标");
    for i in items(&r) {
        assert!(!i.responsible.is_empty(), "{}: 责任单位 missing", i.id);
    }
}

#[test]
fn shaoxing_ratios_are_hospital_wide() {
    let r = rubric("shaoxing-tcm-2020");
    assert_eq!(r.documents[0].number, None, "the plan has no 文号");
    assert_eq!(r.documents[0].date, "2020-04-08");
    assert_eq!(r.sections.len(), 5);

    let staff = item(&r, "s2.3.zz");
    assert_eq!(staff.level, Level::Hospital);
    let Scoring::Ratio(rule) = &staff.scoring else {
        panic!("s2.3.zz is a ratio")
    };
    assert_eq!(rule.compare, Compare::AtLeast);
    assert_eq!(rule.threshold, dec("0.5"));
    assert!(!rule.share_of_total);
    assert_eq!(rule.numerator, "专职党务干部人数");
    assert_eq!(rule.denominator, "职工总数");
    assert_eq!(rule.gap_unit, "名专职党务干部");

    let gaozhi = item(&r, "s2.4.gz");
    assert_eq!(gaozhi.level, Level::Hospital);
    let Scoring::Ratio(rule) = &gaozhi.scoring else {
        panic!("s2.4.gz is a ratio")
    };
    assert_eq!(rule.compare, Compare::AtLeast);
    assert_eq!(rule.threshold, dec("30"));
    assert!(rule.share_of_total);
    assert_eq!(rule.zero_denominator, ZeroDenominator::Na);
    assert_eq!(rule.gap_unit, "名高知识群体党员");

    let election = item(&r, "s2.3.hj");
    assert_eq!(election.source.clause, "二(三)");
    assert!(election.source.quote.contains("按时开展支部换届选举"));
}

#[test]
fn gd2h_keeps_the_source_row_numbers_and_scores_each_row_once() {
    let r = rubric("gd2h-2018-90");
    assert_eq!(r.period.year, Some(2018));
    for n in 1..=18 {
        let i = item(&r, &format!("t{n}"));
        assert!(i.source.clause.ends_with(&n.to_string()), "t{n}");
    }
    let due = |id: &str| match &item(&r, id).scoring {
        Scoring::Deadline(d) => (d.due.clone(), d.due_text.clone()),
        other => panic!("{id}: expected a deadline, found {}", other.kind_name()),
    };
    // The phases' 完成时限 are their 附件1 rows' (rubrics/README.md, review
    // of gd2h-2018-90): only the rows are deadlines, each scored once.
    for id in ["ph1", "ph2", "ph2.qd", "ph3"] {
        assert!(items(&r).all(|i| i.id != id), "{id} repeats 附件1 rows");
    }
    let deadlines: Vec<&Item> = items(&r)
        .filter(|i| matches!(i.scoring, Scoring::Deadline(_)))
        .collect();
    assert!(deadlines.iter().all(|i| i.id.starts_with("att1.")));
    assert_eq!(deadlines.len(), 12);

    // A row whose rule changed keeps its 序号 before a suffix: att1.8.qd.
    let rows: BTreeSet<u32> = items(&r)
        .filter_map(|i| i.id.strip_prefix("att1.")?.split('.').next()?.parse().ok())
        .collect();
    assert_eq!(
        rows,
        BTreeSet::from([1, 2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14]),
        "附件1 keeps the source 序号 (no 6 or 9)"
    );
    for n in &rows {
        // 序号8's 完成时限 changed from 10-31 to 10-20 in 2.0.0, hence its new id.
        let id = if *n == 8 {
            "att1.8.qd".to_owned()
        } else {
            format!("att1.{n}")
        };
        let i = item(&r, &id);
        assert!(i.title.contains(&format!("序号{n}")), "{id}");
        assert_eq!(i.source.clause, format!("附件1 序号{n}"), "{id}");
        let (d, text) = due(&id);
        let want = match n {
            1..=7 => ("09-30", "9月底前"),
            // “10月下旬前” is before the 21st: the body's “10月20日前”.
            8 => ("10-20", "10月20日前"),
            10 | 11 => ("10-31", "10月底前"),
            _ => ("12-31", "12月底前"),
        };
        assert_eq!((d.as_str(), text.as_str()), want, "{id}");
    }
    assert_eq!(item(&r, "att1.1").responsible, "党办");
    assert_eq!(item(&r, "att1.5").responsible, "各党支部");
    assert_eq!(item(&r, "att1.8.qd").responsible, "各党支部");
    assert_eq!(
        item(&r, "att1.2").responsible,
        "",
        "empty cells inherit nothing"
    );
}

#[test]
fn branch_standard_frequencies_and_conditions() {
    let r = rubric("branch-standard");
    assert_eq!(r.level, Level::Branch);
    assert!(items(&r).all(|i| i.level == Level::Branch));
    assert_eq!(
        r.grades
            .iter()
            .map(|g| (g.name.as_str(), g.min))
            .collect::<Vec<_>>(),
        vec![("达标", pts("85")), ("不达标", Points::ZERO)]
    );
    let fact = |id: &str| r.facts.iter().find(|f| f.id == id).map(|f| f.kind);
    assert_eq!(fact("full_members"), Some(FactKind::Count));
    assert_eq!(fact("has_party_groups"), Some(FactKind::Flag));

    let freq = |id: &str| match &item(&r, id).scoring {
        Scoring::Frequency(f) => (f.per, f.required),
        other => panic!("{id}: expected a frequency, found {}", other.kind_name()),
    };
    assert_eq!(freq("dydh"), (Per::Quarter, 1), "党员大会");
    assert_eq!(freq("zwh"), (Per::Month, 1), "支委会");
    assert_eq!(freq("dxzh"), (Per::Month, 1), "党小组会");
    assert_eq!(freq("dk"), (Per::Year, 1), "党课");
    assert_eq!(freq("ztdr"), (Per::Month, 1), "主题党日");
    assert_eq!(freq("zzshh"), (Per::Year, 1), "组织生活会");
    assert_eq!(freq("mzpy"), (Per::Year, 1), "民主评议党员");
    assert_eq!(freq("txth"), (Per::Year, 1), "谈心谈话");
    assert_eq!(freq("df"), (Per::Month, 1), "党费");

    let zwh = item(&r, "zwh")
        .applies_if
        .as_ref()
        .expect("支委会 condition");
    assert_eq!((zwh.fact.as_str(), zwh.at_least), ("full_members", Some(7)));
    let dxzh = item(&r, "dxzh")
        .applies_if
        .as_ref()
        .expect("党小组会 condition");
    assert_eq!(
        (dxzh.fact.as_str(), dxzh.is),
        ("has_party_groups", Some(true))
    );

    assert!(matches!(
        item(&r, "hj").scoring,
        Scoring::Checklist(_) | Scoring::Deadline(_)
    ));
    assert!(matches!(
        item(&r, "fzdy").scoring,
        Scoring::Checklist(_) | Scoring::Levels(_)
    ));

    assert!(r
        .documents
        .iter()
        .any(|d| d.kind == DocumentKind::Regulation));
    assert!(r.documents.iter().any(|d| d.kind == DocumentKind::Practice));
    // Regulation quotes always name their article.
    for i in items(&r) {
        let doc = r
            .documents
            .iter()
            .find(|d| d.id == i.source.document)
            .expect("cited document");
        if doc.kind == DocumentKind::Regulation {
            assert!(
                i.source.clause.starts_with('第') && i.source.clause.ends_with('条'),
                "{}: a regulation is cited by article",
                i.id
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Scoring every rubric

fn answer(value: Value) -> ItemAnswer {
    ItemAnswer {
        value: Some(value),
        ..ItemAnswer::default()
    }
}

fn year_of(r: &Rubric) -> i32 {
    r.period.year.unwrap_or(2024)
}

fn best_answers(r: &Rubric) -> Answers {
    let mut a = Answers::default();
    for f in &r.facts {
        let v = match f.kind {
            FactKind::Count => FactAnswer::Count("20".into()),
            FactKind::Flag => FactAnswer::Flag(true),
        };
        a.facts.insert(f.id.clone(), v);
    }
    for i in items(r) {
        let v = match &i.scoring {
            Scoring::Ratio(rule) => match rule.compare {
                Compare::AtLeast | Compare::Above => Value::Ratio {
                    numerator: "1".into(),
                    denominator: "1".into(),
                },
                Compare::AtMost | Compare::Below => Value::Ratio {
                    numerator: "0".into(),
                    denominator: "1".into(),
                },
            },
            Scoring::Frequency(f) => Value::Counts(vec![f.required.to_string(); f.per.periods()]),
            Scoring::Count(c) => Value::Count(c.target.to_string()),
            Scoring::Checklist(_) => Value::Check(Check::Done),
            Scoring::Levels(l) => Value::Level(l.levels[0].name.clone()),
            Scoring::Deduction(_) => Value::Count("0".into()),
            Scoring::Bonus(_) => Value::Count("100".into()),
            Scoring::Veto(_) => Value::Triggered(false),
            Scoring::Deadline(_) => {
                Value::Completion(Completion::Done(format!("{}-01-02", year_of(r))))
            }
            Scoring::Coverage(_) => Value::Ratio {
                numerator: "40".into(),
                denominator: "40".into(),
            },
        };
        a.items.insert(i.id.clone(), answer(v));
    }
    a
}

fn worst_answers(r: &Rubric) -> Answers {
    let mut a = Answers::default();
    for f in &r.facts {
        let v = match f.kind {
            FactKind::Count => FactAnswer::Count("20".into()),
            FactKind::Flag => FactAnswer::Flag(true),
        };
        a.facts.insert(f.id.clone(), v);
    }
    for i in items(r) {
        let v = match &i.scoring {
            Scoring::Ratio(rule) => match rule.compare {
                Compare::AtLeast | Compare::Above => Value::Ratio {
                    numerator: "0".into(),
                    denominator: "10".into(),
                },
                Compare::AtMost | Compare::Below => Value::Ratio {
                    numerator: "10".into(),
                    denominator: "10".into(),
                },
            },
            Scoring::Frequency(f) => Value::Counts(vec!["0".into(); f.per.periods()]),
            Scoring::Count(_) => Value::Count("0".into()),
            Scoring::Checklist(_) => Value::Check(Check::NotDone),
            Scoring::Levels(l) => {
                Value::Level(l.levels.last().map(|o| o.name.clone()).unwrap_or_default())
            }
            Scoring::Deduction(_) => Value::Count("1000".into()),
            Scoring::Bonus(_) => Value::Count("0".into()),
            Scoring::Veto(_) => Value::Triggered(false),
            Scoring::Deadline(_) => Value::Completion(Completion::NotDone),
            Scoring::Coverage(_) => Value::Ratio {
                numerator: "0".into(),
                denominator: "40".into(),
            },
        };
        a.items.insert(i.id.clone(), answer(v));
    }
    a
}

/// The bonus the best answers earn: each bonus item at its cap, all of them
/// together within the rubric's bonus cap.
/// A ratio or coverage answer: `numerator` of `denominator`.
fn ratio_answer(numerator: &str, denominator: &str) -> ItemAnswer {
    answer(Value::Ratio {
        numerator: numerator.into(),
        denominator: denominator.into(),
    })
}

/// The best answers of `r` with some items answered otherwise; each item
/// changed must be one the best answers have.
fn best_with(r: &Rubric, changes: &[(&str, ItemAnswer)]) -> Answers {
    let mut a = best_answers(r);
    for (id, v) in changes {
        assert!(a.items.contains_key(*id), "no item {id}");
        a.items.insert((*id).into(), v.clone());
    }
    a
}

/// The rule of the ratio item `id`.
fn ratio_rule<'a>(r: &'a Rubric, id: &str) -> &'a ziping_engine::RatioRule {
    match &item(r, id).scoring {
        Scoring::Ratio(rule) => rule,
        other => panic!("{id}: expected a ratio, found {}", other.kind_name()),
    }
}

/// The rule of the coverage item `id`.
fn coverage_rule<'a>(r: &'a Rubric, id: &str) -> &'a ziping_engine::CoverageRule {
    match &item(r, id).scoring {
        Scoring::Coverage(rule) => rule,
        other => panic!("{id}: expected a coverage, found {}", other.kind_name()),
    }
}

/// Each section's id and points, in order.
fn section_points(r: &Rubric) -> Vec<(&str, Points)> {
    r.sections
        .iter()
        .map(|s| (s.id.as_str(), s.points))
        .collect()
}

fn max_bonus(r: &Rubric) -> Points {
    let sum: Points = items(r)
        .filter(|i| matches!(i.scoring, Scoring::Bonus(_)))
        .map(|i| i.points)
        .sum();
    match r.bonus_cap {
        Some(cap) => sum.min(cap),
        None => sum,
    }
}

#[test]
fn best_answers_earn_the_maximum_and_the_top_grade() {
    for r in all() {
        let report = score(&r, &best_answers(&r), year_of(&r));
        for i in &report.items {
            assert!(i.error.is_none(), "{}/{}: {:?}", r.id, i.id, i.error);
            if !i.bonus {
                assert_eq!(i.status, Status::Met, "{}/{}", r.id, i.id);
            }
        }
        assert!(report.is_complete(), "{}", r.id);
        assert_eq!(report.max, Points::whole(100), "{}", r.id);
        assert_eq!(report.bonus, max_bonus(&r), "{}", r.id);
        assert_eq!(report.total, Points::whole(100) + max_bonus(&r), "{}", r.id);
        assert_eq!(
            report.grade.as_deref(),
            Some(r.grades[0].name.as_str()),
            "{}",
            r.id
        );
        assert!(report.unknown_answers.is_empty() && report.unknown_facts.is_empty());
    }
}

#[test]
fn worst_answers_score_without_errors() {
    for r in all() {
        let report = score(&r, &worst_answers(&r), year_of(&r));
        for i in &report.items {
            assert!(i.error.is_none(), "{}/{}: {:?}", r.id, i.id, i.error);
            assert_ne!(i.status, Status::Invalid, "{}/{}", r.id, i.id);
        }
        assert!(report.is_complete(), "{}", r.id);
        assert_eq!(report.total, Points::ZERO, "{}", r.id);
        assert_eq!(
            report.grade.as_deref(),
            r.grades.last().map(|g| g.name.as_str()),
            "{}",
            r.id
        );
    }
}

#[test]
fn branch_conditions_make_items_not_applicable() {
    let r = rubric("branch-standard");
    let mut a = best_answers(&r);
    a.facts
        .insert("full_members".into(), FactAnswer::Count("5".into()));
    a.facts
        .insert("has_party_groups".into(), FactAnswer::Flag(false));
    let report = score(&r, &a, 2024);
    let status = |id: &str| report.item(id).map(|i| i.status);
    assert_eq!(status("zwh"), Some(Status::Na), "支委会 needs 7 正式党员");
    assert_eq!(status("dxzh"), Some(Status::Na), "党小组会 needs 党小组");
    assert_eq!(status("dydh"), Some(Status::Met));
    assert_eq!(
        report.total,
        Points::whole(100),
        "N/A items are rescaled away"
    );
}

// The review of each shipped rubric (rubrics/README.md, "Review"): one test
// per decision, one file per rubric.
#[path = "shipped/branch_standard.rs"]
mod branch_standard;
#[path = "shipped/gd2h.rs"]
mod gd2h;
#[path = "shipped/jilin.rs"]
mod jilin;
#[path = "shipped/nhc.rs"]
mod nhc;
#[path = "shipped/shaoxing.rs"]
mod shaoxing;
#[path = "shipped/yueqing.rs"]
mod yueqing;
