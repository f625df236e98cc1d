//! Calendar dates as the app stores them (`jjjj-mm-dd`, as `<input type="date">` gives them)
//! and shows them (`dd-mm-jjjj`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `dd-mm-jjjj`, as dates are shown.
    pub fn to_nl(self) -> String {
        format!("{:02}-{:02}-{:04}", self.day, self.month, self.year)
    }

    /// Days since 1 January 1970 (negative before it): Howard Hinnant's days-from-civil.
    pub fn days_since_1970(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year - era * 400;
        let month = i64::from(self.month);
        let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Reads `jjjj-mm-dd`; `None` for anything else or a day that does not exist.
pub fn parse_iso_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    // ASCII digits only: `str::parse` would also take "+1" (so "+202-+1-+1" was a date).
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    let (year, month, day) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some(Date {
        year,
        month,
        day,
    })
}

/// The same day `years` later; 29 February becomes 28 February in a non-leap year.
pub fn add_years(date: Date, years: i32) -> Date {
    let year = date.year + years;
    Date {
        year,
        month: date.month,
        day: date.day.min(days_in_month(year, date.month)),
    }
}

/// `2026-03-05` → `05-03-2026`; text that is not a date is returned as it is.
pub fn format_nl(iso: &str) -> String {
    parse_iso_date(iso).map_or_else(|| iso.to_string(), Date::to_nl)
}

/// The calendar date in a place whose clock is `utc_offset_minutes` ahead of UTC (60 in
/// Dutch winter time, 120 in summer time) at the moment `ms` (milliseconds since 1970).
///
/// Every date the app shows or writes is a local one: between 00:00 and 02:00 Dutch time
/// the UTC date is still yesterday. The offset comes from the user's browser (see
/// `state::env::Clock`), for that moment, so a date in summer uses summer time.
pub fn local_date(ms: i64, utc_offset_minutes: i32) -> Date {
    utc_date(ms + i64::from(utc_offset_minutes) * 60_000)
}

/// The local time of day of a moment, "14:05": to tell two versions of one day apart.
pub fn local_time(ms: i64, utc_offset_minutes: i32) -> String {
    let minutes = (ms + i64::from(utc_offset_minutes) * 60_000).div_euclid(60_000);
    let of_day = minutes.rem_euclid(24 * 60);
    format!("{:02}:{:02}", of_day / 60, of_day % 60)
}

/// The calendar date (UTC) of a moment in milliseconds since 1970.
pub fn utc_date(ms: i64) -> Date {
    // Howard Hinnant's days-from-civil inverse.
    let days = ms.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}
