//! The root component: owns the state, restores and autosaves it, and
//! derives the catalogue and the current report.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use ziping_engine::Rubric;

use crate::browser;
use crate::components::arrival_choice::ArrivalChoice;
use crate::components::header::Header;
use crate::components::home::Home;
use crate::components::notice::NoticeBar;
use crate::components::rubric_pending::RubricPending;
use crate::components::summary_screen::SummaryScreen;
use crate::components::workspace::Workspace;
use crate::i18n::{problem_text, Lang};
use crate::ids::Ids;
use crate::rubrics::{self, Catalogue};
use crate::state::{Action, AppState, Notice, StorageState, Store, STORAGE_KEY};
use crate::view::summary::Scores;
use ziping_engine::shipped::Summary;

/// Options of the widget (see the embedding guide in the README).
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Local-storage key. Two widgets on one page share state only when they
    /// use the same key.
    #[prop_or(AttrValue::Static(STORAGE_KEY))]
    pub storage_key: AttrValue,
    /// Rubric preselected for a new assessment (a rubric id).
    #[prop_or_default]
    pub rubric: Option<AttrValue>,
    /// Interface language when the user has not chosen one.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Prefix of every DOM id inside this widget (unique per widget).
    #[prop_or(AttrValue::Static("djzp"))]
    pub id_prefix: AttrValue,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            storage_key: AttrValue::Static(STORAGE_KEY),
            rubric: None,
            lang: None,
            id_prefix: AttrValue::Static("djzp"),
        }
    }
}

/// Reads the saved store. A missing store starts empty and unavailable
/// storage is reported so the page can say so. An unreadable store (written
/// by a newer version, or damaged) also starts empty, but its text is first
/// copied to a key of its own and offered for download, so that the first
/// autosave cannot destroy it; if even the copy fails, nothing is saved.
fn restore(key: &str, lang: Option<Lang>) -> AppState {
    let mut state = AppState {
        today: browser::today().1,
        ..AppState::default()
    };
    if let Some(l) = lang {
        state.store.lang = l;
    }
    match browser::load(key) {
        Ok(Some(text)) => match ziping_engine::json::from_str::<Store>(&text) {
            Ok(store) => state.store = store,
            Err(e) => {
                let notice = keep_aside(key, text, problem_text(state.store.lang, &e));
                if matches!(notice, Notice::StoreUnreadable { backup: None, .. }) {
                    state.storage = StorageState::Unavailable;
                }
                state.store_notice = Some(notice);
            }
        },
        Ok(None) => {}
        Err(_) => state.storage = StorageState::Unavailable,
    }
    state
}

/// Copies saved text this page cannot read to a key of its own
/// (`<key>.unreadable.<time>`), so that no write destroys it. Returns the
/// notice that names the copy (`backup: None` when even the copy failed:
/// then nothing may be saved) and offers the text for download.
fn keep_aside(key: &str, text: String, reason: String) -> Notice {
    let copy = format!("{key}.unreadable.{}", js_sys::Date::now() as u64);
    let backup = browser::save(&copy, &text).ok().map(|()| copy);
    Notice::StoreUnreadable {
        backup,
        reason,
        text: text.into(),
    }
}

/// How long autosave waits after a change before writing the store, in ms.
pub const SAVE_DELAY_MS: u32 = 300;

/// What autosave keeps between renders.
#[derive(Default)]
struct Autosave {
    /// The store and the storage state as last rendered. Set while
    /// rendering, so a write made when the page is left has every change,
    /// even one whose effects have not run yet, and is compared with the
    /// state on screen rather than with one an older closure captured.
    latest: Option<(Store, StorageState)>,
    /// The store as last written.
    written: Option<Store>,
    /// The saved store as this page last read or wrote it, and its text:
    /// saved text that differs was written by another page since, whose
    /// changes are folded in rather than overwritten (see [`crate::sync`]).
    base: Option<(Rc<Store>, String)>,
    /// The timer of the next write; replacing it cancels the previous one.
    timer: Option<Timeout>,
    /// Set while this widget tells the page's other widgets of its save,
    /// which it need not read back itself.
    announcing: bool,
}

impl Autosave {
    /// Takes `text`, saved by another page, as the new base. Returns the
    /// action that folds it into this page's state and the store this page
    /// then holds, or `None` when the text is what this page knows already
    /// or cannot be read (a newer version's, which is left as it is).
    /// `Err` holds why text that this page did not write cannot be read
    /// (say, a newer version's in another tab): it is not to be written
    /// over before it is kept aside.
    fn other_page_saved(&mut self, text: String) -> Result<Option<(Action, Store)>, String> {
        let (base, known) = self.base.take().unwrap_or_default();
        if text == known {
            self.base = Some((base, known));
            return Ok(None);
        }
        let theirs = match ziping_engine::json::from_str::<Store>(&text) {
            Ok(theirs) => theirs,
            Err(e) => {
                self.base = Some((base, known));
                let lang = self
                    .latest
                    .as_ref()
                    .map(|(s, _)| s.lang)
                    .unwrap_or_default();
                return Err(problem_text(lang, &e));
            }
        };
        let theirs = Rc::new(theirs);
        let ours = self
            .latest
            .as_ref()
            .map(|(s, _)| s.clone())
            .unwrap_or_default();
        let merged = crate::sync::merge(&base, &ours, &theirs).store;
        // Where the user is in this page (open assessment, section,
        // language) alone is no reason to write: writing it would make the
        // other page fold it in and write its own, back and forth.
        let same_work = merged.entries == theirs.entries
            && merged.rubrics == theirs.rubrics
            && merged.next_id == theirs.next_id;
        self.written = Some(if same_work {
            merged.clone()
        } else {
            (*theirs).clone()
        });
        self.base = Some((theirs.clone(), text));
        Ok(Some((Action::External { base, theirs }, merged)))
    }
}

/// Writes the latest store unless it is already written, and reports
/// whether that worked. What another page saved since this page last read
/// or wrote the store is folded in first, in what is written and in the
/// state.
fn write_latest(
    autosave: &RefCell<Autosave>,
    key: &str,
    dispatch: &UseReducerDispatcher<AppState>,
) {
    let (mut store, shown) = match &autosave.borrow().latest {
        Some((_, StorageState::Unavailable)) | None => return,
        Some((store, shown)) => (store.clone(), shown.clone()),
    };
    if autosave.borrow().written.as_ref() == Some(&store) {
        return;
    }
    if let Ok(Some(text)) = browser::load(key) {
        let folded = autosave.borrow_mut().other_page_saved(text.clone());
        match folded {
            Ok(Some((action, merged))) => {
                dispatch.dispatch(action);
                store = merged;
            }
            Ok(None) => {}
            // Kept aside and offered for download, as on start, before
            // this page's store takes the key.
            Err(reason) => {
                let notice = keep_aside(key, text, reason);
                let kept = !matches!(notice, Notice::StoreUnreadable { backup: None, .. });
                dispatch.dispatch(Action::Notify(notice));
                if !kept {
                    dispatch.dispatch(Action::Storage(StorageState::Unavailable));
                    return;
                }
            }
        }
    }
    let result = serde_json::to_string(&store)
        .map_err(|e| e.to_string())
        .and_then(|text| {
            browser::save(key, &text)
                .map(|()| text)
                .map_err(|e| e.to_string())
        });
    let next = match result {
        Ok(text) => {
            {
                let mut a = autosave.borrow_mut();
                a.base = Some((Rc::new(store.clone()), text));
                a.written = Some(store);
            }
            // Other widgets of this page get no `storage` event for it.
            autosave.borrow_mut().announcing = true;
            browser::announce(SAVED_EVENT);
            autosave.borrow_mut().announcing = false;
            StorageState::Saving
        }
        Err(e) => StorageState::Failed(e),
    };
    if next != shown {
        dispatch.dispatch(Action::Storage(next));
    }
}

/// The event a widget sends on its window after each save, so that another
/// widget of the same page with the same key folds the save in (pages get
/// the browser's `storage` event; widgets of one page do not).
const SAVED_EVENT: &str = "djzp-saved";

/// Folds in what another page or widget saved under `key`, if anything.
fn fold_saved(
    autosave: &RefCell<Autosave>,
    text: Option<String>,
    dispatch: &UseReducerDispatcher<AppState>,
) {
    // Removed (storage cleared): what this page holds is written again
    // with its next change. Unreadable text is kept aside by the next write.
    let Some(text) = text else { return };
    let folded = autosave.borrow_mut().other_page_saved(text);
    if let Ok(Some((action, _))) = folded {
        dispatch.dispatch(action);
    }
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let key = props.storage_key.clone();
    let state = {
        let key = key.clone();
        let lang = props.lang;
        use_reducer_eq(move || restore(&key, lang))
    };

    // Autosave: a change is written SAVE_DELAY_MS after the last one, so
    // typing never waits for serialising and storing the whole store; what
    // is not written yet is written at once when the page is hidden or left,
    // and when the widget goes away.
    let autosave = use_mut_ref(Autosave::default);
    {
        let mut a = autosave.borrow_mut();
        a.latest = Some((state.store.clone(), state.storage.clone()));
        if a.base.is_none() {
            // The store as restored is this page's first base.
            let text = browser::load(&key).ok().flatten().unwrap_or_default();
            a.base = Some((Rc::new(state.store.clone()), text));
        }
    }
    {
        let (dispatch, autosave, key) = (state.dispatcher(), autosave.clone(), key.clone());
        use_effect_with(state.store.clone(), move |_| {
            let write = {
                let autosave = autosave.clone();
                move || write_latest(&autosave, &key, &dispatch)
            };
            autosave.borrow_mut().timer = Some(Timeout::new(SAVE_DELAY_MS, write));
        });
    }
    {
        let (dispatch, autosave, key) = (state.dispatcher(), autosave.clone(), key.clone());
        use_effect_with((), move |_| {
            let flush = {
                let (autosave, key, dispatch) = (autosave.clone(), key.clone(), dispatch.clone());
                move || write_latest(&autosave, &key, &dispatch)
            };
            let listeners = web_sys::window().map(|w| {
                let on_hide = {
                    let flush = flush.clone();
                    EventListener::new(&w, "pagehide", move |_| flush())
                };
                let on_hidden = {
                    let (flush, dispatch) = (flush.clone(), dispatch.clone());
                    EventListener::new(&w, "visibilitychange", move |_| {
                        let hidden = web_sys::window()
                            .and_then(|w| w.document())
                            .is_some_and(|d| d.hidden());
                        if hidden {
                            flush();
                        } else {
                            // A page left open for days dates changes by today.
                            dispatch.dispatch(Action::Today(browser::today().1));
                        }
                    })
                };
                // Another page of this origin saved: fold its changes in now,
                // so this page shows them and its next write keeps them.
                let on_storage = {
                    let (autosave, key, dispatch) =
                        (autosave.clone(), key.clone(), dispatch.clone());
                    EventListener::new(&w, "storage", move |e| {
                        let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                            return;
                        };
                        if e.key().as_deref() == Some(key.as_str()) {
                            fold_saved(&autosave, e.new_value(), &dispatch);
                        }
                    })
                };
                // Another widget of this page saved (perhaps another key):
                // the text under this key is folded in unless already known.
                let on_widget = {
                    let (autosave, key, dispatch) =
                        (autosave.clone(), key.clone(), dispatch.clone());
                    EventListener::new(&w, SAVED_EVENT, move |_| {
                        if !autosave.borrow().announcing {
                            fold_saved(&autosave, browser::load(&key).ok().flatten(), &dispatch);
                        }
                    })
                };
                (on_hide, on_hidden, on_storage, on_widget)
            });
            move || {
                drop(listeners);
                flush();
            }
        });
    }

    // Once there is work to keep, ask the browser to keep it for good.
    {
        let dispatch = state.dispatcher();
        let has_work = !state.store.entries.is_empty() && state.persisted.is_none();
        use_effect_with(has_work, move |&has_work| {
            if has_work {
                wasm_bindgen_futures::spawn_local(async move {
                    dispatch.dispatch(Action::Persisted(browser::keep_storage().await));
                });
            }
        });
    }

    // Imported rubrics are read when their texts change, not again each
    // time a shipped rubric's file arrives.
    let imported = use_memo(state.store.rubrics.clone(), |texts| {
        rubrics::read_imported(texts)
    });
    let catalogue = use_memo((imported, state.fetched.clone()), |(imported, fetched)| {
        Catalogue::new(imported, fetched)
    });
    use_rubric_fetch(&state, &catalogue);

    let entry = state.store.current().cloned();
    let rubric: Option<Rc<Rubric>> = entry
        .as_ref()
        .and_then(|e| catalogue.for_ref(&e.assessment.rubric));

    // Every assessment is scored once per change of its answers, year or
    // rubric, for this screen and the start screen alike (see
    // [`Scores`]): a keystroke scores the open assessment at most once, and
    // going back to the list scores nothing it already knows.
    let scores = use_mut_ref(Scores::default);
    let report = match (&entry, &rubric) {
        (Some(e), Some(r)) => Some(scores.borrow_mut().reports(e, r)),
        _ => None,
    };

    let lang = state.store.lang;
    // One callback for the widget's lifetime: a new one each render would
    // make every child's properties differ and re-render them all.
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a: Action, _| dispatcher.dispatch(a))
    };

    // A shipped rubric whose file is still awaited (or failed to arrive).
    let awaited = match (&entry, &rubric) {
        (Some(e), None) => catalogue
            .meta(&e.assessment.rubric.id, &e.assessment.rubric.version)
            .cloned(),
        _ => None,
    };

    let body = match (entry, rubric, report, awaited) {
        (
            Some(entry),
            Some(rubric),
            Some(crate::view::summary::Reports {
                own: report,
                reviewed,
            }),
            _,
        ) => {
            let links = scores.borrow_mut().links(
                &state.store.entries,
                &catalogue,
                &rubric,
                entry.assessment.year,
            );
            let upgrade = crate::view::versions::upgrade(
                &catalogue,
                &state.store.entries,
                &entry.assessment,
                |id, version| state.fetch_failure(id, version).cloned(),
            )
            .map(Rc::new);
            html! {
                <Workspace {lang} export_due={entry.export_due(&state.today, report.answered >= report.applicable)}
                    {entry} {rubric} {report} {reviewed} {links} {upgrade} differing_only={state.differing_only}
                    dispatch={dispatch.clone()} />
            }
        }
        (_, _, _, Some(meta)) => {
            let failed = state.fetch_failure(&meta.id, &meta.version).cloned();
            html! { <RubricPending {lang} {meta} {failed} dispatch={dispatch.clone()} /> }
        }
        _ if state.store.summary.is_some() => {
            let pick = state.store.summary.clone().unwrap_or_default();
            let view = scores
                .borrow_mut()
                .rollup(&state.store.entries, &catalogue, &pick);
            let awaited = view
                .is_none()
                .then(|| catalogue.meta(&pick.rubric, &pick.version).cloned())
                .flatten();
            if let Some(meta) = awaited {
                let failed = state.fetch_failure(&meta.id, &meta.version).cloned();
                html! { <RubricPending {lang} {meta} {failed} summary=true dispatch={dispatch.clone()} /> }
            } else {
                html! {
                    <SummaryScreen {lang} {pick} {view} today={AttrValue::from(state.today.clone())}
                        dispatch={dispatch.clone()} />
                }
            }
        }
        _ => {
            let saved = scores.borrow_mut().saved(&state.store.entries, &catalogue);
            html! {
                <Home {lang} store={state.store.clone()} catalogue={catalogue.clone()} {saved}
                    confirm_delete={state.confirm_delete}
                    preselect={props.rubric.clone()} dispatch={dispatch.clone()} />
            }
        }
    };

    // A file that came back and differs from changes made here: both
    // versions of each part, to choose between.
    let arrival = state.arrival.as_ref().and_then(|p| {
        let kept = state.store.entries.iter().find(|e| e.id == p.entry)?;
        let rubric = catalogue.for_ref(&p.incoming.rubric);
        let lines = crate::view::review::choice_lines(
            lang,
            rubric.as_deref(),
            &kept.assessment,
            &p.incoming,
            &p.conflicts,
        );
        let key = format!("{}-{}-{}", p.entry, p.file, p.incoming.review.history.events().len());
        Some(html! {
            <ArrivalChoice {key} {lang} file={AttrValue::from(p.file.clone())} lines={Rc::new(lines)}
                diverged={p.diverged.is_some()} dispatch={dispatch.clone()} />
        })
    });

    let ids = Ids(Rc::from(props.id_prefix.as_str()));
    html! {
        <ContextProvider<Ids> context={ids}>
        <div class="djzp-app" lang={lang.code()}>
            <Header {lang} storage={state.storage.clone()} persisted={state.persisted}
                dispatch={dispatch.clone()} />
            if let Some(notice) = state.store_notice.clone() {
                <NoticeBar {lang} {notice} dispatch={dispatch.clone()} />
            }
            if let Some(notice) = state.notice.clone() {
                <NoticeBar {lang} {notice} dispatch={dispatch.clone()} />
            }
            { arrival.unwrap_or_default() }
            { body }
        </div>
        </ContextProvider<Ids>>
    }
}

/// Fetches the file of every shipped rubric that a saved assessment uses and
/// that is not at hand (none when the rubrics are embedded), each once; a
/// failure is recorded until the user asks to try again.
#[hook]
fn use_rubric_fetch(state: &UseReducerHandle<AppState>, catalogue: &Catalogue) {
    let in_flight = use_mut_ref(Vec::<Rc<Summary>>::new);
    let missing: Vec<Rc<Summary>> = catalogue
        .missing(state.store.entries.iter().map(|e| &e.assessment.rubric))
        .into_iter()
        .filter(|m| state.fetch_failure(&m.id, &m.version).is_none())
        .collect();
    let dispatch = state.dispatcher();
    let lang = state.store.lang;
    use_effect_with(missing, move |missing| {
        for meta in missing {
            if in_flight.borrow().iter().any(|m| Rc::ptr_eq(m, meta)) {
                continue;
            }
            in_flight.borrow_mut().push(meta.clone());
            let (meta, dispatch, in_flight) = (meta.clone(), dispatch.clone(), in_flight.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = fetch_rubric(lang, &meta).await;
                in_flight.borrow_mut().retain(|m| !Rc::ptr_eq(m, &meta));
                dispatch.dispatch(match result {
                    Ok(r) => Action::RubricFetched(Rc::new(r)),
                    Err(why) => {
                        Action::RubricFetchFailed(meta.id.clone(), meta.version.clone(), why)
                    }
                });
            });
        }
    });
}

/// Fetches, reads and checks a shipped rubric's file; what is wrong with
/// the file is worded in `lang`, one problem a line.
async fn fetch_rubric(lang: Lang, meta: &Summary) -> Result<Rubric, String> {
    let url = browser::beside_app(&rubrics::file_path(meta));
    let text = browser::fetch_text(&url)
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    let rubric = Rubric::from_json(&text).map_err(|e| {
        let problems: Vec<String> = e.problems().iter().map(|p| problem_text(lang, p)).collect();
        format!("{url}: {}", problems.join("\n"))
    })?;
    if rubric.id == meta.id && rubric.version == meta.version {
        Ok(rubric)
    } else {
        Err(format!(
            "{url}: the file holds rubric \"{}\" version {}, not version {}",
            rubric.id, rubric.version, meta.version
        ))
    }
}
