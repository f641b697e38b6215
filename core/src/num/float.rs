//! Float formatting and parsing.
