//! The statistics the report states: a proportion's 95% Wilson interval, the pooled
//! two-proportion z-test between a challenger and the control, and the sample size that
//! test needs to detect a difference (80% power, 5% two-sided). The normal distribution is
//! `statrs`'s.

use serde::Serialize;
use statrs::distribution::{ContinuousCDF, Normal};

/// The significance level of every test and interval.
pub const ALPHA: f64 = 0.05;
/// The power a test is sized for.
pub const POWER: f64 = 0.8;
/// Below this many views in either variant the report does not test.
pub const MIN_VIEWS: u64 = 30;

fn normal() -> Normal {
    Normal::standard()
}

/// The standard normal quantile of `p`.
fn z(p: f64) -> f64 {
    normal().inverse_cdf(p)
}

/// A proportion with its 95% interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rate {
    /// Successes.
    pub hits: u64,
    /// Trials.
    pub of: u64,
    /// `hits / of`.
    pub value: f64,
    /// The interval's lower bound (Wilson score, 95%).
    pub low: f64,
    /// Its upper bound.
    pub high: f64,
}

/// `hits` of `of` with its Wilson score interval; `None` without trials.
pub fn rate(hits: u64, of: u64) -> Option<Rate> {
    if of == 0 {
        return None;
    }
    let n = of as f64;
    let p = hits as f64 / n;
    let z = z(1.0 - ALPHA / 2.0);
    let z2 = z * z;
    let center = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(Rate {
        hits,
        of,
        value: p,
        // Exact at the ends: no hit puts the interval at 0, all hits at 1.
        low: if hits == 0 {
            0.0
        } else {
            (center - half).max(0.0)
        },
        high: if hits == of {
            1.0
        } else {
            (center + half).min(1.0)
        },
    })
}

/// A pooled two-proportion z-test of `challenger` against `control`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Test {
    /// The z statistic (positive when the challenger converts better).
    pub z: f64,
    /// Its two-sided p-value.
    pub p_value: f64,
    /// Whether `p_value < ALPHA`.
    pub significant: bool,
}

/// Tests `challenger` against `control`; `None` when there is no variance to test (both
/// converted nobody, or everybody).
pub fn two_proportion(control: &Rate, challenger: &Rate) -> Option<Test> {
    let (n1, n2) = (control.of as f64, challenger.of as f64);
    let pooled = (control.hits + challenger.hits) as f64 / (n1 + n2);
    let se = (pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)).sqrt();
    if se.is_nan() || se <= 0.0 {
        return None;
    }
    let z = (challenger.value - control.value) / se;
    let p_value = (2.0 * (1.0 - normal().cdf(z.abs()))).clamp(0.0, 1.0);
    Some(Test {
        z,
        p_value,
        significant: p_value < ALPHA,
    })
}

/// Views per variant a two-sided test at [`ALPHA`] needs to detect the difference between
/// conversion `p1` and `p2` with [`POWER`]; `None` when they are equal.
pub fn views_needed(p1: f64, p2: f64) -> Option<u64> {
    let delta = (p1 - p2).abs();
    if delta == 0.0 {
        return None;
    }
    let mean = (p1 + p2) / 2.0;
    let a = z(1.0 - ALPHA / 2.0) * (2.0 * mean * (1.0 - mean)).sqrt();
    let b = z(POWER) * (p1 * (1.0 - p1) + p2 * (1.0 - p2)).sqrt();
    Some(((a + b) / delta).powi(2).ceil() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_matches_a_textbook_value() {
        // 81 of 263: 0.3080, Wilson 95% [0.2547, 0.3669] (Newcombe 1998, method 3).
        let r = rate(81, 263).unwrap();
        assert!((r.value - 0.30798).abs() < 1e-4);
        assert!((r.low - 0.2553).abs() < 1e-3, "{}", r.low);
        assert!((r.high - 0.3662).abs() < 1e-3, "{}", r.high);
        assert_eq!(rate(0, 0), None);
        let none = rate(0, 10).unwrap();
        assert_eq!(none.low, 0.0);
        assert!(none.high > 0.2 && none.high < 0.35);
        assert_eq!(rate(10, 10).unwrap().high, 1.0);
    }

    #[test]
    fn z_test_and_sample_size() {
        // 200/1000 against 250/1000, pooled p = 0.225: z = 0.05 / 0.018675 ≈ 2.6774,
        // p ≈ 0.00742.
        let (a, b) = (rate(200, 1000).unwrap(), rate(250, 1000).unwrap());
        let t = two_proportion(&a, &b).unwrap();
        assert!((t.z - 2.6774).abs() < 1e-3, "{}", t.z);
        assert!((t.p_value - 0.00742).abs() < 1e-4, "{}", t.p_value);
        assert!(t.significant);
        let back = two_proportion(&b, &a).unwrap();
        assert!((back.z + t.z).abs() < 1e-12);
        // 20% → 25% at 80% power, 5% two-sided: about 1,094 per variant.
        let n = views_needed(0.20, 0.25).unwrap();
        assert!((1090..=1100).contains(&n), "{n}");
        assert_eq!(views_needed(0.3, 0.3), None);
        let zero = rate(0, 50).unwrap();
        assert_eq!(two_proportion(&zero, &zero), None);
    }
}
