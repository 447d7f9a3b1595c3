//! The notice bar: the outcome of an import or export, in plain words.

use yew::prelude::*;
use ziping_engine::AssessmentError;

use crate::browser;
use crate::i18n::{
    assessment_error_text, backup_imported_text, batch_import_title, in_backup_text, not_text_text,
    problem_text, too_large_text, Lang, M,
};
use crate::state::{Action, ImportError, Notice, FILE_LIMIT};

/// Properties of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Interface language.
    pub lang: Lang,
    /// What to say.
    pub notice: Notice,
    /// Sends actions to the app.
    pub dispatch: Callback<Action>,
}

fn import_error(lang: Lang, e: &ImportError) -> (String, Vec<String>) {
    match e {
        ImportError::Unreadable(reason) => {
            (M::Unreadable.get(lang).to_owned(), vec![reason.clone()])
        }
        ImportError::File(err) => {
            let head = match err {
                AssessmentError::NotJson { .. } => M::NotJson,
                AssessmentError::NotAssessment { .. } => M::NotAssessment,
                AssessmentError::TooNew { .. } => M::TooNew,
                AssessmentError::Invalid { .. } => M::BadField,
                AssessmentError::RubricMismatch { .. } => M::RubricMismatch,
            };
            (
                head.get(lang).to_owned(),
                vec![assessment_error_text(lang, err)],
            )
        }
        ImportError::NotText(e) => (
            M::NotText.get(lang).to_owned(),
            vec![not_text_text(lang, *e)],
        ),
        ImportError::TooLarge { bytes } => (
            M::TooLarge.get(lang).to_owned(),
            vec![too_large_text(lang, *bytes, FILE_LIMIT)],
        ),
        ImportError::InBackup { index, error } => {
            let (head, mut lines) = import_error(lang, error);
            lines.insert(0, in_backup_text(lang, *index, false));
            (head, lines)
        }
        ImportError::RubricInBackup { index, problems } => {
            let mut lines = vec![in_backup_text(lang, *index, true)];
            lines.extend(problems.iter().map(|p| problem_text(lang, p)));
            (M::RubricRejectedTitle.get(lang).to_owned(), lines)
        }
        ImportError::UnknownRubric {
            id,
            version,
            title,
            known,
        } => {
            let mut lines = vec![format!("{title} ({id} {version})")];
            if !known.is_empty() {
                lines.push(format!(
                    "{}: {}",
                    M::KnownVersions.get(lang),
                    known.join(", ")
                ));
            }
            lines.push(M::ImportRubricFirst.get(lang).to_owned());
            (M::UnknownRubric.get(lang).to_owned(), lines)
        }
        ImportError::Known { .. } | ImportError::NeedsChoice { .. } => {
            crate::i18n::review::not_taken_text(lang, e).unwrap_or_default()
        }
    }
}

/// The name under which unreadable saved work is downloaded.
const UNREADABLE_FILE: &str = "党建自评-无法读取的保存数据.json";

/// A dismissible notice; errors are announced to screen readers.
#[function_component(NoticeBar)]
pub fn notice_bar(props: &Props) -> Html {
    let lang = props.lang;
    let (error, title, lines): (bool, String, Vec<String>) = match &props.notice {
        Notice::StepRefused(why) => (
            true,
            crate::i18n::review::step_refused_text(lang, why),
            Vec::new(),
        ),
        Notice::Arrived {
            file,
            unit,
            outcome,
        } => {
            let (title, lines) = crate::i18n::review::arrived_text(lang, file, unit, *outcome);
            (false, title, lines)
        }
        Notice::Imported { file, unit } => (
            false,
            format!("{}：{unit}", M::ImportedOk.get(lang)),
            vec![file.clone()],
        ),
        Notice::ImportedBatch { imported, failed } => {
            // The refused files first: they are what needs doing.
            let mut lines: Vec<String> = failed
                .iter()
                .map(|(file, error)| {
                    let (head, detail) = import_error(lang, error);
                    let mut line = format!("{}：{file}：{head}", M::NotImported.get(lang));
                    for d in detail {
                        line.push('；');
                        line.push_str(&d);
                    }
                    line
                })
                .collect();
            lines.extend(
                imported
                    .iter()
                    .map(|(file, unit)| format!("{}：{file}：{unit}", M::ImportedLine.get(lang))),
            );
            (
                !failed.is_empty(),
                batch_import_title(lang, imported.len(), failed.len()),
                lines,
            )
        }
        Notice::ImportFailed { file, error } => {
            let (head, mut lines) = import_error(lang, error);
            lines.insert(0, file.clone());
            (
                true,
                format!("{}：{head}", M::ImportFailedTitle.get(lang)),
                lines,
            )
        }
        Notice::CarriedOver {
            from,
            to,
            kept,
            to_answer,
            removed,
        } => (
            false,
            crate::i18n::carried_title(lang, from, to, *kept),
            crate::i18n::carried_lines(lang, to_answer, removed),
        ),
        Notice::RubricAdded { file, title, notes } => {
            let mut lines = vec![file.clone()];
            if !notes.is_empty() {
                lines.push(crate::i18n::workbook::warnings_heading(lang, notes.len()));
                lines.extend(notes.iter().cloned());
            }
            (
                false,
                format!("{}：{title}", M::RubricAdded.get(lang)),
                lines,
            )
        }
        Notice::WorkbookRejected {
            file,
            issues,
            truncated,
        } => (
            true,
            crate::i18n::workbook::issues_heading(
                lang,
                file,
                issues.len() - usize::from(*truncated),
                *truncated,
            ),
            issues.clone(),
        ),
        Notice::WorkbookBusy => (false, M::WorkbookBusy.get(lang).to_owned(), Vec::new()),
        Notice::WorkbookUnavailable(reason) => (
            true,
            M::WorkbookUnavailable.get(lang).to_owned(),
            vec![reason.clone()],
        ),
        Notice::RubricRejected { file, problems } => {
            let mut lines = vec![file.clone()];
            lines.extend(problems.iter().map(|p| problem_text(lang, p)));
            (true, M::RubricRejectedTitle.get(lang).to_owned(), lines)
        }
        Notice::RubricDuplicate { file, id, version } => (
            true,
            M::RubricDuplicate.get(lang).to_owned(),
            vec![format!("{file}: {id} {version}")],
        ),
        Notice::BackupImported {
            file,
            added,
            known,
            rubrics,
        } => {
            let (title, mut lines) = backup_imported_text(lang, *added, *known, *rubrics);
            lines.insert(0, file.clone());
            (false, title, lines)
        }
        Notice::ExportFailed(reason) => (
            true,
            M::ExportFailed.get(lang).to_owned(),
            vec![reason.clone()],
        ),
        Notice::ChangedElsewhere { unit, deleted } => (
            false,
            format!(
                "{}：{unit}",
                if *deleted {
                    M::DeletedElsewhere
                } else {
                    M::ChangedElsewhere
                }
                .get(lang)
            ),
            vec![M::ChangedElsewhereHint.get(lang).to_owned()],
        ),
        Notice::StoreUnreadable { backup, reason, .. } => {
            let kept = match backup {
                Some(key) => format!("{}：{key}", M::StoreKeptAt.get(lang)),
                None => M::StoreNotKept.get(lang).to_owned(),
            };
            (
                true,
                M::StoreUnreadable.get(lang).to_owned(),
                vec![reason.clone(), kept],
            )
        }
    };
    let download = match &props.notice {
        Notice::StoreUnreadable { text, .. } => {
            let (text, dispatch) = (text.clone(), props.dispatch.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Err(e) = browser::download(UNREADABLE_FILE, "application/json", &text) {
                    dispatch.emit(Action::Notify(Notice::ExportFailed(e)));
                }
            });
            html! {
                <button type="button" class="djzp-btn" data-testid="download-unreadable" {onclick}>
                    { M::DownloadUnreadable.get(lang) }
                </button>
            }
        }
        _ => Html::default(),
    };
    let class = if error {
        "djzp-notice djzp-notice-error"
    } else {
        "djzp-notice djzp-notice-info"
    };
    let role = if error { "alert" } else { "status" };
    let about_store = matches!(props.notice, Notice::StoreUnreadable { .. });
    let testid = if about_store {
        "store-notice"
    } else {
        "notice"
    };
    let onclick = props.dispatch.reform(move |_| {
        if about_store {
            Action::DismissStoreNotice
        } else {
            Action::Dismiss
        }
    });
    html! {
        <div {class} {role} data-testid={testid} data-kind={if error { "error" } else { "info" }}>
            <div>
                <strong>{ title }</strong>
                <ul class="djzp-notice-lines">
                    { for lines.iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
            </div>
            { download }
            <button type="button" class="djzp-btn" data-testid="dismiss" {onclick}>{ M::Dismiss.get(lang) }</button>
        </div>
    }
}
