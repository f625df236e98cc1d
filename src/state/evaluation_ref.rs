//! [`EvaluationRef`]: one evaluation, as a small `Copy` handle that components receive
//! instead of an id string. Reads are typed (tracked, untracked, a memo of one projection);
//! writes go through [`EvaluationRef::update`] or a setter callback, and are saved by the store.

use leptos::prelude::*;

use super::store::Store;
use crate::domain::evaluation::Evaluation;

#[derive(Clone, Copy)]
pub struct EvaluationRef {
    store: Store,
    id: StoredValue<String>,
}

impl EvaluationRef {
    pub(super) fn new(store: Store, id: &str) -> Self {
        EvaluationRef {
            store,
            id: StoredValue::new(id.to_string()),
        }
    }

    pub fn id(&self) -> String {
        self.id.get_value()
    }

    pub fn store(&self) -> Store {
        self.store
    }

    /// Reads the evaluation, and redraws the caller when it changes. `None` once it is gone.
    pub fn with<T>(&self, f: impl FnOnce(&Evaluation) -> T) -> Option<T> {
        self.store.with(&self.id(), f)
    }

    /// Reads the evaluation without subscribing, without cloning it.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Evaluation) -> T) -> Option<T> {
        self.store.with_untracked(&self.id(), f)
    }

    /// A copy of the evaluation, without subscribing.
    pub fn get_untracked(&self) -> Option<Evaluation> {
        self.with_untracked(Evaluation::clone)
    }

    /// One projection of the evaluation, recomputed on every change of it but passed on only
    /// when its value changes: typing in one field does not redraw what shows another.
    /// `T::default()` once the evaluation is gone.
    pub fn memo<T>(&self, project: impl Fn(&Evaluation) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Default + PartialEq + Clone + Send + Sync + 'static,
    {
        let this = *self;
        Memo::new(move |_| this.with(&project).unwrap_or_default())
    }

    /// Changes the evaluation; the store saves it.
    pub fn update(&self, change: impl FnOnce(&mut Evaluation)) {
        self.store.update(&self.id(), change);
    }

    /// A callback that writes what a field gives into the evaluation.
    pub fn setter<V: 'static>(
        &self,
        change: impl Fn(&mut Evaluation, V) + Send + Sync + 'static,
    ) -> Callback<V> {
        let this = *self;
        Callback::new(move |value: V| this.update(|e| change(e, value)))
    }
}
