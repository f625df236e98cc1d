//! Marks the time an action takes in the browser's performance timeline, so the benchmark
//! script (bench/exchange.mjs) reads real figures of the real code path.

/// Runs `work` and records it as a performance measure named `name`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    if let Some(p) = &performance {
        // A timing mark for benchmarks; without it the work is the same.
        let _ = p.mark(&start);
    }
    let out = work();
    if let Some(p) = &performance {
        // A timing mark for benchmarks; without it the work is the same.
        let _ = p.mark(&end);
        // A timing mark for benchmarks; without it the work is the same.
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
    }
    out
}
