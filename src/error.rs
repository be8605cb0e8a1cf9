//! The one error type of the crate.

use std::fmt;

/// What went wrong, so that callers can react without parsing messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A command-line argument that the CLI does not understand.
    Usage,
    /// A file or standard input that could not be read.
    Io,
    /// Input bytes that are not valid UTF-8.
    Utf8,
    /// A batch line or a value from JavaScript that is not of the expected form.
    BadInput,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into() }
    }
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line always: the CLI prints this as its whole message.
        f.write_str(&self.message.replace('\n', " "))
    }
}

impl std::error::Error for Error {}
