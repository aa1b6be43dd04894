//! The store every element on a page shares (core's [`Store`]: the whole file, a split folder's
//! card parts, or for a search in a split folder its manifest), and for a split search the
//! loader's `fetch`, with which the files a query needs are added as they arrive.
use govlens_core::Store;
use std::cell::{Ref, RefCell};
use std::rc::Rc;

struct Shared {
    store: RefCell<Store>,
    /// The loader's: a path relative to the manifest -> a promise of its bytes (split search).
    #[cfg(feature = "search")]
    fetch: Option<js_sys::Function>,
    /// How many files have been added: a search that waited for files runs again when it changes.
    #[cfg(feature = "search")]
    added: std::cell::Cell<u32>,
}

/// A handle to the shared store; equal when it is the same store (props compare cheaply).
#[derive(Clone)]
pub struct Data(Rc<Shared>);

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Data {
    /// A store the page fetched whole (or joined from card parts).
    pub fn new(store: Store) -> Data {
        Data(Rc::new(Shared {
            store: RefCell::new(store),
            #[cfg(feature = "search")]
            fetch: None,
            #[cfg(feature = "search")]
            added: Default::default(),
        }))
    }

    /// The store, for reading views. Never held across an await.
    pub fn store(&self) -> Ref<'_, Store> {
        self.0.store.borrow()
    }
}

/// Search in a split folder: the fetching a query needs. The card-only build leaves it out, with
/// the index, the stemmers and the search component.
#[cfg(feature = "search")]
mod fetching {
    use super::{Data, Shared};
    use govlens_core::Store;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::{JsCast, JsValue};

    impl Data {
        /// A split folder's store, with the loader's `fetch` for what a search needs.
        pub fn split(store: Store, fetch: js_sys::Function) -> Data {
            Data(Rc::new(Shared { store: RefCell::new(store), fetch: Some(fetch), added: Default::default() }))
        }

        /// How many files have been added so far.
        pub fn added(&self) -> u32 {
            self.0.added.get()
        }

        /// Fetches the files a split search asked for and adds them. The requests all start
        /// before the first is awaited; a file another search added meanwhile is skipped. The
        /// error names the file and what went wrong with it.
        pub async fn fetch(&self, paths: &[String]) -> Result<(), String> {
            let Some(fetch) = &self.0.fetch else { return Ok(()) };
            let missing: Vec<&String> = paths.iter().filter(|p| !self.0.store.borrow().has(p)).collect();
            let pending: Vec<(&String, Result<JsValue, JsValue>)> =
                missing.into_iter().map(|p| (p, fetch.call1(&JsValue::NULL, &JsValue::from_str(p)))).collect();
            // Every request is awaited, also after one fails: a rejection nobody awaits would
            // reach the host page as an unhandled one.
            let mut first_error = None;
            for (path, call) in pending {
                let fetched = match call.and_then(|v| v.dyn_into::<js_sys::Promise>()) {
                    Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| message(path, e)),
                    Err(e) => Err(message(path, e)),
                };
                let result =
                    fetched.and_then(|bytes| self.0.store.borrow_mut().add(path, &js_sys::Uint8Array::new(&bytes).to_vec()).map_err(|e| e.to_string()));
                match result {
                    Ok(()) => self.0.added.set(self.0.added.get() + 1),
                    Err(e) => first_error = first_error.or(Some(e)),
                }
            }
            first_error.map_or(Ok(()), Err)
        }
    }

    /// A failed fetch as text: the loader's Error message (it names the URL), else the value.
    fn message(path: &str, e: JsValue) -> String {
        match e.dyn_into::<js_sys::Error>() {
            Ok(err) => String::from(err.message()),
            Err(v) => format!("{path}: {}", v.as_string().unwrap_or_else(|| "the file could not be loaded".to_string())),
        }
    }
}
