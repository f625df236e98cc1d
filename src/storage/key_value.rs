//! Where text is kept under keys: `localStorage` in the browser, memory in tests.

use std::rc::Rc;
#[cfg(feature = "test-doubles")]
use std::{
    cell::{Cell, RefCell},
    collections::BTreeMap,
};

/// Why a value could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The quota is used up.
    Full,
    /// The browser does not let this page store anything (blocked, private window).
    NotAllowed,
}

/// A place that keeps text under keys: `localStorage`, or memory in tests.
pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&self, key: &str);
    /// Every key, in any order.
    fn keys(&self) -> Vec<String>;
    /// False when nothing can be stored at all (the browser blocks storage).
    fn available(&self) -> bool {
        true
    }
}

/// `localStorage`, through gloo-storage.
pub struct BrowserStorage(web_sys::Storage);

/// Stands in for `localStorage` when the browser blocks it: reads nothing, refuses writes.
pub struct NoStorage;

/// The browser's storage, or [`NoStorage`] when it is blocked.
pub fn browser() -> Rc<dyn KeyValue> {
    // `window.localStorage` throws when storage is blocked; gloo's `raw()` would then throw
    // too, so check first. (No test write here: with a full quota that would fail and hide
    // the real reason, which `save` reports.)
    let allowed = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some();
    if allowed {
        use gloo_storage::Storage;
        Rc::new(BrowserStorage(gloo_storage::LocalStorage::raw()))
    } else {
        Rc::new(NoStorage)
    }
}

impl KeyValue for BrowserStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        self.0.set_item(key, value).map_err(|e| {
            use wasm_bindgen::JsCast;
            match e.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
                Some(n) if n == "QuotaExceededError" || n == "NS_ERROR_DOM_QUOTA_REACHED" => {
                    WriteError::Full
                }
                _ => WriteError::NotAllowed,
            }
        })
    }
    fn remove(&self, key: &str) {
        // Removing fails only where storage is blocked, and then there is nothing stored.
        let _ = self.0.remove_item(key);
    }
    fn keys(&self) -> Vec<String> {
        let length = self.0.length().unwrap_or(0);
        (0..length)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}

impl KeyValue for NoStorage {
    fn get(&self, _: &str) -> Option<String> {
        None
    }
    fn set(&self, _: &str, _: &str) -> Result<(), WriteError> {
        Err(WriteError::NotAllowed)
    }
    fn remove(&self, _: &str) {}
    fn keys(&self) -> Vec<String> {
        Vec::new()
    }
    fn available(&self) -> bool {
        false
    }
}

/// Storage in memory, for tests: shared by several "tabs" through an `Rc`, with a quota in
/// bytes (keys and values, as UTF-16 units like browsers count) and a switch that blocks it.
#[cfg(feature = "test-doubles")]
#[derive(Default)]
pub struct MemoryStorage {
    items: RefCell<BTreeMap<String, String>>,
    quota: Cell<Option<usize>>,
    blocked: Cell<bool>,
}

#[cfg(feature = "test-doubles")]
impl MemoryStorage {
    pub fn new() -> Rc<MemoryStorage> {
        Rc::new(MemoryStorage::default())
    }
    /// At most this many UTF-16 units in keys and values together; `None`: no limit.
    pub fn set_quota(&self, units: Option<usize>) {
        self.quota.set(units);
    }
    pub fn set_blocked(&self, blocked: bool) {
        self.blocked.set(blocked);
    }
    /// Every key and value, to compare before and after.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.items.borrow().clone()
    }
    fn units(key: &str, value: &str) -> usize {
        key.encode_utf16().count() + value.encode_utf16().count()
    }
}

#[cfg(feature = "test-doubles")]
impl KeyValue for MemoryStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        if self.blocked.get() {
            return Err(WriteError::NotAllowed);
        }
        if let Some(quota) = self.quota.get() {
            let items = self.items.borrow();
            let others: usize = items
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| Self::units(k, v))
                .sum();
            if others + Self::units(key, value) > quota {
                return Err(WriteError::Full);
            }
        }
        self.items
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&self, key: &str) {
        self.items.borrow_mut().remove(key);
    }
    fn keys(&self) -> Vec<String> {
        self.items.borrow().keys().cloned().collect()
    }
    fn available(&self) -> bool {
        !self.blocked.get()
    }
}
