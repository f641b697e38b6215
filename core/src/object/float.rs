//! `float`: methods and operations. Floats are the immediate `Value::Float`.
