//! gilt-std: the std platform for Gilt and the `gilt` command.
