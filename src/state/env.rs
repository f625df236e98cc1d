//! What the state layer asks of the world, injected so that tests choose it: where data is
//! stored, what time it is (and in which time zone), and new ids.

#[cfg(feature = "test-doubles")]
use std::cell::Cell;
use std::rc::Rc;

use crate::domain::dates::{local_date, Date};
use crate::storage::KeyValue;

/// The time, as the user's own clock tells it.
pub trait Clock {
    /// Milliseconds since 1970 (UTC).
    fn now_ms(&self) -> i64;
    /// How many minutes the user's clock is ahead of UTC at the moment `ms` (60 in Dutch
    /// winter time, 120 in summer time).
    fn utc_offset_minutes(&self, ms: i64) -> i32;
}

/// New ids for evaluations and the items in their lists.
pub trait IdSource {
    /// A new id starting with `prefix`, unique however fast it is called.
    fn new_id(&self, prefix: &str) -> String;
}

/// The services of one app (or one test).
#[derive(Clone)]
pub struct Env {
    pub storage: Rc<dyn KeyValue>,
    pub clock: Rc<dyn Clock>,
    pub ids: Rc<dyn IdSource>,
}

impl Env {
    /// The browser's localStorage, clock and time zone, and random ids.
    pub fn browser() -> Env {
        Env {
            storage: crate::storage::browser(),
            clock: Rc::new(BrowserClock),
            ids: Rc::new(RandomIds),
        }
    }

    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// The user's calendar date at the moment `ms`.
    pub fn local_date(&self, ms: i64) -> Date {
        local_date(ms, self.clock.utc_offset_minutes(ms))
    }

    /// The user's calendar date now.
    pub fn today(&self) -> Date {
        self.local_date(self.now_ms())
    }
}

/// `Date.now()` and the browser's time zone.
pub struct BrowserClock;

impl Clock for BrowserClock {
    fn now_ms(&self) -> i64 {
        js_sys::Date::now() as i64
    }
    fn utc_offset_minutes(&self, ms: i64) -> i32 {
        // getTimezoneOffset is UTC minus local time, for that moment (so summer time counts).
        let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
        -(at.get_timezone_offset() as i32)
    }
}

/// `<prefix>-<time in hex>-<64 random bits>`: sortable by creation, and unique even for two
/// ids made in the same millisecond. The bits come from the browser's cryptographic source
/// (`crypto.getRandomValues`): scoreformulieren and replies of many organisations meet in one
/// merge, so ids must not repeat the way a seeded `Math.random` can.
pub struct RandomIds;

impl IdSource for RandomIds {
    fn new_id(&self, prefix: &str) -> String {
        let mut bits = [0u8; 8];
        let filled = web_sys::window()
            .and_then(|w| w.crypto().ok())
            .is_some_and(|c| c.get_random_values_with_u8_array(&mut bits).is_ok());
        if !filled {
            // Every browser the app runs in has crypto.getRandomValues (also outside https);
            // should one lack it, Math.random still gives ids unique in practice.
            for b in &mut bits {
                *b = (js_sys::Math::random() * 256.0) as u8;
            }
        }
        let hex: String = bits.iter().map(|b| format!("{b:02x}")).collect();
        format!("{prefix}-{:x}-{hex}", js_sys::Date::now() as i64)
    }
}

/// A clock for tests: stands still until moved, in a fixed time zone.
#[cfg(feature = "test-doubles")]
pub struct ManualClock {
    ms: Cell<i64>,
    offset_minutes: i32,
}

#[cfg(feature = "test-doubles")]
impl ManualClock {
    pub fn new(ms: i64, offset_minutes: i32) -> Rc<ManualClock> {
        Rc::new(ManualClock {
            ms: Cell::new(ms),
            offset_minutes,
        })
    }
    pub fn advance(&self, ms: i64) {
        self.ms.set(self.ms.get() + ms);
    }
}

#[cfg(feature = "test-doubles")]
impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.ms.get()
    }
    fn utc_offset_minutes(&self, _: i64) -> i32 {
        self.offset_minutes
    }
}

/// Ids for tests: `<prefix>-1`, `<prefix>-2`, ...
#[cfg(feature = "test-doubles")]
#[derive(Default)]
pub struct CountingIds(Cell<u64>);

#[cfg(feature = "test-doubles")]
impl IdSource for CountingIds {
    fn new_id(&self, prefix: &str) -> String {
        self.0.set(self.0.get() + 1);
        format!("{prefix}-{}", self.0.get())
    }
}
