//! Host tests: when the app may write its working file, and when it reminds users of other
//! browsers to save a copy.

use vth_competenties::domain::working_file::*;

const DAY: i64 = 86_400_000;

fn stamp() -> FileStamp {
    FileStamp {
        name: "evaluatie.json".into(),
        size: 1200,
        modified_ms: 5_000,
        revision: 7,
        written_ms: 5_000,
    }
}

#[test]
fn a_file_is_written_only_while_it_is_what_this_app_wrote() {
    let last = stamp();
    let same = FoundFile {
        size: 1200,
        modified_ms: 5_000,
        content: None,
    };
    assert_eq!(check_before_write(&last, "ev", &same), WriteCheck::Ours);
    // A sync client (OneDrive) touched the time; the contents are still ours.
    let touched = FoundFile {
        modified_ms: 9_000,
        content: Some(("ev".into(), 7)),
        ..same.clone()
    };
    assert_eq!(
        check_before_write(&last, "ev", &touched),
        WriteCheck::Touched
    );
    // A colleague saved: another revision, or another evaluation, or no evaluation at all.
    for content in [
        Some(("ev".to_string(), 8)),
        Some(("ander".to_string(), 7)),
        None,
    ] {
        let changed = FoundFile {
            size: 1300,
            modified_ms: 9_000,
            content,
        };
        assert_eq!(
            check_before_write(&last, "ev", &changed),
            WriteCheck::ChangedByOther
        );
    }
}

#[test]
fn the_reminder_comes_after_seven_days_of_unsaved_changes_and_back_after_new_ones() {
    let created = 0;
    let now = 10 * DAY;
    // Never saved, changed: due after 7 days, not before.
    assert!(reminder_due(created, 2 * DAY, None, None, now));
    assert!(!reminder_due(created, 2 * DAY, None, None, 6 * DAY));
    // Nothing entered since the start: nothing to lose.
    assert!(!reminder_due(created, created, None, None, now));
    // Saved a copy 8 days ago, changed since: due; no change since the copy: not due.
    assert!(reminder_due(created, 9 * DAY, Some(2 * DAY), None, now));
    assert!(!reminder_due(created, 2 * DAY, Some(2 * DAY), None, now));
    // A copy 3 days ago: not yet.
    assert!(!reminder_due(created, 9 * DAY, Some(7 * DAY), None, now));
    // Waved away after the last change: gone; a new change brings it back.
    assert!(!reminder_due(
        created,
        9 * DAY,
        None,
        Some(9 * DAY + 1),
        now
    ));
    assert!(reminder_due(
        created,
        9 * DAY + 2,
        None,
        Some(9 * DAY + 1),
        now
    ));
}

#[test]
fn times_are_local() {
    // 13:03 UTC is 14:03 in Dutch winter time and 15:03 in summer time.
    let ms = 1_767_272_580_000; // 2026-01-01 13:03 UTC
    assert_eq!(local_time(ms, 60), "14:03");
    assert_eq!(local_time(ms, 120), "15:03");
    assert_eq!(local_time(ms - 14 * 3_600_000, 60), "00:03");
}

#[test]
fn every_failure_says_what_to_do_and_that_the_work_is_kept() {
    for name in [
        "NotAllowedError",
        "NotFoundError",
        "QuotaExceededError",
        "AbortError",
        "",
    ] {
        let message = write_failure(name);
        assert!(message.len() > 40, "{name}: {message}");
    }
    assert!(write_failure("NotAllowedError").contains("Doorgaan met werkbestand"));
    assert!(write_failure("QuotaExceededError").contains("vol"));
}
