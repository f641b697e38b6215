//! Placeholder: replaced by the arbitrary-precision implementation.

/// An arbitrary-precision integer (placeholder).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigInt(i128);

impl BigInt {
    /// The value as i64, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        i64::try_from(self.0).ok()
    }
}
