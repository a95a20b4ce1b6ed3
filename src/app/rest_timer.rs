//! Rest timer between sets.
//!
//! The timer reads no clock: every method that depends on time takes `now`,
//! so the app passes the frame's `Instant` and tests pass a made-up one.

use std::time::{Duration, Instant};

/// Rest after a top set: 4 min, inside the method's 3–5 min.
pub const TOP_SET_REST: Duration = Duration::from_secs(240);
/// Rest between backoff sets: 2 min 30 s, inside the method's 2–3 min.
pub const BACKOFF_REST: Duration = Duration::from_secs(150);
/// Rest after a warm-up or straight set.
pub const OTHER_REST: Duration = Duration::from_secs(90);
/// Range of the top set rest the method recommends.
pub const TOP_SET_REST_RANGE: (Duration, Duration) =
    (Duration::from_secs(180), Duration::from_secs(300));
/// Range of the backoff rest the method recommends.
pub const BACKOFF_REST_RANGE: (Duration, Duration) =
    (Duration::from_secs(120), Duration::from_secs(180));

/// A countdown started when a set is marked done.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestTimer {
    /// When the countdown started; `None` while no rest is running.
    started: Option<Instant>,
    /// Length of the rest.
    duration: Duration,
    /// What the rest follows ("Bench press, top set 1"), shown with the countdown.
    pub label: String,
    /// Whether the lifter has dismissed the "rest over" notice.
    dismissed: bool,
    /// Whether [`Self::take_finished_notice`] has already reported the end.
    notified: bool,
}

impl RestTimer {
    /// Starts a rest of `duration` at `now`, replacing any running one.
    pub fn start(&mut self, now: Instant, duration: Duration, label: impl Into<String>) {
        *self = Self {
            started: Some(now),
            duration,
            label: label.into(),
            dismissed: false,
            notified: false,
        };
    }

    /// Stops the timer and hides its notice.
    pub fn stop(&mut self) {
        *self = Self::default();
    }

    /// Whether a rest was started and not stopped or dismissed.
    pub fn is_active(&self) -> bool {
        self.started.is_some() && !self.dismissed
    }

    /// Length of the current rest.
    pub fn duration(&self) -> Duration {
        self.duration
    }

    /// Lengthens (or, with a negative `seconds`, shortens) the current rest.
    pub fn adjust(&mut self, seconds: i64) {
        let current = self.duration.as_secs() as i64;
        self.duration = Duration::from_secs(current.saturating_add(seconds).max(0) as u64);
    }

    /// Time left at `now`, or `None` when no rest is active. Zero once the rest is over.
    pub fn remaining(&self, now: Instant) -> Option<Duration> {
        let started = self.started.filter(|_| !self.dismissed)?;
        let elapsed = now.saturating_duration_since(started);
        Some(self.duration.saturating_sub(elapsed))
    }

    /// Whether an active rest has run out at `now`.
    pub fn finished(&self, now: Instant) -> bool {
        self.remaining(now).is_some_and(|left| left.is_zero())
    }

    /// Returns `true` once, the first time it is called after the rest ran out,
    /// so the app can raise a single notice (a toast, a sound) on any panel.
    pub fn take_finished_notice(&mut self, now: Instant) -> bool {
        if self.finished(now) && !self.notified {
            self.notified = true;
            return true;
        }
        false
    }

    /// Hides the countdown and the "rest over" notice.
    pub fn dismiss(&mut self) {
        self.dismissed = true;
    }

    /// Countdown text at `now` ("3:59"), or `None` when no rest is active.
    pub fn countdown_text(&self, now: Instant) -> Option<String> {
        self.remaining(now).map(format_minutes_seconds)
    }
}

/// Formats a duration as minutes and seconds ("4:00", "0:05"), rounding
/// partial seconds up so the display reaches 0:00 only when time is up.
///
/// ```
/// use std::time::Duration;
/// use topset::app::format_minutes_seconds;
/// assert_eq!(format_minutes_seconds(Duration::from_secs(240)), "4:00");
/// assert_eq!(format_minutes_seconds(Duration::from_millis(4_100)), "0:05");
/// ```
pub fn format_minutes_seconds(duration: Duration) -> String {
    let seconds = duration.as_secs() + u64::from(duration.subsec_nanos() > 0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_runs_to_zero() {
        let start = Instant::now();
        let mut timer = RestTimer::default();
        timer.start(start, TOP_SET_REST, "top set");

        assert_eq!(timer.remaining(start), Some(Duration::from_secs(240)));
        let later = start + Duration::from_secs(90);
        assert_eq!(timer.remaining(later), Some(Duration::from_secs(150)));
        assert_eq!(timer.countdown_text(later).as_deref(), Some("2:30"));
        assert!(!timer.finished(later));

        let end = start + Duration::from_secs(241);
        assert_eq!(timer.remaining(end), Some(Duration::ZERO));
        assert!(timer.finished(end));
    }

    #[test]
    fn finished_notice_fires_once() {
        let start = Instant::now();
        let mut timer = RestTimer::default();
        timer.start(start, BACKOFF_REST, "backoff");

        assert!(!timer.take_finished_notice(start + Duration::from_secs(149)));
        assert!(timer.take_finished_notice(start + Duration::from_secs(150)));
        assert!(!timer.take_finished_notice(start + Duration::from_secs(151)));
    }

    #[test]
    fn dismissed_timer_shows_nothing() {
        let start = Instant::now();
        let mut timer = RestTimer::default();
        timer.start(start, BACKOFF_REST, "backoff");
        timer.dismiss();

        assert_eq!(timer.remaining(start), None);
        assert!(!timer.finished(start + Duration::from_secs(600)));
        assert!(!timer.is_active());
    }

    #[test]
    fn adjust_never_goes_negative() {
        let start = Instant::now();
        let mut timer = RestTimer::default();
        timer.start(start, Duration::from_secs(30), "warm-up");
        timer.adjust(-60);
        assert_eq!(timer.duration(), Duration::ZERO);
        timer.adjust(90);
        assert_eq!(timer.duration(), Duration::from_secs(90));
    }
}
