//! `use_countdown`: seconds left until a deadline, ticking once a second.

use gloo_timers::callback::Interval;
use yew::prelude::*;

/// Counts down from `seconds`, restarting whenever `seconds` or `restart` changes. Returns
/// the whole seconds left (0 once passed). The clock is `Date.now()`, so a tab that
/// slept catches up instead of drifting.
#[hook]
pub fn use_countdown<T: PartialEq + Clone + 'static>(seconds: u32, restart: T) -> u32 {
    let left = use_state(|| seconds);
    {
        let left = left.clone();
        use_effect_with((seconds, restart), move |(seconds, _)| {
            let deadline = js_sys::Date::now() + f64::from(*seconds) * 1000.0;
            left.set(*seconds);
            let interval = Interval::new(1000, move || {
                let remaining = ((deadline - js_sys::Date::now()) / 1000.0).ceil();
                left.set(remaining.max(0.0) as u32);
            });
            move || drop(interval)
        });
    }
    *left
}
