//! The article, read in a worker by the reader's own wasm module
//! (`crates/reader-web`, run by `js/reader-worker.js`). The app's module
//! leaves the reader out, so that the first paint does not wait for it
//! (it is a third of what the module would weigh: `docs/performance.md`);
//! the worker and its module start the first time there is an article to
//! read, and the reading never holds up the page.
//!
//! Where the worker script and the module are comes from the page's boot
//! script: `globalThis.flightlensReader = {worker, module, classic}`,
//! where `worker` is the script's URL, `module` what the glue's init takes
//! (the module's URL) or a function giving a promise of it (the offline
//! file unpacks the module's bytes), and `classic` true when the script is
//! a classic one (the offline file's, from a `blob:` URL) rather than a
//! module; see `docs/js-boundary.md`. Without it the page says that it
//! cannot read articles.
//!
//! The worker is started when the article box is first focused
//! ([`warm`]), so that its module is fetched and compiled and its
//! gazetteers built while the text is being pasted; else with the first
//! article (the embed's, the demo's).
//!
//! One reading is asked for at a time: the text changed while one is out
//! is asked for when it comes back (only the latest), and an answer for a
//! text that has changed since is not shown.

use std::cell::RefCell;

use flightlens_core::data;
use flightlens_core::pipeline::ArticleReading;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::browser::{get, set};

/// Where the answers go.
#[derive(Debug, Clone, Copy)]
pub struct Answer {
    /// The latest reading of the text as it is now.
    pub reading: RwSignal<ArticleReading>,
    /// True while the text as it is now has not been read yet.
    pub busy: RwSignal<bool>,
    /// The page's messages: a reader that cannot start or read says so here.
    pub errors: RwSignal<Vec<String>>,
    /// True when the text as it is now could not be read (the message is
    /// in `errors`): the Claims table says so rather than "no claims".
    pub failed: RwSignal<bool>,
}

/// A text to read: its id (counting every change on the page), the text,
/// and the publication date as typed.
struct Ask {
    id: u32,
    text: String,
    published: String,
}

/// One state's article (the page has one; a newsroom page may hold several
/// widgets, each with its own).
struct Client {
    answer: Answer,
    /// The id of its latest change: only that answer is shown.
    latest: u32,
    /// Its latest text not yet asked for.
    waiting: Option<Ask>,
}

#[derive(Default)]
struct Reader {
    /// The worker, once started.
    worker: Option<web_sys::Worker>,
    /// True once starting was tried.
    started: bool,
    /// Why the worker could not be started, if it could not.
    broken: Option<String>,
    /// The id of the reading out now, with when it was asked for.
    out: Option<(u32, f64)>,
    /// The last id given.
    last_id: u32,
    clients: Vec<Client>,
}

thread_local! {
    static READER: RefCell<Reader> = RefCell::new(Reader::default());
}

impl Answer {
    /// Reads `text` (published on `published`, as typed) for this answer:
    /// at once an empty reading for an empty text, else in the reader's
    /// worker, started the first time.
    pub fn ask(self, text: String, published: String) {
        let empty = text.trim().is_empty();
        READER.with(|r| {
            let mut r = r.borrow_mut();
            r.last_id += 1;
            let id = r.last_id;
            // (A widget unmounted since: its signals are gone.)
            r.clients
                .retain(|c| c.answer.busy.try_get_untracked().is_some());
            let at = r
                .clients
                .iter()
                .position(|c| c.answer.reading == self.reading);
            let at = at.unwrap_or_else(|| {
                r.clients.push(Client {
                    answer: self,
                    latest: 0,
                    waiting: None,
                });
                r.clients.len() - 1
            });
            let client = &mut r.clients[at];
            client.latest = id;
            client.waiting = (!empty).then_some(Ask {
                id,
                text,
                published,
            });
        });
        self.failed.set(false);
        if empty {
            self.reading.set(ArticleReading::default());
            self.busy.set(false);
            return;
        }
        if let Some(e) = READER.with(|r| r.borrow().broken.clone()) {
            tell(self, &e);
            return;
        }
        self.busy.set(true);
        if !warm() {
            pump();
        }
    }

    /// Waits until the article as it is now has been read (or could not
    /// be): what an export or the embed's handle gives then has its claims.
    pub async fn settled(self) {
        // A change just made is asked for by an effect, which runs first.
        crate::browser::sleep_ms(0).await;
        while self.busy.try_get_untracked().unwrap_or(false) {
            crate::browser::sleep_ms(20).await;
        }
    }
}

/// Starts the reader's worker if it was not started yet (then true): the
/// app calls this when the article box is first focused, so that the
/// module is fetched and compiled, and its gazetteers built (by reading an
/// empty text), while the article is being pasted.
pub fn warm() -> bool {
    if READER.with(|r| std::mem::replace(&mut r.borrow_mut().started, true)) {
        return false;
    }
    leptos::task::spawn_local(async move {
        match start().await {
            Ok(worker) => {
                READER.with(|r| r.borrow_mut().worker = Some(worker.clone()));
                // The gazetteers built, unless a text is already waiting.
                let idle = READER.with(|r| r.borrow().clients.iter().all(|c| c.waiting.is_none()));
                if idle {
                    READER.with(|r| r.borrow_mut().out = Some((WARM, 0.0)));
                    if worker.post_message(&read_message(WARM, "", "")).is_err() {
                        READER.with(|r| r.borrow_mut().out = None);
                    }
                }
                pump();
            }
            Err(e) => broke(again(&e)),
        }
    });
    true
}

/// The reader cannot run on this page (its module or its worker's script
/// could not be had): every article on the page would wait in vain, so
/// each waiting one says so now, and each later one when it is asked for.
fn broke(e: String) {
    let clients: Vec<Answer> = READER.with(|r| {
        let mut r = r.borrow_mut();
        r.broken = Some(e.clone());
        r.out = None;
        r.clients.iter().map(|c| c.answer).collect()
    });
    let waiting = |a: &Answer| a.busy.try_get_untracked().unwrap_or(false);
    for answer in clients.into_iter().filter(waiting) {
        tell(answer, &e);
    }
}

/// The id of the reading that warms the reader up: no article's (theirs
/// count from 1), so its answer is shown nowhere, nor timed.
const WARM: u32 = 0;

/// Sends the first waiting text when no reading is out.
fn pump() {
    let next = READER.with(|r| {
        let mut r = r.borrow_mut();
        if r.out.is_some() {
            return None;
        }
        let worker = r.worker.clone()?;
        let ask = r.clients.iter_mut().find_map(|c| c.waiting.take())?;
        r.out = Some((ask.id, crate::browser::now_ms().unwrap_or(0.0)));
        Some((worker, ask))
    });
    let Some((worker, ask)) = next else { return };
    let message = read_message(ask.id, &ask.text, &ask.published);
    if let Err(e) = worker.post_message(&message) {
        failed(ask.id, &crate::js_error(&e));
    }
}

/// `{kind: 'read', id, text, published}`.
fn read_message(id: u32, text: &str, published: &str) -> js_sys::Object {
    let message = js_sys::Object::new();
    set(&message, "kind", &"read".into());
    set(&message, "id", &id.into());
    set(&message, "text", &text.into());
    set(&message, "published", &published.into());
    message
}

/// The answer waiting for the reading `id`, if that is still the latest
/// change of its article, and when it was asked for; the reading out is
/// done either way.
fn done(id: u32) -> (Option<Answer>, Option<f64>) {
    READER.with(|r| {
        let mut r = r.borrow_mut();
        let asked_at = r.out.take().map(|(_, at)| at);
        let answer = r.clients.iter().find(|c| c.latest == id).map(|c| c.answer);
        (answer, asked_at)
    })
}

/// Starts the worker: its script and module from the boot script, the
/// data files the reader needs once the page has them.
async fn start() -> Result<web_sys::Worker, String> {
    let given = get(&js_sys::global(), "flightlensReader");
    let url = get(&given, "worker")
        .as_string()
        .ok_or("this page has no article reader (no globalThis.flightlensReader)")?;
    let mut module = get(&given, "module");
    if let Some(f) = module.dyn_ref::<js_sys::Function>() {
        let promise: js_sys::Promise = f
            .call0(&JsValue::UNDEFINED)
            .map_err(|e| crate::js_error(&e))?
            .dyn_into()
            .map_err(|_| "the reader's module was not given")?;
        module = JsFuture::from(promise).await.map_err(|e| {
            format!(
                "the reader's module could not be unpacked ({})",
                crate::js_error(&e)
            )
        })?;
    }
    crate::assets::ready().await;
    let options = web_sys::WorkerOptions::new();
    // The offline file's worker is a classic script (see
    // js/offline-boot.js); the served one is a module.
    if !get(&given, "classic").is_truthy() {
        options.set_type(web_sys::WorkerType::Module);
    }
    crate::browser::watch_policy();
    let worker = web_sys::Worker::new_with_options(&url, &options)
        .map_err(|e| format!("its worker did not start ({})", crate::js_error(&e)))?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
            came(&e.data());
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: so does its handler.
    on_message.forget();
    // An error thrown in the worker comes as an ErrorEvent with its
    // message; a script the worker could not load (a network error, or a
    // page policy whose worker-src does not allow it) as a bare Event: the
    // worker is gone then, for every article on the page.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        match crate::browser::worker_error(&e) {
            Some(message) => {
                let id = READER.with(|r| r.borrow().out.map(|(id, _)| id).unwrap_or(0));
                failed(id, &again(&format!("its worker stopped ({message})")));
            }
            None => broke(format!(
                "its worker's script could not be loaded {}",
                crate::browser::worker_unloaded()
            )),
        }
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    let files = js_sys::Object::new();
    let transfer = js_sys::Array::new();
    for name in data::READER_FILES {
        if let Some(bytes) = crate::assets::copy_of(name) {
            set(&files, name, &bytes);
            transfer.push(&bytes);
        }
    }
    let message = js_sys::Object::new();
    set(&message, "kind", &"start".into());
    set(&message, "module", &module);
    set(&message, "files", &files);
    worker
        .post_message_with_transfer(&message, &transfer)
        .map_err(|e| format!("its worker could not be started ({})", crate::js_error(&e)))?;
    Ok(worker)
}

/// An answer from the worker: shown if it is for the text as it is now,
/// then the next text asked for.
fn came(data: &JsValue) {
    let id = get(data, "id").as_f64().unwrap_or(0.0) as u32;
    if get(data, "kind").as_string().as_deref() == Some("error") {
        let message = get(data, "message").as_string().unwrap_or_default();
        failed(id, &again(&message));
        return;
    }
    let (answer, asked_at) = done(id);
    let json = get(data, "json").as_string().unwrap_or_default();
    match ArticleReading::handed(&json) {
        Ok(_) if id == WARM => {}
        Ok(read) => {
            say_times(&read, get(data, "ms").as_f64(), asked_at);
            if let Some(answer) = answer {
                answer.reading.set(read);
                answer.busy.set(false);
            }
        }
        Err(e) => {
            if let Some(answer) = answer {
                tell(answer, &again(&e));
            }
        }
    }
    pump();
}

/// A reading that failed: said on the page if it was for the text as it
/// is now; the next text is still asked for.
fn failed(id: u32, why: &str) {
    if let (Some(answer), _) = done(id) {
        tell(answer, why);
    }
    pump();
}

/// A reason after which reloading the page may help, saying so.
fn again(why: &str) -> String {
    format!("{why}. Reload the page to try again")
}

/// Says on the page that the reading failed, and why (with what to do).
fn tell(answer: Answer, why: &str) {
    answer.busy.set(false);
    answer.reading.set(ArticleReading::default());
    answer.failed.set(true);
    let line = format!("The article could not be read: {why}.");
    answer.errors.update(|v| v.push(line));
}

/// The reading's times, in the console at the debug level (which DevTools
/// hides by default): the engine's own time in the worker, and the time
/// from asking to the answer being back (the worker's start and its
/// module's the first time). `cargo xtask bench article` reads both lines
/// (`e2e/bench-article.mjs`); `docs/js-boundary.md` lists them with the
/// page's other timing hooks.
fn say_times(read: &ArticleReading, ms: Option<f64>, asked_at: Option<f64>) {
    let claims = read.reading.claims.len();
    if let Some(ms) = ms {
        let bytes = read.text.len();
        let line = format!("article: read {bytes} bytes in {ms:.1} ms ({claims} claims)");
        web_sys::console::debug_1(&line.into());
    }
    if let (Some(a), Some(b)) = (asked_at, crate::browser::now_ms()) {
        let line = format!("article: answered in {:.1} ms", b - a);
        web_sys::console::debug_1(&line.into());
    }
}
